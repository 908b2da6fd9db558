#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QList>
#include <atomic>
#include <functional>

namespace hsm {

struct ListOptions {
    CK_ULONG findBatch = 256; ///< handles per C_FindObjects call
    int emitBatch = 250;      ///< summaries per sink call, so a GUI can show rows before the end
};

/// Lists every object the session can see, calling `sink` with batches of summaries on the calling
/// thread. One C_GetAttributeValue per object for the listing columns (certificates: one more for
/// CKA_VALUE); buffers too small fall back to the two-pass length query for that object only.
/// `cancel`, when set, abandons the listing between batches. Returns the number of objects listed.
[[nodiscard]] Result<int> listObjects(Session& session, const TokenInfo& token,
                                      const std::function<void(QList<ObjectSummary>&&)>& sink,
                                      const ListOptions& options = {},
                                      const std::atomic_bool* cancel = nullptr);

/// Convenience for the CLI and tests: everything in one list.
[[nodiscard]] Result<QList<ObjectSummary>> listAllObjects(Session& session, const TokenInfo& token);

/// Listing columns of one object.
[[nodiscard]] Result<ObjectSummary> summarizeObject(Session& session, const TokenInfo& token,
                                                    CK_OBJECT_HANDLE handle);

} // namespace hsm
