#include "ModuleTreeModel.h"

#include "Formatting.h"
#include "ModuleManager.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <algorithm>

namespace hsm {

struct ModuleTreeModel::Node {
    Kind kind = Kind::Module;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    ModuleInfo module; ///< module rows
    SlotInfo slot;     ///< slot, token and no-token rows

    [[nodiscard]] int row() const {
        if (parent == nullptr)
            return 0;
        const auto& siblings = parent->children;
        const auto it = std::find_if(siblings.begin(), siblings.end(),
                                     [this](const std::unique_ptr<Node>& n) { return n.get() == this; });
        return static_cast<int>(it - siblings.begin());
    }
    [[nodiscard]] const Node* moduleNode() const {
        const Node* n = this;
        while (n->kind != Kind::Module && n->parent != nullptr)
            n = n->parent;
        return n;
    }
};

ModuleTreeModel::ModuleTreeModel(ModuleManager* manager, QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()), m_manager(manager) {
    if (manager == nullptr)
        return;
    connect(manager, &ModuleManager::moduleLoaded, this, &ModuleTreeModel::addModule);
    connect(manager, &ModuleManager::slotsChanged, this, &ModuleTreeModel::updateSlots);
    connect(manager, &ModuleManager::moduleRemoved, this, &ModuleTreeModel::removeModule);
    connect(manager, &ModuleManager::tokenRemoved, this,
            [this](const QString& path, CK_SLOT_ID slot, const QString&) { markTokenRemoved(path, slot); });
    // Modules loaded before this model existed.
    for (const ModuleInfo& module : manager->modules())
        addModule(module, manager->slotList(module.path));
}

ModuleTreeModel::~ModuleTreeModel() = default;

ModuleTreeModel::Node* ModuleTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ModuleTreeModel::indexOf(Node* node, int column) const {
    if (node == nullptr || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex ModuleTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    const Node* p = nodeOf(parent);
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ModuleTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ModuleTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ModuleTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant ModuleTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const bool hasToken = node->kind != Kind::Module && node->slot.token.has_value();
    switch (role) {
    case KindRole:
        return static_cast<int>(node->kind);
    case ModulePathRole:
        return node->moduleNode()->module.path;
    case ModuleInfoRole:
        return node->kind == Kind::Module ? QVariant::fromValue(node->module) : QVariant();
    case SlotIdRole:
        return node->kind == Kind::Module ? QVariant() : QVariant::fromValue<qulonglong>(node->slot.id);
    case SlotInfoRole:
        return node->kind == Kind::Module ? QVariant() : QVariant::fromValue(node->slot);
    case TokenPresentRole:
        return node->kind == Kind::Module ? QVariant() : QVariant(hasToken);
    case TokenInfoRole:
        return hasToken ? QVariant::fromValue(*node->slot.token) : QVariant();
    case TokenUriRole:
        return hasToken ? QVariant(uri::forToken(*node->slot.token)) : QVariant();
    case Qt::DisplayRole:
        switch (node->kind) {
        case Kind::Module:
            return format::moduleTitle(node->module);
        case Kind::Slot:
            return format::slotTitle(node->slot);
        case Kind::Token:
            return format::tokenTitle(*node->slot.token);
        case Kind::NoToken:
            return tr("(no token)");
        }
        return {};
    case Qt::ToolTipRole:
        switch (node->kind) {
        case Kind::Module:
            return tr("%1\n%2 %3\nCryptoki %4")
                .arg(node->module.path, node->module.description, node->module.libraryVersion,
                     node->module.cryptokiVersion);
        case Kind::Slot:
            return tr("%1\nFlags: %2")
                .arg(node->slot.manufacturer, format::flags(names::slotFlags(node->slot.flags)));
        case Kind::Token: {
            const TokenInfo& t = *node->slot.token;
            return tr("%1 %2, serial %3\nFlags: %4")
                .arg(t.manufacturer, t.model, t.serial, format::flags(names::tokenFlags(t.flags)));
        }
        case Kind::NoToken:
            return tr("This slot holds no token.");
        }
        return {};
    default:
        return {};
    }
}

QVariant ModuleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Modules");
    return {};
}

QHash<int, QByteArray> ModuleTreeModel::roleNames() const {
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(KindRole, "kind");
    roles.insert(ModulePathRole, "modulePath");
    roles.insert(SlotIdRole, "slotId");
    roles.insert(TokenUriRole, "tokenUri");
    roles.insert(TokenInfoRole, "tokenInfo");
    roles.insert(TokenPresentRole, "tokenPresent");
    roles.insert(SlotInfoRole, "slotInfo");
    roles.insert(ModuleInfoRole, "moduleInfo");
    return roles;
}

ModuleTreeModel::Node* ModuleTreeModel::findModule(const QString& path) const {
    for (const auto& child : m_root->children)
        if (child->module.path == path)
            return child.get();
    return nullptr;
}

QModelIndex ModuleTreeModel::moduleIndex(const QString& path) const {
    return indexOf(findModule(path));
}

QModelIndex ModuleTreeModel::slotIndex(const QString& path, CK_SLOT_ID slot) const {
    Node* module = findModule(path);
    if (module == nullptr)
        return {};
    for (const auto& child : module->children)
        if (child->slot.id == slot)
            return indexOf(child.get());
    return {};
}

std::unique_ptr<ModuleTreeModel::Node> ModuleTreeModel::makeSlot(Node* module, const SlotInfo& slot) {
    auto node = std::make_unique<Node>();
    node->kind = Kind::Slot;
    node->parent = module;
    node->slot = slot;
    auto child = std::make_unique<Node>();
    child->kind = slot.token ? Kind::Token : Kind::NoToken;
    child->parent = node.get();
    child->slot = slot;
    node->children.push_back(std::move(child));
    return node;
}

void ModuleTreeModel::addModule(const ModuleInfo& module, const QList<SlotInfo>& slotInfos) {
    if (findModule(module.path) != nullptr) {
        updateSlots(module.path, slotInfos);
        return;
    }
    auto node = std::make_unique<Node>();
    node->kind = Kind::Module;
    node->parent = m_root.get();
    node->module = module;
    for (const SlotInfo& slot : slotInfos)
        node->children.push_back(makeSlot(node.get(), slot));
    const int row = static_cast<int>(m_root->children.size());
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(node));
    endInsertRows();
}

void ModuleTreeModel::setSlot(Node* slotNode, const SlotInfo& slot) {
    slotNode->slot = slot;
    Node* child = slotNode->children.front().get();
    child->kind = slot.token ? Kind::Token : Kind::NoToken;
    child->slot = slot;
    const QModelIndex slotIdx = indexOf(slotNode);
    emit dataChanged(slotIdx, slotIdx);
    const QModelIndex childIdx = indexOf(child);
    emit dataChanged(childIdx, childIdx);
}

void ModuleTreeModel::updateSlots(const QString& path, const QList<SlotInfo>& slotInfos) {
    Node* module = findModule(path);
    if (module == nullptr)
        return;
    const QModelIndex moduleIdx = indexOf(module);
    auto& rows = module->children;
    const auto wanted = [&](CK_SLOT_ID id) {
        return std::any_of(slotInfos.begin(), slotInfos.end(),
                           [id](const SlotInfo& s) { return s.id == id; });
    };
    // 1. Slots that are gone, from the bottom so row numbers stay valid.
    for (int row = static_cast<int>(rows.size()) - 1; row >= 0; --row) {
        if (wanted(rows[static_cast<std::size_t>(row)]->slot.id))
            continue;
        beginRemoveRows(moduleIdx, row, row);
        rows.erase(rows.begin() + row);
        endRemoveRows();
    }
    // 2. Walk the new order: update rows that are in place, insert new ones, and move any row that
    //    the module now lists elsewhere (remove + insert keeps this simple and correct).
    for (int i = 0; i < static_cast<int>(slotInfos.size()); ++i) {
        const SlotInfo& slot = slotInfos[i];
        const auto at = static_cast<std::size_t>(i);
        if (at < rows.size() && rows[at]->slot.id == slot.id) {
            setSlot(rows[at].get(), slot);
            continue;
        }
        for (int later = i + 1; later < static_cast<int>(rows.size()); ++later) {
            if (rows[static_cast<std::size_t>(later)]->slot.id != slot.id)
                continue;
            beginRemoveRows(moduleIdx, later, later);
            rows.erase(rows.begin() + later);
            endRemoveRows();
            break;
        }
        beginInsertRows(moduleIdx, i, i);
        rows.insert(rows.begin() + i, makeSlot(module, slot));
        endInsertRows();
    }
}

void ModuleTreeModel::removeModule(const QString& path) {
    Node* module = findModule(path);
    if (module == nullptr)
        return;
    const int row = module->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

void ModuleTreeModel::markTokenRemoved(const QString& path, CK_SLOT_ID slot) {
    const QModelIndex idx = slotIndex(path, slot);
    if (!idx.isValid())
        return;
    Node* slotNode = nodeOf(idx);
    SlotInfo empty = slotNode->slot;
    empty.token.reset();
    empty.flags &= ~static_cast<CK_FLAGS>(CKF_TOKEN_PRESENT);
    setSlot(slotNode, empty);
}

} // namespace hsm
