#include "IssueCertificateDialog.h"

#include "CertificateJobPanel.h"
#include "CertificateOptionsBox.h"
#include "CertificateOutputBox.h"
#include "EnrollWizard.h"
#include "KeyGenPages.h"
#include "ObjectAdmin.h"
#include "SubjectEditor.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

namespace {

constexpr qint64 kMaxRequestFile = 1024 * 1024;

/// Extensions the issuer sets itself (IssueSpec::copyExtensions never copies them).
bool setByIssuer(const QString& oid) {
    static const QStringList issuerSet = {QStringLiteral("2.5.29.19"), QStringLiteral("2.5.29.15"),
                                          QStringLiteral("2.5.29.37"), QStringLiteral("2.5.29.14"),
                                          QStringLiteral("2.5.29.35")};
    return issuerSet.contains(oid);
}

/// Paired by CKA_ID: private keys that have a certificate with the same non-empty ID.
QList<std::pair<ObjectSummary, ObjectSummary>> caPairs(const QList<ObjectSummary>& listed) {
    QList<std::pair<ObjectSummary, ObjectSummary>> pairs;
    for (const ObjectSummary& key : certui::signingKeys(listed)) {
        if (key.id.isEmpty())
            continue;
        for (const ObjectSummary& object : listed)
            if (object.objectClass == CKO_CERTIFICATE && object.id == key.id) {
                pairs.append({key, object});
                break;
            }
    }
    return pairs;
}

} // namespace

IssueCertificateDialog::IssueCertificateDialog(WindowContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_worker(context->currentWorker()),
      m_token(context->currentToken().value_or(TokenInfo{})) {
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue a certificate with a CA on “%1”").arg(m_token.label));
    setAccessibleName(tr("Issue certificate"));
    setWindowModality(Qt::NonModal);
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    // The CA.
    auto* caBox = new QGroupBox(tr("Certificate authority"), this);
    auto* caLayout = new QVBoxLayout(caBox);
    m_caKeys = new QComboBox(caBox);
    m_caKeys->setObjectName(QStringLiteral("caKeyCombo"));
    m_caKeys->setAccessibleName(tr("CA key and certificate"));
    m_caKeys->setToolTip(tr("Private keys of this token that have a certificate with the same ID"));
    caLayout->addWidget(m_caKeys);
    m_issuerProblems = certui::infoLabel(QStringLiteral("issuerProblems"), caBox);
    caLayout->addWidget(m_issuerProblems);
    m_override = new QCheckBox(tr("Issue &anyway (accept the warnings above)"), caBox);
    m_override->setObjectName(QStringLiteral("overrideWarnings"));
    m_override->hide();
    caLayout->addWidget(m_override);
    left->addWidget(caBox);

    // The request.
    auto* requestBox = new QGroupBox(tr("Certificate request"), this);
    auto* requestLayout = new QVBoxLayout(requestBox);
    auto* pathRow = new QHBoxLayout;
    m_csrPath = new QLineEdit(requestBox);
    m_csrPath->setObjectName(QStringLiteral("csrPath"));
    m_csrPath->setAccessibleName(tr("Certificate request file"));
    m_csrPath->setPlaceholderText(tr("CSR file (PEM or DER)"));
    pathRow->addWidget(m_csrPath, 1);
    auto* browse = new QPushButton(tr("&Browse…"), requestBox);
    browse->setObjectName(QStringLiteral("browseCsr"));
    browse->setToolTip(tr("Choose the certificate request file"));
    pathRow->addWidget(browse);
    auto* load = new QPushButton(tr("&Load"), requestBox);
    load->setObjectName(QStringLiteral("loadCsr"));
    load->setToolTip(tr("Read the request and check its signature"));
    load->setAccessibleName(tr("Load the certificate request"));
    pathRow->addWidget(load);
    requestLayout->addLayout(pathRow);
    m_csrSummary = certui::infoLabel(QStringLiteral("csrSummary"), requestBox);
    requestLayout->addWidget(m_csrSummary);
    requestLayout->addWidget(new QLabel(tr("Requested extensions to copy:"), requestBox));
    m_copyExtensions = new QListWidget(requestBox);
    m_copyExtensions->setObjectName(QStringLiteral("copyExtensions"));
    m_copyExtensions->setAccessibleName(tr("Requested extensions to copy"));
    m_copyExtensions->setMaximumHeight(110);
    requestLayout->addWidget(m_copyExtensions);
    left->addWidget(requestBox);
    left->addStretch();

    // What the certificate says, and where it goes.
    m_options = new CertificateOptionsBox(365, this);
    right->addWidget(m_options);
    m_output = new CertificateOutputBox(
        tr("&Store on this token"),
        tr("Also create the certificate object on “%1” (paired with its key when the key is there)")
            .arg(m_token.label),
        this);
    right->addWidget(m_output);

    m_job = new CertificateJobPanel(
        context,
        {QStringLiteral("issue"), QStringLiteral("issueButton"), tr("&Issue"), tr("Issue the certificate"),
         tr("Sign the certificate with the CA key on the token"), tr("Nothing was issued: %1"),
         tr("Issuing the certificate failed; nothing was written"),
         tr("The certificate was issued but not stored on the token")},
        this);
    layout->addWidget(m_job);

    connect(m_job, &CertificateJobPanel::closeRequested, this, &IssueCertificateDialog::reject);
    connect(m_job, &CertificateJobPanel::finished, this, &IssueCertificateDialog::updateState);
    connect(m_job->actionButton(), &QPushButton::clicked, this, &IssueCertificateDialog::issue);
    connect(load, &QPushButton::clicked, this, &IssueCertificateDialog::loadRequest);
    connect(m_csrPath, &QLineEdit::returnPressed, this, &IssueCertificateDialog::loadRequest);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open a certificate request"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Certificate requests (*.csr *.pem *.der *.req)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
            m_csrPath->setText(file);
            loadRequest();
        });
        dialog->open();
    });
    connect(m_caKeys, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::onCaChanged);
    connect(m_options, &CertificateOptionsBox::changed, this, &IssueCertificateDialog::updateState);
    connect(m_override, &QCheckBox::toggled, this, &IssueCertificateDialog::updateState);
    connect(m_output, &CertificateOutputBox::changed, this, &IssueCertificateDialog::updateState);
    connect(m_csrPath, &QLineEdit::textEdited, this, [this] {
        // A path typed anew invalidates what was loaded from the old one.
        m_request.reset();
        m_requestError.reset();
        showRequest();
    });
    connect(context, &WindowContext::objectsListed, this, &IssueCertificateDialog::fillCaKeys);
    fillCaKeys();
    showRequest();
}

TokenWorker* IssueCertificateDialog::worker() const {
    return m_worker.data();
}

void IssueCertificateDialog::reject() {
    if (m_job->deferClose())
        return;
    QDialog::reject();
}

void IssueCertificateDialog::fillCaKeys() {
    if (m_context->currentWorker() == nullptr || m_context->currentWorker() != m_worker)
        return; // the window lists another token now
    const QByteArray previous = m_ca ? m_ca->key.id : QByteArray();
    m_pairs.clear();
    const QSignalBlocker blocker(m_caKeys);
    m_caKeys->clear();
    int select = 0;
    for (const auto& [key, certificate] : caPairs(m_context->listedObjects())) {
        if (key.id == previous)
            select = int(m_pairs.size());
        m_pairs.append({key, certificate});
        m_caKeys->addItem(tr("%1 — %2").arg(key.label, certificate.subject));
    }
    if (!m_pairs.isEmpty())
        m_caKeys->setCurrentIndex(select);
    onCaChanged();
}

void IssueCertificateDialog::onCaChanged() {
    const int index = m_caKeys->currentIndex();
    std::optional<CaPair> chosen;
    if (index >= 0 && index < m_pairs.size())
        chosen = m_pairs.at(index);
    if (chosen && m_ca && enrollKeyIdentity(chosen->key) == enrollKeyIdentity(m_ca->key) &&
        chosen->certificate.handle == m_ca->certificate.handle && m_caInfo) {
        m_ca = chosen; // a new listing with the same objects: keep what was read
        return;
    }
    m_ca = chosen;
    m_caInfo.reset();
    m_caCheck.reset();
    m_caError.reset();
    const quint64 generation = ++m_caGeneration;
    showIssuerCheck();
    if (!chosen)
        return;
    certui::readSigningKey(m_worker, this, chosen->key, chosen->certificate,
                           [this, generation](Result<certui::SigningKeyInfo> result) {
                               if (generation != m_caGeneration)
                                   return;
                               if (result) {
                                   m_caInfo = std::move(result).value();
                                   // Pure OpenSSL on bytes already read: no module call here.
                                   m_caCheck = certs::checkIssuer(m_caInfo->certificate, m_caInfo->facts);
                               } else {
                                   m_caError = result.error();
                               }
                               showIssuerCheck();
                           });
}

void IssueCertificateDialog::showIssuerCheck() {
    m_options->setAlgorithms(m_caInfo ? m_caInfo->algorithms : QList<signing::Algorithm>());
    m_override->setVisible(m_caCheck && !m_caCheck->warnings.isEmpty() && m_caCheck->errors.isEmpty());
    if (!m_ca) {
        m_issuerProblems->setStyleSheet(keygenui::errorStyle());
        m_issuerProblems->setText(
            tr("No CA on “%1”: a CA is a private key with a certificate of the same ID. "
               "Make one with Certificates ▸ Self-signed CA certificate…")
                .arg(m_token.label));
    } else if (m_caError) {
        m_issuerProblems->setStyleSheet(keygenui::errorStyle());
        m_issuerProblems->setText(tr("Reading the CA failed: %1").arg(m_caError->text()));
    } else if (!m_caCheck) {
        m_issuerProblems->setStyleSheet(QString());
        m_issuerProblems->setText(tr("Checking the CA “%1”…").arg(m_ca->key.label));
    } else if (!m_caCheck->errors.isEmpty()) {
        m_issuerProblems->setStyleSheet(keygenui::errorStyle());
        m_issuerProblems->setText(
            tr("This CA cannot issue:\n%1").arg(m_caCheck->errors.join(QLatin1Char('\n'))));
    } else if (!m_caCheck->warnings.isEmpty()) {
        m_issuerProblems->setStyleSheet(keygenui::warningStyle());
        m_issuerProblems->setText(tr("Warnings:\n%1").arg(m_caCheck->warnings.join(QLatin1Char('\n'))));
    } else {
        m_issuerProblems->setStyleSheet(keygenui::okStyle());
        m_issuerProblems->setText(
            tr("Checked: this CA's certificate matches its key and may sign certificates."));
    }
    updateState();
}

void IssueCertificateDialog::loadRequest() {
    m_request.reset();
    m_requestError.reset();
    const QString path = m_csrPath->text().trimmed();
    QFile file(path);
    if (path.isEmpty()) {
        m_requestError =
            Error::other(QStringLiteral("open"), tr("no file given"), tr("Type or browse a CSR file."));
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_requestError = Error::other(QStringLiteral("QFile::open"),
                                      tr("cannot read “%1”: %2").arg(path, file.errorString()));
    } else if (file.size() > kMaxRequestFile) {
        // Not read at all: a CSR is a few kilobytes, a file of megabytes is something else.
        m_requestError = Error::other(
            QStringLiteral("readRequest"),
            tr("“%1” has %2 bytes; a certificate request is at most 1 MiB").arg(path).arg(file.size()),
            tr("Choose the CSR file (PEM or DER)."));
    } else {
        auto read = certs::readRequest(file.readAll());
        if (read)
            m_request = std::move(read).value();
        else
            m_requestError = read.error();
    }
    if (m_request)
        adoptRequestedUsages();
    showRequest();
}

void IssueCertificateDialog::adoptRequestedUsages() {
    // The requested usages are the starting point; the issuer decides (they are set, not copied).
    m_copyExtensions->clear();
    unsigned keyUsage = 0;
    QStringList extended;
    for (const certs::RequestInfo::Extension& extension : m_request->requestedExtensions) {
        auto* item = new QListWidgetItem(QStringLiteral("%1: %2").arg(extension.name, extension.value),
                                         m_copyExtensions);
        item->setData(Qt::UserRole, extension.oid);
        if (setByIssuer(extension.oid)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            item->setToolTip(tr("Set by the issuer with the choices on the right, not copied"));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        const QString value = extension.value;
        if (extension.oid == QLatin1String("2.5.29.15")) {
            const std::pair<const char*, unsigned> names[] = {{"Digital Signature", certs::DigitalSignature},
                                                              {"Non Repudiation", certs::NonRepudiation},
                                                              {"Key Encipherment", certs::KeyEncipherment},
                                                              {"Data Encipherment", certs::DataEncipherment},
                                                              {"Key Agreement", certs::KeyAgreement},
                                                              {"Certificate Sign", certs::KeyCertSign},
                                                              {"CRL Sign", certs::CrlSign}};
            for (const auto& [name, bit] : names)
                if (value.contains(QLatin1String(name)))
                    keyUsage |= bit;
        } else if (extension.oid == QLatin1String("2.5.29.37")) {
            const std::pair<const char*, const char*> names[] = {
                {"TLS Web Server Authentication", "serverAuth"},
                {"TLS Web Client Authentication", "clientAuth"},
                {"Code Signing", "codeSigning"},
                {"E-mail Protection", "emailProtection"}};
            for (const auto& [text, name] : names)
                if (value.contains(QLatin1String(text)))
                    extended << QString::fromLatin1(name);
        } else if (extension.oid == QLatin1String("2.5.29.19")) {
            m_options->setCa(value.contains(QLatin1String("CA:TRUE")));
        }
    }
    m_options->usage()->setKeyUsage(keyUsage != 0 ? keyUsage : unsigned(certs::DigitalSignature));
    m_options->usage()->setExtendedKeyUsages(extended);
}

void IssueCertificateDialog::showRequest() {
    if (m_requestError) {
        m_csrSummary->setStyleSheet(keygenui::errorStyle());
        m_csrSummary->setText(tr("Cannot use this request: %1").arg(m_requestError->text()));
        m_copyExtensions->clear();
    } else if (!m_request) {
        m_csrSummary->setStyleSheet(QString());
        m_csrSummary->setText(tr("No request loaded."));
        m_copyExtensions->clear();
    } else {
        QStringList lines;
        lines << tr("Subject: %1").arg(m_request->subjectText) << tr("Key: %1").arg(m_request->keyDescription)
              << tr("Signed with: %1").arg(m_request->signatureAlgorithm);
        if (m_request->signatureValid)
            lines << tr("Signature: verified");
        else
            lines << tr("Signature: does not verify (%1)").arg(m_request->signatureProblem);
        m_csrSummary->setStyleSheet(m_request->signatureValid ? QString() : keygenui::errorStyle());
        m_csrSummary->setText(lines.join(QLatin1Char('\n')));
    }
    updateState();
}

QString IssueCertificateDialog::blocker() const {
    if (m_job->isRunning())
        return tr("Issuing…");
    if (!m_worker)
        return tr("The token “%1” is no longer available.").arg(m_token.label);
    if (!m_ca)
        return tr("Choose a CA: a private key with a certificate of the same ID on this token.");
    if (m_caError)
        return tr("The CA could not be read: %1").arg(m_caError->text());
    if (!m_caCheck)
        return tr("Checking the CA…");
    if (!m_caCheck->errors.isEmpty())
        return tr("The CA cannot issue: %1").arg(m_caCheck->errors.join(QStringLiteral(" ")));
    if (!m_caCheck->warnings.isEmpty() && !m_override->isChecked())
        return tr("Tick “Issue anyway” to accept the CA's warnings.");
    if (!m_options->hasAlgorithm())
        return tr("The token offers no signature mechanism for the CA key.");
    if (m_requestError)
        return tr("The request cannot be used: %1").arg(m_requestError->message);
    if (!m_request)
        return tr("Load the certificate request to sign.");
    if (!m_request->signatureValid)
        return tr("The request's signature does not verify (%1): it was altered or was not made with its "
                  "key, so nothing can be issued from it.")
            .arg(m_request->signatureProblem);
    if (const QString problem = m_options->problem(); !problem.isEmpty())
        return problem;
    return m_output->problem();
}

void IssueCertificateDialog::updateState() {
    m_job->showBlocker(blocker());
}

certs::IssueSpec IssueCertificateDialog::issueSpec() const {
    certs::IssueSpec spec = m_options->spec();
    for (int row = 0; row < m_copyExtensions->count(); ++row) {
        const QListWidgetItem* item = m_copyExtensions->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            spec.copyExtensions << item->data(Qt::UserRole).toString();
    }
    return spec;
}

void IssueCertificateDialog::issue() {
    if (!blocker().isEmpty() || !m_worker)
        return;
    const certs::IssueSpec spec = issueSpec();
    const CaPair ca = *m_ca;
    const QByteArray caDer = m_caInfo->certificate;
    const certs::RequestInfo request = *m_request;
    const bool overrideWarnings = m_override->isChecked();
    m_job->run(
        m_worker, tr("Signing with the CA key “%1” on “%2”…").arg(ca.key.label, m_token.label), ca.key,
        [caDer, request, spec, overrideWarnings](signing::TokenKey& key) {
            return certs::issueCertificate(key, caDer, request, spec, overrideWarnings);
        },
        m_output->path(), m_output->isDer(), m_output->storeOnToken());
    updateState();
}

} // namespace hsm
