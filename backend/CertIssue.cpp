// Issuing certificates with a key on a token: the CA checked first, then the certificate built
// with the extensions the issuer decides, signed on the token and verified before it is returned.
#include "CertIssue.h"

#include "Logging.h"
#include "ObjectExport.h"
#include "X509Extensions.h"

#include <QCoreApplication>
#include <QSet>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <vector>

namespace hsm::certs {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::certs", text);
}

using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, OpenSslFree<BASIC_CONSTRAINTS_free>>;
using ExtensionStack =
    std::unique_ptr<STACK_OF(X509_EXTENSION), decltype([](STACK_OF(X509_EXTENSION) * stack) {
                        sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
                    })>;

// Extensions only the issuer decides; never copied from a request.
const QString kBasicConstraintsOid = QStringLiteral("2.5.29.19");
const QString kSubjectKeyIdOid = QStringLiteral("2.5.29.14");
const QString kAuthorityKeyIdOid = QStringLiteral("2.5.29.35");
const QString kKeyUsageOid = QStringLiteral("2.5.29.15");
const QString kExtendedKeyUsageOid = QStringLiteral("2.5.29.37");

X509Ptr decodeCertificate(const QByteArray& der) {
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &cursor, long(der.size())));
    if (cert && cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        cert.reset(); // trailing bytes: not the DER of one certificate
    return cert;
}

QString timeText(const ASN1_TIME* time) {
    std::tm parts{};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return tr("an unreadable date");
    const QDateTime when(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                         QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
    return when.toString(Qt::ISODate);
}

/// A random positive serial of 127 bits: top bit cleared (positive), next bit set (nonzero, and
/// always 16 DER bytes).
Result<ASN1_INTEGER*> randomSerial() {
    unsigned char bytes[16] = {};
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return openSslError(QStringLiteral("RAND_bytes"), tr("OpenSSL's random generator is not seeded."));
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    ASN1_INTEGER* serial = number ? BN_to_ASN1_INTEGER(number, nullptr) : nullptr;
    BN_free(number);
    if (serial == nullptr)
        return openSslError(QStringLiteral("BN_to_ASN1_INTEGER"));
    return serial;
}

QString serialHex(const X509* cert) {
    BIGNUM* number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char* hex = number ? BN_bn2hex(number) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex).toLower() : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

/// What differs between a self-signed and an issued certificate; the rest is built alike.
struct Parties {
    const X509_NAME* issuer = nullptr;
    const X509_NAME* subject = nullptr;
    EVP_PKEY* subjectKey = nullptr;
    QByteArray authorityKeyId;
    QList<X509_EXTENSION*> copied; ///< requested extensions to copy (borrowed)
};

Result<QByteArray> buildAndSign(signing::TokenKey& signer, const Parties& parties, const IssueSpec& spec,
                                EVP_PKEY* verifyWith, QString* serialText) {
    if (spec.pathLength && !spec.isCa)
        return Error::other(tr("Issuing a certificate"), tr("A path length applies only to CA certificates."),
                            tr("Make it a CA certificate or leave the path length out."));
    if (spec.pathLength && *spec.pathLength < 0)
        return Error::other(tr("Issuing a certificate"), tr("The path length cannot be negative."));
    const QDateTime notBefore =
        spec.notBefore.isValid() ? spec.notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime notAfter = spec.notAfter.isValid() ? spec.notAfter.toUTC()
                               : spec.days > 0         ? notBefore.addDays(spec.days)
                                                       : QDateTime();
    if (!notAfter.isValid())
        return Error::other(tr("Issuing a certificate"), tr("The certificate has no end of validity."),
                            tr("Give a number of days above zero or a not-after date."));
    if (notAfter <= notBefore)
        return Error::other(tr("Issuing a certificate"),
                            tr("The validity ends (%1) before it begins (%2).")
                                .arg(notAfter.toString(Qt::ISODate), notBefore.toString(Qt::ISODate)),
                            tr("Choose a not-after date later than the not-before date."));

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return openSslError(QStringLiteral("X509_set_version"));
    Result<ASN1_INTEGER*> serial = randomSerial();
    if (!serial)
        return serial.error();
    const int serialSet = X509_set_serialNumber(cert.get(), *serial);
    ASN1_INTEGER_free(*serial);
    if (serialSet != 1)
        return openSslError(QStringLiteral("X509_set_serialNumber"));
    if (X509_set_issuer_name(cert.get(), parties.issuer) != 1 ||
        X509_set_subject_name(cert.get(), parties.subject) != 1)
        return openSslError(QStringLiteral("X509_set_subject_name"));
    if (X509_set_pubkey(cert.get(), parties.subjectKey) != 1)
        return openSslError(QStringLiteral("X509_set_pubkey"));
    ASN1_TIME* from = ASN1_TIME_set(nullptr, time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME* to = ASN1_TIME_set(nullptr, time_t(notAfter.toSecsSinceEpoch()));
    const bool timesSet =
        from && to && X509_set1_notBefore(cert.get(), from) == 1 && X509_set1_notAfter(cert.get(), to) == 1;
    ASN1_TIME_free(from);
    ASN1_TIME_free(to);
    if (!timesSet)
        return openSslError(QStringLiteral("X509_set1_notAfter"));

    Result<QByteArray> subjectKeyId = keyIdentifier(parties.subjectKey);
    if (!subjectKeyId)
        return subjectKeyId.error();
    const unsigned keyUsage = spec.keyUsage != 0 ? spec.keyUsage
                              : spec.isCa        ? unsigned(KeyCertSign | CrlSign)
                                                 : 0u;
    std::vector<Result<X509ExtensionPtr>> extensions;
    extensions.push_back(basicConstraintsExtension(spec.isCa, spec.pathLength));
    if (keyUsage != 0)
        extensions.push_back(keyUsageExtension(keyUsage));
    if (!spec.extendedKeyUsages.isEmpty())
        extensions.push_back(extendedKeyUsageExtension(spec.extendedKeyUsages));
    extensions.push_back(subjectKeyIdExtension(*subjectKeyId));
    if (!parties.authorityKeyId.isEmpty())
        extensions.push_back(authorityKeyIdExtension(parties.authorityKeyId));
    for (Result<X509ExtensionPtr>& extension : extensions) {
        if (!extension)
            return extension.error();
        if (X509_add_ext(cert.get(), extension->get(), -1) != 1)
            return openSslError(QStringLiteral("X509_add_ext"));
    }
    for (X509_EXTENSION* extension : parties.copied) {
        if (X509_add_ext(cert.get(), extension, -1) != 1)
            return openSslError(QStringLiteral("X509_add_ext"),
                                tr("A requested extension could not be copied."));
    }

    if (Result<void> signedOk = signer.sign(cert.get(), effectiveAlgorithm(signer, spec.algorithm));
        !signedOk)
        return signedOk.error();
    if (X509_verify(cert.get(), verifyWith) != 1)
        return openSslError(
            QStringLiteral("X509_verify"),
            tr("The CA key and the CA certificate do not belong together; nothing was written."),
            tr("The new certificate's signature does not verify with the issuer's public key."));
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return openSslError(QStringLiteral("i2d_X509"));
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    *serialText = serialHex(cert.get());
    return result;
}

} // namespace

CaCheck checkIssuer(const QByteArray& caCertificateDer, const signing::KeyFacts& caKey) {
    CaCheck check;
    X509Ptr cert = decodeCertificate(caCertificateDer);
    if (!cert) {
        const QString reason = takeOpenSslReason();
        check.errors << tr("The CA certificate does not decode (%1).")
                            .arg(reason.isEmpty() ? tr("trailing data") : reason);
        return check;
    }
    check.subjectText = nameText(X509_get_subject_name(cert.get()));
    if ((X509_get_extension_flags(cert.get()) & EXFLAG_INVALID) != 0)
        check.errors << tr("The CA certificate's extensions are malformed.");

    const auto* cursor = reinterpret_cast<const unsigned char*>(caKey.publicKey.constData());
    EvpPkeyPtr keyPublic(d2i_PUBKEY(nullptr, &cursor, long(caKey.publicKey.size())));
    EVP_PKEY* certPublic = X509_get0_pubkey(cert.get());
    if (!keyPublic || certPublic == nullptr || EVP_PKEY_eq(certPublic, keyPublic.get()) != 1)
        check.errors << tr("The CA certificate's public key (%1) is not the CA key's (%2).")
                            .arg(certPublic ? keyDescription(certPublic) : tr("unreadable"),
                                 keyPublic ? keyDescription(keyPublic.get()) : tr("unreadable"));
    if (!caKey.canSign)
        check.errors << tr("The CA key may not sign (CKA_SIGN is false).");

    int critical = -1;
    BasicConstraintsPtr constraints(static_cast<BASIC_CONSTRAINTS*>(
        X509_get_ext_d2i(cert.get(), NID_basic_constraints, &critical, nullptr)));
    if (!constraints)
        check.errors << tr(
            "The certificate has no basicConstraints extension, so it is not a CA certificate.");
    else if (!constraints->ca)
        check.errors << tr("The certificate's basicConstraints say CA:FALSE: it is not a CA certificate.");

    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
        check.warnings
            << tr("The CA certificate expired on %1.").arg(timeText(X509_get0_notAfter(cert.get())));
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0)
        check.warnings << tr("The CA certificate is not valid before %1.")
                              .arg(timeText(X509_get0_notBefore(cert.get())));
    if ((X509_get_extension_flags(cert.get()) & EXFLAG_KUSAGE) != 0 &&
        (X509_get_key_usage(cert.get()) & KU_KEY_CERT_SIGN) == 0)
        check.warnings << tr("The CA certificate's key usage lacks keyCertSign.");
    (void)takeOpenSslReason();
    return check;
}

Result<QByteArray> issueCertificate(signing::TokenKey& caKey, const QByteArray& caCertificateDer,
                                    const RequestInfo& request, const IssueSpec& spec,
                                    bool overrideWarnings) {
    const QString operation = tr("Issuing a certificate");
    const CaCheck check = checkIssuer(caCertificateDer, caKey.facts());
    if (!check.errors.isEmpty())
        return Error::other(operation, check.errors.join(QLatin1Char(' ')),
                            tr("Choose the CA certificate that belongs to the CA key; nothing was signed."));
    if (!check.warnings.isEmpty() && !overrideWarnings)
        return Error::other(operation, check.warnings.join(QLatin1Char(' ')),
                            tr("Nothing was signed. Confirm the warnings (hsmwb: --force) to issue anyway."));
    X509Ptr caCert = decodeCertificate(caCertificateDer);
    BasicConstraintsPtr caConstraints(static_cast<BASIC_CONSTRAINTS*>(
        X509_get_ext_d2i(caCert.get(), NID_basic_constraints, nullptr, nullptr)));
    if (spec.isCa && caConstraints && caConstraints->pathlen && ASN1_INTEGER_get(caConstraints->pathlen) == 0)
        return Error::other(operation, tr("The CA's path length is 0: it may not issue CA certificates."),
                            tr("Issue an end-entity certificate, or sign with a CA higher up."));

    const auto* cursor = reinterpret_cast<const unsigned char*>(request.der.constData());
    X509ReqPtr csr(d2i_X509_REQ(nullptr, &cursor, long(request.der.size())));
    if (!csr)
        return openSslError(QStringLiteral("d2i_X509_REQ"), tr("Read the request again with readRequest."));
    EVP_PKEY* subjectKey = X509_REQ_get0_pubkey(csr.get());
    if (subjectKey == nullptr || X509_REQ_verify(csr.get(), subjectKey) != 1)
        return openSslError(QStringLiteral("X509_REQ_verify"),
                            tr("The request was altered or made with another key; ask for a new one. Nothing "
                               "was signed."),
                            tr("The request's signature does not verify."));

    Parties parties;
    parties.issuer = X509_get_subject_name(caCert.get());
    parties.subject = X509_REQ_get_subject_name(csr.get());
    parties.subjectKey = subjectKey;
    if (const ASN1_OCTET_STRING* caKeyId = X509_get0_subject_key_id(caCert.get()))
        parties.authorityKeyId = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(caKeyId)),
                                            ASN1_STRING_length(caKeyId));
    else if (Result<QByteArray> computed = keyIdentifier(X509_get0_pubkey(caCert.get())); computed)
        parties.authorityKeyId = *computed;

    QSet<QString> issuerSets{kBasicConstraintsOid, kSubjectKeyIdOid, kAuthorityKeyIdOid};
    if (spec.keyUsage != 0 || spec.isCa)
        issuerSets << kKeyUsageOid;
    if (!spec.extendedKeyUsages.isEmpty())
        issuerSets << kExtendedKeyUsageOid;
    ExtensionStack requested(X509_REQ_get_extensions(csr.get()));
    (void)takeOpenSslReason();
    for (const QString& oid : spec.copyExtensions) {
        if (issuerSets.contains(oid))
            continue;
        X509_EXTENSION* found = nullptr;
        for (int i = 0; requested && i < sk_X509_EXTENSION_num(requested.get()); ++i) {
            X509_EXTENSION* extension = sk_X509_EXTENSION_value(requested.get(), i);
            if (dottedOid(X509_EXTENSION_get_object(extension)) == oid)
                found = extension;
        }
        if (found == nullptr)
            return Error::other(operation, tr("The request has no extension %1 to copy.").arg(oid),
                                tr("Copy only extensions the request lists."));
        parties.copied << found;
    }

    QString serial;
    Result<QByteArray> issued = buildAndSign(caKey, parties, spec, X509_get0_pubkey(caCert.get()), &serial);
    if (!issued) {
        logging::adminFailure(
            QStringLiteral("issuing a certificate for \u201c%1\u201d with CA \u201c%2\u201d")
                .arg(request.subjectText, check.subjectText),
            issued.error());
        return issued;
    }
    logging::adminChange(
        QStringLiteral("issued certificate serial %1 for \u201c%2\u201d, signed by CA \u201c%3\u201d "
                       "with key \u201c%4\u201d%5")
            .arg(serial, request.subjectText, check.subjectText, caKey.object().label,
                 check.warnings.isEmpty() ? QString()
                                          : QStringLiteral(" (warnings overridden: %1)")
                                                .arg(check.warnings.join(QLatin1Char(' ')))));
    return issued;
}

Result<QByteArray> selfSign(signing::TokenKey& key, const DistinguishedName& subject, const IssueSpec& spec) {
    const QStringList problems = validateName(subject);
    if (!problems.isEmpty())
        return Error::other(tr("Creating a self-signed certificate"), problems.join(QLatin1Char(' ')),
                            tr("Correct the subject; nothing was signed."));
    Result<X509NamePtr> name = buildName(subject);
    if (!name)
        return name.error();
    Result<EvpPkeyPtr> publicKey = key.publicKey();
    if (!publicKey)
        return publicKey.error();
    Result<QByteArray> keyId = keyIdentifier(publicKey->get());
    if (!keyId)
        return keyId.error();
    Parties parties;
    parties.issuer = name->get();
    parties.subject = name->get();
    parties.subjectKey = publicKey->get();
    parties.authorityKeyId = *keyId;
    QString serial;
    Result<QByteArray> made = buildAndSign(key, parties, spec, publicKey->get(), &serial);
    const QString subjectText = formatName(subject);
    if (!made) {
        logging::adminFailure(QStringLiteral("self-signing \u201c%1\u201d with key \u201c%2\u201d")
                                  .arg(subjectText, key.object().label),
                              made.error());
        return made;
    }
    logging::adminChange(
        QStringLiteral("self-signed %1certificate serial %2 for \u201c%3\u201d with key \u201c%4\u201d")
            .arg(spec.isCa ? QStringLiteral("CA ") : QString(), serial, subjectText, key.object().label));
    return made;
}

QByteArray certificateToPem(const QByteArray& der) {
    return exporting::toPem(der, "CERTIFICATE");
}

} // namespace hsm::certs
