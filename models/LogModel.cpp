#include "LogModel.h"

#include "Formatting.h"

namespace hsm {

LogModel::LogModel(QObject* parent, int capacity, bool followHub)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {
    if (followHub)
        // Lines are logged on any thread, and the hub's sink holds its mutex while emitting:
        // queued, so the model changes on its own thread and a slot that logs cannot deadlock.
        connect(&LogHub::instance(), &LogHub::lineLogged, this, &LogModel::append, Qt::QueuedConnection);
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine& l = m_lines[static_cast<std::size_t>(index.row())];
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

void LogModel::append(const LogLine& line) {
    if (static_cast<int>(m_lines.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_lines.pop_front();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.push_back(line);
    endInsertRows();
}

void LogModel::clear() {
    if (m_lines.empty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_lines.size()) - 1);
    m_lines.clear();
    endRemoveRows();
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
