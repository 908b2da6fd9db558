#pragma once

#include "SecureBuffer.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hsm {

/// Certificates ▸ Import…: a file (PEM, DER, PKCS#7, PKCS#12), its password for PKCS#12, an
/// optional label, a preview of what the file holds and what it pairs with, and the result. The
/// dialog only collects and shows; ImportController runs the jobs on the token's worker.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& tokenLabel, bool loggedIn, QWidget* parent = nullptr);
    ~ImportDialog() override;

    [[nodiscard]] QString filePath() const;
    /// Sets the file (as the browse button does) and asks for a preview.
    void setFilePath(const QString& path);
    [[nodiscard]] QString label() const;
    /// The password typed so far, in a wiped buffer; null when the file needs none.
    [[nodiscard]] std::shared_ptr<SecureBuffer> password() const;

    void setBusy(bool busy, const QString& status = {});
    void showPreview(const QString& text);
    void showResult(const QString& text, bool ok);
    /// Shows the password field for a PKCS#12 file whose name did not say so.
    void showPasswordField();

signals:
    void previewRequested();
    void importRequested();

private:
    void browse();
    void updatePasswordField();
    void updateButtons();

    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_preview = nullptr;
    QPlainTextEdit* m_previewText = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
    bool m_busy = false;
    bool m_passwordForced = false;
};

} // namespace hsm
