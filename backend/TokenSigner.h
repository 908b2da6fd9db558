#pragma once

#include "Libp11Bridge.h"
#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <openssl/x509.h>

// Signing X.509 structures (certificate requests, certificates) with a private key that stays on
// a token. RSA and ECDSA keys sign through libp11's EVP_PKEY (hashing on the host, CKM_RSA_PKCS,
// CKM_RSA_X_509 for PSS, CKM_ECDSA); libp11 0.4.12 has no EdDSA, so Ed25519 signs the DER
// to-be-signed bytes with CKM_EDDSA through our own session. libp11 0.4.12 also cannot list the
// keys of a token that holds an Ed25519 key: there RSA PKCS#1 and ECDSA are signed through our
// session too (hashed on the host; RSA-PSS then reports libp11's error). Every signature is verified with
// the key's public key before the structure is handed back.
namespace hsm::signing {

enum class Scheme {
    RsaPkcs1, ///< RSASSA-PKCS1-v1_5
    RsaPss,   ///< RSASSA-PSS, salt length = hash length, MGF1 with the same hash
    Ecdsa,
    EdDsa, ///< Ed25519 (pure, no pre-hash)
};

struct Algorithm {
    Scheme scheme = Scheme::RsaPkcs1;
    QString hash; ///< "sha256", "sha384", "sha512"; empty for EdDSA
    friend bool operator==(const Algorithm&, const Algorithm&) = default;
};

/// "ECDSA with SHA-384", "RSA-PSS with SHA-256", "Ed25519".
[[nodiscard]] QString algorithmName(const Algorithm& algorithm);
/// The token mechanism the signature needs ("CKM_ECDSA", "CKM_RSA_PKCS", "CKM_RSA_X_509", "CKM_EDDSA").
[[nodiscard]] CK_MECHANISM_TYPE requiredMechanism(Scheme scheme);

/// What a key is, as far as signing cares.
struct KeyFacts {
    CK_KEY_TYPE keyType = CKK_RSA;
    int bits = 0;         ///< RSA modulus or curve field size
    QString curve;        ///< "P-256", "Ed25519" for EC/EdDSA keys
    bool canSign = true;  ///< CKA_SIGN
    QByteArray publicKey; ///< DER SubjectPublicKeyInfo
};

/// The algorithms a key can sign with on a token whose mechanism list is `mechanisms`, best first
/// (the hash matching the key's strength first). Empty when the token cannot sign with the key.
[[nodiscard]] QList<Algorithm> supportedAlgorithms(const KeyFacts& key,
                                                   const QList<MechanismInfo>& mechanisms);
/// Why `algorithm` cannot be used with `key` on this token, or an empty string when it can
/// (wrong scheme for the key type, mechanism missing, CKA_SIGN false, RSA too small for PSS+hash).
[[nodiscard]] QString whyUnsupported(const KeyFacts& key, const QList<MechanismInfo>& mechanisms,
                                     const Algorithm& algorithm);
/// The default algorithm for a key type ("sha256" for RSA/P-256, "sha384" for P-384, ...) given
/// an optional hash name from the user ("sha256", "SHA-384"); an error names a hash we do not offer.
[[nodiscard]] Result<Algorithm> algorithmFor(const KeyFacts& key, const QString& hash = {}, bool pss = false);

/// A private key on a token, ready to sign. Holds the session it was opened with: use it on the
/// thread that owns that session (the token's worker), and only while the session is open.
class TokenKey {
public:
    /// Reads the private key's type, size, CKA_SIGN and public key (from its attributes, or the
    /// public key / certificate with the same CKA_ID). `privateKey` must be a CKO_PRIVATE_KEY.
    [[nodiscard]] static Result<TokenKey> open(Session& session, const TokenInfo& token,
                                               const ObjectSummary& privateKey);

    [[nodiscard]] const KeyFacts& facts() const { return m_facts; }
    [[nodiscard]] const ObjectSummary& object() const { return m_object; }
    /// The token's mechanism list, read when the key was opened.
    [[nodiscard]] const QList<MechanismInfo>& mechanisms() const { return m_mechanisms; }
    /// signing::supportedAlgorithms for this key on its token, best first.
    [[nodiscard]] QList<Algorithm> supportedAlgorithms() const {
        return signing::supportedAlgorithms(m_facts, m_mechanisms);
    }
    /// The key's public key as an EVP_PKEY (owned by the caller).
    [[nodiscard]] Result<EvpPkeyPtr> publicKey() const;

    /// Signs `request` in place on the token (after its subject, public key and extensions are set)
    /// and verifies the signature with the key's public key.
    [[nodiscard]] Result<void> sign(X509_REQ* request, const Algorithm& algorithm);
    /// Signs `certificate` in place (issuer, validity, extensions set) and verifies the signature.
    [[nodiscard]] Result<void> sign(X509* certificate, const Algorithm& algorithm);

private:
    TokenKey(Session& session, ObjectSummary object, KeyFacts facts)
        : m_session(&session), m_object(std::move(object)), m_facts(std::move(facts)) {}
    [[nodiscard]] Result<void> checkUsable(const Algorithm& algorithm) const;
    [[nodiscard]] Result<EvpPkeyPtr> libp11Key() const;
    /// Signs through libp11's EVP_PKEY with `signWith` (X509_sign_ctx or X509_REQ_sign_ctx, named
    /// `call` in errors). False when the signature must be made through our own session instead:
    /// EdDSA, or a token whose keys libp11 cannot list and an algorithm signTbs can make.
    [[nodiscard]] Result<bool> signWithLibp11(const Algorithm& algorithm,
                                              const std::function<int(EVP_MD_CTX*)>& signWith,
                                              const char* call);
    /// Signs DER to-be-signed bytes through our own session: EdDSA over the bytes; RSA PKCS#1 and
    /// ECDSA hashed on the host (the fallback when libp11 cannot list the token's keys).
    [[nodiscard]] Result<QByteArray> signTbs(const QByteArray& tbs, const Algorithm& algorithm);
    [[nodiscard]] Result<QByteArray> signRaw(const QByteArray& data, CK_MECHANISM_TYPE mechanism);

    Session* m_session;
    ObjectSummary m_object;
    KeyFacts m_facts;
    QList<MechanismInfo> m_mechanisms;
};

} // namespace hsm::signing
