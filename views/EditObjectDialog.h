#pragma once

#include "ObjectAdmin.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hsm {

/// Edits an object's label (UTF-8), ID (hex) and the boolean attributes PKCS#11 lets change.
/// What cannot change is disabled with the reason as its tooltip; an object whose CKA_MODIFIABLE is
/// false is shown read-only with a note. The backend checks the rules again before sending.
class EditObjectDialog : public QDialog {
    Q_OBJECT
public:
    EditObjectDialog(const objects::EditableObject& object, bool loggedIn, QWidget* parent = nullptr);

    /// Only what the user changed.
    [[nodiscard]] objects::ObjectEdit edit() const;
    [[nodiscard]] QString noteText() const;

private:
    void updateState();

    objects::EditableObject m_object;
    QLabel* m_note = nullptr;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_id = nullptr;
    QLabel* m_idError = nullptr;
    QHash<CK_ATTRIBUTE_TYPE, QCheckBox*> m_flags;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hsm
