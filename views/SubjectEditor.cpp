#include "SubjectEditor.h"

#include "KeyGenPages.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hsm {

namespace {

struct FieldSpec {
    const char* field;
    const char* objectName;
    const char* label;
    const char* placeholder;
};

// The common attributes in the order a name lists them, most significant first.
const FieldSpec kFields[] = {
    {"C", "subjectC", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "&Country (C):"),
     QT_TRANSLATE_NOOP("hsm::SubjectEditor", "two letters, e.g. GB")},
    {"ST", "subjectST", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "&State or province (ST):"), ""},
    {"L", "subjectL", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "&Locality (L):"), ""},
    {"O", "subjectO", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "&Organisation (O):"), ""},
    {"OU", "subjectOU", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "Organisational &unit (OU):"), ""},
    {"CN", "subjectCN", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "Common &name (CN):"),
     QT_TRANSLATE_NOOP("hsm::SubjectEditor", "host name or person")},
    {"emailAddress", "subjectEmail", QT_TRANSLATE_NOOP("hsm::SubjectEditor", "&E-mail address:"), ""},
};

QString trSubject(const char* text) {
    return QCoreApplication::translate("hsm::SubjectEditor", text);
}

} // namespace

SubjectEditor::SubjectEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("subjectEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    for (const FieldSpec& spec : kFields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(spec.objectName));
        const QString label = trSubject(spec.label);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        if (*spec.placeholder != '\0')
            edit->setPlaceholderText(trSubject(spec.placeholder));
        form->addRow(label, edit);
        m_fields.append({QString::fromLatin1(spec.field), edit});
        connect(edit, &QLineEdit::textChanged, this, &SubjectEditor::revalidate);
    }
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Further attributes (short name such as DC, serialNumber, "
                                    "title, or a dotted OID):"),
                                 this));
    m_extra = new QTableWidget(0, 2, this);
    m_extra->setObjectName(QStringLiteral("extraAttributes"));
    m_extra->setAccessibleName(tr("Further subject attributes"));
    m_extra->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_extra->horizontalHeader()->setStretchLastSection(true);
    m_extra->verticalHeader()->hide();
    m_extra->setMinimumHeight(90);
    connect(m_extra, &QTableWidget::itemChanged, this, &SubjectEditor::revalidate);
    layout->addWidget(m_extra);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add attribute"), this);
    add->setObjectName(QStringLiteral("addAttribute"));
    add->setToolTip(tr("Add a row for another subject attribute"));
    auto* remove = new QPushButton(tr("&Remove attribute"), this);
    remove->setObjectName(QStringLiteral("removeAttribute"));
    remove->setToolTip(tr("Remove the selected attribute row"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &SubjectEditor::addAttributeRow);
    connect(remove, &QPushButton::clicked, this, &SubjectEditor::removeAttributeRow);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("subjectProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(keygenui::errorStyle());
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);
    revalidate();
}

QLineEdit* SubjectEditor::field(const QString& name) const {
    for (const auto& [field, edit] : m_fields)
        if (field == name)
            return edit;
    return nullptr;
}

certs::DistinguishedName SubjectEditor::name() const {
    certs::DistinguishedName name;
    auto addField = [&](const QString& field) {
        if (QLineEdit* edit = this->field(field); edit && !edit->text().isEmpty())
            name.append({field, edit->text()});
    };
    for (const char* field : {"C", "ST", "L", "O", "OU"})
        addField(QString::fromLatin1(field));
    // Free attributes sit between the organisation and the common name, where a user expects them.
    for (int row = 0; row < m_extra->rowCount(); ++row) {
        const QTableWidgetItem* fieldItem = m_extra->item(row, 0);
        const QTableWidgetItem* valueItem = m_extra->item(row, 1);
        const QString fieldText = fieldItem ? fieldItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (fieldText.isEmpty() && value.isEmpty())
            continue; // a row just added, not filled in yet
        name.append({fieldText, value});
    }
    addField(QStringLiteral("CN"));
    addField(QStringLiteral("emailAddress"));
    return name;
}

QStringList SubjectEditor::problems() const {
    const certs::DistinguishedName name = this->name();
    QStringList problems;
    for (const certs::NameEntry& entry : name)
        if (entry.field.isEmpty())
            problems << tr("A further attribute has the value “%1” but no field name.").arg(entry.value);
    return problems + certs::validateName(name);
}

void SubjectEditor::suggest(const QString& fieldName, const QString& value) {
    if (QLineEdit* edit = field(fieldName); edit && edit->text().isEmpty())
        edit->setText(value);
}

void SubjectEditor::addAttributeRow() {
    const int row = m_extra->rowCount();
    m_extra->insertRow(row);
    m_extra->setItem(row, 0, new QTableWidgetItem);
    m_extra->setItem(row, 1, new QTableWidgetItem);
    m_extra->setCurrentCell(row, 0);
    m_extra->editItem(m_extra->item(row, 0));
}

void SubjectEditor::removeAttributeRow() {
    const int row = m_extra->currentRow();
    if (row < 0)
        return;
    m_extra->removeRow(row);
    revalidate();
}

void SubjectEditor::revalidate() {
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    emit changed();
}

// ---- UsageEditor ----------------------------------------------------------------------------

UsageEditor::UsageEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("usageEditor"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* keyBox = new QGroupBox(tr("Key usage"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    const std::pair<unsigned, std::pair<const char*, QString>> keyUsages[] = {
        {certs::DigitalSignature, {"ku_digitalSignature", tr("&Digital signature")}},
        {certs::NonRepudiation, {"ku_nonRepudiation", tr("&Non-repudiation")}},
        {certs::KeyEncipherment, {"ku_keyEncipherment", tr("&Key encipherment")}},
        {certs::DataEncipherment, {"ku_dataEncipherment", tr("Data encipherment")}},
        {certs::KeyAgreement, {"ku_keyAgreement", tr("Key agreement")}},
        {certs::KeyCertSign, {"ku_keyCertSign", tr("Certificate signing")}},
        {certs::CrlSign, {"ku_cRLSign", tr("CRL signing")}},
    };
    for (const auto& [bit, names] : keyUsages) {
        auto* box = new QCheckBox(names.second, keyBox);
        box->setObjectName(QString::fromLatin1(names.first));
        keyLayout->addWidget(box);
        m_keyUsages.append({bit, box});
        connect(box, &QCheckBox::toggled, this, &UsageEditor::changed);
    }
    keyLayout->addStretch();
    layout->addWidget(keyBox);

    auto* extBox = new QGroupBox(tr("Extended key usage"), this);
    auto* extLayout = new QVBoxLayout(extBox);
    const std::pair<const char*, QString> extended[] = {
        {"serverAuth", tr("TLS &server authentication")},
        {"clientAuth", tr("TLS &client authentication")},
        {"codeSigning", tr("Code si&gning")},
        {"emailProtection", tr("E-&mail protection")},
    };
    for (const auto& [name, text] : extended) {
        auto* box = new QCheckBox(text, extBox);
        box->setObjectName(QStringLiteral("eku_") + QString::fromLatin1(name));
        extLayout->addWidget(box);
        m_extendedUsages.append({QString::fromLatin1(name), box});
        connect(box, &QCheckBox::toggled, this, &UsageEditor::changed);
        if (QLatin1String(name) == QLatin1String("clientAuth")) {
            // The vendor rule (seed 000): the Web Services client's certificate must have this usage.
            box->setToolTip(tr("Needed by nShield Web Services (WSOP) client certificates"));
            auto* note = new QLabel(tr("nShield Web Services client certificates need TLS client "
                                       "authentication."),
                                    extBox);
            note->setObjectName(QStringLiteral("clientAuthNote"));
            note->setWordWrap(true);
            note->setIndent(20);
            extLayout->addWidget(note);
        }
    }
    extLayout->addStretch();
    layout->addWidget(extBox);
}

unsigned UsageEditor::keyUsage() const {
    unsigned bits = 0;
    for (const auto& [bit, box] : m_keyUsages)
        if (box->isChecked())
            bits |= bit;
    return bits;
}

void UsageEditor::setKeyUsage(unsigned bits) {
    for (const auto& [bit, box] : m_keyUsages)
        box->setChecked((bits & bit) != 0);
}

QStringList UsageEditor::extendedKeyUsages() const {
    QStringList names;
    for (const auto& [name, box] : m_extendedUsages)
        if (box->isChecked())
            names << name;
    return names;
}

void UsageEditor::setExtendedKeyUsages(const QStringList& names) {
    for (const auto& [name, box] : m_extendedUsages)
        box->setChecked(names.contains(name));
}

QString UsageEditor::summary() const {
    QStringList keyTexts;
    for (const auto& [bit, box] : m_keyUsages)
        if (box->isChecked())
            keyTexts << box->text().remove(QLatin1Char('&'));
    QStringList extTexts;
    for (const auto& [name, box] : m_extendedUsages)
        if (box->isChecked())
            extTexts << box->text().remove(QLatin1Char('&'));
    const QString none = tr("none");
    return tr("key usage: %1; extended key usage: %2")
        .arg(keyTexts.isEmpty() ? none : keyTexts.join(QStringLiteral(", ")),
             extTexts.isEmpty() ? none : extTexts.join(QStringLiteral(", ")));
}

// ---- OutputFileBox --------------------------------------------------------------------------

OutputFileBox::OutputFileBox(const QString& pathName, const QString& kind, QWidget* parent)
    : QWidget(parent), m_kind(kind) {
    setObjectName(pathName + QStringLiteral("Box"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* formats = new QHBoxLayout;
    m_pem = new QRadioButton(tr("&PEM (text)"), this);
    m_pem->setObjectName(QStringLiteral("outputPem"));
    m_pem->setChecked(true);
    m_der = new QRadioButton(tr("&DER (binary)"), this);
    m_der->setObjectName(QStringLiteral("outputDer"));
    formats->addWidget(m_pem);
    formats->addWidget(m_der);
    formats->addStretch();
    layout->addLayout(formats);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(pathName);
    m_path->setAccessibleName(tr("Output file of the %1").arg(kind));
    m_path->setPlaceholderText(tr("file to write the %1 to").arg(kind));
    row->addWidget(m_path, 1);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseOutput"));
    browse->setToolTip(tr("Choose the file to write"));
    row->addWidget(browse);
    layout->addLayout(row);
    connect(browse, &QPushButton::clicked, this, &OutputFileBox::browse);
    connect(m_path, &QLineEdit::textChanged, this, &OutputFileBox::changed);
    connect(m_pem, &QRadioButton::toggled, this, &OutputFileBox::changed);
}

QString OutputFileBox::path() const {
    return m_path->text().trimmed();
}

bool OutputFileBox::isDer() const {
    return m_der->isChecked();
}

void OutputFileBox::browse() {
    auto* dialog = new QFileDialog(this, tr("Save the %1").arg(m_kind));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(
        {tr("PEM files (*.pem *.csr *.crt)"), tr("DER files (*.der *.cer)"), tr("All files (*)")});
    if (!path().isEmpty())
        dialog->selectFile(path());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { m_path->setText(file); });
    dialog->open();
}

// ---- certui ---------------------------------------------------------------------------------

namespace certui {

Result<void> saveFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::other(
            QStringLiteral("QSaveFile::open"),
            QCoreApplication::translate("hsm::certui", "cannot write “%1”: %2").arg(path, file.errorString()),
            QCoreApplication::translate("hsm::certui", "Choose a folder you can write to."));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::other(
            QStringLiteral("QSaveFile::commit"),
            QCoreApplication::translate("hsm::certui", "writing “%1” failed: %2")
                .arg(path, file.errorString()),
            QCoreApplication::translate("hsm::certui", "Check the free space; the file was left as it was."));
    return {};
}

QString keyDescription(const ObjectSummary& key) {
    QString type;
    switch (key.keyType.value_or(CK_UNAVAILABLE_INFORMATION)) {
    case CKK_RSA:
        type = QStringLiteral("RSA");
        break;
    case CKK_EC:
        type = QStringLiteral("EC");
        break;
    case CKK_EC_EDWARDS:
        type = QStringLiteral("EdDSA");
        break;
    default:
        type = QCoreApplication::translate("hsm::certui", "other");
    }
    return key.size.isEmpty() ? type : QStringLiteral("%1 %2").arg(type, key.size);
}

QList<ObjectSummary> signingKeys(const QList<ObjectSummary>& listed) {
    QList<ObjectSummary> keys;
    for (const ObjectSummary& object : listed) {
        if (object.objectClass != CKO_PRIVATE_KEY || !object.keyType)
            continue;
        if (*object.keyType == CKK_RSA || *object.keyType == CKK_EC || *object.keyType == CKK_EC_EDWARDS)
            keys << object;
    }
    return keys;
}

} // namespace certui

} // namespace hsm
