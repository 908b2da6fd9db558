#include "CertStore.h"

#include "CertificateInfo.h"
#include "Logging.h"
#include "ObjectAdmin.h"
#include "ObjectExport.h"
#include "ObjectLister.h"
#include "ObjectSearch.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <vector>

namespace hsm::certstore {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::certstore)
};

struct X509Free {
    void operator()(X509* p) const noexcept { X509_free(p); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
};
struct PubkeyFree {
    void operator()(X509_PUBKEY* p) const noexcept { X509_PUBKEY_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

/// A whole DER certificate, nothing before or after it.
X509Ptr decode(const QByteArray& der) {
    const unsigned char* in = bytes(der);
    X509Ptr cert(d2i_X509(nullptr, &in, der.size()));
    if (cert && in != bytes(der) + der.size())
        cert.reset();
    return cert;
}

Error notACertificate() {
    return Error::other(QStringLiteral("d2i_X509"), Text::tr("The data is not a DER X.509 certificate."),
                        Text::tr("Check the file: it must hold a complete certificate."));
}

PkeyPtr decodeSpki(const QByteArray& spki) {
    const unsigned char* in = bytes(spki);
    return PkeyPtr(d2i_PUBKEY(nullptr, &in, spki.size()));
}

/// Same key: equal DER, or equal keys once decoded (an EC point may be stored compressed).
bool sameKey(const QByteArray& a, EVP_PKEY* decodedA, const QByteArray& b) {
    if (a == b)
        return true;
    PkeyPtr keyB = decodeSpki(b);
    return decodedA && keyB && EVP_PKEY_eq(decodedA, keyB.get()) == 1;
}

/// CKA_KEY_TYPE of the keys that can hold `key`; nullopt when unknown (search every key).
std::optional<CK_KEY_TYPE> keyTypeOf(EVP_PKEY* key) {
    if (key == nullptr)
        return std::nullopt;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return CKK_RSA;
    case EVP_PKEY_EC:
        return CKK_EC;
    case EVP_PKEY_ED25519:
    case EVP_PKEY_ED448:
        return CKK_EC_EDWARDS;
    default:
        return std::nullopt;
    }
}

/// Every object of `cls` (and key type, when known) the session sees, summarized.
Result<QList<ObjectSummary>> keysOf(Session& session, const TokenInfo& token, CK_OBJECT_CLASS cls,
                                    std::optional<CK_KEY_TYPE> keyType) {
    CK_KEY_TYPE type = keyType.value_or(0);
    std::vector<CK_ATTRIBUTE> templ{{CKA_CLASS, &cls, sizeof cls}};
    if (keyType)
        templ.push_back({CKA_KEY_TYPE, &type, sizeof type});
    Result<QList<CK_OBJECT_HANDLE>> handles = ObjectSearch::findAll(session, templ);
    if (!handles)
        return handles.error();
    QList<ObjectSummary> out;
    for (CK_OBJECT_HANDLE handle : *handles) {
        Result<ObjectSummary> summary = summarizeObject(session, token, handle);
        if (!summary)
            return summary.error();
        out << *summary;
    }
    return out;
}

/// The subject's CN (UTF-8) for a label, else the whole subject.
QString defaultLabel(X509* cert) {
    const X509_NAME* subject = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index >= 0) {
        unsigned char* utf8 = nullptr;
        const int length =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
        if (length > 0) {
            const QString cn = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
            OPENSSL_free(utf8);
            return cn;
        }
        OPENSSL_free(utf8);
    }
    unsigned char* der = nullptr;
    const int length = i2d_X509_NAME(subject, &der);
    QString text;
    if (length > 0)
        text = x509::nameToString(QByteArray(reinterpret_cast<const char*>(der), length));
    OPENSSL_free(der);
    return text.isEmpty() ? Text::tr("certificate") : text;
}

template <typename T, int (*Encode)(const T*, unsigned char**)> QByteArray derOf(const T* value) {
    unsigned char* out = nullptr;
    const int length = Encode(value, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

/// Finds certificates by `templ` and returns the first whose CKA_VALUE really equals `der` (a module
/// may ignore an attribute of the template).
Result<std::optional<ObjectSummary>> firstWithValue(Session& session, const TokenInfo& token,
                                                    std::span<CK_ATTRIBUTE> templ, const QByteArray& der) {
    Result<QList<CK_OBJECT_HANDLE>> handles = ObjectSearch::findAll(session, templ);
    if (!handles)
        return handles.error();
    for (CK_OBJECT_HANDLE handle : *handles) {
        Result<std::optional<QByteArray>> value = objects::readAttribute(session, handle, CKA_VALUE);
        if (!value)
            return value.error();
        if (!value->has_value() || **value != der)
            continue;
        Result<ObjectSummary> summary = summarizeObject(session, token, handle);
        if (!summary)
            return summary.error();
        if (summary->uri.isEmpty())
            summary->uri = uri::forObject(token, *summary);
        return std::optional<ObjectSummary>(*summary);
    }
    return std::optional<ObjectSummary>();
}

} // namespace

Result<QByteArray> keyIdOfSpki(const QByteArray& spkiDer) {
    const unsigned char* in = bytes(spkiDer);
    std::unique_ptr<X509_PUBKEY, PubkeyFree> pub(d2i_X509_PUBKEY(nullptr, &in, spkiDer.size()));
    const unsigned char* key = nullptr;
    int length = 0;
    if (!pub || X509_PUBKEY_get0_param(nullptr, &key, &length, nullptr, pub.get()) != 1 || length <= 0)
        return Error::other(QStringLiteral("d2i_X509_PUBKEY"),
                            Text::tr("The public key is not a valid SubjectPublicKeyInfo."));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    if (EVP_Digest(key, static_cast<size_t>(length), md, &mdLength, EVP_sha1(), nullptr) != 1)
        return Error::other(QStringLiteral("EVP_Digest"), Text::tr("SHA-1 of the public key failed."));
    return QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(mdLength));
}

Result<QByteArray> certificateSpki(const QByteArray& certificateDer) {
    X509Ptr cert = decode(certificateDer);
    if (!cert)
        return notACertificate();
    const QByteArray spki = derOf<X509_PUBKEY, i2d_X509_PUBKEY>(X509_get_X509_PUBKEY(cert.get()));
    if (spki.isEmpty())
        return Error::other(QStringLiteral("i2d_X509_PUBKEY"),
                            Text::tr("The certificate's public key could not be encoded."));
    return spki;
}

Result<std::optional<KeyMatch>> findKeyForSpki(Session& session, const TokenInfo& token,
                                               const QByteArray& spkiDer) {
    PkeyPtr wanted = decodeSpki(spkiDer);
    const std::optional<CK_KEY_TYPE> keyType = keyTypeOf(wanted.get());
    std::optional<KeyMatch> match;

    Result<QList<ObjectSummary>> publics = keysOf(session, token, CKO_PUBLIC_KEY, keyType);
    if (!publics)
        return publics.error();
    for (const ObjectSummary& key : *publics) {
        Result<QByteArray> spki = exporting::publicKeyInfo(session, token, key);
        // A key whose public key cannot be built is not this certificate's: go on looking.
        if (spki && sameKey(spkiDer, wanted.get(), *spki)) {
            match = KeyMatch{key.id, key.label, false, true};
            break;
        }
    }
    // Private keys are visible after login only; their label wins (it is what the user named).
    Result<QList<ObjectSummary>> privates = keysOf(session, token, CKO_PRIVATE_KEY, keyType);
    if (!privates)
        return privates.error();
    for (const ObjectSummary& key : *privates) {
        if (match && key.id != match->id)
            continue;
        Result<QByteArray> spki = exporting::publicKeyInfo(session, token, key);
        if (!spki || !sameKey(spkiDer, wanted.get(), *spki))
            continue;
        if (!match)
            match = KeyMatch{key.id, key.label, true, false};
        match->hasPrivateKey = true;
        if (!key.label.isEmpty())
            match->label = key.label;
        break;
    }
    return match;
}

Result<std::optional<KeyMatch>> findMatchingKey(Session& session, const TokenInfo& token,
                                                const QByteArray& certificateDer) {
    Result<QByteArray> spki = certificateSpki(certificateDer);
    if (!spki)
        return spki.error();
    return findKeyForSpki(session, token, *spki);
}

Result<std::optional<ObjectSummary>> findSameCertificate(Session& session, const TokenInfo& token,
                                                         const QByteArray& certificateDer) {
    X509Ptr cert = decode(certificateDer);
    if (!cert)
        return notACertificate();
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    QByteArray value = certificateDer;
    CK_ATTRIBUTE byValue[] = {{CKA_CLASS, &cls, sizeof cls},
                              {CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())}};
    Result<std::optional<ObjectSummary>> found = firstWithValue(session, token, byValue, certificateDer);
    if (!found || found->has_value())
        return found;
    // Some modules do not search by CKA_VALUE: look again by subject and serial number.
    QByteArray subject = derOf<X509_NAME, i2d_X509_NAME>(X509_get_subject_name(cert.get()));
    QByteArray serial = derOf<ASN1_INTEGER, i2d_ASN1_INTEGER>(X509_get0_serialNumber(cert.get()));
    CK_ATTRIBUTE byName[] = {{CKA_CLASS, &cls, sizeof cls},
                             {CKA_SUBJECT, subject.data(), static_cast<CK_ULONG>(subject.size())},
                             {CKA_SERIAL_NUMBER, serial.data(), static_cast<CK_ULONG>(serial.size())}};
    return firstWithValue(session, token, byName, certificateDer);
}

Result<StoredCertificate> storeCertificate(Session& session, const TokenInfo& token,
                                           const QByteArray& certificateDer, const QString& label) {
    const QString operation = Text::tr("Storing a certificate");
    X509Ptr cert = decode(certificateDer);
    if (!cert)
        return notACertificate();
    const QString subjectText =
        x509::decodeCertificate(certificateDer).value_or(x509::CertificateSummary{}).subject;
    const QString what = QStringLiteral("storing certificate \u201c%1\u201d on token \u201c%2\u201d")
                             .arg(subjectText, token.label);
    auto failed = [&](const Error& error) -> Result<StoredCertificate> {
        logging::adminFailure(what, error);
        return error;
    };

    StoredCertificate stored;
    Result<std::optional<KeyMatch>> match = findMatchingKey(session, token, certificateDer);
    if (!match)
        return failed(match.error());
    stored.pairedWith = *match;

    Result<std::optional<ObjectSummary>> same = findSameCertificate(session, token, certificateDer);
    if (!same)
        return failed(same.error());
    if (same->has_value()) {
        stored.object = **same;
        stored.alreadyPresent = true;
        return stored;
    }
    if (Result<void> w = objects::checkWritable(session, token, operation); !w)
        return failed(w.error());

    QByteArray id;
    if (stored.pairedWith && !stored.pairedWith->id.isEmpty()) {
        id = stored.pairedWith->id;
    } else {
        // No key yet: the key's future ID, so a key imported or generated later pairs by ID.
        Result<QByteArray> spki = certificateSpki(certificateDer);
        Result<QByteArray> keyId = spki ? keyIdOfSpki(*spki) : Result<QByteArray>(spki.error());
        if (!keyId)
            return failed(keyId.error());
        id = *keyId;
    }
    QString chosenLabel = label;
    if (chosenLabel.isEmpty() && stored.pairedWith)
        chosenLabel = stored.pairedWith->label;
    if (chosenLabel.isEmpty())
        chosenLabel = defaultLabel(cert.get());

    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE certType = CKC_X_509;
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    QByteArray value = certificateDer;
    QByteArray subject = derOf<X509_NAME, i2d_X509_NAME>(X509_get_subject_name(cert.get()));
    QByteArray issuer = derOf<X509_NAME, i2d_X509_NAME>(X509_get_issuer_name(cert.get()));
    QByteArray serial = derOf<ASN1_INTEGER, i2d_ASN1_INTEGER>(X509_get0_serialNumber(cert.get()));
    QByteArray labelBytes = chosenLabel.toUtf8();
    auto attribute = [](CK_ATTRIBUTE_TYPE type, QByteArray& data) {
        return CK_ATTRIBUTE{type, data.data(), static_cast<CK_ULONG>(data.size())};
    };
    CK_ATTRIBUTE templ[] = {
        {CKA_CLASS, &cls, sizeof cls},
        {CKA_CERTIFICATE_TYPE, &certType, sizeof certType},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &no, sizeof no},
        attribute(CKA_SUBJECT, subject),
        attribute(CKA_ISSUER, issuer),
        attribute(CKA_SERIAL_NUMBER, serial),
        attribute(CKA_VALUE, value),
        attribute(CKA_ID, id),
        attribute(CKA_LABEL, labelBytes),
    };
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv = P11_CALL(session.module(), C_CreateObject, session.target(), session.handle(), templ,
                              static_cast<CK_ULONG>(std::size(templ)), &handle);
    if (rv != CKR_OK)
        return failed(Error::fromRv(QStringLiteral("C_CreateObject"), rv,
                                    Text::tr("certificate “%1”").arg(chosenLabel)));
    Result<ObjectSummary> summary = summarizeObject(session, token, handle);
    if (!summary) {
        // Created but unreadable: describe it from what was sent, so a caller can still remove it.
        stored.object.handle = handle;
        stored.object.objectClass = CKO_CERTIFICATE;
        stored.object.labelBytes = labelBytes;
        stored.object.label = chosenLabel;
        stored.object.id = id;
    } else {
        stored.object = *summary;
    }
    if (stored.object.uri.isEmpty())
        stored.object.uri = uri::forObject(token, stored.object);
    logging::adminChange(
        QStringLiteral("stored certificate \u201c%1\u201d (%2, ID %3) on token \u201c%4\u201d%5")
            .arg(chosenLabel, subjectText, objects::idText(id), token.label,
                 stored.pairedWith
                     ? QStringLiteral(", paired with key \u201c%1\u201d").arg(stored.pairedWith->label)
                     : QStringLiteral(", no matching key")));
    return stored;
}

} // namespace hsm::certstore
