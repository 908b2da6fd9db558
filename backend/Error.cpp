#include "Pkcs11Names.h"
#include "Result.h"

#include <QCoreApplication>

namespace hsm {

QString Error::text() const {
    QString out = call.isEmpty()
                      ? message
                      : QCoreApplication::translate("hsm::Error", "%1 failed: %2").arg(call, message);
    if (!hint.isEmpty())
        out += QLatin1Char(' ') + QCoreApplication::translate("hsm::Error", "Try: %1").arg(hint);
    return out;
}

Error Error::fromRv(const QString& call, CK_RV rv, const QString& detail) {
    Error e;
    e.call = call;
    e.rv = rv;
    e.message = names::rv(rv);
    if (!detail.isEmpty())
        e.message += QStringLiteral(" (") + detail + QLatin1Char(')');
    e.hint = names::rvHint(rv);
    return e;
}

Error Error::other(const QString& call, const QString& message, const QString& hint) {
    Error e;
    e.call = call;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace hsm
