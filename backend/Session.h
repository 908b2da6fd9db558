#pragma once

#include "Module.h"
#include "PinPolicy.h"
#include "Result.h"

#include <memory>

namespace hsm {

class SecureBuffer;

/// An open PKCS#11 session. Move-only; the destructor closes it (noexcept, errors only traced).
class Session {
public:
    [[nodiscard]] static Result<Session> open(std::shared_ptr<Module> module, CK_SLOT_ID slot,
                                              bool readWrite);
    ~Session();

    // A copied handle would be closed twice.
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    Session(Session&& other) noexcept;
    Session& operator=(Session&& other) noexcept;

    [[nodiscard]] Module& module() const { return *m_module; }
    [[nodiscard]] const std::shared_ptr<Module>& modulePtr() const { return m_module; }
    [[nodiscard]] CK_SESSION_HANDLE handle() const { return m_handle; }
    [[nodiscard]] CK_SLOT_ID slot() const { return m_slot; }
    [[nodiscard]] CallTarget target() const { return {m_slot, m_handle}; }

    [[nodiscard]] Result<CK_SESSION_INFO> info() const;
    /// True when the session state shows a user or SO login (any session of the app logged in).
    [[nodiscard]] Result<bool> isLoggedIn() const;

    /// Logs in after checking the token's PIN flags: refuses on LOCKED without calling C_Login.
    /// A FINAL_TRY token is refused unless `confirmedFinalTry`. `pin` null = protected auth path
    /// (pin pad): C_Login gets a NULL PIN. The caller must not retry a failed PIN automatically.
    [[nodiscard]] Result<void> login(CK_USER_TYPE userType, const SecureBuffer* pin,
                                     bool confirmedFinalTry = false);
    [[nodiscard]] Result<void> logout();

private:
    Session(std::shared_ptr<Module> module, CK_SLOT_ID slot, CK_SESSION_HANDLE handle);
    void close() noexcept;

    std::shared_ptr<Module> m_module;
    CK_SLOT_ID m_slot = 0;
    CK_SESSION_HANDLE m_handle = CK_INVALID_HANDLE;
};

} // namespace hsm
