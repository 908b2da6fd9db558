#pragma once

#include "Result.h"
#include "Session.h"

namespace hsm {

/// Destroys every key (private, public and secret key objects) the logged-in `session` can find on
/// its token: what nShield requires before softcardtool deletes a softcard. Certificates and data
/// objects stay. Returns how many were destroyed; on a failure the error says how many were
/// destroyed before it (they are gone; the rest stay).
[[nodiscard]] Result<int> destroySoftcardKeys(Session& session);

} // namespace hsm
