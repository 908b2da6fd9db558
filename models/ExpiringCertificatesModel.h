#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace hsm {

/// Certificates of all open tokens that expire within N days (expired ones included), soonest first.
/// Tokens answer one by one, so rows are added per token; the day limit filters without re-reading.
class ExpiringCertificatesModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiringCertificatesModel)
public:
    enum Column { TokenColumn, LabelColumn, SubjectColumn, NotAfterColumn, DaysLeftColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NotAfterRole = Qt::UserRole, ///< QDateTime (UTC)
        DaysLeftRole,                ///< int, negative once expired
        ExpiredRole,                 ///< bool
        UriRole,                     ///< QString pkcs11: URI of the certificate
    };

    struct Entry {
        QString token;
        QString label;
        QString subject;
        QDateTime notAfter;
        QString uri;
    };

    explicit ExpiringCertificatesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Adds the certificates of one token (replacing what the token with that `key` gave before; the
    /// key tells apart tokens that share a label, e.g. their URI).
    void setTokenCertificates(const QString& key, const QList<Entry>& entries);
    void clear();
    /// Rows expiring within `days` days of now (and every expired one).
    void setDays(int days);
    [[nodiscard]] int days() const { return m_days; }
    /// The time "now" is measured from; invalid = the current time. For tests.
    void setNow(const QDateTime& now);
    [[nodiscard]] const Entry& entry(int row) const { return m_visible.at(row); }
    /// Whole days from `now` to `notAfter`, rounded down; negative once expired.
    [[nodiscard]] static int daysLeft(const QDateTime& notAfter, const QDateTime& now);

private:
    void refilter();
    [[nodiscard]] QDateTime now() const;

    QList<std::pair<QString, Entry>> m_all; ///< token key, entry
    QList<Entry> m_visible;
    int m_days = 30;
    QDateTime m_now;
};

} // namespace hsm
