#include "X509Extensions.h"

#include <QCoreApplication>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace hsm::certs {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::certs", text);
}

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free>>;

QString bioText(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QString::fromUtf8(data, qsizetype(length)) : QString();
}

/// Wraps a DER-able extension value; `what` names the extension in the error.
template <typename T> Result<X509ExtensionPtr> wrap(int nid, bool critical, T* value, void (*freeValue)(T*)) {
    X509ExtensionPtr extension(X509V3_EXT_i2d(nid, critical ? 1 : 0, value));
    freeValue(value);
    if (!extension)
        return openSslError(QStringLiteral("X509V3_EXT_i2d"), tr("The extension could not be encoded."));
    return extension;
}

Result<ASN1_OCTET_STRING*> octets(const QByteArray& bytes) {
    ASN1_OCTET_STRING* string = ASN1_OCTET_STRING_new();
    if (string == nullptr ||
        ASN1_OCTET_STRING_set(string, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              int(bytes.size())) != 1) {
        ASN1_OCTET_STRING_free(string);
        return openSslError(QStringLiteral("ASN1_OCTET_STRING_set"));
    }
    return string;
}

} // namespace

QString takeOpenSslReason() {
    QString reason;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        if (reason.isEmpty()) {
            char buffer[256] = {};
            ERR_error_string_n(code, buffer, sizeof buffer);
            reason = QString::fromUtf8(buffer);
        }
    }
    return reason;
}

Error openSslError(const QString& function, const QString& hint, const QString& fallback) {
    QString reason = takeOpenSslReason();
    if (reason.isEmpty())
        reason = fallback.isEmpty() ? tr("OpenSSL gave no reason.") : fallback;
    return Error::other(function, reason, hint);
}

Result<X509NamePtr> buildName(const DistinguishedName& name) {
    X509NamePtr result(X509_NAME_new());
    if (!result)
        return openSslError(QStringLiteral("X509_NAME_new"));
    for (const NameEntry& entry : name) {
        const QByteArray field = entry.field.toLatin1();
        const QByteArray value = entry.value.toUtf8();
        if (X509_NAME_add_entry_by_txt(result.get(), field.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.constData()),
                                       int(value.size()), -1, 0) != 1)
            return openSslError(QStringLiteral("X509_NAME_add_entry_by_txt"),
                                tr("Check the value of %1 in the subject.").arg(entry.field));
    }
    return result;
}

QString dottedOid(const ASN1_OBJECT* object) {
    char buffer[128] = {};
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return length > 0 ? QString::fromLatin1(buffer, qMin<int>(length, int(sizeof buffer) - 1)) : QString();
}

DistinguishedName readName(const X509_NAME* name) {
    DistinguishedName entries;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(object);
        NameEntry read;
        read.field = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : dottedOid(object);
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (length >= 0) {
            read.value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
            OPENSSL_free(utf8);
        }
        entries << read;
    }
    return entries;
}

QString nameText(const X509_NAME* name) {
    return formatName(readName(name));
}

Result<X509ExtensionPtr> keyUsageExtension(unsigned keyUsage) {
    ASN1_BIT_STRING* bits = ASN1_BIT_STRING_new();
    if (bits == nullptr)
        return openSslError(QStringLiteral("ASN1_BIT_STRING_new"));
    // Bit n of the DER BIT STRING is flag 1 << n in KeyUsageBit (RFC 5280 4.2.1.3 order).
    for (int bit = 0; bit < 9; ++bit) {
        if ((keyUsage & (1u << bit)) != 0 && ASN1_BIT_STRING_set_bit(bits, bit, 1) != 1) {
            ASN1_BIT_STRING_free(bits);
            return openSslError(QStringLiteral("ASN1_BIT_STRING_set_bit"));
        }
    }
    return wrap(NID_key_usage, true, bits, ASN1_BIT_STRING_free);
}

Result<X509ExtensionPtr> extendedKeyUsageExtension(const QStringList& usages) {
    EXTENDED_KEY_USAGE* eku = sk_ASN1_OBJECT_new_null();
    if (eku == nullptr)
        return openSslError(QStringLiteral("sk_ASN1_OBJECT_new_null"));
    for (const QString& usage : usages) {
        ASN1_OBJECT* object = OBJ_txt2obj(usage.toLatin1().constData(), 0);
        if (object == nullptr || sk_ASN1_OBJECT_push(eku, object) <= 0) {
            ASN1_OBJECT_free(object);
            sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
            return openSslError(QStringLiteral("OBJ_txt2obj"),
                                tr("Use serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, "
                                   "OCSPSigning or a dotted OID."),
                                tr("\u201c%1\u201d is not an extended key usage.").arg(usage));
        }
    }
    return wrap(NID_ext_key_usage, false, eku, EXTENDED_KEY_USAGE_free);
}

Result<X509ExtensionPtr> altNameExtension(const QList<AltName>& names) {
    GENERAL_NAMES* general = sk_GENERAL_NAME_new_null();
    if (general == nullptr)
        return openSslError(QStringLiteral("sk_GENERAL_NAME_new_null"));
    for (const AltName& name : names) {
        const QByteArray value = name.value.toUtf8();
        GENERAL_NAME* entry = GENERAL_NAME_new();
        ASN1_STRING* string = nullptr;
        int type = GEN_DNS;
        if (name.type == AltNameType::Ip) {
            type = GEN_IPADD;
            string = a2i_IPADDRESS(value.constData());
        } else {
            type = name.type == AltNameType::Dns     ? GEN_DNS
                   : name.type == AltNameType::Email ? GEN_EMAIL
                                                     : GEN_URI;
            string = ASN1_IA5STRING_new();
            if (string != nullptr && ASN1_STRING_set(string, value.constData(), int(value.size())) != 1) {
                ASN1_STRING_free(string);
                string = nullptr;
            }
        }
        if (entry == nullptr || string == nullptr) {
            GENERAL_NAME_free(entry);
            GENERAL_NAMES_free(general);
            return openSslError(QStringLiteral("GENERAL_NAME_set0_value"), tr("Check the alternative names."),
                                tr("\u201c%1\u201d cannot be encoded.").arg(formatAltNames({name})));
        }
        GENERAL_NAME_set0_value(entry, type, string);
        sk_GENERAL_NAME_push(general, entry);
    }
    return wrap(NID_subject_alt_name, false, general, GENERAL_NAMES_free);
}

Result<X509ExtensionPtr> basicConstraintsExtension(bool isCa, std::optional<int> pathLength) {
    BASIC_CONSTRAINTS* constraints = BASIC_CONSTRAINTS_new();
    if (constraints == nullptr)
        return openSslError(QStringLiteral("BASIC_CONSTRAINTS_new"));
    constraints->ca = isCa ? 0xFF : 0;
    if (isCa && pathLength) {
        constraints->pathlen = ASN1_INTEGER_new();
        if (constraints->pathlen == nullptr || ASN1_INTEGER_set(constraints->pathlen, *pathLength) != 1) {
            BASIC_CONSTRAINTS_free(constraints);
            return openSslError(QStringLiteral("ASN1_INTEGER_set"));
        }
    }
    return wrap(NID_basic_constraints, true, constraints, BASIC_CONSTRAINTS_free);
}

Result<X509ExtensionPtr> subjectKeyIdExtension(const QByteArray& keyId) {
    Result<ASN1_OCTET_STRING*> string = octets(keyId);
    if (!string)
        return string.error();
    return wrap(NID_subject_key_identifier, false, *string, ASN1_OCTET_STRING_free);
}

Result<X509ExtensionPtr> authorityKeyIdExtension(const QByteArray& keyId) {
    AUTHORITY_KEYID* aki = AUTHORITY_KEYID_new();
    if (aki == nullptr)
        return openSslError(QStringLiteral("AUTHORITY_KEYID_new"));
    Result<ASN1_OCTET_STRING*> string = octets(keyId);
    if (!string) {
        AUTHORITY_KEYID_free(aki);
        return string.error();
    }
    aki->keyid = *string;
    return wrap(NID_authority_key_identifier, false, aki, AUTHORITY_KEYID_free);
}

Result<QByteArray> keyIdentifier(EVP_PKEY* key) {
    X509_PUBKEY* info = nullptr;
    if (X509_PUBKEY_set(&info, key) != 1)
        return openSslError(QStringLiteral("X509_PUBKEY_set"));
    const unsigned char* bits = nullptr;
    int length = 0;
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int digestLength = 0;
    const bool ok = X509_PUBKEY_get0_param(nullptr, &bits, &length, nullptr, info) == 1 &&
                    EVP_Digest(bits, size_t(length), digest, &digestLength, EVP_sha1(), nullptr) == 1;
    X509_PUBKEY_free(info);
    if (!ok)
        return openSslError(QStringLiteral("EVP_Digest"));
    return QByteArray(reinterpret_cast<const char*>(digest), int(digestLength));
}

signing::Algorithm effectiveAlgorithm(const signing::TokenKey& key, const signing::Algorithm& requested) {
    if (requested != signing::Algorithm{})
        return requested;
    const QList<signing::Algorithm> supported = key.supportedAlgorithms();
    return supported.isEmpty() ? requested : supported.first();
}

RequestInfo::Extension describeExtension(X509_EXTENSION* extension) {
    RequestInfo::Extension described;
    const ASN1_OBJECT* object = X509_EXTENSION_get_object(extension);
    described.oid = dottedOid(object);
    const int nid = OBJ_obj2nid(object);
    described.name = nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : described.oid;
    described.critical = X509_EXTENSION_get_critical(extension) == 1;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (bio && X509V3_EXT_print(bio.get(), extension, 0, 0) == 1) {
        described.value = bioText(bio.get()).trimmed();
    } else {
        (void)takeOpenSslReason(); // an extension OpenSSL cannot print is shown as hex
        const ASN1_OCTET_STRING* data = X509_EXTENSION_get_data(extension);
        described.value = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data))
                .toHex(':'));
    }
    return described;
}

QString keyDescription(EVP_PKEY* key) {
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return tr("RSA %1 bits").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        QString curve = tr("unknown curve");
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1) {
            const QString name = QString::fromLatin1(group);
            curve = name == QLatin1String("prime256v1")  ? QStringLiteral("P-256")
                    : name == QLatin1String("secp384r1") ? QStringLiteral("P-384")
                    : name == QLatin1String("secp521r1") ? QStringLiteral("P-521")
                                                         : name;
        }
        return tr("EC %1").arg(curve);
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

Result<QByteArray> spkiOf(EVP_PKEY* key) {
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return openSslError(QStringLiteral("i2d_PUBKEY"));
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace hsm::certs
