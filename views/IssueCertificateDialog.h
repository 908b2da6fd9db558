#pragma once

#include "CertIssue.h"
#include "CertificateController.h"
#include "Result.h"
#include "Types.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hsm {

class CertificateJobPanel;
class CertificateOptionsBox;
class CertificateOutputBox;
class TokenWorker;
class WindowContext;

/// Issues a certificate from a CSR file with a CA key on the selected token (objectName
/// "issueDialog"). The CA is a private key paired by CKA_ID with a certificate; the CSR is shown
/// (subject, key, extensions, whether its signature verifies) before anything is signed.
/// checkIssuer's errors block; its warnings need "Issue anyway". Signing, and storing on the token
/// when asked, run on the token's worker; the file is written only when everything succeeded.
/// While that job runs the dialog does not close (see CertificateJobPanel).
class IssueCertificateDialog : public QDialog {
    Q_OBJECT
public:
    IssueCertificateDialog(WindowContext* context, QWidget* parent = nullptr);

    /// The token's worker; null once the token is gone.
    [[nodiscard]] TokenWorker* worker() const;
    /// Why Issue is disabled; empty when it is enabled.
    [[nodiscard]] QString blocker() const;
    /// Reads and shows the CSR named in the path field.
    void loadRequest();

public slots:
    /// Close, Escape and the window's close button: deferred while the token job runs.
    void reject() override;

private:
    struct CaPair {
        ObjectSummary key;
        ObjectSummary certificate;
    };

    void fillCaKeys();
    void onCaChanged();
    void showIssuerCheck();
    void showRequest();
    void adoptRequestedUsages();
    void updateState();
    void issue();
    [[nodiscard]] certs::IssueSpec issueSpec() const;

    WindowContext* m_context;
    QPointer<TokenWorker> m_worker;
    TokenInfo m_token;
    QList<CaPair> m_pairs;
    std::optional<CaPair> m_ca;
    std::optional<certui::SigningKeyInfo> m_caInfo;
    std::optional<certs::CaCheck> m_caCheck;
    std::optional<Error> m_caError;
    quint64 m_caGeneration = 0;
    std::optional<certs::RequestInfo> m_request;
    std::optional<Error> m_requestError;

    QComboBox* m_caKeys = nullptr;
    QLabel* m_issuerProblems = nullptr;
    QCheckBox* m_override = nullptr;
    QLineEdit* m_csrPath = nullptr;
    QLabel* m_csrSummary = nullptr;
    QListWidget* m_copyExtensions = nullptr;
    CertificateOptionsBox* m_options = nullptr;
    CertificateOutputBox* m_output = nullptr;
    CertificateJobPanel* m_job = nullptr;
};

} // namespace hsm
