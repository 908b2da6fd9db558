#include "EnrollWizard.h"

#include "EnrollPages.h"
#include "KeyGenWizard.h"
#include "Logging.h"
#include "SubjectEditor.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace hsm {

QByteArray enrollKeyIdentity(const ObjectSummary& key) {
    return key.id.toHex() + '/' + key.labelBytes.toHex();
}

EnrollWizard::EnrollWizard(WindowContext* context, QWidget* parent)
    : QWizard(parent), m_context(context), m_worker(context->currentWorker()),
      m_token(context->currentToken().value_or(TokenInfo{})) {
    setObjectName(QStringLiteral("enrollWizard"));
    setWindowTitle(tr("Enroll: certificate request on “%1”").arg(m_token.label));
    setAccessibleName(tr("Enrollment wizard"));
    setWindowModality(Qt::NonModal);
    resize(780, 640);

    m_keyPage = new EnrollKeyPage(this);
    m_subjectPage = new EnrollSubjectPage(this);
    m_extensionsPage = new EnrollExtensionsPage(this);
    m_outputPage = new EnrollOutputPage(this);
    setPage(KeyPageId, m_keyPage);
    setPage(SubjectPageId, m_subjectPage);
    setPage(ExtensionsPageId, m_extensionsPage);
    setPage(OutputPageId, m_outputPage);
    setStartId(KeyPageId);
}

EnrollWizard::~EnrollWizard() = default;

TokenWorker* EnrollWizard::worker() const {
    return m_worker.data();
}

void EnrollWizard::setKey(const std::optional<ObjectSummary>& key) {
    if (!key && !m_key)
        return;
    if (key && m_key && enrollKeyIdentity(*key) == enrollKeyIdentity(*m_key) && !m_keyError) {
        // The same key in a new listing: only its handle may have changed; what it can do has not.
        m_key = key;
        if (m_keyInfo)
            m_keyInfo->key = *key;
        return;
    }
    m_key = key;
    m_keyInfo.reset();
    m_keyError.reset();
    const quint64 generation = ++m_keyGeneration;
    emit keyInfoChanged();
    if (!key)
        return;
    certui::readSigningKey(m_worker, this, *key, std::nullopt,
                           [this, generation](Result<certui::SigningKeyInfo> result) {
                               if (generation != m_keyGeneration)
                                   return; // another key was chosen meanwhile
                               if (result)
                                   m_keyInfo = std::move(result).value();
                               else
                                   m_keyError = result.error();
                               emit keyInfoChanged();
                           });
}

void EnrollWizard::generateKeyPair() {
    if (m_keyGenWizard) {
        m_keyGenWizard->raise();
        m_keyGenWizard->activateWindow();
        return;
    }
    // The key generation wizard works on the token selected in the window.
    if (!m_worker || m_context->currentWorker() != m_worker) {
        m_context->showStatus(
            tr("Select the token “%1” in the window to generate a key pair on it.").arg(m_token.label));
        return;
    }
    QSet<QByteArray> before;
    for (const ObjectSummary& key : certui::signingKeys(m_context->listedObjects()))
        before.insert(enrollKeyIdentity(key));
    m_keysBefore = before;
    m_keyGenWizard = new KeyGenWizard(m_context, this);
    m_keyGenWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyGenWizard, &QDialog::rejected, this, [this] { m_keysBefore.reset(); });
    m_keyGenWizard->show();
}

certs::RequestSpec EnrollWizard::requestSpec() const {
    certs::RequestSpec spec;
    spec.subject = m_subjectPage->editor()->name();
    spec.altNames = m_extensionsPage->altNames();
    spec.keyUsage = m_extensionsPage->keyUsage();
    spec.extendedKeyUsages = m_extensionsPage->extendedKeyUsages();
    if (const auto algorithm = m_extensionsPage->algorithm())
        spec.algorithm = *algorithm;
    return spec;
}

void EnrollWizard::accept() {
    if (m_done) {
        QWizard::accept();
        return;
    }
    if (!m_running)
        run();
}

void EnrollWizard::run() {
    if (!m_key || !m_worker) {
        m_outputPage->showResult(tr("The token “%1” is no longer available.").arg(m_token.label), false);
        return;
    }
    const QString path = m_outputPage->path();
    const bool der = m_outputPage->isDer();
    const bool clipboard = m_outputPage->toClipboard();
    // Checked before signing: a request signed for nothing is a wasted trip to the token.
    if (!path.isEmpty() && !QFileInfo(path).absoluteDir().exists()) {
        const Error error =
            Error::other(QStringLiteral("QSaveFile::open"), tr("the folder of “%1” does not exist").arg(path),
                         tr("Choose a file in an existing folder."));
        m_outputPage->showResult(error.text(), false);
        m_context->showError(tr("Nothing was written"), error);
        return;
    }
    const certs::RequestSpec spec = requestSpec();
    m_running = true;
    // The request is signed with what the pages show: no going back while it runs (or after).
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    m_outputPage->setRunning(true);
    emit runningChanged();

    m_worker->submit(
        this,
        [key = *m_key, spec](WorkerContext& context) -> Result<std::pair<QByteArray, certs::RequestInfo>> {
            Result<Session*> session = context.session();
            if (!session)
                return session.error();
            auto tokenKey = signing::TokenKey::open(**session, context.token(), key);
            if (!tokenKey)
                return tokenKey.error();
            const TokenInfo token = context.token();
            const QString attempted =
                QCoreApplication::translate("hsm::EnrollWizard",
                                            "creating a certificate request for %1 with key "
                                            "“%2” on token “%3”")
                    .arg(certs::formatName(spec.subject), key.label, token.label);
            auto made = certs::createRequest(*tokenKey, spec);
            if (!made) {
                logging::adminFailure(attempted, made.error());
                return made.error();
            }
            // The backend does not log requests (nothing on the token changes): the audit trail
            // still records which token key signed what.
            logging::adminChange(attempted +
                                 QStringLiteral(" (%1): done").arg(signing::algorithmName(spec.algorithm)));
            // Read back as anyone receiving it would: the result shown is what the file holds.
            auto info = certs::readRequest(*made);
            if (!info)
                return info.error();
            return std::pair{std::move(made).value(), std::move(info).value()};
        },
        [this, path, der, clipboard](Result<std::pair<QByteArray, certs::RequestInfo>> result) {
            finished(std::move(result), path, der, clipboard);
        });
}

void EnrollWizard::finished(Result<std::pair<QByteArray, certs::RequestInfo>> result, const QString& path,
                            bool der, bool clipboard) {
    m_running = false;
    auto fail = [this](const QString& context, const Error& error) {
        m_outputPage->setRunning(false);
        m_outputPage->showResult(QStringLiteral("%1: %2").arg(context, error.text()), false);
        setOption(QWizard::DisabledBackButtonOnLastPage, false);
        m_context->showError(context, error);
        emit runningChanged();
    };
    if (!result) {
        fail(tr("Creating the certificate request failed; nothing was written"), result.error());
        return;
    }
    const auto& [requestDer, info] = result.value();
    if (!info.signatureValid) {
        fail(tr("The request's signature does not verify; nothing was written"),
             Error::other(QStringLiteral("X509_REQ_verify"), info.signatureProblem));
        return;
    }
    const QByteArray pem = certs::requestToPem(requestDer);
    if (!path.isEmpty()) {
        if (Result<void> saved = certui::saveFile(path, der ? requestDer : pem); !saved) {
            fail(tr("Writing the certificate request failed"), saved.error());
            return;
        }
    }
    if (clipboard)
        QGuiApplication::clipboard()->setText(QString::fromLatin1(pem));

    m_done = true;
    QStringList lines;
    lines << tr("Subject: %1").arg(info.subjectText) << tr("Key: %1").arg(info.keyDescription)
          << tr("Algorithm: %1").arg(info.signatureAlgorithm) << tr("Self-signature: signature verified");
    if (!path.isEmpty())
        lines << tr("Written to %1 (%2)").arg(path, der ? QStringLiteral("DER") : QStringLiteral("PEM"));
    if (clipboard)
        lines << tr("The PEM is on the clipboard.");
    m_outputPage->setRunning(false);
    m_outputPage->showResult(lines.join(QLatin1Char('\n')), true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->hide();
    m_context->showStatus(path.isEmpty()
                              ? tr("Certificate request for %1 copied to the clipboard").arg(info.subjectText)
                              : tr("Certificate request for %1 written to %2").arg(info.subjectText, path));
    emit runningChanged();
}

} // namespace hsm
