#pragma once

#include "PinFields.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace hsm {

/// What the user asked for in the login dialog. `pin` is null for the PIN pad.
struct LoginRequest {
    CK_USER_TYPE userType = CKU_USER;
    std::shared_ptr<SecureBuffer> pin;
    bool confirmedFinalTry = false;
};

/// Asks for a PIN and the user type, showing the token's PIN warnings (assessPin) before anything is
/// sent: COUNT_LOW warns, FINAL_TRY needs a confirmation tick, LOCKED refuses. Pin-pad tokens get no
/// field. The PIN leaves the field straight into a SecureBuffer when the dialog is accepted.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const TokenInfo& token, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// The request; call once after exec() returned Accepted (the PIN moves out of the dialog).
    [[nodiscard]] LoginRequest takeRequest();
    [[nodiscard]] CK_USER_TYPE userType() const;
    /// Text of the warning shown for the current user type (empty when there is none).
    [[nodiscard]] QString warningText() const;

    void accept() override;
    void reject() override;

private:
    void updateState();
    void wipeField();

    TokenInfo m_token;
    bool m_pinPad = false;
    QComboBox* m_userType = nullptr;
    QLineEdit* m_pin = nullptr;
    pinfields::FlagWidgets m_flags;
    QDialogButtonBox* m_buttons = nullptr;
    LoginRequest m_request;
};

} // namespace hsm
