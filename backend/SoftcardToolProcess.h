#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hsm {

/// How a child tool run ended (softcardtool, softhsm2-util).
struct ToolRun {
    enum class End { Finished, NotFound, FailedToStart, TimedOut, Crashed };
    End end = End::FailedToStart;
    int exitCode = -1;
    QByteArray out; ///< standard output (with standard error when the run answered prompts)
    QByteArray err;
    QString startError; ///< why it did not start
    int promptsAnswered = 0;

    [[nodiscard]] bool succeeded() const { return end == End::Finished && exitCode == 0; }
    /// Everything it printed, trimmed, as the user should see it.
    [[nodiscard]] QString text() const;
};

/// Runs a tool and waits (blocking: worker threads only). Nothing secret goes into argv: a
/// `secret` is written to the tool's standard input each time it prints a passphrase/PIN prompt
/// (at most twice, for "enter" and "confirm"), then its input is closed so a third prompt ends in
/// EOF instead of a hang. A run that takes longer than `timeoutMs` is killed. The secret is
/// written from its own memory; the only other copy in this process is QProcess's internal write
/// buffer, freed (not wiped) by Qt once the bytes reached the pipe.
[[nodiscard]] ToolRun
runTool(const QString& program, const QStringList& arguments, int timeoutMs,
        const SecureBuffer* secret = nullptr,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

/// Whether `pending` (what the tool printed since the last answer) ends in a prompt for a secret.
[[nodiscard]] bool endsWithSecretPrompt(const QByteArray& pending);

} // namespace hsm
