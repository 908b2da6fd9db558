#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hsm::x509 {

struct CertificateSummary {
    QString subject; ///< one-line, RFC 2253 order ("CN=leaf,O=Example")
    QString issuer;
    QString serialHex; ///< lower-case hex
    QDateTime notBefore;
    QDateTime notAfter;
};

/// Decodes a DER X.509 certificate with OpenSSL; nullopt when it does not parse.
[[nodiscard]] std::optional<CertificateSummary> decodeCertificate(const QByteArray& der);
/// A DER-encoded X.509 Name (CKA_SUBJECT, CKA_ISSUER) as one line; empty when it does not parse.
[[nodiscard]] QString nameToString(const QByteArray& derName);
/// DER ECParameters (CKA_EC_PARAMS): "P-256", "Ed25519", or the OID in dotted form when unnamed.
[[nodiscard]] QString curveName(const QByteArray& ecParams);
/// Field size in bits of the curve in CKA_EC_PARAMS, 0 when unknown.
[[nodiscard]] int curveBits(const QByteArray& ecParams);

} // namespace hsm::x509
