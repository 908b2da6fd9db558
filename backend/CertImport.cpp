#include "CertImport.h"

#include "CertificateInfo.h"
#include "Logging.h"
#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <vector>

namespace hsm::certimport {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::certimport)
};

/// Bytes of a private key component: wiped when they go out of scope.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size) : m_bytes(size) {}
    ~SecretBytes() {
        if (!m_bytes.empty())
            OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&&) = default;
    SecretBytes& operator=(SecretBytes&&) = default;
    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }

private:
    std::vector<unsigned char> m_bytes;
};

struct BnClearFree {
    void operator()(BIGNUM* p) const noexcept { BN_clear_free(p); }
};
struct X509Free {
    void operator()(X509* p) const noexcept { X509_free(p); }
};

/// The key's attributes: the private object's and the public object's extra templates. Values
/// point into `storage` (public) and `secrets` (private, wiped).
struct KeyTemplates {
    CK_KEY_TYPE keyType = 0;
    std::vector<CK_ATTRIBUTE> privateAttrs, publicAttrs;
    std::vector<QByteArray> storage;
    std::vector<SecretBytes> secrets;
    bool rsa = false;

    // std::vector may move its elements: reserve so the pointers handed out stay valid.
    KeyTemplates() {
        storage.reserve(8);
        secrets.reserve(8);
    }
    CK_ATTRIBUTE publicValue(CK_ATTRIBUTE_TYPE type, QByteArray value) {
        storage.push_back(std::move(value));
        return {type, storage.back().data(), static_cast<CK_ULONG>(storage.back().size())};
    }
    CK_ATTRIBUTE secretValue(CK_ATTRIBUTE_TYPE type, SecretBytes value) {
        secrets.push_back(std::move(value));
        return {type, secrets.back().data(), static_cast<CK_ULONG>(secrets.back().size())};
    }
};

Error keyError(const QString& call, const QString& message) {
    return Error::other(call, message,
                        Text::tr("Import the certificate alone and keep the key where it is."));
}

Result<QByteArray> publicBn(EVP_PKEY* key, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_bn_param"),
                        Text::tr("The key has no %1.").arg(QString::fromLatin1(name)));
    std::unique_ptr<BIGNUM, BnClearFree> bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

/// A private component, big-endian, padded to `width` bytes when `width` > 0.
Result<SecretBytes> secretBn(EVP_PKEY* key, const char* name, int width = 0) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_bn_param"),
                        Text::tr("The key has no %1.").arg(QString::fromLatin1(name)));
    std::unique_ptr<BIGNUM, BnClearFree> bn(raw);
    const int size = width > 0 ? width : BN_num_bytes(bn.get());
    SecretBytes out(static_cast<std::size_t>(size));
    if (BN_bn2binpad(bn.get(), out.data(), size) != size)
        return keyError(QStringLiteral("BN_bn2binpad"),
                        Text::tr("A private key component does not fit its curve."));
    return out;
}

QByteArray octetString(const unsigned char* data, std::size_t size) {
    QByteArray der;
    der.append(char(0x04));
    if (size < 0x80) {
        der.append(char(size));
    } else if (size < 0x100) {
        der.append(char(0x81)).append(char(size));
    } else {
        der.append(char(0x82)).append(char(size >> 8)).append(char(size & 0xff));
    }
    der.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    return der;
}

QByteArray oidDer(int nid) {
    unsigned char* out = nullptr;
    const int length = i2d_ASN1_OBJECT(OBJ_nid2obj(nid), &out);
    QByteArray der = length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return der;
}

Result<KeyTemplates> rsaTemplates(EVP_PKEY* key) {
    KeyTemplates t;
    t.keyType = CKK_RSA;
    t.rsa = true;
    Result<QByteArray> n = publicBn(key, OSSL_PKEY_PARAM_RSA_N), e = publicBn(key, OSSL_PKEY_PARAM_RSA_E);
    if (!n)
        return n.error();
    if (!e)
        return e.error();
    for (auto* list : {&t.privateAttrs, &t.publicAttrs}) {
        list->push_back(t.publicValue(CKA_MODULUS, *n));
        list->push_back(t.publicValue(CKA_PUBLIC_EXPONENT, *e));
    }
    const std::pair<CK_ATTRIBUTE_TYPE, const char*> parts[] = {
        {CKA_PRIVATE_EXPONENT, OSSL_PKEY_PARAM_RSA_D},   {CKA_PRIME_1, OSSL_PKEY_PARAM_RSA_FACTOR1},
        {CKA_PRIME_2, OSSL_PKEY_PARAM_RSA_FACTOR2},      {CKA_EXPONENT_1, OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {CKA_EXPONENT_2, OSSL_PKEY_PARAM_RSA_EXPONENT2}, {CKA_COEFFICIENT, OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
    };
    for (const auto& [type, name] : parts) {
        Result<SecretBytes> value = secretBn(key, name);
        if (!value)
            return value.error();
        t.privateAttrs.push_back(t.secretValue(type, std::move(value).value()));
    }
    return t;
}

Result<KeyTemplates> ecTemplates(EVP_PKEY* key) {
    KeyTemplates t;
    t.keyType = CKK_EC;
    char group[80] = {};
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_utf8_string_param"),
                        Text::tr("The EC key is not on a named curve; tokens take named curves only."));
    const int nid = OBJ_txt2nid(group);
    const QByteArray params = nid != NID_undef ? oidDer(nid) : QByteArray();
    if (params.isEmpty())
        return keyError(QStringLiteral("OBJ_txt2nid"),
                        Text::tr("The curve “%1” has no OID OpenSSL knows.").arg(QString::fromLatin1(group)));
    std::size_t pointLength = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0, &pointLength) !=
        1)
        return keyError(QStringLiteral("EVP_PKEY_get_octet_string_param"),
                        Text::tr("The EC key has no public point."));
    std::vector<unsigned char> point(pointLength);
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), point.size(),
                                        &pointLength) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_octet_string_param"),
                        Text::tr("The EC key has no public point."));
    Result<SecretBytes> value = secretBn(key, OSSL_PKEY_PARAM_PRIV_KEY, (EVP_PKEY_get_bits(key) + 7) / 8);
    if (!value)
        return value.error();
    t.privateAttrs.push_back(t.publicValue(CKA_EC_PARAMS, params));
    t.privateAttrs.push_back(t.secretValue(CKA_VALUE, std::move(value).value()));
    t.publicAttrs.push_back(t.publicValue(CKA_EC_PARAMS, params));
    t.publicAttrs.push_back(t.publicValue(CKA_EC_POINT, octetString(point.data(), pointLength)));
    return t;
}

Result<KeyTemplates> edTemplates(EVP_PKEY* key) {
    KeyTemplates t;
    t.keyType = CKK_EC_EDWARDS;
    std::size_t length = 0;
    if (EVP_PKEY_get_raw_private_key(key, nullptr, &length) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_raw_private_key"),
                        Text::tr("The Ed25519 key has no private part."));
    SecretBytes secret(length);
    std::vector<unsigned char> pub(32);
    std::size_t pubLength = pub.size();
    if (EVP_PKEY_get_raw_private_key(key, secret.data(), &length) != 1 ||
        EVP_PKEY_get_raw_public_key(key, pub.data(), &pubLength) != 1)
        return keyError(QStringLiteral("EVP_PKEY_get_raw_private_key"),
                        Text::tr("The Ed25519 key could not be read."));
    const QByteArray params = oidDer(NID_ED25519);
    t.privateAttrs.push_back(t.publicValue(CKA_EC_PARAMS, params));
    t.privateAttrs.push_back(t.secretValue(CKA_VALUE, std::move(secret)));
    t.publicAttrs.push_back(t.publicValue(CKA_EC_PARAMS, params));
    t.publicAttrs.push_back(t.publicValue(CKA_EC_POINT, octetString(pub.data(), pubLength)));
    return t;
}

Result<KeyTemplates> templatesFor(EVP_PKEY* key) {
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return rsaTemplates(key);
    case EVP_PKEY_EC:
        return ecTemplates(key);
    case EVP_PKEY_ED25519:
        return edTemplates(key);
    default:
        return keyError(QStringLiteral("EVP_PKEY_get_base_id"),
                        Text::tr("Keys of type %1 cannot be imported; RSA, EC and Ed25519 can.")
                            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
    }
}

QString describeKey(EVP_PKEY* key) {
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return Text::tr("RSA %1 bits").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[80] = {};
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr);
        return Text::tr("EC %1").arg(x509::curveName(oidDer(OBJ_txt2nid(group))));
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    default:
        return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

/// The CN of a DER certificate's subject, for a default label.
QString commonName(const QByteArray& der) {
    const unsigned char* in = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &in, der.size()));
    if (!cert)
        return {};
    const X509_NAME* subject = X509_get_subject_name(cert.get());
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    const QString cn =
        length > 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), length) : QString();
    OPENSSL_free(utf8);
    return cn;
}

bool isRefusal(CK_RV rv) {
    switch (rv) {
    case CKR_TEMPLATE_INCONSISTENT:
    case CKR_TEMPLATE_INCOMPLETE:
    case CKR_ATTRIBUTE_TYPE_INVALID:
    case CKR_ATTRIBUTE_VALUE_INVALID:
    case CKR_ATTRIBUTE_READ_ONLY:
    case CKR_FUNCTION_NOT_SUPPORTED:
    case CKR_CURVE_NOT_SUPPORTED:
    case CKR_KEY_TYPE_INCONSISTENT:
        return true;
    default:
        return false;
    }
}

Result<ObjectSummary> createObject(Session& session, const TokenInfo& token, std::vector<CK_ATTRIBUTE>& templ,
                                   const QString& what) {
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv = P11_CALL(session.module(), C_CreateObject, session.target(), session.handle(),
                              templ.data(), static_cast<CK_ULONG>(templ.size()), &handle);
    if (rv != CKR_OK) {
        Error error = Error::fromRv(QStringLiteral("C_CreateObject"), rv, what);
        if (isRefusal(rv))
            error.hint =
                Text::tr("This module does not accept %1 created from outside (many HSMs allow only keys "
                         "generated on the token). Import the certificate alone, or generate the key on the "
                         "token and enroll a new certificate.")
                    .arg(what);
        return error;
    }
    Result<ObjectSummary> summary = summarizeObject(session, token, handle);
    if (!summary) {
        ObjectSummary fallback;
        fallback.handle = handle;
        return fallback;
    }
    if (summary->uri.isEmpty())
        summary->uri = uri::forObject(token, *summary);
    return summary;
}

/// Creates the PKCS#12's private key and its public key object.
Result<CreatedKey> createKey(Session& session, const TokenInfo& token, EVP_PKEY* key, const QByteArray& id,
                             const QByteArray& label, QList<ObjectSummary>& created) {
    Result<KeyTemplates> parts = templatesFor(key);
    if (!parts)
        return parts.error();
    KeyTemplates& t = *parts;
    CK_OBJECT_CLASS privateClass = CKO_PRIVATE_KEY, publicClass = CKO_PUBLIC_KEY;
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    CK_BBOOL rsa = t.rsa ? CK_TRUE : CK_FALSE;
    QByteArray idBytes = id, labelBytes = label;
    auto common = [&](CK_OBJECT_CLASS* cls) {
        return std::vector<CK_ATTRIBUTE>{
            {CKA_CLASS, cls, sizeof *cls},
            {CKA_KEY_TYPE, &t.keyType, sizeof t.keyType},
            {CKA_TOKEN, &yes, sizeof yes},
            {CKA_ID, idBytes.data(), static_cast<CK_ULONG>(idBytes.size())},
            {CKA_LABEL, labelBytes.data(), static_cast<CK_ULONG>(labelBytes.size())},
        };
    };
    std::vector<CK_ATTRIBUTE> privateTempl = common(&privateClass);
    privateTempl.insert(privateTempl.end(), {{CKA_PRIVATE, &yes, sizeof yes},
                                             {CKA_SENSITIVE, &yes, sizeof yes},
                                             {CKA_EXTRACTABLE, &no, sizeof no},
                                             {CKA_SIGN, &yes, sizeof yes}});
    if (t.rsa)
        privateTempl.push_back({CKA_DECRYPT, &rsa, sizeof rsa});
    privateTempl.insert(privateTempl.end(), t.privateAttrs.begin(), t.privateAttrs.end());
    std::vector<CK_ATTRIBUTE> publicTempl = common(&publicClass);
    publicTempl.insert(publicTempl.end(), {{CKA_PRIVATE, &no, sizeof no}, {CKA_VERIFY, &yes, sizeof yes}});
    if (t.rsa)
        publicTempl.push_back({CKA_ENCRYPT, &rsa, sizeof rsa});
    publicTempl.insert(publicTempl.end(), t.publicAttrs.begin(), t.publicAttrs.end());

    CreatedKey out;
    Result<ObjectSummary> privateKey = createObject(session, token, privateTempl, Text::tr("private keys"));
    // The private values are not needed any more: wipe them now, not when the templates go.
    t.secrets.clear();
    if (!privateKey)
        return privateKey.error();
    created << *privateKey;
    out.privateKey = *privateKey;
    logging::adminChange(
        QStringLiteral("imported private key \u201c%1\u201d (ID %2) onto token \u201c%3\u201d")
            .arg(QString::fromUtf8(label), objects::idText(id), token.label));
    Result<ObjectSummary> publicKey = createObject(session, token, publicTempl, Text::tr("public keys"));
    if (!publicKey)
        return publicKey.error();
    created << *publicKey;
    out.publicKey = *publicKey;
    logging::adminChange(
        QStringLiteral("imported public key \u201c%1\u201d (ID %2) onto token \u201c%3\u201d")
            .arg(QString::fromUtf8(label), objects::idText(id), token.label));
    return out;
}

/// Removes what a failed import created, newest first; the error says what remains, if anything.
Error rollBack(Session& session, const QList<ObjectSummary>& created, Error error) {
    if (created.isEmpty())
        return error;
    QList<ObjectSummary> reversed(created.rbegin(), created.rend());
    const objects::DeleteReport report = objects::deleteObjects(session, reversed);
    if (report.complete()) {
        error.message +=
            QLatin1Char(' ') + Text::tr("The %1 object(s) this import had created were removed; the token is "
                                        "as before.")
                                   .arg(created.size());
    } else {
        QStringList left;
        for (const auto& [object, failure] : report.failed)
            left << objects::describe(object);
        error.message +=
            QLatin1Char(' ') + Text::tr("These objects created by the import could not be removed: %1.")
                                   .arg(left.join(QStringLiteral("; ")));
    }
    return error;
}

QString keyText(const certstore::KeyMatch& key) {
    return Text::tr("key “%1” (ID %2)").arg(key.label, objects::idText(key.id));
}

} // namespace

QString Preview::text() const {
    QStringList lines;
    lines << Text::tr("%1 with %n certificate(s).", nullptr, static_cast<int>(certificates.size()))
                 .arg(certfile::formatName(format));
    if (hasPrivateKey)
        lines << (keyOnToken
                      ? Text::tr(
                            "Private key (%1): already on the token as %2; it will not be created again.")
                            .arg(keyDescription, keyText(*keyOnToken))
                      : Text::tr("Private key (%1): will be created, sensitive and not extractable.")
                            .arg(keyDescription));
    for (const CertificatePlan& plan : certificates) {
        QString pairing;
        if (plan.alreadyPresent)
            pairing = Text::tr("already on the token");
        else if (plan.key)
            pairing = Text::tr("pairs with %1").arg(keyText(*plan.key));
        else if (plan.pairsWithFileKey)
            pairing = Text::tr("pairs with the private key in this file");
        else
            pairing = Text::tr("no matching key: will be imported on its own");
        lines << Text::tr("• %1 (issuer %2): %3").arg(plan.subject, plan.issuer, pairing);
    }
    return lines.join(QLatin1Char('\n'));
}

int ImportReport::createdCount() const {
    int count = createdKey ? 2 : 0;
    for (const certstore::StoredCertificate& stored : certificates)
        count += stored.alreadyPresent ? 0 : 1;
    return count;
}

QString ImportReport::text() const {
    QStringList lines;
    if (createdKey)
        lines << Text::tr(
                     "Created private key “%1” and its public key (ID %2), sensitive and not extractable.")
                     .arg(createdKey->privateKey.label, objects::idText(createdKey->privateKey.id));
    if (keyAlreadyPresent)
        lines << Text::tr("The private key was already on the token as %1; not created again.")
                     .arg(keyText(*keyAlreadyPresent));
    for (const certstore::StoredCertificate& stored : certificates) {
        const QString name =
            Text::tr("certificate “%1” (%2)").arg(stored.object.label, stored.object.subject);
        if (stored.alreadyPresent)
            lines << Text::tr("Already present: %1; nothing written.").arg(name);
        else if (stored.pairedWith)
            lines << Text::tr("Stored %1 with ID %2, paired with %3.")
                         .arg(name, objects::idText(stored.object.id), keyText(*stored.pairedWith));
        else
            lines << Text::tr("Stored %1 with ID %2; no matching key: imported on its own.")
                         .arg(name, objects::idText(stored.object.id));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<Preview> preview(Session& session, const TokenInfo& token, const certfile::ParsedFile& file) {
    Preview out;
    out.format = file.format;
    out.friendlyName = file.friendlyName;
    out.hasPrivateKey = file.privateKey != nullptr;
    if (file.privateKey) {
        out.keyDescription = describeKey(file.privateKey.get());
        Result<std::optional<certstore::KeyMatch>> onToken =
            certstore::findKeyForSpki(session, token, file.privateKeySpki);
        if (!onToken)
            return onToken.error();
        if (*onToken && (*onToken)->hasPrivateKey)
            out.keyOnToken = *onToken;
    }
    for (int i = 0; i < file.certificates.size(); ++i) {
        CertificatePlan plan;
        plan.der = file.certificates[i];
        if (const auto summary = x509::decodeCertificate(plan.der)) {
            plan.subject = summary->subject;
            plan.issuer = summary->issuer;
        }
        Result<std::optional<ObjectSummary>> same = certstore::findSameCertificate(session, token, plan.der);
        if (!same)
            return same.error();
        plan.alreadyPresent = same->has_value();
        Result<std::optional<certstore::KeyMatch>> key = certstore::findMatchingKey(session, token, plan.der);
        if (!key)
            return key.error();
        plan.key = *key;
        plan.pairsWithFileKey = i == file.keyCertificate;
        out.certificates << plan;
    }
    return out;
}

Result<ImportReport> importFile(Session& session, const TokenInfo& token, const certfile::ParsedFile& file,
                                const QString& label) {
    const QString operation = Text::tr("Importing a certificate file");
    const QString what = QStringLiteral("importing a %1 onto token \u201c%2\u201d")
                             .arg(certfile::formatName(file.format), token.label);
    if (Result<void> w = objects::checkWritable(session, token, operation); !w)
        return w.error();
    if (file.privateKey)
        if (Result<void> l = objects::checkLoginFor(session, {}, operation, true); !l)
            return l.error();

    ImportReport report;
    QList<ObjectSummary> created;
    auto fail = [&](const Error& error) -> Result<ImportReport> {
        Error final = rollBack(session, created, error);
        logging::adminFailure(what, final);
        return final;
    };

    // The certificate the label names: the key's, or the file's first.
    const int labelled = file.keyCertificate >= 0 ? file.keyCertificate : 0;
    if (file.privateKey) {
        Result<std::optional<certstore::KeyMatch>> onToken =
            certstore::findKeyForSpki(session, token, file.privateKeySpki);
        if (!onToken)
            return fail(onToken.error());
        if (*onToken && (*onToken)->hasPrivateKey) {
            report.keyAlreadyPresent = *onToken;
        } else {
            Result<QByteArray> id = certstore::keyIdOfSpki(file.privateKeySpki);
            if (!id)
                return fail(id.error());
            QString keyLabel = label.isEmpty() ? file.friendlyName : label;
            if (keyLabel.isEmpty() && file.keyCertificate >= 0)
                keyLabel = commonName(file.certificates[file.keyCertificate]);
            if (keyLabel.isEmpty())
                keyLabel = Text::tr("imported key");
            Result<CreatedKey> key =
                createKey(session, token, file.privateKey.get(), *id, keyLabel.toUtf8(), created);
            if (!key)
                return fail(key.error());
            report.createdKey = *key;
        }
    }
    for (int i = 0; i < file.certificates.size(); ++i) {
        // With a key, its certificate takes the key's label (through pairing) unless one was given.
        const QString certLabel = i == labelled ? label : QString();
        Result<certstore::StoredCertificate> stored =
            certstore::storeCertificate(session, token, file.certificates[i], certLabel);
        if (!stored)
            return fail(stored.error());
        if (!stored->alreadyPresent)
            created << stored->object;
        report.certificates << *stored;
    }
    return report;
}

} // namespace hsm::certimport
