#pragma once

#include "KeySpec.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>

namespace hsm::keygen {

/// The RFC 5280 (4.2.1.2, method 1) key identifier: SHA-1 of the subjectPublicKey BIT STRING's
/// contents, which is what OpenSSL puts in a certificate's subject key identifier by default.
/// RSA: the DER RSAPublicKey built from modulus and exponent (big-endian bytes).
[[nodiscard]] Result<QByteArray> rsaKeyId(const QByteArray& modulus, const QByteArray& publicExponent);
/// EC and Ed25519: CKA_EC_POINT as the module returns it (a DER OCTET STRING around the point, or the
/// raw point from modules that skip the wrapping); the ID is the SHA-1 of the point octets.
/// `rawPointSize` is the length the raw point has for the key's curve (Ed25519: 32; EC: 1 + 2 x field
/// bytes), which tells a raw point from a wrapped one; 0 when unknown.
[[nodiscard]] Result<QByteArray> ecPointKeyId(const QByteArray& ecPoint, int rawPointSize = 0);
/// Reads the public key object's attributes and computes its key identifier.
[[nodiscard]] Result<QByteArray> publicKeyId(Session& session, CK_OBJECT_HANDLE publicKey,
                                             const KeySpec& spec);

} // namespace hsm::keygen
