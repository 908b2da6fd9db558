#include "PinChangeDialog.h"

#include "PinPolicy.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

namespace pinfields {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::pinfields", text);
}

bool hasLimit(CK_ULONG value) {
    return value != 0 && value != CK_UNAVAILABLE_INFORMATION;
}
} // namespace

QLineEdit* makePinEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       const TokenInfo& token) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tr("Sent to the token only; never stored or logged"));
    // A field that stops accepting keys hides why; the limit is shown in words instead, with
    // some slack so a too-long PIN still gets its message.
    if (hasLimit(token.maxPinLen) && token.maxPinLen < 4096)
        edit->setMaxLength(static_cast<int>(token.maxPinLen) + 1);
    return edit;
}

int utf8Length(const QLineEdit* edit) {
    const QString text = edit->text(); // shares the field's buffer, no copy of the PIN
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

QString limitsText(const TokenInfo& token) {
    const bool min = hasLimit(token.minPinLen);
    const bool max = hasLimit(token.maxPinLen);
    if (min && max)
        return tr("%1 to %2 bytes").arg(token.minPinLen).arg(token.maxPinLen);
    if (min)
        return tr("at least %1 bytes").arg(token.minPinLen);
    if (max)
        return tr("at most %1 bytes").arg(token.maxPinLen);
    return {};
}

QString lengthProblem(const TokenInfo& token, const QLineEdit* edit, const QString& which) {
    const auto size = static_cast<CK_ULONG>(utf8Length(edit));
    if (size == 0)
        return tr("Enter the %1.").arg(which);
    if (hasLimit(token.minPinLen) && size < token.minPinLen)
        return tr("The %1 is too short: this token accepts %2.").arg(which, limitsText(token));
    if (hasLimit(token.maxPinLen) && size > token.maxPinLen)
        return tr("The %1 is too long: this token accepts %2.").arg(which, limitsText(token));
    return {};
}

std::shared_ptr<SecureBuffer> take(QLineEdit* edit) {
    QByteArray bytes = edit->text().toUtf8();
    auto pin = std::make_shared<SecureBuffer>(SecureBuffer::takeFrom(bytes));
    wipe(edit);
    return pin;
}

void wipe(QLineEdit* edit) {
    // QLineEdit keeps its text (and undo history) until told otherwise; drop both.
    if (edit == nullptr)
        return;
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
    edit->setModified(false);
}

} // namespace pinfields

PinChangeDialog::PinChangeDialog(Mode mode, const TokenInfo& token, bool loggedInAsUser, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_token(token), m_pinPad(token.has(CKF_PROTECTED_AUTHENTICATION_PATH)),
      m_checkedUser(mode == Mode::ChangeUserPin ? CKU_USER : CKU_SO) {
    setObjectName(QStringLiteral("pinChangeDialog"));
    QString title, currentLabel, newLabel, intro, pinPadText;
    switch (mode) {
    case Mode::ChangeUserPin:
        title = tr("Change user PIN of %1");
        currentLabel = tr("&Current user PIN:");
        newLabel = tr("&New user PIN:");
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
        currentLabel = tr("&SO PIN:");
        newLabel = tr("&New user PIN:");
        intro = token.has(CKF_USER_PIN_INITIALIZED)
                    ? tr("Logs in as security officer and sets the user PIN. The token already has a user "
                         "PIN: it is replaced.")
                    : tr("Logs in as security officer and sets the user PIN, so the user can log in.");
        pinPadText = tr("This token has a PIN pad. Use the token's PIN pad when it asks: the SO PIN, then "
                        "the new user PIN.");
        break;
    case Mode::UnblockUserPin:
        title = tr("Unblock user PIN of %1");
        currentLabel = tr("&SO PIN:");
        newLabel = tr("&New user PIN:");
        intro = tr("Logs in as security officer and sets a new user PIN, which also unlocks a locked user "
                   "PIN. The old user PIN is not needed.");
        pinPadText = tr("This token has a PIN pad. Use the token's PIN pad when it asks: the SO PIN, then "
                        "the new user PIN.");
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
    const QString limits = pinfields::limitsText(token);
    if (!limits.isEmpty() && !m_pinPad) {
        auto* limitsLabel = new QLabel(tr("PINs on this token are %1 long.").arg(limits), this);
        limitsLabel->setObjectName(QStringLiteral("pinLimits"));
        layout->addWidget(limitsLabel);
    }

    m_pinPadNote = new QLabel(pinPadText, this);
    m_pinPadNote->setObjectName(QStringLiteral("pinPadNote"));
    m_pinPadNote->setWordWrap(true);
    layout->addWidget(m_pinPadNote);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("pinWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    layout->addWidget(m_warning);

    m_confirmFinalTry = new QCheckBox(tr("I understand that a wrong PIN now locks the PIN"), this);
    m_confirmFinalTry->setObjectName(QStringLiteral("confirmFinalTry"));
    m_confirmFinalTry->setAccessibleName(tr("Confirm the final try"));
    layout->addWidget(m_confirmFinalTry);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pinProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::UnblockUserPin ? tr("Unblock")
                  : mode == Mode::InitUserPin  ? tr("Set PIN")
                                               : tr("Change PIN"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);

    if (m_pinPad) {
        // No fields at all: the PIN must never be typed on the computer for these tokens.
        for (QLineEdit* edit : {m_current, m_new, m_repeat}) {
            edit->hide();
            form->labelForField(edit)->hide();
        }
    } else {
        m_pinPadNote->hide();
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PinChangeDialog::reject);
    connect(m_confirmFinalTry, &QCheckBox::toggled, this, &PinChangeDialog::updateState);
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
    if (assessment.verdict == PinAssessment::Verdict::FinalTry && !m_confirmFinalTry->isChecked())
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

QString PinChangeDialog::problemText() const {
    return m_problem->text();
}

void PinChangeDialog::updateState() {
    const PinAssessment assessment = assessPin(m_token, m_checkedUser);
    m_warning->setText(assessment.message);
    m_warning->setVisible(!assessment.message.isEmpty());
    m_warning->setStyleSheet(assessment.verdict == PinAssessment::Verdict::Warn
                                 ? QStringLiteral("color: #8a5a00;")
                                 : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_confirmFinalTry->setVisible(assessment.verdict == PinAssessment::Verdict::FinalTry);
    const bool locked = assessment.verdict == PinAssessment::Verdict::Locked;
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->setEnabled(!locked);
    // Before anything is typed, an empty form is not an error worth red text.
    const bool untouched =
        !m_pinPad && m_current->text().isEmpty() && m_new->text().isEmpty() && m_repeat->text().isEmpty();
    const QString why = problem();
    m_problem->setText(untouched && !locked ? QString() : why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PinChangeDialog::accept() {
    // Checked again here: accept() can be reached without the button (Enter key, tests).
    if (!problem().isEmpty())
        return;
    m_request.confirmedFinalTry = m_confirmFinalTry->isChecked();
    if (!m_pinPad) {
        m_request.currentPin = pinfields::take(m_current);
        m_request.newPin = pinfields::take(m_new);
    }
    wipeFields();
    QDialog::accept();
}

void PinChangeDialog::reject() {
    wipeFields();
    QDialog::reject();
}

void PinChangeDialog::wipeFields() {
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        pinfields::wipe(edit);
}

PinChangeRequest PinChangeDialog::takeRequest() {
    return std::exchange(m_request, PinChangeRequest{});
}

} // namespace hsm
