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
[[nodiscard]] Result<void> checkPinLength(const TokenInfo& token, const SecureBuffer& pin,
                                          const QString& which);

/// Why `label` cannot be a token label (empty, more than 32 bytes UTF-8, trailing spaces), or nothing.
[[nodiscard]] Result<void> checkLabel(const QString& label);

/// C_InitToken on `slot`: destroys every object on the token and sets the SO PIN and label (at most
/// 32 bytes UTF-8, padded with spaces). No session of this process may be open on the slot
/// (CKR_SESSION_EXISTS otherwise; close the worker's session first). Then, when `userPin` is given,
/// logs in as SO on a new read-write session and calls C_InitPIN with it.
/// `soPin` null: protected authentication path (pin pad). Refused before any call: a bad label or
/// PIN length, a write-protected token, a locked SO PIN, a final SO try unless `confirmedFinalTry`.
[[nodiscard]] Result<void> initToken(Module& module, const std::shared_ptr<Module>& owner, CK_SLOT_ID slot,
                                     const QString& label, const SecureBuffer* soPin,
                                     const SecureBuffer* userPin, bool confirmedFinalTry = false);

/// C_InitPIN on `session` (logged in as SO): sets a new user PIN, also unlocking a locked user PIN.
[[nodiscard]] Result<void> initUserPin(Session& session, const SecureBuffer* newPin);

/// C_SetPIN on `session`: changes the PIN of the user the session is logged in as (user or SO);
/// on a session that is not logged in it changes the user PIN (the module checks `oldPin`).
/// Null PINs: pin pad.
/// A locked PIN is refused, and a final try unless `confirmedFinalTry`, before anything is sent.
[[nodiscard]] Result<void> changePin(Session& session, const SecureBuffer* oldPin, const SecureBuffer* newPin,
                                     bool confirmedFinalTry = false);

/// Changes the SO PIN: logs in as SO with `oldSoPin` on `session` (unless it already is SO), C_SetPIN,
/// logs out again. A session logged in as user is refused (CKR_USER_ANOTHER_ALREADY_LOGGED_IN, no
/// call made): the caller logs the user out first and says so.
[[nodiscard]] Result<void> changeSoPin(Session& session, const SecureBuffer* oldSoPin,
                                       const SecureBuffer* newSoPin, bool confirmedFinalTry = false);

/// Unblocks a locked user PIN: logs in as SO with `soPin` on `session`, C_InitPIN with `newUserPin`,
/// logs the SO out again (also when C_InitPIN fails). Like changeSoPin, a user login is refused.
[[nodiscard]] Result<void> unblockUserPin(Session& session, const SecureBuffer* soPin,
                                          const SecureBuffer* newUserPin, bool confirmedFinalTry = false);

/// How many objects `session` can see (public ones only when not logged in), for the confirmation
/// that names what C_InitToken destroys.
[[nodiscard]] Result<int> countObjects(Session& session);

} // namespace hsm::tokenadmin
