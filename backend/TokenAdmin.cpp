#include "TokenAdmin.h"

#include "Libp11Bridge.h"
#include "Logging.h"
#include "ObjectSearch.h"
#include "PinPolicy.h"

#include <QCoreApplication>
#include <array>
#include <cstring>
#include <functional>

namespace hsm::tokenadmin {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::tokenadmin", text);
}

/// PIN limits a token reports; 0 or CK_UNAVAILABLE_INFORMATION means the token states none.
bool hasLimit(CK_ULONG value) {
    return value != 0 && value != CK_UNAVAILABLE_INFORMATION;
}

/// The pointer/length pair a C_* call gets: NULL/0 for the pin pad.
struct PinArg {
    CK_UTF8CHAR_PTR data = nullptr;
    CK_ULONG size = 0;
};

PinArg pinArg(const SecureBuffer* pin) {
    if (pin == nullptr)
        return {};
    return {const_cast<CK_UTF8CHAR_PTR>(pin->data()), static_cast<CK_ULONG>(pin->size())};
}

/// A null PIN is only meaningful on a pin-pad token; a given PIN must fit the limits.
Result<void> checkPinArg(const TokenInfo& token, const SecureBuffer* pin, const QString& which) {
    if (pin == nullptr) {
        if (token.has(CKF_PROTECTED_AUTHENTICATION_PATH))
            return {};
        return Error::other(tr("PIN check"), tr("no %1 was given").arg(which),
                            tr("enter the PIN; this token has no PIN pad."));
    }
    return checkPinLength(token, *pin, which);
}

Result<void> checkWritable(const TokenInfo& token, const QString& call) {
    if (!token.has(CKF_WRITE_PROTECTED))
        return {};
    return Error::other(call,
                        tr("the token \"%1\" is write-protected; nothing was sent to it").arg(token.label),
                        tr("remove the write protection (switch, policy or vendor tool) and try again."));
}

/// Refuses a locked PIN and an unconfirmed final try before anything is sent.
Result<void> checkPinFlags(const TokenInfo& token, CK_USER_TYPE userType, bool confirmedFinalTry,
                           const QString& call) {
    const PinAssessment a = assessPin(token, userType);
    if (a.verdict == PinAssessment::Verdict::Locked)
        return Error::other(call, a.message,
                            userType == CKU_SO ? tr("re-initialise the token (this destroys its objects).")
                                               : tr("unblock the user PIN as security officer."));
    if (a.verdict == PinAssessment::Verdict::FinalTry && !confirmedFinalTry)
        return Error::other(call, a.message,
                            tr("confirm that you want to use the final try, and double-check the PIN."));
    return {};
}

/// An error for a failed C_* call that involved `userType`'s PIN, with what the flags now say.
Error pinError(Module& module, CK_SLOT_ID slot, const char* call, CK_RV rv, CK_USER_TYPE userType) {
    Error e = Error::fromRv(QString::fromLatin1(call), rv);
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LOCKED) {
        if (auto after = module.tokenInfo(slot))
            e.hint += QLatin1Char(' ') + pinFailureAdvice(*after, userType);
    }
    return e;
}

Result<CK_STATE> sessionState(const Session& session) {
    auto info = session.info();
    if (!info)
        return info.error();
    return info->state;
}

bool isUserState(CK_STATE s) {
    return s == CKS_RO_USER_FUNCTIONS || s == CKS_RW_USER_FUNCTIONS;
}

/// C_SetPIN after the checks every caller shares.
Result<void> setPin(Session& session, const TokenInfo& token, CK_USER_TYPE userType,
                    const SecureBuffer* oldPin, const SecureBuffer* newPin) {
    const QString who = userType == CKU_SO ? tr("SO PIN") : tr("user PIN");
    if (auto r = checkPinArg(token, oldPin, tr("current %1").arg(who)); !r)
        return r;
    if (auto r = checkPinArg(token, newPin, tr("new %1").arg(who)); !r)
        return r;
    const PinArg o = pinArg(oldPin);
    const PinArg n = pinArg(newPin);
    const CK_RV rv = P11_CALL(session.module(), C_SetPIN, session.target(), session.handle(), o.data, o.size,
                              n.data, n.size);
    if (rv != CKR_OK)
        return pinError(session.module(), session.slot(), "C_SetPIN", rv, userType);
    return {};
}

/// The session's token as it is now, refused before anything is sent when it is write-protected.
Result<TokenInfo> writableToken(Session& session, const QString& call) {
    auto token = session.module().tokenInfo(session.slot());
    if (!token)
        return token.error();
    if (auto r = checkWritable(*token, call); !r)
        return r.error();
    return token;
}

/// Runs `action` logged in as security officer: logs in with `soPin` unless the session already is,
/// and then logs out again whatever `action` returned, so the SO never stays logged in. A user login
/// is refused with `userLoggedIn`: a token allows one kind of login at a time.
Result<void> asSecurityOfficer(Session& session, const SecureBuffer* soPin, bool confirmedFinalTry,
                               const QString& userLoggedIn, const std::function<Result<void>()>& action) {
    auto state = sessionState(session);
    if (!state)
        return state.error();
    if (isUserState(*state))
        return Error::fromRv(QStringLiteral("C_Login"), CKR_USER_ANOTHER_ALREADY_LOGGED_IN, userLoggedIn);
    const bool wasSo = *state == CKS_RW_SO_FUNCTIONS;
    if (!wasSo) {
        if (auto r = session.login(CKU_SO, soPin, confirmedFinalTry); !r)
            return r;
    }
    auto result = action();
    if (!wasSo)
        (void)session.logout(); // traced; also after a failed action
    return result;
}
} // namespace

Result<void> checkPinLength(const TokenInfo& token, const SecureBuffer& pin, const QString& which) {
    const auto size = static_cast<CK_ULONG>(pin.size());
    const bool hasMin = hasLimit(token.minPinLen);
    const bool hasMax = hasLimit(token.maxPinLen);
    QString range;
    if (hasMin && hasMax)
        range = tr("this token accepts %1 to %2 bytes").arg(token.minPinLen).arg(token.maxPinLen);
    else if (hasMin)
        range = tr("this token accepts at least %1 bytes").arg(token.minPinLen);
    else if (hasMax)
        range = tr("this token accepts at most %1 bytes").arg(token.maxPinLen);
    if (size == 0)
        return Error::other(tr("PIN check"), tr("the %1 is empty").arg(which),
                            range.isEmpty() ? tr("enter a PIN.") : tr("enter a PIN; %1.").arg(range));
    if (hasMin && size < token.minPinLen)
        return Error::other(
            tr("PIN check"),
            tr("the %1 is too short (%2 bytes); nothing was sent to the token").arg(which).arg(size),
            tr("use a longer PIN: %1.").arg(range));
    if (hasMax && size > token.maxPinLen)
        return Error::other(
            tr("PIN check"),
            tr("the %1 is too long (%2 bytes); nothing was sent to the token").arg(which).arg(size),
            tr("use a shorter PIN: %1.").arg(range));
    return {};
}

Result<void> checkLabel(const QString& label) {
    const QByteArray utf8 = label.toUtf8();
    if (label.trimmed().isEmpty())
        return Error::other(QStringLiteral("C_InitToken"), tr("the token label is empty"),
                            tr("give the token a label, so it can be told apart from other tokens."));
    if (utf8.size() > 32)
        return Error::other(
            QStringLiteral("C_InitToken"),
            tr("the token label is %1 bytes long in UTF-8; PKCS#11 allows 32").arg(utf8.size()),
            tr("use a shorter label (characters outside ASCII take 2 to 4 bytes)."));
    if (label.endsWith(QLatin1Char(' ')))
        return Error::other(
            QStringLiteral("C_InitToken"), tr("the token label ends with a space"),
            tr("remove the trailing spaces: PKCS#11 pads labels with spaces, so they would be "
               "lost."));
    return {};
}

static Result<void> initTokenUnlogged(Module& module, const std::shared_ptr<Module>& owner, CK_SLOT_ID slot,
                                      const QString& label, const SecureBuffer* soPin,
                                      const SecureBuffer* userPin, bool confirmedFinalTry) {
    if (auto r = checkLabel(label); !r)
        return r;
    auto token = module.tokenInfo(slot);
    if (!token)
        return token.error();
    if (auto r = checkWritable(*token, QStringLiteral("C_InitToken")); !r)
        return r;
    if (auto r = checkPinArg(*token, soPin, tr("SO PIN")); !r)
        return r;
    // The user PIN is optional: a given one is checked now, before anything is destroyed.
    if (userPin != nullptr) {
        if (auto r = checkPinLength(*token, *userPin, tr("user PIN")); !r)
            return r;
    }
    // An initialised token checks the SO PIN it has now; its flags say whether that is still allowed.
    if (token->has(CKF_TOKEN_INITIALIZED)) {
        if (auto r = checkPinFlags(*token, CKU_SO, confirmedFinalTry, QStringLiteral("C_InitToken")); !r)
            return r;
    }

    // C_InitToken needs every session of the slot closed, libp11's pooled ones (after signing) too.
    // With a session of ours still open the module must refuse (CKR_SESSION_EXISTS), so leave it.
    if (module.openSessionCount(slot) == 0) {
        if (auto bridge = module.libp11())
            (*bridge)->closeSessions(slot);
    }

    std::array<CK_UTF8CHAR, 32> padded{};
    padded.fill(' ');
    const QByteArray utf8 = label.toUtf8();
    std::memcpy(padded.data(), utf8.constData(), static_cast<std::size_t>(utf8.size()));
    const PinArg so = pinArg(soPin);
    const CK_RV rv =
        P11_CALL(module, C_InitToken, (CallTarget{slot, {}}), slot, so.data, so.size, padded.data());
    if (rv != CKR_OK) {
        Error e = pinError(module, slot, "C_InitToken", rv, CKU_SO);
        if (rv == CKR_SESSION_EXISTS)
            e.hint =
                tr("close every session on this token (log out, close other views of it) and try again.");
        return e;
    }
    if (userPin == nullptr)
        return {};

    auto session = Session::open(owner, slot, true);
    if (!session)
        return Error{
            session.error().call, session.error().rv,
            tr("the token was initialised, but the user PIN was not set: %1").arg(session.error().message),
            tr("set the user PIN as security officer (Initialise user PIN).")};
    auto result = unblockUserPin(*session, soPin, userPin, true);
    if (!result) {
        Error e = result.error();
        e.message = tr("the token was initialised, but the user PIN was not set: %1").arg(e.message);
        e.hint = tr("set the user PIN as security officer (Initialise user PIN).");
        return e;
    }
    return {};
}

static Result<void> initUserPinUnlogged(Session& session, const SecureBuffer* newPin) {
    auto token = writableToken(session, QStringLiteral("C_InitPIN"));
    if (!token)
        return token.error();
    if (auto r = checkPinArg(*token, newPin, tr("new user PIN")); !r)
        return r;
    auto state = sessionState(session);
    if (!state)
        return state.error();
    if (*state != CKS_RW_SO_FUNCTIONS)
        return Error::other(QStringLiteral("C_InitPIN"),
                            tr("the session is not logged in as security officer"),
                            tr("log in as security officer first."));
    const PinArg n = pinArg(newPin);
    const CK_RV rv =
        P11_CALL(session.module(), C_InitPIN, session.target(), session.handle(), n.data, n.size);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_InitPIN"), rv);
    return {};
}

static Result<void> changePinUnlogged(Session& session, const SecureBuffer* oldPin,
                                      const SecureBuffer* newPin, bool confirmedFinalTry) {
    auto token = writableToken(session, QStringLiteral("C_SetPIN"));
    if (!token)
        return token.error();
    auto state = sessionState(session);
    if (!state)
        return state.error();
    const CK_USER_TYPE userType = *state == CKS_RW_SO_FUNCTIONS ? CKU_SO : CKU_USER;
    // C_SetPIN checks the old PIN even in a logged-in session, and a wrong one counts as a failure.
    if (auto r = checkPinFlags(*token, userType, confirmedFinalTry, QStringLiteral("C_SetPIN")); !r)
        return r;
    return setPin(session, *token, userType, oldPin, newPin);
}

static Result<void> changeSoPinUnlogged(Session& session, const SecureBuffer* oldSoPin,
                                        const SecureBuffer* newSoPin, bool confirmedFinalTry) {
    auto token = writableToken(session, QStringLiteral("C_SetPIN"));
    if (!token)
        return token.error();
    if (auto r = checkPinArg(*token, oldSoPin, tr("current SO PIN")); !r)
        return r;
    if (auto r = checkPinArg(*token, newSoPin, tr("new SO PIN")); !r)
        return r;
    return asSecurityOfficer(session, oldSoPin, confirmedFinalTry,
                             tr("the token is logged in as user; log out before changing the SO PIN"),
                             [&] { return setPin(session, *token, CKU_SO, oldSoPin, newSoPin); });
}

static Result<void> unblockUserPinUnlogged(Session& session, const SecureBuffer* soPin,
                                           const SecureBuffer* newUserPin, bool confirmedFinalTry) {
    auto token = writableToken(session, QStringLiteral("C_InitPIN"));
    if (!token)
        return token.error();
    if (auto r = checkPinArg(*token, soPin, tr("SO PIN")); !r)
        return r;
    if (auto r = checkPinArg(*token, newUserPin, tr("new user PIN")); !r)
        return r;
    return asSecurityOfficer(session, soPin, confirmedFinalTry,
                             tr("the token is logged in as user; log out before logging in as security "
                                "officer"),
                             [&] { return initUserPin(session, newUserPin); });
}

// Every change is logged for the audit trail (never a PIN), whether it worked or not.
namespace {
Result<void> logged(const QString& what, Result<void> result) {
    if (result)
        logging::adminChange(what + QStringLiteral(": done"));
    else
        logging::adminFailure(what, result.error());
    return result;
}
QString onSlot(const Session& session) {
    return QStringLiteral(" on slot %1").arg(session.slot());
}
} // namespace

Result<void> initToken(Module& module, const std::shared_ptr<Module>& owner, CK_SLOT_ID slot,
                       const QString& label, const SecureBuffer* soPin, const SecureBuffer* userPin,
                       bool confirmedFinalTry) {
    return logged(QStringLiteral("initialising the token in slot %1 as \u201c%2\u201d").arg(slot).arg(label),
                  initTokenUnlogged(module, owner, slot, label, soPin, userPin, confirmedFinalTry));
}

Result<void> initUserPin(Session& session, const SecureBuffer* newPin) {
    return logged(QStringLiteral("setting the user PIN as SO") + onSlot(session),
                  initUserPinUnlogged(session, newPin));
}

Result<void> changePin(Session& session, const SecureBuffer* oldPin, const SecureBuffer* newPin,
                       bool confirmedFinalTry) {
    return logged(QStringLiteral("changing the user PIN") + onSlot(session),
                  changePinUnlogged(session, oldPin, newPin, confirmedFinalTry));
}

Result<void> changeSoPin(Session& session, const SecureBuffer* oldSoPin, const SecureBuffer* newSoPin,
                         bool confirmedFinalTry) {
    return logged(QStringLiteral("changing the SO PIN") + onSlot(session),
                  changeSoPinUnlogged(session, oldSoPin, newSoPin, confirmedFinalTry));
}

Result<void> unblockUserPin(Session& session, const SecureBuffer* soPin, const SecureBuffer* newUserPin,
                            bool confirmedFinalTry) {
    return logged(QStringLiteral("unblocking the user PIN") + onSlot(session),
                  unblockUserPinUnlogged(session, soPin, newUserPin, confirmedFinalTry));
}

Result<int> countObjects(Session& session) {
    auto handles = ObjectSearch::findAll(session);
    if (!handles)
        return handles.error();
    return static_cast<int>(handles->size());
}

} // namespace hsm::tokenadmin
