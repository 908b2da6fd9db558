#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;
class QToolBar;

namespace hsm {

/// An action with its icon, shortcut, tooltip (naming the shortcut, so keyboard users discover
/// it), status tip, object name (for tests) and accessible name (for buttons that show it).
[[nodiscard]] QAction* makeAction(QObject* parent, const QString& icon, const QString& text,
                                  const QKeySequence& shortcut, const QString& toolTip,
                                  const QString& objectName, const QString& accessibleName);

/// QAction has no accessible name of its own: it is kept on the action and given to every button
/// that shows the action.
void setActionAccessibleName(QAction* action, const QString& name);

/// Adds `action` to `toolBar` and gives its button the action's accessible name.
void addToToolBar(QToolBar* toolBar, QAction* action);

} // namespace hsm
