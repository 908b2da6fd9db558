#include "ObjectFilterProxy.h"

#include "ObjectTableModel.h"

namespace hsm {

ObjectFilterProxy::ObjectFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ObjectTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Batches keep arriving while the user filters and sorts: keep both live.
    setDynamicSortFilter(true);
}

void ObjectFilterProxy::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ObjectFilterProxy::setClassFilter(std::optional<CK_OBJECT_CLASS> objectClass) {
    if (objectClass == m_class)
        return;
    m_class = objectClass;
    invalidateRowsFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_class && index.data(ObjectTableModel::ClassRole).toULongLong() != *m_class)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role :
         {ObjectTableModel::LabelRole, ObjectTableModel::IdHexRole, ObjectTableModel::SubjectRole})
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace hsm
