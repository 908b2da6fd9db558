#include "SoftcardToolProcess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>

namespace hsm {

namespace {

constexpr int kMaxAnswers = 2;
constexpr int kPollMs = 100;

QString resolveProgram(const QString& program) {
    if (program.contains(QLatin1Char('/')))
        return program;
    return QStandardPaths::findExecutable(program);
}

void killAndReap(QProcess& process) {
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

QString ToolRun::text() const {
    QByteArray all = err.trimmed();
    const QByteArray o = out.trimmed();
    if (!o.isEmpty())
        all = all.isEmpty() ? o : all + '\n' + o;
    return QString::fromLocal8Bit(all);
}

bool endsWithSecretPrompt(const QByteArray& pending) {
    // A prompt is the last, unfinished line; tools differ in wording ("Enter passphrase:",
    // "Pass phrase for new softcard?", "Confirm PIN:").
    const qsizetype lineStart = pending.lastIndexOf('\n') + 1;
    const QString last = QString::fromLocal8Bit(pending.mid(lineStart)).trimmed();
    static const QRegularExpression promptRe(QStringLiteral("(pass\\s*phrase|password|\\bpin\\b).*[:?]$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return promptRe.match(last).hasMatch();
}

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                const SecureBuffer* secret, const QProcessEnvironment& environment) {
    ToolRun run;
    const QString resolved = resolveProgram(program);
    const QFileInfo file(resolved);
    if (resolved.isEmpty() || !file.exists()) {
        run.end = ToolRun::End::NotFound;
        run.startError = QStringLiteral("%1 does not exist").arg(program);
        return run;
    }
    if (!file.isFile() || !file.isExecutable()) {
        run.end = ToolRun::End::NotFound;
        run.startError = QStringLiteral("%1 is not an executable file").arg(resolved);
        return run;
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    // Prompts may go to either stream; with a secret to give, one merged stream is watched.
    process.setProcessChannelMode(secret ? QProcess::MergedChannels : QProcess::SeparateChannels);
    const QDeadlineTimer deadline(timeoutMs);
    process.start(resolved, arguments);
    if (!process.waitForStarted(std::clamp(timeoutMs, 1000, 10000))) {
        run.end = ToolRun::End::FailedToStart;
        run.startError = process.errorString();
        return run;
    }
    if (secret == nullptr)
        process.closeWriteChannel();

    QByteArray pending;
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            killAndReap(process);
            run.end = ToolRun::End::TimedOut;
            run.out += process.readAllStandardOutput();
            if (!secret)
                run.err += process.readAllStandardError();
            return run;
        }
        const int wait = static_cast<int>(std::min<qint64>(deadline.remainingTime(), kPollMs));
        if (secret) {
            process.waitForReadyRead(wait);
            const QByteArray chunk = process.readAllStandardOutput();
            run.out += chunk;
            pending += chunk;
            if (run.promptsAnswered < kMaxAnswers && endsWithSecretPrompt(pending)) {
                // Straight from the SecureBuffer: no QByteArray/QString of the secret is made here.
                // Qt keeps one copy we cannot wipe: QProcess appends the bytes to its write buffer
                // (a heap QRingBuffer chunk) until they are written to the pipe, then frees that
                // chunk without overwriting it. waitForBytesWritten() below keeps that window short;
                // the kernel's pipe buffer holds the bytes until the tool reads them.
                process.write(reinterpret_cast<const char*>(secret->data()),
                              static_cast<qint64>(secret->size()));
                process.write("\n", 1);
                process.waitForBytesWritten(1000);
                ++run.promptsAnswered;
                pending.clear();
                if (run.promptsAnswered == kMaxAnswers)
                    process.closeWriteChannel();
            }
        } else {
            process.waitForFinished(wait);
            // Drain as we go: a chatty tool must not block on a full pipe.
            run.out += process.readAllStandardOutput();
            run.err += process.readAllStandardError();
        }
    }
    run.out += process.readAllStandardOutput();
    if (!secret)
        run.err += process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit) {
        run.end = ToolRun::End::Crashed;
        return run;
    }
    run.end = ToolRun::End::Finished;
    run.exitCode = process.exitCode();
    return run;
}

} // namespace hsm
