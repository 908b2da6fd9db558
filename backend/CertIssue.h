#pragma once

#include "CertRequest.h"
#include "Result.h"
#include "TokenSigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <optional>

// Issuing certificates with a CA key on a token: from a CSR, or self-signed (a new CA's root).
namespace hsm::certs {

/// What the issuer decides about the certificate.
struct IssueSpec {
    QDateTime notBefore; ///< UTC; invalid = now
    QDateTime notAfter;  ///< UTC; invalid = notBefore + days
    int days = 365;
    bool isCa = false;
    std::optional<int> pathLength; ///< only with isCa
    unsigned keyUsage = 0;         ///< KeyUsageBit flags; 0 = none (CA default keyCertSign|cRLSign)
    QStringList extendedKeyUsages;
    /// Requested extensions (dotted OIDs from RequestInfo) to copy into the certificate. Extensions
    /// the issuer sets itself (basic constraints, key usage, EKU, key identifiers) are never copied.
    /// Key usage and EKU are issuer-set (not copied) only when the spec sets them (keyUsage != 0 or
    /// isCa; extendedKeyUsages not empty); otherwise the request's may be copied.
    QStringList copyExtensions;
    signing::Algorithm algorithm; ///< default-constructed = the signing key's preferred
};

/// Problems with the CA before anything is signed. `warnings` may be overridden by the user
/// (expired CA, not yet valid, CA certificate lacks keyCertSign), `errors` may not (certificate's
/// public key is not the key's, not a CA (basicConstraints CA:FALSE or absent), malformed).
struct CaCheck {
    QStringList errors;
    QStringList warnings;
    QString subjectText;
};
[[nodiscard]] CaCheck checkIssuer(const QByteArray& caCertificateDer, const signing::KeyFacts& caKey);

/// Issues a certificate for `request` (which must verify) signed by `caKey`, whose certificate is
/// `caCertificateDer`: random positive serial of 64+ bits, subject from the CSR, issuer from the CA,
/// subject key identifier (SHA-1 of the public key), authority key identifier from the CA's.
/// `overrideWarnings` accepts checkIssuer warnings; errors always refuse. Returns DER; the new
/// certificate's signature is verified with the CA's public key before it is returned.
[[nodiscard]] Result<QByteArray> issueCertificate(signing::TokenKey& caKey,
                                                  const QByteArray& caCertificateDer,
                                                  const RequestInfo& request, const IssueSpec& spec,
                                                  bool overrideWarnings);

/// A self-signed certificate for `key` (subject = issuer = `subject`). With spec.isCa it is a CA
/// root: basicConstraints critical CA:TRUE, keyCertSign|cRLSign unless spec.keyUsage says otherwise.
[[nodiscard]] Result<QByteArray> selfSign(signing::TokenKey& key, const DistinguishedName& subject,
                                          const IssueSpec& spec);

/// PEM armour of a certificate.
[[nodiscard]] QByteArray certificateToPem(const QByteArray& der);

} // namespace hsm::certs
