#include "ImportController.h"

#include "ActionSupport.h"
#include "CertFile.h"
#include "CertImport.h"
#include "ImportDialog.h"
#include "Session.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace hsm {

ImportController::ImportController(WindowContext* context) : QObject(context), m_context(context) {
    setObjectName(QStringLiteral("importController"));
    m_action =
        makeAction(this, QString(), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                   tr("Import certificates (PEM, DER, PKCS#7) or a PKCS#12 certificate and key onto the "
                      "selected token, paired with the matching key"),
                   QStringLiteral("importCertificatesAction"), tr("Import certificates"));
    // The window's shortcuts reach it only when it belongs to a widget of the window.
    if (QWidget* window = context->dialogParent())
        window->addAction(m_action);
    if (QMenu* menu = context->menu(WindowContext::Menu::Certificate))
        menu->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &ImportController::openDialog);
    connect(context, &WindowContext::currentTokenChanged, this, &ImportController::updateAction);
    updateAction();
}

ImportController::~ImportController() = default;

ImportDialog* ImportController::dialog() const {
    return m_dialog.data();
}

void ImportController::updateAction() {
    const auto token = m_context->currentToken();
    m_action->setEnabled(m_context->currentWorker() != nullptr && token && token->has(CKF_TOKEN_INITIALIZED));
}

void ImportController::openDialog() {
    TokenWorker* worker = m_context->currentWorker();
    const auto token = m_context->currentToken();
    if (worker == nullptr || !token)
        return;
    if (m_dialog && m_dialog->isVisible() && m_worker == worker) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_dialog)
        m_dialog->close();
    m_worker = worker;
    m_busy = false;
    m_dialog = new ImportDialog(token->label, m_context->isLoggedIn(), m_context->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::previewRequested, this, &ImportController::runPreview);
    connect(m_dialog, &ImportDialog::importRequested, this, &ImportController::runImport);
    m_dialog->show();
}

void ImportController::runPreview() {
    if (!m_dialog || !m_worker || m_busy)
        return;
    const QString path = m_dialog->filePath();
    std::shared_ptr<SecureBuffer> password = m_dialog->password();
    const quint64 generation = ++m_previewGeneration;
    m_dialog->showPreview(tr("Reading “%1”…").arg(path));
    m_worker->submit(
        this,
        [path, password](WorkerContext& context) -> Result<certimport::Preview> {
            Result<certfile::ParsedFile> file = certfile::readFile(path, password.get());
            if (password)
                password->clear();
            if (!file)
                return file.error();
            Result<Session*> session = context.session();
            if (!session)
                return session.error();
            return certimport::preview(**session, context.token(), *file);
        },
        [this, generation](const Result<certimport::Preview>& result) {
            // A newer preview (another file) was asked for meanwhile: this one is stale.
            if (!m_dialog || generation != m_previewGeneration)
                return;
            if (result) {
                m_dialog->showPreview(result->text());
            } else {
                m_dialog->showPreview(result.error().text());
                if (result.error().call == QLatin1String("PKCS12_verify_mac"))
                    m_dialog->showPasswordField();
            }
            emit previewFinished(result.ok());
        });
}

void ImportController::runImport() {
    if (!m_dialog || !m_worker || m_busy)
        return;
    const QString path = m_dialog->filePath();
    const QString label = m_dialog->label();
    std::shared_ptr<SecureBuffer> password = m_dialog->password();
    m_busy = true;
    ++m_previewGeneration; // a preview still running would describe the token before the import
    m_dialog->setBusy(true, tr("Importing…"));
    m_worker->submit(
        this,
        [path, password, label](WorkerContext& context) -> Result<certimport::ImportReport> {
            Result<certfile::ParsedFile> file = certfile::readFile(path, password.get());
            if (password)
                password->clear();
            if (!file)
                return file.error();
            Result<Session*> session = context.session();
            if (!session)
                return session.error();
            return certimport::importFile(**session, context.token(), *file, label);
        },
        [this](const Result<certimport::ImportReport>& result) {
            m_busy = false;
            if (m_dialog) {
                m_dialog->setBusy(false);
                m_dialog->showResult(result ? result->text() : result.error().text(), result.ok());
                if (!result && result.error().call == QLatin1String("PKCS12_verify_mac"))
                    m_dialog->showPasswordField();
            }
            if (result) {
                m_context->showStatus(
                    tr("Import finished: %n object(s) created.", nullptr, result->createdCount()));
                if (result->createdCount() > 0)
                    m_context->reloadObjects();
            } else {
                m_context->showStatus(tr("Import failed: %1").arg(result.error().text()));
            }
            emit finished(result.ok(), result ? Error{} : result.error());
        });
}

} // namespace hsm
