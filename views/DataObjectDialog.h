#pragma once

#include "ObjectAdmin.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace hsm {

/// A new token data object from typed text or a file (up to objects::kMaxDataObjectSize): label,
/// CKA_APPLICATION, CKA_OBJECT_ID as a dotted OID (checked as typed), private (default on).
class DataObjectDialog : public QDialog {
    Q_OBJECT
public:
    DataObjectDialog(bool loggedIn, QWidget* parent = nullptr);

    /// What to create; valid after the dialog was accepted.
    [[nodiscard]] const objects::DataObjectSpec& spec() const { return m_spec; }

    /// Reads the value (the file, if chosen) and accepts only when everything is valid.
    void accept() override;

private:
    void browse();
    void updateState();
    /// The value's bytes, or an error message for the inline label.
    [[nodiscard]] Result<QByteArray> value() const;

    bool m_loggedIn;
    objects::DataObjectSpec m_spec;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_application = nullptr;
    QLineEdit* m_oid = nullptr;
    QLabel* m_oidError = nullptr;
    QCheckBox* m_private = nullptr;
    QRadioButton* m_fromText = nullptr;
    QRadioButton* m_fromFile = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hsm
