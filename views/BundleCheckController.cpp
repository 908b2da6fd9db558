#include "BundleCheckController.h"

#include "ActionSupport.h"
#include "BundleCheckDialog.h"
#include "ObjectAdmin.h"
#include "ObjectExport.h"
#include "ObjectLister.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <memory>

namespace hsm {

BundleCheckController::BundleCheckController(WindowContext* context) : QObject(context), m_context(context) {
    setObjectName(QStringLiteral("bundleCheckController"));
    m_action =
        makeAction(this, QStringLiteral(":/icons/certificate.svg"), tr("Check client certificate &bundle…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   tr("Check a network HSM client's certificate, key, PEM file, CA bundle and PFX against "
                      "the nShield Web Services rules"),
                   QStringLiteral("bundleCheckAction"), tr("Check client certificate bundle"));
    connect(m_action, &QAction::triggered, this, &BundleCheckController::openDialog);
    if (QMenu* menu = context->menu(WindowContext::Menu::Certificate))
        menu->addAction(m_action);
    connect(context, &WindowContext::selectionChanged, this, &BundleCheckController::updateTokenCertificate);
    connect(context, &WindowContext::currentTokenChanged, this,
            &BundleCheckController::updateTokenCertificate);
    connect(context, &WindowContext::objectsListed, this, &BundleCheckController::updateTokenCertificate);

    m_savePrompt = [](QWidget* parent, const QString& suggestedPath,
                      std::function<void(const QString&)> accept) {
        // A real save dialog: it asks before overwriting a file.
        auto* dialog = new QFileDialog(parent, tr("Write ordered PEM"));
        dialog->setObjectName(QStringLiteral("orderedPemFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilter(tr("PEM certificates (*.pem *.crt)"));
        dialog->setDefaultSuffix(QStringLiteral("pem"));
        dialog->selectFile(suggestedPath);
        connect(dialog, &QFileDialog::fileSelected, dialog, [accept](const QString& path) { accept(path); });
        dialog->open();
    };
}

BundleCheckDialog* BundleCheckController::dialog() const {
    return m_dialog;
}

void BundleCheckController::openDialog() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new BundleCheckDialog(m_context->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &BundleCheckDialog::checkRequested, this, &BundleCheckController::runCheck);
    connect(dialog, &BundleCheckDialog::writeRequested, this, &BundleCheckController::writeOrdered);
    updateTokenCertificate();
    dialog->setBusy(m_busy);
    dialog->show();
}

void BundleCheckController::updateTokenCertificate() {
    if (!m_dialog)
        return;
    const QList<ObjectSummary> selected =
        m_context->currentWorker() != nullptr ? m_context->selectedObjects() : QList<ObjectSummary>();
    if (selected.size() == 1 && selected.first().objectClass == CKO_CERTIFICATE)
        m_dialog->setTokenCertificate(selected.first());
    else
        m_dialog->setTokenCertificate(std::nullopt);
}

void BundleCheckController::withInput(std::function<void(bundle::BundleInput&)> use) {
    if (!m_dialog || m_busy)
        return;
    Result<bundle::BundleInput> collected = m_dialog->collectInput();
    if (!collected) {
        m_dialog->showStatus(collected.error().text(), true);
        return;
    }
    if (!m_dialog->certificateFromToken()) {
        use(collected.value());
        return;
    }
    TokenWorker* worker = m_context->currentWorker();
    const std::optional<TokenInfo> token = m_context->currentToken();
    if (worker == nullptr || !token) {
        m_dialog->showStatus(tr("Select the token holding the certificate first."), true);
        return;
    }
    const ObjectSummary certificate = *m_dialog->tokenCertificate();
    const bool keyOnToken = m_dialog->keyOnToken();
    const QString name = tr("%1 on token “%2”").arg(objects::describe(certificate), token->label);
    auto input = std::make_shared<bundle::BundleInput>(std::move(collected).value());
    m_busy = true;
    m_dialog->setBusy(true);
    m_dialog->showStatus(tr("Reading %1…").arg(name));
    // CKA_VALUE, and the public key of the private key with the same ID, are read on the token's thread.
    worker->submit(
        this,
        [certificate, keyOnToken, name](WorkerContext& c) -> Result<TokenPart> {
            Result<Session*> session = c.session();
            if (!session)
                return session.error();
            Result<exporting::Payload> payload = exporting::fetch(**session, c.token(), certificate);
            if (!payload)
                return payload.error();
            TokenPart part{payload->der, name, keyOnToken, {}};
            if (!keyOnToken || certificate.id.isEmpty())
                return part;
            Result<QList<CK_OBJECT_HANDLE>> keys =
                objects::findById(**session, CKO_PRIVATE_KEY, certificate.id);
            if (!keys)
                return keys.error();
            for (CK_OBJECT_HANDLE handle : *keys) {
                Result<ObjectSummary> key = summarizeObject(**session, c.token(), handle);
                if (!key)
                    continue;
                if (Result<QByteArray> spki = exporting::publicKeyInfo(**session, c.token(), *key); spki) {
                    part.keySpki = *spki;
                    break;
                }
            }
            return part;
        },
        [this, input, use](Result<TokenPart> part) {
            m_busy = false;
            if (!m_dialog)
                return;
            m_dialog->setBusy(false);
            if (!part) {
                m_dialog->showStatus(
                    tr("Reading the certificate from the token failed: %1").arg(part.error().text()), true);
                return;
            }
            input->clientCertificate = bundle::InputFile{part->name, part->certificate};
            input->clientCertificateFromToken = true;
            input->keyOnToken = part->keyOnToken;
            input->tokenKeySpki = part->keySpki;
            use(*input);
        });
}

void BundleCheckController::runCheck() {
    withInput([this](bundle::BundleInput& input) {
        Result<bundle::Report> report = bundle::check(input);
        if (!report) {
            m_dialog->showStatus(report.error().text(), true);
            return;
        }
        m_dialog->showReport(*report);
    });
}

void BundleCheckController::writeOrdered() {
    withInput([this](bundle::BundleInput& input) {
        Result<QByteArray> pem = bundle::orderedPem(input);
        if (!pem) {
            m_dialog->showStatus(tr("The ordered PEM was not written: %1").arg(pem.error().text()), true);
            return;
        }
        QPointer<BundleCheckController> self(this);
        m_savePrompt(m_dialog, m_dialog->suggestedPemPath(), [self, bytes = *pem](const QString& path) {
            if (self)
                self->saveTo(bytes, path);
        });
    });
}

void BundleCheckController::saveTo(const QByteArray& pem, const QString& path) {
    if (path.isEmpty())
        return;
    Result<void> written = bundle::writePem(path, pem);
    const QString text = written ? tr("Wrote the ordered PEM (%n certificate(s), no root) to %1", nullptr,
                                      static_cast<int>(pem.count("-----BEGIN CERTIFICATE-----")))
                                       .arg(path)
                                 : tr("The ordered PEM was not written: %1").arg(written.error().text());
    if (m_dialog)
        m_dialog->showStatus(text, !written);
    else if (written)
        m_context->showStatus(text);
    else
        m_context->showError(tr("Writing the ordered PEM failed"), written.error());
}

} // namespace hsm
