#pragma once

#include "Result.h"
#include "Session.h"

#include <QList>
#include <p11-kit/pkcs11.h>
#include <span>

namespace hsm {

/// One C_FindObjectsInit .. C_FindObjectsFinal operation on a session. Move-only; the destructor
/// finishes an active search (noexcept, errors only traced) so a session is never left mid-search.
class ObjectSearch {
public:
    /// Starts a search; an empty template matches every object the session can see.
    [[nodiscard]] static Result<ObjectSearch> start(Session& session, std::span<CK_ATTRIBUTE> templ = {});
    /// One whole search: every handle matching `templ`, the search finished before returning (some
    /// modules refuse other calls while a search is active).
    [[nodiscard]] static Result<QList<CK_OBJECT_HANDLE>> findAll(Session& session,
                                                                 std::span<CK_ATTRIBUTE> templ = {});
    ~ObjectSearch();

    // A copy would call C_FindObjectsFinal twice.
    ObjectSearch(const ObjectSearch&) = delete;
    ObjectSearch& operator=(const ObjectSearch&) = delete;
    ObjectSearch(ObjectSearch&& other) noexcept;
    ObjectSearch& operator=(ObjectSearch&& other) noexcept;

    /// Up to `max` more handles; an empty list means the search is exhausted.
    [[nodiscard]] Result<QList<CK_OBJECT_HANDLE>> next(CK_ULONG max);
    /// Appends every remaining handle to `out`, `batch` per C_FindObjects call.
    [[nodiscard]] Result<void> collect(QList<CK_OBJECT_HANDLE>& out, CK_ULONG batch = 256);
    /// Ends the search now and reports C_FindObjectsFinal's result.
    [[nodiscard]] Result<void> finish();

    [[nodiscard]] bool isActive() const { return m_session != nullptr; }

private:
    explicit ObjectSearch(Session* session) : m_session(session) {}
    void finishQuietly() noexcept;

    Session* m_session = nullptr; ///< null once finished or moved from
};

} // namespace hsm
