#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QByteArray>
#include <QString>

// Getting an object's exportable bytes off a token: a certificate's DER, a public key as
// SubjectPublicKeyInfo (also for a private key, from its public attributes or its partners), a
// data object's value. Nothing secret is ever read.
namespace hsm::exporting {

enum class Format {
    Pem, ///< certificates and public keys
    Der, ///< certificates and public keys
    Raw, ///< a data object's value as stored
};

/// What an object exports as, decided by its class.
enum class Kind { Certificate, PublicKey, DataValue, None };
[[nodiscard]] Kind kindOf(const ObjectSummary& object);

/// The exportable bytes of one object: DER for certificates and public keys, raw for data objects.
struct Payload {
    Kind kind = Kind::None;
    QByteArray der;        ///< DER certificate / SPKI, or the data object's value
    QString source;        ///< where a public key came from ("CKA_MODULUS and CKA_PUBLIC_EXPONENT", ...)
    QString suggestedName; ///< file name without extension, from the label
};

/// Certificate: CKA_VALUE. Public key object or private key: SPKI (see publicKeyInfo). Data: CKA_VALUE.
[[nodiscard]] Result<Payload> fetch(Session& session, const TokenInfo& token, const ObjectSummary& object);

/// The public key of a public or private key object as DER SubjectPublicKeyInfo, built from its
/// attributes: RSA CKA_MODULUS + CKA_PUBLIC_EXPONENT, EC CKA_EC_PARAMS + CKA_EC_POINT, EdDSA likewise.
/// For a private key lacking them, the public key object, then the certificate, with the same
/// CKA_ID is used. The error names what is missing.
[[nodiscard]] Result<QByteArray> publicKeyInfo(Session& session, const TokenInfo& token,
                                               const ObjectSummary& key, QString* source = nullptr);

/// The bytes to write for `payload` in `format` (PEM armour for certificates and public keys).
[[nodiscard]] Result<QByteArray> encode(const Payload& payload, Format format);
/// "-----BEGIN <type>-----" armour, 64 columns.
[[nodiscard]] QByteArray toPem(const QByteArray& der, const char* type);

} // namespace hsm::exporting
