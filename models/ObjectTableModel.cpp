#include "ObjectTableModel.h"

#include "Formatting.h"

namespace hsm {

namespace {

QVariant optionalBoolSort(std::optional<bool> value) {
    return value ? (*value ? 1 : 0) : -1;
}

} // namespace

ObjectTableModel::ObjectTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ObjectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObjectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectTableModel::displayData(const ObjectSummary& o, int column) const {
    switch (column) {
    case ClassColumn:
        return format::objectClass(o.objectClass);
    case LabelColumn:
        return o.label;
    case IdColumn:
        return format::hex(o.id);
    case TypeColumn:
        return format::objectType(o);
    case SizeColumn:
        return o.size;
    case TokenColumn:
        return format::yesNo(o.token);
    case PrivateColumn:
        return format::yesNo(o.isPrivate);
    case ModifiableColumn:
        return format::yesNo(o.modifiable);
    case SensitiveColumn:
        return format::yesNo(o.sensitive);
    case ExtractableColumn:
        return format::yesNo(o.extractable);
    case SubjectColumn:
        return o.subject;
    case IssuerColumn:
        return o.issuer;
    case SerialColumn:
        return o.serialNumber;
    case ExpiryColumn:
        return format::dateTime(o.notAfter);
    default:
        return {};
    }
}

QVariant ObjectTableModel::sortData(const ObjectSummary& o, int column) const {
    switch (column) {
    case ClassColumn:
        return QVariant::fromValue<qulonglong>(o.objectClass);
    case LabelColumn:
        return o.label;
    case IdColumn:
        return format::hex(o.id);
    case TypeColumn:
        // Keys before certificates; within each, the numeric CKK_/CKC_ value.
        if (o.keyType)
            return QVariant::fromValue<qlonglong>(static_cast<qlonglong>(*o.keyType));
        if (o.certificateType)
            return QVariant::fromValue<qlonglong>((1LL << 40) + static_cast<qlonglong>(*o.certificateType));
        return QVariant::fromValue<qlonglong>(-1);
    case SizeColumn:
        return QVariant::fromValue<qlonglong>(format::sizeSortKey(o.size));
    case TokenColumn:
        return optionalBoolSort(o.token);
    case PrivateColumn:
        return optionalBoolSort(o.isPrivate);
    case ModifiableColumn:
        return optionalBoolSort(o.modifiable);
    case SensitiveColumn:
        return optionalBoolSort(o.sensitive);
    case ExtractableColumn:
        return optionalBoolSort(o.extractable);
    case SubjectColumn:
        return o.subject;
    case IssuerColumn:
        return o.issuer;
    case SerialColumn:
        return o.serialNumber;
    case ExpiryColumn:
        return o.notAfter.isValid() ? QVariant(o.notAfter) : QVariant(QDateTime::fromSecsSinceEpoch(0));
    default:
        return {};
    }
}

QVariant ObjectTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectSummary& o = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn && !o.labelIsUtf8)
            return tr("The label is not valid UTF-8; raw bytes: %1").arg(format::hex(o.labelBytes));
        if (index.column() == LabelColumn || index.column() == SubjectColumn ||
            index.column() == IssuerColumn)
            return displayData(o, index.column());
        return {};
    case HandleRole:
        return QVariant::fromValue<qulonglong>(o.handle);
    case UriRole:
        return o.uri;
    case SummaryRole:
        return QVariant::fromValue(o);
    case ClassRole:
        return QVariant::fromValue<qulonglong>(o.objectClass);
    case SortRole:
        return sortData(o, index.column());
    case IdHexRole:
        return format::hex(o.id);
    case SubjectRole:
        return o.subject;
    case LabelRole:
        return o.label;
    default:
        return {};
    }
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case LabelColumn:
        return tr("Label");
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case TokenColumn:
        return tr("Token");
    case PrivateColumn:
        return tr("Private");
    case ModifiableColumn:
        return tr("Modifiable");
    case SensitiveColumn:
        return tr("Sensitive");
    case ExtractableColumn:
        return tr("Extractable");
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case SerialColumn:
        return tr("Serial");
    case ExpiryColumn:
        return tr("Expires");
    default:
        return {};
    }
}

void ObjectTableModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ObjectTableModel::startListing(quint64 generation) {
    clear();
    m_generation = generation;
    setState(State::Listing);
}

void ObjectTableModel::appendObjects(quint64 generation, const QList<ObjectSummary>& batch) {
    if (generation < m_generation)
        return;
    if (generation > m_generation)
        startListing(generation);
    appendObjects(batch);
}

void ObjectTableModel::appendObjects(const QList<ObjectSummary>& batch) {
    if (batch.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    // Copies share the batch's string data (implicit sharing), so a row costs little beyond
    // the strings the lister already made.
    m_rows.insert(m_rows.end(), batch.begin(), batch.end());
    endInsertRows();
    if (m_state == State::Empty)
        setState(State::Listing);
}

void ObjectTableModel::finishListing(quint64 generation, int, bool ok, const Error& error) {
    if (generation != m_generation)
        return;
    m_error = ok ? Error{} : error;
    setState(ok ? State::Ready : State::Failed);
}

void ObjectTableModel::clear() {
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        m_rows.shrink_to_fit();
        endRemoveRows();
    }
    m_error = Error{};
    setState(State::Empty);
}

void ObjectTableModel::markTokenRemoved() {
    clear();
    setState(State::TokenRemoved);
}

} // namespace hsm
