#include "LogModel.h"

#include "Formatting.h"

namespace hsm {

LogModel::LogModel(QObject* parent, int capacity, bool followHub)
    : RingBufferTableModel(ColumnCount, capacity, parent) {
    if (followHub)
        // Lines are logged on any thread, and the hub's sink holds its mutex while emitting:
        // queued, so the model changes on its own thread and a slot that logs cannot deadlock.
        connect(&LogHub::instance(), &LogHub::lineLogged, this, &LogModel::append, Qt::QueuedConnection);
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    const LogLine* found = recordOf(index);
    if (found == nullptr)
        return {};
    const LogLine& l = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return format::timeOfDay(l.time);
        case LevelColumn:
            return format::logLevel(l.level);
        case LoggerColumn:
            return l.logger;
        case TextColumn:
            return l.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(l.text) : QVariant(format::dateTime(l.time));
    case LevelRole:
        return l.level;
    case TimeRole:
        return l.time;
    case LineRole:
        return QVariant::fromValue(l);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case LoggerColumn:
        return tr("Source");
    case TextColumn:
        return tr("Message");
    default:
        return {};
    }
}

LogFilterProxy::LogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void LogFilterProxy::setMinimumLevel(int level) {
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LogModel::LevelRole).toInt() >= m_minimumLevel;
}

} // namespace hsm
