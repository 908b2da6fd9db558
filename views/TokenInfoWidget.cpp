#include "TokenInfoWidget.h"

#include "Pkcs11Names.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hsm {

namespace {

QString count(CK_ULONG value) {
    if (value == CK_UNAVAILABLE_INFORMATION)
        return TokenInfoWidget::tr("unavailable");
    if (value == CK_EFFECTIVELY_INFINITE)
        return TokenInfoWidget::tr("unlimited");
    return QString::number(value);
}

QString memory(CK_ULONG value) {
    if (value == CK_UNAVAILABLE_INFORMATION)
        return TokenInfoWidget::tr("unavailable");
    return TokenInfoWidget::tr("%1 bytes").arg(value);
}

QString orDash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

TokenInfoWidget::TokenInfoWidget(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a token in the tree to see its information."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fields = new QWidget(scroll);
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(m_fields);
    outer->addWidget(scroll, 1);

    addField(QStringLiteral("label"), tr("Label"));
    addField(QStringLiteral("manufacturer"), tr("Manufacturer"));
    addField(QStringLiteral("model"), tr("Model"));
    addField(QStringLiteral("serial"), tr("Serial number"));
    addField(QStringLiteral("userPin"), tr("User PIN"));
    addField(QStringLiteral("soPin"), tr("SO PIN"));
    addField(QStringLiteral("flags"), tr("Flags"));
    addField(QStringLiteral("sessions"), tr("Sessions (open / max)"));
    addField(QStringLiteral("rwSessions"), tr("Read/write sessions (open / max)"));
    addField(QStringLiteral("pinLength"), tr("PIN length (min – max)"));
    addField(QStringLiteral("publicMemory"), tr("Public memory (free / total)"));
    addField(QStringLiteral("privateMemory"), tr("Private memory (free / total)"));
    addField(QStringLiteral("hardwareVersion"), tr("Hardware version"));
    addField(QStringLiteral("firmwareVersion"), tr("Firmware version"));
    addField(QStringLiteral("utcTime"), tr("Clock (UTC)"));
    clear();
}

void TokenInfoWidget::addField(const QString& key, const QString& title) {
    auto* value = new QLabel(m_fields);
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // No word wrap: wrapped labels in a form inside a scroll area get cut short; long values
    // (the flag list) are split into lines on purpose instead.
    value->setAccessibleName(title);
    auto* caption = new QLabel(title + QLatin1Char(':'), m_fields);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    m_values.insert(key, value);
}

void TokenInfoWidget::setField(const QString& key, const QString& text) {
    if (QLabel* label = m_values.value(key))
        label->setText(text);
}

QString TokenInfoWidget::fieldText(const QString& key) const {
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

QString TokenInfoWidget::pinStatus(const TokenInfo& token, CK_USER_TYPE userType) {
    const bool so = userType == CKU_SO;
    if (!so && !token.has(CKF_USER_PIN_INITIALIZED))
        return tr("not initialized");
    QStringList parts;
    if (token.has(so ? CKF_SO_PIN_LOCKED : CKF_USER_PIN_LOCKED))
        parts << tr("locked: no login is possible until it is unblocked");
    else if (token.has(so ? CKF_SO_PIN_FINAL_TRY : CKF_USER_PIN_FINAL_TRY))
        parts << tr("final try: one more wrong PIN locks it");
    else if (token.has(so ? CKF_SO_PIN_COUNT_LOW : CKF_USER_PIN_COUNT_LOW))
        parts << tr("a wrong PIN was entered since the last successful login");
    if (token.has(so ? CKF_SO_PIN_TO_BE_CHANGED : CKF_USER_PIN_TO_BE_CHANGED))
        parts << tr("must be changed");
    if (parts.isEmpty())
        parts << tr("OK");
    if (token.has(CKF_PROTECTED_AUTHENTICATION_PATH))
        parts << tr("entered on the PIN pad");
    return parts.join(QStringLiteral("; "));
}

void TokenInfoWidget::setToken(const std::optional<TokenInfo>& token) {
    m_placeholder->setVisible(!token.has_value());
    m_fields->parentWidget()->setVisible(token.has_value());
    if (!token) {
        for (QLabel* label : std::as_const(m_values))
            label->clear();
        return;
    }
    const TokenInfo& t = *token;
    setField(QStringLiteral("label"), orDash(t.label));
    setField(QStringLiteral("manufacturer"), orDash(t.manufacturer));
    setField(QStringLiteral("model"), orDash(t.model));
    setField(QStringLiteral("serial"), orDash(t.serial));
    setField(QStringLiteral("userPin"), pinStatus(t, CKU_USER));
    setField(QStringLiteral("soPin"), pinStatus(t, CKU_SO));
    const QStringList flags = names::tokenFlags(t.flags);
    setField(QStringLiteral("flags"),
             QStringLiteral("0x%1\n%2")
                 .arg(t.flags, 8, 16, QLatin1Char('0'))
                 .arg(flags.isEmpty() ? tr("(none)") : flags.join(QLatin1Char('\n'))));
    setField(QStringLiteral("sessions"), tr("%1 / %2").arg(count(t.sessionCount), count(t.maxSessionCount)));
    setField(QStringLiteral("rwSessions"),
             tr("%1 / %2").arg(count(t.rwSessionCount), count(t.maxRwSessionCount)));
    setField(QStringLiteral("pinLength"), tr("%1 – %2").arg(t.minPinLen).arg(t.maxPinLen));
    setField(QStringLiteral("publicMemory"),
             tr("%1 / %2").arg(memory(t.freePublicMemory), memory(t.totalPublicMemory)));
    setField(QStringLiteral("privateMemory"),
             tr("%1 / %2").arg(memory(t.freePrivateMemory), memory(t.totalPrivateMemory)));
    setField(QStringLiteral("hardwareVersion"), orDash(t.hardwareVersion));
    setField(QStringLiteral("firmwareVersion"), orDash(t.firmwareVersion));
    setField(QStringLiteral("utcTime"),
             t.has(CKF_CLOCK_ON_TOKEN) ? orDash(t.utcTime) : tr("the token has no clock"));
}

} // namespace hsm
