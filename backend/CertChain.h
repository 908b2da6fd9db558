#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Building a certificate's chain leaf -> root from candidate certificates gathered anywhere (tokens,
// files, the system trust store), and checking each link the way a relying party would: signature,
// validity dates, CA flag, path length and key usage. Every failure is a sentence a user can act on.
// Pure OpenSSL over DER: no module is called here.
namespace hsm::chain {

/// Where a candidate certificate came from; shown with every link and in its error sentences.
struct Source {
    enum class Kind { Token, File, SystemTrust, Other };
    Kind kind = Kind::Other;
    QString name; ///< token label, file path; empty for the system trust store

    /// "token Demo CA", "file /x/y.pem", "system trust (p11-kit)".
    [[nodiscard]] QString text() const;
    /// "on token Demo CA", "in file /x/y.pem", "in the system trust store (p11-kit)".
    [[nodiscard]] QString foundText() const;

    [[nodiscard]] static Source token(const QString& label) { return {Kind::Token, label}; }
    [[nodiscard]] static Source file(const QString& path) { return {Kind::File, path}; }
    [[nodiscard]] static Source systemTrust() { return {Kind::SystemTrust, {}}; }
};

/// A certificate that may be a link of the chain.
struct Candidate {
    QByteArray der;
    Source source;
    /// A trust anchor of the system trust store (trusted, not distrusted).
    bool trustAnchor = false;
};

/// The result of one check of one link.
struct Check {
    enum class State { Passed, Failed, NotApplicable };
    State state = State::NotApplicable;
    QString text; ///< what was checked and found, in words

    [[nodiscard]] bool failed() const { return state == State::Failed; }
    /// "ok", "failed", "n/a": the JSON and log spelling.
    [[nodiscard]] QString stateName() const;
};

/// One certificate of the chain with its verification results. A link that stands for an issuer
/// that was not found (`missing`) has only the subject (the issuer name that was looked for).
struct Link {
    QByteArray der;
    QString subject; ///< one line, RFC 2253 order ("CN=leaf,O=Example")
    QString issuer;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    Source source;
    bool selfSigned = false;  ///< subject == issuer and its own key verifies its signature
    bool trustAnchor = false; ///< the same certificate (or the same name and key) is a system trust anchor
    bool missing = false;     ///< placeholder: issuer not found

    Check signature; ///< verified with the issuer's key (self-signed: its own)
    Check validity;  ///< its own notBefore/notAfter against now
    Check ca;        ///< issuers only: basicConstraints CA:TRUE
    Check pathLength;
    Check keyUsage; ///< issuers only: keyCertSign when key usage is present
    /// Every failure of this link as a sentence, in check order.
    QStringList problems;

    [[nodiscard]] bool ok() const { return !missing && problems.isEmpty(); }
    [[nodiscard]] QList<const Check*> checks() const {
        return {&signature, &validity, &ca, &pathLength, &keyUsage};
    }
};

struct Chain {
    QList<Link> links; ///< leaf first; the last is the root, or a missing issuer
    /// The chain ends at a self-signed certificate.
    [[nodiscard]] bool complete() const { return !links.isEmpty() && links.last().selfSigned; }
    /// Every link is valid and the chain is complete.
    [[nodiscard]] bool ok() const;
    /// The root is a trust anchor of the system trust store.
    [[nodiscard]] bool rootIsAnchor() const { return complete() && links.last().trustAnchor; }
    /// Index of the first link with a problem; -1 when there is none.
    [[nodiscard]] int firstBroken() const;
    /// One sentence for a status line: valid (and whether anchored), or where and why it breaks.
    [[nodiscard]] QString summary() const;
};

struct BuildOptions {
    QDateTime now;      ///< invalid = the current time
    int maxLength = 16; ///< links before the builder gives up (a loop guard on top of the visited set)
};

/// Whether `der` parses as an X.509 certificate.
[[nodiscard]] bool isCertificate(const QByteArray& der);

/// Builds and checks the chain of `leaf`. Issuers are taken from `pool` (duplicates of one
/// certificate merged; a trust-anchor flag on any copy counts): a candidate qualifies when its
/// subject equals the child's issuer name; a signature that verifies, then an AKI/SKI match, then
/// current validity and the CA flag decide between several. A leaf that does not parse gives one
/// missing link saying so.
[[nodiscard]] Chain build(const Candidate& leaf, const QList<Candidate>& pool,
                          const BuildOptions& options = {});

/// "2024-01-30": how the checks write dates (UTC).
[[nodiscard]] QString dateText(const QDateTime& time);

} // namespace hsm::chain

Q_DECLARE_METATYPE(hsm::chain::Candidate)
