#pragma once

#include "RecordTableModel.h"
#include "Types.h"

namespace hsm {

/// The attributes of one object for the inspector: name, decoded value, state. Sensitive
/// attributes are rows of their own, shown as "sensitive" rather than as errors.
class AttributeModel : public RecordTableModel<AttributeValue> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeModel)
public:
    enum Column { NameColumn, ValueColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TypeRole = Qt::UserRole, ///< qulonglong CK_ATTRIBUTE_TYPE
        SensitiveRole,           ///< bool
        StateRole,               ///< int AttributeValue::State
        RawRole,                 ///< QByteArray (empty for sensitive / unavailable values)
        AttributeRole,           ///< hsm::AttributeValue
    };

    explicit AttributeModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAttributes(const QList<hsm::AttributeValue>& attributes);
    void clear();
    [[nodiscard]] const QList<AttributeValue>& attributes() const { return records(); }

    /// "sensitive" / "unavailable" / "" for the state column and withheld values.
    static QString stateText(AttributeValue::State state);
};

} // namespace hsm
