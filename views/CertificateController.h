#pragma once

#include "CertStore.h"
#include "Result.h"
#include "Session.h"
#include "TokenSigner.h"
#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QComboBox;

namespace hsm {

class EnrollWizard;
class IssueCertificateDialog;
class SelfSignDialog;
class TokenWorker;
class WindowContext;

/// Installs the Certificates menu's actions — "Enroll (create CSR)…" (Ctrl+Shift+R, also on the
/// toolbar), "Issue certificate from CSR…" and "Self-signed CA certificate…" — and opens their
/// non-modal wizard or dialog for the selected token. Signing needs the user's login, so the
/// actions are enabled only on a logged-in token and say so in their tooltips otherwise.
class CertificateController : public QObject {
    Q_OBJECT
public:
    explicit CertificateController(WindowContext* context);

    [[nodiscard]] QAction* enrollAction() const { return m_enroll; }
    [[nodiscard]] QAction* issueAction() const { return m_issue; }
    [[nodiscard]] QAction* selfSignAction() const { return m_selfSign; }
    /// The open wizard or dialog, if any.
    [[nodiscard]] EnrollWizard* wizard() const;
    [[nodiscard]] IssueCertificateDialog* issueDialog() const;
    [[nodiscard]] SelfSignDialog* selfSignDialog() const;

    void openEnrollWizard();
    void openIssueDialog();
    void openSelfSignDialog();

private:
    void updateActions();
    [[nodiscard]] bool ready() const;

    WindowContext* m_context;
    QAction* m_enroll = nullptr;
    QAction* m_issue = nullptr;
    QAction* m_selfSign = nullptr;
    QPointer<EnrollWizard> m_wizard;
    QPointer<IssueCertificateDialog> m_issueDialog;
    QPointer<SelfSignDialog> m_selfSignDialog;
};

namespace certui {

/// What signing with a key on this token can do, read on the token's worker.
struct SigningKeyInfo {
    ObjectSummary key;
    signing::KeyFacts facts;
    QList<MechanismInfo> mechanisms;
    QList<signing::Algorithm> algorithms; ///< best first; empty when the token cannot sign with it
    QByteArray certificate;               ///< DER of the certificate asked for (CA certificates)
};

/// Opens `key` (signing::TokenKey::open), reads the token's mechanism list and, when given, the
/// value of `certificate`, on `worker`; `done` runs on the GUI thread unless `receiver` is gone.
void readSigningKey(TokenWorker* worker, QObject* receiver, const ObjectSummary& key,
                    const std::optional<ObjectSummary>& certificate,
                    std::function<void(Result<SigningKeyInfo>)> done);

/// Replaces the items of `combo` with the names of `algorithms` (same order, so the current index
/// indexes the list) and says in its tooltip when there is none.
void fillAlgorithms(QComboBox* combo, const QList<signing::Algorithm>& algorithms);

/// The algorithm chosen in a combo filled by fillAlgorithms; nullopt when none.
[[nodiscard]] std::optional<signing::Algorithm> chosenAlgorithm(const QComboBox* combo,
                                                                const QList<signing::Algorithm>& algorithms);

/// A certificate made on the worker, and what storing it on the token gave.
struct IssuedCertificate {
    QByteArray der;
    std::optional<certstore::StoredCertificate> stored;
    std::optional<Error> storeError; ///< the certificate exists (and is written) even when storing failed
};

/// On the worker: stores `der` on the token when `store`. A failed store is kept in storeError so
/// the certificate itself is not lost.
[[nodiscard]] IssuedCertificate storeIfAsked(Session& session, const TokenInfo& token, QByteArray der,
                                             bool store);

/// On the GUI thread: writes the certificate (PEM or DER) to `path` unless it is empty, and returns
/// the lines telling the user what happened; an error when the file could not be written.
[[nodiscard]] Result<QStringList> deliver(const IssuedCertificate& issued, const QString& path, bool der);

} // namespace certui

} // namespace hsm
