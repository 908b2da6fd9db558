#include "SoftcardController.h"

#include "ActionSupport.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "Session.h"
#include "SoftcardCreateDialog.h"
#include "SoftcardKeys.h"
#include "SoftcardModel.h"
#include "SoftcardsView.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace hsm {

namespace {
const QString kToolPathKey = QStringLiteral("softcards/toolPath");
}

template <typename R> void SoftcardController::runJob(std::function<R()> job, std::function<void(R&)> done) {
    m_running = QtConcurrent::run([this, job = std::move(job), done = std::move(done)]() mutable {
        auto result = std::make_shared<R>(job());
        // Posted to this object: dropped if the controller is gone (its destructor waits for us first).
        QMetaObject::invokeMethod(
            this,
            [this, result, done = std::move(done)]() mutable {
                setBusy(false);
                done(*result);
                emit jobFinished();
            },
            Qt::QueuedConnection);
    });
}

SoftcardController::SoftcardController(WindowContext* context)
    : QObject(context), m_context(context), m_model(new SoftcardModel(this)) {
    setObjectName(QStringLiteral("softcardController"));
    m_view = new SoftcardsView(m_model);
    QSettings settings;
    m_view->toolPathEdit()->setText(
        settings.value(kToolPathKey, QString::fromLatin1(kDefaultSoftcardToolPath)).toString());
    QTabWidget* tabs = m_context->centreTabs();
    tabs->addTab(m_view, tr("&Softcards"));
    // Listing runs a module call or a tool: only when the user opens the tab, not at every start.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == m_view && m_model->rowCount() == 0)
            refresh();
    });

    m_showAction =
        makeAction(this, QString(), tr("&Softcards…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                   tr("Show, create and delete the softcards of the selected module"),
                   QStringLiteral("showSoftcardsAction"), tr("Softcards"));
    connect(m_showAction, &QAction::triggered, this, [this] {
        m_context->centreTabs()->setCurrentWidget(m_view);
        refresh();
    });
    if (QMenu* menu = m_context->menu(WindowContext::Menu::Module))
        menu->addAction(m_showAction);

    connect(m_view->createButton(), &QPushButton::clicked, this, &SoftcardController::createSoftcard);
    connect(m_view->deleteButton(), &QPushButton::clicked, this, &SoftcardController::deleteSelected);
    connect(m_view->refreshButton(), &QPushButton::clicked, this, &SoftcardController::refresh);
    connect(m_view->verifyButton(), &QPushButton::clicked, this, &SoftcardController::verifyConnection);
    connect(m_view->browseButton(), &QPushButton::clicked, this, &SoftcardController::browseForTool);
    connect(m_view->toolPathEdit(), &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(kToolPathKey, m_view->toolPathEdit()->text().trimmed());
        onProviderChosen();
    });
    connect(m_view->moduleCombo(), &QComboBox::currentIndexChanged, this,
            &SoftcardController::onModuleChosen);
    connect(m_view->providerCombo(), &QComboBox::currentIndexChanged, this,
            &SoftcardController::onProviderChosen);
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SoftcardController::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SoftcardController::updateButtons);

    ModuleManager* manager = m_context->moduleManager();
    connect(manager, &ModuleManager::moduleLoaded, this, [this](const ModuleInfo& module) {
        fillModules();
        if (module.path == m_reloadingModule) {
            m_reloadingModule.clear();
            const int index = m_view->moduleCombo()->findData(module.path);
            if (index >= 0)
                m_view->moduleCombo()->setCurrentIndex(index);
            refresh();
            // After the window handled the new module (its tree rows, its own selection and status).
            QTimer::singleShot(0, this, [this, path = module.path] { afterReload(path); });
        }
    });
    connect(manager, &ModuleManager::moduleRemoved, this, [this](const QString& path) {
        // The module being loaded again comes back: listing now would only fail ("no module").
        if (path != m_reloadingModule)
            fillModules();
    });
    connect(manager, &ModuleManager::moduleFailed, this, [this](const QString& pathOrName, const Error&) {
        if (pathOrName != m_reloadingModule)
            return;
        m_reloadingModule.clear();
        m_reselectSerial.clear();
        fillModules();
        m_model->clear();
    });
    connect(m_context, &WindowContext::currentTokenChanged, this, &SoftcardController::followCurrentToken);
    fillModules();
    onProviderChosen();
}

SoftcardController::~SoftcardController() {
    // A running job holds the provider (and perhaps the module): let it end before we go.
    m_running.waitForFinished();
    if (m_view && m_view->parent() == nullptr)
        delete m_view;
}

SoftcardProviderKind SoftcardController::currentKind() const {
    return softcardProviderFromId(m_view->providerCombo()->currentData().toString())
        .value_or(SoftcardProviderKind::Generic);
}

QString SoftcardController::currentModulePath() const {
    return m_view->moduleCombo()->currentData().toString();
}

std::shared_ptr<SoftcardProvider> SoftcardController::makeProvider() const {
    SoftcardProviderOptions options;
    options.module = m_context->moduleManager()->module(currentModulePath());
    options.toolPath = m_view->toolPathEdit()->text().trimmed();
    options.timeoutMs = m_timeoutMs;
    return makeSoftcardProvider(currentKind(), options);
}

void SoftcardController::fillModules() {
    QComboBox* combo = m_view->moduleCombo();
    const QString previous = currentModulePath();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const ModuleInfo& module : m_context->moduleManager()->modules())
        combo->addItem(module.name, module.path);
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
    if (currentModulePath() != previous)
        onModuleChosen();
    updateButtons();
}

void SoftcardController::followCurrentToken() {
    const QString path = m_context->currentModulePath();
    if (path.isEmpty() || path == currentModulePath())
        return;
    const int index = m_view->moduleCombo()->findData(path);
    if (index >= 0)
        m_view->moduleCombo()->setCurrentIndex(index);
}

void SoftcardController::onModuleChosen() {
    const QString path = currentModulePath();
    for (const ModuleInfo& module : m_context->moduleManager()->modules())
        if (module.path == path) {
            const int index =
                m_view->providerCombo()->findData(softcardProviderId(detectSoftcardProvider(module)));
            if (index != m_view->providerCombo()->currentIndex()) {
                m_view->providerCombo()->setCurrentIndex(index); // lists through onProviderChosen
                return;
            }
        }
    onProviderChosen();
}

void SoftcardController::onProviderChosen() {
    const SoftcardProviderKind kind = currentKind();
    m_view->setToolRowVisible(kind == SoftcardProviderKind::NShield);
    m_view->locationLabel()->setText(makeProvider()->location()); // reads files only, no module calls
    m_model->clear();
    updateButtons();
    if (m_context->centreTabs()->currentWidget() == m_view)
        refresh();
}

void SoftcardController::updateButtons() {
    const SoftcardProviderKind kind = currentKind();
    const bool haveTarget = kind == SoftcardProviderKind::NShield || !currentModulePath().isEmpty();
    const bool selected = !m_view->table()->selectionModel()->selectedRows().isEmpty();
    m_view->createButton()->setEnabled(!m_busy && haveTarget);
    m_view->refreshButton()->setEnabled(!m_busy && haveTarget);
    m_view->deleteButton()->setEnabled(!m_busy && selected && kind != SoftcardProviderKind::Generic);
    m_view->verifyButton()->setEnabled(!m_busy && kind == SoftcardProviderKind::NShield);
    m_view->verifyButton()->setVisible(kind == SoftcardProviderKind::NShield);
}

void SoftcardController::setBusy(bool busy, const QString& text) {
    m_busy = busy;
    if (busy)
        m_view->statusLabel()->setText(text);
    updateButtons();
}

void SoftcardController::refresh() {
    if (m_busy || (!m_reloadingModule.isEmpty() && currentModulePath() == m_reloadingModule))
        return; // a module being loaded again is listed once it is back
    auto provider = makeProvider();
    setBusy(true, tr("Listing softcards…"));
    runJob<SoftcardResult<QList<Softcard>>>(
        [provider] { return provider->list(); },
        [this](SoftcardResult<QList<Softcard>>& cards) {
            if (!cards) {
                m_model->clear();
                m_view->statusLabel()->setText(cards.error().text());
                m_context->showError(tr("Listing the softcards failed"), cards.error());
                return;
            }
            m_model->setSoftcards(*cards);
            m_view->statusLabel()->setText(tr("%n softcard(s)", nullptr, int(cards->size())));
        });
}

void SoftcardController::createSoftcard() {
    if (m_busy)
        return;
    const SoftcardProviderKind kind = currentKind();
    const QString path = currentModulePath();
    const SoftcardLimits limits = softcardLimits(kind, m_context->moduleManager()->slotList(path));
    const QString where = kind == SoftcardProviderKind::NShield ? m_view->toolPathEdit()->text()
                                                                : m_view->moduleCombo()->currentText();
    auto* dialog = new SoftcardCreateDialog(kind, limits, where, m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, path] {
        auto answer = std::make_shared<SoftcardCreateDialog::Answer>(dialog->takeAnswer());
        auto provider = makeProvider();
        setBusy(true, tr("Creating softcard “%1”…").arg(answer->name));
        runJob<SoftcardResult<Softcard>>(
            [provider, answer] {
                SoftcardCreateRequest request;
                request.name = answer->name;
                request.soPin = answer->soPin.isEmpty() ? nullptr : &answer->soPin;
                request.pin = &answer->pin;
                auto result = provider->create(request);
                answer->soPin.clear();
                answer->pin.clear();
                return result;
            },
            [this, kind, path](SoftcardResult<Softcard>& created) {
                if (!created) {
                    m_view->statusLabel()->setText(created.error().text());
                    m_context->showError(tr("Creating the softcard failed"), created.error());
                    return;
                }
                const QString text = tr("Created softcard “%1” (%2)").arg(created->name, created->id);
                m_view->statusLabel()->setText(text);
                m_context->showStatus(text);
                afterChange(kind, path, false);
            });
    });
    dialog->open();
}

void SoftcardController::afterChange(SoftcardProviderKind kind, const QString& modulePath, bool deleted) {
    ModuleManager* manager = m_context->moduleManager();
    if (deleted && kind == SoftcardProviderKind::SoftHsm2 && manager->module(modulePath)) {
        // SoftHSM2 reads its token folder only in C_Initialize: a token softhsm2-util deleted stays in
        // this process as a slot whose token cannot be read. Loading it again shows the folder as it is.
        m_reloadingModule = modulePath;
        const auto token = m_context->currentToken();
        m_reselectSerial = token && m_context->currentModulePath() == modulePath ? token->serial : QString();
        m_context->showStatus(tr("Loading SoftHSM2 again to show its tokens as they are now (logins to its "
                                 "tokens end)"));
        manager->removeModule(modulePath);
        manager->addModule(modulePath);
        return;
    }
    if (!modulePath.isEmpty())
        m_context->refreshModule(modulePath);
    refresh();
}

void SoftcardController::afterReload(const QString& modulePath) {
    auto* tree = m_context->dialogParent()
                     ? m_context->dialogParent()->findChild<QTreeView*>(QStringLiteral("moduleTree"))
                     : nullptr;
    const QString serial = std::exchange(m_reselectSerial, QString());
    if (tree && !serial.isEmpty()) {
        QAbstractItemModel* model = tree->model();
        const QModelIndexList rows = model->rowCount() > 0
                                         ? model->match(model->index(0, 0), ModuleTreeModel::ModulePathRole,
                                                        modulePath, -1, Qt::MatchExactly | Qt::MatchRecursive)
                                         : QModelIndexList();
        for (const QModelIndex& row : rows) {
            if (row.data(ModuleTreeModel::KindRole).toInt() != static_cast<int>(ModuleTreeModel::Kind::Token))
                continue;
            const auto info = row.data(ModuleTreeModel::TokenInfoRole).value<TokenInfo>();
            if (info.serial == serial) {
                if (tree->currentIndex() != row)
                    tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
                break;
            }
        }
    }
    QString name = modulePath;
    for (const ModuleInfo& module : m_context->moduleManager()->modules())
        if (module.path == modulePath)
            name = module.name;
    const QString note =
        tr("Loaded %1 again: logins to its tokens ended; log in again where needed").arg(name);
    // Said after the window's own "Loaded …" message, which would otherwise hide it, and again
    // after the selected token's first listing, whose "Objects listed" would hide it too.
    m_context->showStatus(note, 15000);
    if (m_context->currentWorker() == nullptr)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_context, &WindowContext::objectsListed, this, [this, connection, note] {
        QObject::disconnect(*connection);
        QTimer::singleShot(0, this, [this, note] { m_context->showStatus(note, 15000); });
    });
    QTimer::singleShot(10000, this, [connection] { QObject::disconnect(*connection); });
}

void SoftcardController::deleteSelected() {
    const QModelIndexList rows = m_view->table()->selectionModel()->selectedRows();
    if (m_busy || rows.isEmpty())
        return;
    const Softcard card = m_model->softcard(rows.first().row());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete softcard"),
                                tr("Delete the softcard “%1” (%2)?").arg(card.name, card.id),
                                QMessageBox::Cancel, m_context->dialogParent());
    box->setObjectName(QStringLiteral("softcardDeleteConfirm"));
    box->setInformativeText(tr("Every key and object on it will be lost. This cannot be undone."));
    QPushButton* yes = box->addButton(tr("&Delete softcard"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("softcardDeleteConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, card](QAbstractButton* clicked) {
        if (clicked == yes)
            removeSoftcard(card);
        box->close();
    });
    box->open();
}

void SoftcardController::removeSoftcard(const Softcard& card) {
    const SoftcardProviderKind kind = currentKind();
    const QString path = currentModulePath();
    auto provider = makeProvider();
    setBusy(true, tr("Deleting softcard “%1”…").arg(card.name));
    runJob<SoftcardResult<void>>([provider, card] { return provider->remove(card); },
                                 [this, kind, path, card](SoftcardResult<void>& removed) {
                                     if (!removed) {
                                         m_view->statusLabel()->setText(removed.error().text());
                                         if (removed.problem() == SoftcardProblem::HasKeys)
                                             offerKeyRemoval(card, removed.error());
                                         else
                                             m_context->showError(tr("Deleting the softcard failed"),
                                                                  removed.error());
                                         return;
                                     }
                                     const QString text = tr("Deleted softcard “%1”").arg(card.name);
                                     m_view->statusLabel()->setText(text);
                                     m_context->showStatus(text);
                                     afterChange(kind, path, true);
                                 });
}

void SoftcardController::offerKeyRemoval(const Softcard& card, const Error& error) {
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Softcard has keys"),
        tr("The softcard “%1” still has keys; its keys must be removed first.").arg(card.name),
        QMessageBox::Close, m_context->dialogParent());
    box->setObjectName(QStringLiteral("softcardHasKeysBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const auto token = m_context->currentToken();
    const bool loaded = token && token->label == card.name && m_context->currentWorker() != nullptr;
    QString details = error.message + QStringLiteral("\n") + error.hint;
    QPushButton* removeKeys = nullptr;
    if (loaded) {
        details += QStringLiteral("\n\n") +
                   tr("Its token is selected: HSM Workbench can delete every key on it (they will be lost), "
                      "then delete the softcard.");
        removeKeys = box->addButton(tr("Delete its &keys, then the softcard"), QMessageBox::DestructiveRole);
        removeKeys->setObjectName(QStringLiteral("softcardDeleteKeysButton"));
    } else {
        details +=
            QStringLiteral("\n\n") +
            tr("Select the softcard's token in the module tree and log in to have HSM Workbench delete "
               "its keys.");
    }
    box->setInformativeText(details);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, removeKeys, card](QAbstractButton* clicked) {
        if (removeKeys && clicked == removeKeys)
            deleteKeysThenSoftcard(card);
        box->close();
    });
    box->open();
}

void SoftcardController::deleteKeysThenSoftcard(const Softcard& card) {
    TokenWorker* worker = m_context->currentWorker();
    const auto token = m_context->currentToken();
    if (worker == nullptr || !token || token->label != card.name) {
        // The selection changed while the question was open: never empty another token.
        m_context->showError(
            tr("Deleting the softcard's keys"),
            Error::other(QStringLiteral("delete softcard keys"),
                         tr("the token “%1” is no longer selected; nothing was deleted").arg(card.name),
                         tr("select the softcard's token in the module tree, log in and delete the softcard "
                            "again.")));
        return;
    }
    if (!m_context->isLoggedIn()) {
        m_context->showError(
            tr("Deleting the softcard's keys"),
            Error::other(QStringLiteral("delete softcard keys"), tr("not logged in to “%1”").arg(card.name),
                         tr("log in to the token (Token ▸ Log in) and delete the softcard again.")));
        return;
    }
    setBusy(true, tr("Deleting the keys of “%1”…").arg(card.name));
    worker->submit(
        this,
        [](WorkerContext& c) -> Result<int> {
            auto session = c.session();
            if (!session)
                return session.error();
            return destroySoftcardKeys(**session, c.token());
        },
        [this, card](Result<int> destroyed) {
            setBusy(false);
            m_context->reloadObjects();
            if (!destroyed) {
                m_context->showError(tr("Deleting the softcard's keys failed"), destroyed.error());
                return;
            }
            m_context->showStatus(tr("Deleted %n key(s) of “%1”", nullptr, *destroyed).arg(card.name));
            removeSoftcard(card);
        });
}

void SoftcardController::verifyConnection() {
    if (m_busy)
        return;
    auto provider = makeProvider();
    setBusy(true, tr("Verifying the connection…"));
    runJob<SoftcardResult<QString>>(
        [provider] { return provider->verify(); },
        [this](SoftcardResult<QString>& report) {
            if (!report) {
                m_view->statusLabel()->setText(report.error().text());
                m_context->showError(tr("Verifying the connection failed"), report.error());
                return;
            }
            m_view->statusLabel()->setText(report->section(QLatin1Char('\n'), 0, 0));
            auto* box = new QMessageBox(QMessageBox::Information, tr("Connection"), *report, QMessageBox::Ok,
                                        m_context->dialogParent());
            box->setObjectName(QStringLiteral("softcardVerifyBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void SoftcardController::browseForTool() {
    auto* dialog =
        new QFileDialog(m_context->dialogParent(), tr("Choose softcardtool"), m_view->toolPathEdit()->text());
    dialog->setObjectName(QStringLiteral("softcardToolFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_view->toolPathEdit()->setText(file);
        QSettings().setValue(kToolPathKey, file);
        onProviderChosen();
    });
    dialog->open();
}

} // namespace hsm
