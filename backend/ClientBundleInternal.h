#pragma once

// Shared by ClientBundle.cpp (loading, chain building, ordered PEM) and ClientBundleRules.cpp (the
// rules). Not for use outside the client bundle check.

#include "CertificateInfo.h"
#include "ClientBundle.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <optional>

namespace hsm::bundle::detail {

template <auto FreeFunction> struct OpenSslFree {
    template <typename T> void operator()(T* pointer) const noexcept { FreeFunction(pointer); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslFree<PKCS12_free>>;
/// Shared, so the same certificate can sit in the file's list, the pool and the chain.
using CertPtr = std::shared_ptr<X509>;

[[nodiscard]] CertPtr wrap(X509* cert);
/// The oldest queued OpenSSL reason; the queue is emptied.
[[nodiscard]] QString takeReason();

[[nodiscard]] inline QString x509NameLine(const QByteArray& der) {
    return x509::nameToString(der);
}
[[nodiscard]] QString nameOf(const X509_NAME* name);
[[nodiscard]] QString subjectOf(const X509* cert);
[[nodiscard]] QString issuerOf(const X509* cert);
/// `issuer`'s name and key identifiers match `subject`'s issuer and its key verifies the signature.
[[nodiscard]] bool issued(X509* issuer, X509* subject);
[[nodiscard]] bool isSelfSigned(X509* cert);
[[nodiscard]] bool sameCertificate(const CertPtr& a, const CertPtr& b);
[[nodiscard]] qsizetype indexOf(const QList<CertPtr>& list, const CertPtr& cert);

struct ParsedCertificates {
    bool pem = false;
    QList<CertPtr> certificates; ///< in file order
};
/// PEM (every CERTIFICATE block) or one DER certificate.
[[nodiscard]] Result<ParsedCertificates> parseCertificates(const InputFile& file);

struct Chain {
    QList<CertPtr> certificates; ///< leaf first
    bool reachesRoot = false;    ///< the last one is self-signed
};
/// From `leaf`, each certificate followed by the first one of `pool` that issued it.
[[nodiscard]] Chain buildChain(const CertPtr& leaf, const QList<CertPtr>& pool);
[[nodiscard]] QList<CertPtr> withoutRoots(const QList<CertPtr>& certificates);

struct PfxContents {
    bool opened = false;
    std::optional<Error> error;
    KeyPtr key;
    CertPtr certificate;   ///< the key's certificate
    QList<CertPtr> others; ///< every other certificate in the file
};

/// Every input parsed once. Only the client certificate must parse; other failures are kept.
struct Loaded {
    ParsedCertificates certificateFile;
    CertPtr client;
    /// The PEM file the client uses: the bundle file, or the certificate file when none was given.
    std::optional<ParsedCertificates> bundle;
    std::optional<Error> bundleError;
    QString bundleName;
    bool bundleIsCertificateFile = false;
    std::optional<ParsedCertificates> ca;
    std::optional<Error> caError;
    PfxContents pfx;
    Chain chain; ///< built from every certificate given
};
[[nodiscard]] Result<Loaded> load(const BundleInput& input);
/// "The chain stops at X: its issuer Y is not among the certificates given."
[[nodiscard]] QString missingIssuerText(const Chain& chain);

[[nodiscard]] CertificateLine describeLine(X509* cert);
/// “subject” of a certificate, for messages.
[[nodiscard]] QString quoted(const X509* cert);
/// The quoted subjects joined by `separator`.
[[nodiscard]] QString listText(const QList<CertPtr>& certificates, const QString& separator);
/// The quoted subjects joined by arrows, leaf first.
[[nodiscard]] QString chainText(const QList<CertPtr>& certificates);

/// Collects what one rule found: problems first, then notes; the severity is the worst seen.
class Verdict {
public:
    explicit Verdict(Rule rule) { m_finding.rule = rule; }
    void error(const QString& text) { problem(Severity::Error, text); }
    void warning(const QString& text) { problem(Severity::Warning, text); }
    void note(const QString& text) { m_notes << text; }
    void notChecked(const QString& text) {
        m_notChecked = true;
        m_notes << text;
    }
    [[nodiscard]] Severity severity() const { return m_finding.severity; }
    /// `action` is kept only when something needs doing.
    [[nodiscard]] Finding finish(const QString& action) {
        if (m_notChecked && m_finding.severity == Severity::Ok)
            m_finding.severity = Severity::NotChecked;
        m_finding.details = m_problems + m_notes;
        if (m_finding.severity != Severity::Ok)
            m_finding.action = action;
        return m_finding;
    }

private:
    void problem(Severity severity, const QString& text) {
        m_problems << text;
        if (severity == Severity::Error || m_finding.severity == Severity::Ok)
            m_finding.severity = severity;
    }
    Finding m_finding;
    QStringList m_problems;
    QStringList m_notes;
    bool m_notChecked = false;
};

// The rules, one finding each (ClientBundleRules.cpp).
[[nodiscard]] Finding checkClientAuthUsage(const Loaded& loaded);
[[nodiscard]] Finding checkBundleOrder(const BundleInput& input, const Loaded& loaded);
[[nodiscard]] Finding checkPemFormat(const BundleInput& input, const Loaded& loaded);
[[nodiscard]] Finding checkKeyMatch(const BundleInput& input, const Loaded& loaded);
[[nodiscard]] Finding checkPfxContents(const BundleInput& input, const Loaded& loaded);
/// `withClientPurpose`: verify a second time as a TLS client certificate (rule 1 passed).
[[nodiscard]] Finding checkChainVerifies(const Loaded& loaded, bool withClientPurpose);
[[nodiscard]] Finding checkValidity(const Loaded& loaded, const QDateTime& now, int warningDays);

} // namespace hsm::bundle::detail
