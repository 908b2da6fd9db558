#include "PinFields.h"

#include "PinPolicy.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

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

void addLimitsNote(QWidget* parent, QBoxLayout* layout, const TokenInfo& token) {
    const QString limits = limitsText(token);
    if (limits.isEmpty() || token.has(CKF_PROTECTED_AUTHENTICATION_PATH))
        return;
    auto* label = new QLabel(tr("PINs on this token are %1 long.").arg(limits), parent);
    label->setObjectName(QStringLiteral("pinLimits"));
    layout->addWidget(label);
}

FlagWidgets addFlagWidgets(QWidget* parent, QBoxLayout* layout, const QString& pinPadText,
                           const QString& finalTryText) {
    FlagWidgets w;
    w.pinPadNote = new QLabel(pinPadText, parent);
    w.pinPadNote->setObjectName(QStringLiteral("pinPadNote"));
    w.pinPadNote->setWordWrap(true);
    layout->addWidget(w.pinPadNote);

    w.warning = new QLabel(parent);
    w.warning->setObjectName(QStringLiteral("pinWarning"));
    w.warning->setWordWrap(true);
    w.warning->setTextFormat(Qt::PlainText);
    layout->addWidget(w.warning);

    w.confirmFinalTry = new QCheckBox(finalTryText, parent);
    w.confirmFinalTry->setObjectName(QStringLiteral("confirmFinalTry"));
    w.confirmFinalTry->setAccessibleName(tr("Confirm the final try"));
    layout->addWidget(w.confirmFinalTry);
    return w;
}

void FlagWidgets::show(const PinAssessment& assessment) const {
    warning->setText(assessment.message);
    warning->setVisible(!assessment.message.isEmpty());
    QString style;
    switch (assessment.verdict) {
    case PinAssessment::Verdict::Ok:
        break;
    case PinAssessment::Verdict::Warn:
        style = QStringLiteral("color: #8a5a00;");
        break;
    case PinAssessment::Verdict::FinalTry:
    case PinAssessment::Verdict::Locked:
        style = QStringLiteral("color: #b00020; font-weight: bold;");
        break;
    }
    warning->setStyleSheet(style);
    confirmFinalTry->setVisible(assessment.verdict == PinAssessment::Verdict::FinalTry);
}

} // namespace pinfields

} // namespace hsm
