#pragma once

#include "ClientBundle.h"
#include "Result.h"
#include "Types.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hsm {

/// Certificates ▸ Check client certificate bundle…: the files of a network HSM client (certificate,
/// key, PEM file, CA bundle, PFX), or a certificate on the token, and the verdict on each rule of
/// seeds/000_*. The dialog only collects input and shows results; its controller fetches from the
/// token (on the worker) and writes files.
class BundleCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit BundleCheckDialog(QWidget* parent = nullptr);
    ~BundleCheckDialog() override;

    /// The certificate selected in the object table (nullopt: none), offered as the client certificate.
    void setTokenCertificate(const std::optional<ObjectSummary>& certificate);
    [[nodiscard]] std::optional<ObjectSummary> tokenCertificate() const { return m_tokenCertificate; }
    /// Whether the user chose the token's certificate (and the key on the token).
    [[nodiscard]] bool certificateFromToken() const;
    [[nodiscard]] bool keyOnToken() const;

    /// The input from the fields: files read (too large or missing files refused), the PFX password
    /// taken into wiped memory. A certificate from the token is added by the controller.
    [[nodiscard]] Result<bundle::BundleInput> collectInput() const;
    /// A suggested file name for the ordered PEM, next to the chosen files.
    [[nodiscard]] QString suggestedPemPath() const;

    void showReport(const bundle::Report& report);
    /// A message under the findings ("Reading the certificate from the token…", an error).
    void showStatus(const QString& text, bool isError = false);
    /// While a token job runs: Check and Write are disabled.
    void setBusy(bool busy);

signals:
    void checkRequested();
    void writeRequested();

private:
    QLineEdit* addFileRow(QGridLayout* grid, int row, const QString& label, const char* name,
                          const QString& toolTip, const QString& filter);
    void updateTokenOptions();

    QLineEdit* m_certPath = nullptr;
    QCheckBox* m_fromToken = nullptr;
    QLineEdit* m_keyPath = nullptr;
    QCheckBox* m_keyOnToken = nullptr;
    QLineEdit* m_bundlePath = nullptr;
    QLineEdit* m_caPath = nullptr;
    QLineEdit* m_pfxPath = nullptr;
    QLineEdit* m_pfxPassword = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_write = nullptr;
    QTreeWidget* m_findings = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    std::optional<ObjectSummary> m_tokenCertificate;
};

} // namespace hsm
