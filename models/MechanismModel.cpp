#include "MechanismModel.h"

#include "Formatting.h"
#include "Pkcs11Names.h"

namespace hsm {

MechanismModel::MechanismModel(QObject* parent) : RecordTableModel(ColumnCount, parent) {}

QVariant MechanismModel::data(const QModelIndex& index, int role) const {
    const MechanismInfo* found = recordOf(index);
    if (found == nullptr)
        return {};
    const MechanismInfo& m = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.name.isEmpty() ? names::mechanism(m.type) : m.name;
        case CodeColumn:
            return format::mechanismCode(m.type);
        case MinKeySizeColumn:
            return QString::number(m.minKeySize);
        case MaxKeySizeColumn:
            return QString::number(m.maxKeySize);
        case FlagsColumn:
            return format::flags(names::mechanismFlags(m.flags));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == MinKeySizeColumn || index.column() == MaxKeySizeColumn)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return m.name.isEmpty() ? names::mechanism(m.type) : m.name;
        case CodeColumn:
            return QVariant::fromValue<qulonglong>(m.type);
        case MinKeySizeColumn:
            return QVariant::fromValue<qulonglong>(m.minKeySize);
        case MaxKeySizeColumn:
            return QVariant::fromValue<qulonglong>(m.maxKeySize);
        case FlagsColumn:
            return QVariant::fromValue<qulonglong>(m.flags);
        default:
            return {};
        }
    case TypeRole:
        return QVariant::fromValue<qulonglong>(m.type);
    case FlagsRole:
        return QVariant::fromValue<qulonglong>(m.flags);
    case MechanismRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QVariant MechanismModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Mechanism");
    case CodeColumn:
        return tr("Code");
    case MinKeySizeColumn:
        return tr("Min key size");
    case MaxKeySizeColumn:
        return tr("Max key size");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

void MechanismModel::setMechanisms(const QList<MechanismInfo>& mechanisms) {
    resetRecords(mechanisms);
}

void MechanismModel::clear() {
    if (!records().isEmpty())
        resetRecords({});
}

} // namespace hsm
