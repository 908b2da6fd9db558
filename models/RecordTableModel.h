#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <iterator>
#include <utility>

namespace hsm {

/// A flat table with one record per row. It owns the rows and does the row bookkeeping of
/// QAbstractTableModel (counts, begin/end signals), so a model over records only maps columns and
/// roles. No Q_OBJECT here: moc cannot process templates; the concrete models add their own.
template <typename Record, typename Container = QList<Record>>
class RecordTableModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    RecordTableModel(int columns, QObject* parent) : QAbstractTableModel(parent), m_columnCount(columns) {}

    [[nodiscard]] const Container& records() const { return m_records; }
    /// Bounds-checked like the container's at().
    [[nodiscard]] const Record& recordAt(int row) const {
        return m_records.at(static_cast<typename Container::size_type>(row));
    }
    /// The record behind `index`, or null when `index` is not a valid cell of this model.
    [[nodiscard]] const Record* recordOf(const QModelIndex& index) const {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_records[static_cast<typename Container::size_type>(index.row())];
    }

    /// Replaces all rows in one model reset.
    void resetRecords(Container records) {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    /// Appends [first, last) as new rows at the end.
    template <typename InputIt> void appendRecords(InputIt first, InputIt last) {
        if (first == last)
            return;
        const int row = static_cast<int>(m_records.size());
        beginInsertRows({}, row, row + static_cast<int>(std::distance(first, last)) - 1);
        m_records.insert(m_records.end(), first, last);
        endInsertRows();
    }
    void removeFirstRecords(int count) {
        if (count <= 0)
            return;
        beginRemoveRows({}, 0, count - 1);
        m_records.erase(m_records.begin(), m_records.begin() + count);
        endRemoveRows();
    }
    /// Removes every row (rowsRemoved, not a reset) and gives the storage back: a table can be large.
    void removeAllRecords() {
        if (m_records.empty())
            return;
        beginRemoveRows({}, 0, static_cast<int>(m_records.size()) - 1);
        m_records = Container();
        endRemoveRows();
    }

private:
    Container m_records;
    int m_columnCount;
};

} // namespace hsm
