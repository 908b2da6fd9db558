#include "Formatting.h"

#include "Pkcs11Names.h"

#include <QCoreApplication>

namespace hsm::format {

namespace {
// lupdate files the tr() calls below under the enclosing namespace; the runtime context must match.
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::format", text);
}
} // namespace

QString hex(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex());
}

QString yesNo(std::optional<bool> value) {
    if (!value)
        return {};
    return *value ? tr("yes") : tr("no");
}

QString objectClass(CK_OBJECT_CLASS cls) {
    switch (cls) {
    case CKO_DATA:
        return tr("Data");
    case CKO_CERTIFICATE:
        return tr("Certificate");
    case CKO_PUBLIC_KEY:
        return tr("Public key");
    case CKO_PRIVATE_KEY:
        return tr("Private key");
    case CKO_SECRET_KEY:
        return tr("Secret key");
    case CKO_HW_FEATURE:
        return tr("Hardware feature");
    case CKO_DOMAIN_PARAMETERS:
        return tr("Domain parameters");
    case CKO_MECHANISM:
        return tr("Mechanism");
    default:
        return names::objectClass(cls);
    }
}

QString objectType(const ObjectSummary& object) {
    if (object.keyType)
        return names::keyType(*object.keyType);
    if (object.certificateType)
        return names::certificateType(*object.certificateType);
    return {};
}

QString dateTime(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString timeOfDay(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString durationMicros(qint64 nanoseconds) {
    return QString::number(static_cast<double>(nanoseconds) / 1000.0, 'f', 1);
}

QString logLevel(int level) {
    switch (level) {
    case 0:
        return tr("trace");
    case 1:
        return tr("debug");
    case 2:
        return tr("info");
    case 3:
        return tr("warning");
    case 4:
        return tr("error");
    case 5:
        return tr("critical");
    default:
        return tr("off");
    }
}

QString slotTitle(const SlotInfo& slot) {
    const QString title = tr("Slot %1").arg(slot.id);
    if (slot.description.isEmpty())
        return title;
    return title + QStringLiteral(": ") + slot.description;
}

QString tokenTitle(const TokenInfo& token) {
    if (!token.has(CKF_TOKEN_INITIALIZED))
        return tr("(uninitialised token)");
    if (!token.label.isEmpty())
        return token.label;
    if (token.serial.isEmpty())
        return tr("(no label)");
    return tr("(no label, serial %1)").arg(token.serial);
}

QString moduleTitle(const ModuleInfo& module) {
    if (module.manufacturer.isEmpty() || module.manufacturer == module.name)
        return module.name;
    return QStringLiteral("%1 (%2)").arg(module.name, module.manufacturer);
}

QString flags(const QStringList& names) {
    return names.join(QStringLiteral(", "));
}

QString mechanismCode(CK_MECHANISM_TYPE type) {
    return QStringLiteral("0x%1").arg(static_cast<qulonglong>(type), 8, 16, QLatin1Char('0'));
}

qint64 sizeSortKey(const QString& size) {
    // The first number counts: "2048 bits", "32 bytes", and curve names like "P-256".
    qsizetype begin = 0;
    while (begin < size.size() && !size.at(begin).isDigit())
        ++begin;
    qsizetype end = begin;
    while (end < size.size() && size.at(end).isDigit())
        ++end;
    if (end == begin)
        return -1;
    bool ok = false;
    const qint64 value = size.mid(begin, end - begin).toLongLong(&ok);
    return ok ? value : -1;
}

} // namespace hsm::format
