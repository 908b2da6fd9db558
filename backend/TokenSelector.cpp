#include "TokenSelector.h"

#include "Pkcs11Uri.h"

#include <QCoreApplication>

namespace hsm {

namespace {

const QString kCall = QStringLiteral("select token");

// Empty slots hold nothing to open, and an uninitialised token (SoftHSM2's spare slot) has no
// label or serial to name it by; neither is ever a candidate.
bool isSelectable(const SlotInfo& slot) {
    return slot.token && slot.token->has(CKF_TOKEN_INITIALIZED);
}

QString describe(const TokenInfo& token) {
    return QCoreApplication::translate("hsm::TokenSelector", "\"%1\" (serial %2, %3)")
        .arg(token.label, token.serial, uri::forToken(token));
}

QString describeAll(const QList<SlotInfo>& slotList) {
    QStringList parts;
    for (const SlotInfo& slot : slotList)
        if (isSelectable(slot))
            parts << describe(*slot.token);
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<SlotInfo> selectToken(const QList<SlotInfo>& slotList, const QString& selector) {
    const QString wanted = selector.trimmed();
    if (wanted.isEmpty())
        return Error::other(
            kCall, QCoreApplication::translate("hsm::TokenSelector", "No token was named."),
            QCoreApplication::translate("hsm::TokenSelector",
                                        "Name a token by label, serial:SERIAL or a pkcs11: URI."));

    // A URI that does not parse is the user's mistake; say so instead of "no token matches".
    std::optional<UriMatcher> matcher;
    const bool bySerial = wanted.startsWith(QLatin1String("serial:"));
    const QString serial = bySerial ? wanted.mid(7).trimmed() : QString();
    if (wanted.startsWith(QLatin1String("pkcs11:"))) {
        Result<UriMatcher> parsed = UriMatcher::parse(wanted);
        if (!parsed)
            return parsed.error();
        matcher.emplace(std::move(parsed).value());
    }

    QList<SlotInfo> matches;
    for (const SlotInfo& slot : slotList) {
        if (!isSelectable(slot))
            continue;
        const TokenInfo& token = *slot.token;
        bool match = false;
        if (matcher)
            match = matcher->matchesToken(token);
        else if (bySerial)
            match = token.serial.trimmed() == serial;
        else
            match = token.label.trimmed() == wanted;
        if (match)
            matches << slot;
    }

    if (matches.size() == 1)
        return matches.first();

    if (matches.isEmpty()) {
        const QString available = describeAll(slotList);
        return Error::other(
            kCall, QCoreApplication::translate("hsm::TokenSelector", "No token matches \"%1\".").arg(wanted),
            available.isEmpty()
                ? QCoreApplication::translate("hsm::TokenSelector", "The module has no token present.")
                : QCoreApplication::translate("hsm::TokenSelector", "Available tokens: %1.").arg(available));
    }

    // A plain variable as the count: lupdate skips a translate() whose count is a cast expression.
    const int matchCount = static_cast<int>(matches.size());
    return Error::other(
        kCall,
        QCoreApplication::translate("hsm::TokenSelector", "%n tokens match “%1”: %2.", nullptr, matchCount)
            .arg(wanted, describeAll(matches)),
        QCoreApplication::translate("hsm::TokenSelector",
                                    "Choose one with serial:SERIAL or its pkcs11: URI."));
}

} // namespace hsm
