#pragma once

#include "Result.h"
#include "Types.h"

#include <QObject>
#include <optional>

class QAbstractItemView;
class QMenu;
class QTabWidget;
class QToolBar;
class QWidget;

namespace hsm {

class ModuleManager;
class TokenWorker;

/// What the main window offers the feature controllers (key generation, object management, token
/// and PIN management, softcards): the selected token and objects, its menus, and one place to
/// report errors. Controllers install their actions through it instead of growing MainWindow.
class WindowContext : public QObject {
    Q_OBJECT
public:
    enum class Menu { Module, Token, Object, Certificate };

    using QObject::QObject;

    [[nodiscard]] virtual QWidget* dialogParent() const = 0;
    [[nodiscard]] virtual ModuleManager* moduleManager() const = 0;
    /// The selected token's worker; null when no token is selected.
    [[nodiscard]] virtual TokenWorker* currentWorker() const = 0;
    [[nodiscard]] virtual std::optional<TokenInfo> currentToken() const = 0;
    [[nodiscard]] virtual QString currentModulePath() const = 0;
    [[nodiscard]] virtual std::optional<CK_SLOT_ID> currentSlot() const = 0;
    [[nodiscard]] virtual bool isLoggedIn() const = 0;
    /// The rows selected in the object table (source order). Handles belong to the worker's session.
    [[nodiscard]] virtual QList<ObjectSummary> selectedObjects() const = 0;
    /// Every object of the current listing, e.g. to find a private key's public key and certificate.
    [[nodiscard]] virtual QList<ObjectSummary> listedObjects() const = 0;

    [[nodiscard]] virtual QMenu* menu(Menu which) const = 0;
    [[nodiscard]] virtual QToolBar* toolBar() const = 0;
    /// The object table, for context-menu actions.
    [[nodiscard]] virtual QAbstractItemView* objectView() const = 0;
    [[nodiscard]] virtual QTabWidget* centreTabs() const = 0;

    /// Lists the current token's objects again (after a change).
    virtual void reloadObjects() = 0;
    /// Re-reads slots and tokens of the module at `path` (after a token was initialised or deleted).
    virtual void refreshModule(const QString& path) = 0;
    /// Shows an error: status bar and the one non-modal error box. `context` says what was attempted.
    virtual void showError(const QString& context, const Error& error) = 0;
    virtual void showStatus(const QString& text, int timeoutMs = 8000) = 0;

signals:
    /// Another token was selected, or none, or its login state changed: re-check what is enabled.
    void currentTokenChanged();
    /// The object table's selection changed.
    void selectionChanged();
    /// A listing of the current token finished.
    void objectsListed();
};

} // namespace hsm
