#pragma once

#include "Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>

namespace spdlog {
class logger;
}

namespace hsm {

struct LogLine {
    QDateTime time;
    int level = 2; ///< spdlog::level::level_enum value (0 trace .. 5 critical)
    QString logger;
    QString text;
};

/// Fans spdlog messages out to Qt: an spdlog sink that emits lineLogged from whatever thread
/// logged; GUI receivers get them queued.
class LogHub : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogHub)
public:
    static LogHub& instance();
signals:
    void lineLogged(const hsm::LogLine& line);

private:
    LogHub() = default;
};

namespace logging {
/// Sets up the default logger: a rotating file in `logDir` (empty: no file) and the LogHub sink.
void init(const QString& logDir, int level = 2 /* info */);
void setLevel(int level);
[[nodiscard]] int level();
/// Logger for a component ("pkcs11", "gui", "cli").
[[nodiscard]] std::shared_ptr<spdlog::logger> get(const char* name);
/// The default folder for logs: <AppDataLocation>/logs.
[[nodiscard]] QString defaultLogDir();
/// Administrative changes (keys generated, objects deleted, tokens initialised, PINs changed,
/// softcards created): one line each in the "admin" channel, so the log is an audit trail. Never
/// pass a PIN or key value.
void adminChange(const QString& message);
/// A change that failed, with the error's one-line text.
void adminFailure(const QString& attempted, const Error& error);
} // namespace logging

} // namespace hsm

Q_DECLARE_METATYPE(hsm::LogLine)
