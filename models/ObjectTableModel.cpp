#include "ObjectTableModel.h"

#include "Formatting.h"

namespace hsm {

namespace {

QVariant optionalBoolSort(std::optional<bool> value) {
    return value ? (*value ? 1 : 0) : -1;
}

/// Certificates expiring within this many days are marked in the Expires column.
constexpr int kExpiringSoonDays = 30;

/// A colour for Qt::ForegroundRole without linking Qt Gui: QColor is converted from its name where
/// Qt Gui is loaded (any GUI); elsewhere the role stays empty.
QVariant colour(const char* name) {
    QVariant value(QString::fromLatin1(name));
    return value.convert(QMetaType(QMetaType::QColor)) ? value : QVariant();
}

enum class Expiry { None, Valid, Soon, Expired };

Expiry expiryOf(const ObjectSummary& o, const QDateTime& now) {
    if (!o.notAfter.isValid())
        return Expiry::None;
    if (o.notAfter < now)
        return Expiry::Expired;
    return o.notAfter <= now.addDays(kExpiringSoonDays) ? Expiry::Soon : Expiry::Valid;
}

} // namespace

ObjectTableModel::ObjectTableModel(QObject* parent) : RecordTableModel(ColumnCount, parent) {}

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
    case ExpiryColumn:
        return o.notAfter.isValid() ? QVariant(o.notAfter) : QVariant(QDateTime::fromSecsSinceEpoch(0));
    case LabelColumn:
    case IdColumn:
    case SubjectColumn:
    case IssuerColumn:
    case SerialColumn:
        // Text columns sort by what they show.
        return displayData(o, column);
    default:
        return {};
    }
}

QVariant ObjectTableModel::data(const QModelIndex& index, int role) const {
    const ObjectSummary* found = recordOf(index);
    if (found == nullptr)
        return {};
    const ObjectSummary& o = *found;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn && !o.labelIsUtf8)
            return tr("The label is not valid UTF-8; raw bytes: %1").arg(format::hex(o.labelBytes));
        if (index.column() == LabelColumn || index.column() == SubjectColumn ||
            index.column() == IssuerColumn)
            return displayData(o, index.column());
        if (index.column() == ExpiryColumn) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            switch (expiryOf(o, now)) {
            case Expiry::Expired:
                return tr("Expired on %1").arg(format::dateTime(o.notAfter));
            case Expiry::Soon:
                return tr("Expires within %n day(s), on %1", nullptr,
                          static_cast<int>(now.daysTo(o.notAfter)))
                    .arg(format::dateTime(o.notAfter));
            case Expiry::Valid:
                return tr("Valid until %1").arg(format::dateTime(o.notAfter));
            case Expiry::None:
                break;
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ExpiryColumn) {
            // Expired in red, expiring within 30 days in amber.
            switch (expiryOf(o, QDateTime::currentDateTimeUtc())) {
            case Expiry::Expired:
                return colour("#b00020");
            case Expiry::Soon:
                return colour("#a05a00");
            case Expiry::Valid:
            case Expiry::None:
                break;
            }
        }
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
    // Copies share the batch's string data (implicit sharing), so a row costs little beyond
    // the strings the lister already made.
    appendRecords(batch.begin(), batch.end());
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
    removeAllRecords();
    m_error = Error{};
    setState(State::Empty);
}

void ObjectTableModel::markTokenRemoved() {
    clear();
    setState(State::TokenRemoved);
}

} // namespace hsm
