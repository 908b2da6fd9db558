#pragma once

#include "Result.h"
#include "SecureBuffer.h"

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

enum class Command { Modules, Slots, Mechanisms, Objects };

struct Arguments {
    Command command = Command::Modules;
    QString module;
    QString token;
    std::optional<PinSource> pin;
    bool confirmedFinalTry = false; ///< --final-try: the user accepts using the PIN's last try
    bool json = false;
};

/// What the command line asked for: run a command, print help or the version, or a usage error.
struct ParsedCommandLine {
    enum class Action { Run, Help, Version, UsageError };
    Action action = Action::UsageError;
    Arguments arguments;
    QString text; ///< help text, or the usage error message
};

[[nodiscard]] ParsedCommandLine parseCommandLine(const QStringList& argv);

/// General help: the commands and how MODULE, TOKEN and SOURCE are written.
[[nodiscard]] QString generalHelp();

} // namespace hsm::cli
