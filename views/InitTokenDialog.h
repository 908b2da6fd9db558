#pragma once

#include "PinDialog.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <memory>
#include <optional>

class QCheckBox;
class QLineEdit;

namespace hsm {

/// What the user asked for in the initialise-token dialog. Null SO PIN: the token's PIN pad.
struct InitTokenRequest {
    QString label;
    std::shared_ptr<SecureBuffer> soPin;
    std::shared_ptr<SecureBuffer> userPin; ///< null: no user PIN is set
    bool confirmedFinalTry = false;
};

/// Initialises (or re-initialises) a token: new label, SO PIN twice, optionally the user PIN twice.
/// Destroys every object on the token, so the dialog names the token (label, serial, objects listed)
/// and OK stays disabled until the user types the token's current label, or, for a token that was
/// never initialised (it has no label yet), the word the dialog shows.
class InitTokenDialog : public PinDialog {
    Q_OBJECT
public:
    /// `listedObjects`: how many objects the Objects tab lists for the token, when known.
    /// `slotDescription` names the slot of a token that has no label yet.
    InitTokenDialog(const TokenInfo& token, CK_SLOT_ID slot, const QString& slotDescription,
                    std::optional<int> listedObjects, QWidget* parent = nullptr);
    ~InitTokenDialog() override;

    /// What the user must type to confirm: the current label, or the fixed word for a new token.
    [[nodiscard]] QString confirmationText() const { return m_confirmation; }
    /// The request; call once after the dialog was accepted (the PINs move out of the dialog).
    [[nodiscard]] InitTokenRequest takeRequest();

    void accept() override;

private:
    void updateState();
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] QList<QLineEdit*> pinFields() const override;

    bool m_initialised = false;
    QString m_confirmation;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_soPin = nullptr;
    QLineEdit* m_soRepeat = nullptr;
    QCheckBox* m_setUserPin = nullptr;
    QLineEdit* m_userPin = nullptr;
    QLineEdit* m_userRepeat = nullptr;
    QLineEdit* m_confirm = nullptr;
    InitTokenRequest m_request;
};

} // namespace hsm
