#include "KeyGenPages.h"

#include "KeyGenWizard.h"
#include "TokenWorker.h"
#include "WindowContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hsm {

namespace {

using keygen::KeyKind;

// Colours of the inline messages: errors red, warnings amber (as the window's banner).
const QString kErrorStyle = QStringLiteral("QLabel { color: #b00020; }");
const QString kWarningStyle = QStringLiteral(
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }");
const QString kOkStyle = QStringLiteral("QLabel { color: #1b5e20; }");

QLabel* messageLabel(const char* name, const QString& style, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool isBytesKind(KeyKind kind) {
    return kind == KeyKind::GenericSecret || kind == KeyKind::HmacSha256 || kind == KeyKind::HmacSha384 ||
           kind == KeyKind::HmacSha512;
}

/// Largest size offered in the "other size" box when the mechanism reports no upper limit.
CK_ULONG openUpperLimit(KeyKind kind) {
    return kind == KeyKind::Rsa ? 16384 : 1024;
}

} // namespace

namespace keygenui {
QString errorStyle() {
    return kErrorStyle;
}
QString warningStyle() {
    return kWarningStyle;
}
QString okStyle() {
    return kOkStyle;
}
} // namespace keygenui

// ---------------------------------------------------------------------------------------------

KeyGenLoginNotice::KeyGenLoginNotice(KeyGenWizard* wizard, const QString& namePrefix, QWidget* parent)
    : QWidget(parent), m_wizard(wizard) {
    setObjectName(namePrefix + QStringLiteral("LoginNotice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(namePrefix + QStringLiteral("LoginText"));
    m_text->setWordWrap(true);
    m_text->setStyleSheet(kWarningStyle);
    layout->addWidget(m_text, 1);
    m_button = new QPushButton(tr("&Log in…"), this);
    m_button->setObjectName(namePrefix + QStringLiteral("LoginButton"));
    m_button->setToolTip(tr("Log in to the token (the window asks for the PIN)"));
    m_button->setAccessibleName(tr("Log in"));
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, wizard, &KeyGenWizard::requestLogin);
    connect(wizard, &KeyGenWizard::sessionStateChanged, this, &KeyGenLoginNotice::refresh);
    refresh();
}

void KeyGenLoginNotice::refresh() {
    const QString blocker = m_wizard->generationBlocker();
    m_text->setText(blocker);
    // The button only helps when the login is what is missing.
    m_button->setVisible(m_wizard->worker() != nullptr && !m_wizard->worker()->isLoggedIn() &&
                         m_wizard->token().has(CKF_TOKEN_INITIALIZED) &&
                         !m_wizard->token().has(CKF_WRITE_PROTECTED));
    setVisible(!blocker.isEmpty());
}

// ---------------------------------------------------------------------------------------------

KeyGenKindPage::KeyGenKindPage(KeyGenWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("keyKindPage"));
    setTitle(tr("Key type"));
    setSubTitle(tr("Only the key types and sizes the token “%1” can generate are offered (from its "
                   "mechanism list).")
                    .arg(wizard->token().label));

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the token's mechanisms…"), this);
    m_status->setObjectName(QStringLiteral("mechanismStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_login = new KeyGenLoginNotice(wizard, QStringLiteral("kind"), this);
    layout->addWidget(m_login);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("keyKindCombo"));
    m_kind->setAccessibleName(tr("Key type"));
    m_kind->setToolTip(tr("The kind of key to generate; only those the token supports are listed"));
    m_form->addRow(tr("Key &type:"), m_kind);
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("keySizeCombo"));
    m_size->setAccessibleName(tr("Key size"));
    m_size->setToolTip(tr("Suggested sizes within the mechanism's range"));
    m_form->addRow(tr("Key &size:"), m_size);
    m_otherSize = new QSpinBox(this);
    m_otherSize->setObjectName(QStringLiteral("keySizeSpin"));
    m_otherSize->setAccessibleName(tr("Other key size"));
    m_otherSize->setToolTip(tr("Any size the mechanism accepts"));
    m_form->addRow(tr("&Other size:"), m_otherSize);
    m_curve = new QComboBox(this);
    m_curve->setObjectName(QStringLiteral("curveCombo"));
    m_curve->setAccessibleName(tr("Curve"));
    m_curve->setToolTip(tr("Named curves the token supports"));
    m_form->addRow(tr("&Curve:"), m_curve);
    layout->addLayout(m_form);
    m_sizeNote = new QLabel(this);
    m_sizeNote->setObjectName(QStringLiteral("sizeNote"));
    m_sizeNote->setWordWrap(true);
    layout->addWidget(m_sizeNote);
    m_error = messageLabel("kindError", kErrorStyle, this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &KeyGenKindPage::onKindChanged);
    connect(m_size, &QComboBox::currentIndexChanged, this, &KeyGenKindPage::onSizeChanged);
    connect(m_otherSize, &QSpinBox::valueChanged, this, &KeyGenKindPage::check);
    connect(m_curve, &QComboBox::currentIndexChanged, this, &KeyGenKindPage::check);
    connect(wizard, &KeyGenWizard::mechanismsChanged, this, &KeyGenKindPage::fillKinds);
    connect(wizard, &KeyGenWizard::sessionStateChanged, this, &KeyGenKindPage::completeChanged);
    fillKinds();
}

void KeyGenKindPage::fillKinds() {
    if (!m_wizard->mechanismsLoaded()) {
        m_kind->setEnabled(false);
        onKindChanged();
        return;
    }
    if (const auto& error = m_wizard->mechanismError()) {
        m_status->setText(tr("Reading the mechanisms failed: %1").arg(error->text()));
        m_status->setStyleSheet(kErrorStyle);
    } else if (m_wizard->capabilities().isEmpty()) {
        m_status->setText(tr("The token “%1” lists no mechanism for the key types HSM Workbench generates.")
                              .arg(m_wizard->token().label));
        m_status->setStyleSheet(kErrorStyle);
    } else {
        m_status->setText(tr("Key types this token can generate: %1.")
                              .arg(static_cast<int>(m_wizard->capabilities().size())));
        m_status->setStyleSheet(QString());
    }
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        for (const keygen::KeyCapability& capability : m_wizard->capabilities())
            m_kind->addItem(keygen::kindName(capability.kind), static_cast<int>(capability.kind));
        const int wanted = m_kind->findData(static_cast<int>(m_wizard->spec().kind));
        m_kind->setCurrentIndex(wanted >= 0 ? wanted : 0);
    }
    m_kind->setEnabled(m_kind->count() > 0);
    onKindChanged();
}

void KeyGenKindPage::onKindChanged() {
    const bool haveKind = m_kind->currentIndex() >= 0;
    const auto kind = static_cast<KeyKind>(m_kind->currentData().toInt());
    const auto capability = haveKind ? m_wizard->capability(kind) : std::nullopt;
    if (capability && (kind != m_wizard->spec().kind || !m_wizard->spec().mechanism))
        m_wizard->setKind(kind);

    const bool sized = capability && (kind == KeyKind::Rsa || kind == KeyKind::Aes || isBytesKind(kind));
    const bool other = capability && (kind == KeyKind::Rsa || isBytesKind(kind));
    const bool curve = capability && kind == KeyKind::Ec;
    {
        const QSignalBlocker sizeBlocker(m_size);
        const QSignalBlocker spinBlocker(m_otherSize);
        const QSignalBlocker curveBlocker(m_curve);
        m_size->clear();
        m_curve->clear();
        if (capability) {
            const QString unit = isBytesKind(kind) ? tr("bytes") : tr("bits");
            const CK_ULONG current = isBytesKind(kind) ? m_wizard->spec().bytes : m_wizard->spec().bits;
            for (CK_ULONG size : capability->suggestedSizes)
                m_size->addItem(QStringLiteral("%1 %2").arg(size).arg(unit),
                                QVariant::fromValue<qulonglong>(size));
            if (other)
                m_size->addItem(tr("Other size…"), QVariant::fromValue<qulonglong>(0));
            const int index = m_size->findData(QVariant::fromValue<qulonglong>(current));
            m_size->setCurrentIndex(index >= 0 ? index : 0);
            const CK_ULONG low = std::max<CK_ULONG>(capability->minSpecSize, 1);
            const CK_ULONG high = capability->maxSpecSize ? capability->maxSpecSize : openUpperLimit(kind);
            m_otherSize->setRange(static_cast<int>(std::min<CK_ULONG>(low, 1 << 30)),
                                  static_cast<int>(std::min<CK_ULONG>(high, 1 << 30)));
            m_otherSize->setSingleStep(kind == KeyKind::Rsa ? 256 : 8);
            m_otherSize->setSuffix(QLatin1Char(' ') + unit);
            m_otherSize->setValue(static_cast<int>(current ? current : low));
            for (const QString& name : capability->curves)
                m_curve->addItem(name, name);
            const int curveIndex = m_curve->findData(m_wizard->spec().curve);
            m_curve->setCurrentIndex(curveIndex >= 0 ? curveIndex : 0);

            const QString mechanism = keygen::mechanismName(capability->mechanism);
            if (kind == KeyKind::Ed25519)
                m_sizeNote->setText(tr("%1: Ed25519 keys have a fixed size.").arg(mechanism));
            else if (kind == KeyKind::Ec)
                m_sizeNote->setText(tr("%1: curves of %2 to %3 bits.")
                                        .arg(mechanism)
                                        .arg(capability->minSize)
                                        .arg(capability->maxSize));
            else if (capability->maxSpecSize == 0)
                m_sizeNote->setText(tr("%1: at least %2 %3.").arg(mechanism).arg(low).arg(unit));
            else
                m_sizeNote->setText(tr("%1: %2 to %3 %4.").arg(mechanism).arg(low).arg(high).arg(unit));
        } else {
            m_sizeNote->clear();
        }
    }
    m_form->setRowVisible(m_size, sized);
    m_form->setRowVisible(m_curve, curve);
    onSizeChanged();
}

void KeyGenKindPage::onSizeChanged() {
    const bool other = m_size->currentIndex() >= 0 && m_size->currentData().toULongLong() == 0;
    m_form->setRowVisible(m_otherSize, other && m_form->isRowVisible(m_size));
    check();
}

keygen::KeySpec KeyGenKindPage::chosen() const {
    keygen::KeySpec spec = m_wizard->spec();
    CK_ULONG size = m_size->currentData().toULongLong();
    if (size == 0)
        size = static_cast<CK_ULONG>(m_otherSize->value());
    if (spec.kind == KeyKind::Rsa || spec.kind == KeyKind::Aes)
        spec.bits = size;
    else if (isBytesKind(spec.kind))
        spec.bytes = size;
    else if (spec.kind == KeyKind::Ec)
        spec.curve = m_curve->currentData().toString();
    return spec;
}

void KeyGenKindPage::check() {
    m_valid = false;
    if (m_wizard->mechanismsLoaded() && m_kind->currentIndex() >= 0) {
        const Result<void> supported = keygen::checkSupported(chosen(), m_wizard->mechanisms());
        m_valid = supported.ok();
        showMessage(m_error, supported ? QString()
                                       : QStringLiteral("%1\n%2").arg(supported.error().message,
                                                                      supported.error().hint));
    }
    emit completeChanged();
}

bool KeyGenKindPage::isComplete() const {
    return m_valid;
}

bool KeyGenKindPage::validatePage() {
    if (!m_valid)
        return false;
    m_wizard->spec() = chosen();
    return true;
}

// ---------------------------------------------------------------------------------------------

KeyGenAttributesPage::KeyGenAttributesPage(KeyGenWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("keyAttributesPage"));
    setTitle(tr("Label, ID and attributes"));
    setSubTitle(tr("What the key is called and what it may be used for."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each field with its message right under it: one form row, so the message takes only its height.
    auto fieldWithMessage = [this, form](const QString& text, QLineEdit* edit, QLabel* message) {
        auto* field = new QWidget(this);
        auto* column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(4);
        column->addWidget(edit);
        column->addWidget(message);
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, field);
    };
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setToolTip(tr("CKA_LABEL: the name applications find the key by"));
    m_duplicate = messageLabel("duplicateLabelWarning", kWarningStyle, this);
    fieldWithMessage(tr("&Label:"), m_label, m_duplicate);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setAccessibleName(tr("Key ID in hex"));
    m_id->setToolTip(tr("CKA_ID in hex, e.g. 01a2 or 01:A2"));
    m_idError = messageLabel("idError", kErrorStyle, this);
    fieldWithMessage(tr("&ID (hex):"), m_id, m_idError);
    layout->addLayout(form);

    auto* storage = new QGroupBox(tr("Storage and protection"), this);
    auto* storageGrid = new QGridLayout(storage);
    m_token = addCheck("tokenCheck", tr("&Token object (kept on the token)"), tr("CKA_TOKEN"));
    m_private = addCheck("privateCheck", tr("&Private (needs a login to be seen)"), tr("CKA_PRIVATE"));
    m_sensitive =
        addCheck("sensitiveCheck", tr("S&ensitive (value never leaves in clear)"), tr("CKA_SENSITIVE"));
    m_extractable =
        addCheck("extractableCheck", tr("E&xtractable (may be wrapped out)"), tr("CKA_EXTRACTABLE"));
    storageGrid->addWidget(m_token, 0, 0);
    storageGrid->addWidget(m_private, 0, 1);
    storageGrid->addWidget(m_sensitive, 1, 0);
    storageGrid->addWidget(m_extractable, 1, 1);
    layout->addWidget(storage);

    auto* usage = new QGroupBox(tr("Usage"), this);
    auto* usageGrid = new QGridLayout(usage);
    m_sign = addCheck("signCheck", tr("&Sign"), tr("CKA_SIGN"));
    m_verify = addCheck("verifyCheck", tr("&Verify"), tr("CKA_VERIFY"));
    m_encrypt = addCheck("encryptCheck", tr("E&ncrypt"), tr("CKA_ENCRYPT"));
    m_decrypt = addCheck("decryptCheck", tr("&Decrypt"), tr("CKA_DECRYPT"));
    m_wrap = addCheck("wrapCheck", tr("&Wrap"), tr("CKA_WRAP"));
    m_unwrap = addCheck("unwrapCheck", tr("&Unwrap"), tr("CKA_UNWRAP"));
    m_derive = addCheck("deriveCheck", tr("De&rive"), tr("CKA_DERIVE"));
    const QList<QCheckBox*> usages = {m_sign, m_verify, m_encrypt, m_decrypt, m_wrap, m_unwrap, m_derive};
    for (int i = 0; i < usages.size(); ++i)
        usageGrid->addWidget(usages[i], i / 4, i % 4);
    layout->addWidget(usage);
    m_pairNote = new QLabel(tr("For a key pair, sign, decrypt, unwrap and derive go to the private key; "
                               "verify, encrypt and wrap to the public key."),
                            this);
    m_pairNote->setObjectName(QStringLiteral("pairNote"));
    m_pairNote->setWordWrap(true);
    layout->addWidget(m_pairNote);
    layout->addStretch(1);

    connect(m_label, &QLineEdit::textChanged, this, &KeyGenAttributesPage::onLabelChanged);
    connect(m_id, &QLineEdit::textChanged, this, &KeyGenAttributesPage::onIdChanged);
}

QCheckBox* KeyGenAttributesPage::addCheck(const char* name, const QString& text, const QString& toolTip) {
    auto* box = new QCheckBox(text, this);
    box->setObjectName(QString::fromLatin1(name));
    box->setToolTip(toolTip);
    box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    connect(box, &QCheckBox::toggled, this, &KeyGenAttributesPage::store);
    return box;
}

void KeyGenAttributesPage::initializePage() {
    const keygen::KeySpec& spec = m_wizard->spec();
    const bool pair = keygen::isKeyPair(spec.kind);
    const QList<QPair<QCheckBox*, bool>> values = {
        {m_token, spec.token},           {m_private, spec.isPrivate},
        {m_sensitive, spec.sensitive},   {m_extractable, spec.extractable},
        {m_sign, spec.usage.sign},       {m_verify, spec.usage.verify},
        {m_encrypt, spec.usage.encrypt}, {m_decrypt, spec.usage.decrypt},
        {m_wrap, spec.usage.wrap},       {m_unwrap, spec.usage.unwrap},
        {m_derive, spec.usage.derive}};
    for (const auto& [box, value] : values) {
        const QSignalBlocker blocker(box);
        box->setChecked(value);
    }
    {
        const QSignalBlocker blocker(m_label);
        m_label->setText(spec.label);
    }
    m_id->setPlaceholderText(pair
                                 ? tr("empty: the SHA-1 of the public key (pairs certificates with it later)")
                                 : tr("empty: no ID"));
    m_pairNote->setVisible(pair);
    onLabelChanged();
    onIdChanged();
}

void KeyGenAttributesPage::onLabelChanged() {
    const QString label = m_label->text();
    m_wizard->spec().label = label;
    int duplicates = 0;
    if (!label.isEmpty())
        for (const ObjectSummary& object : m_wizard->context()->listedObjects())
            duplicates += object.label == label ? 1 : 0;
    QString warning;
    if (duplicates == 1)
        warning = tr("Another object on the token already has this label. Allowed, but applications that "
                     "look keys up by label may pick the wrong one.");
    else if (duplicates > 1)
        warning = tr("%1 objects on the token already have this label. Allowed, but applications that look "
                     "keys up by label may pick the wrong one.")
                      .arg(duplicates);
    showMessage(m_duplicate, warning);
}

void KeyGenAttributesPage::onIdChanged() {
    const Result<QByteArray> id = keygen::parseHexId(m_id->text());
    m_idValid = id.ok();
    if (id)
        m_wizard->spec().id = id.value();
    showMessage(m_idError,
                id ? QString() : QStringLiteral("%1 %2").arg(id.error().message, id.error().hint).trimmed());
    emit completeChanged();
}

void KeyGenAttributesPage::store() {
    keygen::KeySpec& spec = m_wizard->spec();
    spec.token = m_token->isChecked();
    spec.isPrivate = m_private->isChecked();
    spec.sensitive = m_sensitive->isChecked();
    spec.extractable = m_extractable->isChecked();
    spec.usage.sign = m_sign->isChecked();
    spec.usage.verify = m_verify->isChecked();
    spec.usage.encrypt = m_encrypt->isChecked();
    spec.usage.decrypt = m_decrypt->isChecked();
    spec.usage.wrap = m_wrap->isChecked();
    spec.usage.unwrap = m_unwrap->isChecked();
    spec.usage.derive = m_derive->isChecked();
}

bool KeyGenAttributesPage::isComplete() const {
    return m_idValid;
}

bool KeyGenAttributesPage::validatePage() {
    store();
    return m_idValid;
}

} // namespace hsm
