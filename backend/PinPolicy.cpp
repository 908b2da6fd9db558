#include "PinPolicy.h"

#include <QCoreApplication>

namespace hsm {

namespace {
// lupdate files the tr() calls below under the enclosing namespace; the runtime context must match.
QString tr(const char* text) {
    return QCoreApplication::translate("hsm", text);
}

struct PinFlags {
    CK_FLAGS countLow, finalTry, locked, toBeChanged;
};

PinFlags flagsFor(CK_USER_TYPE userType) {
    if (userType == CKU_SO)
        return {CKF_SO_PIN_COUNT_LOW, CKF_SO_PIN_FINAL_TRY, CKF_SO_PIN_LOCKED, CKF_SO_PIN_TO_BE_CHANGED};
    return {CKF_USER_PIN_COUNT_LOW, CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED, CKF_USER_PIN_TO_BE_CHANGED};
}
} // namespace

PinAssessment assessPin(const TokenInfo& token, CK_USER_TYPE userType) {
    const PinFlags f = flagsFor(userType);
    const bool so = userType == CKU_SO;
    PinAssessment a;
    if (token.has(f.locked)) {
        a.verdict = PinAssessment::Verdict::Locked;
        a.message =
            so ? tr("The SO PIN is locked. Logging in is refused so nothing is sent to the token; the "
                    "token must be re-initialised (all objects are lost).")
               : tr("The user PIN is locked. Logging in is refused so nothing is sent to the token; the "
                    "security officer can unblock it by setting a new user PIN.");
        return a;
    }
    if (token.has(f.finalTry)) {
        a.verdict = PinAssessment::Verdict::FinalTry;
        a.message = so ? tr("Final try: one more wrong SO PIN locks the SO PIN for good.")
                       : tr("Final try: one more wrong user PIN locks the user PIN.");
        return a;
    }
    QStringList notes;
    if (token.has(f.countLow))
        notes << (so ? tr("A wrong SO PIN was entered before; few tries are left.")
                     : tr("A wrong user PIN was entered before; few tries are left."));
    if (token.has(f.toBeChanged))
        notes << (so ? tr("The SO PIN must be changed after login.")
                     : tr("The user PIN must be changed after login."));
    if (userType == CKU_USER && !token.has(CKF_USER_PIN_INITIALIZED))
        notes << tr("The user PIN is not initialised; the security officer must set it first.");
    if (!notes.isEmpty()) {
        a.verdict = PinAssessment::Verdict::Warn;
        a.message = notes.join(QLatin1Char(' '));
    }
    return a;
}

QString pinFailureAdvice(const TokenInfo& tokenAfterFailure, CK_USER_TYPE userType) {
    const PinFlags f = flagsFor(userType);
    if (tokenAfterFailure.has(f.locked))
        return tr("The PIN is now locked.");
    if (tokenAfterFailure.has(f.finalTry))
        return tr("One try is left: the next wrong PIN locks it.");
    if (tokenAfterFailure.has(f.countLow))
        return tr("The token reports that few tries are left; it does not say how many.");
    return tr("The token does not report a low try count; check the PIN before trying again.");
}

} // namespace hsm
