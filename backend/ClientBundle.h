#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The client certificate bundle check for network HSMs (nShield Web Services PKCS#11 library,
// seeds/000_*): the client certificate, its key, the PEM file the client will use (client
// certificate followed by its intermediates, no root), the CA bundle the server trusts, and the PFX
// for Windows, each checked against the documented rules. Pure OpenSSL; nothing touches a token.
namespace hsm::bundle {

/// Larger input files are refused before they are read: no certificate bundle comes near it.
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

enum class Severity {
    Ok,
    Warning,
    Error,
    NotChecked, ///< the input the rule needs was not given
};

/// The documented rules, in the order they are reported.
enum class Rule {
    ClientAuthUsage, ///< EKU includes TLS Web client authentication
    BundleOrder,     ///< client certificate first, then intermediates in order, no root
    PemFormat,       ///< PEM is the recommended format for certificate and key files
    KeyMatch,        ///< the private key belongs to the client certificate
    PfxContents,     ///< a PFX holds one certificate and its key, not the chain
    ChainVerifies,   ///< the chain verifies to a root in the CA bundle
    Validity,        ///< every certificate of the chain is within its dates
};

/// Stable name of a rule for JSON ("client-auth-eku", "bundle-order", ...).
[[nodiscard]] QString ruleId(Rule rule);
/// The rule in words, as the documentation states it.
[[nodiscard]] QString ruleText(Rule rule);
/// "ok", "warning", "error", "not checked" (translated).
[[nodiscard]] QString severityName(Severity severity);
/// "✓", "⚠", "✗", "–".
[[nodiscard]] QString severityMark(Severity severity);

/// The verdict on one rule: the worst of what was found, each problem in words, and what to do.
struct Finding {
    Rule rule = Rule::ClientAuthUsage;
    Severity severity = Severity::Ok;
    QStringList details; ///< what was found, one sentence each (problems first)
    QString action;      ///< what to do; empty when nothing needs doing
};

/// A file (or bytes from elsewhere) and the name to mention it by.
struct InputFile {
    QString name; ///< path, or a description such as "certificate “client” on token “A”"
    QByteArray data;
    [[nodiscard]] bool given() const { return !name.isEmpty() || !data.isEmpty(); }
};

/// Everything the check looks at. Move-only (the key and the PFX password are secrets).
struct BundleInput {
    /// The client certificate, DER or PEM. A PEM file with several certificates is also taken as
    /// the client's PEM file when `bundlePem` is not given (on Linux they are the same file).
    InputFile clientCertificate;
    bool clientCertificateFromToken = false; ///< from a token: no file format to check

    /// The client's private key file (PEM or DER); read only to compare public keys.
    QString keyName;
    SecureBuffer keyData;
    /// The key is on a token: `tokenKeySpki` is its DER SubjectPublicKeyInfo (empty: none found).
    bool keyOnToken = false;
    QByteArray tokenKeySpki;

    InputFile bundlePem; ///< the PEM file the client will use (client certificate + intermediates)
    InputFile caBundle;  ///< root(s) and intermediates the server trusts

    InputFile pfx; ///< PKCS#12 for Windows
    SecureBuffer pfxPassword;

    /// The time validity dates are checked against; invalid: now.
    QDateTime now;
    /// A certificate expiring within this many days is a warning.
    int expiryWarningDays = 30;
};

/// Reads `path` into `file`, refusing files above kMaxFileSize before reading them.
[[nodiscard]] Result<InputFile> readInputFile(const QString& path);
/// Reads a private key file straight into wiped memory.
[[nodiscard]] Result<SecureBuffer> readSecretFile(const QString& path);

/// One certificate as the report names it.
struct CertificateLine {
    QString subject; ///< one line, "CN=client,O=Example"
    QString issuer;
    bool selfSigned = false;
};

struct Report {
    QList<Finding> findings; ///< one per Rule, in Rule order
    CertificateLine client;
    /// The chain as built from every certificate given: client first, root last when found.
    QList<CertificateLine> chain;

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] int count(Severity severity) const;
    [[nodiscard]] const Finding* finding(Rule rule) const;
};

/// Checks every rule. Fails only when the client certificate itself cannot be read; every other
/// problem (an unreadable bundle, a wrong PFX password) is a finding of the rule it concerns.
[[nodiscard]] Result<Report> check(const BundleInput& input);

/// The PEM the client should use: the client certificate, then its intermediates leaf to root, no
/// root, built from every certificate given (certificate file, PEM file, CA bundle, PFX). Refused,
/// naming the missing issuer, when the chain does not reach a self-signed root.
[[nodiscard]] Result<QByteArray> orderedPem(const BundleInput& input);

/// Writes `pem` to `path` through QSaveFile: a failure leaves nothing half written.
[[nodiscard]] Result<void> writePem(const QString& path, const QByteArray& pem);

} // namespace hsm::bundle
