#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace hsm {

/// Decides which modules the main window opens at start, and remembers the modules a user adds.
/// Kept apart from the window so the decision can be tested without widgets or modules.
class StartupModules {
public:
    /// What to do at start.
    struct Plan {
        QStringList modules; ///< paths or p11-kit names to open
        bool demo = false;   ///< true when the demo environment is opened
        QString softHsmConf; ///< SOFTHSM2_CONF to set before loading (empty: leave it)
        QString hint;        ///< shown to the user when nothing can be opened (translated)
    };

    /// Settings key holding the list of module paths the user added. Never anything secret.
    static constexpr const char* kSettingsKey = "modules/paths";

    [[nodiscard]] static QStringList remembered(const QSettings& settings);
    static void remember(QSettings& settings, const QString& path);
    static void forget(QSettings& settings, const QString& path);

    /// `${XDG_DATA_HOME:-~/.local/share}/hsm-workbench/demo/softhsm2.conf`.
    [[nodiscard]] static QString demoConfigPath();
    /// The SoftHSM2 module: Debian's library path when it exists, else p11-kit's name "softhsm2".
    [[nodiscard]] static QString softHsmModule();

    /// Pure decision: `remembered` modules win; otherwise the demo when `demoConfig` exists.
    /// `softHsmConfSet` tells whether SOFTHSM2_CONF is already set (then it is left alone).
    [[nodiscard]] static Plan plan(const QStringList& remembered, const QString& demoConfig,
                                   bool softHsmConfSet);
    /// plan() over the real settings, data folder and environment.
    [[nodiscard]] static Plan planFromEnvironment(const QSettings& settings);
    /// Sets SOFTHSM2_CONF when the plan asks for it.
    static void applyEnvironment(const Plan& plan);
};

} // namespace hsm
