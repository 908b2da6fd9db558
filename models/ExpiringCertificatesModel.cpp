#include "ExpiringCertificatesModel.h"

#include "Formatting.h"

#include <algorithm>
#include <cmath>

namespace hsm {

namespace {

/// A colour for Qt::ForegroundRole without linking Qt Gui: QColor is converted from its name where
/// Qt Gui is loaded (any GUI); elsewhere the role stays empty.
QVariant colour(const char* name) {
    QVariant value(QString::fromLatin1(name));
    return value.convert(QMetaType(QMetaType::QColor)) ? value : QVariant();
}

} // namespace

ExpiringCertificatesModel::ExpiringCertificatesModel(QObject* parent) : QAbstractTableModel(parent) {}

int ExpiringCertificatesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ExpiringCertificatesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime ExpiringCertificatesModel::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int ExpiringCertificatesModel::daysLeft(const QDateTime& notAfter, const QDateTime& now) {
    const double seconds = static_cast<double>(now.secsTo(notAfter));
    return static_cast<int>(std::floor(seconds / 86400.0));
}

QVariant ExpiringCertificatesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_visible.at(index.row());
    const QDateTime current = now();
    const bool expired = e.notAfter < current;
    const int days = daysLeft(e.notAfter, current);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TokenColumn:
            return e.token;
        case LabelColumn:
            return e.label;
        case SubjectColumn:
            return e.subject;
        case NotAfterColumn:
            return format::dateTime(e.notAfter);
        case DaysLeftColumn:
            return expired ? tr("expired") : tr("%n day(s)", nullptr, days);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return expired ? tr("Expired on %1").arg(format::dateTime(e.notAfter))
                       : tr("Expires on %1, in %n day(s)", nullptr, days).arg(format::dateTime(e.notAfter));
    case Qt::ForegroundRole:
        return expired ? colour("#b00020") : QVariant();
    case NotAfterRole:
        return e.notAfter;
    case DaysLeftRole:
        return days;
    case ExpiredRole:
        return expired;
    case UriRole:
        return e.uri;
    default:
        return {};
    }
}

QVariant ExpiringCertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TokenColumn:
        return tr("Token");
    case LabelColumn:
        return tr("Label");
    case SubjectColumn:
        return tr("Subject");
    case NotAfterColumn:
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Days left");
    default:
        return {};
    }
}

void ExpiringCertificatesModel::setTokenCertificates(const QString& key, const QList<Entry>& entries) {
    m_all.removeIf([&](const std::pair<QString, Entry>& e) { return e.first == key; });
    for (const Entry& e : entries)
        if (e.notAfter.isValid())
            m_all << std::make_pair(key, e);
    refilter();
}

void ExpiringCertificatesModel::clear() {
    m_all.clear();
    refilter();
}

void ExpiringCertificatesModel::setDays(int days) {
    if (days == m_days)
        return;
    m_days = days;
    refilter();
}

void ExpiringCertificatesModel::setNow(const QDateTime& now) {
    m_now = now;
    refilter();
}

void ExpiringCertificatesModel::refilter() {
    // A full reset: the filter and the order can change every row at once.
    beginResetModel();
    const QDateTime limit = now().addDays(m_days);
    m_visible.clear();
    for (const auto& [key, e] : m_all)
        if (e.notAfter <= limit)
            m_visible << e;
    std::stable_sort(m_visible.begin(), m_visible.end(),
                     [](const Entry& a, const Entry& b) { return a.notAfter < b.notAfter; });
    endResetModel();
}

} // namespace hsm
