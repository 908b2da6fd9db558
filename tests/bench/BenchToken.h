#pragma once

#include "Module.h"
#include "Result.h"

#include <QString>
#include <functional>
#include <memory>

namespace bench {

constexpr const char* kTokenLabel = "bench";
constexpr const char* kSoPin = "12345678";
constexpr const char* kUserPin = "123456";

struct Mix {
    int data = 0, certificates = 0, aesKeys = 0, ecPairs = 0;
    [[nodiscard]] int total() const { return data + certificates + aesKeys + 2 * ecPairs; }
};

/// The deterministic mix for `count` objects: of every ten, four data objects (every other one
/// private), three certificates (one DER, distinct labels and IDs), one AES key, one EC P-256 pair.
[[nodiscard]] Mix mixFor(int count);

/// Writes `folder`/softhsm2.conf with its own token folder and points SOFTHSM2_CONF at it.
[[nodiscard]] hsm::Result<void> prepareConfig(const QString& folder);
/// Removes any token in the folder and initialises an empty "bench" token with softhsm2-util.
[[nodiscard]] hsm::Result<void> initToken(const QString& folder);
/// Fills the token (slot with the "bench" label) with `mix`, through the backend's call gate.
[[nodiscard]] hsm::Result<void> fillToken(const std::shared_ptr<hsm::Module>& module, CK_SLOT_ID slot,
                                          const Mix& mix);

/// Runs the event loop until `done` (true) or `timeoutMs` have passed (false).
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace bench
