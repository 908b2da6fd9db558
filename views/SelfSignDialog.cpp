#include "SelfSignDialog.h"

#include "CertIssue.h"
#include "CertificateJobPanel.h"
#include "CertificateOptionsBox.h"
#include "CertificateOutputBox.h"
#include "EnrollWizard.h"
#include "ObjectAdmin.h"
#include "SubjectEditor.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

SelfSignDialog::SelfSignDialog(WindowContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_worker(context->currentWorker()),
      m_token(context->currentToken().value_or(TokenInfo{})) {
    setObjectName(QStringLiteral("selfSignDialog"));
    setWindowTitle(tr("Self-signed CA certificate on “%1”").arg(m_token.label));
    setAccessibleName(tr("Self-signed certificate"));
    setWindowModality(Qt::NonModal);
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* subjectBox = new QGroupBox(tr("Key pair and subject"), this);
    auto* subjectLayout = new QVBoxLayout(subjectBox);
    m_keyCombo = new QComboBox(subjectBox);
    m_keyCombo->setObjectName(QStringLiteral("selfSignKeyCombo"));
    m_keyCombo->setAccessibleName(tr("Key pair"));
    subjectLayout->addWidget(m_keyCombo);
    m_keyStatus = certui::infoLabel(QStringLiteral("keyStatus"), subjectBox);
    subjectLayout->addWidget(m_keyStatus);
    m_subject = new SubjectEditor(subjectBox);
    subjectLayout->addWidget(m_subject);
    subjectLayout->addStretch();
    columns->addWidget(subjectBox, 1);

    auto* right = new QVBoxLayout;
    columns->addLayout(right, 1);
    m_options = new CertificateOptionsBox(3650, this);
    m_options->setCa(true);
    m_options->linkUsagesToCa(); // a CA: keyCertSign + cRLSign
    right->addWidget(m_options);
    m_output = new CertificateOutputBox(
        tr("&Store on this token beside the key"),
        tr("The certificate gets the key's ID, so the pair can issue certificates"), this);
    m_output->setStoreOnToken(true);
    right->addWidget(m_output);
    right->addStretch();

    m_job = new CertificateJobPanel(
        context,
        {QStringLiteral("selfSign"), QStringLiteral("createButton"), tr("C&reate"),
         tr("Create the self-signed certificate"), tr("Sign the certificate with the key on the token"),
         tr("Nothing was made: %1"), tr("Making the self-signed certificate failed; nothing was written"),
         tr("The certificate was made but not stored on the token")},
        this);
    layout->addWidget(m_job);

    connect(m_job, &CertificateJobPanel::closeRequested, this, &SelfSignDialog::reject);
    connect(m_job, &CertificateJobPanel::finished, this, &SelfSignDialog::updateState);
    connect(m_job->actionButton(), &QPushButton::clicked, this, &SelfSignDialog::create);
    connect(m_keyCombo, &QComboBox::currentIndexChanged, this, &SelfSignDialog::onKeyChanged);
    connect(m_subject, &SubjectEditor::changed, this, &SelfSignDialog::updateState);
    connect(m_options, &CertificateOptionsBox::changed, this, &SelfSignDialog::updateState);
    connect(m_output, &CertificateOutputBox::changed, this, &SelfSignDialog::updateState);
    connect(context, &WindowContext::objectsListed, this, &SelfSignDialog::fillKeys);
    fillKeys();
}

TokenWorker* SelfSignDialog::worker() const {
    return m_worker.data();
}

void SelfSignDialog::reject() {
    if (m_job->deferClose())
        return;
    QDialog::reject();
}

void SelfSignDialog::fillKeys() {
    if (m_context->currentWorker() == nullptr || m_context->currentWorker() != m_worker)
        return; // the window lists another token now
    const QByteArray previous = m_key ? enrollKeyIdentity(*m_key) : QByteArray();
    m_keys = certui::signingKeys(m_context->listedObjects());
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->clear();
    int select = 0;
    for (const ObjectSummary& key : m_keys) {
        if (enrollKeyIdentity(key) == previous)
            select = m_keyCombo->count();
        m_keyCombo->addItem(
            tr("%1 (%2, ID %3)").arg(key.label, certui::keyDescription(key), objects::idText(key.id)));
    }
    if (!m_keys.isEmpty())
        m_keyCombo->setCurrentIndex(select);
    onKeyChanged();
}

void SelfSignDialog::onKeyChanged() {
    const int index = m_keyCombo->currentIndex();
    std::optional<ObjectSummary> chosen;
    if (index >= 0 && index < m_keys.size())
        chosen = m_keys.at(index);
    if (chosen && m_key && chosen->handle == m_key->handle &&
        enrollKeyIdentity(*chosen) == enrollKeyIdentity(*m_key))
        return; // the same key in a new listing
    m_key = chosen;
    m_keyInfo.reset();
    m_keyError.reset();
    m_options->setAlgorithms({});
    const quint64 generation = ++m_keyGeneration;
    if (chosen)
        m_subject->suggest(QStringLiteral("CN"), chosen->label);
    updateState();
    if (!chosen)
        return;
    certui::readSigningKey(
        m_worker, this, *chosen, std::nullopt, [this, generation](Result<certui::SigningKeyInfo> result) {
            if (generation != m_keyGeneration)
                return;
            if (result)
                m_keyInfo = std::move(result).value();
            else
                m_keyError = result.error();
            m_options->setAlgorithms(m_keyInfo ? m_keyInfo->algorithms : QList<signing::Algorithm>());
            updateState();
        });
}

QString SelfSignDialog::blocker() const {
    if (m_job->isRunning())
        return tr("Signing…");
    if (!m_worker)
        return tr("The token “%1” is no longer available.").arg(m_token.label);
    if (!m_key)
        return tr("No key pair that can sign is listed on “%1”.").arg(m_token.label);
    if (m_keyError)
        return tr("Reading the key failed: %1").arg(m_keyError->text());
    if (!m_keyInfo)
        return tr("Reading what the key can sign with…");
    if (!m_keyInfo->facts.canSign)
        return tr("The key “%1” is not allowed to sign (CKA_SIGN is false).").arg(m_key->label);
    if (m_keyInfo->algorithms.isEmpty())
        return tr("The token offers no signature mechanism for this key.");
    if (!m_subject->isValid())
        return tr("Correct the subject first.");
    if (const QString problem = m_options->problem(); !problem.isEmpty())
        return problem;
    return m_output->problem();
}

void SelfSignDialog::updateState() {
    m_job->showBlocker(blocker());
    m_keyStatus->setText(m_keyInfo ? tr("Signs with: %1").arg(m_options->algorithmName()) : QString());
}

void SelfSignDialog::create() {
    if (!blocker().isEmpty() || !m_worker)
        return;
    const certs::IssueSpec spec = m_options->spec();
    const certs::DistinguishedName subject = m_subject->name();
    const ObjectSummary key = *m_key;
    m_job->run(
        m_worker, tr("Signing with “%1” on “%2”…").arg(key.label, m_token.label), key,
        [subject, spec](signing::TokenKey& tokenKey) { return certs::selfSign(tokenKey, subject, spec); },
        m_output->path(), m_output->isDer(), m_output->storeOnToken());
    updateState();
}

} // namespace hsm
