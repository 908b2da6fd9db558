#include "SoftcardModel.h"

namespace hsm {

SoftcardModel::SoftcardModel(QObject* parent) : RecordTableModel<Softcard>(ColumnCount, parent) {}

void SoftcardModel::setSoftcards(QList<Softcard> softcards) {
    resetRecords(std::move(softcards));
}

void SoftcardModel::clear() {
    removeAllRecords();
}

int SoftcardModel::rowOf(const QString& id) const {
    for (int row = 0; row < rowCount(); ++row)
        if (recordAt(row).id == id)
            return row;
    return -1;
}

QVariant SoftcardModel::data(const QModelIndex& index, int role) const {
    const Softcard* card = recordOf(index);
    if (card == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return card->name;
        case IdColumn:
            return card->id;
        case SlotColumn:
            return card->slot ? QVariant(QString::number(*card->slot)) : QVariant(QString());
        case KeysColumn:
            return card->keyCount < 0 ? QVariant(tr("unknown")) : QVariant(card->keyCount);
        case StateColumn:
            return card->state;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == KeysColumn || index.column() == SlotColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return card->id;
    case NameRole:
        return card->name;
    case SerialRole:
        return card->serial;
    case KeyCountRole:
        return card->keyCount;
    default:
        return {};
    }
}

QVariant SoftcardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID / serial");
    case SlotColumn:
        return tr("Slot");
    case KeysColumn:
        return tr("Keys");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace hsm
