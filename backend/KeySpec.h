#pragma once

#include "Result.h"
#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// PKCS#11 3.0 key generation mechanisms for the SHA-2 HMAC key types (nShield Web Services lists them),
// missing from older <p11-kit/pkcs11.h>. Values from the PKCS#11 3.0 pkcs11t.h.
#ifndef CKM_SHA256_KEY_GEN
#define CKM_SHA256_KEY_GEN (0x4005UL)
#endif
#ifndef CKM_SHA384_KEY_GEN
#define CKM_SHA384_KEY_GEN (0x4006UL)
#endif
#ifndef CKM_SHA512_KEY_GEN
#define CKM_SHA512_KEY_GEN (0x4007UL)
#endif

namespace hsm::keygen {

/// The kinds of key the wizard and `hsmwb keygen` offer.
enum class KeyKind { Rsa, Ec, Ed25519, Aes, GenericSecret, HmacSha256, HmacSha384, HmacSha512 };

[[nodiscard]] bool isKeyPair(KeyKind kind);
/// "RSA", "EC", "Ed25519", "AES", "Generic secret", "HMAC-SHA256", ...
[[nodiscard]] QString kindName(KeyKind kind);

/// What an administrator sets on the generated key(s). For a pair the private-side flags (sensitive,
/// extractable, sign, decrypt, unwrap, derive) go to the private key, the public-side ones (verify,
/// encrypt, wrap) to the public key; a secret key gets all of them.
struct KeyUsage {
    bool sign = false;
    bool verify = false;
    bool encrypt = false;
    bool decrypt = false;
    bool wrap = false;
    bool unwrap = false;
    bool derive = false;
};

/// Everything that decides the templates. Filled by the wizard's pages or parsed from the CLI.
struct KeySpec {
    KeyKind kind = KeyKind::Rsa;
    CK_ULONG bits = 0;  ///< RSA modulus length, AES key length in bits (128/192/256)
    CK_ULONG bytes = 0; ///< generic secret and HMAC key length in bytes
    /// EC: "P-256", "P-384", "P-521" or an OpenSSL curve name ("secp256k1", "brainpoolP256r1")
    QString curve;
    QString label;
    /// CKA_ID. Empty: a key pair gets the SHA-1 of its public key (the RFC 5280 method-1 key
    /// identifier, so a certificate's subject key identifier pairs with it); a secret key gets none.
    QByteArray id;
    bool token = true;
    bool isPrivate = true;
    bool sensitive = true;
    bool extractable = false;
    KeyUsage usage;
    /// The generation mechanism. Empty: the kind's standard one (HMAC: CKM_SHAxxx_KEY_GEN). Set it with
    /// generationMechanism() (or use the buildTemplates overload taking the mechanism list) so an HMAC
    /// key is made with CKM_GENERIC_SECRET_KEY_GEN on modules without the SHA key generators (SoftHSM2).
    /// (Optional because CKM_RSA_PKCS_KEY_PAIR_GEN is 0.)
    std::optional<CK_MECHANISM_TYPE> mechanism;

    /// Sensible defaults for `kind`: RSA sign/verify/encrypt/decrypt, EC and Ed25519 sign/verify,
    /// AES encrypt/decrypt, HMAC sign/verify; token, private, sensitive, not extractable.
    [[nodiscard]] static KeySpec defaults(KeyKind kind);
};

/// Parses the CLI's TYPE: "rsa:BITS", "ec:P-256|P-384|P-521|<curve name>", "ed25519", "aes:BITS",
/// "generic:BYTES", "hmac-sha256:BYTES", "hmac-sha384:BYTES", "hmac-sha512:BYTES". Only the kind and
/// size are set (with KeySpec::defaults for the rest). Errors say what is accepted.
[[nodiscard]] Result<KeySpec> parseKeyType(const QString& text);
/// The CLI spelling of `spec`'s kind and size ("rsa:3072"); inverse of parseKeyType.
[[nodiscard]] QString keyTypeText(const KeySpec& spec);
/// Parses hex ("a1b2", "A1:B2", "0xa1b2") for --id and the wizard's ID field; error if not hex.
/// Blank text gives an empty ID (no CKA_ID; a key pair then gets the SHA-1 of its public key).
[[nodiscard]] Result<QByteArray> parseHexId(const QString& text);

/// What a token can generate, from its mechanism list: one entry per KeyKind it supports.
struct KeyCapability {
    KeyKind kind;
    CK_MECHANISM_TYPE mechanism; ///< CKM_RSA_PKCS_KEY_PAIR_GEN, CKM_EC_KEY_PAIR_GEN, CKM_AES_KEY_GEN, ...
    CK_ULONG minSize = 0; ///< as the mechanism reports it (RSA/EC bits; AES/generic/HMAC bytes or bits)
    CK_ULONG maxSize = 0;
    /// Sizes offered in the UI, already limited to [minSize, maxSize] (RSA bits, AES bits, secret bytes).
    QList<CK_ULONG> suggestedSizes;
    /// EC: the named curves in range (P-256, P-384, P-521 first, then others OpenSSL knows).
    QStringList curves;
    /// The range in KeySpec's unit (RSA bits, AES bits, generic/HMAC bytes; EC/Ed25519 curve bits),
    /// converted from however the mechanism counts; maxSpecSize 0 when the module reports no limit.
    CK_ULONG minSpecSize = 0;
    CK_ULONG maxSpecSize = 0;
};
[[nodiscard]] QList<KeyCapability> capabilities(const QList<MechanismInfo>& mechanisms);
/// Checks kind, size and curve against the mechanism list; the error names the mechanism and range.
[[nodiscard]] Result<void> checkSupported(const KeySpec& spec, const QList<MechanismInfo>& mechanisms);
/// The mechanism `kind` is generated with on a module with `mechanisms`; empty when it has none.
/// HMAC: CKM_SHAxxx_KEY_GEN when listed, else CKM_GENERIC_SECRET_KEY_GEN when the module also lists
/// CKM_SHAxxx_HMAC (the key is then a CKK_GENERIC_SECRET with sign/verify, what SoftHSM2 accepts).
[[nodiscard]] std::optional<CK_MECHANISM_TYPE> generationMechanism(KeyKind kind,
                                                                   const QList<MechanismInfo>& mechanisms);
/// "CKM_SHA256_KEY_GEN" also where Pkcs11Names does not know the PKCS#11 3.0 names.
[[nodiscard]] QString mechanismName(CK_MECHANISM_TYPE type);
/// The DER ECParameters (namedCurve OID) of an EC curve name ("P-256", "secp256k1", ...); empty if unknown.
[[nodiscard]] QByteArray ecParamsForCurve(const QString& curve);
/// The size in bits of a named curve (0 when OpenSSL does not know it).
[[nodiscard]] int curveBits(const QString& curve);

/// One attribute of a template, as sent and as shown in the preview.
struct TemplateAttribute {
    CK_ATTRIBUTE_TYPE type = 0;
    QByteArray value;      ///< encoded as sent (CK_BBOOL, CK_ULONG, bytes, DER)
    QString display;       ///< "CK_TRUE", "CKK_AES", "32", "06 08 2a 86 ..."
    bool optional = false; ///< may be dropped when the module rejects the template (with consent)

    // Decoded the way buildTemplates encodes, for the checks that read a template back.
    /// A CK_BBOOL value that is CK_TRUE; false for any other size.
    [[nodiscard]] bool isTrue() const;
    /// A CK_ULONG value; 0 when the value is not CK_ULONG sized.
    [[nodiscard]] CK_ULONG ulongValue() const;
};

struct KeyTemplates {
    CK_MECHANISM_TYPE mechanism = 0;
    QList<TemplateAttribute> publicKey;  ///< empty for a secret key
    QList<TemplateAttribute> privateKey; ///< the private key's template, or the secret key's
    [[nodiscard]] bool isPair() const { return !publicKey.isEmpty(); }
};

/// Builds the exact templates C_GenerateKey / C_GenerateKeyPair will get for `spec`.
[[nodiscard]] KeyTemplates buildTemplates(const KeySpec& spec);
/// The same, with spec.mechanism (when empty) chosen by generationMechanism() from the token's list.
[[nodiscard]] KeyTemplates buildTemplates(const KeySpec& spec, const QList<MechanismInfo>& mechanisms);
/// A template attribute of `type`, nullptr when absent.
[[nodiscard]] const TemplateAttribute* findAttribute(const QList<TemplateAttribute>& attributes,
                                                     CK_ATTRIBUTE_TYPE type);
/// The templates as text, one "CKA_NAME = value" per line under a heading per template
/// (what the wizard's preview page and `hsmwb keygen --dry-run` show).
[[nodiscard]] QString formatTemplates(const KeyTemplates& templates);

} // namespace hsm::keygen
