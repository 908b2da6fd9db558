#include "ActionSupport.h"

#include <QAction>
#include <QIcon>
#include <QToolBar>
#include <QVariant>
#include <QWidget>

namespace hsm {

QAction* makeAction(QObject* parent, const QString& icon, const QString& text, const QKeySequence& shortcut,
                    const QString& toolTip, const QString& objectName, const QString& accessibleName) {
    auto* action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty() ? toolTip
                                          : QStringLiteral("%1 (%2)").arg(
                                                toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    setActionAccessibleName(action, accessibleName);
    return action;
}

void setActionAccessibleName(QAction* action, const QString& name) {
    action->setProperty("accessibleName", name);
}

void addToToolBar(QToolBar* toolBar, QAction* action) {
    toolBar->addAction(action);
    if (QWidget* button = toolBar->widgetForAction(action))
        button->setAccessibleName(action->property("accessibleName").toString());
}

} // namespace hsm
