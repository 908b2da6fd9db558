#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

namespace hsm {

/// Destroys every key (private, public and secret key objects) the logged-in `session` can find on
/// its token: what nShield requires before softcardtool deletes a softcard. Certificates and data
/// objects stay. Goes through objects::deleteObjects, so every key is logged in the audit trail.
/// Returns how many were destroyed; on a failure the error names what was deleted and what not.
[[nodiscard]] Result<int> destroySoftcardKeys(Session& session, const TokenInfo& token);

} // namespace hsm
