#include "KeygenKeyId.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using OctetPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>>;

Result<QByteArray> sha1(const QByteArray& data) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), md, &length, EVP_sha1(), nullptr) != 1)
        return Error::other(QStringLiteral("EVP_Digest"), tr("SHA-1 of the public key failed."));
    return QByteArray(reinterpret_cast<const char*>(md), int(length));
}

Error opensslError(const char* call) {
    return Error::other(QString::fromLatin1(call),
                        tr("The public key read from the token could not be encoded."),
                        tr("Set an ID explicitly."));
}

/// C_GetAttributeValue for one byte-array attribute, with the length query first.
Result<QByteArray> readBytes(Session& session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) {
    CK_ATTRIBUTE attribute{type, nullptr, 0};
    CK_RV rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), object,
                        &attribute, 1UL);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    if (attribute.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), CKR_ATTRIBUTE_TYPE_INVALID);
    QByteArray value(qsizetype(attribute.ulValueLen), Qt::Uninitialized);
    attribute.pValue = value.data();
    rv = P11_CALL(session.module(), C_GetAttributeValue, session.target(), session.handle(), object,
                  &attribute, 1UL);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetAttributeValue"), rv);
    value.resize(qsizetype(attribute.ulValueLen));
    return value;
}

} // namespace

Result<QByteArray> rsaKeyId(const QByteArray& modulus, const QByteArray& publicExponent) {
    BnPtr n(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(modulus.constData()), int(modulus.size()), nullptr));
    BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(publicExponent.constData()),
                      int(publicExponent.size()), nullptr));
    BldPtr bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return opensslError("OSSL_PARAM_BLD_push_BN");
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return opensslError("EVP_PKEY_fromdata");
    PkeyPtr key(raw);
    // For RSA, i2d_PublicKey writes the PKCS#1 RSAPublicKey: the subjectPublicKey of its SPKI.
    unsigned char* der = nullptr;
    const int length = i2d_PublicKey(key.get(), &der);
    if (length <= 0)
        return opensslError("i2d_PublicKey");
    const QByteArray encoded(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return sha1(encoded);
}

Result<QByteArray> ecPointKeyId(const QByteArray& ecPoint, int rawPointSize) {
    // PKCS#11 says CKA_EC_POINT is DER OCTET STRING; accept the raw point too (some modules, and
    // PKCS#11 3.0 for Edwards keys, allow it). A raw point can parse as DER by chance, so a value of
    // exactly the raw length is taken as raw; otherwise the unwrapping must consume every byte.
    const auto* p = reinterpret_cast<const unsigned char*>(ecPoint.constData());
    const bool looksRaw = rawPointSize > 0 && ecPoint.size() == rawPointSize;
    OctetPtr octets(looksRaw ? nullptr : d2i_ASN1_OCTET_STRING(nullptr, &p, long(ecPoint.size())));
    QByteArray point = ecPoint;
    if (octets && p == reinterpret_cast<const unsigned char*>(ecPoint.constData()) + ecPoint.size())
        point = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(octets.get())),
                           ASN1_STRING_length(octets.get()));
    if (point.isEmpty())
        return Error::other(QStringLiteral("keygen"), tr("The token returned an empty CKA_EC_POINT."),
                            tr("Set an ID explicitly."));
    return sha1(point);
}

Result<QByteArray> publicKeyId(Session& session, CK_OBJECT_HANDLE publicKey, const KeySpec& spec) {
    if (spec.kind == KeyKind::Rsa) {
        Result<QByteArray> modulus = readBytes(session, publicKey, CKA_MODULUS);
        if (!modulus)
            return modulus.error();
        Result<QByteArray> exponent = readBytes(session, publicKey, CKA_PUBLIC_EXPONENT);
        if (!exponent)
            return exponent.error();
        return rsaKeyId(modulus.value(), exponent.value());
    }
    Result<QByteArray> point = readBytes(session, publicKey, CKA_EC_POINT);
    if (!point)
        return point.error();
    const int rawSize = spec.kind == KeyKind::Ed25519 ? 32 : 1 + 2 * ((curveBits(spec.curve) + 7) / 8);
    return ecPointKeyId(point.value(), rawSize);
}

} // namespace hsm::keygen
