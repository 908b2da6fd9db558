#pragma once

#include "CliArguments.h"
#include "Module.h"
#include "Result.h"
#include "Types.h"

#include <memory>

// One function per command; each prints its result (or one error line) and returns the exit code.
namespace hsm::cli {

[[nodiscard]] int runModules(const Arguments& args);
[[nodiscard]] int runSlots(const Arguments& args);
[[nodiscard]] int runMechanisms(const Arguments& args);
[[nodiscard]] int runObjects(const Arguments& args);

/// MODULE (path or p11-kit name) resolved and loaded; no call trace in the CLI.
[[nodiscard]] Result<std::shared_ptr<Module>> loadModule(const QString& pathOrName);
/// The slot whose token TOKEN names (label, serial:SERIAL or pkcs11: URI).
[[nodiscard]] Result<SlotInfo> findToken(const Module& module, const QString& selector);

/// A loaded module and the slot of the token the command line selected.
struct SelectedToken {
    std::shared_ptr<Module> module;
    SlotInfo slot;
};
/// --module and --token of `args`, loaded and selected: what every token command starts with.
[[nodiscard]] Result<SelectedToken> selectTokenOf(const Arguments& args);

} // namespace hsm::cli
