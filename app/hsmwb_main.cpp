#include "Cli.h"

#include <QCoreApplication>

// The build may pass the project version; otherwise this one is shown.
#ifndef HSMWB_VERSION
#define HSMWB_VERSION "0.1.0"
#endif

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hsmwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("HSM Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HSMWB_VERSION));
    return hsm::cli::run(argc, argv);
}
