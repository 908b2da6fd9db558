#pragma once

#include "LoginDialog.h"
#include "Result.h"
#include "StartupModules.h"
#include "Types.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QModelIndex;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace hsm {

class AttributeModel;
class CallTrace;
class LogDock;
class MechanismModel;
class ModuleManager;
class ModuleTreeModel;
class ObjectFilterProxy;
class ObjectTableModel;
class TokenInfoWidget;
class TokenWorker;
class WindowContext;

/// The main window: module tree on the left; Objects, Mechanisms and Token tabs in the centre;
/// attribute inspector on the right; log dock at the bottom. Every module call goes through the
/// ModuleManager and the selected token's TokenWorker; results arrive as queued signals.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Asks for a login; nullopt when cancelled. Replaceable so tests can answer without a dialog.
    using PinPrompt = std::function<std::optional<LoginRequest>(QWidget* parent, const TokenInfo& token)>;

    MainWindow(ModuleManager* manager, CallTrace* trace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setPinPrompt(PinPrompt prompt) { m_pinPrompt = std::move(prompt); }
    /// Opens the modules of the start plan (not remembered again), or shows its hint.
    void openStartupModules(const StartupModules::Plan& plan);
    /// Loads a module the user chose; remembered in the settings once it loaded.
    void addUserModule(const QString& pathOrName);

    /// The token whose objects are shown, if any.
    [[nodiscard]] std::optional<TokenInfo> currentToken() const { return m_token; }
    /// The last error shown to the user (status bar and message box), for tests.
    [[nodiscard]] QString lastErrorText() const { return m_lastError; }

    // Actions, reachable from menus, the toolbar and shortcuts.
    void showAddModuleDialog();
    void refresh();
    void logIn();
    void logOut();
    void copyUri();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    class Context; // the WindowContext the feature controllers get
    friend class Context;
    /// Creates the feature controllers (key generation, object, token and softcard management).
    void installFeatures();

    void createActions();
    void createMenus();
    void createCentre();
    void createDocks();
    void connectManager();

    void onTreeCurrentChanged(const QModelIndex& current);
    void selectToken(const QString& modulePath, CK_SLOT_ID slot);
    void clearTokenViews();
    void connectWorker(TokenWorker* worker);
    void listObjects();
    void fitObjectColumns();
    void onObjectCurrentChanged(const QModelIndex& current);
    void selectFirstTokenIfNone();
    void updateActions();
    void showBanner(const QString& text);
    void setListing(bool running, int count = 0);
    void showError(const QString& context, const Error& error);

    ModuleManager* m_manager;
    CallTrace* m_trace;
    PinPrompt m_pinPrompt;

    // Models
    ModuleTreeModel* m_treeModel = nullptr;
    ObjectTableModel* m_objectModel = nullptr;
    ObjectFilterProxy* m_objectProxy = nullptr;
    AttributeModel* m_attributeModel = nullptr;
    MechanismModel* m_mechanismModel = nullptr;

    // Widgets
    QTreeView* m_tree = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_classFilter = nullptr;
    QTableView* m_objectTable = nullptr;
    QTableView* m_mechanismTable = nullptr;
    TokenInfoWidget* m_tokenInfo = nullptr;
    QTableView* m_attributeTable = nullptr;
    QLabel* m_inspectorTitle = nullptr;
    LogDock* m_logDock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_listingLabel = nullptr;
    QPointer<QMessageBox> m_errorBox;
    QMenu* m_moduleMenu = nullptr;
    QMenu* m_tokenMenu = nullptr;
    QMenu* m_objectMenu = nullptr;
    QMenu* m_certificateMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    Context* m_context = nullptr;

    // Actions
    QAction* m_addModuleAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_loginAction = nullptr;
    QAction* m_logoutAction = nullptr;
    QAction* m_copyUriAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;

    // The selected token
    QString m_modulePath;
    CK_SLOT_ID m_slot = 0;
    std::optional<TokenInfo> m_token;
    QPointer<TokenWorker> m_worker;
    quint64 m_generation = 0;
    bool m_listing = false;
    int m_listedCount = 0;
    std::optional<CK_OBJECT_HANDLE> m_inspected;
    int m_treeRemoving = 0;        ///< > 0 while the tree model removes rows
    bool m_uriFromObjects = false; ///< the object table had focus after the tree

    QSet<QString> m_userRequested; ///< modules the user added, remembered once loaded
    QString m_lastError;
};

} // namespace hsm
