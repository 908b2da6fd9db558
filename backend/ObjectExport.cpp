#include "ObjectExport.h"

#include "ObjectAdmin.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstring>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>
#include <optional>

namespace hsm::exporting {

namespace {

// Not in every pkcs11.h yet (PKCS#11 3.0).
constexpr CK_KEY_TYPE CKK_EC_MONTGOMERY_VALUE = 0x41;

// OpenSSL objects owned on every path.
struct PkeyFree {
    void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
};
struct CtxFree {
    void operator()(EVP_PKEY_CTX* p) const noexcept { EVP_PKEY_CTX_free(p); }
};
struct BldFree {
    void operator()(OSSL_PARAM_BLD* p) const noexcept { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const noexcept { OSSL_PARAM_free(p); }
};
struct BnFree {
    void operator()(BIGNUM* p) const noexcept { BN_free(p); }
};
struct X509Free {
    void operator()(X509* p) const noexcept { X509_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

const auto* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Result<QByteArray> spkiOf(EVP_PKEY* key, const QString& what) {
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return Error::other(
            QStringLiteral("i2d_PUBKEY"),
            QCoreApplication::translate("hsm::ObjectExport", "The public key of %1 could not be encoded.")
                .arg(what));
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

Result<QByteArray> fromParams(const char* algorithm, OSSL_PARAM_BLD* bld, const QString& what) {
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld));
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return Error::other(
            QStringLiteral("EVP_PKEY_fromdata"),
            QCoreApplication::translate("hsm::ObjectExport",
                                        "The public key attributes of %1 do not form a valid %2 key.")
                .arg(what, QString::fromLatin1(algorithm)));
    PkeyPtr key(raw);
    return spkiOf(key.get(), what);
}

Result<QByteArray> rsaSpki(const QByteArray& modulus, const QByteArray& exponent, const QString& what) {
    std::unique_ptr<BIGNUM, BnFree> n(BN_bin2bn(bytes(modulus), static_cast<int>(modulus.size()), nullptr));
    std::unique_ptr<BIGNUM, BnFree> e(BN_bin2bn(bytes(exponent), static_cast<int>(exponent.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return Error::other(QStringLiteral("OSSL_PARAM_BLD"),
                            QCoreApplication::translate("hsm::ObjectExport", "Out of memory."));
    return fromParams("RSA", bld.get(), what);
}

/// CKA_EC_POINT is a DER OCTET STRING around the point; some modules store the bare point.
QByteArray unwrapPoint(const QByteArray& point) {
    const unsigned char* in = bytes(point);
    ASN1_OCTET_STRING* octets = d2i_ASN1_OCTET_STRING(nullptr, &in, point.size());
    if (octets == nullptr)
        return point;
    QByteArray inner;
    if (in == bytes(point) + point.size())
        inner = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(octets)),
                           ASN1_STRING_length(octets));
    ASN1_OCTET_STRING_free(octets);
    return inner.isEmpty() ? point : inner;
}

/// NID of the named curve in CKA_EC_PARAMS (an OID, or PrintableString "edwards25519" for EdDSA).
int curveNid(const QByteArray& params) {
    const unsigned char* in = bytes(params);
    if (ASN1_OBJECT* oid = d2i_ASN1_OBJECT(nullptr, &in, params.size())) {
        const int nid = OBJ_obj2nid(oid);
        ASN1_OBJECT_free(oid);
        return nid;
    }
    in = bytes(params);
    if (ASN1_STRING* text = d2i_ASN1_PRINTABLESTRING(nullptr, &in, params.size())) {
        const QByteArray name(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                              ASN1_STRING_length(text));
        ASN1_STRING_free(text);
        if (name == "edwards25519")
            return NID_ED25519;
        if (name == "edwards448")
            return NID_ED448;
        if (name == "curve25519")
            return NID_X25519;
        if (name == "curve448")
            return NID_X448;
    }
    return NID_undef;
}

Result<QByteArray> ecSpki(const QByteArray& params, const QByteArray& encodedPoint, const QString& what) {
    const int nid = curveNid(params);
    const QByteArray point = unwrapPoint(encodedPoint);
    if (nid == NID_ED25519 || nid == NID_ED448 || nid == NID_X25519 || nid == NID_X448) {
        PkeyPtr key(
            EVP_PKEY_new_raw_public_key(nid, nullptr, bytes(point), static_cast<size_t>(point.size())));
        if (!key)
            return Error::other(QStringLiteral("EVP_PKEY_new_raw_public_key"),
                                QCoreApplication::translate(
                                    "hsm::ObjectExport", "CKA_EC_POINT of %1 is not a valid %2 public key.")
                                    .arg(what, QString::fromLatin1(OBJ_nid2sn(nid))));
        return spkiOf(key.get(), what);
    }
    if (nid == NID_undef)
        return Error::other(QStringLiteral("CKA_EC_PARAMS"),
                            QCoreApplication::translate("hsm::ObjectExport",
                                                        "The curve of %1 is not a named curve OpenSSL knows.")
                                .arg(what),
                            QCoreApplication::translate("hsm::ObjectExport",
                                                        "Only keys on named curves can be exported here."));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          static_cast<size_t>(point.size())))
        return Error::other(QStringLiteral("OSSL_PARAM_BLD"),
                            QCoreApplication::translate("hsm::ObjectExport", "Out of memory."));
    return fromParams("EC", bld.get(), what);
}

Result<QByteArray> certificateSpki(const QByteArray& der, const QString& what) {
    const unsigned char* in = bytes(der);
    std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &in, der.size()));
    EVP_PKEY* key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    if (key == nullptr)
        return Error::other(
            QStringLiteral("d2i_X509"),
            QCoreApplication::translate("hsm::ObjectExport", "%1 does not hold a readable X.509 certificate.")
                .arg(what));
    return spkiOf(key, what);
}

/// The attribute or an empty array when the object lacks it.
Result<QByteArray> optionalAttribute(Session& session, CK_OBJECT_HANDLE handle, CK_ATTRIBUTE_TYPE type) {
    Result<std::optional<QByteArray>> value = objects::readAttribute(session, handle, type);
    if (!value)
        return value.error();
    return value->value_or(QByteArray());
}

/// SPKI from the key's own attributes; an empty array when they are not there.
Result<QByteArray> ownSpki(Session& session, CK_OBJECT_HANDLE handle, CK_KEY_TYPE keyType,
                           const QString& what, QString* source, QStringList* missing) {
    auto get = [&](CK_ATTRIBUTE_TYPE type) {
        return optionalAttribute(session, handle, type);
    };
    // RSA and EC keys: the SPKI is built from two attributes (RSA: modulus and exponent; EC: curve and
    // point).
    struct Parts {
        CK_ATTRIBUTE_TYPE first, second;
        Result<QByteArray> (*build)(const QByteArray&, const QByteArray&, const QString&);
    };
    std::optional<Parts> parts;
    if (keyType == CKK_RSA)
        parts = Parts{CKA_MODULUS, CKA_PUBLIC_EXPONENT, &rsaSpki};
    else if (keyType == CKK_EC || keyType == CKK_EC_EDWARDS || keyType == CKK_EC_MONTGOMERY_VALUE)
        parts = Parts{CKA_EC_PARAMS, CKA_EC_POINT, &ecSpki};
    if (parts) {
        Result<QByteArray> first = get(parts->first), second = get(parts->second);
        if (!first)
            return first.error();
        if (!second)
            return second.error();
        if (!first->isEmpty() && !second->isEmpty()) {
            *source = names::attribute(parts->first) + QStringLiteral(", ") + names::attribute(parts->second);
            return parts->build(*first, *second, what);
        }
        if (first->isEmpty())
            *missing << names::attribute(parts->first);
        if (second->isEmpty())
            *missing << names::attribute(parts->second);
    }
    // Other key types (DSA, DH, ...) and modules that store it: the module's own SPKI.
    Result<QByteArray> info = get(CKA_PUBLIC_KEY_INFO);
    if (!info)
        return info.error();
    if (!info->isEmpty()) {
        const unsigned char* in = bytes(*info);
        PkeyPtr key(d2i_PUBKEY(nullptr, &in, info->size()));
        if (key) {
            *source = QStringLiteral("CKA_PUBLIC_KEY_INFO");
            return *info;
        }
    }
    if (missing->isEmpty())
        *missing << QStringLiteral("CKA_PUBLIC_KEY_INFO");
    return QByteArray();
}

int expectedPkeyId(CK_KEY_TYPE type) {
    switch (type) {
    case CKK_RSA:
        return EVP_PKEY_RSA;
    case CKK_EC:
        return EVP_PKEY_EC;
    default:
        return EVP_PKEY_NONE; // EdDSA and others: checked by the curve, not the type
    }
}

QString fileNameFor(const QString& label) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = label;
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")
               ? QStringLiteral("object")
               : name;
}

} // namespace

Kind kindOf(const ObjectSummary& object) {
    switch (object.objectClass) {
    case CKO_CERTIFICATE:
        return Kind::Certificate;
    case CKO_PUBLIC_KEY:
    case CKO_PRIVATE_KEY:
        return Kind::PublicKey;
    case CKO_DATA:
        return Kind::DataValue;
    default:
        return Kind::None;
    }
}

Result<QByteArray> publicKeyInfo(Session& session, const TokenInfo& token, const ObjectSummary& key,
                                 QString* source) {
    Q_UNUSED(token);
    const QString what = objects::describe(key);
    QString found;
    QStringList missing;
    CK_KEY_TYPE keyType = key.keyType.value_or(CKK_VENDOR_DEFINED);
    if (!key.keyType) {
        Result<QByteArray> raw = optionalAttribute(session, key.handle, CKA_KEY_TYPE);
        if (!raw)
            return raw.error();
        if (raw->size() == sizeof(CK_KEY_TYPE))
            std::memcpy(&keyType, raw->constData(), sizeof keyType);
    }
    Result<QByteArray> own = ownSpki(session, key.handle, keyType, what, &found, &missing);
    if (!own)
        return own.error();
    if (!own->isEmpty()) {
        if (source)
            *source = found;
        return own;
    }
    if (key.objectClass != CKO_PRIVATE_KEY)
        return Error::other(QStringLiteral("C_GetAttributeValue"),
                            QCoreApplication::translate("hsm::ObjectExport",
                                                        "%1 has no %2, so its public key cannot be built.")
                                .arg(what, missing.join(QStringLiteral(", "))));
    if (key.id.isEmpty())
        return Error::other(
            QStringLiteral("C_GetAttributeValue"),
            QCoreApplication::translate(
                "hsm::ObjectExport", "%1 has no %2, and no CKA_ID to find its public key or certificate by.")
                .arg(what, missing.join(QStringLiteral(", "))),
            QCoreApplication::translate("hsm::ObjectExport",
                                        "Export the public key from where the key was generated."));

    // The partners a key pair usually has: the public key object, then a certificate.
    Result<QList<CK_OBJECT_HANDLE>> publics = objects::findById(session, CKO_PUBLIC_KEY, key.id);
    if (!publics)
        return publics.error();
    for (CK_OBJECT_HANDLE handle : *publics) {
        QStringList ignored;
        QString partnerSource;
        Result<QByteArray> spki = ownSpki(session, handle, keyType, what, &partnerSource, &ignored);
        if (!spki)
            return spki.error();
        if (!spki->isEmpty()) {
            if (source)
                *source =
                    QCoreApplication::translate("hsm::ObjectExport", "the public key object with ID %1 (%2)")
                        .arg(objects::idText(key.id), partnerSource);
            return spki;
        }
    }
    Result<QList<CK_OBJECT_HANDLE>> certs = objects::findById(session, CKO_CERTIFICATE, key.id);
    if (!certs)
        return certs.error();
    for (CK_OBJECT_HANDLE handle : *certs) {
        Result<QByteArray> der = optionalAttribute(session, handle, CKA_VALUE);
        if (!der)
            return der.error();
        if (der->isEmpty())
            continue;
        Result<QByteArray> spki = certificateSpki(*der, what);
        if (!spki)
            continue;
        // A certificate of another key type with the same ID is someone else's: skip it.
        const unsigned char* in = bytes(*spki);
        PkeyPtr pkey(d2i_PUBKEY(nullptr, &in, spki->size()));
        const int expected = expectedPkeyId(keyType);
        if (!pkey || (expected != EVP_PKEY_NONE && EVP_PKEY_get_base_id(pkey.get()) != expected))
            continue;
        if (source)
            *source = QCoreApplication::translate("hsm::ObjectExport", "the certificate with ID %1")
                          .arg(objects::idText(key.id));
        return spki;
    }
    return Error::other(
        QStringLiteral("C_GetAttributeValue"),
        QCoreApplication::translate(
            "hsm::ObjectExport", "%1 has no %2, and the token holds no public key or certificate with ID %3.")
            .arg(what, missing.join(QStringLiteral(", ")), objects::idText(key.id)),
        QCoreApplication::translate(
            "hsm::ObjectExport",
            "Import its public key or certificate with the same CKA_ID, or export the public key "
            "from where the key was generated."));
}

Result<Payload> fetch(Session& session, const TokenInfo& token, const ObjectSummary& object) {
    Payload payload;
    payload.kind = kindOf(object);
    payload.suggestedName = fileNameFor(object.label);
    const QString what = objects::describe(object);
    switch (payload.kind) {
    case Kind::Certificate:
    case Kind::DataValue: {
        Result<std::optional<QByteArray>> value = objects::readAttribute(session, object.handle, CKA_VALUE);
        if (!value)
            return value.error();
        if (!value->has_value())
            return Error::other(
                QStringLiteral("C_GetAttributeValue"),
                QCoreApplication::translate("hsm::ObjectExport", "%1 has no readable CKA_VALUE.").arg(what),
                object.isPrivate.value_or(false)
                    ? QCoreApplication::translate("hsm::ObjectExport", "Log in and try again.")
                    : QString());
        payload.der = **value;
        payload.source = QStringLiteral("CKA_VALUE");
        if (payload.kind == Kind::Certificate) {
            const unsigned char* in = bytes(payload.der);
            std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &in, payload.der.size()));
            if (!cert)
                return Error::other(
                    QStringLiteral("d2i_X509"),
                    QCoreApplication::translate("hsm::ObjectExport",
                                                "The CKA_VALUE of %1 is not a DER X.509 certificate.")
                        .arg(what));
        }
        return payload;
    }
    case Kind::PublicKey: {
        Result<QByteArray> spki = publicKeyInfo(session, token, object, &payload.source);
        if (!spki)
            return spki.error();
        payload.der = *spki;
        return payload;
    }
    case Kind::None:
        break;
    }
    return Error::other(
        QCoreApplication::translate("hsm::ObjectExport", "Export"),
        QCoreApplication::translate("hsm::ObjectExport",
                                    "%1 has nothing to export: secret key material never leaves the token.")
            .arg(what));
}

QByteArray toPem(const QByteArray& der, const char* type) {
    QByteArray out = QByteArrayLiteral("-----BEGIN ") + type + QByteArrayLiteral("-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    out += QByteArrayLiteral("-----END ") + type + QByteArrayLiteral("-----\n");
    return out;
}

Result<QByteArray> encode(const Payload& payload, Format format) {
    switch (payload.kind) {
    case Kind::Certificate:
    case Kind::PublicKey:
        if (format == Format::Der)
            return payload.der;
        if (format == Format::Pem)
            return toPem(payload.der, payload.kind == Kind::Certificate ? "CERTIFICATE" : "PUBLIC KEY");
        break;
    case Kind::DataValue:
        if (format == Format::Raw)
            return payload.der;
        break;
    case Kind::None:
        break;
    }
    return Error::other(
        QCoreApplication::translate("hsm::ObjectExport", "Export"),
        QCoreApplication::translate("hsm::ObjectExport", "This object cannot be exported in that format."),
        QCoreApplication::translate(
            "hsm::ObjectExport",
            "Certificates and public keys export as PEM or DER, data objects as raw bytes."));
}

} // namespace hsm::exporting
