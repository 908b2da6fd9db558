#include "ItemIcons.h"

#include "ModuleTreeModel.h"
#include "ViewsResources.h"

namespace hsm {

namespace {
QIcon icon(const char* name) {
    initViewsResources();
    // Cached: QIcon over an SVG parses the file once per QIcon instance.
    static QHash<QString, QIcon> cache;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}
} // namespace

QIcon icons::forObjectClass(CK_OBJECT_CLASS cls) {
    switch (cls) {
    case CKO_CERTIFICATE:
        return icon("certificate");
    case CKO_PUBLIC_KEY:
        return icon("public-key");
    case CKO_PRIVATE_KEY:
        return icon("private-key");
    case CKO_SECRET_KEY:
        return icon("secret-key");
    default:
        return icon("data-object");
    }
}

QIcon icons::forTreeRow(const QModelIndex& index) {
    using Kind = ModuleTreeModel::Kind;
    switch (static_cast<Kind>(index.data(ModuleTreeModel::KindRole).toInt())) {
    case Kind::Module:
        return icon("module");
    case Kind::Slot:
        return icon("slot");
    case Kind::Token:
        return icon("token");
    case Kind::NoToken:
        return icon("token-absent");
    }
    return {};
}

IconDelegate::IconDelegate(IconFor iconFor, QObject* parent)
    : QStyledItemDelegate(parent), m_iconFor(std::move(iconFor)) {}

void IconDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0 || !m_iconFor)
        return;
    const QIcon icon = m_iconFor(index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace hsm
