#include "KeyGenWizard.h"

#include "KeyGenPages.h"
#include "KeyGenReviewPages.h"
#include "KeyGenRunPage.h"
#include "ModuleManager.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace hsm {

namespace {

QString onOff(bool value) {
    return value ? QCoreApplication::translate("hsm::KeyGenWizard", "on")
                 : QCoreApplication::translate("hsm::KeyGenWizard", "off");
}

/// What applying a profile's defaults changed, as "token: on" entries.
QStringList specChanges(const keygen::KeySpec& before, const keygen::KeySpec& after) {
    QStringList changes;
    auto compare = [&](bool was, bool now, const char* name) {
        if (was != now)
            changes << QStringLiteral("%1: %2").arg(QCoreApplication::translate("hsm::KeyGenWizard", name),
                                                    onOff(now));
    };
    compare(before.token, after.token, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "token"));
    compare(before.isPrivate, after.isPrivate, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "private"));
    compare(before.sensitive, after.sensitive, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "sensitive"));
    compare(before.extractable, after.extractable, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "extractable"));
    compare(before.usage.sign, after.usage.sign, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "sign"));
    compare(before.usage.verify, after.usage.verify, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "verify"));
    compare(before.usage.encrypt, after.usage.encrypt, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "encrypt"));
    compare(before.usage.decrypt, after.usage.decrypt, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "decrypt"));
    compare(before.usage.wrap, after.usage.wrap, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "wrap"));
    compare(before.usage.unwrap, after.usage.unwrap, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "unwrap"));
    compare(before.usage.derive, after.usage.derive, QT_TRANSLATE_NOOP("hsm::KeyGenWizard", "derive"));
    if (before.label != after.label)
        changes << QCoreApplication::translate("hsm::KeyGenWizard", "label: “%1”").arg(after.label);
    return changes;
}

} // namespace

KeyGenWizard::KeyGenWizard(WindowContext* context, QWidget* parent)
    : QWizard(parent), m_context(context), m_worker(context->currentWorker()),
      m_token(context->currentToken().value_or(TokenInfo{})) {
    setObjectName(QStringLiteral("keyGenWizard"));
    setWindowTitle(tr("Generate key on “%1”").arg(m_token.label));
    setAccessibleName(tr("Key generation wizard"));
    setWindowModality(Qt::NonModal);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    resize(760, 600);

    const QString path = context->currentModulePath();
    m_module.path = path;
    for (const ModuleInfo& module : context->moduleManager()->modules())
        if (module.path == path)
            m_module = module;
    m_automaticProfile = &keygen::profileFor(m_module, m_token);
    m_profile = m_automaticProfile;
    m_spec = keygen::KeySpec::defaults(keygen::KeyKind::Rsa);
    m_profile->applyDefaults(m_spec);

    setPage(KindPageId, new KeyGenKindPage(this));
    setPage(AttributesPageId, new KeyGenAttributesPage(this));
    setPage(ProfilePageId, new KeyGenProfilePage(this));
    setPage(PreviewPageId, new KeyGenPreviewPage(this));
    m_runPage = new KeyGenRunPage(this);
    setPage(RunPageId, m_runPage);
    setStartId(KindPageId);

    // The window re-emits this after a login or logout, and when another token is selected.
    connect(context, &WindowContext::currentTokenChanged, this, &KeyGenWizard::sessionStateChanged);
    if (m_worker) {
        connect(m_worker, &TokenWorker::loginStateChanged, this, &KeyGenWizard::sessionStateChanged);
        connect(m_worker, &TokenWorker::tokenInfoReady, this, [this](const TokenInfo& token) {
            m_token = token;
            emit sessionStateChanged();
        });
        connect(m_worker, &QObject::destroyed, this, &KeyGenWizard::sessionStateChanged);
    }
    loadMechanisms();
}

KeyGenWizard::~KeyGenWizard() = default;

TokenWorker* KeyGenWizard::worker() const {
    return m_worker.data();
}

std::optional<keygen::KeyCapability> KeyGenWizard::capability(keygen::KeyKind kind) const {
    for (const keygen::KeyCapability& capability : m_capabilities)
        if (capability.kind == kind)
            return capability;
    return std::nullopt;
}

void KeyGenWizard::setKind(keygen::KeyKind kind) {
    const QString label = m_spec.label;
    const QByteArray id = m_spec.id;
    m_spec = keygen::KeySpec::defaults(kind);
    m_spec.label = label;
    m_spec.id = id;
    m_spec.mechanism = keygen::generationMechanism(kind, m_mechanisms);
    m_profile->applyDefaults(m_spec);
}

QStringList KeyGenWizard::setProfile(const keygen::VendorProfile& profile) {
    const keygen::KeySpec before = m_spec;
    m_profile = &profile;
    m_profile->applyDefaults(m_spec);
    return specChanges(before, m_spec);
}

QString KeyGenWizard::generationBlocker() const {
    if (!m_worker)
        return tr("The token “%1” is no longer available.").arg(m_token.label);
    if (!m_token.has(CKF_TOKEN_INITIALIZED))
        return tr("The token “%1” is not initialised: initialise it before generating keys on it.")
            .arg(m_token.label);
    if (m_token.has(CKF_WRITE_PROTECTED))
        return tr("The token “%1” is write-protected: no key can be generated on it.").arg(m_token.label);
    if (!m_worker->isLoggedIn())
        return tr("Generating a key needs a logged-in session: log in to “%1” first.").arg(m_token.label);
    return {};
}

QAction* KeyGenWizard::loginAction() const {
    QWidget* window = m_context->dialogParent();
    return window ? window->findChild<QAction*>(QStringLiteral("loginAction")) : nullptr;
}

void KeyGenWizard::requestLogin() {
    // The window's login action works on the token selected there; it asks for the PIN itself.
    if (m_context->currentWorker() != m_worker) {
        m_context->showStatus(tr("Select the token “%1” in the window to log in to it.").arg(m_token.label));
        return;
    }
    if (QAction* action = loginAction(); action && action->isEnabled())
        action->trigger();
}

void KeyGenWizard::reject() {
    // Closing while the module generates: abandon, the result is still reported in the window.
    if (m_runPage->isRunning())
        m_runPage->abandon();
    QWizard::reject();
}

void KeyGenWizard::loadMechanisms() {
    if (!m_worker) {
        m_mechanismsLoaded = true;
        m_mechanismError =
            Error::other(QStringLiteral("C_GetMechanismList"), tr("the token is no longer available"));
        emit mechanismsChanged();
        return;
    }
    m_worker->submit(
        this, [](WorkerContext& context) { return context.module().mechanisms(context.slot()); },
        [this](Result<QList<MechanismInfo>> result) {
            m_mechanismsLoaded = true;
            if (result) {
                m_mechanisms = result.value();
                m_capabilities = keygen::capabilities(m_mechanisms);
            } else {
                m_mechanismError = result.error();
                m_context->showError(tr("Reading the token's mechanisms failed"), result.error());
            }
            emit mechanismsChanged();
        });
}

} // namespace hsm
