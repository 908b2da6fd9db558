#pragma once

#include "Module.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "Types.h"

#include <QString>

namespace hsm::tokenadmin {

/// Why a PIN does not fit the token's limits (ulMinPinLen/ulMaxPinLen), or nothing when it fits.
/// Checked before any call: a refused PIN never reaches the token.
[[nodiscard]] Result<void> checkPinLength(const TokenInfo& token, const SecureBuffer& pin, const QString& which);

/// C_InitToken on `slot`: destroys every object on the token and sets the SO PIN and label (at most
/// 32 bytes UTF-8, padded with spaces). No session of this process may be open on the slot
/// (CKR_SESSION_EXISTS otherwise; close the worker's session first). Then, when `userPin` is given,
/// logs in as SO on a new read-write session and calls C_InitPIN with it.
/// `soPin` null: protected authentication path (pin pad).
[[nodiscard]] Result<void> initToken(Module& module, const std::shared_ptr<Module>& owner, CK_SLOT_ID slot,
                                     const QString& label, const SecureBuffer* soPin,
                                     const SecureBuffer* userPin);

/// C_InitPIN on `session` (logged in as SO): sets a new user PIN, also unlocking a locked user PIN.
[[nodiscard]] Result<void> initUserPin(Session& session, const SecureBuffer* newPin);

/// C_SetPIN on `session`: changes the PIN of the user the session is logged in as (user or SO);
/// on a session that is not logged in it changes the user PIN (the module checks `oldPin`).
/// Null PINs: pin pad.
[[nodiscard]] Result<void> changePin(Session& session, const SecureBuffer* oldPin, const SecureBuffer* newPin);

/// Unblocks a locked user PIN: logs in as SO with `soPin` on `session`, C_InitPIN with `newUserPin`,
/// logs the SO out again (also when C_InitPIN fails).
[[nodiscard]] Result<void> unblockUserPin(Session& session, const SecureBuffer* soPin,
                                          const SecureBuffer* newUserPin);

} // namespace hsm::tokenadmin
