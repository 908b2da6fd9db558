#pragma once

#include "Result.h"
#include "Types.h"

#include <QString>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <p11-kit/pkcs11.h>

namespace hsm {

class CallTrace;
class Libp11Bridge;

/// Where a call was aimed, for the trace and for errors.
struct CallTarget {
    std::optional<CK_SLOT_ID> slot;
    std::optional<CK_SESSION_HANDLE> session;
};

/// A loaded PKCS#11 module: dlopen handle, function list, and the one call gate every C_* call
/// goes through. Held by shared_ptr because sessions on worker threads keep it alive; the last
/// owner calls C_Finalize (only if we initialized it) and dlclose.
class Module {
public:
    /// Loads and initializes the module at `path` (CKF_OS_LOCKING_OK; an already initialized module
    /// is accepted and then not finalized by us). `name` is how the module is shown (registry name).
    [[nodiscard]] static Result<std::shared_ptr<Module>> load(const QString& path, const QString& name = {},
                                                              CallTrace* trace = nullptr);
    ~Module();

    // Copying would double-finalize the module; moving would leave sessions pointing at nothing.
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;
    Module(Module&&) = delete;
    Module& operator=(Module&&) = delete;

    [[nodiscard]] const ModuleInfo& info() const { return m_info; }
    [[nodiscard]] CallTrace* trace() const { return m_trace; }

    /// The call gate. Use through P11_CALL: checks the pointer, times the call, records it in the
    /// trace (function, target, CK_RV, duration; never arguments) and returns the CK_RV.
    template <auto Member, typename... Args>
    CK_RV call(const char* function, const CallTarget& target, Args... args) const {
        const auto fn = m_functions ? m_functions->*Member : nullptr;
        if (fn == nullptr) {
            record(function, target, CKR_FUNCTION_NOT_SUPPORTED, 0);
            return CKR_FUNCTION_NOT_SUPPORTED;
        }
        const qint64 start = monotonicNs();
        const CK_RV rv = fn(args...);
        record(function, target, rv, monotonicNs() - start);
        return rv;
    }

    // Common queries, each one call through the gate (or the two-pass pattern where needed).
    [[nodiscard]] Result<QList<CK_SLOT_ID>> slotIds(bool tokenPresentOnly = false) const;
    [[nodiscard]] Result<SlotInfo> slotInfo(CK_SLOT_ID slot) const; ///< includes token info if present
    [[nodiscard]] Result<QList<SlotInfo>> slotList() const;         // not "slots": Qt defines that as a macro
    [[nodiscard]] Result<TokenInfo> tokenInfo(CK_SLOT_ID slot) const;
    [[nodiscard]] Result<QList<MechanismInfo>> mechanisms(CK_SLOT_ID slot) const;
    /// C_WaitForSlotEvent with CKF_DONT_BLOCK; CKR_NO_EVENT gives nullopt.
    [[nodiscard]] Result<std::optional<CK_SLOT_ID>> pollSlotEvent() const;

    /// libp11's context on this module (loaded on first use, kept until the module is unloaded), for
    /// signing with EVP_PKEYs whose private operations run on the token. Thread-safe.
    [[nodiscard]] Result<Libp11Bridge*> libp11() const;

    /// How many of our Session objects are open on `slot`: libp11's sessions can only be closed
    /// with C_CloseAllSessions, which must not take ours with them.
    [[nodiscard]] int openSessionCount(CK_SLOT_ID slot) const;
    void sessionOpened(CK_SLOT_ID slot) const;
    void sessionClosed(CK_SLOT_ID slot) const;

    /// Turns a CK_RV from `function` into a Result (CKR_OK -> success).
    [[nodiscard]] static Result<void> check(const char* function, CK_RV rv);

private:
    Module() = default;
    void record(const char* function, const CallTarget& target, CK_RV rv, qint64 durationNs) const;
    static qint64 monotonicNs();

    void* m_library = nullptr;
    CK_FUNCTION_LIST* m_functions = nullptr;
    bool m_finalizeOnUnload = false;
    ModuleInfo m_info;
    CallTrace* m_trace = nullptr;
    mutable std::mutex m_libp11Mutex;
    mutable std::unique_ptr<Libp11Bridge> m_libp11;
    mutable std::optional<Error> m_libp11Error;
    mutable std::map<CK_SLOT_ID, int>
        m_openSessions; // guarded by m_libp11Mutex // a failed load is not retried on every session
};

/// P11_CALL(module, C_OpenSession, target, args...): the only way code calls into a module.
#define P11_CALL(module, fn, target, ...) (module).call<&CK_FUNCTION_LIST::fn>(#fn, (target), __VA_ARGS__)
#define P11_CALL0(module, fn, target) (module).call<&CK_FUNCTION_LIST::fn>(#fn, (target))

} // namespace hsm
