#include "BundleCheckDialog.h"

#include "ObjectAdmin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hsm {

namespace {

constexpr int kSeverityRole = Qt::UserRole;
constexpr int kRuleRole = Qt::UserRole + 1;

QColor severityColor(bundle::Severity severity) {
    switch (severity) {
    case bundle::Severity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case bundle::Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case bundle::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case bundle::Severity::NotChecked:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

} // namespace

BundleCheckDialog::BundleCheckDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("bundleCheckDialog"));
    setWindowTitle(tr("Check client certificate bundle"));
    auto* layout = new QVBoxLayout(this);

    auto* intro =
        new QLabel(tr("Checks the files a network HSM client (nShield Web Services PKCS#11 library) "
                      "uses: the client certificate with TLS client authentication, the PEM file with "
                      "the client certificate followed by its intermediates and no root, the key, the "
                      "PFX for Windows, and the chain to the CA bundle."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QString certificates = tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)");
    auto* grid = new QGridLayout;
    int row = 0;
    m_certPath = addFileRow(grid, row++, tr("Client &certificate:"), "clientCertPath",
                            tr("The client (end-entity) certificate, PEM or DER. A PEM file holding its "
                               "intermediates too is also checked as the client's PEM file."),
                            certificates);
    m_fromToken = new QCheckBox(tr("Client certificate from the selected token object"), this);
    m_fromToken->setObjectName(QStringLiteral("certFromToken"));
    m_fromToken->setToolTip(
        tr("Use the certificate selected in the object table instead of a file; its value "
           "is read from the token."));
    grid->addWidget(m_fromToken, row++, 1, 1, 2);
    m_keyPath =
        addFileRow(grid, row++, tr("Client &key:"), "clientKeyPath",
                   tr("The client's private key file (PEM recommended). It is read only to compare its "
                      "public key with the certificate's."),
                   tr("Keys (*.pem *.key *.der);;All files (*)"));
    m_keyOnToken = new QCheckBox(tr("The key is on the token (same ID as the certificate)"), this);
    m_keyOnToken->setObjectName(QStringLiteral("keyOnToken"));
    m_keyOnToken->setToolTip(
        tr("Compare the certificate with the public key of the token's private key that has "
           "the certificate's CKA_ID."));
    grid->addWidget(m_keyOnToken, row++, 1, 1, 2);
    m_bundlePath = addFileRow(grid, row++, tr("PEM &file for the client:"), "bundlePemPath",
                              tr("The file the client will use: the client certificate first, then its "
                                 "intermediate CA certificates, without the root."),
                              certificates);
    m_caPath = addFileRow(grid, row++, tr("C&A bundle:"), "caBundlePath",
                          tr("The root and intermediate CA certificates the server trusts."), certificates);
    m_pfxPath = addFileRow(grid, row++, tr("P&FX for Windows:"), "pfxPath",
                           tr("The PKCS#12 file installed with certutil -importPFX (optional)."),
                           tr("PFX files (*.pfx *.p12);;All files (*)"));
    m_pfxPassword = new QLineEdit(this);
    m_pfxPassword->setObjectName(QStringLiteral("pfxPassword"));
    m_pfxPassword->setEchoMode(QLineEdit::Password);
    m_pfxPassword->setAccessibleName(tr("PFX password"));
    m_pfxPassword->setToolTip(tr("The password the PFX was exported with. It is not stored."));
    auto* passwordLabel = new QLabel(tr("PFX pass&word:"), this);
    passwordLabel->setBuddy(m_pfxPassword);
    grid->addWidget(passwordLabel, row, 0);
    grid->addWidget(m_pfxPassword, row++, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(QStringLiteral("runBundleCheck"));
    m_check->setAccessibleName(tr("Check bundle"));
    m_check->setToolTip(tr("Check every rule with the files given"));
    m_check->setDefault(true);
    m_write = new QPushButton(tr("&Write ordered PEM…"), this);
    m_write->setObjectName(QStringLiteral("writeOrderedPem"));
    m_write->setAccessibleName(tr("Write ordered PEM"));
    m_write->setToolTip(
        tr("Save the client certificate followed by its intermediates, leaf to root, without the "
           "root: the file the client should use"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_write);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bundleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("bundleFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setColumnCount(1);
    m_findings->setHeaderLabels({tr("Rule and findings")});
    m_findings->setWordWrap(true);
    m_findings->setMinimumHeight(260);
    layout->addWidget(m_findings, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &BundleCheckDialog::checkRequested);
    connect(m_write, &QPushButton::clicked, this, &BundleCheckDialog::writeRequested);
    connect(m_fromToken, &QCheckBox::toggled, this, &BundleCheckDialog::updateTokenOptions);
    resize(760, 640);
    updateTokenOptions();
}

BundleCheckDialog::~BundleCheckDialog() {
    // The password field's text is not kept beyond the dialog.
    m_pfxPassword->clear();
}

QLineEdit* BundleCheckDialog::addFileRow(QGridLayout* grid, int row, const QString& label, const char* name,
                                         const QString& toolTip, const QString& filter) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setToolTip(toolTip);
    QString plain = label;
    plain.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    edit->setAccessibleName(plain);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QString::fromLatin1(name) + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Browse for %1").arg(plain));
    browse->setToolTip(tr("Choose the file"));
    grid->addWidget(caption, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(browse, row, 2);
    connect(browse, &QPushButton::clicked, this, [this, edit, plain, filter] {
        // Non-modal, like every dialog here: the check window stays usable.
        auto* dialog = new QFileDialog(this, tr("Choose %1").arg(plain));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(filter);
        if (!edit->text().isEmpty())
            dialog->selectFile(edit->text());
        connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return edit;
}

void BundleCheckDialog::setTokenCertificate(const std::optional<ObjectSummary>& certificate) {
    m_tokenCertificate = certificate;
    if (certificate)
        m_fromToken->setText(tr("Client certificate from the selected token object (%1)")
                                 .arg(objects::describe(*certificate)));
    else
        m_fromToken->setText(tr("Client certificate from the selected token object"));
    if (!certificate)
        m_fromToken->setChecked(false);
    updateTokenOptions();
}

bool BundleCheckDialog::certificateFromToken() const {
    return m_fromToken->isChecked() && m_tokenCertificate.has_value();
}

bool BundleCheckDialog::keyOnToken() const {
    return certificateFromToken() && m_keyOnToken->isChecked();
}

void BundleCheckDialog::updateTokenOptions() {
    m_fromToken->setEnabled(m_tokenCertificate.has_value());
    const bool fromToken = certificateFromToken();
    m_certPath->setEnabled(!fromToken);
    m_keyOnToken->setEnabled(fromToken);
    if (!fromToken)
        m_keyOnToken->setChecked(false);
    m_keyPath->setEnabled(!m_keyOnToken->isChecked());
}

Result<bundle::BundleInput> BundleCheckDialog::collectInput() const {
    bundle::BundleInput input;
    const auto read = [](const QLineEdit* edit, bundle::InputFile& into) -> Result<void> {
        const QString path = edit->text().trimmed();
        if (path.isEmpty())
            return {};
        Result<bundle::InputFile> file = bundle::readInputFile(path);
        if (!file)
            return file.error();
        into = std::move(file).value();
        return {};
    };
    if (!certificateFromToken()) {
        if (m_certPath->text().trimmed().isEmpty())
            return Error::other(
                QStringLiteral("bundle-check"), tr("No client certificate was chosen."),
                tr("Choose the client certificate file, or select a certificate in the object "
                   "table and tick “Client certificate from the selected token object”."));
        if (Result<void> r = read(m_certPath, input.clientCertificate); !r)
            return r.error();
    }
    for (const auto& [edit, file] :
         {std::pair<const QLineEdit*, bundle::InputFile*>{m_bundlePath, &input.bundlePem},
          {m_caPath, &input.caBundle},
          {m_pfxPath, &input.pfx}})
        if (Result<void> r = read(edit, *file); !r)
            return r.error();
    if (const QString key = m_keyPath->text().trimmed(); !key.isEmpty() && !keyOnToken()) {
        Result<SecureBuffer> keyData = bundle::readSecretFile(key);
        if (!keyData)
            return keyData.error();
        input.keyName = key;
        input.keyData = std::move(keyData).value();
    }
    if (input.pfx.given()) {
        QByteArray password = m_pfxPassword->text().toUtf8();
        input.pfxPassword = SecureBuffer::takeFrom(password);
    }
    return input;
}

QString BundleCheckDialog::suggestedPemPath() const {
    for (const QLineEdit* edit : {m_bundlePath, m_certPath, m_caPath})
        if (!edit->text().trimmed().isEmpty())
            return QFileInfo(edit->text().trimmed()).dir().filePath(QStringLiteral("client-bundle.pem"));
    return QDir::home().filePath(QStringLiteral("client-bundle.pem"));
}

void BundleCheckDialog::showReport(const bundle::Report& report) {
    m_findings->clear();
    for (const bundle::Finding& finding : report.findings) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(0, QStringLiteral("%1  %2").arg(bundle::severityMark(finding.severity),
                                                      bundle::ruleText(finding.rule)));
        item->setData(0, kSeverityRole, static_cast<int>(finding.severity));
        item->setData(0, kRuleRole, bundle::ruleId(finding.rule));
        item->setForeground(0, severityColor(finding.severity));
        item->setToolTip(0, bundle::severityName(finding.severity));
        for (const QString& detail : finding.details)
            new QTreeWidgetItem(item, {detail});
        if (!finding.action.isEmpty())
            new QTreeWidgetItem(item, {tr("What to do: %1").arg(finding.action)});
        // Problems open; what is fine stays one line.
        item->setExpanded(finding.severity == bundle::Severity::Error ||
                          finding.severity == bundle::Severity::Warning);
    }
    QStringList chain;
    for (const bundle::CertificateLine& line : report.chain)
        chain << line.subject;
    m_summary->setText(tr("%1 error(s), %2 warning(s). Chain: %3")
                           .arg(report.count(bundle::Severity::Error))
                           .arg(report.count(bundle::Severity::Warning))
                           .arg(chain.join(QStringLiteral(" → "))));
    showStatus({});
}

void BundleCheckDialog::showStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void BundleCheckDialog::setBusy(bool busy) {
    m_check->setEnabled(!busy);
    m_write->setEnabled(!busy);
}

} // namespace hsm
