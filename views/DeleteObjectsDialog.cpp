#include "DeleteObjectsDialog.h"

#include "ItemIcons.h"
#include "ObjectAdmin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

namespace {

void fill(QListWidget* list, const QList<ObjectSummary>& objects) {
    for (const ObjectSummary& object : objects) {
        auto* item = new QListWidgetItem(objects::describe(object), list);
        item->setToolTip(object.uri);
    }
    // Short lists need no scrolling; long ones stay within the screen.
    const int rows = std::min(static_cast<int>(objects.size()), 8);
    const int height = list->sizeHintForRow(0) * std::max(rows, 1) + 2 * list->frameWidth() + 4;
    list->setMinimumHeight(height);
    if (objects.size() <= 8)
        list->setMaximumHeight(height);
    // Wide enough for a 20-byte ID, so the user reads what goes without scrolling sideways.
    list->setMinimumWidth(std::min(list->sizeHintForColumn(0) + 2 * list->frameWidth() + 8, 900));
}

} // namespace

DeleteObjectsDialog::DeleteObjectsDialog(const QString& tokenLabel, const QList<ObjectSummary>& objects,
                                         const QList<ObjectSummary>& related, QWidget* parent)
    : QDialog(parent), m_objects(objects), m_related(related) {
    setObjectName(QStringLiteral("deleteObjectsDialog"));
    setWindowTitle(tr("Delete objects"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(tr("Delete %n object(s) from token “%1”? This cannot be undone.", nullptr,
                              static_cast<int>(objects.size()))
                               .arg(tokenLabel),
                           this);
    m_summary->setObjectName(QStringLiteral("deleteSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deleteList"));
    m_list->setAccessibleName(tr("Objects to delete"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    fill(m_list, objects);
    layout->addWidget(m_list);

    if (!related.isEmpty()) {
        m_withRelated =
            new QCheckBox(tr("Also delete the %n public key(s) and certificate(s) with the same ID:", nullptr,
                             static_cast<int>(related.size())),
                          this);
        m_withRelated->setObjectName(QStringLiteral("deleteRelatedCheck"));
        m_withRelated->setToolTip(tr("They belong to a private key you are deleting; without it they are of "
                                     "little use, but a certificate may still be needed elsewhere."));
        m_withRelated->setChecked(false);
        layout->addWidget(m_withRelated);
        m_relatedList = new QListWidget(this);
        m_relatedList->setObjectName(QStringLiteral("relatedList"));
        m_relatedList->setAccessibleName(tr("Related objects"));
        m_relatedList->setSelectionMode(QAbstractItemView::NoSelection);
        fill(m_relatedList, related);
        layout->addWidget(m_relatedList);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("deleteButtons"));
    m_deleteButton = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete the listed objects"));
    // Enter must not destroy keys: the safe button is the default.
    m_deleteButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<ObjectSummary> DeleteObjectsDialog::objectsToDelete() const {
    QList<ObjectSummary> all = m_objects;
    if (m_withRelated != nullptr && m_withRelated->isChecked())
        all << m_related;
    return all;
}

QString DeleteObjectsDialog::text() const {
    QStringList lines{m_summary->text()};
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    if (m_withRelated != nullptr) {
        lines << m_withRelated->text();
        for (int i = 0; i < m_relatedList->count(); ++i)
            lines << m_relatedList->item(i)->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hsm
