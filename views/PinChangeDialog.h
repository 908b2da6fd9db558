#pragma once

#include "SecureBuffer.h"
#include "Types.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace hsm {

/// Helpers shared by the PIN dialogs (this one and InitTokenDialog).
namespace pinfields {
/// A password field for a PIN of `token`, its maximum length limited to what the token accepts.
[[nodiscard]] QLineEdit* makePinEdit(QWidget* parent, const QString& objectName,
                                     const QString& accessibleName, const TokenInfo& token);
/// UTF-8 length of the field's text, counted without copying the PIN into another buffer.
[[nodiscard]] int utf8Length(const QLineEdit* edit);
/// What is wrong with `edit` for `which` ("new user PIN") against the token's limits; empty when fine.
[[nodiscard]] QString lengthProblem(const TokenInfo& token, const QLineEdit* edit, const QString& which);
/// The limits as shown next to the fields ("4 to 255 bytes"); empty when the token states none.
[[nodiscard]] QString limitsText(const TokenInfo& token);
/// The field's text in a SecureBuffer; the field is wiped.
[[nodiscard]] std::shared_ptr<SecureBuffer> take(QLineEdit* edit);
/// Overwrites and clears the field and its undo history.
void wipe(QLineEdit* edit);
} // namespace pinfields

/// What a PIN dialog asks for. Null PINs: the token's PIN pad.
struct PinChangeRequest {
    std::shared_ptr<SecureBuffer> currentPin; ///< the current PIN (user or SO; the SO PIN to unblock)
    std::shared_ptr<SecureBuffer> newPin;
    bool confirmedFinalTry = false;
};

/// Change the user PIN, change the SO PIN, initialise the user PIN (as SO) or unblock it (as SO).
/// Shows the token's PIN warnings for the PIN that is checked (COUNT_LOW warns, FINAL_TRY needs a
/// tick, LOCKED refuses), checks the length limits and that the repeat matches, with an inline
/// message and OK disabled until everything fits. Pin-pad tokens get a prompt instead of fields.
class PinChangeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { ChangeUserPin, ChangeSoPin, InitUserPin, UnblockUserPin };

    /// `loggedInAsUser`: the token is logged in as user now; SO modes say they log the user out.
    PinChangeDialog(Mode mode, const TokenInfo& token, bool loggedInAsUser, QWidget* parent = nullptr);
    ~PinChangeDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    /// The request; call once after the dialog was accepted (the PINs move out of the dialog).
    [[nodiscard]] PinChangeRequest takeRequest();
    /// The inline message about what keeps OK disabled (empty when OK is enabled).
    [[nodiscard]] QString problemText() const;

    void accept() override;
    void reject() override;

private:
    void updateState();
    /// Empty when the dialog can be accepted, else why not.
    [[nodiscard]] QString problem() const;
    void wipeFields();

    Mode m_mode;
    TokenInfo m_token;
    bool m_pinPad = false;
    CK_USER_TYPE m_checkedUser = CKU_USER; ///< whose PIN the current-PIN field holds
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_pinPadNote = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_problem = nullptr;
    QCheckBox* m_confirmFinalTry = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    PinChangeRequest m_request;
};

} // namespace hsm
