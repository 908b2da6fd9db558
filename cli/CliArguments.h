#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace hsm::cli {

enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Where a PIN is read from. The PIN itself is never an argument: argv is visible to every user
/// through the process list and ends up in shell history.
struct PinSource {
    enum class Kind { Environment, File, StandardInput };
    Kind kind = Kind::StandardInput;
    QString where; ///< variable name or file path; empty for standard input

    /// "env:NAME", "file:PATH" or "-". Anything else is refused without echoing it (it may be a PIN).
    [[nodiscard]] static Result<PinSource> parse(const QString& text);
    /// Reads the PIN (first line only for files and standard input) into locked, wiped memory.
    [[nodiscard]] Result<SecureBuffer> read() const;
};

/// One option of a command. An option whose value name is "SOURCE" is a PIN source: it is checked
/// while parsing (a PIN typed in its place is refused without being echoed) and only one of a
/// command's SOURCE options may read standard input.
struct OptionSpec {
    const char* name;
    const char* valueName; ///< nullptr for a flag
    const char* description;
    bool required = false;
};

/// What the command line gave one command.
struct Arguments {
    QString command; ///< "objects", "token init"
    // The options most commands share, filled when the command has them.
    QString module;
    QString token;
    std::optional<PinSource> pin;   ///< --pin
    bool confirmedFinalTry = false; ///< --final-try: the user accepts using the PIN's last try
    bool json = false;

    /// The value of option `name` (without "--"); empty when not given.
    [[nodiscard]] QString value(const QString& name) const { return values.value(name); }
    /// Whether option or flag `name` was given.
    [[nodiscard]] bool isSet(const QString& name) const {
        return values.contains(name) || flags.contains(name);
    }
    /// The PIN source option `name` ("pin", "so-pin", "new-pin"), if given.
    [[nodiscard]] std::optional<PinSource> pinSource(const QString& name) const {
        return pins.contains(name) ? std::optional<PinSource>(pins.value(name)) : std::nullopt;
    }

    QHash<QString, QString> values;
    QSet<QString> flags;
    QHash<QString, PinSource> pins;
};

/// A command: its words ("keygen", "token init"), help, options and what runs it. Commands are
/// registered in CommandTable.cpp; each feature keeps its specs beside its run functions.
struct CommandSpec {
    const char* name;
    const char* summary;
    QList<OptionSpec> options;
    int (*run)(const Arguments&) = nullptr;
};

/// What the command line asked for: run a command, print help or the version, or a usage error.
struct ParsedCommandLine {
    enum class Action { Run, Help, Version, UsageError };
    Action action = Action::UsageError;
    const CommandSpec* spec = nullptr; ///< the command to run
    Arguments arguments;
    QString text; ///< help text, or the usage error message
};

[[nodiscard]] ParsedCommandLine parseCommandLine(const QStringList& argv);

/// Every command, in the order the help lists them (CommandTable.cpp).
[[nodiscard]] const QList<CommandSpec>& commandSpecs();

/// General help: the commands and how MODULE, TOKEN and SOURCE are written.
[[nodiscard]] QString generalHelp();

} // namespace hsm::cli
