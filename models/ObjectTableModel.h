#pragma once

#include "RecordTableModel.h"
#include "Result.h"
#include "Types.h"

#include <vector>

namespace hsm {

/// The objects of one token, one row each. Rows arrive in batches from TokenWorker::objectsBatch
/// and are inserted per batch, so the first rows show while the listing still runs.
class ObjectTableModel : public RecordTableModel<ObjectSummary, std::vector<ObjectSummary>> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectTableModel)
public:
    enum Column {
        ClassColumn,
        LabelColumn,
        IdColumn,
        TypeColumn,
        SizeColumn,
        TokenColumn,
        PrivateColumn,
        ModifiableColumn,
        SensitiveColumn,
        ExtractableColumn,
        SubjectColumn,
        IssuerColumn,
        SerialColumn,
        ExpiryColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        HandleRole = Qt::UserRole, ///< qulonglong CK_OBJECT_HANDLE (valid in the listing session only)
        UriRole,                   ///< QString pkcs11: URI
        SummaryRole,               ///< hsm::ObjectSummary
        ClassRole,                 ///< qulonglong CK_OBJECT_CLASS
        SortRole,                  ///< raw value of the column, for sorting
        IdHexRole,                 ///< QString lower-case hex ID (any column)
        SubjectRole,               ///< QString certificate subject (any column)
        LabelRole,                 ///< QString label (any column)
    };
    enum class State { Empty, Listing, Ready, Failed, TokenRemoved };
    Q_ENUM(State)

    explicit ObjectTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const ObjectSummary& object(int row) const { return recordAt(row); }
    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Error& lastError() const { return m_error; }

    /// Empties the table and waits for the listing `generation`; batches of other generations are dropped.
    void startListing(quint64 generation);
    /// Rows of listing `generation`. Older generations are ignored; a newer one replaces the rows.
    void appendObjects(quint64 generation, const QList<hsm::ObjectSummary>& batch);
    /// Rows without a generation (the caller filtered them).
    void appendObjects(const QList<hsm::ObjectSummary>& batch);
    void finishListing(quint64 generation, int count, bool ok, const hsm::Error& error);
    void clear();
    /// The token is gone: its handles mean nothing now, so the rows go too.
    void markTokenRemoved();

signals:
    void stateChanged(hsm::ObjectTableModel::State state);

private:
    void setState(State state);
    QVariant displayData(const ObjectSummary& object, int column) const;
    QVariant sortData(const ObjectSummary& object, int column) const;

    quint64 m_generation = 0;
    State m_state = State::Empty;
    Error m_error;
};

} // namespace hsm
