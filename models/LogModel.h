#pragma once

#include "Logging.h"
#include "RingBufferTableModel.h"

#include <QSortFilterProxyModel>

namespace hsm {

/// The latest log lines of the running app, newest last. A ring buffer: once full, each new line
/// removes the oldest row. Fed by LogHub through a queued connection.
class LogModel : public RingBufferTableModel<LogLine> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
public:
    enum Column { TimeColumn, LevelColumn, LoggerColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        LevelRole = Qt::UserRole, ///< int spdlog level
        TimeRole,                 ///< QDateTime
        LineRole,                 ///< hsm::LogLine
    };
    static constexpr int kDefaultCapacity = 5000;

    /// `followHub` false leaves the model unconnected (tests feed it with append()).
    explicit LogModel(QObject* parent = nullptr, int capacity = kDefaultCapacity, bool followHub = true);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const LogLine& line(int row) const { return recordAt(row); }
};

/// Shows lines at or above a minimum level.
class LogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxy)
public:
    explicit LogFilterProxy(QObject* parent = nullptr);
    [[nodiscard]] int minimumLevel() const { return m_minimumLevel; }
    void setMinimumLevel(int level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_minimumLevel = 0;
};

} // namespace hsm
