#pragma once

#include "Result.h"
#include "TokenSigner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Certificate signing requests: the subject, alternative names and usages a user asks for, the
// checks made before anything is signed, building and signing a CSR with a token key, and reading
// a CSR someone else made. Strings are UTF-8 throughout and kept exactly as typed.
namespace hsm::certs {

/// One relative distinguished name entry, in the order it appears in the name.
struct NameEntry {
    QString field; ///< short name: "C", "ST", "L", "O", "OU", "CN", "emailAddress", or a dotted OID
    QString value;
    friend bool operator==(const NameEntry&, const NameEntry&) = default;
};
using DistinguishedName = QList<NameEntry>;

/// Parses "/C=GB/O=Example/CN=host" (OpenSSL's -subj form; "\/" escapes a slash) or
/// "CN=host,O=Example,C=GB" (RFC 4514, shown in that order but stored most significant first).
[[nodiscard]] Result<DistinguishedName> parseName(const QString& text);
/// "/C=GB/O=Example/CN=host".
[[nodiscard]] QString formatName(const DistinguishedName& name);
/// Every problem of `name`, one sentence each: unknown field, empty value, C not two letters,
/// emailAddress without '@', value longer than its upper bound (CN 64, O 64, OU 64, ...), an empty
/// name. Empty when the name is fine.
[[nodiscard]] QStringList validateName(const DistinguishedName& name);

enum class AltNameType { Dns, Ip, Email, Uri };
struct AltName {
    AltNameType type = AltNameType::Dns;
    QString value;
    friend bool operator==(const AltName&, const AltName&) = default;
};
/// Parses "DNS:a.example,IP:10.0.0.1,email:x@y,URI:https://..." (types case-insensitive).
[[nodiscard]] Result<QList<AltName>> parseAltNames(const QString& text);
/// "DNS:a.example, IP:10.0.0.1".
[[nodiscard]] QString formatAltNames(const QList<AltName>& names);
/// Problems of each alternative name (bad IP address, DNS name with spaces, e-mail without '@', URI without
/// scheme).
[[nodiscard]] QStringList validateAltNames(const QList<AltName>& names);

/// Key usage bits, named as in RFC 5280 / `openssl x509 -text`.
enum KeyUsageBit : unsigned {
    DigitalSignature = 0x001,
    NonRepudiation = 0x002,
    KeyEncipherment = 0x004,
    DataEncipherment = 0x008,
    KeyAgreement = 0x010,
    KeyCertSign = 0x020,
    CrlSign = 0x040,
};
/// "digitalSignature,keyCertSign" (names as in KeyUsageBit's comment, case-insensitive;
/// "contentCommitment" = nonRepudiation) -> KeyUsageBit flags. An unknown name is an error.
[[nodiscard]] Result<unsigned> parseKeyUsage(const QString& commaSeparated);
/// The names of the bits set in `keyUsage`, in RFC 5280 order ("digitalSignature", "cRLSign").
[[nodiscard]] QStringList keyUsageNames(unsigned keyUsage);

/// Extended key usages we offer by name; others go in as dotted OIDs.
/// "serverAuth", "clientAuth", "codeSigning", "emailProtection" (plus "timeStamping", "OCSPSigning").
[[nodiscard]] Result<QStringList> parseExtendedKeyUsages(const QString& commaSeparated);

/// Everything a CSR asks for.
struct RequestSpec {
    DistinguishedName subject;
    QList<AltName> altNames;
    unsigned keyUsage = 0;         ///< KeyUsageBit flags; 0 = no keyUsage extension
    QStringList extendedKeyUsages; ///< short names or dotted OIDs; empty = no extension
    signing::Algorithm
        algorithm; ///< default-constructed = the key's preferred (supportedAlgorithms().first())
};

/// Builds the CSR for `spec` with `key`'s public key, signs it on the token and verifies the
/// self-signature. Returns the DER. Refuses (nothing signed) when validateName/validateAltNames
/// find a problem or the key cannot sign with spec.algorithm.
[[nodiscard]] Result<QByteArray> createRequest(signing::TokenKey& key, const RequestSpec& spec);

/// A CSR as read from a file, decoded for display and for issuing.
struct RequestInfo {
    QByteArray der;
    DistinguishedName subject;
    QString subjectText;    ///< "/C=GB/O=Example/CN=host"
    QString keyDescription; ///< "RSA 2048 bits", "EC P-256", "Ed25519"
    QByteArray publicKey;   ///< DER SubjectPublicKeyInfo
    bool signatureValid = false;
    QString signatureProblem;   ///< OpenSSL's reason when it does not verify
    QString signatureAlgorithm; ///< "sha256WithRSAEncryption", "ecdsa-with-SHA384", "ED25519"
    struct Extension {
        QString oid;   ///< dotted
        QString name;  ///< "X509v3 Subject Alternative Name"
        QString value; ///< as `openssl req -text` prints it
        bool critical = false;
    };
    QList<Extension> requestedExtensions;
};

/// Reads a CSR from PEM ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST") or DER bytes.
/// A file that is neither, truncated, or larger than 1 MiB gives an error naming which.
[[nodiscard]] Result<RequestInfo> readRequest(const QByteArray& bytes);

/// PEM armour of a CSR.
[[nodiscard]] QByteArray requestToPem(const QByteArray& der);

} // namespace hsm::certs
