#include "SoftcardSoftHsm2Provider.h"

#include "SoftcardToolProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace hsm {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", text);
}

const QString kConfigCall = QStringLiteral("SoftHSM2 configuration");

SoftcardResult<SoftHsmConfig> notWritable(const QString& message) {
    return {Error::other(kConfigCall,
                         QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider",
                                                     "SoftHSM2's configuration not writable: %1")
                             .arg(message),
                         QCoreApplication::translate(
                             "hsm::SoftHsm2SoftcardProvider",
                             "run HSM Workbench as a user who may write SoftHSM2's token folder, or point "
                             "SOFTHSM2_CONF at a configuration whose directories.tokendir is writable. "
                             "Nothing was changed.")),
            SoftcardProblem::ConfigNotWritable};
}

} // namespace

SoftcardResult<SoftHsmConfig> resolveSoftHsmConfig(const QString& explicitPath) {
    SoftHsmConfig config;
    if (!explicitPath.isEmpty()) {
        config.path = explicitPath;
        config.source = QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", "chosen");
    } else if (const QString env = qEnvironmentVariable("SOFTHSM2_CONF"); !env.isEmpty()) {
        config.path = env;
        config.source = QStringLiteral("SOFTHSM2_CONF");
    } else if (const QString user = QDir::homePath() + QStringLiteral("/.config/softhsm2/softhsm2.conf");
               QFileInfo::exists(user)) {
        config.path = user;
        config.source = QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", "user configuration");
    } else {
        config.path = QStringLiteral("/etc/softhsm/softhsm2.conf");
        config.source = QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", "default");
    }
    QFile file(config.path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return notWritable(
            QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", "cannot read %1 (%2): %3")
                .arg(config.path, config.source, file.errorString()));
    static const QRegularExpression tokenDirRe(
        QStringLiteral("^\\s*directories\\.tokendir\\s*=\\s*(.*?)\\s*$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (const auto m = tokenDirRe.match(line); m.hasMatch())
            config.tokenDir = m.captured(1);
    }
    return config;
}

SoftcardResult<void> checkSoftHsmConfigWritable(const SoftHsmConfig& config) {
    auto fail = [](const QString& message) -> SoftcardResult<void> {
        auto r = notWritable(message);
        return {r.error(), r.problem()};
    };
    if (config.tokenDir.isEmpty())
        return fail(
            QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider", "%1 sets no directories.tokendir")
                .arg(config.path));
    const QFileInfo dir(config.tokenDir);
    if (!dir.exists())
        return fail(QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider",
                                                "the token folder %1 (from %2) does not exist")
                        .arg(config.tokenDir, config.path));
    if (!dir.isDir())
        return fail(QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider",
                                                "the token folder %1 (from %2) is not a folder")
                        .arg(config.tokenDir, config.path));
    const QByteArray native = QFile::encodeName(config.tokenDir);
    if (::access(native.constData(), W_OK | X_OK) != 0) {
        const int err = errno;
        return fail(QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider",
                                                "the token folder %1 (from %2) cannot be written: %3")
                        .arg(config.tokenDir, config.path, QString::fromLocal8Bit(std::strerror(err))));
    }
    // Mode bits are not the whole story (immutable folders, read-only mounts): try it.
    QTemporaryFile probe(QDir(config.tokenDir).filePath(QStringLiteral(".hsmwb-probe-XXXXXX")));
    if (!probe.open())
        return fail(QCoreApplication::translate("hsm::SoftHsm2SoftcardProvider",
                                                "the token folder %1 (from %2) cannot be written: %3")
                        .arg(config.tokenDir, config.path, probe.errorString()));
    return {};
}

SoftHsm2SoftcardProvider::SoftHsm2SoftcardProvider(std::shared_ptr<Module> module, QString configPath,
                                                   QString utilPath, int timeoutMs)
    : GenericSoftcardProvider(std::move(module)), m_configPath(std::move(configPath)),
      m_utilPath(utilPath.isEmpty() ? QStringLiteral("softhsm2-util") : std::move(utilPath)),
      m_timeoutMs(timeoutMs) {}

QString SoftHsm2SoftcardProvider::location() const {
    const auto config = resolveSoftHsmConfig(m_configPath);
    if (!config)
        return config.error().message;
    return tr("SoftHSM2 configuration %1 (%2), token folder %3")
        .arg(config->path, config->source, config->tokenDir.isEmpty() ? tr("not set") : config->tokenDir);
}

SoftcardResult<SoftHsmConfig> SoftHsm2SoftcardProvider::writableConfig(const QString& call) const {
    auto config = resolveSoftHsmConfig(m_configPath);
    if (!config)
        return config;
    if (auto writable = checkSoftHsmConfigWritable(*config); !writable) {
        Error e = writable.error();
        e.call = call;
        return {e, writable.problem()};
    }
    return config;
}

SoftcardResult<void> SoftHsm2SoftcardProvider::checkBeforeCreate() {
    auto config = writableConfig(QStringLiteral("C_InitToken"));
    if (!config)
        return {config.error(), config.problem()};
    return {};
}

SoftcardResult<void> SoftHsm2SoftcardProvider::remove(const Softcard& softcard) {
    const QString call = QStringLiteral("softhsm2-util --delete-token --serial %1").arg(softcard.serial);
    static const QRegularExpression serialRe(QStringLiteral("^[0-9A-Za-z]{1,16}$"));
    if (!serialRe.match(softcard.serial).hasMatch())
        return {Error::other(call, tr("“%1” is not a SoftHSM2 token serial").arg(softcard.serial),
                             tr("choose a token from the list.")),
                SoftcardProblem::InvalidInput};
    auto config = writableConfig(call);
    if (!config)
        return {config.error(), config.problem()};

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), config->path); // exactly the configuration we checked
    const ToolRun run =
        runTool(m_utilPath, {QStringLiteral("--delete-token"), QStringLiteral("--serial"), softcard.serial},
                m_timeoutMs, nullptr, env);
    switch (run.end) {
    case ToolRun::End::NotFound:
    case ToolRun::End::FailedToStart:
        return {Error::other(call, tr("softhsm2-util could not be started: %1").arg(run.startError),
                             tr("install SoftHSM2's tools (package softhsm2).")),
                SoftcardProblem::ToolMissing};
    case ToolRun::End::TimedOut:
        return {Error::other(
                    call, tr("softhsm2-util did not finish in %1 s and was stopped").arg(m_timeoutMs / 1000)),
                SoftcardProblem::ToolTimeout};
    case ToolRun::End::Crashed:
        return {Error::other(call, tr("softhsm2-util crashed: %1").arg(run.text())),
                SoftcardProblem::ToolFailed};
    case ToolRun::End::Finished:
        break;
    }
    if (run.exitCode != 0) {
        const QString text = run.text();
        const bool unknown = text.contains(QLatin1String("Could not find"), Qt::CaseInsensitive);
        return {Error::other(call, tr("softhsm2-util failed (exit code %1): %2").arg(run.exitCode).arg(text),
                             unknown
                                 ? tr("refresh the list: the token may be gone already.")
                                 : tr("see softhsm2-util's message; configuration %1.").arg(config->path)),
                unknown ? SoftcardProblem::UnknownSoftcard : SoftcardProblem::ToolFailed};
    }
    return {};
}

} // namespace hsm
