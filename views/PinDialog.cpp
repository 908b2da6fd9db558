#include "PinDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hsm {

PinDialog::PinDialog(const TokenInfo& token, QWidget* parent)
    : QDialog(parent), m_token(token), m_pinPad(token.has(CKF_PROTECTED_AUTHENTICATION_PATH)) {}

QString PinDialog::problemText() const {
    return m_problem->text();
}

void PinDialog::reject() {
    wipeFields();
    QDialog::reject();
}

void PinDialog::addProblemAndButtons(QBoxLayout* layout, const QString& problemName, const QString& okText) {
    m_problem = new QLabel(this);
    m_problem->setObjectName(problemName);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);
    // Pointers to the virtual slots, so the derived accept() runs.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PinDialog::showProblem(bool quiet) {
    const QString why = problem();
    m_problem->setText(quiet ? QString() : why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PinDialog::wipeFields() {
    for (QLineEdit* edit : pinFields())
        pinfields::wipe(edit);
}

} // namespace hsm
