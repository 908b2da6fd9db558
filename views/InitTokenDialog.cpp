#include "InitTokenDialog.h"

#include "PinPolicy.h"
#include "TokenAdmin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

InitTokenDialog::InitTokenDialog(const TokenInfo& token, CK_SLOT_ID slot, const QString& slotDescription,
                                 std::optional<int> listedObjects, QWidget* parent)
    : PinDialog(token, parent), m_initialised(token.has(CKF_TOKEN_INITIALIZED)) {
    setObjectName(QStringLiteral("initTokenDialog"));
    setWindowTitle(tr("Initialise token"));
    setAccessibleName(tr("Initialise token"));
    // A token without a label has nothing to type back; a fixed word still makes the user stop.
    m_confirmation = m_initialised && !token.label.isEmpty() ? token.label : tr("INITIALISE");

    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    QString what;
    if (m_initialised) {
        const QString objects =
            !listedObjects ? tr("The number of objects on it is not known yet.")
            : *listedObjects == 1
                ? tr("1 object is listed in the Objects tab; objects the current login cannot "
                     "see are destroyed too.")
                : tr("%1 objects are listed in the Objects tab; objects the current login cannot "
                     "see are destroyed too.")
                      .arg(*listedObjects);
        what = tr("<b>Everything on token “%1” (serial %2, slot %3) will be destroyed</b>: all keys, "
                  "certificates and data objects, and its user PIN. %4 This cannot be undone.")
                   .arg(token.label.toHtmlEscaped(), token.serial.toHtmlEscaped())
                   .arg(slot)
                   .arg(objects.toHtmlEscaped());
    } else {
        what =
            tr("The token in slot %1 (%2) is not initialised yet: it holds nothing. Initialising it sets its "
               "label and SO PIN.")
                .arg(slot)
                .arg(slotDescription.toHtmlEscaped());
    }
    auto* warning = new QLabel(what, this);
    warning->setObjectName(QStringLiteral("destroyWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto* form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("New token label"));
    m_label->setToolTip(tr("At most 32 bytes in UTF-8 (characters outside ASCII take 2 to 4 bytes)"));
    m_label->setText(m_initialised ? token.label : QString());
    form->addRow(tr("New &label:"), m_label);
    m_soPin = pinfields::makePinEdit(this, QStringLiteral("soPinEdit"), tr("SO PIN"), token);
    m_soRepeat = pinfields::makePinEdit(this, QStringLiteral("soPinRepeatEdit"), tr("Repeat SO PIN"), token);
    const QString soLabel = m_initialised ? tr("Current or new SO &PIN:") : tr("New SO &PIN:");
    form->addRow(soLabel, m_soPin);
    form->addRow(tr("Repeat SO PIN:"), m_soRepeat);
    layout->addLayout(form);
    if (m_initialised) {
        auto* soNote =
            new QLabel(tr("Most tokens (SoftHSM2 too) check the current SO PIN to re-initialise and "
                          "keep it; some set the PIN given here as the new SO PIN."),
                       this);
        soNote->setWordWrap(true);
        layout->addWidget(soNote);
    }

    m_setUserPin = new QCheckBox(tr("Also set the &user PIN"), this);
    m_setUserPin->setObjectName(QStringLiteral("setUserPin"));
    m_setUserPin->setAccessibleName(tr("Also set the user PIN"));
    m_setUserPin->setToolTip(tr("Logs in as security officer after initialising and sets the user PIN"));
    layout->addWidget(m_setUserPin);
    auto* userForm = new QFormLayout;
    m_userPin = pinfields::makePinEdit(this, QStringLiteral("userPinEdit"), tr("User PIN"), token);
    m_userRepeat =
        pinfields::makePinEdit(this, QStringLiteral("userPinRepeatEdit"), tr("Repeat user PIN"), token);
    userForm->addRow(tr("User PIN:"), m_userPin);
    userForm->addRow(tr("Repeat user PIN:"), m_userRepeat);
    layout->addLayout(userForm);
    pinfields::addLimitsNote(this, layout, token);
    m_flags = pinfields::addFlagWidgets(
        this, layout,
        tr("This token has a PIN pad. Use the token's PIN pad when it asks for the SO "
           "PIN. Set the user PIN afterwards with Token ▸ PINs ▸ Initialise user PIN."),
        tr("I understand that a wrong SO PIN now locks it"));

    auto* confirmLabel = new QLabel(
        m_initialised && !token.label.isEmpty()
            ? tr("To confirm, type the token's current label, <b>%1</b>:").arg(m_confirmation.toHtmlEscaped())
            : tr("This token has no label yet, so type the word <b>%1</b> to confirm:")
                  .arg(m_confirmation.toHtmlEscaped()),
        this);
    confirmLabel->setWordWrap(true);
    layout->addWidget(confirmLabel);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmLabelEdit"));
    m_confirm->setAccessibleName(tr("Type the token's label to confirm"));
    confirmLabel->setBuddy(m_confirm);
    layout->addWidget(m_confirm);

    addProblemAndButtons(layout, QStringLiteral("initProblem"),
                         m_initialised ? tr("Destroy and initialise") : tr("Initialise"));
    // Enter must not destroy a token: Cancel is the default button.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    if (m_pinPad) {
        for (QLineEdit* edit : {m_soPin, m_soRepeat})
            edit->hide();
        form->labelForField(m_soPin)->hide();
        form->labelForField(m_soRepeat)->hide();
        m_setUserPin->hide();
    } else {
        m_flags.pinPadNote->hide();
    }

    connect(m_setUserPin, &QCheckBox::toggled, this, &InitTokenDialog::updateState);
    connect(m_flags.confirmFinalTry, &QCheckBox::toggled, this, &InitTokenDialog::updateState);
    for (QLineEdit* edit : {m_label, m_soPin, m_soRepeat, m_userPin, m_userRepeat, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &InitTokenDialog::updateState);
    updateState();
}

InitTokenDialog::~InitTokenDialog() {
    wipeFields();
}

QString InitTokenDialog::problem() const {
    if (m_token.has(CKF_WRITE_PROTECTED))
        return tr("The token is write-protected: it cannot be initialised.");
    const PinAssessment so = m_initialised ? assessPin(m_token, CKU_SO) : PinAssessment{};
    if (so.verdict == PinAssessment::Verdict::Locked)
        return tr("The SO PIN is locked; the token refuses to be initialised with it.");
    if (auto label = tokenadmin::checkLabel(m_label->text()); !label)
        return label.error().message + QLatin1Char('.');
    if (!m_pinPad) {
        if (QString p = pinfields::lengthProblem(m_token, m_soPin, tr("SO PIN")); !p.isEmpty())
            return p;
        if (m_soRepeat->text() != m_soPin->text())
            return tr("The repeated SO PIN does not match.");
        if (m_setUserPin->isChecked()) {
            if (QString p = pinfields::lengthProblem(m_token, m_userPin, tr("user PIN")); !p.isEmpty())
                return p;
            if (m_userRepeat->text() != m_userPin->text())
                return tr("The repeated user PIN does not match.");
        }
    }
    if (so.verdict == PinAssessment::Verdict::FinalTry && !m_flags.confirmFinalTry->isChecked())
        return tr("Tick the box to confirm the final try.");
    if (m_confirm->text() != m_confirmation)
        return tr("Type %1 in the confirmation field.").arg(m_confirmation);
    return {};
}

void InitTokenDialog::updateState() {
    m_flags.show(m_initialised ? assessPin(m_token, CKU_SO) : PinAssessment{});
    const bool userPin = m_setUserPin->isChecked() && !m_pinPad;
    m_userPin->setEnabled(userPin);
    m_userRepeat->setEnabled(userPin);
    // Nothing typed yet is no mistake; the message appears once the user starts.
    const bool untouched =
        !m_pinPad && m_soPin->text().isEmpty() && m_soRepeat->text().isEmpty() && m_confirm->text().isEmpty();
    showProblem(untouched);
}

void InitTokenDialog::accept() {
    // Checked again here: accept() can be reached without the button.
    if (!problem().isEmpty())
        return;
    m_request.label = m_label->text();
    m_request.confirmedFinalTry = m_flags.confirmFinalTry->isChecked();
    if (!m_pinPad) {
        m_request.soPin = pinfields::take(m_soPin);
        if (m_setUserPin->isChecked())
            m_request.userPin = pinfields::take(m_userPin);
    }
    wipeFields();
    QDialog::accept();
}

QList<QLineEdit*> InitTokenDialog::pinFields() const {
    return {m_soPin, m_soRepeat, m_userPin, m_userRepeat};
}

InitTokenRequest InitTokenDialog::takeRequest() {
    return std::exchange(m_request, InitTokenRequest{});
}

} // namespace hsm
