#pragma once

#include "Types.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace hsm {

class ModuleManager;

/// Modules → slots → tokens. Each slot has exactly one child: its token, or a "(no token)" row.
/// Fed by ModuleManager signals and updated in place (rows inserted/removed per slot change).
class ModuleTreeModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleTreeModel)
public:
    enum class Kind { Module, Slot, Token, NoToken };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole, ///< Kind as int
        ModulePathRole,          ///< QString, on every row
        SlotIdRole,              ///< qulonglong, on slot, token and no-token rows
        TokenUriRole,            ///< QString pkcs11: URI, on slot and token rows with a token
        TokenInfoRole,           ///< hsm::TokenInfo, on slot and token rows with a token
        TokenPresentRole,        ///< bool, on slot and token rows
        SlotInfoRole,            ///< hsm::SlotInfo, on slot and token rows
        ModuleInfoRole,          ///< hsm::ModuleInfo, on module rows
    };

    /// `manager` may be null (tests feed the slots directly).
    explicit ModuleTreeModel(ModuleManager* manager, QObject* parent = nullptr);
    ~ModuleTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The module row for `path`; invalid when not shown.
    [[nodiscard]] QModelIndex moduleIndex(const QString& path) const;
    /// The slot row; invalid when not shown.
    [[nodiscard]] QModelIndex slotIndex(const QString& path, CK_SLOT_ID slot) const;

    void addModule(const hsm::ModuleInfo& module, const QList<hsm::SlotInfo>& slotInfos);
    void updateSlots(const QString& path, const QList<hsm::SlotInfo>& slotInfos);
    void removeModule(const QString& path);
    /// Shows the slot as empty at once; the slot list that follows confirms it.
    void markTokenRemoved(const QString& path, CK_SLOT_ID slot);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    Node* findModule(const QString& path) const;
    static std::unique_ptr<Node> makeSlot(Node* module, const SlotInfo& slot);
    void setSlot(Node* slotNode, const SlotInfo& slot);

    std::unique_ptr<Node> m_root;
    QPointer<ModuleManager> m_manager;
};

} // namespace hsm
