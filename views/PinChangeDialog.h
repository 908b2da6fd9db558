#pragma once

#include "PinDialog.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <memory>

class QLineEdit;

namespace hsm {

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
class PinChangeDialog : public PinDialog {
    Q_OBJECT
public:
    enum class Mode { ChangeUserPin, ChangeSoPin, InitUserPin, UnblockUserPin };

    /// `loggedInAsUser`: the token is logged in as user now; SO modes say they log the user out.
    PinChangeDialog(Mode mode, const TokenInfo& token, bool loggedInAsUser, QWidget* parent = nullptr);
    ~PinChangeDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    /// The request; call once after the dialog was accepted (the PINs move out of the dialog).
    [[nodiscard]] PinChangeRequest takeRequest();

    void accept() override;

private:
    void updateState();
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] QList<QLineEdit*> pinFields() const override;

    Mode m_mode;
    CK_USER_TYPE m_checkedUser = CKU_USER; ///< whose PIN the current-PIN field holds
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    PinChangeRequest m_request;
};

} // namespace hsm
