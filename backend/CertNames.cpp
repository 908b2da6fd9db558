// The user-typed parts of CertRequest.h: distinguished names, alternative names, key usages and
// extended key usages, parsed and checked before anything is built or signed.
#include "CertRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace hsm::certs {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::certs", text);
}

Error nameError(const QString& message, const QString& hint = {}) {
    return Error::other(tr("Subject"), message,
                        hint.isEmpty()
                            ? tr("Write the subject as /C=GB/O=Example/CN=host or CN=host,O=Example,C=GB.")
                            : hint);
}

struct FieldAlias {
    const char* alias;
    const char* canonical;
};
// Spellings users type for the common fields; OpenSSL's own names are looked up after these.
constexpr FieldAlias kFieldAliases[] = {
    {"C", "C"},
    {"countryName", "C"},
    {"ST", "ST"},
    {"S", "ST"},
    {"stateOrProvinceName", "ST"},
    {"L", "L"},
    {"localityName", "L"},
    {"O", "O"},
    {"organizationName", "O"},
    {"OU", "OU"},
    {"organizationalUnitName", "OU"},
    {"CN", "CN"},
    {"commonName", "CN"},
    {"emailAddress", "emailAddress"},
    {"E", "emailAddress"},
    {"email", "emailAddress"},
};

QString canonicalField(const QString& field) {
    for (const FieldAlias& alias : kFieldAliases) {
        if (field.compare(QLatin1String(alias.alias), Qt::CaseInsensitive) == 0)
            return QLatin1String(alias.canonical);
    }
    ASN1_OBJECT* object = OBJ_txt2obj(field.toLatin1().constData(), 0);
    if (object == nullptr)
        return field; // validateName names it
    const int nid = OBJ_obj2nid(object);
    ASN1_OBJECT_free(object);
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : field;
}

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Splits one name form. `separator` ends an entry; '\' escapes the next character, and in the
/// RFC 4514 form "\C3\BC" is a UTF-8 byte pair.
Result<DistinguishedName> splitName(const QString& text, QChar separator, bool rfc4514) {
    DistinguishedName entries;
    const QByteArray bytes = text.toUtf8();
    QByteArray field, value;
    bool inValue = false;
    auto finish = [&]() -> std::optional<Error> {
        const QString fieldText = QString::fromUtf8(field).trimmed();
        QString valueText = QString::fromUtf8(value);
        if (rfc4514) {
            valueText = valueText.trimmed();
            if (valueText.size() >= 2 && valueText.startsWith(QLatin1Char('"')) &&
                valueText.endsWith(QLatin1Char('"')))
                valueText = valueText.mid(1, valueText.size() - 2);
        }
        if (!inValue) {
            if (fieldText.isEmpty())
                return std::nullopt; // "//" or a trailing separator: no entry
            return nameError(tr("\u201c%1\u201d has no \u201c=\u201d.").arg(fieldText));
        }
        if (fieldText.isEmpty())
            return nameError(tr("A part of the subject has no field name before \u201c=\u201d."));
        entries << NameEntry{canonicalField(fieldText), valueText};
        return std::nullopt;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        QByteArray& target = inValue ? value : field;
        if (c == '\\') {
            if (i + 1 >= bytes.size())
                return nameError(tr("The subject ends with a lone backslash."));
            if (rfc4514 && i + 2 < bytes.size() && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
                target += char(bytes.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
                continue;
            }
            target += bytes[++i];
        } else if (c == separator.toLatin1()) {
            if (auto error = finish())
                return *error;
            field.clear();
            value.clear();
            inValue = false;
        } else if (c == '=' && !inValue) {
            inValue = true;
        } else {
            target += c;
        }
    }
    if (auto error = finish())
        return *error;
    if (rfc4514)
        std::reverse(entries.begin(), entries.end()); // RFC 4514 writes the most significant last
    return entries;
}

bool isAscii(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool isPrintableString(const QString& text) {
    static const QRegularExpression printable(QStringLiteral("^[A-Za-z0-9 '()+,\\-./:=?]*$"));
    return printable.match(text).hasMatch();
}

QString altTypeName(AltNameType type) {
    switch (type) {
    case AltNameType::Dns:
        return QStringLiteral("DNS");
    case AltNameType::Ip:
        return QStringLiteral("IP");
    case AltNameType::Email:
        return QStringLiteral("email");
    case AltNameType::Uri:
        return QStringLiteral("URI");
    }
    return {};
}

struct KeyUsageName {
    const char* name;
    unsigned bit;
};
constexpr KeyUsageName kKeyUsages[] = {
    {"digitalSignature", DigitalSignature},
    {"nonRepudiation", NonRepudiation},
    {"keyEncipherment", KeyEncipherment},
    {"dataEncipherment", DataEncipherment},
    {"keyAgreement", KeyAgreement},
    {"keyCertSign", KeyCertSign},
    {"cRLSign", CrlSign},
};

constexpr const char* kExtendedKeyUsages[] = {"serverAuth",      "clientAuth",   "codeSigning",
                                              "emailProtection", "timeStamping", "OCSPSigning"};

} // namespace

Result<DistinguishedName> parseName(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return nameError(tr("The subject is empty."));
    if (trimmed.startsWith(QLatin1Char('/')))
        return splitName(trimmed.mid(1), QLatin1Char('/'), false);
    return splitName(trimmed, QLatin1Char(','), true);
}

QString formatName(const DistinguishedName& name) {
    QString text;
    for (const NameEntry& entry : name) {
        QString value = entry.value;
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('/'), QLatin1String("\\/"));
        text += QLatin1Char('/') + entry.field + QLatin1Char('=') + value;
    }
    return text;
}

QStringList validateName(const DistinguishedName& name) {
    QStringList problems;
    if (name.isEmpty())
        problems << tr("The subject is empty; give at least a common name (CN).");
    for (const NameEntry& entry : name) {
        ASN1_OBJECT* object = OBJ_txt2obj(entry.field.toLatin1().constData(), 0);
        const int nid = object ? OBJ_obj2nid(object) : NID_undef;
        ASN1_OBJECT_free(object);
        if (object == nullptr) {
            problems
                << tr("\u201c%1\u201d is not a name field; use C, ST, L, O, OU, CN, emailAddress, another "
                      "OpenSSL short name or a dotted OID.")
                       .arg(entry.field);
            continue;
        }
        if (entry.value.trimmed().isEmpty()) {
            problems << tr("%1 is empty; give it a value or leave it out.").arg(entry.field);
            continue;
        }
        const qsizetype characters = entry.value.toUcs4().size();
        if (entry.field == QLatin1String("C")) {
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
            if (!twoLetters.match(entry.value).hasMatch())
                problems << tr("The country (C) must be two letters (ISO 3166, e.g. GB), not \u201c%1\u201d.")
                                .arg(entry.value);
            continue;
        }
        if (nid == NID_pkcs9_emailAddress &&
            (!entry.value.contains(QLatin1Char('@')) || !isAscii(entry.value)))
            problems << tr("emailAddress \u201c%1\u201d must be an ASCII address with an \u201c@\u201d.")
                            .arg(entry.value);
        // OpenSSL's string table knows each field's bounds and allowed string types.
        if (const ASN1_STRING_TABLE* table = nid != NID_undef ? ASN1_STRING_TABLE_get(nid) : nullptr) {
            if (table->maxsize > 0 && characters > table->maxsize)
                problems << tr("%1 is %2 characters long; at most %3 are allowed.")
                                .arg(entry.field)
                                .arg(characters)
                                .arg(table->maxsize);
            if (table->minsize > 0 && characters < table->minsize)
                problems << tr("%1 needs at least %2 characters.").arg(entry.field).arg(table->minsize);
            if (table->mask == B_ASN1_PRINTABLESTRING && !isPrintableString(entry.value))
                problems << tr("%1 may only hold letters, digits, spaces and ' ( ) + , - . / : = ?")
                                .arg(entry.field);
            else if (table->mask == B_ASN1_IA5STRING && !isAscii(entry.value) &&
                     nid != NID_pkcs9_emailAddress)
                problems << tr("%1 may only hold ASCII characters.").arg(entry.field);
        }
    }
    return problems;
}

Result<QList<AltName>> parseAltNames(const QString& text) {
    QList<AltName> names;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const QString type = colon > 0 ? item.left(colon).trimmed().toLower() : QString();
        AltName name;
        name.value = item.mid(colon + 1).trimmed();
        if (type == QLatin1String("dns"))
            name.type = AltNameType::Dns;
        else if (type == QLatin1String("ip"))
            name.type = AltNameType::Ip;
        else if (type == QLatin1String("email"))
            name.type = AltNameType::Email;
        else if (type == QLatin1String("uri"))
            name.type = AltNameType::Uri;
        else
            return Error::other(
                tr("Subject alternative names"),
                tr("\u201c%1\u201d does not start with DNS:, IP:, email: or URI:.").arg(item),
                tr("Write them as DNS:a.example,IP:10.0.0.1,email:x@y.example,URI:https://..."));
        names << name;
    }
    return names;
}

QString formatAltNames(const QList<AltName>& names) {
    QStringList parts;
    for (const AltName& name : names)
        parts << altTypeName(name.type) + QLatin1Char(':') + name.value;
    return parts.join(QStringLiteral(", "));
}

QStringList validateAltNames(const QList<AltName>& names) {
    static const QRegularExpression dnsName(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
                       "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?$"));
    static const QRegularExpression uriScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
    QStringList problems;
    for (const AltName& name : names) {
        const QString shown = altTypeName(name.type) + QLatin1Char(':') + name.value;
        if (name.value.isEmpty()) {
            problems << tr("%1 has no value.").arg(shown);
            continue;
        }
        switch (name.type) {
        case AltNameType::Dns:
            if (!isAscii(name.value))
                problems << tr("%1: DNS names must be ASCII; write international names in their xn-- form.")
                                .arg(shown);
            else if (name.value.size() > 253 || !dnsName.match(name.value).hasMatch())
                problems
                    << tr("%1 is not a DNS name (letters, digits and hyphens in dot-separated labels, no "
                          "spaces).")
                           .arg(shown);
            break;
        case AltNameType::Ip: {
            ASN1_OCTET_STRING* address = a2i_IPADDRESS(name.value.toLatin1().constData());
            if (address == nullptr || !isAscii(name.value))
                problems << tr("%1 is not an IPv4 or IPv6 address.").arg(shown);
            ASN1_OCTET_STRING_free(address);
            break;
        }
        case AltNameType::Email:
            if (!isAscii(name.value) || !name.value.contains(QLatin1Char('@')) ||
                name.value.contains(QLatin1Char(' ')))
                problems << tr("%1 is not an ASCII e-mail address with an \u201c@\u201d.").arg(shown);
            break;
        case AltNameType::Uri:
            if (!isAscii(name.value) || !uriScheme.match(name.value).hasMatch())
                problems << tr("%1 is not a URI with a scheme (https:, ldap:, ...).").arg(shown);
            break;
        }
    }
    return problems;
}

Result<unsigned> parseKeyUsage(const QString& commaSeparated) {
    unsigned flags = 0;
    for (const QString& part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        bool known = false;
        for (const KeyUsageName& usage : kKeyUsages) {
            if (name.compare(QLatin1String(usage.name), Qt::CaseInsensitive) == 0) {
                flags |= usage.bit;
                known = true;
            }
        }
        if (name.compare(QLatin1String("contentCommitment"), Qt::CaseInsensitive) == 0) {
            flags |= NonRepudiation;
            known = true;
        }
        if (!known)
            return Error::other(tr("Key usage"), tr("\u201c%1\u201d is not a key usage.").arg(name),
                                tr("Use %1.").arg(keyUsageNames(0x7f).join(QStringLiteral(", "))));
    }
    return flags;
}

QStringList keyUsageNames(unsigned keyUsage) {
    QStringList names;
    for (const KeyUsageName& usage : kKeyUsages) {
        if ((keyUsage & usage.bit) != 0)
            names << QLatin1String(usage.name);
    }
    return names;
}

Result<QStringList> parseExtendedKeyUsages(const QString& commaSeparated) {
    static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
    QStringList usages;
    for (const QString& part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        QString chosen;
        for (const char* known : kExtendedKeyUsages) {
            if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
                chosen = QLatin1String(known);
        }
        if (chosen.isEmpty() && dotted.match(name).hasMatch()) {
            ASN1_OBJECT* object = OBJ_txt2obj(name.toLatin1().constData(), 1);
            if (object != nullptr)
                chosen = name;
            ASN1_OBJECT_free(object);
        }
        if (chosen.isEmpty()) {
            QStringList offered;
            for (const char* known : kExtendedKeyUsages)
                offered << QLatin1String(known);
            return Error::other(tr("Extended key usage"),
                                tr("\u201c%1\u201d is not an extended key usage.").arg(name),
                                tr("Use %1 or a dotted OID.").arg(offered.join(QStringLiteral(", "))));
        }
        if (!usages.contains(chosen))
            usages << chosen;
    }
    return usages;
}

} // namespace hsm::certs
