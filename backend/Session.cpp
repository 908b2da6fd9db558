#include "Session.h"

#include "Libp11Bridge.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <utility>

namespace hsm {

namespace {
// lupdate files the tr() calls below (all in Session members) under hsm::Session.
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::Session", text);
}
} // namespace

Session::Session(std::shared_ptr<Module> module, CK_SLOT_ID slot, CK_SESSION_HANDLE handle)
    : m_module(std::move(module)), m_slot(slot), m_handle(handle) {}

Result<Session> Session::open(std::shared_ptr<Module> module, CK_SLOT_ID slot, bool readWrite) {
    // libp11's first session on a slot closes every session there, so it goes first. A module
    // libp11 cannot load still works for everything but signing, which reports the reason then.
    if (auto bridge = module->libp11())
        (void)(*bridge)->prepareSlot(slot);
    CK_FLAGS flags = CKF_SERIAL_SESSION;
    if (readWrite)
        flags |= CKF_RW_SESSION;
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv =
        P11_CALL(*module, C_OpenSession, (CallTarget{slot, {}}), slot, flags, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_OpenSession"), rv, tr("slot %1").arg(slot));
    module->sessionOpened(slot);
    return Session(std::move(module), slot, handle);
}

Session::~Session() {
    close();
}

Session::Session(Session&& other) noexcept
    : m_module(std::move(other.m_module)), m_slot(other.m_slot),
      m_handle(std::exchange(other.m_handle, CK_INVALID_HANDLE)) {}

Session& Session::operator=(Session&& other) noexcept {
    if (this != &other) {
        close();
        m_module = std::move(other.m_module);
        m_slot = other.m_slot;
        m_handle = std::exchange(other.m_handle, CK_INVALID_HANDLE);
    }
    return *this;
}

void Session::close() noexcept {
    if (m_module && m_handle != CK_INVALID_HANDLE) {
        // Errors are recorded in the trace; a session on a removed token is already gone.
        (void)P11_CALL(*m_module, C_CloseSession, target(), m_handle);
        m_module->sessionClosed(m_slot);
    }
    m_handle = CK_INVALID_HANDLE;
}

Result<CK_SESSION_INFO> Session::info() const {
    CK_SESSION_INFO info{};
    const CK_RV rv = P11_CALL(*m_module, C_GetSessionInfo, target(), m_handle, &info);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetSessionInfo"), rv);
    return info;
}

Result<bool> Session::isLoggedIn() const {
    auto i = info();
    if (!i)
        return i.error();
    const CK_STATE s = i->state;
    return s == CKS_RO_USER_FUNCTIONS || s == CKS_RW_USER_FUNCTIONS || s == CKS_RW_SO_FUNCTIONS;
}

Result<void> Session::login(CK_USER_TYPE userType, const SecureBuffer* pin, bool confirmedFinalTry) {
    // Read the PIN flags fresh: another application may have used up tries since we last looked.
    auto token = m_module->tokenInfo(m_slot);
    if (!token)
        return token.error();
    const PinAssessment assessment = assessPin(*token, userType);
    if (assessment.verdict == PinAssessment::Verdict::Locked)
        return Error::other(QStringLiteral("C_Login"), assessment.message,
                            userType == CKU_SO ? tr("re-initialise the token (this destroys its objects).")
                                               : tr("log in as security officer and set a new user PIN."));
    if (assessment.verdict == PinAssessment::Verdict::FinalTry && !confirmedFinalTry)
        return Error::other(QStringLiteral("C_Login"), assessment.message,
                            tr("confirm that you want to use the final try, and double-check the PIN."));

    const bool pinPad = token->has(CKF_PROTECTED_AUTHENTICATION_PATH);
    if (pin == nullptr && !pinPad)
        return Error::other(QStringLiteral("C_Login"), tr("no PIN was given"),
                            tr("enter the PIN; this token has no PIN pad."));
    // Pin-pad tokens take the PIN on the reader: PKCS#11 says pass NULL and length 0.
    CK_UTF8CHAR* pinData = nullptr;
    CK_ULONG pinLen = 0;
    if (pin != nullptr && !(pinPad && pin->isEmpty())) {
        pinData = const_cast<CK_UTF8CHAR*>(pin->data());
        pinLen = static_cast<CK_ULONG>(pin->size());
    }
    const CK_RV rv = P11_CALL(*m_module, C_Login, target(), m_handle, userType, pinData, pinLen);
    if (rv == CKR_OK)
        return {};
    if (rv == CKR_USER_ALREADY_LOGGED_IN)
        return {};
    Error e = Error::fromRv(QStringLiteral("C_Login"), rv);
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LOCKED) {
        if (auto after = m_module->tokenInfo(m_slot))
            e.hint = e.hint + QLatin1Char(' ') + pinFailureAdvice(*after, userType);
    }
    return e;
}

Result<void> Session::logout() {
    const CK_RV rv = P11_CALL(*m_module, C_Logout, target(), m_handle);
    if (rv == CKR_OK || rv == CKR_USER_NOT_LOGGED_IN)
        return {};
    return Error::fromRv(QStringLiteral("C_Logout"), rv);
}

} // namespace hsm
