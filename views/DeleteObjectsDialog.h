#pragma once

#include "Types.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace hsm {

/// Confirms deleting objects: names every one (class, label, ID), says it cannot be undone, and
/// offers (unticked) the public keys and certificates that share a selected private key's ID.
class DeleteObjectsDialog : public QDialog {
    Q_OBJECT
public:
    DeleteObjectsDialog(const QString& tokenLabel, const QList<ObjectSummary>& objects,
                        const QList<ObjectSummary>& related, QWidget* parent = nullptr);

    /// The selected objects, plus the related ones when the box is ticked.
    [[nodiscard]] QList<ObjectSummary> objectsToDelete() const;
    /// Everything the dialog says, for tests and screen readers.
    [[nodiscard]] QString text() const;

private:
    QList<ObjectSummary> m_objects;
    QList<ObjectSummary> m_related;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QCheckBox* m_withRelated = nullptr;
    QListWidget* m_relatedList = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace hsm
