#include "SoftcardCreateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hsm {

SoftcardCreateDialog::SoftcardCreateDialog(SoftcardProviderKind kind, const SoftcardLimits& limits,
                                           const QString& where, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_limits(limits) {
    setObjectName(QStringLiteral("softcardCreateDialog"));
    setWindowTitle(tr("Create softcard"));
    auto* layout = new QVBoxLayout(this);
    // Messages appear and wrap as the user types: the dialog grows instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(tr("New %1 softcard in %2.").arg(softcardProviderName(kind), where), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("softcardNameEdit"));
    m_name->setAccessibleName(tr("Softcard name"));
    m_name->setToolTip(limits.restrictedCharset
                           ? tr("Letters, digits, '-' and '_' only (softcardtool does not support special "
                                "characters), at most %1")
                                 .arg(limits.maxNameLength)
                           : tr("The token label, at most %1 bytes").arg(limits.maxNameLength));
    m_form->addRow(tr("&Name:"), m_name);
    if (limits.needsSoPin) {
        m_soPin = addSecret(tr("&SO PIN:"), QStringLiteral("softcardSoPinEdit"));
        m_soPinAgain = addSecret(tr("SO PIN a&gain:"), QStringLiteral("softcardSoPinAgainEdit"));
        m_pin = addSecret(tr("&User PIN:"), QStringLiteral("softcardPinEdit"));
        m_pinAgain = addSecret(tr("User PIN ag&ain:"), QStringLiteral("softcardPinAgainEdit"));
    } else {
        m_pin = addSecret(tr("&Passphrase:"), QStringLiteral("softcardPinEdit"));
        m_pinAgain = addSecret(tr("Passphrase ag&ain:"), QStringLiteral("softcardPinAgainEdit"));
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("softcardCreateProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("softcardCreateButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Secrets never outlive a cancelled dialog.
    connect(this, &QDialog::rejected, this, [this] {
        for (QLineEdit* e : {m_soPin, m_soPinAgain, m_pin, m_pinAgain})
            if (e)
                e->clear();
    });
    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &SoftcardCreateDialog::validate);
    validate();
}

QLineEdit* SoftcardCreateDialog::addSecret(const QString& label, const QString& objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setToolTip(tr("%1 to %2 characters").arg(m_limits.minSecretLength).arg(m_limits.maxSecretLength));
    m_form->addRow(label, edit);
    return edit;
}

void SoftcardCreateDialog::validate() {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]*$"));
    QString problem;
    const QString name = m_name->text();
    const QString secretName = m_limits.needsSoPin ? tr("user PIN") : tr("passphrase");
    auto checkSecret = [&](QLineEdit* first, QLineEdit* again, const QString& what) {
        if (!problem.isEmpty())
            return;
        const qsizetype n = first->text().toUtf8().size();
        if (n < m_limits.minSecretLength || n > m_limits.maxSecretLength)
            problem = tr("The %1 needs %2 to %3 characters.")
                          .arg(what)
                          .arg(m_limits.minSecretLength)
                          .arg(m_limits.maxSecretLength);
        else if (m_limits.restrictedCharset && !allowed.match(first->text()).hasMatch())
            problem = tr("The %1 may hold letters, digits, '-' and '_' only.").arg(what);
        else if (first->text() != again->text())
            problem = tr("The two %1 entries differ.").arg(what);
    };
    if (name.trimmed().isEmpty())
        problem = tr("Enter a name.");
    else if ((m_limits.restrictedCharset ? name.size() : name.toUtf8().size()) > m_limits.maxNameLength)
        problem = tr("The name is longer than %1.").arg(m_limits.maxNameLength);
    else if (m_limits.restrictedCharset && !allowed.match(name).hasMatch())
        problem = tr("softcardtool does not support special characters: use letters, digits, '-' and '_'.");
    else if (!m_limits.restrictedCharset && name.endsWith(QLatin1Char(' ')))
        problem = tr("A token label cannot end with a space.");
    if (m_soPin)
        checkSecret(m_soPin, m_soPinAgain, tr("SO PIN"));
    checkSecret(m_pin, m_pinAgain, secretName);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SoftcardCreateDialog::Answer SoftcardCreateDialog::takeAnswer() {
    Answer answer;
    answer.name = m_name->text();
    auto take = [](QLineEdit* edit) {
        QByteArray bytes = edit->text().toUtf8();
        SecureBuffer buffer = SecureBuffer::takeFrom(bytes);
        edit->clear();
        return buffer;
    };
    if (m_soPin) {
        answer.soPin = take(m_soPin);
        m_soPinAgain->clear();
    }
    answer.pin = take(m_pin);
    m_pinAgain->clear();
    return answer;
}

} // namespace hsm
