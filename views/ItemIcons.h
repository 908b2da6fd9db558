#pragma once

#include <QIcon>
#include <QStyledItemDelegate>
#include <functional>
#include <p11-kit/pkcs11.h>

namespace hsm {

/// Icons for PKCS#11 things. The models link Qt Core only and cannot hand out QIcons, so the views
/// add them when painting.
namespace icons {
[[nodiscard]] QIcon forObjectClass(CK_OBJECT_CLASS cls);
/// For a ModuleTreeModel row.
[[nodiscard]] QIcon forTreeRow(const QModelIndex& index);
} // namespace icons

/// Paints column 0 with an icon chosen from the index (for models that cannot provide one).
class IconDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using IconFor = std::function<QIcon(const QModelIndex&)>;
    IconDelegate(IconFor iconFor, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    IconFor m_iconFor;
};

} // namespace hsm
