#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <chrono>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace hsm {

LogHub& LogHub::instance() {
    // Never destroyed: spdlog may still log from its own teardown after static destructors ran.
    static LogHub* hub = new LogHub;
    return *hub;
}

namespace {

/// Turns every spdlog message into LogHub::lineLogged, on the thread that logged.
class HubSink final : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        LogLine line;
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
        line.time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms));
        line.level = static_cast<int>(msg.level);
        line.logger =
            QString::fromUtf8(msg.logger_name.data(), static_cast<qsizetype>(msg.logger_name.size()));
        line.text = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        emit LogHub::instance().lineLogged(line);
    }
    void flush_() override {}
};

constexpr std::size_t kMaxFileSize = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;
const char* const kDefaultLogger = "hsmwb";

std::mutex g_mutex; // guards g_sinks and logger creation
std::vector<spdlog::sink_ptr> g_sinks;
bool g_initialized = false;
int g_level = spdlog::level::info;

spdlog::level::level_enum toSpdlog(int level) {
    return static_cast<spdlog::level::level_enum>(qBound(0, level, static_cast<int>(spdlog::level::off)));
}

std::shared_ptr<spdlog::logger> makeLogger(const std::string& name) {
    auto logger = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    logger->set_level(toSpdlog(g_level));
    // Warnings and worse reach the file at once; the rest is flushed by spdlog's buffer policy.
    logger->flush_on(spdlog::level::warn);
    return logger;
}

/// Sets up the sinks once with no file, for code that logs before (or without) init().
void ensureInitializedLocked() {
    if (g_initialized)
        return;
    g_sinks = {std::make_shared<HubSink>()};
    auto logger = makeLogger(kDefaultLogger);
    spdlog::set_default_logger(logger);
    g_initialized = true;
}

} // namespace

namespace logging {

void init(const QString& logDir, int level) {
    std::lock_guard lock(g_mutex);
    g_level = level;
    std::vector<spdlog::sink_ptr> sinks{std::make_shared<HubSink>()};
    QString fileError;
    if (!logDir.isEmpty()) {
        if (QDir().mkpath(logDir)) {
            try {
                const QString file = QDir(logDir).filePath(QStringLiteral("hsm-workbench.log"));
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    file.toStdString(), kMaxFileSize, kMaxFiles));
            } catch (const spdlog::spdlog_ex& e) {
                fileError = QString::fromUtf8(e.what());
            }
        } else {
            fileError = QStringLiteral("cannot create %1").arg(logDir);
        }
    }
    g_sinks = std::move(sinks);
    // Loggers handed out earlier keep working and now write to the new sinks too.
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) {
        logger->sinks() = g_sinks;
        logger->set_level(toSpdlog(g_level));
    });
    if (!spdlog::get(kDefaultLogger)) {
        auto logger = makeLogger(kDefaultLogger);
        spdlog::register_logger(logger);
        spdlog::set_default_logger(logger);
    } else {
        spdlog::set_default_logger(spdlog::get(kDefaultLogger));
    }
    g_initialized = true;
    if (!fileError.isEmpty())
        spdlog::warn("log file not written: {}", fileError.toStdString());
}

void setLevel(int level) {
    std::lock_guard lock(g_mutex);
    g_level = level;
    spdlog::set_level(toSpdlog(level));
}

int level() {
    std::lock_guard lock(g_mutex);
    return g_level;
}

std::shared_ptr<spdlog::logger> get(const char* name) {
    std::lock_guard lock(g_mutex);
    ensureInitializedLocked();
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = makeLogger(name);
    spdlog::register_logger(logger);
    return logger;
}

QString defaultLogDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

void adminChange(const QString& message) {
    get("admin")->info(message.toStdString());
}

void adminFailure(const QString& attempted, const Error& error) {
    get("admin")->warn("{} failed: {}", attempted.toStdString(), error.text().toStdString());
}

} // namespace logging

} // namespace hsm
