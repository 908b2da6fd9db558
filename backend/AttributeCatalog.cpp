#include "AttributeCatalog.h"

#include <p11-kit/pkcs11x.h>

namespace hsm::attrs {

namespace {

constexpr bool kSecret = true;
constexpr bool kPublic = false;

constexpr AttributeDef kCatalog[] = {
    // Common to all objects.
    {CKA_CLASS, Kind::ObjectClass, kPublic},
    {CKA_TOKEN, Kind::Bool, kPublic},
    {CKA_PRIVATE, Kind::Bool, kPublic},
    {CKA_MODIFIABLE, Kind::Bool, kPublic},
    {CKA_COPYABLE, Kind::Bool, kPublic},
    {CKA_DESTROYABLE, Kind::Bool, kPublic},
    {CKA_LABEL, Kind::Utf8, kPublic},
    {CKA_ID, Kind::Bytes, kPublic},
    {CKA_KEY_TYPE, Kind::KeyType, kPublic},
    {CKA_CERTIFICATE_TYPE, Kind::CertType, kPublic},
    {CKA_HW_FEATURE_TYPE, Kind::HwFeatureType, kPublic},
    // Data objects.
    {CKA_APPLICATION, Kind::Utf8, kPublic},
    {CKA_OBJECT_ID, Kind::Bytes, kPublic},
    // Certificates.
    {CKA_SUBJECT, Kind::DerName, kPublic},
    {CKA_ISSUER, Kind::DerName, kPublic},
    {CKA_SERIAL_NUMBER, Kind::BigInt, kPublic},
    {CKA_TRUSTED, Kind::Bool, kPublic},
    {CKA_CERTIFICATE_CATEGORY, Kind::CertCategory, kPublic},
    {CKA_JAVA_MIDP_SECURITY_DOMAIN, Kind::JavaDomain, kPublic},
    {CKA_URL, Kind::Utf8, kPublic},
    {CKA_HASH_OF_SUBJECT_PUBLIC_KEY, Kind::Bytes, kPublic},
    {CKA_HASH_OF_ISSUER_PUBLIC_KEY, Kind::Bytes, kPublic},
    {CKA_NAME_HASH_ALGORITHM, Kind::Mechanism, kPublic},
    {CKA_CHECK_VALUE, Kind::Bytes, kPublic},
    {CKA_AC_ISSUER, Kind::DerName, kPublic},
    {CKA_OWNER, Kind::DerName, kPublic},
    {CKA_ATTR_TYPES, Kind::Bytes, kPublic},
    // Keys: usage and lifecycle.
    {CKA_SENSITIVE, Kind::Bool, kPublic},
    {CKA_ALWAYS_SENSITIVE, Kind::Bool, kPublic},
    {CKA_EXTRACTABLE, Kind::Bool, kPublic},
    {CKA_NEVER_EXTRACTABLE, Kind::Bool, kPublic},
    {CKA_LOCAL, Kind::Bool, kPublic},
    {CKA_KEY_GEN_MECHANISM, Kind::Mechanism, kPublic},
    {CKA_ENCRYPT, Kind::Bool, kPublic},
    {CKA_DECRYPT, Kind::Bool, kPublic},
    {CKA_WRAP, Kind::Bool, kPublic},
    {CKA_UNWRAP, Kind::Bool, kPublic},
    {CKA_SIGN, Kind::Bool, kPublic},
    {CKA_SIGN_RECOVER, Kind::Bool, kPublic},
    {CKA_VERIFY, Kind::Bool, kPublic},
    {CKA_VERIFY_RECOVER, Kind::Bool, kPublic},
    {CKA_DERIVE, Kind::Bool, kPublic},
    {CKA_WRAP_WITH_TRUSTED, Kind::Bool, kPublic},
    {CKA_ALWAYS_AUTHENTICATE, Kind::Bool, kPublic},
    {CKA_SECONDARY_AUTH, Kind::Bool, kPublic},
    {CKA_AUTH_PIN_FLAGS, Kind::Ulong, kPublic},
    {CKA_START_DATE, Kind::Date, kPublic},
    {CKA_END_DATE, Kind::Date, kPublic},
    {CKA_ALLOWED_MECHANISMS, Kind::MechanismList, kPublic},
    {CKA_WRAP_TEMPLATE, Kind::Template, kPublic},
    {CKA_UNWRAP_TEMPLATE, Kind::Template, kPublic},
    {CKA_DERIVE_TEMPLATE, Kind::Template, kPublic},
    {CKA_PUBLIC_KEY_INFO, Kind::Bytes, kPublic},
    // RSA.
    {CKA_MODULUS, Kind::BigInt, kPublic},
    {CKA_MODULUS_BITS, Kind::Ulong, kPublic},
    {CKA_PUBLIC_EXPONENT, Kind::BigInt, kPublic},
    {CKA_PRIVATE_EXPONENT, Kind::BigInt, kSecret},
    {CKA_PRIME_1, Kind::BigInt, kSecret},
    {CKA_PRIME_2, Kind::BigInt, kSecret},
    {CKA_EXPONENT_1, Kind::BigInt, kSecret},
    {CKA_EXPONENT_2, Kind::BigInt, kSecret},
    {CKA_COEFFICIENT, Kind::BigInt, kSecret},
    // DSA / DH domain parameters are public.
    {CKA_PRIME, Kind::BigInt, kPublic},
    {CKA_SUBPRIME, Kind::BigInt, kPublic},
    {CKA_BASE, Kind::BigInt, kPublic},
    {CKA_PRIME_BITS, Kind::Ulong, kPublic},
    {CKA_SUB_PRIME_BITS, Kind::Ulong, kPublic},
    {CKA_VALUE_BITS, Kind::Ulong, kPublic},
    // EC and Edwards.
    {CKA_EC_PARAMS, Kind::EcParams, kPublic},
    {CKA_EC_POINT, Kind::Bytes, kPublic},
    // GOST.
    {CKA_GOSTR3410_PARAMS, Kind::Bytes, kPublic},
    {CKA_GOSTR3411_PARAMS, Kind::Bytes, kPublic},
    {CKA_GOST28147_PARAMS, Kind::Bytes, kPublic},
    // The value: a certificate's DER, a data object's bytes, or a private/secret key's secret.
    {CKA_VALUE, Kind::Value, kSecret},
    {CKA_VALUE_LEN, Kind::Ulong, kPublic},
    // OTP keys.
    {CKA_OTP_FORMAT, Kind::Ulong, kPublic},
    {CKA_OTP_LENGTH, Kind::Ulong, kPublic},
    {CKA_OTP_TIME_INTERVAL, Kind::Ulong, kPublic},
    {CKA_OTP_USER_FRIENDLY_MODE, Kind::Bool, kPublic},
    {CKA_OTP_CHALLENGE_REQUIREMENT, Kind::Ulong, kPublic},
    {CKA_OTP_TIME_REQUIREMENT, Kind::Ulong, kPublic},
    {CKA_OTP_COUNTER_REQUIREMENT, Kind::Ulong, kPublic},
    {CKA_OTP_PIN_REQUIREMENT, Kind::Ulong, kPublic},
    {CKA_OTP_COUNTER, Kind::Bytes, kPublic},
    {CKA_OTP_TIME, Kind::Utf8, kPublic},
    {CKA_OTP_USER_IDENTIFIER, Kind::Utf8, kPublic},
    {CKA_OTP_SERVICE_IDENTIFIER, Kind::Utf8, kPublic},
    {CKA_OTP_SERVICE_LOGO, Kind::Bytes, kPublic},
    {CKA_OTP_SERVICE_LOGO_TYPE, Kind::Utf8, kPublic},
    // Hardware features.
    {CKA_RESET_ON_INIT, Kind::Bool, kPublic},
    {CKA_HAS_RESET, Kind::Bool, kPublic},
    {CKA_PIXEL_X, Kind::Ulong, kPublic},
    {CKA_PIXEL_Y, Kind::Ulong, kPublic},
    {CKA_RESOLUTION, Kind::Ulong, kPublic},
    {CKA_CHAR_ROWS, Kind::Ulong, kPublic},
    {CKA_CHAR_COLUMNS, Kind::Ulong, kPublic},
    {CKA_COLOR, Kind::Bool, kPublic},
    {CKA_BITS_PER_PIXEL, Kind::Ulong, kPublic},
    {CKA_CHAR_SETS, Kind::Utf8, kPublic},
    {CKA_ENCODING_METHODS, Kind::Utf8, kPublic},
    {CKA_MIME_TYPES, Kind::Utf8, kPublic},
    // Mechanism objects and CMS attributes.
    {CKA_MECHANISM_TYPE, Kind::Mechanism, kPublic},
    {CKA_REQUIRED_CMS_ATTRIBUTES, Kind::Bytes, kPublic},
    {CKA_DEFAULT_CMS_ATTRIBUTES, Kind::Bytes, kPublic},
    {CKA_SUPPORTED_CMS_ATTRIBUTES, Kind::Bytes, kPublic},
    // NSS trust objects and p11-kit's extensions: what the system trust store says of each CA.
    {CKA_TRUST_SERVER_AUTH, Kind::NssTrust, kPublic},
    {CKA_TRUST_CLIENT_AUTH, Kind::NssTrust, kPublic},
    {CKA_TRUST_CODE_SIGNING, Kind::NssTrust, kPublic},
    {CKA_TRUST_EMAIL_PROTECTION, Kind::NssTrust, kPublic},
    {CKA_TRUST_IPSEC_END_SYSTEM, Kind::NssTrust, kPublic},
    {CKA_TRUST_IPSEC_TUNNEL, Kind::NssTrust, kPublic},
    {CKA_TRUST_IPSEC_USER, Kind::NssTrust, kPublic},
    {CKA_TRUST_TIME_STAMPING, Kind::NssTrust, kPublic},
    {CKA_TRUST_STEP_UP_APPROVED, Kind::Bool, kPublic},
    {CKA_CERT_SHA1_HASH, Kind::Bytes, kPublic},
    {CKA_CERT_MD5_HASH, Kind::Bytes, kPublic},
    {CKA_NSS_MOZILLA_CA_POLICY, Kind::Bool, kPublic},
    {CKA_X_DISTRUSTED, Kind::Bool, kPublic},
};

} // namespace

std::span<const AttributeDef> catalog() {
    return kCatalog;
}

const AttributeDef* find(CK_ATTRIBUTE_TYPE type) {
    for (const AttributeDef& def : kCatalog) {
        if (def.type == type)
            return &def;
    }
    return nullptr;
}

Kind kindOf(CK_ATTRIBUTE_TYPE type) {
    const AttributeDef* def = find(type);
    return def != nullptr ? def->kind : Kind::Bytes;
}

bool withholdsKeyMaterial(CK_OBJECT_CLASS cls) {
    return cls == CKO_PRIVATE_KEY || cls == CKO_SECRET_KEY || cls == CKO_OTP_KEY;
}

} // namespace hsm::attrs
