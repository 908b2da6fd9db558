#include "Cli.h"

#include "CliArguments.h"
#include "CliOutput.h"
#include "Commands.h"

#include <QCoreApplication>

namespace hsm::cli {

int run(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const ParsedCommandLine parsed = parseCommandLine(arguments);
    switch (parsed.action) {
    case ParsedCommandLine::Action::Help:
        writeStdout(parsed.text);
        return ExitOk;
    case ParsedCommandLine::Action::Version:
        writeStdout(QStringLiteral("hsmwb %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    case ParsedCommandLine::Action::UsageError:
        writeUsageError(parsed.text);
        return ExitUsage;
    case ParsedCommandLine::Action::Run:
        break;
    }

    return parsed.spec->run(parsed.arguments);
}

} // namespace hsm::cli
