#pragma once

#include "CertRequest.h"
#include "CertificateController.h"
#include "Result.h"
#include "Types.h"

#include <QPointer>
#include <QSet>
#include <QWizard>
#include <optional>

namespace hsm {

class EnrollExtensionsPage;
class EnrollKeyPage;
class EnrollOutputPage;
class EnrollSubjectPage;
class KeyGenWizard;
class TokenWorker;
class WindowContext;

/// The enrollment wizard (objectName "enrollWizard") for the token selected when it was opened:
/// key pair (existing, or generated with the key generation wizard), subject, alternative names
/// and usages with a signature algorithm the token can do, then output. Finish signs the request
/// on the token's worker, checks its self-signature, writes the file (nothing on error) and
/// copies the PEM to the clipboard if asked. Non-modal: the window stays usable meanwhile.
class EnrollWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { KeyPageId, SubjectPageId, ExtensionsPageId, OutputPageId };

    EnrollWizard(WindowContext* context, QWidget* parent = nullptr);
    ~EnrollWizard() override;

    [[nodiscard]] WindowContext* context() const { return m_context; }
    /// The token's worker; null once the token is gone.
    [[nodiscard]] TokenWorker* worker() const;
    [[nodiscard]] const TokenInfo& token() const { return m_token; }

    /// The key chosen on the first page; its facts are read on the worker (keyInfo()).
    void setKey(const std::optional<ObjectSummary>& key);
    [[nodiscard]] const std::optional<ObjectSummary>& key() const { return m_key; }
    /// Set once the key's facts and the token's mechanisms were read for the chosen key.
    [[nodiscard]] const std::optional<certui::SigningKeyInfo>& keyInfo() const { return m_keyInfo; }
    [[nodiscard]] const std::optional<Error>& keyError() const { return m_keyError; }

    /// Opens the key generation wizard for this token; once it made a pair and the listing is
    /// back, the new private key is selected on the first page.
    void generateKeyPair();
    /// Private keys listed before the key generation wizard was opened; empty when none is open.
    [[nodiscard]] const std::optional<QSet<QByteArray>>& keysBeforeGeneration() const { return m_keysBefore; }
    void generatedKeySelected() { m_keysBefore.reset(); }

    /// What the pages ask for.
    [[nodiscard]] certs::RequestSpec requestSpec() const;
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isDone() const { return m_done; }

    void accept() override;

signals:
    void keyInfoChanged();
    void runningChanged();

private:
    void run();
    void finished(Result<std::pair<QByteArray, certs::RequestInfo>> result, const QString& path, bool der,
                  bool clipboard);

    WindowContext* m_context;
    QPointer<TokenWorker> m_worker;
    TokenInfo m_token;
    EnrollKeyPage* m_keyPage = nullptr;
    EnrollSubjectPage* m_subjectPage = nullptr;
    EnrollExtensionsPage* m_extensionsPage = nullptr;
    EnrollOutputPage* m_outputPage = nullptr;
    std::optional<ObjectSummary> m_key;
    std::optional<certui::SigningKeyInfo> m_keyInfo;
    std::optional<Error> m_keyError;
    quint64 m_keyGeneration = 0;
    QPointer<KeyGenWizard> m_keyGenWizard;
    std::optional<QSet<QByteArray>> m_keysBefore;
    bool m_running = false;
    bool m_done = false;
};

/// A private key's identity across listings (handles change when the token is listed again).
[[nodiscard]] QByteArray enrollKeyIdentity(const ObjectSummary& key);

} // namespace hsm
