#include "LoginDialog.h"

#include "PinPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hsm {

LoginDialog::LoginDialog(const TokenInfo& token, QWidget* parent)
    : QDialog(parent), m_token(token), m_pinPad(token.has(CKF_PROTECTED_AUTHENTICATION_PATH)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to %1").arg(token.label));
    setAccessibleName(tr("Log in"));

    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(
        tr("Token <b>%1</b> (serial %2)").arg(token.label.toHtmlEscaped(), token.serial.toHtmlEscaped()),
        this);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_userType = new QComboBox(this);
    m_userType->setObjectName(QStringLiteral("userType"));
    m_userType->addItem(tr("User"), QVariant::fromValue<qulonglong>(CKU_USER));
    m_userType->addItem(tr("Security officer (SO)"), QVariant::fromValue<qulonglong>(CKU_SO));
    m_userType->setAccessibleName(tr("Log in as"));
    m_userType->setToolTip(tr("Log in as the normal user or as the security officer"));
    form->addRow(tr("Log in &as:"), m_userType);

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setToolTip(tr("The PIN is sent to the token only; it is never stored"));
    if (token.maxPinLen > 0 && token.maxPinLen < 4096)
        m_pin->setMaxLength(static_cast<int>(token.maxPinLen));
    form->addRow(tr("&PIN:"), m_pin);
    layout->addLayout(form);

    m_flags = pinfields::addFlagWidgets(this, layout,
                                        tr("This token has a PIN pad: use the PIN pad to enter the PIN after "
                                           "pressing Log in."),
                                        tr("I understand that a wrong PIN now locks the PIN"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    layout->addWidget(m_buttons);

    if (m_pinPad) {
        // No field at all: the PIN must never be typed on the computer for these tokens.
        m_pin->hide();
        form->labelForField(m_pin)->hide();
    } else {
        m_flags.pinPadNote->hide();
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_userType, &QComboBox::currentIndexChanged, this, &LoginDialog::updateState);
    connect(m_flags.confirmFinalTry, &QCheckBox::toggled, this, &LoginDialog::updateState);
    connect(m_pin, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    updateState();
}

LoginDialog::~LoginDialog() {
    wipeField();
}

CK_USER_TYPE LoginDialog::userType() const {
    return static_cast<CK_USER_TYPE>(m_userType->currentData().toULongLong());
}

QString LoginDialog::warningText() const {
    return m_flags.warning->isHidden() ? QString() : m_flags.warning->text();
}

void LoginDialog::updateState() {
    const PinAssessment assessment = assessPin(m_token, userType());
    m_flags.show(assessment);

    const bool locked = assessment.verdict == PinAssessment::Verdict::Locked;
    const bool finalTry = assessment.verdict == PinAssessment::Verdict::FinalTry;
    m_pin->setEnabled(!locked);
    bool canLogin = !locked;
    if (finalTry && !m_flags.confirmFinalTry->isChecked())
        canLogin = false;
    if (!m_pinPad && m_pin->text().isEmpty())
        canLogin = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canLogin);
}

void LoginDialog::accept() {
    // Checked again here: accept() can be reached without the button (Enter key, tests).
    const PinAssessment assessment = assessPin(m_token, userType());
    if (assessment.verdict == PinAssessment::Verdict::Locked)
        return;
    if (assessment.verdict == PinAssessment::Verdict::FinalTry && !m_flags.confirmFinalTry->isChecked())
        return;
    if (!m_pinPad && m_pin->text().isEmpty())
        return;
    m_request.userType = userType();
    m_request.confirmedFinalTry = m_flags.confirmFinalTry->isChecked();
    if (!m_pinPad)
        m_request.pin = pinfields::take(m_pin);
    wipeField();
    QDialog::accept();
}

void LoginDialog::reject() {
    wipeField();
    QDialog::reject();
}

void LoginDialog::wipeField() {
    pinfields::wipe(m_pin);
}

LoginRequest LoginDialog::takeRequest() {
    return std::exchange(m_request, LoginRequest{});
}

} // namespace hsm
