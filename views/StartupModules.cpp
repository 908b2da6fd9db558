#include "StartupModules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace hsm {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::StartupModules", text);
}
} // namespace

QStringList StartupModules::remembered(const QSettings& settings) {
    QStringList paths = settings.value(QLatin1String(kSettingsKey)).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths;
}

void StartupModules::remember(QSettings& settings, const QString& path) {
    QStringList paths = remembered(settings);
    if (path.isEmpty() || paths.contains(path))
        return;
    paths.append(path);
    settings.setValue(QLatin1String(kSettingsKey), paths);
}

void StartupModules::forget(QSettings& settings, const QString& path) {
    QStringList paths = remembered(settings);
    if (paths.removeAll(path) > 0)
        settings.setValue(QLatin1String(kSettingsKey), paths);
}

QString StartupModules::demoConfigPath() {
    // writableLocation honours XDG_DATA_HOME and falls back to ~/.local/share, like demo-env.sh.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("hsm-workbench/demo/softhsm2.conf"));
}

QString StartupModules::softHsmModule() {
    const QString debianPath = QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    return QFileInfo::exists(debianPath) ? debianPath : QStringLiteral("softhsm2");
}

StartupModules::Plan StartupModules::plan(const QStringList& rememberedModules, const QString& demoConfig,
                                          bool softHsmConfSet) {
    Plan result;
    if (!rememberedModules.isEmpty()) {
        result.modules = rememberedModules;
        return result;
    }
    if (!demoConfig.isEmpty() && QFileInfo(demoConfig).isFile()) {
        result.demo = true;
        result.modules = {softHsmModule()};
        // A SOFTHSM2_CONF the user set on purpose wins over the demo.
        if (!softHsmConfSet)
            result.softHsmConf = demoConfig;
        return result;
    }
    result.hint = tr("No module is configured yet. Add one with Module > Add module (Ctrl+O), or create "
                     "the demo environment with scripts/demo-env.sh and start HSM Workbench again.");
    return result;
}

StartupModules::Plan StartupModules::planFromEnvironment(const QSettings& settings) {
    return plan(remembered(settings), demoConfigPath(), qEnvironmentVariableIsSet("SOFTHSM2_CONF"));
}

void StartupModules::applyEnvironment(const Plan& startPlan) {
    if (!startPlan.softHsmConf.isEmpty() && !qEnvironmentVariableIsSet("SOFTHSM2_CONF"))
        qputenv("SOFTHSM2_CONF", QFile::encodeName(startPlan.softHsmConf));
}

} // namespace hsm
