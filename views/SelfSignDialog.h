#pragma once

#include "CertificateController.h"
#include "Result.h"
#include "Types.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QComboBox;
class QLabel;

namespace hsm {

class CertificateJobPanel;
class CertificateOptionsBox;
class CertificateOutputBox;
class SubjectEditor;
class TokenWorker;
class WindowContext;

/// A self-signed certificate for a key pair on the selected token — the root of a small CA
/// (objectName "selfSignDialog"). Signed on the token's worker; stored beside its key (same
/// CKA_ID, so the pair can act as a CA in the issue dialog) and/or written to a file. Validity,
/// key usage and extended key usage are chosen as in the issue dialog; a CA (the default) starts
/// with certificate and CRL signing. While the token job runs the dialog does not close.
class SelfSignDialog : public QDialog {
    Q_OBJECT
public:
    SelfSignDialog(WindowContext* context, QWidget* parent = nullptr);

    /// The token's worker; null once the token is gone.
    [[nodiscard]] TokenWorker* worker() const;
    /// Why Create is disabled; empty when it is enabled.
    [[nodiscard]] QString blocker() const;

public slots:
    /// Close, Escape and the window's close button: deferred while the token job runs.
    void reject() override;

private:
    void fillKeys();
    void onKeyChanged();
    void updateState();
    void create();

    WindowContext* m_context;
    QPointer<TokenWorker> m_worker;
    TokenInfo m_token;
    QList<ObjectSummary> m_keys;
    std::optional<ObjectSummary> m_key;
    std::optional<certui::SigningKeyInfo> m_keyInfo;
    std::optional<Error> m_keyError;
    quint64 m_keyGeneration = 0;

    QComboBox* m_keyCombo = nullptr;
    QLabel* m_keyStatus = nullptr;
    SubjectEditor* m_subject = nullptr;
    CertificateOptionsBox* m_options = nullptr;
    CertificateOutputBox* m_output = nullptr;
    CertificateJobPanel* m_job = nullptr;
};

} // namespace hsm
