#include "CertificateJobPanel.h"

#include "KeyGenPages.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

namespace certui {

QLabel* infoLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace certui

CertificateJobPanel::CertificateJobPanel(WindowContext* context, const CertificateJobTexts& texts,
                                         QWidget* parent)
    : QWidget(parent), m_context(context), m_texts(texts) {
    setObjectName(texts.namePrefix + QStringLiteral("JobPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_blocker = certui::infoLabel(texts.namePrefix + QStringLiteral("Blocker"), this);
    m_blocker->setStyleSheet(keygenui::errorStyle());
    layout->addWidget(m_blocker);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(texts.namePrefix + QStringLiteral("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = certui::infoLabel(texts.namePrefix + QStringLiteral("Result"), this);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_action = buttons->addButton(texts.buttonText, QDialogButtonBox::ActionRole);
    m_action->setObjectName(texts.buttonName);
    m_action->setAccessibleName(texts.buttonAccessibleName);
    m_action->setToolTip(texts.buttonToolTip);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateJobPanel::closeRequested);
}

void CertificateJobPanel::showBlocker(const QString& reason) {
    m_action->setEnabled(reason.isEmpty() && !m_running);
    m_blocker->setText(reason);
    m_blocker->setVisible(!reason.isEmpty() && !m_running);
}

void CertificateJobPanel::run(TokenWorker* worker, const QString& startText, const ObjectSummary& key,
                              Sign sign, const QString& path, bool der, bool store) {
    if (m_running || worker == nullptr)
        return;
    m_running = true;
    m_closePending = false;
    m_worker = worker;
    // A worker destroyed mid-job (token removed) never answers: without this the dialog could
    // never be closed again.
    m_workerGone = connect(worker, &QObject::destroyed, this, &CertificateJobPanel::workerGone);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(startText);
    showBlocker(m_blocker->text());
    worker->submit(
        this,
        [key, sign = std::move(sign), store](WorkerContext& context) -> Result<certui::IssuedCertificate> {
            Result<Session*> session = context.session();
            if (!session)
                return session.error();
            const TokenInfo token = context.token();
            auto tokenKey = signing::TokenKey::open(**session, token, key);
            if (!tokenKey)
                return tokenKey.error();
            auto made = sign(*tokenKey);
            if (!made)
                return made.error();
            return certui::storeIfAsked(**session, token, std::move(made).value(), store);
        },
        [this, path, der, store](Result<certui::IssuedCertificate> result) {
            finish(std::move(result), path, der, store);
        });
}

bool CertificateJobPanel::deferClose() {
    if (!m_running)
        return false;
    m_closePending = true;
    m_result->setText(m_result->text().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n') +
                      tr("Still signing on the token: this window closes by itself when the certificate is "
                         "finished, so it cannot be lost."));
    return true;
}

void CertificateJobPanel::stop() {
    m_running = false;
    disconnect(m_workerGone);
    m_progress->hide();
}

void CertificateJobPanel::workerGone() {
    if (!m_running)
        return;
    stop();
    m_closePending = false;
    m_result->setStyleSheet(keygenui::errorStyle());
    m_result->setText(tr("The token went away while signing: look on the token for the certificate before "
                         "signing again."));
    emit finished();
}

void CertificateJobPanel::finish(Result<certui::IssuedCertificate> result, const QString& path, bool der,
                                 bool store) {
    stop();
    bool ok = false;
    if (!result) {
        m_result->setStyleSheet(keygenui::errorStyle());
        m_result->setText(m_texts.failedResult.arg(result.error().text()));
        m_context->showError(m_texts.failedTitle, result.error());
    } else {
        if (store)
            m_context->reloadObjects();
        auto lines = certui::deliver(*result, path, der);
        if (!lines) {
            m_result->setStyleSheet(keygenui::errorStyle());
            m_result->setText(lines.error().text());
            m_context->showError(tr("Writing the certificate failed"), lines.error());
        } else {
            ok = !result->storeError;
            m_result->setStyleSheet(ok ? keygenui::okStyle() : keygenui::warningStyle());
            m_result->setText(lines->join(QLatin1Char('\n')));
            if (result->storeError)
                m_context->showError(m_texts.notStoredTitle, *result->storeError);
            else
                m_context->showStatus(lines->value(0));
        }
    }
    const bool closeNow = ok && m_closePending;
    // When something went wrong the dialog stays open, so the user sees what is left to do.
    m_closePending = false;
    emit finished();
    if (closeNow)
        emit closeRequested();
}

} // namespace hsm
