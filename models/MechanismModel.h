#pragma once

#include "Types.h"

#include <QAbstractTableModel>

namespace hsm {

/// The mechanisms of a token with their CK_MECHANISM_INFO.
class MechanismModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MechanismModel)
public:
    enum Column { NameColumn, CodeColumn, MinKeySizeColumn, MaxKeySizeColumn, FlagsColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TypeRole = Qt::UserRole, ///< qulonglong CK_MECHANISM_TYPE
        FlagsRole,               ///< qulonglong CK_FLAGS
        SortRole,                ///< raw value of the column
        MechanismRole,           ///< hsm::MechanismInfo
    };

    explicit MechanismModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMechanisms(const QList<hsm::MechanismInfo>& mechanisms);
    void clear();

private:
    QList<MechanismInfo> m_rows;
};

} // namespace hsm
