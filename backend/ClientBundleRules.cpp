// The documented rules of the client certificate bundle (seeds/000_*) about the certificate, the PEM file,
// the key and the PFX, one finding each; the chain and its dates are in ClientBundleChain.cpp.
#include "ClientBundleInternal.h"

#include <QCoreApplication>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace hsm::bundle {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::bundle)
};

QString usageName(const ASN1_OBJECT* object) {
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(OBJ_nid2sn(nid)),
                                             QString::fromLatin1(OBJ_nid2ln(nid)));
    char buffer[128] = {};
    OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return QString::fromLatin1(buffer);
}

bool bytesLookLikePem(const SecureBuffer& data) {
    // fromRawData: no copy of the key.
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data.data()),
                                   static_cast<qsizetype>(data.size()))
        .contains("-----BEGIN ");
}

int refusePassphrase(char*, size_t, size_t*, const OSSL_PARAM[], void*) {
    return 0; // the key file's password is not asked for: an encrypted key is reported as such
}

/// The private key of a PEM or DER key file (PKCS#8 or traditional); null with `reason` set.
detail::KeyPtr decodePrivateKey(const SecureBuffer& data, QString* reason) {
    ERR_clear_error();
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* decoder =
        OSSL_DECODER_CTX_new_for_pkey(&key, nullptr, nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr);
    if (decoder == nullptr) {
        *reason = detail::takeReason();
        return {};
    }
    OSSL_DECODER_CTX_set_passphrase_cb(decoder, refusePassphrase, nullptr);
    const unsigned char* p = data.data();
    size_t length = data.size();
    const bool ok = OSSL_DECODER_from_data(decoder, &p, &length) == 1;
    OSSL_DECODER_CTX_free(decoder);
    if (!ok || key == nullptr) {
        *reason = detail::takeReason();
        return {};
    }
    ERR_clear_error();
    return detail::KeyPtr(key);
}

} // namespace

// ---- Names of rules and severities ------------------------------------------------------------

QString ruleId(Rule rule) {
    switch (rule) {
    case Rule::ClientAuthUsage:
        return QStringLiteral("client-auth-eku");
    case Rule::BundleOrder:
        return QStringLiteral("bundle-order");
    case Rule::PemFormat:
        return QStringLiteral("pem-format");
    case Rule::KeyMatch:
        return QStringLiteral("key-match");
    case Rule::PfxContents:
        return QStringLiteral("pfx-contents");
    case Rule::ChainVerifies:
        return QStringLiteral("chain-verifies");
    case Rule::Validity:
        return QStringLiteral("validity");
    }
    return {};
}

QString ruleText(Rule rule) {
    switch (rule) {
    case Rule::ClientAuthUsage:
        return Text::tr("The client (end-entity) certificate's extended key usage includes TLS Web client "
                        "authentication (clientAuth).");
    case Rule::BundleOrder:
        return Text::tr(
            "The PEM file holds the client certificate first, then its intermediate CA certificates in "
            "order (each one the issuer of the one before), and not the root.");
    case Rule::PemFormat:
        return Text::tr("PEM is the recommended format for the client certificate file and its key file.");
    case Rule::KeyMatch:
        return Text::tr("The private key belongs to the client certificate.");
    case Rule::PfxContents:
        return Text::tr(
            "A PFX for Windows holds exactly one certificate, the client certificate, and its private "
            "key; it must not contain the certificate chain.");
    case Rule::ChainVerifies:
        return Text::tr("The client certificate's chain verifies to a root in the CA bundle.");
    case Rule::Validity:
        return Text::tr("Every certificate of the chain is within its validity dates.");
    }
    return {};
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Ok:
        return Text::tr("ok");
    case Severity::Warning:
        return Text::tr("warning");
    case Severity::Error:
        return Text::tr("error");
    case Severity::NotChecked:
        return Text::tr("not checked");
    }
    return {};
}

QString severityMark(Severity severity) {
    switch (severity) {
    case Severity::Ok:
        return QString(QChar(0x2713));
    case Severity::Warning:
        return QString(QChar(0x26A0));
    case Severity::Error:
        return QString(QChar(0x2717));
    case Severity::NotChecked:
        return QString(QChar(0x2013));
    }
    return {};
}

namespace detail {

CertificateLine describeLine(X509* cert) {
    return CertificateLine{subjectOf(cert), issuerOf(cert), isSelfSigned(cert)};
}

// ---- 1: extended key usage ----------------------------------------------------------------------

Finding checkClientAuthUsage(const Loaded& loaded) {
    Verdict v(Rule::ClientAuthUsage);
    X509* client = loaded.client.get();
    int critical = -1;
    auto* usages =
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(client, NID_ext_key_usage, &critical, nullptr));
    if (usages == nullptr) {
        if (critical == -1)
            v.error(Text::tr("The client certificate %1 has no extended key usage extension.")
                        .arg(quoted(client)));
        else
            v.error(Text::tr("The extended key usage extension of %1 cannot be read.").arg(quoted(client)));
    } else {
        QStringList names;
        bool clientAuth = false;
        for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
            const ASN1_OBJECT* usage = sk_ASN1_OBJECT_value(usages, i);
            clientAuth = clientAuth || OBJ_obj2nid(usage) == NID_client_auth;
            names << usageName(usage);
        }
        EXTENDED_KEY_USAGE_free(usages);
        if (clientAuth)
            v.note(Text::tr("Extended key usage of %1: %2.")
                       .arg(quoted(client), names.join(QStringLiteral(", "))));
        else
            v.error(
                Text::tr("The extended key usage of %1 is %2; TLS Web client authentication (clientAuth) is "
                         "missing.")
                    .arg(quoted(client), names.join(QStringLiteral(", "))));
    }
    ERR_clear_error();
    const uint32_t flags = X509_get_extension_flags(client);
    if ((flags & EXFLAG_KUSAGE) != 0 && (X509_get_key_usage(client) & KU_DIGITAL_SIGNATURE) == 0)
        v.warning(
            Text::tr("The key usage of %1 lacks digitalSignature, which TLS client authentication uses.")
                .arg(quoted(client)));
    if ((flags & EXFLAG_CA) != 0)
        v.warning(
            Text::tr("%1 is a CA certificate (basicConstraints CA:TRUE); the client certificate should be an "
                     "end-entity certificate.")
                .arg(quoted(client)));
    return v.finish(
        Text::tr("Request and issue the client certificate again with extended key usage clientAuth "
                 "(TLS Web client authentication) and key usage digitalSignature, e.g. hsmwb csr … --eku "
                 "clientAuth."));
}

// ---- 2: order of the PEM file ---------------------------------------------------------------------

Finding checkBundleOrder(const BundleInput& input, const Loaded& loaded) {
    Verdict v(Rule::BundleOrder);
    const QString fix =
        Text::tr("Write the file in the right order with “Write ordered PEM…” (hsmwb bundle-check "
                 "--write-pem FILE): the client certificate, then each issuer in turn, no root.");
    if (loaded.bundleError) {
        v.error(loaded.bundleError->message);
        return v.finish(loaded.bundleError->hint);
    }
    if (!loaded.bundle) {
        v.notChecked(input.clientCertificateFromToken
                         ? Text::tr("No PEM file was given; the client certificate came from a token.")
                         : Text::tr("No PEM file was given."));
        return v.finish(
            Text::tr("Choose the PEM file the client will use, or write one with “Write ordered PEM…”."));
    }
    const QList<CertPtr>& file = loaded.bundle->certificates;
    const QString name = loaded.bundleName;
    X509* client = loaded.client.get();

    const qsizetype clientAt = indexOf(file, loaded.client);
    if (clientAt < 0)
        v.error(Text::tr("“%1” does not hold the client certificate %2.").arg(name, quoted(client)));
    else if (clientAt > 0)
        v.error(Text::tr("The client certificate %1 is certificate %2 of %3 in “%4”; it must come first.")
                    .arg(quoted(client))
                    .arg(clientAt + 1)
                    .arg(file.size())
                    .arg(name));
    for (const CertPtr& cert : file)
        if (isSelfSigned(cert.get()))
            v.error(Text::tr(
                        "The root client certificate should not be included in this file: %1 is self-signed.")
                        .arg(quoted(cert.get())));

    const QList<CertPtr> expected = withoutRoots(loaded.chain.certificates);
    for (qsizetype i = 1; i < expected.size(); ++i)
        if (indexOf(file, expected.at(i)) < 0)
            v.error(Text::tr("The intermediate CA certificate %1, issuer of %2, is missing from the file.")
                        .arg(quoted(expected.at(i).get()), quoted(expected.at(i - 1).get())));
    if (!loaded.chain.reachesRoot)
        v.error(Text::tr(
                    "%1 Every intermediate CA certificate up to a root in the CA bundle must be in the file.")
                    .arg(missingIssuerText(loaded.chain)));

    // The chain's certificates that are in the file must appear in chain order.
    qsizetype previous = -1;
    for (const CertPtr& cert : file) {
        const qsizetype at = indexOf(expected, cert);
        if (at < 0)
            continue;
        if (at < previous) {
            v.error(Text::tr(
                        "The certificates are not in chain order; the order is %1, each certificate followed "
                        "by the one "
                        "that issued it.")
                        .arg(chainText(expected)));
            break;
        }
        previous = at;
    }
    for (const CertPtr& cert : file)
        if (!isSelfSigned(cert.get()) && indexOf(expected, cert) < 0)
            v.warning(Text::tr("%1 in the file is not part of the client certificate's chain.")
                          .arg(quoted(cert.get())));

    if (v.severity() == Severity::Ok)
        v.note(expected.size() > 1
                   ? Text::tr("“%1” holds the client certificate followed by its intermediates in order "
                              "(%2), without "
                              "the root.")
                         .arg(name, chainText(expected))
                   : Text::tr(
                         "“%1” holds the client certificate, which needs no intermediate, without the root.")
                         .arg(name));
    return v.finish(fix);
}

// ---- 3: PEM format ----------------------------------------------------------------------------------

Finding checkPemFormat(const BundleInput& input, const Loaded& loaded) {
    Verdict v(Rule::PemFormat);
    bool anyFile = false;
    if (!input.clientCertificateFromToken) {
        anyFile = true;
        if (loaded.certificateFile.pem)
            v.note(Text::tr("The client certificate file “%1” is PEM.").arg(input.clientCertificate.name));
        else
            v.warning(Text::tr("The client certificate file “%1” is DER; the recommended format is PEM.")
                          .arg(input.clientCertificate.name));
    }
    if (loaded.bundle && !loaded.bundleIsCertificateFile) {
        anyFile = true;
        if (loaded.bundle->pem)
            v.note(Text::tr("The PEM file “%1” is PEM.").arg(loaded.bundleName));
        else
            v.warning(Text::tr("“%1” is DER; the client certificate file with its intermediates must be PEM.")
                          .arg(loaded.bundleName));
    }
    if (!input.keyName.isEmpty() || !input.keyData.isEmpty()) {
        anyFile = true;
        if (bytesLookLikePem(input.keyData))
            v.note(Text::tr("The key file “%1” is PEM.").arg(input.keyName));
        else
            v.warning(
                Text::tr(
                    "The key file “%1” is not PEM; the recommended format for the client certificate key "
                    "file is PEM.")
                    .arg(input.keyName));
    }
    if (!anyFile)
        v.notChecked(Text::tr("No certificate or key file was given."));
    return v.finish(
        Text::tr("Convert to PEM: openssl x509 -inform DER -in CERT.der -out CERT.pem for a certificate, "
                 "openssl pkey -inform DER -in KEY.der -out KEY.pem for a key."));
}

// ---- 4: key matches the certificate -------------------------------------------------------------------

Finding checkKeyMatch(const BundleInput& input, const Loaded& loaded) {
    Verdict v(Rule::KeyMatch);
    X509* client = loaded.client.get();
    EVP_PKEY* certificateKey = X509_get0_pubkey(client);
    const QString fix =
        Text::tr("Use the private key the client certificate was requested with; if it is lost, "
                 "request and issue a new certificate for a new key.");
    if (!input.keyName.isEmpty() || !input.keyData.isEmpty()) {
        QString reason;
        KeyPtr key = decodePrivateKey(input.keyData, &reason); // freed at the end of this block
        const bool encrypted = QByteArray::fromRawData(reinterpret_cast<const char*>(input.keyData.data()),
                                                       static_cast<qsizetype>(input.keyData.size()))
                                   .contains("ENCRYPTED");
        if (!key && encrypted) {
            v.warning(Text::tr("The key file “%1” is encrypted; it was not compared with the certificate.")
                          .arg(input.keyName));
            return v.finish(
                Text::tr("Compare it yourself: openssl pkey -in KEY -pubout and openssl x509 -in CERT "
                         "-pubkey -noout print the same public key."));
        }
        if (!key) {
            v.error(Text::tr("“%1” holds no private key OpenSSL can read (%2).").arg(input.keyName, reason));
            return v.finish(Text::tr("Choose the client's private key file (PEM)."));
        }
        if (certificateKey != nullptr && EVP_PKEY_eq(key.get(), certificateKey) == 1)
            v.note(Text::tr("The private key in “%1” belongs to %2 (same public key).")
                       .arg(input.keyName, quoted(client)));
        else
            v.error(Text::tr("The private key in “%1” does not belong to %2: their public keys differ.")
                        .arg(input.keyName, quoted(client)));
        ERR_clear_error();
        return v.finish(fix);
    }
    if (input.keyOnToken) {
        if (input.tokenKeySpki.isEmpty()) {
            v.error(Text::tr("No private key with the certificate's ID was found on the token."));
            return v.finish(Text::tr("Log in to see private keys; the key must have the same CKA_ID as the "
                                     "certificate."));
        }
        const auto* p = reinterpret_cast<const unsigned char*>(input.tokenKeySpki.constData());
        KeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(input.tokenKeySpki.size())));
        if (key && certificateKey != nullptr && EVP_PKEY_eq(key.get(), certificateKey) == 1)
            v.note(Text::tr("The private key on the token belongs to %1 (same public key).")
                       .arg(quoted(client)));
        else
            v.error(Text::tr(
                        "The private key on the token with the certificate's ID does not belong to %1: their "
                        "public keys differ.")
                        .arg(quoted(client)));
        ERR_clear_error();
        return v.finish(fix);
    }
    v.notChecked(Text::tr("No key file was given."));
    return v.finish(Text::tr("Choose the client's key file to check it belongs to the certificate."));
}

// ---- 5: PFX for Windows -----------------------------------------------------------------------------

Finding checkPfxContents(const BundleInput& input, const Loaded& loaded) {
    Verdict v(Rule::PfxContents);
    if (!input.pfx.given()) {
        v.notChecked(Text::tr("No PFX file was given (it is only needed on Windows)."));
        return v.finish({});
    }
    const PfxContents& pfx = loaded.pfx;
    if (!pfx.opened) {
        v.error(pfx.error ? pfx.error->text() : Text::tr("“%1” could not be read.").arg(input.pfx.name));
        return v.finish(pfx.error ? pfx.error->hint : QString());
    }
    QList<CertPtr> all;
    if (pfx.certificate)
        all << pfx.certificate;
    all << pfx.others;
    CertPtr keyCertificate;
    for (const CertPtr& cert : all)
        if (pfx.key && EVP_PKEY_eq(pfx.key.get(), X509_get0_pubkey(cert.get())) == 1) {
            keyCertificate = cert;
            break;
        }
    ERR_clear_error();
    const QString name = input.pfx.name;
    if (all.isEmpty())
        v.error(Text::tr("“%1” holds no certificate.").arg(name));
    if (!pfx.key)
        v.error(Text::tr("“%1” holds no private key; it must hold the client certificate's key.").arg(name));
    else if (!all.isEmpty() && !keyCertificate)
        v.error(Text::tr("The private key in “%1” belongs to none of its certificates.").arg(name));
    if (keyCertificate && !sameCertificate(keyCertificate, loaded.client))
        v.error(Text::tr("The certificate in “%1” is %2, not the client certificate %3.")
                    .arg(name, quoted(keyCertificate.get()), quoted(loaded.client.get())));
    if (all.size() > 1)
        v.error(
            Text::tr("“%1” holds %2 certificates (%3); the PFX must not contain the full certificate chain.")
                .arg(name)
                .arg(all.size())
                .arg(listText(all, QStringLiteral(", "))));
    if (v.severity() == Severity::Ok)
        v.note(Text::tr("“%1” holds one certificate, the client certificate %2, and its private key.")
                   .arg(name, quoted(loaded.client.get())));
    return v.finish(
        Text::tr("Export a PFX with only the client certificate and its key: openssl pkcs12 -export -in "
                 "client.pem -inkey client.key -out client.pfx (without -certfile or -chain). Install the "
                 "intermediates into the CA store with certutil -addstore CA."));
}

} // namespace detail

} // namespace hsm::bundle
