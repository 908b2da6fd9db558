#include "KeyGenReviewPages.h"

#include "KeyGenPages.h"
#include "KeyGenWizard.h"
#include "Pkcs11Names.h"
#include "VendorProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hsm {

// ---------------------------------------------------------------------------------------------

KeyGenProfilePage::KeyGenProfilePage(KeyGenWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("keyProfilePage"));
    setTitle(tr("Vendor profile"));
    setSubTitle(tr("The templates are checked against the rules of the module's family before anything is "
                   "sent to the token."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Vendor profile"));
    m_profile->setToolTip(tr("The module family whose rules the key must follow"));
    for (const keygen::VendorProfile* profile : keygen::profiles())
        m_profile->addItem(profile->displayName(), profile->id());
    form->addRow(tr("&Profile:"), m_profile);
    layout->addLayout(form);
    const TokenInfo& token = wizard->token();
    m_automatic = new QLabel(
        tr("Chosen automatically for this token (manufacturer “%1”, model “%2”, module "
           "“%3”): %4.")
            .arg(token.manufacturer, token.model,
                 wizard->moduleInfo().name.isEmpty() ? wizard->moduleInfo().path : wizard->moduleInfo().name,
                 wizard->automaticProfile().displayName()),
        this);
    m_automatic->setObjectName(QStringLiteral("automaticProfileNote"));
    m_automatic->setWordWrap(true);
    layout->addWidget(m_automatic);
    m_applied = new QLabel(this);
    m_applied->setObjectName(QStringLiteral("profileDefaultsNote"));
    m_applied->setWordWrap(true);
    layout->addWidget(m_applied);
    auto* how = new QLabel(tr("The next page shows the exact templates and every rule of the profile they "
                              "break. Errors (red) block the generation and say what to change; warnings "
                              "(amber) can be accepted."),
                           this);
    how->setWordWrap(true);
    layout->addWidget(how);
    layout->addStretch(1);
    connect(m_profile, &QComboBox::activated, this, &KeyGenProfilePage::onProfileChosen);
}

void KeyGenProfilePage::initializePage() {
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(m_profile->findData(m_wizard->profile().id()));
    m_applied->setText(tr("Its defaults were applied to the key's attributes. Choosing another profile "
                          "applies that profile's defaults."));
}

void KeyGenProfilePage::onProfileChosen() {
    const keygen::VendorProfile* profile = keygen::profileById(m_profile->currentData().toString());
    if (profile == nullptr)
        return;
    const QStringList changes = m_wizard->setProfile(*profile);
    m_applied->setText(
        changes.isEmpty()
            ? tr("The defaults of “%1” needed no change to the key's attributes.").arg(profile->displayName())
            : tr("The defaults of “%1” were applied: %2. Go back to change them.")
                  .arg(profile->displayName(), changes.join(QStringLiteral(", "))));
}

// ---------------------------------------------------------------------------------------------

KeyGenPreviewPage::KeyGenPreviewPage(KeyGenWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("keyPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The exact templates that will be sent, checked against the profile's rules."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Generate"));

    auto* layout = new QVBoxLayout(this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setAccessibleName(tr("Templates to be sent"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_preview, 3);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("violationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_violations = new QListWidget(this);
    m_violations->setObjectName(QStringLiteral("violationList"));
    m_violations->setAccessibleName(tr("Rule violations"));
    m_violations->setWordWrap(true);
    m_violations->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_violations, 1);
    m_acceptWarnings = new QCheckBox(tr("&Accept the warnings and generate anyway"), this);
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarningsCheck"));
    m_acceptWarnings->setAccessibleName(tr("Accept the warnings"));
    layout->addWidget(m_acceptWarnings);
    m_login = new KeyGenLoginNotice(wizard, QStringLiteral("preview"), this);
    layout->addWidget(m_login);

    connect(m_acceptWarnings, &QCheckBox::toggled, this, &KeyGenPreviewPage::completeChanged);
    connect(wizard, &KeyGenWizard::sessionStateChanged, this, &KeyGenPreviewPage::completeChanged);
}

void KeyGenPreviewPage::initializePage() {
    const keygen::KeySpec& spec = m_wizard->spec();
    const keygen::KeyTemplates templates = keygen::buildTemplates(spec, m_wizard->mechanisms());
    m_preview->setPlainText(keygen::formatTemplates(templates));

    const QList<keygen::RuleViolation> violations = m_wizard->profile().check(spec, templates);
    m_violations->clear();
    m_errors = 0;
    m_warnings = 0;
    for (const keygen::RuleViolation& violation : violations) {
        const bool error = violation.severity == keygen::RuleViolation::Severity::Error;
        (error ? m_errors : m_warnings) += 1;
        QString text = (error ? tr("Error: %1") : tr("Warning: %1")).arg(violation.message);
        if (violation.attribute != 0)
            text += QStringLiteral(" [%1]").arg(names::attribute(violation.attribute));
        if (!violation.hint.isEmpty())
            text += QStringLiteral("\n") + tr("Hint: %1").arg(violation.hint);
        auto* item = new QListWidgetItem(text, m_violations);
        item->setForeground(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x66, 0x4d, 0x03));
        item->setBackground(error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf3, 0xcd));
        item->setData(Qt::UserRole, error);
    }
    const QString profile = m_wizard->profile().displayName();
    if (m_errors > 0) {
        m_summary->setText(
            tr("“%1” forbids this (%2): nothing can be generated until it is fixed (go Back) "
               "or another profile is chosen.")
                .arg(profile, m_errors == 1 ? tr("1 rule broken") : tr("%1 rules broken").arg(m_errors)));
        m_summary->setStyleSheet(keygenui::errorStyle());
    } else if (m_warnings > 0) {
        m_summary->setText(
            tr("“%1” warns (%2); accept the warnings to generate.")
                .arg(profile, m_warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(m_warnings)));
        m_summary->setStyleSheet(keygenui::warningStyle());
    } else {
        m_summary->setText(tr("“%1” has no objection to these templates.").arg(profile));
        m_summary->setStyleSheet(keygenui::okStyle());
    }
    m_violations->setVisible(!violations.isEmpty());
    {
        const QSignalBlocker blocker(m_acceptWarnings);
        m_acceptWarnings->setChecked(false);
    }
    m_acceptWarnings->setVisible(m_warnings > 0 && m_errors == 0);
    m_login->refresh();
    emit completeChanged();
}

bool KeyGenPreviewPage::isComplete() const {
    return m_errors == 0 && (m_warnings == 0 || m_acceptWarnings->isChecked()) &&
           m_wizard->generationBlocker().isEmpty();
}

} // namespace hsm
