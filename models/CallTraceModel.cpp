#include "CallTraceModel.h"

#include "CallTrace.h"
#include "Formatting.h"
#include "Pkcs11Names.h"

namespace hsm {

CallTraceModel::CallTraceModel(CallTrace* trace, QObject* parent, int capacity)
    : RingBufferTableModel(ColumnCount, capacity, parent) {
    if (trace == nullptr)
        return;
    // Calls are recorded on worker threads: queued, so rows change on this model's thread only.
    connect(trace, &CallTrace::recorded, this, &CallTraceModel::append, Qt::QueuedConnection);
    const QList<CallRecord> existing = trace->snapshot();
    const qsizetype keep = qMin<qsizetype>(existing.size(), this->capacity());
    resetRecords(std::deque<CallRecord>(existing.end() - keep, existing.end()));
}

QVariant CallTraceModel::data(const QModelIndex& index, int role) const {
    const CallRecord* found = recordOf(index);
    if (found == nullptr)
        return {};
    const CallRecord& r = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return format::timeOfDay(r.time);
        case ModuleColumn:
            return r.module;
        case FunctionColumn:
            return r.function;
        case SlotColumn:
            return r.slot ? QString::number(*r.slot) : QString();
        case SessionColumn:
            return r.session ? QString::number(*r.session) : QString();
        case ResultColumn:
            return names::rv(r.rv);
        case DurationColumn:
            return format::durationMicros(r.durationNs);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RvRole:
        return QVariant::fromValue<qulonglong>(r.rv);
    case DurationNsRole:
        return QVariant::fromValue<qlonglong>(r.durationNs);
    case FailedRole:
        return r.rv != CKR_OK;
    case RecordRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QVariant CallTraceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ModuleColumn:
        return tr("Module");
    case FunctionColumn:
        return tr("Function");
    case SlotColumn:
        return tr("Slot");
    case SessionColumn:
        return tr("Session");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration (µs)");
    default:
        return {};
    }
}

} // namespace hsm
