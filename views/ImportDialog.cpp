#include "ImportDialog.h"

#include "CertFile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

ImportDialog::ImportDialog(const QString& tokenLabel, bool loggedIn, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import certificates to “%1”").arg(tokenLabel));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setAccessibleName(tr("Certificate file"));
    m_file->setPlaceholderText(tr("PEM, DER, PKCS#7 (.p7b) or PKCS#12 (.p12, .pfx)"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setToolTip(tr("Choose the certificate file"));
    m_browse->setAccessibleName(tr("Browse for the certificate file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("importPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("PKCS#12 password"));
    m_passwordLabel = new QLabel(tr("PKCS#12 &password:"), this);
    m_passwordLabel->setBuddy(m_password);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("importLabelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("From the file, the matching key or the subject CN"));

    auto* form = new QFormLayout;
    // addRow(text, layout) sets no buddy, so the mnemonic would show as a literal "&".
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(tr("&Label (optional):"), m_label);

    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("importPreviewButton"));
    m_preview->setToolTip(tr("Show what the file holds and which keys on the token it pairs with"));
    m_preview->setAccessibleName(tr("Preview"));
    m_previewText = new QPlainTextEdit(this);
    m_previewText->setObjectName(QStringLiteral("importPreviewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setAccessibleName(tr("What the file holds"));
    m_previewText->setPlaceholderText(loggedIn
                                          ? tr("Choose a file to see what it holds.")
                                          : tr("Choose a file to see what it holds. Log in to see private "
                                               "keys and to import a PKCS#12 key."));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Import result"));

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRunButton"));
    m_import->setToolTip(tr("Store the certificates (and a PKCS#12 key) on the token"));
    m_import->setAccessibleName(tr("Import"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_close->setAccessibleName(tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 0, Qt::AlignLeft);
    layout->addWidget(m_previewText, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        updatePasswordField();
        updateButtons();
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!filePath().isEmpty())
            emit previewRequested();
    });
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (!filePath().isEmpty())
            emit previewRequested();
    });
    connect(m_preview, &QPushButton::clicked, this, &ImportDialog::previewRequested);
    // Import does not close the dialog: the result is shown in it.
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updatePasswordField();
    updateButtons();
}

ImportDialog::~ImportDialog() {
    // The password text goes with the widget; overwrite what QLineEdit keeps first.
    m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
    m_password->clear();
}

QString ImportDialog::filePath() const {
    return m_file->text().trimmed();
}

void ImportDialog::setFilePath(const QString& path) {
    m_file->setText(path);
    if (!path.isEmpty())
        emit previewRequested();
}

QString ImportDialog::label() const {
    return m_label->text().trimmed();
}

std::shared_ptr<SecureBuffer> ImportDialog::password() const {
    // An empty field: no password (CertFile then tries the empty one PKCS#12 files may use).
    if (m_password->text().isEmpty())
        return nullptr;
    QByteArray utf8 = m_password->text().toUtf8();
    return std::make_shared<SecureBuffer>(SecureBuffer::takeFrom(utf8));
}

void ImportDialog::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    if (!status.isEmpty())
        m_result->setText(status);
    updateButtons();
}

void ImportDialog::showPreview(const QString& text) {
    m_previewText->setPlainText(text);
}

void ImportDialog::showResult(const QString& text, bool ok) {
    m_result->setText(text);
    m_result->setProperty("failed", !ok);
    if (ok)
        m_password->clear();
}

void ImportDialog::browse() {
    auto* dialog = new QFileDialog(this, tr("Certificate file"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Certificate files (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFilePath);
    dialog->open();
}

void ImportDialog::showPasswordField() {
    m_passwordForced = true;
    updatePasswordField();
}

void ImportDialog::updatePasswordField() {
    const bool pkcs12 = m_passwordForced || certfile::looksLikePkcs12(filePath());
    m_password->setVisible(pkcs12);
    m_passwordLabel->setVisible(pkcs12);
}

void ImportDialog::updateButtons() {
    m_import->setEnabled(!m_busy && !filePath().isEmpty());
    m_preview->setEnabled(!m_busy && !filePath().isEmpty());
    m_browse->setEnabled(!m_busy);
}

} // namespace hsm
