#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <QHash>
#include <iterator>
#include <p11-kit/pkcs11x.h>

namespace hsm::names {

namespace {

struct Entry {
    CK_ULONG value;
    const char* name;
};

// The preprocessor keeps each name next to the value it stands for, so the tables cannot drift
// from the header they are compiled against.
#define E(x)                                                                                                 \
    Entry {                                                                                                  \
        static_cast<CK_ULONG>(x), #x                                                                         \
    }

// Every CK_RV of p11-kit's v2.40 header.
constexpr Entry kReturnValues[] = {
    E(CKR_OK),
    E(CKR_CANCEL),
    E(CKR_HOST_MEMORY),
    E(CKR_SLOT_ID_INVALID),
    E(CKR_GENERAL_ERROR),
    E(CKR_FUNCTION_FAILED),
    E(CKR_ARGUMENTS_BAD),
    E(CKR_NO_EVENT),
    E(CKR_NEED_TO_CREATE_THREADS),
    E(CKR_CANT_LOCK),
    E(CKR_ATTRIBUTE_READ_ONLY),
    E(CKR_ATTRIBUTE_SENSITIVE),
    E(CKR_ATTRIBUTE_TYPE_INVALID),
    E(CKR_ATTRIBUTE_VALUE_INVALID),
    E(CKR_ACTION_PROHIBITED),
    E(CKR_DATA_INVALID),
    E(CKR_DATA_LEN_RANGE),
    E(CKR_DEVICE_ERROR),
    E(CKR_DEVICE_MEMORY),
    E(CKR_DEVICE_REMOVED),
    E(CKR_ENCRYPTED_DATA_INVALID),
    E(CKR_ENCRYPTED_DATA_LEN_RANGE),
    E(CKR_FUNCTION_CANCELED),
    E(CKR_FUNCTION_NOT_PARALLEL),
    E(CKR_FUNCTION_NOT_SUPPORTED),
    E(CKR_KEY_HANDLE_INVALID),
    E(CKR_KEY_SIZE_RANGE),
    E(CKR_KEY_TYPE_INCONSISTENT),
    E(CKR_KEY_NOT_NEEDED),
    E(CKR_KEY_CHANGED),
    E(CKR_KEY_NEEDED),
    E(CKR_KEY_INDIGESTIBLE),
    E(CKR_KEY_FUNCTION_NOT_PERMITTED),
    E(CKR_KEY_NOT_WRAPPABLE),
    E(CKR_KEY_UNEXTRACTABLE),
    E(CKR_MECHANISM_INVALID),
    E(CKR_MECHANISM_PARAM_INVALID),
    E(CKR_OBJECT_HANDLE_INVALID),
    E(CKR_OPERATION_ACTIVE),
    E(CKR_OPERATION_NOT_INITIALIZED),
    E(CKR_PIN_INCORRECT),
    E(CKR_PIN_INVALID),
    E(CKR_PIN_LEN_RANGE),
    E(CKR_PIN_EXPIRED),
    E(CKR_PIN_LOCKED),
    E(CKR_SESSION_CLOSED),
    E(CKR_SESSION_COUNT),
    E(CKR_SESSION_HANDLE_INVALID),
    E(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
    E(CKR_SESSION_READ_ONLY),
    E(CKR_SESSION_EXISTS),
    E(CKR_SESSION_READ_ONLY_EXISTS),
    E(CKR_SESSION_READ_WRITE_SO_EXISTS),
    E(CKR_SIGNATURE_INVALID),
    E(CKR_SIGNATURE_LEN_RANGE),
    E(CKR_TEMPLATE_INCOMPLETE),
    E(CKR_TEMPLATE_INCONSISTENT),
    E(CKR_TOKEN_NOT_PRESENT),
    E(CKR_TOKEN_NOT_RECOGNIZED),
    E(CKR_TOKEN_WRITE_PROTECTED),
    E(CKR_UNWRAPPING_KEY_SIZE_RANGE),
    E(CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT),
    E(CKR_USER_ALREADY_LOGGED_IN),
    E(CKR_USER_NOT_LOGGED_IN),
    E(CKR_USER_PIN_NOT_INITIALIZED),
    E(CKR_USER_TYPE_INVALID),
    E(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
    E(CKR_USER_TOO_MANY_TYPES),
    E(CKR_WRAPPED_KEY_INVALID),
    E(CKR_WRAPPED_KEY_LEN_RANGE),
    E(CKR_WRAPPING_KEY_HANDLE_INVALID),
    E(CKR_WRAPPING_KEY_SIZE_RANGE),
    E(CKR_WRAPPING_KEY_TYPE_INCONSISTENT),
    E(CKR_RANDOM_SEED_NOT_SUPPORTED),
    E(CKR_RANDOM_NO_RNG),
    E(CKR_DOMAIN_PARAMS_INVALID),
    E(CKR_CURVE_NOT_SUPPORTED),
    E(CKR_BUFFER_TOO_SMALL),
    E(CKR_SAVED_STATE_INVALID),
    E(CKR_INFORMATION_SENSITIVE),
    E(CKR_STATE_UNSAVEABLE),
    E(CKR_CRYPTOKI_NOT_INITIALIZED),
    E(CKR_CRYPTOKI_ALREADY_INITIALIZED),
    E(CKR_MUTEX_BAD),
    E(CKR_MUTEX_NOT_LOCKED),
    E(CKR_NEW_PIN_MODE),
    E(CKR_NEXT_OTP),
    E(CKR_EXCEEDED_MAX_ITERATIONS),
    E(CKR_FIPS_SELF_TEST_FAILED),
    E(CKR_LIBRARY_LOAD_FAILED),
    E(CKR_PIN_TOO_WEAK),
    E(CKR_PUBLIC_KEY_INVALID),
    E(CKR_FUNCTION_REJECTED),
};

// Every CKM_ of the header. Deprecated aliases come last so the value-to-name map keeps the
// current name while name lookups still accept the old one.
constexpr Entry kMechanisms[] = {
    E(CKM_RSA_PKCS_KEY_PAIR_GEN),
    E(CKM_RSA_PKCS),
    E(CKM_RSA_9796),
    E(CKM_RSA_X_509),
    E(CKM_MD2_RSA_PKCS),
    E(CKM_MD5_RSA_PKCS),
    E(CKM_SHA1_RSA_PKCS),
    E(CKM_RIPEMD128_RSA_PKCS),
    E(CKM_RIPEMD160_RSA_PKCS),
    E(CKM_RSA_PKCS_OAEP),
    E(CKM_RSA_X9_31_KEY_PAIR_GEN),
    E(CKM_RSA_X9_31),
    E(CKM_SHA1_RSA_X9_31),
    E(CKM_RSA_PKCS_PSS),
    E(CKM_SHA1_RSA_PKCS_PSS),
    E(CKM_DSA_KEY_PAIR_GEN),
    E(CKM_DSA_SHA1),
    E(CKM_DSA_SHA224),
    E(CKM_DSA_SHA256),
    E(CKM_DSA_SHA384),
    E(CKM_DSA_SHA512),
    E(CKM_DH_PKCS_KEY_PAIR_GEN),
    E(CKM_DH_PKCS_DERIVE),
    E(CKM_X9_42_DH_DERIVE),
    E(CKM_X9_42_DH_HYBRID_DERIVE),
    E(CKM_X9_42_MQV_DERIVE),
    E(CKM_SHA256_RSA_PKCS),
    E(CKM_SHA384_RSA_PKCS),
    E(CKM_SHA512_RSA_PKCS),
    E(CKM_SHA256_RSA_PKCS_PSS),
    E(CKM_SHA384_RSA_PKCS_PSS),
    E(CKM_SHA512_RSA_PKCS_PSS),
    E(CKM_SHA512_224),
    E(CKM_SHA512_224_HMAC),
    E(CKM_SHA512_224_HMAC_GENERAL),
    E(CKM_SHA512_224_KEY_DERIVATION),
    E(CKM_SHA512_256),
    E(CKM_SHA512_256_HMAC),
    E(CKM_SHA512_256_HMAC_GENERAL),
    E(CKM_SHA512_256_KEY_DERIVATION),
    E(CKM_SHA512_T),
    E(CKM_SHA512_T_HMAC),
    E(CKM_SHA512_T_HMAC_GENERAL),
    E(CKM_SHA512_T_KEY_DERIVATION),
    E(CKM_RC2_KEY_GEN),
    E(CKM_RC2_ECB),
    E(CKM_RC2_MAC_GENERAL),
    E(CKM_RC2_CBC_PAD),
    E(CKM_RC4_KEY_GEN),
    E(CKM_RC4),
    E(CKM_DES_KEY_GEN),
    E(CKM_DES_ECB),
    E(CKM_DES_CBC),
    E(CKM_DES_MAC),
    E(CKM_DES_MAC_GENERAL),
    E(CKM_DES_CBC_PAD),
    E(CKM_DES2_KEY_GEN),
    E(CKM_DES3_KEY_GEN),
    E(CKM_DES3_ECB),
    E(CKM_DES3_CBC),
    E(CKM_DES3_MAC),
    E(CKM_DES3_MAC_GENERAL),
    E(CKM_DES3_CBC_PAD),
    E(CKM_DES3_CMAC_GENERAL),
    E(CKM_DES3_CMAC),
    E(CKM_CDMF_KEY_GEN),
    E(CKM_CDMF_ECB),
    E(CKM_CDMF_CBC),
    E(CKM_CDMF_MAC),
    E(CKM_CDMF_MAC_GENERAL),
    E(CKM_CDMF_CBC_PAD),
    E(CKM_DES_OFB64),
    E(CKM_DES_OFB8),
    E(CKM_DES_CFB64),
    E(CKM_DES_CFB8),
    E(CKM_MD2),
    E(CKM_MD2_HMAC),
    E(CKM_MD2_HMAC_GENERAL),
    E(CKM_MD5),
    E(CKM_MD5_HMAC),
    E(CKM_MD5_HMAC_GENERAL),
    E(CKM_SHA_1),
    E(CKM_SHA_1_HMAC),
    E(CKM_SHA_1_HMAC_GENERAL),
    E(CKM_RIPEMD128),
    E(CKM_RIPEMD128_HMAC),
    E(CKM_RIPEMD128_HMAC_GENERAL),
    E(CKM_RIPEMD160),
    E(CKM_RIPEMD160_HMAC),
    E(CKM_RIPEMD160_HMAC_GENERAL),
    E(CKM_SHA256),
    E(CKM_SHA256_HMAC),
    E(CKM_SHA256_HMAC_GENERAL),
    E(CKM_SHA384),
    E(CKM_SHA384_HMAC),
    E(CKM_SHA384_HMAC_GENERAL),
    E(CKM_SHA512),
    E(CKM_SHA512_HMAC),
    E(CKM_SHA512_HMAC_GENERAL),
    E(CKM_SECURID_KEY_GEN),
    E(CKM_SECURID),
    E(CKM_HOTP_KEY_GEN),
    E(CKM_HOTP),
    E(CKM_ACTI),
    E(CKM_ACTI_KEY_GEN),
    E(CKM_CAST_KEY_GEN),
    E(CKM_CAST_ECB),
    E(CKM_CAST_CBC),
    E(CKM_CAST_MAC),
    E(CKM_CAST_MAC_GENERAL),
    E(CKM_CAST_CBC_PAD),
    E(CKM_CAST3_KEY_GEN),
    E(CKM_CAST3_ECB),
    E(CKM_CAST3_CBC),
    E(CKM_CAST3_MAC),
    E(CKM_CAST3_MAC_GENERAL),
    E(CKM_CAST3_CBC_PAD),
    E(CKM_CAST5_KEY_GEN),
    E(CKM_CAST128_KEY_GEN),
    E(CKM_CAST5_ECB),
    E(CKM_CAST128_ECB),
    E(CKM_CAST5_CBC),
    E(CKM_CAST128_CBC),
    E(CKM_CAST5_MAC),
    E(CKM_CAST5_MAC_GENERAL),
    E(CKM_CAST128_MAC_GENERAL),
    E(CKM_CAST5_CBC_PAD),
    E(CKM_CAST128_CBC_PAD),
    E(CKM_RC5_KEY_GEN),
    E(CKM_RC5_ECB),
    E(CKM_RC5_CBC),
    E(CKM_RC5_MAC),
    E(CKM_RC5_MAC_GENERAL),
    E(CKM_RC5_CBC_PAD),
    E(CKM_IDEA_KEY_GEN),
    E(CKM_IDEA_ECB),
    E(CKM_IDEA_MAC),
    E(CKM_IDEA_MAC_GENERAL),
    E(CKM_IDEA_CBC_PAD),
    E(CKM_GENERIC_SECRET_KEY_GEN),
    E(CKM_CONCATENATE_BASE_AND_KEY),
    E(CKM_CONCATENATE_BASE_AND_DATA),
    E(CKM_CONCATENATE_DATA_AND_BASE),
    E(CKM_XOR_BASE_AND_DATA),
    E(CKM_EXTRACT_KEY_FROM_KEY),
    E(CKM_SSL3_PRE_MASTER_KEY_GEN),
    E(CKM_SSL3_MASTER_KEY_DERIVE),
    E(CKM_SSL3_KEY_AND_MAC_DERIVE),
    E(CKM_SSL3_MASTER_KEY_DERIVE_DH),
    E(CKM_TLS_PRE_MASTER_KEY_GEN),
    E(CKM_TLS_MASTER_KEY_DERIVE),
    E(CKM_TLS_KEY_AND_MAC_DERIVE),
    E(CKM_TLS_MASTER_KEY_DERIVE_DH),
    E(CKM_TLS_PRF),
    E(CKM_SSL3_MD5_MAC),
    E(CKM_SSL3_SHA1_MAC),
    E(CKM_MD5_KEY_DERIVATION),
    E(CKM_MD2_KEY_DERIVATION),
    E(CKM_SHA1_KEY_DERIVATION),
    E(CKM_SHA256_KEY_DERIVATION),
    E(CKM_SHA384_KEY_DERIVATION),
    E(CKM_SHA512_KEY_DERIVATION),
    E(CKM_PBE_MD2_DES_CBC),
    E(CKM_PBE_MD5_DES_CBC),
    E(CKM_PBE_MD5_CAST_CBC),
    E(CKM_PBE_MD5_CAST3_CBC),
    E(CKM_PBE_MD5_CAST5_CBC),
    E(CKM_PBE_MD5_CAST128_CBC),
    E(CKM_PBE_SHA1_CAST5_CBC),
    E(CKM_PBE_SHA1_CAST128_CBC),
    E(CKM_PBE_SHA1_RC4_128),
    E(CKM_PBE_SHA1_RC4_40),
    E(CKM_PBE_SHA1_DES3_EDE_CBC),
    E(CKM_PBE_SHA1_DES2_EDE_CBC),
    E(CKM_PBE_SHA1_RC2_128_CBC),
    E(CKM_PBE_SHA1_RC2_40_CBC),
    E(CKM_PKCS5_PBKD2),
    E(CKM_PBA_SHA1_WITH_SHA1_HMAC),
    E(CKM_WTLS_PRE_MASTER_KEY_GEN),
    E(CKM_WTLS_MASTER_KEY_DERIVE),
    E(CKM_WTLS_MASTER_KEY_DERIVE_DH_ECC),
    E(CKM_WTLS_PRF),
    E(CKM_WTLS_SERVER_KEY_AND_MAC_DERIVE),
    E(CKM_WTLS_CLIENT_KEY_AND_MAC_DERIVE),
    E(CKM_TLS10_MAC_SERVER),
    E(CKM_TLS10_MAC_CLIENT),
    E(CKM_TLS12_MAC),
    E(CKM_TLS12_KDF),
    E(CKM_TLS12_MASTER_KEY_DERIVE),
    E(CKM_TLS12_KEY_AND_MAC_DERIVE),
    E(CKM_TLS12_MASTER_KEY_DERIVE_DH),
    E(CKM_TLS12_KEY_SAFE_DERIVE),
    E(CKM_TLS_MAC),
    E(CKM_TLS_KDF),
    E(CKM_KEY_WRAP_LYNKS),
    E(CKM_KEY_WRAP_SET_OAEP),
    E(CKM_CMS_SIG),
    E(CKM_KIP_DERIVE),
    E(CKM_KIP_WRAP),
    E(CKM_KIP_MAC),
    E(CKM_ARIA_KEY_GEN),
    E(CKM_ARIA_ECB),
    E(CKM_ARIA_CBC),
    E(CKM_ARIA_MAC),
    E(CKM_ARIA_MAC_GENERAL),
    E(CKM_ARIA_CBC_PAD),
    E(CKM_ARIA_ECB_ENCRYPT_DATA),
    E(CKM_ARIA_CBC_ENCRYPT_DATA),
    E(CKM_SEED_KEY_GEN),
    E(CKM_SEED_ECB),
    E(CKM_SEED_CBC),
    E(CKM_SEED_MAC),
    E(CKM_SEED_MAC_GENERAL),
    E(CKM_SEED_CBC_PAD),
    E(CKM_SEED_ECB_ENCRYPT_DATA),
    E(CKM_SEED_CBC_ENCRYPT_DATA),
    E(CKM_SKIPJACK_KEY_GEN),
    E(CKM_SKIPJACK_ECB64),
    E(CKM_SKIPJACK_CBC64),
    E(CKM_SKIPJACK_OFB64),
    E(CKM_SKIPJACK_CFB64),
    E(CKM_SKIPJACK_CFB32),
    E(CKM_SKIPJACK_CFB16),
    E(CKM_SKIPJACK_CFB8),
    E(CKM_SKIPJACK_WRAP),
    E(CKM_SKIPJACK_PRIVATE_WRAP),
    E(CKM_SKIPJACK_RELAYX),
    E(CKM_KEA_KEY_PAIR_GEN),
    E(CKM_KEA_KEY_DERIVE),
    E(CKM_FORTEZZA_TIMESTAMP),
    E(CKM_BATON_KEY_GEN),
    E(CKM_BATON_ECB128),
    E(CKM_BATON_ECB96),
    E(CKM_BATON_CBC128),
    E(CKM_BATON_COUNTER),
    E(CKM_BATON_SHUFFLE),
    E(CKM_BATON_WRAP),
    E(CKM_EC_KEY_PAIR_GEN),
    E(CKM_ECDSA),
    E(CKM_ECDSA_SHA1),
    E(CKM_ECDSA_SHA224),
    E(CKM_ECDSA_SHA256),
    E(CKM_ECDSA_SHA384),
    E(CKM_ECDSA_SHA512),
    E(CKM_ECDH1_DERIVE),
    E(CKM_ECDH1_COFACTOR_DERIVE),
    E(CKM_ECMQV_DERIVE),
    E(CKM_ECDH_AES_KEY_WRAP),
    E(CKM_RSA_AES_KEY_WRAP),
    E(CKM_JUNIPER_KEY_GEN),
    E(CKM_JUNIPER_ECB128),
    E(CKM_JUNIPER_CBC128),
    E(CKM_JUNIPER_COUNTER),
    E(CKM_JUNIPER_SHUFFLE),
    E(CKM_JUNIPER_WRAP),
    E(CKM_FASTHASH),
    E(CKM_AES_KEY_GEN),
    E(CKM_AES_ECB),
    E(CKM_AES_CBC),
    E(CKM_AES_MAC),
    E(CKM_AES_MAC_GENERAL),
    E(CKM_AES_CBC_PAD),
    E(CKM_AES_CTR),
    E(CKM_AES_GCM),
    E(CKM_AES_CCM),
    E(CKM_AES_CTS),
    E(CKM_AES_CMAC),
    E(CKM_AES_CMAC_GENERAL),
    E(CKM_AES_XCBC_MAC),
    E(CKM_AES_XCBC_MAC_96),
    E(CKM_AES_GMAC),
    E(CKM_BLOWFISH_KEY_GEN),
    E(CKM_BLOWFISH_CBC),
    E(CKM_TWOFISH_KEY_GEN),
    E(CKM_TWOFISH_CBC),
    E(CKM_BLOWFISH_CBC_PAD),
    E(CKM_TWOFISH_CBC_PAD),
    E(CKM_DES_ECB_ENCRYPT_DATA),
    E(CKM_DES_CBC_ENCRYPT_DATA),
    E(CKM_DES3_ECB_ENCRYPT_DATA),
    E(CKM_DES3_CBC_ENCRYPT_DATA),
    E(CKM_AES_ECB_ENCRYPT_DATA),
    E(CKM_AES_CBC_ENCRYPT_DATA),
    E(CKM_GOSTR3410_KEY_PAIR_GEN),
    E(CKM_GOSTR3410),
    E(CKM_GOSTR3410_WITH_GOSTR3411),
    E(CKM_GOSTR3410_KEY_WRAP),
    E(CKM_GOSTR3410_DERIVE),
    E(CKM_GOSTR3411),
    E(CKM_GOSTR3411_HMAC),
    E(CKM_GOST28147_KEY_GEN),
    E(CKM_GOST28147_ECB),
    E(CKM_GOST28147),
    E(CKM_GOST28147_MAC),
    E(CKM_GOST28147_KEY_WRAP),
    E(CKM_DSA_PARAMETER_GEN),
    E(CKM_DH_PKCS_PARAMETER_GEN),
    E(CKM_X9_42_DH_PARAMETER_GEN),
    E(CKM_DSA_PROBABLISTIC_PARAMETER_GEN),
    E(CKM_DSA_SHAWE_TAYLOR_PARAMETER_GEN),
    E(CKM_AES_OFB),
    E(CKM_AES_CFB64),
    E(CKM_AES_CFB8),
    E(CKM_AES_CFB128),
    E(CKM_AES_CFB1),
    E(CKM_SHA224),
    E(CKM_SHA224_HMAC),
    E(CKM_SHA224_HMAC_GENERAL),
    E(CKM_SHA224_RSA_PKCS),
    E(CKM_SHA224_RSA_PKCS_PSS),
    E(CKM_SHA224_KEY_DERIVATION),
    E(CKM_CAMELLIA_KEY_GEN),
    E(CKM_CAMELLIA_ECB),
    E(CKM_CAMELLIA_CBC),
    E(CKM_CAMELLIA_MAC),
    E(CKM_CAMELLIA_MAC_GENERAL),
    E(CKM_CAMELLIA_CBC_PAD),
    E(CKM_CAMELLIA_ECB_ENCRYPT_DATA),
    E(CKM_CAMELLIA_CBC_ENCRYPT_DATA),
    E(CKM_CAMELLIA_CTR),
    E(CKM_AES_KEY_WRAP),
    E(CKM_AES_KEY_WRAP_PAD),
    E(CKM_RSA_PKCS_TPM_1_1),
    E(CKM_RSA_PKCS_OAEP_TPM_1_1),
    E(CKM_EC_EDWARDS_KEY_PAIR_GEN),
    E(CKM_EDDSA),
    E(CKM_ECDSA_KEY_PAIR_GEN),
};

// Every CKA_ of the header; the deprecated CKA_ECDSA_PARAMS alias last.
constexpr Entry kAttributes[] = {
    E(CKA_CLASS),
    E(CKA_TOKEN),
    E(CKA_PRIVATE),
    E(CKA_LABEL),
    E(CKA_APPLICATION),
    E(CKA_VALUE),
    E(CKA_OBJECT_ID),
    E(CKA_CERTIFICATE_TYPE),
    E(CKA_ISSUER),
    E(CKA_SERIAL_NUMBER),
    E(CKA_AC_ISSUER),
    E(CKA_OWNER),
    E(CKA_ATTR_TYPES),
    E(CKA_TRUSTED),
    E(CKA_CERTIFICATE_CATEGORY),
    E(CKA_JAVA_MIDP_SECURITY_DOMAIN),
    E(CKA_URL),
    E(CKA_HASH_OF_SUBJECT_PUBLIC_KEY),
    E(CKA_HASH_OF_ISSUER_PUBLIC_KEY),
    E(CKA_NAME_HASH_ALGORITHM),
    E(CKA_CHECK_VALUE),
    E(CKA_KEY_TYPE),
    E(CKA_SUBJECT),
    E(CKA_ID),
    E(CKA_SENSITIVE),
    E(CKA_ENCRYPT),
    E(CKA_DECRYPT),
    E(CKA_WRAP),
    E(CKA_UNWRAP),
    E(CKA_SIGN),
    E(CKA_SIGN_RECOVER),
    E(CKA_VERIFY),
    E(CKA_VERIFY_RECOVER),
    E(CKA_DERIVE),
    E(CKA_START_DATE),
    E(CKA_END_DATE),
    E(CKA_MODULUS),
    E(CKA_MODULUS_BITS),
    E(CKA_PUBLIC_EXPONENT),
    E(CKA_PRIVATE_EXPONENT),
    E(CKA_PRIME_1),
    E(CKA_PRIME_2),
    E(CKA_EXPONENT_1),
    E(CKA_EXPONENT_2),
    E(CKA_COEFFICIENT),
    E(CKA_PUBLIC_KEY_INFO),
    E(CKA_PRIME),
    E(CKA_SUBPRIME),
    E(CKA_BASE),
    E(CKA_PRIME_BITS),
    E(CKA_SUB_PRIME_BITS),
    E(CKA_VALUE_BITS),
    E(CKA_VALUE_LEN),
    E(CKA_EXTRACTABLE),
    E(CKA_LOCAL),
    E(CKA_NEVER_EXTRACTABLE),
    E(CKA_ALWAYS_SENSITIVE),
    E(CKA_KEY_GEN_MECHANISM),
    E(CKA_MODIFIABLE),
    E(CKA_COPYABLE),
    E(CKA_DESTROYABLE),
    E(CKA_EC_PARAMS),
    E(CKA_EC_POINT),
    E(CKA_SECONDARY_AUTH),
    E(CKA_AUTH_PIN_FLAGS),
    E(CKA_ALWAYS_AUTHENTICATE),
    E(CKA_WRAP_WITH_TRUSTED),
    E(CKA_OTP_FORMAT),
    E(CKA_OTP_LENGTH),
    E(CKA_OTP_TIME_INTERVAL),
    E(CKA_OTP_USER_FRIENDLY_MODE),
    E(CKA_OTP_CHALLENGE_REQUIREMENT),
    E(CKA_OTP_TIME_REQUIREMENT),
    E(CKA_OTP_COUNTER_REQUIREMENT),
    E(CKA_OTP_PIN_REQUIREMENT),
    E(CKA_OTP_USER_IDENTIFIER),
    E(CKA_OTP_SERVICE_IDENTIFIER),
    E(CKA_OTP_SERVICE_LOGO),
    E(CKA_OTP_SERVICE_LOGO_TYPE),
    E(CKA_OTP_COUNTER),
    E(CKA_OTP_TIME),
    E(CKA_GOSTR3410_PARAMS),
    E(CKA_GOSTR3411_PARAMS),
    E(CKA_GOST28147_PARAMS),
    E(CKA_HW_FEATURE_TYPE),
    E(CKA_RESET_ON_INIT),
    E(CKA_HAS_RESET),
    E(CKA_PIXEL_X),
    E(CKA_PIXEL_Y),
    E(CKA_RESOLUTION),
    E(CKA_CHAR_ROWS),
    E(CKA_CHAR_COLUMNS),
    E(CKA_COLOR),
    E(CKA_BITS_PER_PIXEL),
    E(CKA_CHAR_SETS),
    E(CKA_ENCODING_METHODS),
    E(CKA_MIME_TYPES),
    E(CKA_MECHANISM_TYPE),
    E(CKA_REQUIRED_CMS_ATTRIBUTES),
    E(CKA_DEFAULT_CMS_ATTRIBUTES),
    E(CKA_SUPPORTED_CMS_ATTRIBUTES),
    E(CKA_WRAP_TEMPLATE),
    E(CKA_UNWRAP_TEMPLATE),
    E(CKA_DERIVE_TEMPLATE),
    E(CKA_ALLOWED_MECHANISMS),
    E(CKA_ECDSA_PARAMS),
    // NSS and p11-kit vendor attributes (trust objects of p11-kit's trust module).
    E(CKA_NSS_URL),
    E(CKA_NSS_EMAIL),
    E(CKA_NSS_SMIME_INFO),
    E(CKA_NSS_SMIME_TIMESTAMP),
    E(CKA_NSS_PKCS8_SALT),
    E(CKA_NSS_PASSWORD_CHECK),
    E(CKA_NSS_EXPIRES),
    E(CKA_NSS_KRL),
    E(CKA_NSS_PQG_COUNTER),
    E(CKA_NSS_PQG_SEED),
    E(CKA_NSS_PQG_H),
    E(CKA_NSS_PQG_SEED_BITS),
    E(CKA_NSS_MODULE_SPEC),
    E(CKA_NSS_MOZILLA_CA_POLICY),
    E(CKA_NSS_SERVER_DISTRUST_AFTER),
    E(CKA_NSS_EMAIL_DISTRUST_AFTER),
    E(CKA_TRUST_DIGITAL_SIGNATURE),
    E(CKA_TRUST_NON_REPUDIATION),
    E(CKA_TRUST_KEY_ENCIPHERMENT),
    E(CKA_TRUST_DATA_ENCIPHERMENT),
    E(CKA_TRUST_KEY_AGREEMENT),
    E(CKA_TRUST_KEY_CERT_SIGN),
    E(CKA_TRUST_CRL_SIGN),
    E(CKA_TRUST_SERVER_AUTH),
    E(CKA_TRUST_CLIENT_AUTH),
    E(CKA_TRUST_CODE_SIGNING),
    E(CKA_TRUST_EMAIL_PROTECTION),
    E(CKA_TRUST_IPSEC_END_SYSTEM),
    E(CKA_TRUST_IPSEC_TUNNEL),
    E(CKA_TRUST_IPSEC_USER),
    E(CKA_TRUST_TIME_STAMPING),
    E(CKA_TRUST_STEP_UP_APPROVED),
    E(CKA_CERT_SHA1_HASH),
    E(CKA_CERT_MD5_HASH),
    E(CKA_X_DISTRUSTED),
    Entry{CKA_X_VENDOR + 1, "CKA_X_ASSERTION_TYPE"},
    Entry{CKA_X_VENDOR + 2, "CKA_X_CERTIFICATE_VALUE"},
    Entry{CKA_X_VENDOR + 3, "CKA_X_PURPOSE"},
    Entry{CKA_X_VENDOR + 4, "CKA_X_PEER"},
};

constexpr Entry kObjectClasses[] = {
    E(CKO_DATA),
    E(CKO_CERTIFICATE),
    E(CKO_PUBLIC_KEY),
    E(CKO_PRIVATE_KEY),
    E(CKO_SECRET_KEY),
    E(CKO_HW_FEATURE),
    E(CKO_DOMAIN_PARAMETERS),
    E(CKO_MECHANISM),
    E(CKO_OTP_KEY),
    // Vendor classes of NSS and p11-kit, which p11-kit's trust module lists beside its certificates.
    E(CKO_NSS_CRL),
    E(CKO_NSS_SMIME),
    E(CKO_NSS_TRUST),
    E(CKO_NSS_BUILTIN_ROOT_LIST),
    E(CKO_NSS_NEWSLOT),
    E(CKO_NSS_DELSLOT),
    E(CKO_X_CERTIFICATE_EXTENSION),
    // p11-kit's trust module still lists its retired trust assertions; only its private header
    // names them, so the values are spelled out here.
    Entry{CKO_X_VENDOR + 100, "CKO_X_TRUST_ASSERTION"},
};

constexpr Entry kKeyTypes[] = {
    E(CKK_RSA),
    E(CKK_DSA),
    E(CKK_DH),
    E(CKK_EC),
    E(CKK_X9_42_DH),
    E(CKK_KEA),
    E(CKK_GENERIC_SECRET),
    E(CKK_RC2),
    E(CKK_RC4),
    E(CKK_DES),
    E(CKK_DES2),
    E(CKK_DES3),
    E(CKK_CAST),
    E(CKK_CAST3),
    E(CKK_CAST128),
    E(CKK_RC5),
    E(CKK_IDEA),
    E(CKK_SKIPJACK),
    E(CKK_BATON),
    E(CKK_JUNIPER),
    E(CKK_CDMF),
    E(CKK_AES),
    E(CKK_BLOWFISH),
    E(CKK_TWOFISH),
    E(CKK_SECURID),
    E(CKK_HOTP),
    E(CKK_ACTI),
    E(CKK_CAMELLIA),
    E(CKK_ARIA),
    E(CKK_MD5_HMAC),
    E(CKK_SHA_1_HMAC),
    E(CKK_RIPEMD128_HMAC),
    E(CKK_RIPEMD160_HMAC),
    E(CKK_SHA256_HMAC),
    E(CKK_SHA384_HMAC),
    E(CKK_SHA512_HMAC),
    E(CKK_SHA224_HMAC),
    E(CKK_SEED),
    E(CKK_GOSTR3410),
    E(CKK_GOSTR3411),
    E(CKK_GOST28147),
    E(CKK_EC_EDWARDS),
    E(CKK_ECDSA),
};

constexpr Entry kCertificateTypes[] = {
    E(CKC_X_509),
    E(CKC_X_509_ATTR_CERT),
    E(CKC_WTLS),
    E(CKC_OPENPGP),
};

constexpr Entry kUserTypes[] = {E(CKU_SO), E(CKU_USER), E(CKU_CONTEXT_SPECIFIC)};

constexpr Entry kHwFeatureTypes[] = {E(CKH_MONOTONIC_COUNTER), E(CKH_CLOCK), E(CKH_USER_INTERFACE)};

constexpr Entry kSlotFlags[] = {E(CKF_TOKEN_PRESENT), E(CKF_REMOVABLE_DEVICE), E(CKF_HW_SLOT)};

constexpr Entry kTokenFlags[] = {
    E(CKF_RNG),
    E(CKF_WRITE_PROTECTED),
    E(CKF_LOGIN_REQUIRED),
    E(CKF_USER_PIN_INITIALIZED),
    E(CKF_RESTORE_KEY_NOT_NEEDED),
    E(CKF_CLOCK_ON_TOKEN),
    E(CKF_PROTECTED_AUTHENTICATION_PATH),
    E(CKF_DUAL_CRYPTO_OPERATIONS),
    E(CKF_TOKEN_INITIALIZED),
    E(CKF_SECONDARY_AUTHENTICATION),
    E(CKF_USER_PIN_COUNT_LOW),
    E(CKF_USER_PIN_FINAL_TRY),
    E(CKF_USER_PIN_LOCKED),
    E(CKF_USER_PIN_TO_BE_CHANGED),
    E(CKF_SO_PIN_COUNT_LOW),
    E(CKF_SO_PIN_FINAL_TRY),
    E(CKF_SO_PIN_LOCKED),
    E(CKF_SO_PIN_TO_BE_CHANGED),
};

// p11-kit's header lacks the two v2.40 EC field/parameter flags; their values are from the standard.
constexpr Entry kMechanismFlags[] = {
    E(CKF_HW),
    E(CKF_ENCRYPT),
    E(CKF_DECRYPT),
    E(CKF_DIGEST),
    E(CKF_SIGN),
    E(CKF_SIGN_RECOVER),
    E(CKF_VERIFY),
    E(CKF_VERIFY_RECOVER),
    E(CKF_GENERATE),
    E(CKF_GENERATE_KEY_PAIR),
    E(CKF_WRAP),
    E(CKF_UNWRAP),
    E(CKF_DERIVE),
    E(CKF_EC_F_P),
    Entry{1UL << 21, "CKF_EC_F_2M"},
    Entry{1UL << 22, "CKF_EC_ECPARAMETERS"},
    E(CKF_EC_NAMEDCURVE),
    E(CKF_EC_UNCOMPRESS),
    E(CKF_EC_COMPRESS),
    E(CKF_EXTENSION),
};

#undef E

constexpr CK_ULONG kVendorDefined = 0x80000000UL;

/// Value-to-name index of one table; the first entry for a value wins (see the alias ordering above).
class NameIndex {
public:
    template <std::size_t N> explicit NameIndex(const Entry (&table)[N]) {
        m_byValue.reserve(static_cast<qsizetype>(N));
        for (const Entry& e : table) {
            if (!m_byValue.contains(e.value))
                m_byValue.insert(e.value, e.name);
        }
    }
    [[nodiscard]] const char* find(CK_ULONG value) const { return m_byValue.value(value, nullptr); }

private:
    QHash<CK_ULONG, const char*> m_byValue;
};

QString hex(CK_ULONG value) {
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

QString lookup(const NameIndex& index, CK_ULONG value, const char* prefix, bool hasVendorRange = true) {
    if (const char* name = index.find(value))
        return QString::fromLatin1(name);
    if (hasVendorRange && (value & kVendorDefined) != 0)
        return QStringLiteral("%1_VENDOR_DEFINED+%2")
            .arg(QLatin1String(prefix), hex(value & ~kVendorDefined));
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix), hex(value));
}

template <std::size_t N> QStringList flagNames(const Entry (&table)[N], CK_FLAGS flags) {
    QStringList names;
    CK_FLAGS known = 0;
    for (const Entry& e : table) {
        if ((flags & e.value) != 0) {
            names << QString::fromLatin1(e.name);
            known |= e.value;
        }
    }
    // Bits we have no name for are still shown, so nothing a module reports goes unseen.
    if (const CK_FLAGS rest = flags & ~known; rest != 0)
        names << hex(rest);
    return names;
}

} // namespace

QString rv(CK_RV value) {
    static const NameIndex index(kReturnValues);
    return lookup(index, value, "CKR");
}

QString mechanism(CK_MECHANISM_TYPE type) {
    static const NameIndex index(kMechanisms);
    return lookup(index, type, "CKM");
}

std::optional<CK_MECHANISM_TYPE> mechanismFromName(const QString& name) {
    static const QHash<QString, CK_MECHANISM_TYPE> byName = [] {
        QHash<QString, CK_MECHANISM_TYPE> map;
        for (const Entry& e : kMechanisms)
            map.insert(QString::fromLatin1(e.name), e.value);
        return map;
    }();
    const QString key = name.trimmed().toUpper();
    if (const auto it = byName.constFind(key); it != byName.cend())
        return *it;
    // Accept what mechanism() prints for values without a name, so the mapping round-trips.
    static const QLatin1String vendorPrefix("CKM_VENDOR_DEFINED+0X");
    static const QLatin1String hexPrefix("CKM_0X");
    bool ok = false;
    CK_ULONG value = 0;
    if (key.startsWith(vendorPrefix))
        value = key.mid(vendorPrefix.size()).toULong(&ok, 16) | kVendorDefined;
    else if (key.startsWith(hexPrefix))
        value = key.mid(hexPrefix.size()).toULong(&ok, 16);
    if (ok)
        return value;
    return std::nullopt;
}

QString attribute(CK_ATTRIBUTE_TYPE type) {
    static const NameIndex index(kAttributes);
    return lookup(index, type, "CKA");
}

QString objectClass(CK_OBJECT_CLASS cls) {
    static const NameIndex index(kObjectClasses);
    return lookup(index, cls, "CKO");
}

QString keyType(CK_KEY_TYPE type) {
    static const NameIndex index(kKeyTypes);
    return lookup(index, type, "CKK");
}

QString certificateType(CK_CERTIFICATE_TYPE type) {
    static const NameIndex index(kCertificateTypes);
    return lookup(index, type, "CKC");
}

QString userType(CK_USER_TYPE type) {
    static const NameIndex index(kUserTypes);
    // CKU_ has no vendor range in v2.40.
    return lookup(index, type, "CKU", false);
}

QString hwFeatureType(CK_HW_FEATURE_TYPE type) {
    static const NameIndex index(kHwFeatureTypes);
    return lookup(index, type, "CKH");
}

QStringList slotFlags(CK_FLAGS flags) {
    return flagNames(kSlotFlags, flags);
}
QStringList tokenFlags(CK_FLAGS flags) {
    return flagNames(kTokenFlags, flags);
}
QStringList mechanismFlags(CK_FLAGS flags) {
    return flagNames(kMechanismFlags, flags);
}

QString version(const CK_VERSION& v) {
    return QStringLiteral("%1.%2").arg(v.major).arg(v.minor);
}

QString paddedText(const unsigned char* text, std::size_t size) {
    if (text == nullptr)
        return {};
    // Fixed-width fields are blank padded by the standard; some modules pad with NULs instead.
    while (size > 0 && (text[size - 1] == ' ' || text[size - 1] == '\0'))
        --size;
    return QString::fromUtf8(reinterpret_cast<const char*>(text), static_cast<qsizetype>(size));
}

} // namespace hsm::names
