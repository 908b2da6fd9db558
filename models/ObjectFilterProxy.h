#pragma once

#include <QSortFilterProxyModel>
#include <optional>
#include <p11-kit/pkcs11.h>

namespace hsm {

/// Filters an ObjectTableModel by free text (label, hex ID, subject; case-insensitive) and by
/// object class, and sorts by the model's raw values (ObjectTableModel::SortRole).
class ObjectFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectFilterProxy)
public:
    explicit ObjectFilterProxy(QObject* parent = nullptr);

    [[nodiscard]] QString filterText() const { return m_text; }
    [[nodiscard]] std::optional<CK_OBJECT_CLASS> classFilter() const { return m_class; }

    void setFilterText(const QString& text);
    /// nullopt shows every class.
    void setClassFilter(std::optional<CK_OBJECT_CLASS> objectClass);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<CK_OBJECT_CLASS> m_class;
};

} // namespace hsm
