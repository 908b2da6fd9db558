#include "CertChain.h"

#include "CertificateInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <vector>

namespace hsm::chain {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::chain)
};

struct X509Free {
    void operator()(X509* p) const { X509_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parse(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    // Trailing bytes after the certificate mean it is not one DER certificate.
    if (cert && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        cert.reset();
    ERR_clear_error();
    return cert;
}

/// A pool entry: the candidate and its parsed certificate.
struct Entry {
    Candidate candidate;
    X509Ptr cert;
};

bool verifiesWith(X509* cert, X509* issuer) {
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    const bool ok = key != nullptr && X509_verify(cert, key) == 1;
    ERR_clear_error(); // a failed verification is a result here, not an error to report later
    return ok;
}

bool sameName(const X509_NAME* a, const X509_NAME* b) {
    return a != nullptr && b != nullptr && X509_NAME_cmp(a, b) == 0;
}

/// 1 when the child's authority key identifier names the issuer's subject key identifier, -1 when
/// both are present and differ, 0 when either is missing (no evidence either way).
int keyIdMatch(X509* child, X509* issuer) {
    const ASN1_OCTET_STRING* aki = X509_get0_authority_key_id(child);
    const ASN1_OCTET_STRING* ski = X509_get0_subject_key_id(issuer);
    if (aki == nullptr || ski == nullptr)
        return 0;
    return ASN1_OCTET_STRING_cmp(aki, ski) == 0 ? 1 : -1;
}

QString quoted(const QString& name) {
    return QStringLiteral("“%1”").arg(name);
}

QString keyUsageNames(uint32_t usage) {
    static const std::pair<uint32_t, const char*> names[] = {{KU_DIGITAL_SIGNATURE, "digitalSignature"},
                                                             {KU_NON_REPUDIATION, "nonRepudiation"},
                                                             {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
                                                             {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
                                                             {KU_KEY_AGREEMENT, "keyAgreement"},
                                                             {KU_KEY_CERT_SIGN, "keyCertSign"},
                                                             {KU_CRL_SIGN, "cRLSign"},
                                                             {KU_ENCIPHER_ONLY, "encipherOnly"},
                                                             {KU_DECIPHER_ONLY, "decipherOnly"}};
    QStringList out;
    for (const auto& [bit, name] : names)
        if ((usage & bit) != 0)
            out << QLatin1String(name);
    return out.isEmpty() ? Text::tr("nothing") : out.join(QStringLiteral(", "));
}

Check passed(const QString& text) {
    return {Check::State::Passed, text};
}
Check failed(const QString& text) {
    return {Check::State::Failed, text};
}
Check notApplicable(const QString& text) {
    return {Check::State::NotApplicable, text};
}

Check validityCheck(const Link& link, const QDateTime& now) {
    if (!link.notBefore.isValid() || !link.notAfter.isValid())
        return failed(Text::tr("The validity dates cannot be read"));
    if (now < link.notBefore)
        return failed(Text::tr("Not valid before %1").arg(dateText(link.notBefore)));
    if (now > link.notAfter)
        return failed(Text::tr("Expired on %1").arg(dateText(link.notAfter)));
    return passed(Text::tr("Valid from %1 to %2").arg(dateText(link.notBefore), dateText(link.notAfter)));
}

/// CA flag of a certificate that issued the one below it.
Check caCheck(X509* cert, bool selfSigned) {
    const uint32_t flags = X509_get_extension_flags(cert);
    if ((flags & EXFLAG_BCONS) != 0)
        return (flags & EXFLAG_CA) != 0 ? passed(Text::tr("basicConstraints CA:TRUE"))
                                        : failed(Text::tr("Not a CA: basicConstraints CA:FALSE"));
    // OpenSSL accepts a version 1 self-signed root as a CA: such roots predate extensions.
    if (X509_get_version(cert) == 0 && selfSigned)
        return passed(Text::tr("Version 1 root certificate without extensions (accepted as a CA)"));
    return failed(Text::tr("Not a CA: the certificate has no basicConstraints extension"));
}

/// Path length of a CA with `below` CA certificates between it and the leaf.
Check pathLengthCheck(X509* cert, int below) {
    const long limit = X509_get_pathlen(cert);
    if (limit < 0)
        return passed(Text::tr("No path length limit (%n CA certificate(s) below)", nullptr, below));
    if (below > limit)
        return failed(
            Text::tr("Path length %1 exceeded: %n CA certificate(s) below it", nullptr, below).arg(limit));
    return passed(Text::tr("pathlen:%1 (%n CA certificate(s) below)", nullptr, below).arg(limit));
}

Check keyUsageCheck(X509* cert) {
    if ((X509_get_extension_flags(cert) & EXFLAG_KUSAGE) == 0)
        return passed(Text::tr("No key usage extension (any use allowed)"));
    const uint32_t usage = X509_get_key_usage(cert);
    if ((usage & KU_KEY_CERT_SIGN) == 0)
        return failed(
            Text::tr("Key usage does not include keyCertSign (it has: %1)").arg(keyUsageNames(usage)));
    return passed(Text::tr("Key usage includes keyCertSign"));
}

class Builder {
public:
    Builder(const QList<Candidate>& pool, const BuildOptions& options)
        : m_now(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()),
          m_maxLength(options.maxLength) {
        for (const Candidate& candidate : pool) {
            if (const auto found = m_index.constFind(candidate.der); found != m_index.constEnd()) {
                // The same certificate from several places: an anchor copy makes it an anchor.
                m_entries[*found].candidate.trustAnchor |= candidate.trustAnchor;
                continue;
            }
            X509Ptr cert = parse(candidate.der);
            if (!cert)
                continue;
            m_index.insert(candidate.der, m_entries.size());
            m_entries.push_back({candidate, std::move(cert)});
        }
    }

    Chain build(const Candidate& leaf) {
        Chain chain;
        X509Ptr leafCert = parse(leaf.der);
        if (!leafCert) {
            Link link;
            link.missing = true;
            link.source = leaf.source;
            link.problems << Text::tr("The certificate does not parse as an X.509 DER certificate");
            chain.links << link;
            return chain;
        }
        QSet<QByteArray> visited{leaf.der};
        Candidate current = leaf;
        X509* cert = leafCert.get();
        while (true) {
            Link link = describe(current, cert);
            const int index = static_cast<int>(chain.links.size());
            if (index > 0) {
                link.ca = caCheck(cert, link.selfSigned);
                link.pathLength = pathLengthCheck(cert, index - 1);
                link.keyUsage = keyUsageCheck(cert);
            } else {
                const QString leafOnly = Text::tr("Checked on issuing (CA) certificates only");
                link.ca = notApplicable(leafOnly);
                link.pathLength = notApplicable(leafOnly);
                link.keyUsage = notApplicable(leafOnly);
            }
            const bool ownKeyVerifies = link.selfSigned && verifiesWith(cert, cert);
            const Entry* issuer = ownKeyVerifies ? nullptr : findIssuer(cert, visited);
            // A self-issued certificate its own key does not verify continues only to an issuer that does
            // (key rollover); otherwise it is a root with a bad signature.
            if (link.selfSigned && issuer != nullptr && !verifiesWith(cert, issuer->cert.get()))
                issuer = nullptr;
            if (link.selfSigned && issuer == nullptr) {
                link.signature =
                    ownKeyVerifies
                        ? passed(Text::tr("Self-signed: its own key verifies the signature"))
                        : failed(Text::tr("The self-signature of %1 does not verify with its own key")
                                     .arg(quoted(link.subject)));
                finish(link);
                chain.links << link;
                break;
            }
            link.selfSigned = false; // another certificate of that name signed it (key rollover)
            if (issuer == nullptr) {
                link.signature = notApplicable(
                    Text::tr("Not checked: the issuer %1 was not found").arg(quoted(link.issuer)));
                finish(link);
                chain.links << link;
                chain.links << missingIssuer(cert, link.issuer, visited);
                break;
            }
            const QString issuerSubject =
                x509::nameToString(nameDer(X509_get_subject_name(issuer->cert.get())));
            link.signature =
                verifiesWith(cert, issuer->cert.get())
                    ? passed(Text::tr("Verifies with the key of %1").arg(quoted(issuerSubject)))
                    : failed(
                          Text::tr(
                              "The signature does not verify with the key of %1 (the issuer certificate was "
                              "found %2)")
                              .arg(quoted(issuerSubject), issuer->candidate.source.foundText()));
            finish(link);
            chain.links << link;
            if (chain.links.size() >= m_maxLength) {
                chain.links.last().problems
                    << Text::tr("The chain is longer than %1 certificates; stopped here").arg(m_maxLength);
                break;
            }
            visited.insert(issuer->candidate.der);
            current = issuer->candidate;
            cert = issuer->cert.get();
        }
        return chain;
    }

private:
    static QByteArray nameDer(const X509_NAME* name) {
        unsigned char* out = nullptr;
        const int length = i2d_X509_NAME(name, &out);
        if (length <= 0)
            return {};
        QByteArray der(reinterpret_cast<const char*>(out), length);
        OPENSSL_free(out);
        return der;
    }

    Link describe(const Candidate& candidate, X509* cert) const {
        Link link;
        link.der = candidate.der;
        link.source = candidate.source;
        if (const auto summary = x509::decodeCertificate(candidate.der)) {
            link.subject = summary->subject;
            link.issuer = summary->issuer;
            link.serialHex = summary->serialHex;
            link.notBefore = summary->notBefore;
            link.notAfter = summary->notAfter;
        }
        link.selfSigned = sameName(X509_get_subject_name(cert), X509_get_issuer_name(cert));
        link.trustAnchor = candidate.trustAnchor || isAnchor(cert);
        link.validity = validityCheck(link, m_now);
        return link;
    }

    /// The same name and key as a trust anchor: a root kept on a token is still the system's root.
    bool isAnchor(X509* cert) const {
        for (const Entry& entry : m_entries)
            if (entry.candidate.trustAnchor &&
                sameName(X509_get_subject_name(entry.cert.get()), X509_get_subject_name(cert)) &&
                EVP_PKEY_eq(X509_get0_pubkey(entry.cert.get()), X509_get0_pubkey(cert)) == 1)
                return true;
        return false;
    }

    /// The best candidate whose subject is `cert`'s issuer name, not yet in the chain.
    const Entry* findIssuer(X509* cert, const QSet<QByteArray>& visited) {
        const Entry* best = nullptr;
        std::tuple<bool, int, bool, bool, bool> bestScore{};
        const qint64 now = m_now.toSecsSinceEpoch();
        for (const Entry& entry : m_entries) {
            X509* candidate = entry.cert.get();
            if (!sameName(X509_get_subject_name(candidate), X509_get_issuer_name(cert)) ||
                visited.contains(entry.candidate.der))
                continue;
            time_t t = static_cast<time_t>(now);
            const bool current = X509_cmp_time(X509_get0_notBefore(candidate), &t) <= 0 &&
                                 X509_cmp_time(X509_get0_notAfter(candidate), &t) >= 0;
            const auto score = std::make_tuple(
                verifiesWith(cert, candidate), keyIdMatch(cert, candidate), current,
                (X509_get_extension_flags(candidate) & EXFLAG_CA) != 0, entry.candidate.trustAnchor);
            if (best == nullptr || score > bestScore) {
                best = &entry;
                bestScore = score;
            }
        }
        return best;
    }

    /// The link standing for an issuer that was not found, or that is already in the chain (a loop).
    Link missingIssuer(X509* cert, const QString& issuerName, const QSet<QByteArray>& visited) const {
        Link link;
        link.missing = true;
        link.subject = issuerName;
        const QString none = Text::tr("Issuer not found");
        link.signature = notApplicable(none);
        link.validity = notApplicable(none);
        link.ca = notApplicable(none);
        link.pathLength = notApplicable(none);
        link.keyUsage = notApplicable(none);
        bool loop = false;
        for (const Entry& entry : m_entries)
            loop |= visited.contains(entry.candidate.der) &&
                    sameName(X509_get_subject_name(entry.cert.get()), X509_get_issuer_name(cert));
        if (loop)
            link.problems
                << Text::tr("Loop: the issuer %1 is already in the chain below").arg(quoted(issuerName));
        else
            link.problems << Text::tr("Issuer not found: %1").arg(issuerName);
        return link;
    }

    static void finish(Link& link) {
        for (const Check* check : link.checks())
            if (check->failed())
                link.problems << check->text;
    }

    QDateTime m_now;
    int m_maxLength;
    std::vector<Entry> m_entries;
    QHash<QByteArray, qsizetype> m_index;
};

} // namespace

QString Source::text() const {
    switch (kind) {
    case Kind::Token:
        return Text::tr("token %1").arg(name);
    case Kind::File:
        return Text::tr("file %1").arg(name);
    case Kind::SystemTrust:
        return Text::tr("system trust (p11-kit)");
    case Kind::Other:
        break;
    }
    return name;
}

QString Source::foundText() const {
    switch (kind) {
    case Kind::Token:
        return Text::tr("on token %1").arg(name);
    case Kind::File:
        return Text::tr("in file %1").arg(name);
    case Kind::SystemTrust:
        return Text::tr("in the system trust store (p11-kit)");
    case Kind::Other:
        break;
    }
    return Text::tr("in %1").arg(name);
}

QString Check::stateName() const {
    switch (state) {
    case State::Passed:
        return QStringLiteral("ok");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotApplicable:
        break;
    }
    return QStringLiteral("n/a");
}

bool Chain::ok() const {
    if (!complete())
        return false;
    for (const Link& link : links)
        if (!link.ok())
            return false;
    return true;
}

int Chain::firstBroken() const {
    for (int i = 0; i < links.size(); ++i)
        if (!links[i].ok())
            return i;
    return -1;
}

QString Chain::summary() const {
    const int broken = firstBroken();
    if (broken >= 0) {
        const Link& link = links[broken];
        const QString problem = link.problems.isEmpty() ? QString() : link.problems.first();
        if (link.missing)
            return Text::tr("The chain is broken: %1").arg(problem);
        return Text::tr("The chain breaks at “%1”: %2").arg(link.subject, problem);
    }
    if (links.isEmpty())
        return Text::tr("No certificate");
    const QString root = links.last().subject;
    if (rootIsAnchor())
        return Text::tr("Every link is valid; the root “%1” is a trust anchor of the system trust store")
            .arg(root);
    return Text::tr("Every link is valid; the root “%1” is not in the system trust store").arg(root);
}

bool isCertificate(const QByteArray& der) {
    return parse(der) != nullptr;
}

Chain build(const Candidate& leaf, const QList<Candidate>& pool, const BuildOptions& options) {
    return Builder(pool, options).build(leaf);
}

QString dateText(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace hsm::chain
