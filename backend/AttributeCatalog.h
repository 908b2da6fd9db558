#pragma once

#include <QString>
#include <p11-kit/pkcs11.h>
#include <span>

// The standard attributes the inspector reads, and how each one is decoded for display.
namespace hsm::attrs {

enum class Kind {
    Bool,          ///< CK_BBOOL
    Ulong,         ///< CK_ULONG shown as a number
    ObjectClass,   ///< CK_OBJECT_CLASS by name
    KeyType,       ///< CK_KEY_TYPE by name
    CertType,      ///< CK_CERTIFICATE_TYPE by name
    CertCategory,  ///< CKA_CERTIFICATE_CATEGORY (0..3)
    JavaDomain,    ///< CKA_JAVA_MIDP_SECURITY_DOMAIN (0..3)
    HwFeatureType, ///< CK_HW_FEATURE_TYPE by name
    Mechanism,     ///< CK_MECHANISM_TYPE by name
    MechanismList, ///< array of CK_MECHANISM_TYPE
    Date,          ///< CK_DATE
    Utf8,          ///< RFC 2279 text
    Bytes,         ///< arbitrary bytes, hex
    BigInt,        ///< big-endian unsigned integer, hex
    DerName,       ///< DER X.509 Name
    EcParams,      ///< DER ECParameters, curve name
    Value,         ///< CKA_VALUE: a DER certificate for certificates, otherwise bytes
    Template,      ///< array of CK_ATTRIBUTE (wrap/unwrap/derive templates): counted, not fetched
    NssTrust,      ///< NSS CK_TRUST value (CKT_NSS_TRUSTED, ...) of p11-kit's trust objects
};

struct AttributeDef {
    CK_ATTRIBUTE_TYPE type;
    Kind kind;
    /// Secret key material: never fetched for private and secret keys, whatever the token allows.
    bool keyMaterial;
};

/// Every standard (v2.40) attribute, in the order the inspector shows them.
std::span<const AttributeDef> catalog();
/// The catalog entry for `type`, nullptr for vendor-defined or unknown types.
const AttributeDef* find(CK_ATTRIBUTE_TYPE type);
/// Decoding kind of `type`; Bytes for types not in the catalog.
Kind kindOf(CK_ATTRIBUTE_TYPE type);
/// True for classes whose key material is withheld (private, secret and OTP keys).
bool withholdsKeyMaterial(CK_OBJECT_CLASS cls);

} // namespace hsm::attrs
