#pragma once

#include "CliArguments.h"
#include "Module.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "Types.h"

#include <memory>

// One function per command; each prints its result (or one error line) and returns the exit code.
namespace hsm::cli {

/// The options many commands share, written once so their help reads the same everywhere.
namespace options {
[[nodiscard]] OptionSpec module();
[[nodiscard]] OptionSpec token();
/// --pin SOURCE; `required` for commands that must log in.
[[nodiscard]] OptionSpec pin(bool required);
[[nodiscard]] OptionSpec finalTry();
[[nodiscard]] OptionSpec json();
} // namespace options

// Each feature lists its commands next to its run functions; CommandTable.cpp puts them together.
[[nodiscard]] QList<CommandSpec> moduleCommandSpecs();   // modules, slots, mechanisms
[[nodiscard]] QList<CommandSpec> objectCommandSpecs();   // objects
[[nodiscard]] QList<CommandSpec> keygenCommandSpecs();   // keygen
[[nodiscard]] QList<CommandSpec> deleteCommandSpecs();   // delete
[[nodiscard]] QList<CommandSpec> tokenCommandSpecs();    // token init, change-pin, unblock, init-pin
[[nodiscard]] QList<CommandSpec> softcardCommandSpecs(); // softcard list, create, delete, verify
[[nodiscard]] QList<CommandSpec> importCommandSpecs();   // import, export
[[nodiscard]] QList<CommandSpec> certCommandSpecs();     // csr, sign-csr, selfsign
[[nodiscard]] QList<CommandSpec> bundleCommandSpecs();   // bundle-check
[[nodiscard]] QList<CommandSpec> chainCommandSpecs();    // chain

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

/// The PIN of SOURCE option `name`, read into locked memory; nullopt when the option was not given.
/// Commands read their PINs before touching the module, so a bad source fails fast.
[[nodiscard]] Result<std::optional<SecureBuffer>> readPinOption(const Arguments& args,
                                                                const QString& name = QStringLiteral("pin"));
/// A session on the selected token, logged in as user when `pin` holds a PIN (wiped afterwards).
[[nodiscard]] Result<Session> openSession(const SelectedToken& selected, bool readWrite,
                                          std::optional<SecureBuffer>& pin, bool confirmedFinalTry);

} // namespace hsm::cli
