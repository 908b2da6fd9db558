// hsm-workbench: the GUI. Wiring only; behaviour lives in views/, models/ and backend/.
#include "CallTrace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "StartupModules.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HSM Workbench"));
    QApplication::setApplicationName(QStringLiteral("hsm-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("HSM Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    hsm::registerMetaTypes();
    hsm::logging::init(hsm::logging::defaultLogDir());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plural forms first: a translator installed later (the locale's) is asked first.
    QTranslator pluralsTranslator;
    if (pluralsTranslator.load(QStringLiteral(":/i18n/hsm-workbench_en.qm")))
        QApplication::installTranslator(&pluralsTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale::system(), QStringLiteral("hsm-workbench"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    hsm::CallTrace trace;
    hsm::ModuleManager manager(&trace);

    QSettings settings;
    const hsm::StartupModules::Plan plan = hsm::StartupModules::planFromEnvironment(settings);
    hsm::StartupModules::applyEnvironment(plan);

    hsm::MainWindow window(&manager, &trace);
    window.show();
    window.openStartupModules(plan);
    return QApplication::exec();
}
