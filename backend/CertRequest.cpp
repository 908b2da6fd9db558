// Building a CSR signed by a token key, and reading CSRs made elsewhere. The names and usages the
// user types are parsed and checked in CertNames.cpp; extensions are built in X509Extensions.cpp.
#include "CertRequest.h"

#include "ObjectExport.h"
#include "X509Extensions.h"

#include <QCoreApplication>
#include <QLocale>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace hsm::certs {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::certs", text);
}

constexpr qsizetype kMaxRequestSize = 1024 * 1024;

using ExtensionStack =
    std::unique_ptr<STACK_OF(X509_EXTENSION), decltype([](STACK_OF(X509_EXTENSION) * stack) {
                        sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
                    })>;

Error readError(const QString& message, const QString& hint = {}) {
    return Error::other(tr("Reading the certificate request"), message,
                        hint.isEmpty() ? tr("Choose the CSR file (PEM “BEGIN CERTIFICATE REQUEST” or DER) "
                                            "exactly as it was made.")
                                       : hint);
}

/// The length a DER SEQUENCE at the start of `bytes` declares for itself (header included);
/// nullopt when the bytes do not start like one, -1 when even the header is cut off.
std::optional<qint64> declaredDerLength(const QByteArray& bytes) {
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0x30)
        return std::nullopt;
    const auto first = static_cast<unsigned char>(bytes[1]);
    if (first < 0x80)
        return 2 + qint64(first);
    const int count = first & 0x7f;
    if (count == 0 || count > 4)
        return std::nullopt; // indefinite or absurd lengths are not DER
    if (bytes.size() < 2 + count)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < count; ++i)
        length = (length << 8) | static_cast<unsigned char>(bytes[2 + i]);
    return 2 + count + length;
}

/// The DER inside a PEM "CERTIFICATE REQUEST" block, or why there is none.
Result<QByteArray> pemBody(const QByteArray& bytes) {
    const qsizetype begin = bytes.indexOf("-----BEGIN ");
    const qsizetype labelEnd = bytes.indexOf("-----", begin + 11);
    if (labelEnd < 0)
        return readError(tr("The PEM data is truncated: its BEGIN line is cut off."));
    const QByteArray label = bytes.mid(begin + 11, labelEnd - begin - 11);
    if (label != "CERTIFICATE REQUEST" && label != "NEW CERTIFICATE REQUEST")
        return readError(tr("The file holds a PEM \u201c%1\u201d, not a certificate request.")
                             .arg(QString::fromLatin1(label)),
                         label == "CERTIFICATE"
                             ? tr("This is a certificate; import it instead of signing it.")
                             : QString());
    const QByteArray endLine = "-----END " + label + "-----";
    const qsizetype end = bytes.indexOf(endLine, labelEnd + 5);
    if (end < 0)
        return readError(tr("The PEM data is truncated: it has no \u201c%1\u201d line.")
                             .arg(QString::fromLatin1(endLine)));
    QByteArray base64 = bytes.mid(labelEnd + 5, end - labelEnd - 5);
    base64 = base64.simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return readError(tr("The PEM block's body is not valid base64: it is damaged or truncated."));
    return *decoded;
}

QString signatureAlgorithmName(const X509_ALGOR* algorithm) {
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    const int nid = OBJ_obj2nid(object);
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : dottedOid(object);
}

} // namespace

Result<QByteArray> createRequest(signing::TokenKey& key, const RequestSpec& spec) {
    const QStringList problems = validateName(spec.subject) + validateAltNames(spec.altNames);
    if (!problems.isEmpty())
        return Error::other(tr("Creating a certificate request"), problems.join(QLatin1Char(' ')),
                            tr("Correct the subject and alternative names; nothing was signed."));
    X509ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1)
        return openSslError(QStringLiteral("X509_REQ_set_version"));
    Result<X509NamePtr> subject = buildName(spec.subject);
    if (!subject)
        return subject.error();
    if (X509_REQ_set_subject_name(request.get(), subject->get()) != 1)
        return openSslError(QStringLiteral("X509_REQ_set_subject_name"));
    Result<EvpPkeyPtr> publicKey = key.publicKey();
    if (!publicKey)
        return publicKey.error();
    if (X509_REQ_set_pubkey(request.get(), publicKey->get()) != 1)
        return openSslError(QStringLiteral("X509_REQ_set_pubkey"));

    ExtensionStack extensions(sk_X509_EXTENSION_new_null());
    auto add = [&](Result<X509ExtensionPtr> extension) -> Result<void> {
        if (!extension)
            return extension.error();
        if (sk_X509_EXTENSION_push(extensions.get(), extension->get()) <= 0)
            return openSslError(QStringLiteral("sk_X509_EXTENSION_push"));
        (void)extension->release();
        return {};
    };
    if (!spec.altNames.isEmpty())
        if (Result<void> added = add(altNameExtension(spec.altNames)); !added)
            return added.error();
    if (spec.keyUsage != 0)
        if (Result<void> added = add(keyUsageExtension(spec.keyUsage)); !added)
            return added.error();
    if (!spec.extendedKeyUsages.isEmpty())
        if (Result<void> added = add(extendedKeyUsageExtension(spec.extendedKeyUsages)); !added)
            return added.error();
    if (sk_X509_EXTENSION_num(extensions.get()) > 0 &&
        X509_REQ_add_extensions(request.get(), extensions.get()) != 1)
        return openSslError(QStringLiteral("X509_REQ_add_extensions"));

    if (Result<void> signedOk = key.sign(request.get(), effectiveAlgorithm(key, spec.algorithm)); !signedOk)
        return signedOk.error();
    // TokenKey::sign verified already; checked again here because a CSR that does not verify
    // must never reach a file.
    if (X509_REQ_verify(request.get(), publicKey->get()) != 1)
        return openSslError(QStringLiteral("X509_REQ_verify"),
                            tr("The token's signature does not match the key's public key."));
    unsigned char* der = nullptr;
    const int length = i2d_X509_REQ(request.get(), &der);
    if (length <= 0)
        return openSslError(QStringLiteral("i2d_X509_REQ"));
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

Result<RequestInfo> readRequest(const QByteArray& bytes) {
    if (bytes.size() > kMaxRequestSize)
        return readError(tr("The file is %1; a certificate request is never larger than 1 MiB, so this is "
                            "not one.")
                             .arg(QLocale::c().formattedDataSize(bytes.size())));
    if (bytes.trimmed().isEmpty())
        return readError(tr("The file is empty."));
    QByteArray der;
    if (bytes.contains("-----BEGIN ")) {
        Result<QByteArray> body = pemBody(bytes);
        if (!body)
            return body.error();
        der = *body;
    } else if (declaredDerLength(bytes)) {
        der = bytes;
    } else {
        return readError(tr("The file is not PEM or DER: it has no \u201c-----BEGIN\u201d line and does not "
                            "start like a DER certificate request."));
    }
    const std::optional<qint64> declared = declaredDerLength(der);
    if (!declared)
        return readError(tr("The data is not PEM or DER: the decoded bytes are not a DER structure."));
    if (*declared < 0 || *declared > der.size())
        return readError(
            tr("The certificate request is truncated: it declares %1 bytes but only %2 are there.")
                .arg(*declared < 0 ? QStringLiteral("?") : QString::number(*declared))
                .arg(der.size()));
    if (*declared < der.size())
        return readError(
            tr("%1 bytes of other data follow the certificate request.").arg(der.size() - *declared));

    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    X509ReqPtr request(d2i_X509_REQ(nullptr, &cursor, long(der.size())));
    if (!request)
        return openSslError(QStringLiteral("d2i_X509_REQ"),
                            tr("The DER data is not a certificate request (PKCS#10)."));

    RequestInfo info;
    info.der = der;
    info.subject = readName(X509_REQ_get_subject_name(request.get()));
    info.subjectText = formatName(info.subject);
    EVP_PKEY* publicKey = X509_REQ_get0_pubkey(request.get());
    if (publicKey == nullptr)
        return openSslError(QStringLiteral("X509_REQ_get0_pubkey"),
                            tr("The request's public key is of a kind OpenSSL does not know."));
    info.keyDescription = keyDescription(publicKey);
    Result<QByteArray> spki = spkiOf(publicKey);
    if (!spki)
        return spki.error();
    info.publicKey = *spki;
    const int verified = X509_REQ_verify(request.get(), publicKey);
    info.signatureValid = verified == 1;
    if (!info.signatureValid) {
        info.signatureProblem = takeOpenSslReason();
        if (info.signatureProblem.isEmpty())
            info.signatureProblem = tr("the signature does not match the request's public key");
    }
    const ASN1_BIT_STRING* signature = nullptr;
    const X509_ALGOR* algorithm = nullptr;
    X509_REQ_get0_signature(request.get(), &signature, &algorithm);
    info.signatureAlgorithm = signatureAlgorithmName(algorithm);

    ExtensionStack extensions(X509_REQ_get_extensions(request.get()));
    for (int i = 0; extensions && i < sk_X509_EXTENSION_num(extensions.get()); ++i)
        info.requestedExtensions << describeExtension(sk_X509_EXTENSION_value(extensions.get(), i));
    (void)takeOpenSslReason(); // X509_REQ_get_extensions queues an error when there are none
    return info;
}

QByteArray requestToPem(const QByteArray& der) {
    return exporting::toPem(der, "CERTIFICATE REQUEST");
}

} // namespace hsm::certs
