#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Putting certificates (and a PKCS#12's private key) on a token so they pair with their keys:
// a certificate whose public key matches a key on the token gets that key's CKA_ID and label;
// CKA_SUBJECT, CKA_ISSUER, CKA_SERIAL_NUMBER and CKA_VALUE are set so other tools find it.
namespace hsm::certstore {

/// The RFC 5280 (4.2.1.2, method 1) key identifier of a DER SubjectPublicKeyInfo: SHA-1 of the
/// subjectPublicKey BIT STRING's contents, the rule key generation uses for CKA_ID (KeygenKeyId.h).
[[nodiscard]] Result<QByteArray> keyIdOfSpki(const QByteArray& spkiDer);
/// The DER SubjectPublicKeyInfo of a DER certificate.
[[nodiscard]] Result<QByteArray> certificateSpki(const QByteArray& certificateDer);
/// The key on the token whose public key equals the certificate's, if any.
struct KeyMatch {
    QByteArray id;
    QString label;
    bool hasPrivateKey = false;
    bool hasPublicKey = false;
};
/// Keys on the token whose public key equals `spkiDer` (public keys, then private keys through
/// exporting::publicKeyInfo). Used for certificates and for a PKCS#12's key before it is created.
[[nodiscard]] Result<std::optional<KeyMatch>> findKeyForSpki(Session& session, const TokenInfo& token,
                                                             const QByteArray& spkiDer);
/// Searches public keys, private keys (through their public attributes) and compares SPKIs.
[[nodiscard]] Result<std::optional<KeyMatch>> findMatchingKey(Session& session, const TokenInfo& token,
                                                              const QByteArray& certificateDer);
/// A certificate with the same CKA_VALUE already on the token.
[[nodiscard]] Result<std::optional<ObjectSummary>>
findSameCertificate(Session& session, const TokenInfo& token, const QByteArray& certificateDer);

struct StoredCertificate {
    ObjectSummary object;               ///< as listed after creation
    std::optional<KeyMatch> pairedWith; ///< nullopt: no matching key, stored on its own
    bool alreadyPresent = false;        ///< the same certificate was there; nothing was created
};
/// Stores one X.509 certificate (DER). `label` empty = the matching key's label, else the subject CN.
/// A certificate already on the token is not stored twice (alreadyPresent, no call that writes).
[[nodiscard]] Result<StoredCertificate> storeCertificate(Session& session, const TokenInfo& token,
                                                         const QByteArray& certificateDer,
                                                         const QString& label = {});

} // namespace hsm::certstore
