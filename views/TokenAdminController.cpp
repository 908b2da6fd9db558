#include "TokenAdminController.h"

#include "ActionSupport.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "Session.h"
#include "TokenAdmin.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <functional>

namespace hsm {

namespace {

/// The tree row of the token in `slot` of module `path`, searched at every level.
QModelIndex findTokenRow(const QAbstractItemModel* model, const QString& path, CK_SLOT_ID slot,
                         const QModelIndex& parent = {}) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(ModuleTreeModel::KindRole).toInt() == static_cast<int>(ModuleTreeModel::Kind::Token) &&
            index.data(ModuleTreeModel::ModulePathRole).toString() == path &&
            index.data(ModuleTreeModel::SlotIdRole).toULongLong() == slot)
            return index;
        if (QModelIndex found = findTokenRow(model, path, slot, index); found.isValid())
            return found;
    }
    return {};
}

/// Logs the user out of the worker's session when it is logged in as user: SO login needs that.
Result<void> leaveUserLogin(WorkerContext& context, Session& session) {
    auto info = session.info();
    if (!info)
        return info.error();
    if (info->state != CKS_RO_USER_FUNCTIONS && info->state != CKS_RW_USER_FUNCTIONS)
        return {};
    if (auto r = session.logout(); !r)
        return r;
    context.setLoggedIn(false);
    return {};
}

} // namespace

TokenAdminController::TokenAdminController(WindowContext* context) : QObject(context), m_context(context) {
    setObjectName(QStringLiteral("tokenAdminController"));
    m_initToken =
        makeAction(this, QStringLiteral(":/icons/init-token.svg"), tr("&Initialise token…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                   tr("Initialise the selected token: destroys all its objects, sets label and SO PIN"),
                   QStringLiteral("initTokenAction"), tr("Initialise token"));
    m_changeUserPin = makeAction(this, QStringLiteral(":/icons/change-pin.svg"), tr("&Change user PIN…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 tr("Change the user PIN of the selected token"),
                                 QStringLiteral("changeUserPinAction"), tr("Change user PIN"));
    m_changeSoPin = makeAction(this, QString(), tr("Change &SO PIN…"), QKeySequence(),
                               tr("Change the security officer's PIN of the selected token"),
                               QStringLiteral("changeSoPinAction"), tr("Change SO PIN"));
    m_initUserPin = makeAction(this, QString(), tr("&Initialise user PIN…"), QKeySequence(),
                               tr("As security officer, set the user PIN of the selected token"),
                               QStringLiteral("initUserPinAction"), tr("Initialise user PIN"));
    m_unblockUserPin = makeAction(this, QString(), tr("&Unblock user PIN…"), QKeySequence(),
                                  tr("As security officer, set a new user PIN, unlocking a locked one"),
                                  QStringLiteral("unblockUserPinAction"), tr("Unblock user PIN"));

    if (QWidget* window = context->dialogParent()) {
        // Shortcuts reach actions only when they belong to a widget of the window.
        window->addAction(m_initToken);
        window->addAction(m_changeUserPin);
    }
    if (QMenu* menu = context->menu(WindowContext::Menu::Token)) {
        menu->addSeparator();
        menu->addAction(m_initToken);
        m_pinsMenu = menu->addMenu(tr("P&INs"));
        m_pinsMenu->setObjectName(QStringLiteral("pinsMenu"));
        m_pinsMenu->addAction(m_changeUserPin);
        m_pinsMenu->addAction(m_changeSoPin);
        m_pinsMenu->addSeparator();
        m_pinsMenu->addAction(m_initUserPin);
        m_pinsMenu->addAction(m_unblockUserPin);
    }

    connect(m_initToken, &QAction::triggered, this, &TokenAdminController::openInitToken);
    connect(m_changeUserPin, &QAction::triggered, this,
            [this] { openPinDialog(PinChangeDialog::Mode::ChangeUserPin); });
    connect(m_changeSoPin, &QAction::triggered, this,
            [this] { openPinDialog(PinChangeDialog::Mode::ChangeSoPin); });
    connect(m_initUserPin, &QAction::triggered, this,
            [this] { openPinDialog(PinChangeDialog::Mode::InitUserPin); });
    connect(m_unblockUserPin, &QAction::triggered, this,
            [this] { openPinDialog(PinChangeDialog::Mode::UnblockUserPin); });
    connect(context, &WindowContext::currentTokenChanged, this, [this] {
        m_listed = false;
        followWorker();
        updateActions();
    });
    connect(context, &WindowContext::objectsListed, this, [this] { m_listed = true; });
    followWorker();
    updateActions();
}

void TokenAdminController::followWorker() {
    TokenWorker* worker = m_context->currentWorker();
    if (worker == m_followed)
        return;
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = worker;
    // PIN flags and the initialised state arrive with fresh token info; the actions depend on them.
    if (worker)
        connect(worker, &TokenWorker::tokenInfoReady, this, [this] { updateActions(); });
}

void TokenAdminController::updateActions() {
    const std::optional<TokenInfo> token = m_context->currentToken();
    const bool present = !m_busy && m_context->currentWorker() != nullptr && token.has_value();
    const bool initialised = present && token->has(CKF_TOKEN_INITIALIZED);
    m_initToken->setEnabled(present);
    m_changeUserPin->setEnabled(initialised && token->has(CKF_USER_PIN_INITIALIZED));
    m_changeSoPin->setEnabled(initialised);
    m_initUserPin->setEnabled(initialised);
    m_unblockUserPin->setEnabled(initialised);
    if (m_pinsMenu)
        m_pinsMenu->setEnabled(initialised);
}

void TokenAdminController::openInitToken() {
    TokenWorker* worker = m_context->currentWorker();
    const std::optional<TokenInfo> token = m_context->currentToken();
    const std::optional<CK_SLOT_ID> slot = m_context->currentSlot();
    if (worker == nullptr || !token || !slot || m_busy || m_dialog)
        return;
    const QString path = m_context->currentModulePath();
    QString slotDescription;
    for (const SlotInfo& info : m_context->moduleManager()->slotList(path))
        if (info.id == *slot)
            slotDescription = info.description;
    const std::optional<int> listed =
        m_listed ? std::optional<int>(static_cast<int>(m_context->listedObjects().size())) : std::nullopt;
    auto* dialog = new InitTokenDialog(*token, *slot, slotDescription, listed, m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runInitToken(dialog->takeRequest()); });
    dialog->open();
}

void TokenAdminController::openPinDialog(PinChangeDialog::Mode mode) {
    const std::optional<TokenInfo> token = m_context->currentToken();
    if (m_context->currentWorker() == nullptr || !token || m_busy || m_dialog)
        return;
    auto* dialog = new PinChangeDialog(mode, *token, m_context->isLoggedIn(), m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, mode] { runPinChange(mode, dialog->takeRequest()); });
    dialog->open();
}

void TokenAdminController::runInitToken(InitTokenRequest request) {
    TokenWorker* worker = m_context->currentWorker();
    const std::optional<CK_SLOT_ID> slot = m_context->currentSlot();
    if (worker == nullptr || !slot)
        return;
    const QString path = m_context->currentModulePath();
    const QString label = request.label;
    m_busy = true;
    updateActions();
    m_context->showStatus(tr("Initialising the token in slot %1…").arg(*slot));
    worker->submit(
        this,
        [request = std::move(request)](WorkerContext& c) mutable -> Result<void> {
            // C_InitToken refuses while any session of this process is open on the slot; closing the
            // worker's session also ends its login.
            c.closeSession();
            c.setLoggedIn(false);
            Result<void> result =
                tokenadmin::initToken(c.module(), c.modulePtr(), c.slot(), request.label, request.soPin.get(),
                                      request.userPin.get(), request.confirmedFinalTry);
            request.soPin.reset(); // wiped once the last reference is gone
            request.userPin.reset();
            c.refreshTokenInfo();
            return result;
        },
        [this, path, slot = *slot, label](Result<void> result) {
            // SoftHSM2 and others show the initialised token (and maybe a new free slot) only in a new
            // slot list: read it again, then select the token anew.
            if (result)
                reselectAfterRefresh(path, slot);
            m_context->refreshModule(path);
            jobDone(tr("Initialising the token failed"),
                    tr("Initialised the token “%1” in slot %2").arg(label).arg(slot), result);
        });
}

void TokenAdminController::runPinChange(PinChangeDialog::Mode mode, PinChangeRequest request) {
    TokenWorker* worker = m_context->currentWorker();
    if (worker == nullptr)
        return;
    using Mode = PinChangeDialog::Mode;
    QString failure, success;
    switch (mode) {
    case Mode::ChangeUserPin:
        failure = tr("Changing the user PIN failed");
        success = tr("Changed the user PIN");
        break;
    case Mode::ChangeSoPin:
        failure = tr("Changing the SO PIN failed");
        success = tr("Changed the SO PIN");
        break;
    case Mode::InitUserPin:
        failure = tr("Setting the user PIN failed");
        success = tr("Set the user PIN");
        break;
    case Mode::UnblockUserPin:
        failure = tr("Unblocking the user PIN failed");
        success = tr("Unblocked the user PIN: it has the new PIN now");
        break;
    }
    m_busy = true;
    updateActions();
    worker->submit(
        this,
        [mode, request = std::move(request)](WorkerContext& c) mutable -> Result<void> {
            Result<void> result = [&]() -> Result<void> {
                auto session = c.session();
                if (!session)
                    return session.error();
                Session& s = **session;
                const SecureBuffer* current = request.currentPin.get();
                const SecureBuffer* next = request.newPin.get();
                const bool final = request.confirmedFinalTry;
                switch (mode) {
                case Mode::ChangeUserPin:
                    return tokenadmin::changePin(s, current, next, final);
                case Mode::ChangeSoPin:
                    // One login state per token: the dialog said the user is logged out first.
                    if (auto r = leaveUserLogin(c, s); !r)
                        return r;
                    return tokenadmin::changeSoPin(s, current, next, final);
                case Mode::InitUserPin:
                case Mode::UnblockUserPin:
                    if (auto r = leaveUserLogin(c, s); !r)
                        return r;
                    return tokenadmin::unblockUserPin(s, current, next, final);
                }
                return Error::other(QStringLiteral("C_SetPIN"), QStringLiteral("unknown PIN operation"));
            }();
            request.currentPin.reset();
            request.newPin.reset();
            c.refreshTokenInfo(); // PIN flags changed, or a failure counted
            return result;
        },
        [this, failure, success](Result<void> result) { jobDone(failure, success, result); });
}

void TokenAdminController::jobDone(const QString& failureContext, const QString& success,
                                   const Result<void>& result) {
    m_busy = false;
    updateActions();
    if (result) {
        m_context->showStatus(success);
        emit finished(true, Error{});
        return;
    }
    // Shown, never retried: a wrong PIN sent again would only use up another try.
    m_context->showError(failureContext, result.error());
    emit finished(false, result.error());
}

void TokenAdminController::reselectAfterRefresh(const QString& modulePath, CK_SLOT_ID slot) {
    ModuleManager* manager = m_context->moduleManager();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(manager, &ModuleManager::slotsChanged, this,
                [this, connection, modulePath, slot](const QString& path, const QList<SlotInfo>&) {
                    if (path != modulePath)
                        return;
                    disconnect(*connection);
                    // After the tree model and the window handled the change.
                    QTimer::singleShot(0, this, [this, modulePath, slot] {
                        auto* tree = m_context->dialogParent()
                                         ? m_context->dialogParent()->findChild<QTreeView*>(
                                               QStringLiteral("moduleTree"))
                                         : nullptr;
                        if (tree == nullptr || m_context->currentWorker() != nullptr)
                            return; // the same token is still shown (its label and serial stayed)
                        const QModelIndex row = findTokenRow(tree->model(), modulePath, slot);
                        if (!row.isValid())
                            return;
                        // Moving away and back makes the window open the new token's worker.
                        tree->selectionModel()->clearCurrentIndex();
                        tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
                    });
                });
    // A module that reports no change never emits; do not keep listening forever.
    QTimer::singleShot(30000, this, [connection] { QObject::disconnect(*connection); });
}

} // namespace hsm
