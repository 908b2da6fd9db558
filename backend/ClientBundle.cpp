// Loading the certificates and keys of a client bundle, building the client's chain from them,
// writing the ordered PEM, and running the rules (ClientBundleRules.cpp).
#include "ClientBundle.h"

#include "ClientBundleInternal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstring>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace hsm::bundle {

using namespace detail;

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::bundle)
};

bool looksLikePem(const QByteArray& data) {
    return data.contains("-----BEGIN ");
}

Result<ParsedCertificates> parsePem(const InputFile& file) {
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(file.data.constData(), static_cast<int>(file.data.size())));
    ParsedCertificates parsed;
    parsed.pem = true;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        parsed.certificates << wrap(cert);
    // The loop ends with "no start line" at the end of the data; anything else is a broken block.
    const unsigned long last = ERR_peek_last_error();
    if (last != 0 && !(ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE))
        return Error::other(
            QStringLiteral("PEM_read_bio_X509"),
            Text::tr("“%1” holds a PEM block that cannot be read (%2).").arg(file.name, takeReason()),
            Text::tr("The file may be truncated or edited; export it again."));
    ERR_clear_error();
    if (parsed.certificates.isEmpty())
        return Error::other(QStringLiteral("PEM_read_bio_X509"),
                            Text::tr("“%1” holds no CERTIFICATE block.").arg(file.name),
                            Text::tr("Choose a file with “-----BEGIN CERTIFICATE-----” blocks."));
    return parsed;
}

Result<ParsedCertificates> parseDer(const InputFile& file) {
    ERR_clear_error();
    const auto* start = reinterpret_cast<const unsigned char*>(file.data.constData());
    const unsigned char* p = start;
    X509* cert = d2i_X509(nullptr, &p, static_cast<long>(file.data.size()));
    if (cert == nullptr)
        return Error::other(
            QStringLiteral("d2i_X509"),
            Text::tr("“%1” is neither a PEM nor a DER certificate (%2).").arg(file.name, takeReason()),
            Text::tr("Choose the certificate file itself, not a key or a request."));
    ParsedCertificates parsed;
    parsed.certificates << wrap(cert);
    if (p != start + file.data.size())
        return Error::other(
            QStringLiteral("d2i_X509"),
            Text::tr("“%1” has %n byte(s) after its certificate.", nullptr,
                     static_cast<int>(start + file.data.size() - p))
                .arg(file.name),
            Text::tr("The file is damaged or not a single DER certificate; export it again."));
    return parsed;
}

/// The end-entity certificate of a file: the one that issued no other certificate of the file and
/// is not self-signed. The first certificate when that is not clear.
CertPtr leafOf(const QList<CertPtr>& certificates) {
    for (const CertPtr& candidate : certificates) {
        if (isSelfSigned(candidate.get()))
            continue;
        bool issuesOther = false;
        for (const CertPtr& other : certificates)
            if (other != candidate && issued(candidate.get(), other.get()))
                issuesOther = true;
        if (!issuesOther)
            return candidate;
    }
    return certificates.first();
}

/// Opens a PKCS#12 with `password`; every failure is kept in `pfx.error`.
void loadPfx(const BundleInput& input, PfxContents& pfx) {
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(input.pfx.data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, static_cast<long>(input.pfx.data.size())));
    if (!p12) {
        pfx.error =
            Error::other(QStringLiteral("d2i_PKCS12"),
                         Text::tr("“%1” is not a PFX (PKCS#12) file (%2).").arg(input.pfx.name, takeReason()),
                         Text::tr("Choose the .pfx / .p12 file exported for Windows."));
        return;
    }
    // PKCS12 functions take a NUL-terminated password; the copy lives in wiped memory too.
    SecureBuffer secret(input.pfxPassword.size() + 1);
    if (!input.pfxPassword.isEmpty())
        std::memcpy(secret.data(), input.pfxPassword.data(), input.pfxPassword.size());
    secret.data()[input.pfxPassword.size()] = 0;
    const char* password = reinterpret_cast<const char*>(secret.data());
    if (PKCS12_mac_present(p12.get()) == 1) {
        bool verified = PKCS12_verify_mac(p12.get(), password, -1) == 1;
        // An empty password may have been encoded as no password at all.
        if (!verified && input.pfxPassword.isEmpty()) {
            verified = PKCS12_verify_mac(p12.get(), nullptr, 0) == 1;
            if (verified)
                password = nullptr;
        }
        if (!verified) {
            pfx.error = Error::other(
                QStringLiteral("PKCS12_verify_mac"),
                Text::tr("The password does not open “%1” (%2).").arg(input.pfx.name, takeReason()),
                Text::tr("Enter the password the PFX was exported with."));
            return;
        }
    }
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* others = nullptr;
    if (PKCS12_parse(p12.get(), password, &key, &cert, &others) != 1) {
        pfx.error = Error::other(
            QStringLiteral("PKCS12_parse"),
            Text::tr("The contents of “%1” cannot be read (%2).").arg(input.pfx.name, takeReason()),
            Text::tr(
                "A file written with legacy algorithms (RC2) is not read by OpenSSL 3 by default: export "
                "it again with AES."));
        return;
    }
    pfx.opened = true;
    pfx.key.reset(key);
    if (cert != nullptr)
        pfx.certificate = wrap(cert);
    for (int i = 0; others != nullptr && i < sk_X509_num(others); ++i)
        pfx.others << wrap(sk_X509_value(others, i));
    sk_X509_free(others); // the certificates are owned by pfx.others now
}

} // namespace

namespace detail {

QString takeReason() {
    const unsigned long first = ERR_get_error();
    ERR_clear_error();
    if (first == 0)
        return Text::tr("no reason given by OpenSSL");
    if (const char* reason = ERR_reason_error_string(first))
        return QString::fromUtf8(reason);
    char buffer[256] = {};
    ERR_error_string_n(first, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

CertPtr wrap(X509* cert) {
    return CertPtr(cert, X509_free);
}

QString nameOf(const X509_NAME* name) {
    unsigned char* der = nullptr;
    const int length = i2d_X509_NAME(name, &der);
    if (length <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return x509NameLine(bytes);
}

QString subjectOf(const X509* cert) {
    return nameOf(X509_get_subject_name(cert));
}

QString issuerOf(const X509* cert) {
    return nameOf(X509_get_issuer_name(cert));
}

bool issued(X509* issuer, X509* subject) {
    if (X509_check_issued(issuer, subject) != X509_V_OK)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    const bool ok = key != nullptr && X509_verify(subject, key) == 1;
    ERR_clear_error();
    return ok;
}

bool isSelfSigned(X509* cert) {
    return issued(cert, cert);
}

bool sameCertificate(const CertPtr& a, const CertPtr& b) {
    return a && b && X509_cmp(a.get(), b.get()) == 0;
}

qsizetype indexOf(const QList<CertPtr>& list, const CertPtr& cert) {
    for (qsizetype i = 0; i < list.size(); ++i)
        if (sameCertificate(list.at(i), cert))
            return i;
    return -1;
}

Result<ParsedCertificates> parseCertificates(const InputFile& file) {
    if (file.data.isEmpty())
        return Error::other(QStringLiteral("read"), Text::tr("“%1” is empty.").arg(file.name),
                            Text::tr("Choose the certificate file itself."));
    return looksLikePem(file.data) ? parsePem(file) : parseDer(file);
}

Chain buildChain(const CertPtr& leaf, const QList<CertPtr>& pool) {
    Chain chain;
    chain.certificates << leaf;
    // Bounded: a pool with a loop of cross-certificates must not keep us here.
    while (chain.certificates.size() < 16) {
        const CertPtr current = chain.certificates.last();
        if (isSelfSigned(current.get())) {
            chain.reachesRoot = true;
            break;
        }
        CertPtr next;
        for (const CertPtr& candidate : pool)
            if (indexOf(chain.certificates, candidate) < 0 && issued(candidate.get(), current.get())) {
                next = candidate;
                break;
            }
        if (!next)
            break;
        chain.certificates << next;
    }
    return chain;
}

QList<CertPtr> withoutRoots(const QList<CertPtr>& certificates) {
    QList<CertPtr> result;
    for (const CertPtr& cert : certificates)
        if (!isSelfSigned(cert.get()))
            result << cert;
    return result;
}

Result<Loaded> load(const BundleInput& input) {
    if (!input.clientCertificate.given())
        return Error::other(QStringLiteral("bundle-check"), Text::tr("No client certificate was given."),
                            Text::tr("Choose the client certificate file, or a certificate on a token."));
    Result<ParsedCertificates> certFile = parseCertificates(input.clientCertificate);
    if (!certFile)
        return certFile.error();
    Loaded loaded;
    loaded.certificateFile = std::move(certFile).value();
    loaded.client = leafOf(loaded.certificateFile.certificates);

    if (input.bundlePem.given()) {
        loaded.bundleName = input.bundlePem.name;
        Result<ParsedCertificates> bundle = parseCertificates(input.bundlePem);
        if (bundle)
            loaded.bundle = std::move(bundle).value();
        else
            loaded.bundleError = bundle.error();
    } else if (!input.clientCertificateFromToken) {
        // On Linux the client certificate file is the PEM file: intermediates go in the same file.
        loaded.bundleName = input.clientCertificate.name;
        loaded.bundle = loaded.certificateFile;
        loaded.bundleIsCertificateFile = true;
    }

    if (input.caBundle.given()) {
        Result<ParsedCertificates> ca = parseCertificates(input.caBundle);
        if (ca)
            loaded.ca = std::move(ca).value();
        else
            loaded.caError = ca.error();
    }

    if (input.pfx.given())
        loadPfx(input, loaded.pfx);

    // Every certificate given, the client's own file first: the chain prefers what the client sends.
    QList<CertPtr> pool;
    if (loaded.bundle)
        pool << loaded.bundle->certificates;
    pool << loaded.certificateFile.certificates;
    if (loaded.ca)
        pool << loaded.ca->certificates;
    if (loaded.pfx.certificate)
        pool << loaded.pfx.certificate;
    pool << loaded.pfx.others;
    loaded.chain = buildChain(loaded.client, pool);
    return loaded;
}

QString quoted(const X509* cert) {
    return QStringLiteral("“%1”").arg(subjectOf(cert));
}

QString listText(const QList<CertPtr>& certificates, const QString& separator) {
    QStringList names;
    for (const CertPtr& cert : certificates)
        names << quoted(cert.get());
    return names.join(separator);
}

QString chainText(const QList<CertPtr>& certificates) {
    return listText(certificates, QStringLiteral(" → "));
}

QString missingIssuerText(const Chain& chain) {
    const CertPtr& last = chain.certificates.last();
    return Text::tr("The chain stops at “%1”: its issuer “%2” is not among the certificates given.")
        .arg(subjectOf(last.get()), issuerOf(last.get()));
}

} // namespace detail

// ---- Public API -------------------------------------------------------------------------------

Result<InputFile> readInputFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::other(QStringLiteral("open"), Text::tr("The file “%1” does not exist.").arg(path),
                            Text::tr("Check the path."));
    if (info.size() > kMaxFileSize)
        return Error::other(QStringLiteral("open"),
                            Text::tr("“%1” is %2 bytes; certificate files above %3 bytes are refused.")
                                .arg(path)
                                .arg(info.size())
                                .arg(kMaxFileSize),
                            Text::tr("Choose the certificate file itself, not an archive or a log."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::other(QStringLiteral("open"),
                            Text::tr("“%1” cannot be read: %2").arg(path, file.errorString()),
                            Text::tr("Check the file's permissions."));
    return InputFile{path, file.readAll()};
}

Result<SecureBuffer> readSecretFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::other(QStringLiteral("open"), Text::tr("The key file “%1” does not exist.").arg(path),
                            Text::tr("Check the path."));
    if (info.size() > kMaxFileSize)
        return Error::other(
            QStringLiteral("open"),
            Text::tr("“%1” is %2 bytes: too large for a key file.").arg(path).arg(info.size()),
            Text::tr("Choose the client's private key file."));
    // Unbuffered: no Qt buffer keeps a copy of the key that we could not wipe.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error::other(QStringLiteral("open"),
                            Text::tr("The key file “%1” cannot be read: %2").arg(path, file.errorString()),
                            Text::tr("Check the file's permissions."));
    SecureBuffer buffer(static_cast<std::size_t>(info.size()));
    const qint64 read = file.read(reinterpret_cast<char*>(buffer.data()), info.size());
    if (read != info.size())
        return Error::other(QStringLiteral("read"),
                            Text::tr("The key file “%1” could not be read completely.").arg(path),
                            Text::tr("Check the file is not being written to."));
    return buffer;
}

bool Report::hasErrors() const {
    return count(Severity::Error) > 0;
}

int Report::count(Severity severity) const {
    int n = 0;
    for (const Finding& f : findings)
        if (f.severity == severity)
            ++n;
    return n;
}

const Finding* Report::finding(Rule rule) const {
    for (const Finding& f : findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

Result<Report> check(const BundleInput& input) {
    Result<Loaded> loaded = load(input);
    if (!loaded)
        return loaded.error();
    const QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
    Report report;
    report.client = describeLine(loaded->client.get());
    for (const CertPtr& cert : loaded->chain.certificates)
        report.chain << describeLine(cert.get());
    const Finding usage = checkClientAuthUsage(*loaded);
    report.findings << usage;
    report.findings << checkBundleOrder(input, *loaded);
    report.findings << checkPemFormat(input, *loaded);
    report.findings << checkKeyMatch(input, *loaded);
    report.findings << checkPfxContents(input, *loaded);
    report.findings << checkChainVerifies(*loaded, usage.severity != Severity::Error);
    report.findings << checkValidity(*loaded, now, input.expiryWarningDays);
    return report;
}

Result<QByteArray> orderedPem(const BundleInput& input) {
    Result<Loaded> loaded = load(input);
    if (!loaded)
        return loaded.error();
    if (!loaded->chain.reachesRoot)
        return Error::other(
            QStringLiteral("bundle-check"), missingIssuerText(loaded->chain),
            Text::tr("Add the missing intermediate to the PEM file, or the root to the CA bundle; "
                     "nothing was written."));
    BioPtr bio(BIO_new(BIO_s_mem()));
    for (const CertPtr& cert : withoutRoots(loaded->chain.certificates))
        if (PEM_write_bio_X509(bio.get(), cert.get()) != 1)
            return Error::other(QStringLiteral("PEM_write_bio_X509"), takeReason());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

Result<void> writePem(const QString& path, const QByteArray& pem) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return Error::other(QStringLiteral("QSaveFile"),
                            Text::tr("Could not write “%1”: %2").arg(path, file.errorString()),
                            Text::tr("Choose a folder you can write to."));
    return {};
}

} // namespace hsm::bundle
