#include "Cli.h"

#include <QCoreApplication>
#include <QTranslator>

// The build may pass the project version; otherwise this one is shown.
#ifndef HSMWB_VERSION
#define HSMWB_VERSION "0.1.0"
#endif

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hsmwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("HSM Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HSMWB_VERSION));
    // English only, but with English plural forms ("1 certificate", not "1 certificate(s)").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/hsm-workbench_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    return hsm::cli::run(argc, argv);
}
