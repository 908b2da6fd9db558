#pragma once

#include "Types.h"

#include <QString>

namespace hsm {

/// What the token's PIN flags say about logging in now, checked before every C_Login.
struct PinAssessment {
    enum class Verdict {
        Ok,       ///< nothing to report
        Warn,     ///< COUNT_LOW or TO_BE_CHANGED: say so, allow
        FinalTry, ///< one more wrong PIN locks the PIN: warn hard, the user must confirm
        Locked    ///< the PIN is locked: refuse, do not send anything
    };
    Verdict verdict = Verdict::Ok;
    QString message; ///< translated, empty for Ok
};

/// `userType` is CKU_USER or CKU_SO; each has its own flag set in CK_TOKEN_INFO.
[[nodiscard]] PinAssessment assessPin(const TokenInfo& token, CK_USER_TYPE userType);

/// Text for a failed login that tells how many tries the flags allow ("…; the next wrong PIN locks it").
[[nodiscard]] QString pinFailureAdvice(const TokenInfo& tokenAfterFailure, CK_USER_TYPE userType);

} // namespace hsm
