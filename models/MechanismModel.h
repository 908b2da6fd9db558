#pragma once

#include "RecordTableModel.h"
#include "Types.h"

namespace hsm {

/// The mechanisms of a token with their CK_MECHANISM_INFO.
class MechanismModel : public RecordTableModel<MechanismInfo> {
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMechanisms(const QList<hsm::MechanismInfo>& mechanisms);
    void clear();
};

} // namespace hsm
