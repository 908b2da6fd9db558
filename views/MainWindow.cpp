#include "MainWindow.h"

#include "ActionSupport.h"
#include "AddModuleDialog.h"
#include "AttributeModel.h"
#include "BundleCheckController.h"
#include "CertificateController.h"
#include "ChainController.h"
#include "ImportController.h"
#include "ItemIcons.h"
#include "KeyGenController.h"
#include "LogDock.h"
#include "MechanismModel.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "ObjectActions.h"
#include "ObjectFilterProxy.h"
#include "ObjectTableModel.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"
#include "SoftcardController.h"
#include "TokenAdminController.h"
#include "TokenInfoWidget.h"
#include "TokenWorker.h"
#include "ViewsResources.h"
#include "WindowContext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace hsm {

namespace {

std::optional<LoginRequest> promptWithDialog(QWidget* parent, const TokenInfo& token) {
    LoginDialog dialog(token, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takeRequest();
}

} // namespace

/// The main window as the feature controllers see it.
class MainWindow::Context final : public WindowContext {
public:
    explicit Context(MainWindow* window) : WindowContext(window), m_window(window) {}

    QWidget* dialogParent() const override { return m_window; }
    ModuleManager* moduleManager() const override { return m_window->m_manager; }
    TokenWorker* currentWorker() const override {
        return m_window->m_token ? m_window->m_worker.data() : nullptr;
    }
    std::optional<TokenInfo> currentToken() const override { return m_window->m_token; }
    QString currentModulePath() const override { return m_window->m_modulePath; }
    std::optional<CK_SLOT_ID> currentSlot() const override {
        return m_window->m_token ? std::optional<CK_SLOT_ID>(m_window->m_slot) : std::nullopt;
    }
    bool isLoggedIn() const override {
        return currentWorker() != nullptr && m_window->m_worker->isLoggedIn();
    }

    QList<ObjectSummary> selectedObjects() const override {
        QList<ObjectSummary> objects;
        const QModelIndexList rows = m_window->m_objectTable->selectionModel()->selectedRows();
        QList<int> sourceRows;
        for (const QModelIndex& row : rows)
            sourceRows << m_window->m_objectProxy->mapToSource(row).row();
        std::sort(sourceRows.begin(), sourceRows.end());
        for (int row : sourceRows)
            objects << m_window->m_objectModel->object(row);
        return objects;
    }

    QList<ObjectSummary> listedObjects() const override {
        QList<ObjectSummary> objects;
        const int count = m_window->m_objectModel->rowCount();
        objects.reserve(count);
        for (int row = 0; row < count; ++row)
            objects << m_window->m_objectModel->object(row);
        return objects;
    }

    QMenu* menu(Menu which) const override {
        switch (which) {
        case Menu::Module:
            return m_window->m_moduleMenu;
        case Menu::Token:
            return m_window->m_tokenMenu;
        case Menu::Object:
            return m_window->m_objectMenu;
        case Menu::Certificate:
            return m_window->m_certificateMenu;
        }
        return nullptr;
    }
    QToolBar* toolBar() const override { return m_window->m_toolBar; }
    QAbstractItemView* objectView() const override { return m_window->m_objectTable; }
    QTabWidget* centreTabs() const override { return m_window->m_centreTabs; }

    void reloadObjects() override { m_window->listObjects(); }
    void refreshModule(const QString& path) override { m_window->m_manager->refresh(path); }
    void showError(const QString& context, const Error& error) override {
        m_window->showError(context, error);
    }
    void showStatus(const QString& text, int timeoutMs) override {
        m_window->statusBar()->showMessage(text, timeoutMs);
    }

private:
    MainWindow* m_window;
};

MainWindow::MainWindow(ModuleManager* manager, CallTrace* trace, QWidget* parent)
    : QMainWindow(parent), m_manager(manager), m_trace(trace), m_pinPrompt(promptWithDialog) {
    initViewsResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HSM Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1280, 800);

    createActions();
    createCentre();
    createDocks();
    createMenus();
    connectManager();
    m_context = new Context(this);
    connect(m_objectTable->selectionModel(), &QItemSelectionModel::selectionChanged, m_context,
            &WindowContext::selectionChanged);
    installFeatures();
    // Copy URI copies what the user looked at last: the object table or the token tree.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_objectTable)
            m_uriFromObjects = true;
        else if (now == m_tree)
            m_uriFromObjects = false;
    });

    m_listingLabel = new QLabel(this);
    m_listingLabel->setObjectName(QStringLiteral("listingLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("listingProgress"));
    m_progress->setRange(0, 0); // busy: the total is unknown until the listing ends
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Listing progress"));
    statusBar()->addPermanentWidget(m_listingLabel);
    statusBar()->addPermanentWidget(m_progress);
    setListing(false);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() {
    // Child widgets are deleted by ~QWidget, after this object stopped being a MainWindow; signals
    // they emit while dying (focus, current index) must not reach our handlers then.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(m_manager, nullptr, this, nullptr);
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    delete m_logDock;
    delete takeCentralWidget();
}

void MainWindow::createActions() {
    m_addModuleAction = makeAction(this, QStringLiteral(":/icons/add-module.svg"), tr("&Add module…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_O), tr("Load a PKCS#11 module"),
                                   QStringLiteral("addModuleAction"), tr("Add module"));

    connect(m_addModuleAction, &QAction::triggered, this, &MainWindow::showAddModuleDialog);

    m_refreshAction = makeAction(this, QStringLiteral(":/icons/refresh.svg"), tr("&Refresh"),
                                 QKeySequence(Qt::Key_F5), tr("Read slots, tokens and objects again"),
                                 QStringLiteral("refreshAction"), tr("Refresh"));

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loginAction = makeAction(this, QStringLiteral(":/icons/login.svg"), tr("Log &in…"),
                               QKeySequence(Qt::CTRL | Qt::Key_L), tr("Log in to the selected token"),
                               QStringLiteral("loginAction"), tr("Log in"));

    connect(m_loginAction, &QAction::triggered, this, &MainWindow::logIn);

    m_logoutAction =
        makeAction(this, QStringLiteral(":/icons/logout.svg"), tr("Log &out"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Log out of the selected token"),
                   QStringLiteral("logoutAction"), tr("Log out"));

    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logOut);

    m_copyUriAction = makeAction(this, QStringLiteral(":/icons/copy.svg"), tr("&Copy PKCS#11 URI"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                 tr("Copy the PKCS#11 URI of the selected object or token"),
                                 QStringLiteral("copyUriAction"), tr("Copy PKCS#11 URI"));

    connect(m_copyUriAction, &QAction::triggered, this, &MainWindow::copyUri);

    m_findAction =
        makeAction(this, QString(), tr("&Find objects"), QKeySequence::Find, tr("Move to the object filter"),
                   QStringLiteral("findAction"), tr("Find objects"));

    m_quitAction = makeAction(this, QString(), tr("&Quit"), QKeySequence::Quit, tr("Quit HSM Workbench"),
                              QStringLiteral("quitAction"), tr("Quit"));

    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus() {
    m_moduleMenu = menuBar()->addMenu(tr("&Module"));
    m_moduleMenu->setObjectName(QStringLiteral("moduleMenu"));
    m_moduleMenu->addAction(m_addModuleAction);
    m_moduleMenu->addAction(m_refreshAction);
    m_moduleMenu->addSeparator();
    m_moduleMenu->addAction(m_quitAction);

    m_tokenMenu = menuBar()->addMenu(tr("&Token"));
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    m_tokenMenu->addAction(m_loginAction);
    m_tokenMenu->addAction(m_logoutAction);
    m_tokenMenu->addSeparator();
    m_tokenMenu->addAction(m_copyUriAction);
    m_tokenMenu->addSeparator();

    m_objectMenu = menuBar()->addMenu(tr("&Object"));
    m_objectMenu->setObjectName(QStringLiteral("objectMenu"));

    m_certificateMenu = menuBar()->addMenu(tr("&Certificates"));
    m_certificateMenu->setObjectName(QStringLiteral("certificateMenu"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_findAction);
    viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());

    m_toolBar = addToolBar(tr("Main toolbar"));
    QToolBar* toolBar = m_toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToToolBar(toolBar, m_addModuleAction);
    addToToolBar(toolBar, m_refreshAction);
    toolBar->addSeparator();
    addToToolBar(toolBar, m_loginAction);
    addToToolBar(toolBar, m_logoutAction);
    toolBar->addSeparator();
    addToToolBar(toolBar, m_copyUriAction);
    toolBar->addSeparator();
}

void MainWindow::createCentre() {
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    // Left: modules -> slots -> tokens.
    m_treeModel = new ModuleTreeModel(m_manager, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("moduleTree"));
    m_tree->setAccessibleName(tr("Modules, slots and tokens"));
    // Removing rows moves the tree's current index to a neighbour; that is not the user choosing a
    // token, so it must not replace what is shown (e.g. the "token was removed" banner). Connected
    // before setModel so this runs before the selection model reacts.
    connect(m_treeModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { ++m_treeRemoving; });
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, [this] { --m_treeRemoving; });
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_treeRemoving; });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] { --m_treeRemoving; });
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new IconDelegate(&icons::forTreeRow, m_tree));
    // Long slot descriptions scroll rather than being cut off.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_loginAction);
    m_tree->addAction(m_logoutAction);
    m_tree->addAction(m_copyUriAction);
    m_tree->addAction(m_refreshAction);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onTreeCurrentChanged(current); });
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this,
            [this] { QTimer::singleShot(0, this, [this] { m_tree->expandAll(); }); });

    // Centre: Objects, Mechanisms, Token.
    m_centreTabs = new QTabWidget(splitter);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->setAccessibleName(tr("Token contents"));

    auto* objectsPage = new QWidget(m_centreTabs);
    auto* objectsLayout = new QVBoxLayout(objectsPage);
    m_banner = new QLabel(objectsPage);
    m_banner->setObjectName(QStringLiteral("tokenBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 6px; }"));
    m_banner->hide();
    objectsLayout->addWidget(m_banner);

    auto* filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(objectsPage);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter by label, ID or subject"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Object filter"));
    m_filter->setToolTip(tr("Shows only objects whose label, ID (hex) or subject contains this text"));
    filterRow->addWidget(m_filter, 1);
    m_classFilter = new QComboBox(objectsPage);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_classFilter->setAccessibleName(tr("Object class filter"));
    m_classFilter->setToolTip(tr("Show only objects of one class"));
    m_classFilter->addItem(tr("All classes"), QVariant());
    m_classFilter->addItem(QIcon(QStringLiteral(":/icons/certificate.svg")), tr("Certificates"),
                           QVariant::fromValue<qulonglong>(CKO_CERTIFICATE));
    m_classFilter->addItem(QIcon(QStringLiteral(":/icons/public-key.svg")), tr("Public keys"),
                           QVariant::fromValue<qulonglong>(CKO_PUBLIC_KEY));
    m_classFilter->addItem(QIcon(QStringLiteral(":/icons/private-key.svg")), tr("Private keys"),
                           QVariant::fromValue<qulonglong>(CKO_PRIVATE_KEY));
    m_classFilter->addItem(QIcon(QStringLiteral(":/icons/secret-key.svg")), tr("Secret keys"),
                           QVariant::fromValue<qulonglong>(CKO_SECRET_KEY));
    m_classFilter->addItem(QIcon(QStringLiteral(":/icons/data-object.svg")), tr("Data objects"),
                           QVariant::fromValue<qulonglong>(CKO_DATA));
    filterRow->addWidget(m_classFilter);
    objectsLayout->addLayout(filterRow);

    m_objectModel = new ObjectTableModel(this);
    m_objectProxy = new ObjectFilterProxy(this);
    m_objectProxy->setSourceModel(m_objectModel);
    m_objectTable = new QTableView(objectsPage);
    m_objectTable->setObjectName(QStringLiteral("objectTable"));
    m_objectTable->setAccessibleName(tr("Objects"));
    m_objectTable->setModel(m_objectProxy);
    m_objectTable->setSortingEnabled(true);
    m_objectTable->sortByColumn(-1, Qt::AscendingOrder); // listing order until the user sorts
    m_objectTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_objectTable->setSelectionMode(QAbstractItemView::ExtendedSelection); // delete many at once
    m_objectTable->setAlternatingRowColors(true);
    m_objectTable->setTextElideMode(Qt::ElideMiddle);
    m_objectTable->verticalHeader()->hide();
    m_objectTable->horizontalHeader()->setStretchLastSection(true);
    m_objectTable->horizontalHeader()->setResizeContentsPrecision(200); // bounded cost on huge tokens
    m_objectTable->setItemDelegateForColumn(
        ObjectTableModel::ClassColumn,
        new IconDelegate(
            [](const QModelIndex& index) {
                return icons::forObjectClass(index.data(ObjectTableModel::ClassRole).toULongLong());
            },
            m_objectTable));
    m_objectTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_objectTable->addAction(m_copyUriAction);
    objectsLayout->addWidget(m_objectTable, 1);
    m_centreTabs->addTab(objectsPage, tr("&Objects"));

    connect(m_filter, &QLineEdit::textChanged, m_objectProxy, &ObjectFilterProxy::setFilterText);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant cls = m_classFilter->currentData();
        m_objectProxy->setClassFilter(cls.isValid() ? std::optional<CK_OBJECT_CLASS>(cls.toULongLong())
                                                    : std::nullopt);
    });
    connect(m_objectTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onObjectCurrentChanged(current); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_centreTabs->setCurrentIndex(0);
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_mechanismModel = new MechanismModel(this);
    m_mechanismTable = new QTableView(m_centreTabs);
    m_mechanismTable->setObjectName(QStringLiteral("mechanismTable"));
    m_mechanismTable->setAccessibleName(tr("Mechanisms"));
    m_mechanismTable->setModel(m_mechanismModel);
    m_mechanismTable->setSortingEnabled(true);
    m_mechanismTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mechanismTable->setAlternatingRowColors(true);
    m_mechanismTable->verticalHeader()->hide();
    m_mechanismTable->horizontalHeader()->setStretchLastSection(true);
    m_mechanismTable->setWordWrap(false);
    m_mechanismTable->verticalHeader()->setDefaultSectionSize(m_mechanismTable->fontMetrics().height() + 8);
    connect(m_mechanismModel, &QAbstractItemModel::modelReset, m_mechanismTable,
            &QTableView::resizeColumnsToContents);
    m_centreTabs->addTab(m_mechanismTable, tr("Mec&hanisms"));

    m_tokenInfo = new TokenInfoWidget(m_centreTabs);
    m_tokenInfo->setObjectName(QStringLiteral("tokenInfo"));
    m_tokenInfo->setAccessibleName(tr("Token information"));
    m_centreTabs->addTab(m_tokenInfo, tr("To&ken"));

    // Right: the attribute inspector.
    auto* inspector = new QWidget(splitter);
    auto* inspectorLayout = new QVBoxLayout(inspector);
    inspectorLayout->setContentsMargins(0, 0, 0, 0);
    m_inspectorTitle = new QLabel(tr("Attributes"), inspector);
    m_inspectorTitle->setObjectName(QStringLiteral("inspectorTitle"));
    inspectorLayout->addWidget(m_inspectorTitle);
    m_attributeModel = new AttributeModel(this);
    m_attributeTable = new QTableView(inspector);
    m_attributeTable->setObjectName(QStringLiteral("attributeTable"));
    m_attributeTable->setAccessibleName(tr("Attributes of the selected object"));
    m_attributeTable->setModel(m_attributeModel);
    m_attributeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributeTable->setWordWrap(false);
    m_attributeTable->verticalHeader()->hide();
    m_attributeTable->horizontalHeader()->setStretchLastSection(false);
    // Names fit their text up to a cap, so a long CKA_ name does not squeeze the values out.
    connect(m_attributeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_attributeTable->resizeColumnToContents(AttributeModel::NameColumn);
        const int cap =
            m_attributeTable->fontMetrics().horizontalAdvance(QStringLiteral("CKA_MODIFIABLE_XXXXXX"));
        if (m_attributeTable->columnWidth(AttributeModel::NameColumn) > cap)
            m_attributeTable->setColumnWidth(AttributeModel::NameColumn, cap);
    });
    m_attributeTable->horizontalHeader()->setSectionResizeMode(AttributeModel::ValueColumn,
                                                               QHeaderView::Stretch);
    m_attributeTable->horizontalHeader()->setSectionResizeMode(AttributeModel::StateColumn,
                                                               QHeaderView::ResizeToContents);
    inspectorLayout->addWidget(m_attributeTable, 1);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({280, 560, 440});
    setCentralWidget(splitter);
}

void MainWindow::createDocks() {
    m_logDock = new LogDock(m_trace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_logDock}, {180}, Qt::Vertical);
}

void MainWindow::connectManager() {
    connect(m_manager, &ModuleManager::moduleLoaded, this,
            [this](const ModuleInfo& module, const QList<SlotInfo>&) {
                if (m_userRequested.remove(module.path) || m_userRequested.remove(module.name)) {
                    QSettings settings;
                    StartupModules::remember(settings, module.path);
                }
                statusBar()->showMessage(tr("Loaded %1 (%2)").arg(module.name, module.description), 5000);
                QTimer::singleShot(0, this, [this] {
                    m_tree->expandAll();
                    selectFirstTokenIfNone();
                });
            });
    connect(m_manager, &ModuleManager::moduleFailed, this,
            [this](const QString& pathOrName, const Error& error) {
                m_userRequested.remove(pathOrName);
                showError(tr("Could not load the module %1").arg(pathOrName), error);
            });
    connect(m_manager, &ModuleManager::tokenRemoved, this,
            [this](const QString& path, CK_SLOT_ID slot, const QString& label) {
                if (!m_token || path != m_modulePath || slot != m_slot)
                    return;
                clearTokenViews();
                m_objectModel->markTokenRemoved();
                showBanner(tr("Token “%1” was removed. Its objects are no longer available.").arg(label));
                statusBar()->showMessage(tr("Token “%1” was removed").arg(label), 10000);
            });
    connect(m_manager, &ModuleManager::tokenInserted, this,
            [this](const QString&, CK_SLOT_ID, const QString& label) {
                // An uninitialised token has no label yet (e.g. SoftHSM2's next free slot).
                statusBar()->showMessage(label.isEmpty() ? tr("An uninitialised token appeared")
                                                         : tr("Token “%1” was inserted").arg(label),
                                         5000);
            });
    connect(m_manager, &ModuleManager::moduleRemoved, this, [this](const QString& path) {
        if (path == m_modulePath)
            clearTokenViews();
    });
}

void MainWindow::openStartupModules(const StartupModules::Plan& plan) {
    if (plan.modules.isEmpty()) {
        if (!plan.hint.isEmpty()) {
            showBanner(plan.hint);
            statusBar()->showMessage(plan.hint);
        }
        return;
    }
    if (plan.demo)
        statusBar()->showMessage(tr("Opening the demo environment"), 5000);
    for (const QString& module : plan.modules)
        m_manager->addModule(module);
}

void MainWindow::addUserModule(const QString& pathOrName) {
    if (pathOrName.isEmpty())
        return;
    m_userRequested.insert(pathOrName);
    statusBar()->showMessage(tr("Loading %1…").arg(pathOrName));
    m_manager->addModule(pathOrName);
}

void MainWindow::showAddModuleDialog() {
    auto* dialog = new AddModuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addUserModule(dialog->selectedModule()); });
    dialog->open();
}

void MainWindow::refresh() {
    for (const ModuleInfo& module : m_manager->modules())
        m_manager->refresh(module.path);
    if (m_worker) {
        m_worker->refreshTokenInfo();
        m_worker->listMechanisms();
        listObjects();
    }
}

void MainWindow::onTreeCurrentChanged(const QModelIndex& current) {
    if (m_treeRemoving > 0) {
        // Still check the shown token is alive; tokenRemoved normally said so already.
        QTimer::singleShot(0, this, &MainWindow::updateActions);
        return;
    }
    const QString path = current.data(ModuleTreeModel::ModulePathRole).toString();
    const QVariant slot = current.data(ModuleTreeModel::SlotIdRole);
    const bool hasToken = current.data(ModuleTreeModel::TokenPresentRole).toBool();
    if (path.isEmpty() || !slot.isValid() || !hasToken) {
        if (m_token && (path != m_modulePath || !slot.isValid() || slot.toULongLong() != m_slot))
            clearTokenViews();
        updateActions();
        return;
    }
    const auto slotId = static_cast<CK_SLOT_ID>(slot.toULongLong());
    if (m_token && path == m_modulePath && slotId == m_slot)
        return;
    selectToken(path, slotId);
}

void MainWindow::selectToken(const QString& modulePath, CK_SLOT_ID slot) {
    clearTokenViews();
    TokenWorker* worker = m_manager->tokenWorker(modulePath, slot);
    if (worker == nullptr) {
        statusBar()->showMessage(tr("No token in slot %1").arg(slot), 5000);
        return;
    }
    m_banner->hide();
    m_modulePath = modulePath;
    m_slot = slot;
    m_token = worker->token();
    m_worker = worker;
    connectWorker(worker);
    m_tokenInfo->setToken(m_token);
    worker->refreshTokenInfo();
    worker->listMechanisms();
    if (m_token->has(CKF_TOKEN_INITIALIZED)) {
        listObjects();
    } else {
        // No session can be opened on it (CKR_TOKEN_NOT_RECOGNIZED): say what to do instead of failing.
        m_objectModel->clear();
        showBanner(tr("This token is not initialised: it has no label, PINs or objects yet. Use Token ▸ "
                      "Initialise token… to set it up, or the Softcards tab to create a softcard."));
    }
    updateActions();
}

void MainWindow::clearTokenViews() {
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = nullptr;
    m_token.reset();
    m_modulePath.clear();
    m_inspected.reset();
    m_objectModel->clear();
    m_attributeModel->clear();
    m_mechanismModel->clear();
    m_tokenInfo->clear();
    m_inspectorTitle->setText(tr("Attributes"));
    setListing(false);
    updateActions();
}

void MainWindow::connectWorker(TokenWorker* worker) {
    connect(worker, &TokenWorker::objectsBatch, this,
            [this](quint64 generation, const QList<ObjectSummary>& batch) {
                if (generation != m_generation)
                    return;
                const bool first = m_objectModel->rowCount() == 0;
                m_objectModel->appendObjects(generation, batch);
                if (first)
                    fitObjectColumns();
                setListing(true, m_listedCount + static_cast<int>(batch.size()));
            });
    connect(worker, &TokenWorker::objectsFinished, this,
            [this](quint64 generation, int count, bool ok, const Error& error) {
                if (generation != m_generation)
                    return;
                m_objectModel->finishListing(generation, count, ok, error);
                setListing(false);
                emit m_context->objectsListed();
                if (ok) {
                    fitObjectColumns();
                    statusBar()->showMessage(tr("Objects listed: %1").arg(count), 5000);
                } else
                    showError(tr("Listing the objects failed"), error);
            });
    connect(worker, &TokenWorker::attributesReady, this,
            [this](quint64 generation, CK_OBJECT_HANDLE handle, const QList<AttributeValue>& attributes) {
                if (generation != m_generation || !m_inspected || *m_inspected != handle)
                    return;
                m_attributeModel->setAttributes(attributes);
            });
    connect(worker, &TokenWorker::mechanismsReady, this,
            [this](const QList<MechanismInfo>& mechanisms) { m_mechanismModel->setMechanisms(mechanisms); });
    connect(worker, &TokenWorker::tokenInfoReady, this, [this](const TokenInfo& token) {
        m_token = token;
        m_tokenInfo->setToken(token);
    });
    connect(worker, &TokenWorker::loginFinished, this, [this](bool ok, const Error& error) {
        if (!ok) {
            // Shown, never retried: sending the same wrong PIN again would only burn a try.
            showError(tr("Login failed"), error);
            return;
        }
        statusBar()->showMessage(tr("Logged in to %1").arg(m_token ? m_token->label : QString()), 5000);
        updateActions();
        listObjects(); // private objects are visible now
    });
    connect(worker, &TokenWorker::loggedOut, this, [this](bool ok, const Error& error) {
        if (!ok) {
            showError(tr("Logout failed"), error);
            return;
        }
        statusBar()->showMessage(tr("Logged out"), 5000);
        updateActions();
        listObjects();
    });
    connect(worker, &TokenWorker::failed, this,
            [this](const Error& error) { showError(tr("Token error"), error); });
    // A job logged in or out by itself (e.g. as SO to unblock a PIN): what is visible changed.
    connect(worker, &TokenWorker::loginStateChanged, this, [this] {
        updateActions();
        listObjects();
    });
    connect(worker, &QObject::destroyed, this, [this] {
        m_worker = nullptr;
        updateActions();
    });
}

void MainWindow::fitObjectColumns() {
    m_objectTable->resizeColumnsToContents();
    // A 20-byte ID (SHA-1 of the public key) would push type, size and flags out of view; the
    // middle of the hex is elided and the whole ID stays in the inspector.
    const int idWidth =
        m_objectTable->fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdef…")) + 12;
    if (m_objectTable->columnWidth(ObjectTableModel::IdColumn) > idWidth)
        m_objectTable->setColumnWidth(ObjectTableModel::IdColumn, idWidth);
}

void MainWindow::listObjects() {
    if (!m_worker || !m_token || !m_token->has(CKF_TOKEN_INITIALIZED))
        return;
    m_inspected.reset();
    m_attributeModel->clear();
    m_generation = m_worker->listObjects();
    m_objectModel->startListing(m_generation);
    setListing(true, 0);
}

void MainWindow::onObjectCurrentChanged(const QModelIndex& current) {
    m_inspected.reset();
    m_attributeModel->clear();
    if (!current.isValid() || !m_worker) {
        m_inspectorTitle->setText(tr("Attributes"));
        return;
    }
    const QModelIndex source = m_objectProxy->mapToSource(current);
    const ObjectSummary object = m_objectModel->object(source.row());
    m_inspected = object.handle;
    m_inspectorTitle->setText(
        tr("Attributes of %1 “%2”").arg(names::objectClass(object.objectClass), object.label));
    // Read lazily: the full attribute set is only fetched for the object being looked at.
    m_worker->readAttributes(m_generation, object.handle);
    updateActions();
}

void MainWindow::selectFirstTokenIfNone() {
    if (m_token || m_tree->currentIndex().isValid())
        return;
    // Depth-first search for the first slot with a token, so the demo opens on something useful.
    std::function<QModelIndex(const QModelIndex&)> find = [&](const QModelIndex& parent) -> QModelIndex {
        for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
            const QModelIndex index = m_treeModel->index(row, 0, parent);
            if (index.data(ModuleTreeModel::KindRole).toInt() ==
                static_cast<int>(ModuleTreeModel::Kind::Token))
                return index;
            if (const QModelIndex found = find(index); found.isValid())
                return found;
        }
        return {};
    };
    if (const QModelIndex first = find({}); first.isValid())
        m_tree->setCurrentIndex(first);
}

void MainWindow::logIn() {
    if (!m_worker || !m_token)
        return;
    std::optional<LoginRequest> request = m_pinPrompt(this, *m_token);
    if (!request || !m_worker)
        return;
    statusBar()->showMessage(tr("Logging in…"));
    m_worker->login(request->userType, std::move(request->pin), request->confirmedFinalTry);
}

void MainWindow::logOut() {
    if (m_worker)
        m_worker->logout();
}

void MainWindow::copyUri() {
    QString uri;
    QString what;
    const QModelIndex current = m_objectTable->currentIndex();
    const bool objectFocus = m_centreTabs->currentIndex() == 0 && current.isValid() && m_uriFromObjects;
    if (objectFocus) {
        const ObjectSummary object = m_objectModel->object(m_objectProxy->mapToSource(current).row());
        uri = object.uri.isEmpty() && m_token ? uri::forObject(*m_token, object) : object.uri;
        what = tr("object “%1”").arg(object.label);
    } else if (m_token) {
        uri = uri::forToken(*m_token);
        what = tr("token “%1”").arg(m_token->label);
    }
    if (uri.isEmpty()) {
        statusBar()->showMessage(tr("Select a token or an object first"), 5000);
        return;
    }
    QApplication::clipboard()->setText(uri);
    statusBar()->showMessage(tr("Copied the URI of %1: %2").arg(what, uri), 8000);
}

void MainWindow::installFeatures() {
    // Each feature controller adds its actions through m_context; one line per feature.
    new KeyGenController(m_context);
    new TokenAdminController(m_context);
    new ObjectActions(m_context);
    new SoftcardController(m_context);
    new CertificateController(m_context);
    new ImportController(m_context);
    new ChainController(m_context);
    new BundleCheckController(m_context);
}

void MainWindow::updateActions() {
    const bool token = m_worker && m_token;
    const bool loggedIn = token && m_worker->isLoggedIn();
    // An uninitialised token has no PIN to log in with yet.
    const bool initialised = token && m_token->has(CKF_TOKEN_INITIALIZED);
    m_loginAction->setEnabled(initialised && !loggedIn);
    m_logoutAction->setEnabled(loggedIn);
    m_copyUriAction->setEnabled(token);
    if (m_context)
        emit m_context->currentTokenChanged();
}

void MainWindow::showBanner(const QString& text) {
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::setListing(bool running, int count) {
    m_listing = running;
    m_listedCount = count;
    m_progress->setVisible(running);
    m_listingLabel->setVisible(running);
    if (running)
        m_listingLabel->setText(tr("Listing objects… %1").arg(count));
}

void MainWindow::showError(const QString& context, const Error& error) {
    m_lastError = QStringLiteral("%1: %2").arg(context, error.text());
    statusBar()->showMessage(m_lastError, 15000);
    // One non-modal box, reused: a burst of failures must not stack dialogs or block the event loop.
    if (!m_errorBox) {
        m_errorBox =
            new QMessageBox(QMessageBox::Warning, tr("HSM Workbench"), QString(), QMessageBox::Ok, this);
        m_errorBox->setObjectName(QStringLiteral("errorBox"));
        m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
        m_errorBox->setWindowModality(Qt::NonModal);
    }
    m_errorBox->setText(context);
    QString details = tr("%1 failed: %2").arg(error.call, error.message);
    if (error.isPkcs11())
        details += QStringLiteral("\n") + tr("Return value: %1").arg(names::rv(error.rv));
    if (!error.hint.isEmpty())
        details += QStringLiteral("\n") + error.hint;
    m_errorBox->setInformativeText(details);
    m_errorBox->show();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hsm
