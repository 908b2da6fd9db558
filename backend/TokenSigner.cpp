#include "TokenSigner.h"

#include "ObjectAdmin.h"
#include "ObjectExport.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <libp11.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <optional>

namespace hsm::signing {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::signing)
};

struct HashRow {
    const char* name;  ///< our spelling
    const char* title; ///< shown
    int bytes;
};
constexpr HashRow kHashes[] = {
    {"sha256", "SHA-256", 32}, {"sha384", "SHA-384", 48}, {"sha512", "SHA-512", 64}};

const HashRow* findHash(const QString& name) {
    for (const HashRow& row : kHashes) {
        if (name == QLatin1String(row.name))
            return &row;
    }
    return nullptr;
}

/// "SHA-256", "sha256", "SHA256" -> "sha256"; anything else unchanged (lower case).
QString normaliseHash(const QString& text) {
    QString hash = text.trimmed().toLower();
    hash.remove(QLatin1Char('-'));
    hash.remove(QLatin1Char('_'));
    return hash;
}

const MechanismInfo* findMechanism(const QList<MechanismInfo>& mechanisms, CK_MECHANISM_TYPE type) {
    for (const MechanismInfo& info : mechanisms) {
        if (info.type == type)
            return &info;
    }
    return nullptr;
}

/// The hash matching the key's strength: P-384 -> SHA-384, P-521 -> SHA-512, else SHA-256.
QString preferredHash(const KeyFacts& key) {
    if (key.keyType == CKK_EC && key.bits > 384)
        return QStringLiteral("sha512");
    if (key.keyType == CKK_EC && key.bits > 256)
        return QStringLiteral("sha384");
    return QStringLiteral("sha256");
}

bool schemeFitsKey(Scheme scheme, CK_KEY_TYPE keyType) {
    switch (scheme) {
    case Scheme::RsaPkcs1:
    case Scheme::RsaPss:
        return keyType == CKK_RSA;
    case Scheme::Ecdsa:
        return keyType == CKK_EC;
    case Scheme::EdDsa:
        return keyType == CKK_EC_EDWARDS;
    }
    return false;
}

/// The oldest OpenSSL error as words; a libp11 error carrying a CK_RV becomes that CK_RV.
struct OpenSslFailure {
    QString reason;
    CK_RV rv = CKR_OK;
};
OpenSslFailure takeFailure() {
    OpenSslFailure failure;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        if (failure.reason.isEmpty()) {
            char buffer[256] = {};
            ERR_error_string_n(code, buffer, sizeof buffer);
            failure.reason = QString::fromUtf8(buffer);
        }
        if (failure.rv == CKR_OK && ERR_GET_LIB(code) == ERR_get_CKR_code())
            failure.rv = ERR_GET_REASON(code);
    }
    return failure;
}

Error signingError(const char* function, const OpenSslFailure& failure) {
    if (failure.rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_Sign"), failure.rv,
                             Text::tr("during %1").arg(QLatin1String(function)));
    return Error::other(QLatin1String(function),
                        failure.reason.isEmpty() ? Text::tr("OpenSSL gave no reason.") : failure.reason,
                        Text::tr("Check that you are logged in and that the key may sign (CKA_SIGN)."));
}

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

/// A digest-sign context for `algorithm` with `key`, PSS parameters set where needed.
Result<std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>> signContext(EVP_PKEY* key, const Algorithm& algorithm) {
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    const EVP_MD* md = EVP_get_digestbyname(algorithm.hash.toLatin1().constData());
    if (!ctx || md == nullptr || EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, key) != 1)
        return signingError("EVP_DigestSignInit", takeFailure());
    if (algorithm.scheme == Scheme::RsaPss) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)
            return signingError("EVP_PKEY_CTX_set_rsa_padding", takeFailure());
    }
    return ctx;
}

/// Replaces a DER signature value (ASN1 BIT STRING with no unused bits).
void setSignatureBits(ASN1_BIT_STRING* bits, const QByteArray& signature) {
    ASN1_BIT_STRING_set(bits, reinterpret_cast<unsigned char*>(const_cast<char*>(signature.constData())),
                        int(signature.size()));
    bits->flags &= ~(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
}

} // namespace

QString algorithmName(const Algorithm& algorithm) {
    const HashRow* hash = findHash(algorithm.hash);
    const QString hashTitle = hash ? QLatin1String(hash->title) : algorithm.hash;
    switch (algorithm.scheme) {
    case Scheme::RsaPkcs1:
        return Text::tr("RSA PKCS#1 v1.5 with %1").arg(hashTitle);
    case Scheme::RsaPss:
        return Text::tr("RSA-PSS with %1").arg(hashTitle);
    case Scheme::Ecdsa:
        return Text::tr("ECDSA with %1").arg(hashTitle);
    case Scheme::EdDsa:
        return QStringLiteral("Ed25519");
    }
    return {};
}

CK_MECHANISM_TYPE requiredMechanism(Scheme scheme) {
    switch (scheme) {
    case Scheme::RsaPkcs1:
        return CKM_RSA_PKCS; // libp11 hashes on the host and pads with PKCS#1 v1.5
    case Scheme::RsaPss:
        return CKM_RSA_X_509; // OpenSSL encodes PSS on the host; libp11 does the raw RSA operation
    case Scheme::Ecdsa:
        return CKM_ECDSA;
    case Scheme::EdDsa:
        return CKM_EDDSA;
    }
    return CKM_VENDOR_DEFINED;
}

QString whyUnsupported(const KeyFacts& key, const QList<MechanismInfo>& mechanisms,
                       const Algorithm& algorithm) {
    if (!key.canSign)
        return Text::tr("The key's CKA_SIGN is false: the token will not sign with it.");
    if (!schemeFitsKey(algorithm.scheme, key.keyType))
        return Text::tr("%1 needs a different key type than this %2 key.")
            .arg(algorithmName(algorithm), names::keyType(key.keyType));
    if (key.keyType == CKK_EC_EDWARDS && key.curve != QLatin1String("Ed25519"))
        return Text::tr("Only Ed25519 is supported for EdDSA signatures, not %1.").arg(key.curve);
    if (algorithm.scheme != Scheme::EdDsa) {
        const HashRow* hash = findHash(algorithm.hash);
        if (hash == nullptr)
            return Text::tr("The hash \"%1\" is not offered; use sha256, sha384 or sha512.")
                .arg(algorithm.hash);
        // EMSA-PSS needs emLen >= hLen + sLen + 2 with the salt as long as the hash.
        if (algorithm.scheme == Scheme::RsaPss && key.bits / 8 < 2 * hash->bytes + 2)
            return Text::tr("A %1-bit RSA key is too small for RSA-PSS with %2.")
                .arg(key.bits)
                .arg(hash->title);
    } else if (!algorithm.hash.isEmpty()) {
        return Text::tr("Ed25519 hashes internally; no separate hash can be chosen.");
    }
    const CK_MECHANISM_TYPE needed = requiredMechanism(algorithm.scheme);
    const MechanismInfo* mechanism = findMechanism(mechanisms, needed);
    if (mechanism == nullptr)
        return Text::tr("The token does not offer %1, which %2 needs.")
            .arg(names::mechanism(needed), algorithmName(algorithm));
    if ((mechanism->flags & CKF_SIGN) == 0)
        return Text::tr("The token's %1 cannot sign (CKF_SIGN not set).").arg(names::mechanism(needed));
    if (key.keyType == CKK_RSA && mechanism->maxKeySize != 0 &&
        (CK_ULONG(key.bits) < mechanism->minKeySize || CK_ULONG(key.bits) > mechanism->maxKeySize))
        return Text::tr("The token's %1 takes RSA keys of %2 to %3 bits, not %4.")
            .arg(names::mechanism(needed))
            .arg(mechanism->minKeySize)
            .arg(mechanism->maxKeySize)
            .arg(key.bits);
    return {};
}

QList<Algorithm> supportedAlgorithms(const KeyFacts& key, const QList<MechanismInfo>& mechanisms) {
    QList<Algorithm> candidates;
    const QString preferred = preferredHash(key);
    QStringList hashes{preferred};
    for (const HashRow& row : kHashes) {
        if (QLatin1String(row.name) != preferred)
            hashes << QLatin1String(row.name);
    }
    switch (key.keyType) {
    case CKK_RSA:
        for (const QString& hash : hashes)
            candidates << Algorithm{Scheme::RsaPkcs1, hash};
        for (const QString& hash : hashes)
            candidates << Algorithm{Scheme::RsaPss, hash};
        break;
    case CKK_EC:
        for (const QString& hash : hashes)
            candidates << Algorithm{Scheme::Ecdsa, hash};
        break;
    case CKK_EC_EDWARDS:
        candidates << Algorithm{Scheme::EdDsa, {}};
        break;
    default:
        break;
    }
    QList<Algorithm> usable;
    for (const Algorithm& algorithm : candidates) {
        if (whyUnsupported(key, mechanisms, algorithm).isEmpty())
            usable << algorithm;
    }
    return usable;
}

Result<Algorithm> algorithmFor(const KeyFacts& key, const QString& hash, bool pss) {
    if (key.keyType == CKK_EC_EDWARDS) {
        if (!hash.isEmpty())
            return Error::other(QStringLiteral("--hash"),
                                Text::tr("Ed25519 hashes internally; no separate hash can be chosen."),
                                Text::tr("Leave the hash out for Ed25519 keys."));
        return Algorithm{Scheme::EdDsa, {}};
    }
    if (pss && key.keyType != CKK_RSA)
        return Error::other(QStringLiteral("--pss"), Text::tr("RSA-PSS needs an RSA key."),
                            Text::tr("Leave --pss out."));
    const QString chosen = hash.isEmpty() ? preferredHash(key) : normaliseHash(hash);
    if (findHash(chosen) == nullptr)
        return Error::other(QStringLiteral("--hash"), Text::tr("The hash \"%1\" is not offered.").arg(hash),
                            Text::tr("Use sha256, sha384 or sha512."));
    if (key.keyType == CKK_RSA)
        return Algorithm{pss ? Scheme::RsaPss : Scheme::RsaPkcs1, chosen};
    if (key.keyType == CKK_EC)
        return Algorithm{Scheme::Ecdsa, chosen};
    return Error::other(
        QStringLiteral("C_Sign"),
        Text::tr("Keys of type %1 cannot sign certificates here.").arg(names::keyType(key.keyType)),
        Text::tr("Use an RSA, EC or Ed25519 key."));
}

Result<TokenKey> TokenKey::open(Session& session, const TokenInfo& token, const ObjectSummary& privateKey) {
    if (privateKey.objectClass != CKO_PRIVATE_KEY)
        return Error::other(QStringLiteral("C_SignInit"),
                            Text::tr("\"%1\" is not a private key.").arg(privateKey.label),
                            Text::tr("Choose the private key of the pair."));
    auto values = objects::readAttributes(session, privateKey.handle, {CKA_KEY_TYPE, CKA_SIGN});
    if (!values)
        return values.error();
    KeyFacts facts;
    const auto& keyType = values->at(0);
    if (!keyType || keyType->size() != sizeof(CK_KEY_TYPE))
        return Error::other(QStringLiteral("C_GetAttributeValue"),
                            Text::tr("The key has no readable CKA_KEY_TYPE."));
    std::memcpy(&facts.keyType, keyType->constData(), sizeof(CK_KEY_TYPE));
    const auto& sign = values->at(1);
    facts.canSign = !sign || sign->isEmpty() || sign->at(0) != 0;

    auto spki = exporting::publicKeyInfo(session, token, privateKey);
    if (!spki)
        return spki.error();
    facts.publicKey = *spki;
    const auto* bytes = reinterpret_cast<const unsigned char*>(facts.publicKey.constData());
    EvpPkeyPtr pub(d2i_PUBKEY(nullptr, &bytes, long(facts.publicKey.size())));
    if (!pub)
        return Error::other(QStringLiteral("d2i_PUBKEY"),
                            Text::tr("The key's public key does not decode: %1").arg(takeFailure().reason));
    facts.bits = EVP_PKEY_get_bits(pub.get());
    if (EVP_PKEY_get_id(pub.get()) == EVP_PKEY_ED25519) {
        facts.curve = QStringLiteral("Ed25519");
    } else if (EVP_PKEY_get_id(pub.get()) == EVP_PKEY_ED448) {
        facts.curve = QStringLiteral("Ed448");
    } else if (facts.keyType == CKK_EC) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(pub.get(), "group", group, sizeof group, &length) == 1) {
            const QString name = QString::fromLatin1(group);
            facts.curve = name == QLatin1String("prime256v1")  ? QStringLiteral("P-256")
                          : name == QLatin1String("secp384r1") ? QStringLiteral("P-384")
                          : name == QLatin1String("secp521r1") ? QStringLiteral("P-521")
                                                               : name;
        }
    }
    TokenKey key(session, privateKey, std::move(facts));
    auto mechanisms = session.module().mechanisms(session.slot());
    if (!mechanisms)
        return mechanisms.error();
    key.m_mechanisms = *mechanisms;
    return key;
}

Result<EvpPkeyPtr> TokenKey::publicKey() const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_facts.publicKey.constData());
    EvpPkeyPtr pub(d2i_PUBKEY(nullptr, &bytes, long(m_facts.publicKey.size())));
    if (!pub)
        return Error::other(QStringLiteral("d2i_PUBKEY"), takeFailure().reason);
    return pub;
}

Result<void> TokenKey::checkUsable(const Algorithm& algorithm) const {
    const QString why = whyUnsupported(m_facts, m_mechanisms, algorithm);
    if (why.isEmpty())
        return {};
    return Error::other(
        QStringLiteral("C_SignInit"), why,
        Text::tr("Choose another signature algorithm or key; the token's mechanism list is on the "
                 "Mechanisms tab."));
}

Result<QByteArray> TokenKey::signRaw(const QByteArray& data, CK_MECHANISM_TYPE mechanism) {
    Module& module = m_session->module();
    CK_MECHANISM mech{mechanism, nullptr, 0};
    CK_RV rv = P11_CALL(module, C_SignInit, m_session->target(), m_session->handle(), &mech, m_object.handle);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_SignInit"), rv, names::mechanism(mechanism));
    auto* input = reinterpret_cast<CK_BYTE*>(const_cast<char*>(data.constData()));
    CK_ULONG length = 0;
    rv = P11_CALL(module, C_Sign, m_session->target(), m_session->handle(), input, CK_ULONG(data.size()),
                  nullptr, &length);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_Sign"), rv, names::mechanism(mechanism));
    QByteArray signature(qsizetype(length), '\0');
    rv = P11_CALL(module, C_Sign, m_session->target(), m_session->handle(), input, CK_ULONG(data.size()),
                  reinterpret_cast<CK_BYTE*>(signature.data()), &length);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_Sign"), rv, names::mechanism(mechanism));
    signature.resize(qsizetype(length));
    return signature;
}

Result<EvpPkeyPtr> TokenKey::libp11Key() const {
    auto bridge = m_session->module().libp11();
    if (!bridge)
        return bridge.error();
    return (*bridge)->privateKey(m_session->slot(), m_object.id, m_object.labelBytes);
}

namespace {

/// How a signature is made through our own session: the AlgorithmIdentifier to write and the
/// token mechanism. RSA-PSS has none: its parameters only come out of OpenSSL's own signing.
struct RawPlan {
    int signatureNid = NID_undef;
    int parameterType = V_ASN1_UNDEF; ///< V_ASN1_NULL for RSA (RFC 4055), absent otherwise
    CK_MECHANISM_TYPE mechanism = CKM_VENDOR_DEFINED;
};

std::optional<RawPlan> rawPlan(const Algorithm& algorithm) {
    const auto byHash = [&](int sha256, int sha384, int sha512) {
        return algorithm.hash == QLatin1String("sha384")   ? sha384
               : algorithm.hash == QLatin1String("sha512") ? sha512
                                                           : sha256;
    };
    switch (algorithm.scheme) {
    case Scheme::EdDsa:
        return RawPlan{NID_ED25519, V_ASN1_UNDEF, CKM_EDDSA};
    case Scheme::RsaPkcs1:
        return RawPlan{
            byHash(NID_sha256WithRSAEncryption, NID_sha384WithRSAEncryption, NID_sha512WithRSAEncryption),
            V_ASN1_NULL, CKM_RSA_PKCS};
    case Scheme::Ecdsa:
        return RawPlan{byHash(NID_ecdsa_with_SHA256, NID_ecdsa_with_SHA384, NID_ecdsa_with_SHA512),
                       V_ASN1_UNDEF, CKM_ECDSA};
    case Scheme::RsaPss:
        break;
    }
    return std::nullopt;
}

void setAlgorithm(X509_ALGOR* target, const RawPlan& plan) {
    X509_ALGOR_set0(target, OBJ_nid2obj(plan.signatureNid), plan.parameterType, nullptr);
}

/// libp11 0.4.12 cannot list the keys of a token holding a key type it does not know (Ed25519):
/// then RSA and ECDSA are signed through our own session instead, with the same result.
bool libp11CannotList(const Error& error) {
    return error.call == QLatin1String("PKCS11_enumerate_keys") ||
           error.call == QLatin1String("PKCS11_get_private_key");
}

} // namespace

Result<QByteArray> TokenKey::signTbs(const QByteArray& tbs, const Algorithm& algorithm) {
    const std::optional<RawPlan> plan = rawPlan(algorithm);
    if (!plan)
        return Error::other(QStringLiteral("C_Sign"),
                            Text::tr("%1 is only signed through libp11.").arg(algorithmName(algorithm)));
    if (algorithm.scheme == Scheme::EdDsa)
        return signRaw(tbs, plan->mechanism); // EdDSA signs the message itself
    const EVP_MD* md = EVP_get_digestbyname(algorithm.hash.toLatin1().constData());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (md == nullptr ||
        EVP_Digest(tbs.constData(), size_t(tbs.size()), digest, &digestLength, md, nullptr) != 1)
        return signingError("EVP_Digest", takeFailure());
    const QByteArray hash(reinterpret_cast<const char*>(digest), int(digestLength));
    if (algorithm.scheme == Scheme::RsaPkcs1) {
        // CKM_RSA_PKCS pads what it gets: hand it the DER DigestInfo (RFC 8017, 9.2).
        X509_SIG* info = X509_SIG_new();
        X509_ALGOR* digestAlgorithm = nullptr;
        ASN1_OCTET_STRING* digestValue = nullptr;
        X509_SIG_getm(info, &digestAlgorithm, &digestValue);
        X509_ALGOR_set0(digestAlgorithm, OBJ_nid2obj(EVP_MD_get_type(md)), V_ASN1_NULL, nullptr);
        ASN1_OCTET_STRING_set(digestValue, digest, int(digestLength));
        unsigned char* der = nullptr;
        const int length = i2d_X509_SIG(info, &der);
        X509_SIG_free(info);
        if (length <= 0)
            return signingError("i2d_X509_SIG", takeFailure());
        const QByteArray digestInfo(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
        return signRaw(digestInfo, plan->mechanism);
    }
    // CKM_ECDSA answers r || s, each as long as the curve order; X.509 wants ECDSA-Sig-Value DER.
    auto raw = signRaw(hash, plan->mechanism);
    if (!raw)
        return raw.error();
    if (raw->isEmpty() || raw->size() % 2 != 0)
        return Error::other(
            QStringLiteral("C_Sign"),
            Text::tr("The token's ECDSA signature has an odd length (%1 bytes).").arg(raw->size()));
    const int half = int(raw->size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw->constData());
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, half, nullptr), BN_bin2bn(bytes + half, half, nullptr));
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (length <= 0)
        return signingError("i2d_ECDSA_SIG", takeFailure());
    const QByteArray value(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return value;
}

Result<bool> TokenKey::signWithLibp11(const Algorithm& algorithm,
                                      const std::function<int(EVP_MD_CTX*)>& signWith, const char* call) {
    if (algorithm.scheme == Scheme::EdDsa)
        return false; // libp11 0.4.12 has no EdDSA: always our own session
    auto key = libp11Key();
    if (!key) {
        if (libp11CannotList(key.error()) && rawPlan(algorithm))
            return false;
        return key.error();
    }
    auto ctx = signContext(key->get(), algorithm);
    if (!ctx)
        return ctx.error();
    if (signWith(ctx->get()) <= 0)
        return signingError(call, takeFailure());
    return true;
}

Result<void> TokenKey::sign(X509_REQ* request, const Algorithm& algorithm) {
    if (auto usable = checkUsable(algorithm); !usable)
        return usable;
    auto pub = publicKey();
    if (!pub)
        return pub.error();
    auto signedByLibp11 = signWithLibp11(
        algorithm, [request](EVP_MD_CTX* ctx) { return X509_REQ_sign_ctx(request, ctx); },
        "X509_REQ_sign_ctx");
    if (!signedByLibp11)
        return signedByLibp11.error();
    if (!*signedByLibp11) {
        const RawPlan plan = *rawPlan(algorithm);
        X509_ALGOR* alg = X509_ALGOR_new();
        setAlgorithm(alg, plan);
        const int set = X509_REQ_set1_signature_algo(request, alg);
        X509_ALGOR_free(alg);
        unsigned char* tbs = nullptr;
        const int tbsLength = set == 1 ? i2d_re_X509_REQ_tbs(request, &tbs) : -1;
        if (tbsLength <= 0)
            return signingError("i2d_re_X509_REQ_tbs", takeFailure());
        const QByteArray data(reinterpret_cast<const char*>(tbs), tbsLength);
        OPENSSL_free(tbs);
        auto signature = signTbs(data, algorithm);
        if (!signature)
            return signature.error();
        ASN1_BIT_STRING* bits = ASN1_BIT_STRING_new();
        setSignatureBits(bits, *signature);
        X509_REQ_set0_signature(request, bits);
    }
    if (X509_REQ_verify(request, pub->get()) != 1)
        return Error::other(
            QStringLiteral("X509_REQ_verify"),
            Text::tr("The token's signature does not verify with the key's public key: %1")
                .arg(takeFailure().reason),
            Text::tr("The private key and the public key with the same ID may not belong together."));
    return {};
}

Result<void> TokenKey::sign(X509* certificate, const Algorithm& algorithm) {
    if (auto usable = checkUsable(algorithm); !usable)
        return usable;
    auto signedByLibp11 = signWithLibp11(
        algorithm, [certificate](EVP_MD_CTX* ctx) { return X509_sign_ctx(certificate, ctx); },
        "X509_sign_ctx");
    if (!signedByLibp11)
        return signedByLibp11.error();
    if (!*signedByLibp11) {
        // OpenSSL offers no setter for the two AlgorithmIdentifiers of a certificate outside
        // X509_sign; the certificate is ours alone, so writing through the const views is safe.
        const RawPlan plan = *rawPlan(algorithm);
        const X509_ALGOR* outer = nullptr;
        const ASN1_BIT_STRING* bits = nullptr;
        X509_get0_signature(&bits, &outer, certificate);
        setAlgorithm(const_cast<X509_ALGOR*>(X509_get0_tbs_sigalg(certificate)), plan);
        setAlgorithm(const_cast<X509_ALGOR*>(outer), plan);
        unsigned char* tbs = nullptr;
        const int tbsLength = i2d_re_X509_tbs(certificate, &tbs);
        if (tbsLength <= 0)
            return signingError("i2d_re_X509_tbs", takeFailure());
        const QByteArray data(reinterpret_cast<const char*>(tbs), tbsLength);
        OPENSSL_free(tbs);
        auto signature = signTbs(data, algorithm);
        if (!signature)
            return signature.error();
        setSignatureBits(const_cast<ASN1_BIT_STRING*>(bits), *signature);
    }
    auto pub = publicKey();
    if (!pub)
        return pub.error();
    if (X509_verify(certificate, pub->get()) != 1)
        return Error::other(
            QStringLiteral("X509_verify"),
            Text::tr("The token's signature does not verify with the key's public key: %1")
                .arg(takeFailure().reason),
            Text::tr("The private key and the public key with the same ID may not belong together."));
    return {};
}

} // namespace hsm::signing
