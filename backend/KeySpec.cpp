#include "KeySpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

const QString kTypeHint =
    QStringLiteral("rsa:BITS, ec:P-256|P-384|P-521|<curve name>, ed25519, aes:128|192|256, generic:BYTES, "
                   "hmac-sha256:BYTES, hmac-sha384:BYTES, hmac-sha512:BYTES");

Error typeError(const QString& message) {
    return Error::other(QStringLiteral("keygen"), message, tr("Accepted types: %1.").arg(kTypeHint));
}

} // namespace

bool isKeyPair(KeyKind kind) {
    return kind == KeyKind::Rsa || kind == KeyKind::Ec || kind == KeyKind::Ed25519;
}

QString kindName(KeyKind kind) {
    switch (kind) {
    case KeyKind::Rsa:
        return QStringLiteral("RSA");
    case KeyKind::Ec:
        return QStringLiteral("EC");
    case KeyKind::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyKind::Aes:
        return QStringLiteral("AES");
    case KeyKind::GenericSecret:
        return tr("Generic secret");
    case KeyKind::HmacSha256:
        return QStringLiteral("HMAC-SHA256");
    case KeyKind::HmacSha384:
        return QStringLiteral("HMAC-SHA384");
    case KeyKind::HmacSha512:
        return QStringLiteral("HMAC-SHA512");
    }
    return {};
}

KeySpec KeySpec::defaults(KeyKind kind) {
    KeySpec spec;
    spec.kind = kind;
    switch (kind) {
    case KeyKind::Rsa:
        spec.bits = 2048;
        spec.usage.sign = spec.usage.verify = spec.usage.encrypt = spec.usage.decrypt = true;
        break;
    case KeyKind::Ec:
        spec.curve = QStringLiteral("P-256");
        spec.usage.sign = spec.usage.verify = true;
        break;
    case KeyKind::Ed25519:
        spec.usage.sign = spec.usage.verify = true;
        break;
    case KeyKind::Aes:
        spec.bits = 256;
        spec.usage.encrypt = spec.usage.decrypt = true;
        break;
    case KeyKind::GenericSecret:
        spec.bytes = 32;
        spec.usage.sign = spec.usage.verify = true;
        break;
    // An HMAC key as long as the hash output: RFC 2104 section 3's recommended minimum.
    case KeyKind::HmacSha256:
        spec.bytes = 32;
        spec.usage.sign = spec.usage.verify = true;
        break;
    case KeyKind::HmacSha384:
        spec.bytes = 48;
        spec.usage.sign = spec.usage.verify = true;
        break;
    case KeyKind::HmacSha512:
        spec.bytes = 64;
        spec.usage.sign = spec.usage.verify = true;
        break;
    }
    return spec;
}

Result<KeySpec> parseKeyType(const QString& text) {
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString name = (colon < 0 ? trimmed : trimmed.left(colon)).toLower();
    const QString argument = colon < 0 ? QString() : trimmed.mid(colon + 1).trimmed();

    struct Entry {
        const char* name;
        KeyKind kind;
    };
    static const Entry entries[] = {
        {"rsa", KeyKind::Rsa},
        {"ec", KeyKind::Ec},
        {"ed25519", KeyKind::Ed25519},
        {"aes", KeyKind::Aes},
        {"generic", KeyKind::GenericSecret},
        {"hmac-sha256", KeyKind::HmacSha256},
        {"hmac-sha384", KeyKind::HmacSha384},
        {"hmac-sha512", KeyKind::HmacSha512},
    };
    const Entry* found = nullptr;
    for (const Entry& entry : entries)
        if (name == QLatin1String(entry.name))
            found = &entry;
    if (found == nullptr)
        return typeError(tr("Unknown key type \"%1\".").arg(trimmed));

    KeySpec spec = KeySpec::defaults(found->kind);
    if (found->kind == KeyKind::Ed25519) {
        if (colon >= 0)
            return typeError(tr("ed25519 takes no size."));
        return spec;
    }
    if (argument.isEmpty())
        return typeError(tr("Key type \"%1\" needs a size or curve after a colon, e.g. %2.")
                             .arg(name, found->kind == KeyKind::Ec
                                            ? QStringLiteral("ec:P-256")
                                            : QStringLiteral("%1:%2").arg(name).arg(
                                                  found->kind == KeyKind::Rsa ? 2048 : 32)));
    if (found->kind == KeyKind::Ec) {
        if (curveBits(argument) == 0)
            return typeError(tr("Unknown curve \"%1\": use P-256, P-384, P-521 or an OpenSSL curve name "
                                "(openssl ecparam -list_curves).")
                                 .arg(argument));
        spec.curve = argument;
        return spec;
    }
    bool ok = false;
    const qulonglong size = argument.toULongLong(&ok, 10);
    if (!ok || size == 0 || size > 0xFFFFFFFFULL)
        return typeError(tr("\"%1\" is not a key size (a positive whole number).").arg(argument));
    switch (found->kind) {
    case KeyKind::Rsa:
        spec.bits = CK_ULONG(size);
        break;
    case KeyKind::Aes:
        if (size != 128 && size != 192 && size != 256)
            return typeError(tr("AES keys are 128, 192 or 256 bits, not %1.").arg(size));
        spec.bits = CK_ULONG(size);
        break;
    default:
        spec.bytes = CK_ULONG(size);
        break;
    }
    return spec;
}

QString keyTypeText(const KeySpec& spec) {
    switch (spec.kind) {
    case KeyKind::Rsa:
        return QStringLiteral("rsa:%1").arg(spec.bits);
    case KeyKind::Ec:
        return QStringLiteral("ec:%1").arg(spec.curve);
    case KeyKind::Ed25519:
        return QStringLiteral("ed25519");
    case KeyKind::Aes:
        return QStringLiteral("aes:%1").arg(spec.bits);
    case KeyKind::GenericSecret:
        return QStringLiteral("generic:%1").arg(spec.bytes);
    case KeyKind::HmacSha256:
        return QStringLiteral("hmac-sha256:%1").arg(spec.bytes);
    case KeyKind::HmacSha384:
        return QStringLiteral("hmac-sha384:%1").arg(spec.bytes);
    case KeyKind::HmacSha512:
        return QStringLiteral("hmac-sha512:%1").arg(spec.bytes);
    }
    return {};
}

Result<QByteArray> parseHexId(const QString& text) {
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    // Separators administrators paste from other tools: "a1:b2", "a1 b2", "a1-b2".
    hex.remove(QRegularExpression(QStringLiteral("[:\\s-]")));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]*$"));
    const auto idError = [&text](const QString& why) {
        return Error::other(QStringLiteral("keygen"), tr("The ID \"%1\" is not hex: %2").arg(text, why),
                            tr("Write the ID as hex digits, e.g. a1b2c3 or A1:B2:C3."));
    };
    if (!hexOnly.match(hex).hasMatch())
        return idError(tr("only 0-9 and a-f are allowed."));
    if (hex.size() % 2 != 0)
        return idError(tr("an odd number of digits (each byte is two digits)."));
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace hsm::keygen
