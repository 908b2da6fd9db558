#include "AttributeModel.h"

namespace hsm {

AttributeModel::AttributeModel(QObject* parent) : RecordTableModel(ColumnCount, parent) {}

QString AttributeModel::stateText(AttributeValue::State state) {
    switch (state) {
    case AttributeValue::State::Present:
        return {};
    case AttributeValue::State::Sensitive:
        return tr("sensitive");
    case AttributeValue::State::Unavailable:
        return tr("unavailable");
    }
    return {};
}

QVariant AttributeModel::data(const QModelIndex& index, int role) const {
    const AttributeValue* found = recordOf(index);
    if (found == nullptr)
        return {};
    const AttributeValue& a = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case ValueColumn:
            // A withheld value says why instead of showing an empty cell.
            if (a.state != AttributeValue::State::Present && a.display.isEmpty())
                return stateText(a.state);
            return a.display;
        case StateColumn:
            return stateText(a.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && a.state == AttributeValue::State::Sensitive)
            return tr("The token does not reveal this value (CKR_ATTRIBUTE_SENSITIVE).");
        if (index.column() == ValueColumn)
            return a.display;
        return {};
    case TypeRole:
        return QVariant::fromValue<qulonglong>(a.type);
    case SensitiveRole:
        return a.state == AttributeValue::State::Sensitive;
    case StateRole:
        return static_cast<int>(a.state);
    case RawRole:
        return a.raw;
    case AttributeRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QVariant AttributeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Attribute");
    case ValueColumn:
        return tr("Value");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void AttributeModel::setAttributes(const QList<AttributeValue>& attributes) {
    resetRecords(attributes);
}

void AttributeModel::clear() {
    if (!records().isEmpty())
        resetRecords({});
}

} // namespace hsm
