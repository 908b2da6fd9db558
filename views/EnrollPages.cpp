#include "EnrollPages.h"

#include "EnrollWizard.h"
#include "KeyGenPages.h"
#include "ObjectAdmin.h"
#include "SubjectEditor.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hsm {

namespace {

QLabel* statusLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString altNameTypeText(certs::AltNameType type) {
    switch (type) {
    case certs::AltNameType::Dns:
        return QStringLiteral("DNS");
    case certs::AltNameType::Ip:
        return QStringLiteral("IP");
    case certs::AltNameType::Email:
        return QStringLiteral("email");
    case certs::AltNameType::Uri:
        return QStringLiteral("URI");
    }
    return {};
}

} // namespace

// ---- Page 1: key ----------------------------------------------------------------------------

EnrollKeyPage::EnrollKeyPage(EnrollWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("enrollKeyPage"));
    setTitle(tr("Key pair"));
    setSubTitle(tr("The request is signed on the token with this key pair's private key, which never "
                   "leaves the token."));
    auto* layout = new QVBoxLayout(this);
    m_keys = new QTreeWidget(this);
    m_keys->setObjectName(QStringLiteral("enrollKeyList"));
    m_keys->setAccessibleName(tr("Key pairs on the token"));
    m_keys->setHeaderLabels({tr("Label"), tr("ID"), tr("Key")});
    m_keys->setRootIsDecorated(false);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_keys, 1);
    auto* row = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate a new key pair…"), this);
    m_generate->setObjectName(QStringLiteral("generateKeyPair"));
    m_generate->setToolTip(tr("Open the key generation wizard; the new key pair is chosen here afterwards"));
    m_generate->setAccessibleName(tr("Generate a new key pair"));
    row->addWidget(m_generate);
    row->addStretch();
    layout->addLayout(row);
    m_status = statusLabel("keyStatus", this);
    layout->addWidget(m_status);

    connect(m_keys, &QTreeWidget::itemSelectionChanged, this, &EnrollKeyPage::onSelectionChanged);
    connect(m_generate, &QPushButton::clicked, wizard, &EnrollWizard::generateKeyPair);
    connect(wizard, &EnrollWizard::keyInfoChanged, this, &EnrollKeyPage::showKeyState);
    connect(wizard->context(), &WindowContext::objectsListed, this, &EnrollKeyPage::fillKeys);
    fillKeys();
    showKeyState();
}

void EnrollKeyPage::fillKeys() {
    WindowContext* context = m_wizard->context();
    // The window lists the token selected there; another token's keys are not this wizard's.
    if (context->currentWorker() == nullptr || context->currentWorker() != m_wizard->worker())
        return;
    const QList<ObjectSummary> keys = certui::signingKeys(context->listedObjects());
    QByteArray selected = m_wizard->key() ? enrollKeyIdentity(*m_wizard->key()) : QByteArray();
    // Opened with a key, its pair's public key or certificate selected in the window: that pair.
    if (selected.isEmpty()) {
        for (const ObjectSummary& object : context->selectedObjects()) {
            for (const ObjectSummary& key : keys) {
                if (selected.isEmpty() && !object.id.isEmpty() && key.id == object.id)
                    selected = enrollKeyIdentity(key);
            }
        }
    }
    // A key pair made by the key generation wizard is the one not listed before it opened.
    bool generated = false;
    if (const auto& before = m_wizard->keysBeforeGeneration()) {
        for (const ObjectSummary& key : keys) {
            if (!before->contains(enrollKeyIdentity(key))) {
                selected = enrollKeyIdentity(key);
                generated = true;
                break;
            }
        }
    }
    const QSignalBlocker blocker(m_keys);
    m_keys->clear();
    QTreeWidgetItem* current = nullptr;
    for (const ObjectSummary& key : keys) {
        auto* item =
            new QTreeWidgetItem(m_keys, {key.label, objects::idText(key.id), certui::keyDescription(key)});
        item->setData(0, Qt::UserRole, enrollKeyIdentity(key));
        item->setToolTip(0, key.uri);
        if (!selected.isEmpty() && enrollKeyIdentity(key) == selected)
            current = item;
    }
    if (current != nullptr) {
        m_keys->setCurrentItem(current);
        current->setSelected(true);
    }
    if (generated)
        m_wizard->generatedKeySelected();
    // The handles of a new listing replace the old ones: the wizard re-reads the chosen key.
    onSelectionChanged();
}

void EnrollKeyPage::onSelectionChanged() {
    const QList<QTreeWidgetItem*> items = m_keys->selectedItems();
    if (items.isEmpty()) {
        m_wizard->setKey(std::nullopt);
        return;
    }
    const QByteArray identity = items.first()->data(0, Qt::UserRole).toByteArray();
    for (const ObjectSummary& key : certui::signingKeys(m_wizard->context()->listedObjects())) {
        if (enrollKeyIdentity(key) == identity) {
            m_wizard->setKey(key);
            return;
        }
    }
    m_wizard->setKey(std::nullopt);
}

void EnrollKeyPage::showKeyState() {
    const auto& key = m_wizard->key();
    const auto& info = m_wizard->keyInfo();
    if (!key) {
        m_status->setStyleSheet(QString());
        m_status->setText(m_keys->topLevelItemCount() == 0
                              ? tr("No key pair that can sign is listed on “%1”. Generate a new one.")
                                    .arg(m_wizard->token().label)
                              : tr("Choose a key pair, or generate a new one."));
    } else if (const auto& error = m_wizard->keyError()) {
        m_status->setStyleSheet(keygenui::errorStyle());
        m_status->setText(tr("Reading the key “%1” failed: %2").arg(key->label, error->text()));
    } else if (!info) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Reading what “%1” can sign with on this token…").arg(key->label));
    } else if (!info->facts.canSign) {
        m_status->setStyleSheet(keygenui::errorStyle());
        m_status->setText(tr("The key “%1” is not allowed to sign (CKA_SIGN is false). Choose another key "
                             "pair.")
                              .arg(key->label));
    } else if (info->algorithms.isEmpty()) {
        m_status->setStyleSheet(keygenui::errorStyle());
        m_status->setText(tr("The token offers no signature mechanism for the key “%1” (%2).")
                              .arg(key->label, certui::keyDescription(*key)));
    } else {
        QStringList names;
        for (const signing::Algorithm& algorithm : info->algorithms)
            names << signing::algorithmName(algorithm);
        m_status->setStyleSheet(keygenui::okStyle());
        m_status->setText(
            tr("“%1” (%2) can sign with: %3")
                .arg(key->label, certui::keyDescription(*key), names.join(QStringLiteral(", "))));
    }
    emit completeChanged();
}

bool EnrollKeyPage::isComplete() const {
    const auto& info = m_wizard->keyInfo();
    return m_wizard->key() && info && info->facts.canSign && !info->algorithms.isEmpty();
}

// ---- Page 2: subject ------------------------------------------------------------------------

EnrollSubjectPage::EnrollSubjectPage(EnrollWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("enrollSubjectPage"));
    setTitle(tr("Subject"));
    setSubTitle(tr("Who the certificate is for. Values are kept exactly as typed (UTF-8); empty fields "
                   "are left out."));
    auto* layout = new QVBoxLayout(this);
    m_editor = new SubjectEditor(this);
    layout->addWidget(m_editor);
    connect(m_editor, &SubjectEditor::changed, this, &EnrollSubjectPage::completeChanged);
}

void EnrollSubjectPage::initializePage() {
    emit completeChanged();
}

bool EnrollSubjectPage::isComplete() const {
    return m_editor->isValid();
}

// ---- Page 3: extensions ---------------------------------------------------------------------

EnrollExtensionsPage::EnrollExtensionsPage(EnrollWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("enrollExtensionsPage"));
    setTitle(tr("Names, usages and signature"));
    setSubTitle(tr("Alternative names, what the key may be used for, and how the request is signed."));
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(tr("Subject alternative names:"), this));
    m_sans = new QTableWidget(0, 2, this);
    m_sans->setObjectName(QStringLiteral("sanTable"));
    m_sans->setAccessibleName(tr("Subject alternative names"));
    m_sans->setHorizontalHeaderLabels({tr("Type"), tr("Value")});
    m_sans->horizontalHeader()->setStretchLastSection(true);
    m_sans->verticalHeader()->hide();
    m_sans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sans->setMaximumHeight(120);
    layout->addWidget(m_sans);
    auto* row = new QHBoxLayout;
    m_sanType = new QComboBox(this);
    m_sanType->setObjectName(QStringLiteral("sanType"));
    m_sanType->setAccessibleName(tr("Alternative name type"));
    for (certs::AltNameType type : {certs::AltNameType::Dns, certs::AltNameType::Ip,
                                    certs::AltNameType::Email, certs::AltNameType::Uri})
        m_sanType->addItem(altNameTypeText(type), int(type));
    row->addWidget(m_sanType);
    m_sanValue = new QLineEdit(this);
    m_sanValue->setObjectName(QStringLiteral("sanValue"));
    m_sanValue->setAccessibleName(tr("Alternative name"));
    m_sanValue->setPlaceholderText(tr("host.example.com, 10.0.0.1, user@example.com, https://…"));
    row->addWidget(m_sanValue, 1);
    auto* add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("addSan"));
    add->setToolTip(tr("Add the alternative name typed on the left"));
    add->setAccessibleName(tr("Add alternative name"));
    row->addWidget(add);
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeSan"));
    remove->setToolTip(tr("Remove the selected alternative name"));
    remove->setAccessibleName(tr("Remove alternative name"));
    row->addWidget(remove);
    layout->addLayout(row);
    m_sanProblems = statusLabel("sanProblems", this);
    m_sanProblems->setStyleSheet(keygenui::errorStyle());
    layout->addWidget(m_sanProblems);

    m_usage = new UsageEditor(this);
    layout->addWidget(m_usage);

    auto* form = new QFormLayout;
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("signatureAlgorithm"));
    m_algorithm->setAccessibleName(tr("Signature algorithm"));
    form->addRow(tr("Signature &algorithm:"), m_algorithm);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, &EnrollExtensionsPage::addAltName);
    connect(m_sanValue, &QLineEdit::returnPressed, this, &EnrollExtensionsPage::addAltName);
    connect(remove, &QPushButton::clicked, this, &EnrollExtensionsPage::removeAltName);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &EnrollExtensionsPage::completeChanged);
    connect(wizard, &EnrollWizard::keyInfoChanged, this, &EnrollExtensionsPage::fillAlgorithms);
    revalidate();
}

void EnrollExtensionsPage::initializePage() {
    fillAlgorithms();
    if (!m_usageDefaulted) {
        // What a TLS or signing certificate usually needs; RSA keys also encipher session keys.
        unsigned usage = certs::DigitalSignature;
        if (const auto& info = m_wizard->keyInfo(); info && info->facts.keyType == CKK_RSA)
            usage |= certs::KeyEncipherment;
        m_usage->setKeyUsage(usage);
        m_usageDefaulted = true;
    }
}

void EnrollExtensionsPage::fillAlgorithms() {
    const auto& info = m_wizard->keyInfo();
    const QByteArray key = info ? enrollKeyIdentity(info->key) : QByteArray();
    if (key == m_filledKey && m_algorithm->count() > 0)
        return; // keep the user's choice
    m_filledKey = key;
    m_algorithms = info ? info->algorithms : QList<signing::Algorithm>();
    certui::fillAlgorithms(m_algorithm, m_algorithms);
    emit completeChanged();
}

void EnrollExtensionsPage::addAltName() {
    const QString value = m_sanValue->text().trimmed();
    if (value.isEmpty())
        return;
    const auto type = certs::AltNameType(m_sanType->currentData().toInt());
    const int row = m_sans->rowCount();
    m_sans->insertRow(row);
    auto* typeItem = new QTableWidgetItem(altNameTypeText(type));
    typeItem->setData(Qt::UserRole, int(type));
    m_sans->setItem(row, 0, typeItem);
    m_sans->setItem(row, 1, new QTableWidgetItem(value));
    m_sanValue->clear();
    revalidate();
}

void EnrollExtensionsPage::removeAltName() {
    const int row = m_sans->currentRow();
    if (row < 0)
        return;
    m_sans->removeRow(row);
    revalidate();
}

void EnrollExtensionsPage::revalidate() {
    const QStringList problems = certs::validateAltNames(altNames());
    m_sanProblems->setText(problems.join(QLatin1Char('\n')));
    m_sanProblems->setVisible(!problems.isEmpty());
    emit completeChanged();
}

QList<certs::AltName> EnrollExtensionsPage::altNames() const {
    QList<certs::AltName> names;
    for (int row = 0; row < m_sans->rowCount(); ++row)
        names.append({certs::AltNameType(m_sans->item(row, 0)->data(Qt::UserRole).toInt()),
                      m_sans->item(row, 1)->text()});
    return names;
}

unsigned EnrollExtensionsPage::keyUsage() const {
    return m_usage->keyUsage();
}

QStringList EnrollExtensionsPage::extendedKeyUsages() const {
    return m_usage->extendedKeyUsages();
}

QString EnrollExtensionsPage::usageSummary() const {
    return m_usage->summary();
}

std::optional<signing::Algorithm> EnrollExtensionsPage::algorithm() const {
    return certui::chosenAlgorithm(m_algorithm, m_algorithms);
}

bool EnrollExtensionsPage::isComplete() const {
    return certs::validateAltNames(altNames()).isEmpty() && algorithm().has_value();
}

// ---- Page 4: output -------------------------------------------------------------------------

EnrollOutputPage::EnrollOutputPage(EnrollWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("enrollOutputPage"));
    setTitle(tr("Output"));
    setSubTitle(tr("Finish signs the request on the token and checks its signature before anything is "
                   "written."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_output = new OutputFileBox(QStringLiteral("csrOutputPath"), tr("certificate request"), this);
    layout->addWidget(m_output);
    m_clipboard = new QCheckBox(tr("Copy the PEM to the &clipboard"), this);
    m_clipboard->setObjectName(QStringLiteral("csrToClipboard"));
    layout->addWidget(m_clipboard);
    m_review = new QPlainTextEdit(this);
    m_review->setObjectName(QStringLiteral("enrollReview"));
    m_review->setAccessibleName(tr("Review of the request"));
    m_review->setReadOnly(true);
    m_review->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_review, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("enrollProgress"));
    m_progress->setAccessibleName(tr("Signing on the token"));
    m_progress->setRange(0, 0); // busy: the token does not say how far it is
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = statusLabel("enrollResult", this);
    layout->addWidget(m_result);
    connect(m_output, &OutputFileBox::changed, this, &EnrollOutputPage::completeChanged);
    connect(m_output, &OutputFileBox::changed, this, &EnrollOutputPage::initializePage);
    connect(m_clipboard, &QCheckBox::toggled, this, &EnrollOutputPage::completeChanged);
    connect(m_clipboard, &QCheckBox::toggled, this, &EnrollOutputPage::initializePage);
}

void EnrollOutputPage::initializePage() {
    const certs::RequestSpec spec = m_wizard->requestSpec();
    const auto& key = m_wizard->key();
    auto* extensions = qobject_cast<EnrollExtensionsPage*>(m_wizard->page(EnrollWizard::ExtensionsPageId));
    QStringList lines;
    lines << tr("Token:      %1").arg(m_wizard->token().label);
    if (key)
        lines << tr("Key pair:   %1 (%2, ID %3)")
                     .arg(key->label, certui::keyDescription(*key), objects::idText(key->id));
    lines << tr("Subject:    %1").arg(certs::formatName(spec.subject));
    lines << tr("Alt. names: %1")
                 .arg(spec.altNames.isEmpty() ? tr("none") : certs::formatAltNames(spec.altNames));
    if (extensions != nullptr)
        lines << tr("Usages:     %1").arg(extensions->usageSummary());
    lines << tr("Signature:  %1").arg(signing::algorithmName(spec.algorithm));
    lines << tr("Output:     %1 %2")
                 .arg(isDer() ? QStringLiteral("DER") : QStringLiteral("PEM"),
                      path().isEmpty() ? tr("(no file)") : path());
    lines << tr("Clipboard:  %1").arg(toClipboard() ? tr("PEM copied") : tr("no"));
    m_review->setPlainText(lines.join(QLatin1Char('\n')));
}

QString EnrollOutputPage::path() const {
    return m_output->path();
}

bool EnrollOutputPage::isDer() const {
    return m_output->isDer();
}

bool EnrollOutputPage::toClipboard() const {
    return m_clipboard->isChecked();
}

bool EnrollOutputPage::isComplete() const {
    if (m_wizard->isRunning())
        return false;
    return m_wizard->isDone() || !path().isEmpty() || toClipboard();
}

void EnrollOutputPage::setRunning(bool running) {
    m_progress->setVisible(running);
    m_output->setEnabled(!running && !m_wizard->isDone());
    m_clipboard->setEnabled(!running && !m_wizard->isDone());
    if (running)
        showResult(tr("Signing the request on “%1”…").arg(m_wizard->token().label), true);
    emit completeChanged();
}

void EnrollOutputPage::showResult(const QString& text, bool ok) {
    m_result->setStyleSheet(ok ? keygenui::okStyle() : keygenui::errorStyle());
    m_result->setText(text);
}

} // namespace hsm
