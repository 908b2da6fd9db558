#pragma once

#include "RingBufferTableModel.h"
#include "Types.h"

namespace hsm {

class CallTrace;

/// The latest PKCS#11 calls (ring buffer, newest last), fed by CallTrace::recorded (queued).
class CallTraceModel : public RingBufferTableModel<CallRecord> {
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const CallRecord& record(int row) const { return recordAt(row); }
};

} // namespace hsm
