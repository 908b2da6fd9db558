// hsmwb_screenshot: starts the main window exactly as hsm-workbench does (same start plan: the
// remembered modules or the demo), waits until the first token's objects are listed, and saves
// a PNG of the window into $HSMWB_SCREENSHOT_DIR. For looking at the real UI without a display.
#include "CallTrace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "StartupModules.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HSM Workbench"));
    QApplication::setApplicationName(QStringLiteral("hsm-workbench"));
    const QString dir = qEnvironmentVariable("HSMWB_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        qWarning("set HSMWB_SCREENSHOT_DIR to the folder the PNG goes to");
        return 2;
    }
    // Same translation as the app, so LANG=de_DE.UTF-8 shows the German UI.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("hsm-workbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    hsm::registerMetaTypes();
    hsm::logging::init(QString());

    hsm::CallTrace trace;
    hsm::ModuleManager manager(&trace);
    const QSettings settings;
    const auto plan = hsm::StartupModules::planFromEnvironment(settings);
    hsm::StartupModules::applyEnvironment(plan);
    hsm::MainWindow window(&manager, &trace);
    window.resize(1400, 860);
    window.show();
    window.openStartupModules(plan);

    auto* table = window.findChild<QTableView*>(QStringLiteral("objectTable"));
    QElapsedTimer clock;
    clock.start();
    int result = 1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const bool listed = table->model()->rowCount() > 0;
        if (!listed && clock.elapsed() < 15000)
            return;
        if (listed && table->model()->rowCount() > 1 && !table->currentIndex().isValid()) {
            // Inspect the second object so the attribute inspector is not empty.
            table->selectRow(1);
            return;
        }
        if (clock.elapsed() < 1500)
            return; // let the inspector and the log catch up
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(QStringLiteral("hsm-workbench.png"));
        result = window.grab().save(path) ? 0 : 1;
        qInfo("%s %s", result == 0 ? "saved" : "could not save", qPrintable(path));
        QApplication::quit();
    });
    poll.start(100);
    QApplication::exec();
    return result;
}
