#include "PinChangeDialog.h"

#include "PinPolicy.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hsm {

PinChangeDialog::PinChangeDialog(Mode mode, const TokenInfo& token, bool loggedInAsUser, QWidget* parent)
    : PinDialog(token, parent), m_mode(mode), m_checkedUser(mode == Mode::ChangeUserPin ? CKU_USER : CKU_SO) {
    setObjectName(QStringLiteral("pinChangeDialog"));
    // Initialising and unblocking both check the SO PIN and set a new user PIN.
    QString currentLabel = tr("&SO PIN:");
    QString newLabel = tr("&New user PIN:");
    QString pinPadText =
        tr("This token has a PIN pad. Use the token's PIN pad when it asks: the SO PIN, then "
           "the new user PIN.");
    QString title, intro;
    switch (mode) {
    case Mode::ChangeUserPin:
        title = tr("Change user PIN of %1");
        currentLabel = tr("&Current user PIN:");
        intro = tr("Changes the user PIN. The current PIN is checked by the token.");
        pinPadText = tr("This token has a PIN pad. Use the token's PIN pad when it asks: first the current "
                        "user PIN, then the new one (twice).");
        break;
    case Mode::ChangeSoPin:
        title = tr("Change SO PIN of %1");
        currentLabel = tr("&Current SO PIN:");
        newLabel = tr("&New SO PIN:");
        intro = tr("Logs in as security officer with the current SO PIN, changes it, and logs out again.");
        pinPadText = tr("This token has a PIN pad. Use the token's PIN pad when it asks: the current SO PIN "
                        "to log in, then the current and the new SO PIN.");
        break;
    case Mode::InitUserPin:
        title = tr("Initialise user PIN of %1");
        intro = token.has(CKF_USER_PIN_INITIALIZED)
                    ? tr("Logs in as security officer and sets the user PIN. The token already has a user "
                         "PIN: it is replaced.")
                    : tr("Logs in as security officer and sets the user PIN, so the user can log in.");
        break;
    case Mode::UnblockUserPin:
        title = tr("Unblock user PIN of %1");
        intro = tr("Logs in as security officer and sets a new user PIN, which also unlocks a locked user "
                   "PIN. The old user PIN is not needed.");
        break;
    }
    setWindowTitle(title.arg(token.label));
    setAccessibleName(title.arg(token.label));

    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* heading = new QLabel(
        tr("Token <b>%1</b> (serial %2)").arg(token.label.toHtmlEscaped(), token.serial.toHtmlEscaped()),
        this);
    layout->addWidget(heading);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("pinIntro"));
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    if (loggedInAsUser && mode != Mode::ChangeUserPin) {
        // A token has one login state for the whole application: SO and user cannot both be logged in.
        auto* logoutNote = new QLabel(tr("You are logged in as user. A token allows one kind of login at a "
                                         "time, so the user is logged out first; log in again afterwards."),
                                      this);
        logoutNote->setObjectName(QStringLiteral("logoutNote"));
        logoutNote->setWordWrap(true);
        layout->addWidget(logoutNote);
    }

    auto* form = new QFormLayout;
    const QString who = mode == Mode::ChangeSoPin ? tr("SO PIN") : tr("user PIN");
    m_current = pinfields::makePinEdit(this, QStringLiteral("currentPinEdit"),
                                       mode == Mode::ChangeUserPin ? tr("Current user PIN")
                                       : mode == Mode::ChangeSoPin ? tr("Current SO PIN")
                                                                   : tr("SO PIN"),
                                       token);
    m_new = pinfields::makePinEdit(this, QStringLiteral("newPinEdit"), tr("New %1").arg(who), token);
    m_repeat =
        pinfields::makePinEdit(this, QStringLiteral("repeatPinEdit"), tr("Repeat new %1").arg(who), token);
    form->addRow(currentLabel, m_current);
    form->addRow(newLabel, m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(form);
    pinfields::addLimitsNote(this, layout, token);
    m_flags = pinfields::addFlagWidgets(this, layout, pinPadText,
                                        tr("I understand that a wrong PIN now locks the PIN"));
    addProblemAndButtons(layout, QStringLiteral("pinProblem"),
                         mode == Mode::UnblockUserPin ? tr("Unblock")
                         : mode == Mode::InitUserPin  ? tr("Set PIN")
                                                      : tr("Change PIN"));

    if (m_pinPad) {
        // No fields at all: the PIN must never be typed on the computer for these tokens.
        for (QLineEdit* edit : {m_current, m_new, m_repeat}) {
            edit->hide();
            form->labelForField(edit)->hide();
        }
    } else {
        m_flags.pinPadNote->hide();
    }

    connect(m_flags.confirmFinalTry, &QCheckBox::toggled, this, &PinChangeDialog::updateState);
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &PinChangeDialog::updateState);
    updateState();
}

PinChangeDialog::~PinChangeDialog() {
    wipeFields();
}

QString PinChangeDialog::problem() const {
    const PinAssessment assessment = assessPin(m_token, m_checkedUser);
    if (assessment.verdict == PinAssessment::Verdict::Locked)
        return m_checkedUser == CKU_USER
                   ? tr("The user PIN is locked: unblock it as security officer (Token ▸ "
                        "PINs ▸ Unblock user PIN).")
                   : tr("The SO PIN is locked; nothing can be sent.");
    if (assessment.verdict == PinAssessment::Verdict::FinalTry && !m_flags.confirmFinalTry->isChecked())
        return tr("Tick the box to confirm the final try.");
    if (m_token.has(CKF_WRITE_PROTECTED))
        return tr("The token is write-protected: its PINs cannot be changed.");
    if (m_pinPad)
        return {};
    const QString currentWhich = m_mode == Mode::ChangeUserPin ? tr("current user PIN")
                                 : m_mode == Mode::ChangeSoPin ? tr("current SO PIN")
                                                               : tr("SO PIN");
    const QString newWhich = m_mode == Mode::ChangeSoPin ? tr("new SO PIN") : tr("new user PIN");
    if (QString p = pinfields::lengthProblem(m_token, m_current, currentWhich); !p.isEmpty())
        return p;
    if (QString p = pinfields::lengthProblem(m_token, m_new, newWhich); !p.isEmpty())
        return p;
    if (m_repeat->text() != m_new->text())
        return tr("The repeated PIN does not match the new PIN.");
    return {};
}

void PinChangeDialog::updateState() {
    const PinAssessment assessment = assessPin(m_token, m_checkedUser);
    m_flags.show(assessment);
    const bool locked = assessment.verdict == PinAssessment::Verdict::Locked;
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->setEnabled(!locked);
    // Before anything is typed, an empty form is not an error worth red text.
    const bool untouched =
        !m_pinPad && m_current->text().isEmpty() && m_new->text().isEmpty() && m_repeat->text().isEmpty();
    showProblem(untouched && !locked);
}

void PinChangeDialog::accept() {
    // Checked again here: accept() can be reached without the button (Enter key, tests).
    if (!problem().isEmpty())
        return;
    m_request.confirmedFinalTry = m_flags.confirmFinalTry->isChecked();
    if (!m_pinPad) {
        m_request.currentPin = pinfields::take(m_current);
        m_request.newPin = pinfields::take(m_new);
    }
    wipeFields();
    QDialog::accept();
}

QList<QLineEdit*> PinChangeDialog::pinFields() const {
    return {m_current, m_new, m_repeat};
}

PinChangeRequest PinChangeDialog::takeRequest() {
    return std::exchange(m_request, PinChangeRequest{});
}

} // namespace hsm
