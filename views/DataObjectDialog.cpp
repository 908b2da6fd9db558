#include "DataObjectDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hsm {

namespace {

QLabel* errorLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

} // namespace

DataObjectDialog::DataObjectDialog(bool loggedIn, QWidget* parent) : QDialog(parent), m_loggedIn(loggedIn) {
    setObjectName(QStringLiteral("dataObjectDialog"));
    setWindowTitle(tr("New data object"));
    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* form = new QFormLayout;

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("dataLabelEdit"));
    m_label->setAccessibleName(tr("Label"));
    form->addRow(tr("&Label:"), m_label);
    m_application = new QLineEdit(this);
    m_application->setObjectName(QStringLiteral("applicationEdit"));
    m_application->setAccessibleName(tr("Application"));
    m_application->setToolTip(tr("CKA_APPLICATION: the application the data belongs to (free text)."));
    form->addRow(tr("&Application:"), m_application);
    m_oid = new QLineEdit(this);
    m_oid->setObjectName(QStringLiteral("oidEdit"));
    m_oid->setAccessibleName(tr("Object identifier"));
    m_oid->setPlaceholderText(tr("optional, e.g. 1.3.6.1.4.1.99999.1"));
    m_oid->setToolTip(tr("CKA_OBJECT_ID: a dotted OID naming the data's type; stored DER-encoded."));
    form->addRow(tr("Object &ID (OID):"), m_oid);
    m_oidError = errorLabel(QStringLiteral("oidError"), this);
    form->addRow(QString(), m_oidError);
    m_private = new QCheckBox(tr("&Private (readable only after login)"), this);
    m_private->setObjectName(QStringLiteral("privateCheck"));
    m_private->setChecked(true);
    form->addRow(QString(), m_private);
    layout->addLayout(form);

    m_fromText = new QRadioButton(tr("&Text"), this);
    m_fromText->setObjectName(QStringLiteral("textSourceRadio"));
    m_fromText->setChecked(true);
    m_fromFile = new QRadioButton(tr("&File"), this);
    m_fromFile->setObjectName(QStringLiteral("fileSourceRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_fromText);
    group->addButton(m_fromFile);
    auto* sources = new QHBoxLayout;
    sources->addWidget(new QLabel(tr("Value from:"), this));
    sources->addWidget(m_fromText);
    sources->addWidget(m_fromFile);
    sources->addStretch();
    layout->addLayout(sources);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("valueEdit"));
    m_text->setAccessibleName(tr("Value as text"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("File to store"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose the file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("sizeLabel"));
    layout->addWidget(m_size);
    m_error = errorLabel(QStringLiteral("dataError"), this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dataButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DataObjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &DataObjectDialog::browse);
    for (QLineEdit* edit : {m_label, m_application, m_oid, m_file})
        connect(edit, &QLineEdit::textChanged, this, &DataObjectDialog::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DataObjectDialog::updateState);
    connect(m_fromText, &QRadioButton::toggled, this, &DataObjectDialog::updateState);
    connect(m_private, &QCheckBox::toggled, this, &DataObjectDialog::updateState);
    updateState();
}

void DataObjectDialog::browse() {
    auto* dialog = new QFileDialog(this, tr("Store which file?"));
    dialog->setObjectName(QStringLiteral("dataFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_fromFile->setChecked(true);
        m_file->setText(path);
    });
    dialog->open();
}

Result<QByteArray> DataObjectDialog::value() const {
    if (m_fromText->isChecked())
        return m_text->toPlainText().toUtf8();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return Error::other(tr("File"), tr("Choose a file."));
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::other(tr("File"), tr("“%1” is not a file.").arg(path));
    if (info.size() > objects::kMaxDataObjectSize)
        return Error::other(tr("File"), tr("“%1” is %2; data objects are limited to %3.")
                                            .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                                 QLocale().formattedDataSize(objects::kMaxDataObjectSize)));
    return QByteArray(); // read on accept; the size is what the dialog shows until then
}

void DataObjectDialog::updateState() {
    m_text->setEnabled(m_fromText->isChecked());
    m_file->setEnabled(m_fromFile->isChecked());
    m_browse->setEnabled(m_fromFile->isChecked());

    const QString oidText = m_oid->text().trimmed();
    const Result<QByteArray> oid =
        oidText.isEmpty() ? Result<QByteArray>(QByteArray()) : objects::encodeOid(oidText);
    m_oidError->setText(oid ? QString() : oid.error().message);
    m_oidError->setVisible(!oid);

    const Result<QByteArray> v = value();
    qint64 size = 0;
    if (v && m_fromText->isChecked())
        size = v->size();
    else if (v)
        size = QFileInfo(m_file->text().trimmed()).size();
    m_size->setText(v ? tr("Size: %1 (%n byte(s))", nullptr, static_cast<int>(size))
                            .arg(QLocale().formattedDataSize(size))
                      : QString());
    QString problem;
    if (!v && !(m_fromFile->isChecked() && m_file->text().trimmed().isEmpty()))
        problem = v.error().message;
    else if (v && m_fromText->isChecked() && size > objects::kMaxDataObjectSize)
        problem = tr("The text is longer than the %1 a data object may hold here.")
                      .arg(QLocale().formattedDataSize(objects::kMaxDataObjectSize));
    else if (m_private->isChecked() && !m_loggedIn)
        problem = tr("Not logged in: log in first to create a private data object, or untick Private.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(oid.ok() && v.ok() && problem.isEmpty() && (size > 0 || m_fromFile->isChecked()));
}

void DataObjectDialog::accept() {
    const Result<QByteArray> oid = m_oid->text().trimmed().isEmpty() ? Result<QByteArray>(QByteArray())
                                                                     : objects::encodeOid(m_oid->text());
    if (!oid) {
        updateState();
        return;
    }
    QByteArray bytes;
    if (m_fromText->isChecked()) {
        bytes = m_text->toPlainText().toUtf8();
    } else {
        if (Result<QByteArray> v = value(); !v) {
            updateState();
            return;
        }
        QFile file(m_file->text().trimmed());
        // Read at most one byte past the limit: a file that grew since it was chosen is still refused.
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->setText(tr("“%1” cannot be read: %2").arg(file.fileName(), file.errorString()));
            m_error->show();
            return;
        }
        bytes = file.read(objects::kMaxDataObjectSize + 1);
        if (bytes.size() > objects::kMaxDataObjectSize) {
            m_error->setText(
                tr("“%1” is larger than %2.")
                    .arg(file.fileName(), QLocale().formattedDataSize(objects::kMaxDataObjectSize)));
            m_error->show();
            return;
        }
    }
    m_spec.label = m_label->text().toUtf8();
    m_spec.application = m_application->text().toUtf8();
    m_spec.objectId = *oid;
    m_spec.isPrivate = m_private->isChecked();
    m_spec.value = bytes;
    QDialog::accept();
}

} // namespace hsm
