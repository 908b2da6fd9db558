#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <deque>

namespace hsm {

class CallTrace;

/// The latest PKCS#11 calls (ring buffer, newest last), fed by CallTrace::recorded (queued).
class CallTraceModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallTraceModel)
public:
    enum Column {
        TimeColumn,
        ModuleColumn,
        FunctionColumn,
        SlotColumn,
        SessionColumn,
        ResultColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RvRole = Qt::UserRole, ///< qulonglong CK_RV
        DurationNsRole,        ///< qlonglong
        FailedRole,            ///< bool: rv != CKR_OK
        RecordRole,            ///< hsm::CallRecord
    };
    static constexpr int kDefaultCapacity = 5000;

    /// Shows what `trace` already holds (newest `capacity`) and follows it; `trace` may be null.
    explicit CallTraceModel(CallTrace* trace, QObject* parent = nullptr, int capacity = kDefaultCapacity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] const CallRecord& record(int row) const {
        return m_records.at(static_cast<std::size_t>(row));
    }

    void append(const hsm::CallRecord& record);
    void clear();

private:
    std::deque<CallRecord> m_records;
    int m_capacity;
};

} // namespace hsm
