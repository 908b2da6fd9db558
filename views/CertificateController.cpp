#include "CertificateController.h"

#include "ActionSupport.h"
#include "CertIssue.h"
#include "CertificateInfo.h"
#include "EnrollWizard.h"
#include "IssueCertificateDialog.h"
#include "ObjectAdmin.h"
#include "SelfSignDialog.h"
#include "SubjectEditor.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QWidget>

namespace hsm {

namespace {

/// Shows a dialog already open for the same token, instead of a second one.
template <typename Dialog> bool raiseExisting(const QPointer<Dialog>& dialog, TokenWorker* worker) {
    if (!dialog || !dialog->isVisible() || dialog->worker() != worker)
        return false;
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

CertificateController::CertificateController(WindowContext* context) : QObject(context), m_context(context) {
    setObjectName(QStringLiteral("certificateController"));
    const QString icon = QStringLiteral(":/icons/certificate.svg");
    m_enroll =
        makeAction(this, icon, tr("&Enroll (create CSR)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   tr("Create a certificate signing request with a key pair on the selected token"),
                   QStringLiteral("enrollAction"), tr("Enroll (create CSR)"));
    m_issue = makeAction(this, icon, tr("&Issue certificate from CSR…"), QKeySequence(),
                         tr("Sign a certificate request with a CA key on the selected token"),
                         QStringLiteral("issueCertificateAction"), tr("Issue certificate from CSR"));
    m_selfSign =
        makeAction(this, icon, tr("&Self-signed CA certificate…"), QKeySequence(),
                   tr("Make a self-signed (root CA) certificate for a key pair on the selected token"),
                   QStringLiteral("selfSignAction"), tr("Self-signed CA certificate"));
    QWidget* window = context->dialogParent();
    QMenu* menu = context->menu(WindowContext::Menu::Certificate);
    for (QAction* action : {m_enroll, m_issue, m_selfSign}) {
        // The window's shortcuts reach an action only when it belongs to a widget of the window.
        if (window != nullptr)
            window->addAction(action);
        if (menu != nullptr)
            menu->addAction(action);
        action->setProperty("readyToolTip", action->toolTip());
    }
    if (QToolBar* toolBar = context->toolBar())
        addToToolBar(toolBar, m_enroll);
    connect(m_enroll, &QAction::triggered, this, &CertificateController::openEnrollWizard);
    connect(m_issue, &QAction::triggered, this, &CertificateController::openIssueDialog);
    connect(m_selfSign, &QAction::triggered, this, &CertificateController::openSelfSignDialog);
    connect(context, &WindowContext::currentTokenChanged, this, &CertificateController::updateActions);
    updateActions();
}

EnrollWizard* CertificateController::wizard() const {
    return m_wizard.data();
}

IssueCertificateDialog* CertificateController::issueDialog() const {
    return m_issueDialog.data();
}

SelfSignDialog* CertificateController::selfSignDialog() const {
    return m_selfSignDialog.data();
}

bool CertificateController::ready() const {
    const auto token = m_context->currentToken();
    return m_context->currentWorker() != nullptr && token && token->has(CKF_TOKEN_INITIALIZED) &&
           m_context->isLoggedIn();
}

void CertificateController::updateActions() {
    const bool ready = this->ready();
    const bool token = m_context->currentWorker() != nullptr;
    for (QAction* action : {m_enroll, m_issue, m_selfSign}) {
        action->setEnabled(ready);
        // A disabled action says why, so the user knows what to do first.
        if (ready)
            action->setToolTip(action->property("readyToolTip").toString());
        else if (token)
            action->setToolTip(tr("Log in first: signing with a key on the token needs the user login"));
        else
            action->setToolTip(tr("Select a token and log in first"));
    }
}

void CertificateController::openEnrollWizard() {
    if (!ready())
        return;
    if (raiseExisting(m_wizard, m_context->currentWorker()))
        return;
    m_wizard = new EnrollWizard(m_context, m_context->dialogParent());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->show();
}

void CertificateController::openIssueDialog() {
    if (!ready())
        return;
    if (raiseExisting(m_issueDialog, m_context->currentWorker()))
        return;
    m_issueDialog = new IssueCertificateDialog(m_context, m_context->dialogParent());
    m_issueDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_issueDialog->show();
}

void CertificateController::openSelfSignDialog() {
    if (!ready())
        return;
    if (raiseExisting(m_selfSignDialog, m_context->currentWorker()))
        return;
    m_selfSignDialog = new SelfSignDialog(m_context, m_context->dialogParent());
    m_selfSignDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_selfSignDialog->show();
}

// ---- certui ---------------------------------------------------------------------------------

namespace certui {

void readSigningKey(TokenWorker* worker, QObject* receiver, const ObjectSummary& key,
                    const std::optional<ObjectSummary>& certificate,
                    std::function<void(Result<SigningKeyInfo>)> done) {
    if (worker == nullptr) {
        done(Error::other(QStringLiteral("TokenKey::open"),
                          QCoreApplication::translate("hsm::certui", "the token is no longer available"),
                          QCoreApplication::translate("hsm::certui", "Select the token again.")));
        return;
    }
    worker->submit(
        receiver,
        [key, certificate](WorkerContext& context) -> Result<SigningKeyInfo> {
            Result<Session*> session = context.session();
            if (!session)
                return session.error();
            const TokenInfo token = context.token();
            auto opened = signing::TokenKey::open(**session, token, key);
            if (!opened)
                return opened.error();
            auto mechanisms = context.module().mechanisms(context.slot());
            if (!mechanisms)
                return mechanisms.error();
            SigningKeyInfo info;
            info.key = key;
            info.facts = opened->facts();
            info.mechanisms = *mechanisms;
            info.algorithms = signing::supportedAlgorithms(info.facts, info.mechanisms);
            if (certificate) {
                auto value = objects::readAttribute(**session, certificate->handle, CKA_VALUE);
                if (!value)
                    return value.error();
                if (!value->has_value())
                    return Error::other(
                        QStringLiteral("C_GetAttributeValue"),
                        QCoreApplication::translate("hsm::certui", "the certificate “%1” has no CKA_VALUE")
                            .arg(certificate->label),
                        QCoreApplication::translate("hsm::certui", "Import the CA certificate again."));
                info.certificate = **value;
            }
            return info;
        },
        std::move(done));
}

void fillAlgorithms(QComboBox* combo, const QList<signing::Algorithm>& algorithms) {
    combo->clear();
    for (const signing::Algorithm& algorithm : algorithms)
        combo->addItem(signing::algorithmName(algorithm));
    combo->setEnabled(!algorithms.isEmpty());
    combo->setToolTip(algorithms.isEmpty()
                          ? QCoreApplication::translate(
                                "hsm::certui", "The token offers no signature mechanism for this key")
                          : QCoreApplication::translate(
                                "hsm::certui", "Only what this token can sign with this key is offered"));
}

std::optional<signing::Algorithm> chosenAlgorithm(const QComboBox* combo,
                                                  const QList<signing::Algorithm>& algorithms) {
    const int index = combo->currentIndex();
    if (index < 0 || index >= algorithms.size())
        return std::nullopt;
    return algorithms.at(index);
}

IssuedCertificate storeIfAsked(Session& session, const TokenInfo& token, QByteArray der, bool store) {
    IssuedCertificate issued;
    issued.der = std::move(der);
    if (!store)
        return issued;
    auto stored = certstore::storeCertificate(session, token, issued.der);
    if (stored)
        issued.stored = std::move(stored).value();
    else
        issued.storeError = stored.error();
    return issued;
}

Result<QStringList> deliver(const IssuedCertificate& issued, const QString& path, bool der) {
    QStringList lines;
    const auto summary = x509::decodeCertificate(issued.der);
    if (summary)
        // No subject here: the dialog shows it above, in the form its request or subject editor uses.
        lines << QCoreApplication::translate("hsm::certui",
                                             "Issued certificate serial %1, valid until %2; its signature "
                                             "verifies with the issuer's key.")
                     .arg(summary->serialHex,
                          summary->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    else
        lines << QCoreApplication::translate("hsm::certui", "Issued the certificate.");
    if (!path.isEmpty()) {
        if (Result<void> saved = saveFile(path, der ? issued.der : certs::certificateToPem(issued.der));
            !saved)
            return saved.error();
        lines << QCoreApplication::translate("hsm::certui", "Written to %1 (%2)")
                     .arg(path, der ? QStringLiteral("DER") : QStringLiteral("PEM"));
    }
    if (issued.stored) {
        if (issued.stored->alreadyPresent)
            lines << QCoreApplication::translate("hsm::certui", "Already on the token: nothing was stored.");
        else if (issued.stored->pairedWith)
            lines << QCoreApplication::translate("hsm::certui",
                                                 "Stored on the token beside its key “%1” (ID %2).")
                         .arg(issued.stored->pairedWith->label,
                              objects::idText(issued.stored->pairedWith->id));
        else
            lines << QCoreApplication::translate(
                "hsm::certui", "Stored on the token on its own: no key on this token matches it.");
    }
    if (issued.storeError)
        lines << QCoreApplication::translate("hsm::certui", "Not stored on the token: %1")
                     .arg(issued.storeError->text());
    return lines;
}

} // namespace certui

} // namespace hsm
