#include "ChainController.h"

#include "ActionSupport.h"
#include "ChainView.h"
#include "ExpiryView.h"
#include "ModuleManager.h"
#include "ObjectAdmin.h"
#include "Pkcs11Uri.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace hsm {

namespace {

using TrustResult = Result<QList<truststore::TrustedCertificate>>;

bool samePath(const QString& a, const QString& b) {
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return a == b || (!canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath());
}

bool isX509Certificate(const ObjectSummary& object) {
    return object.objectClass == CKO_CERTIFICATE && object.certificateType.value_or(CKC_X_509) == CKC_X_509;
}

} // namespace

ChainController::ChainController(WindowContext* context)
    : QObject(context), m_context(context), m_trustModulePath(truststore::defaultModulePath()) {
    setObjectName(QStringLiteral("chainController"));
    const QString icon = QStringLiteral(":/icons/certificate.svg");
    m_showChain = makeAction(this, icon, tr("Show &chain…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             tr("Show the selected certificate's chain up to its root, built from the "
                                "certificates of every open token, added files and the system trust store"),
                             QStringLiteral("showChainAction"), tr("Show certificate chain"));
    m_expiring = makeAction(this, icon, tr("E&xpiring certificates…"), QKeySequence(),
                            tr("List the certificates of all open tokens that expire soon or have expired"),
                            QStringLiteral("expiringCertificatesAction"), tr("Expiring certificates"));
    if (QWidget* window = context->dialogParent())
        window->addActions({m_showChain, m_expiring});
    if (QMenu* menu = context->menu(WindowContext::Menu::Certificate)) {
        menu->addSeparator();
        menu->addAction(m_showChain);
        menu->addAction(m_expiring);
    }
    if (QAbstractItemView* view = context->objectView())
        view->addAction(m_showChain);
    connect(m_showChain, &QAction::triggered, this, &ChainController::showChain);
    connect(m_expiring, &QAction::triggered, this, &ChainController::showExpiring);
    connect(context, &WindowContext::selectionChanged, this, &ChainController::updateActions);
    connect(context, &WindowContext::currentTokenChanged, this, &ChainController::updateActions);
    connect(context, &WindowContext::objectsListed, this, &ChainController::updateActions);
    updateActions();
}

ChainView* ChainController::chainView() const {
    return m_chainView.data();
}

ExpiryView* ChainController::expiryView() const {
    return m_expiryView.data();
}

void ChainController::updateActions() {
    const QList<ObjectSummary> selected =
        m_context->currentWorker() != nullptr ? m_context->selectedObjects() : QList<ObjectSummary>();
    const bool certificate = selected.size() == 1 && isX509Certificate(selected.first());
    m_showChain->setEnabled(certificate);
}

void ChainController::showChain() {
    TokenWorker* worker = m_context->currentWorker();
    const QList<ObjectSummary> selected =
        worker != nullptr ? m_context->selectedObjects() : QList<ObjectSummary>();
    if (selected.size() != 1 || !isX509Certificate(selected.first())) {
        m_context->showStatus(tr("Select one X.509 certificate first"));
        return;
    }
    const ObjectSummary certificate = selected.first();
    const std::optional<TokenInfo> token = m_context->currentToken();
    const QString label = token ? token->label : QString();
    worker->submit(
        this,
        [handle = certificate.handle](WorkerContext& c) -> Result<std::optional<QByteArray>> {
            Result<Session*> session = c.session();
            if (!session)
                return session.error();
            return objects::readAttribute(**session, handle, CKA_VALUE);
        },
        [this, certificate, label](Result<std::optional<QByteArray>> value) {
            if (!value) {
                m_context->showError(tr("Reading the certificate failed"), value.error());
                return;
            }
            if (!value->has_value() || (*value)->isEmpty()) {
                m_context->showStatus(
                    tr("The certificate “%1” has no value to build a chain from").arg(certificate.label));
                return;
            }
            openChainView(**value, certificate, label);
        });
}

void ChainController::openChainView(const QByteArray& der, const ObjectSummary& certificate,
                                    const QString& tokenLabel) {
    if (m_chainView)
        m_chainView->close();
    const QString title = certificate.label.isEmpty() ? certificate.subject : certificate.label;
    auto* view =
        new ChainView({der, chain::Source::token(tokenLabel), false}, title, m_context->dialogParent());
    m_chainView = view;
    view->show();
    // Answers are queued to the GUI thread, so none arrives before the count is set below.
    auto pending = std::make_shared<int>(0);
    const int tokens = gatherTokens(view, [view, pending](const TokenAnswer& answer) {
        view->setPending(--*pending);
        if (!answer.certificates) {
            view->addSourceError(chain::Source::token(answer.label).text(),
                                 answer.certificates.error().text());
            return;
        }
        QList<chain::Candidate> candidates;
        for (const certcollect::TokenCertificate& c : *answer.certificates)
            candidates << chain::Candidate{c.der, chain::Source::token(answer.label), false};
        view->addCandidates(candidates);
    });
    const bool readTrust = !m_trustModulePath.isEmpty() && !m_trustCache;
    *pending = tokens + (readTrust ? 1 : 0);
    view->setPending(*pending);
    if (!m_trustModulePath.isEmpty())
        gatherTrustStore(view, [view, pending] { view->setPending(--*pending); });
}

int ChainController::gatherTokens(QObject* receiver, const std::function<void(const TokenAnswer&)>& answer) {
    ModuleManager* manager = m_context->moduleManager();
    if (manager == nullptr)
        return 0;
    int asked = 0;
    for (const ModuleInfo& module : manager->modules()) {
        // The trust module's certificates come in as the system trust store, marked as anchors.
        if (!m_trustModulePath.isEmpty() && samePath(module.path, m_trustModulePath))
            continue;
        for (const SlotInfo& slot : manager->slotList(module.path)) {
            if (!slot.token || !slot.token->has(CKF_TOKEN_INITIALIZED))
                continue;
            TokenWorker* worker = manager->tokenWorker(module.path, slot.id);
            if (worker == nullptr)
                continue;
            const QString label = slot.token->label;
            const QString key = module.path + QLatin1Char('|') + uri::forToken(*slot.token);
            worker->submit(
                receiver,
                [](WorkerContext& c) -> Result<QList<certcollect::TokenCertificate>> {
                    Result<Session*> session = c.session();
                    if (!session)
                        return session.error();
                    return certcollect::collectCertificates(**session, c.token());
                },
                [answer, label, key](Result<QList<certcollect::TokenCertificate>> certificates) {
                    answer(TokenAnswer{label, key, std::move(certificates)});
                });
            ++asked;
        }
    }
    return asked;
}

void ChainController::gatherTrustStore(ChainView* view, const std::function<void()>& arrived) {
    if (m_trustCache) {
        view->addCandidates(truststore::candidatesOf(*m_trustCache));
        return;
    }
    // A trust module the user loaded is read through that instance: a second load of the same
    // library would finalize it under the user's feet when released.
    std::shared_ptr<Module> loaded;
    if (ModuleManager* manager = m_context->moduleManager())
        for (const ModuleInfo& module : manager->modules())
            if (samePath(module.path, m_trustModulePath))
                loaded = manager->module(module.path);
    const QString path = m_trustModulePath;
    auto* watcher = new QFutureWatcher<TrustResult>(view);
    QPointer<ChainController> self(this);
    connect(watcher, &QFutureWatcher<TrustResult>::finished, view, [self, view, watcher, arrived] {
        const TrustResult result = watcher->result();
        watcher->deleteLater();
        arrived();
        if (!result) {
            view->addSourceError(chain::Source::systemTrust().text(), result.error().text());
            return;
        }
        if (self)
            self->m_trustCache = *result;
        view->addCandidates(truststore::candidatesOf(*result));
    });
    watcher->setFuture(QtConcurrent::run([loaded, path]() -> TrustResult {
        return loaded ? truststore::readCertificates(loaded) : truststore::loadSystemCertificates(path);
    }));
}

void ChainController::showExpiring() {
    if (m_expiryView && m_expiryView->isVisible()) {
        m_expiryView->raise();
        m_expiryView->activateWindow();
        return;
    }
    auto* view = new ExpiryView(m_context->dialogParent());
    m_expiryView = view;
    view->show();
    auto pending = std::make_shared<int>(0);
    *pending = gatherTokens(view, [view, pending](const TokenAnswer& answer) {
        view->setPending(--*pending);
        if (!answer.certificates) {
            view->addSourceError(chain::Source::token(answer.label).text(),
                                 answer.certificates.error().text());
            return;
        }
        view->setTokenCertificates(answer.key, answer.label, *answer.certificates);
    });
    view->setPending(*pending);
}

} // namespace hsm
