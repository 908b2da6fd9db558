#pragma once

#include "RecordTableModel.h"
#include "SoftcardProvider.h"

#include <QObject>

namespace hsm {

/// The softcards a provider listed: one row each (name, ID, serial/slot, keys, state).
class SoftcardModel : public RecordTableModel<Softcard> {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, SlotColumn, KeysColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, ///< Softcard::id
        NameRole,
        SerialRole,
        KeyCountRole, ///< int, -1 unknown
    };

    explicit SoftcardModel(QObject* parent = nullptr);

    void setSoftcards(QList<Softcard> softcards);
    void clear();
    [[nodiscard]] const Softcard& softcard(int row) const { return recordAt(row); }
    /// Row of the softcard with `id`, -1 when absent.
    [[nodiscard]] int rowOf(const QString& id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace hsm
