#include "Pkcs11Names.h"

#include <QCoreApplication>

// What each CK_RV means and what to try, in plain words: kept apart from the name tables because
// this is advice for people, translated, and grows with what users run into.
namespace hsm::names {

QString rvHint(CK_RV value) {
    switch (value) {
    case CKR_OK:
        return QCoreApplication::translate("hsm::names", "The call succeeded.");
    case CKR_CANCEL:
        return QCoreApplication::translate("hsm::names",
                                           "The operation was cancelled by the application's callback.");
    case CKR_HOST_MEMORY:
        return QCoreApplication::translate(
            "hsm::names",
            "The computer ran out of memory for the module. Close other programs and try again.");
    case CKR_SLOT_ID_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "The slot does not exist (any more). Refresh the slot list; slot numbers can change when "
            "tokens are added or removed.");
    case CKR_GENERAL_ERROR:
        return QCoreApplication::translate(
            "hsm::names",
            "The module reported an unrecoverable error. Check the module's own log; restarting the "
            "application or the HSM service may be needed.");
    case CKR_FUNCTION_FAILED:
        return QCoreApplication::translate(
            "hsm::names",
            "The module could not carry out the request. Check the module's log for the reason and try "
            "again.");
    case CKR_ARGUMENTS_BAD:
        return QCoreApplication::translate(
            "hsm::names",
            "The module rejected the arguments of the call. This is usually a bug in the calling program "
            "or a module incompatibility; check the module's log.");
    case CKR_NO_EVENT:
        return QCoreApplication::translate("hsm::names", "No slot event happened.");
    case CKR_NEED_TO_CREATE_THREADS:
    case CKR_CANT_LOCK:
        return QCoreApplication::translate(
            "hsm::names",
            "The module cannot work with the locking the application asked for. Check the module's "
            "documentation for its threading requirements.");
    case CKR_ATTRIBUTE_READ_ONLY:
        return QCoreApplication::translate(
            "hsm::names",
            "An attribute in the template cannot be set or changed. Remove it from the template or create "
            "a new object instead.");
    case CKR_ATTRIBUTE_SENSITIVE:
        return QCoreApplication::translate(
            "hsm::names",
            "The attribute is sensitive: the token does not reveal its value. This is expected for "
            "private and secret key material.");
    case CKR_ATTRIBUTE_TYPE_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "The object does not have this attribute, or the token does not know it. Remove it from the "
            "template.");
    case CKR_ATTRIBUTE_VALUE_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "An attribute in the template has a value the token does not accept (wrong length, range or "
            "format). Check the template against the token's documentation.");
    case CKR_ACTION_PROHIBITED:
        return QCoreApplication::translate("hsm::names",
                                           "The token's policy forbids this action on the object.");
    case CKR_DATA_INVALID:
        return QCoreApplication::translate("hsm::names", "The input data is not valid for this mechanism.");
    case CKR_DATA_LEN_RANGE:
        return QCoreApplication::translate(
            "hsm::names",
            "The input data has the wrong length for this mechanism or key (for example too long for the "
            "RSA modulus).");
    case CKR_DEVICE_ERROR:
        return QCoreApplication::translate(
            "hsm::names",
            "The token or HSM reported a hardware or communication error. Check the connection and the "
            "device's status.");
    case CKR_DEVICE_MEMORY:
        return QCoreApplication::translate("hsm::names",
                                           "The token has no room left. Delete objects you no longer need.");
    case CKR_DEVICE_REMOVED:
        return QCoreApplication::translate(
            "hsm::names",
            "The token was removed or the connection to the HSM was lost. Reconnect it and refresh.");
    case CKR_ENCRYPTED_DATA_INVALID:
    case CKR_ENCRYPTED_DATA_LEN_RANGE:
        return QCoreApplication::translate(
            "hsm::names",
            "The encrypted data is invalid or has the wrong length for this key and mechanism.");
    case CKR_FUNCTION_CANCELED:
        return QCoreApplication::translate("hsm::names", "The operation was cancelled.");
    case CKR_FUNCTION_NOT_PARALLEL:
        return QCoreApplication::translate("hsm::names", "The module does not support parallel functions.");
    case CKR_FUNCTION_NOT_SUPPORTED:
        return QCoreApplication::translate(
            "hsm::names",
            "The module does not implement this function. Use another module or a different way to do "
            "this.");
    case CKR_KEY_HANDLE_INVALID:
        return QCoreApplication::translate(
            "hsm::names", "The key no longer exists in this session. Refresh the object list.");
    case CKR_KEY_SIZE_RANGE:
        return QCoreApplication::translate(
            "hsm::names",
            "The key size is outside what the token supports for this mechanism. See the token's "
            "Mechanisms tab for the allowed range.");
    case CKR_KEY_TYPE_INCONSISTENT:
        return QCoreApplication::translate(
            "hsm::names",
            "The key's type does not fit this mechanism (for example an EC key with an RSA mechanism).");
    case CKR_KEY_NOT_NEEDED:
        return QCoreApplication::translate("hsm::names",
                                           "A key was supplied but this mechanism does not use one.");
    case CKR_KEY_CHANGED:
        return QCoreApplication::translate("hsm::names", "The key changed since the saved state was made.");
    case CKR_KEY_NEEDED:
        return QCoreApplication::translate("hsm::names", "The saved state needs a key to be supplied again.");
    case CKR_KEY_INDIGESTIBLE:
        return QCoreApplication::translate("hsm::names", "This key cannot be digested.");
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
        return QCoreApplication::translate(
            "hsm::names",
            "The key's attributes do not allow this use (for example CKA_SIGN is false). Use a key "
            "created for this purpose.");
    case CKR_KEY_NOT_WRAPPABLE:
        return QCoreApplication::translate(
            "hsm::names", "The key cannot be wrapped (CKA_WRAP_WITH_TRUSTED or token policy).");
    case CKR_KEY_UNEXTRACTABLE:
        return QCoreApplication::translate(
            "hsm::names", "The key is not extractable, so it cannot be exported or wrapped.");
    case CKR_MECHANISM_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "The token does not support this mechanism for this operation. See the token's Mechanisms "
            "tab for what it supports.");
    case CKR_MECHANISM_PARAM_INVALID:
        return QCoreApplication::translate("hsm::names",
                                           "The mechanism's parameters are not valid for this token.");
    case CKR_OBJECT_HANDLE_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "The object no longer exists in this session (deleted, or the session was reopened). Refresh "
            "the object list.");
    case CKR_OPERATION_ACTIVE:
        return QCoreApplication::translate(
            "hsm::names",
            "Another operation is still running in this session. Wait for it to finish or close the "
            "session.");
    case CKR_OPERATION_NOT_INITIALIZED:
        return QCoreApplication::translate("hsm::names", "The operation was not started in this session.");
    case CKR_PIN_INCORRECT:
        return QCoreApplication::translate(
            "hsm::names",
            "The PIN was wrong. Check the token's PIN warnings before trying again: after too many "
            "wrong PINs the token locks.");
    case CKR_PIN_INVALID:
        return QCoreApplication::translate("hsm::names",
                                           "The new PIN contains characters the token does not accept.");
    case CKR_PIN_LEN_RANGE:
        return QCoreApplication::translate(
            "hsm::names", "The PIN is too short or too long for this token. The token info shows the allowed "
                          "length.");
    case CKR_PIN_EXPIRED:
        return QCoreApplication::translate("hsm::names",
                                           "The PIN has expired. Set a new PIN before using the token.");
    case CKR_PIN_LOCKED:
        return QCoreApplication::translate(
            "hsm::names",
            "The PIN is locked after too many wrong attempts. The security officer must unlock it "
            "(initialise a new user PIN); do not try again.");
    case CKR_PIN_TOO_WEAK:
        return QCoreApplication::translate(
            "hsm::names",
            "The new PIN is too weak for the token's policy. Choose a longer or less predictable PIN.");
    case CKR_SESSION_CLOSED:
    case CKR_SESSION_HANDLE_INVALID:
        return QCoreApplication::translate(
            "hsm::names",
            "The session is no longer valid (closed, or the token was removed or reset). Refresh the "
            "token and log in again.");
    case CKR_SESSION_COUNT:
        return QCoreApplication::translate(
            "hsm::names", "The token has too many open sessions. Close other applications using it.");
    case CKR_SESSION_PARALLEL_NOT_SUPPORTED:
        return QCoreApplication::translate("hsm::names", "The module does not support parallel sessions.");
    case CKR_SESSION_READ_ONLY:
        return QCoreApplication::translate(
            "hsm::names", "The session is read-only. Open a read-write session to change objects.");
    case CKR_SESSION_EXISTS:
        return QCoreApplication::translate(
            "hsm::names", "A session is still open on this token. Close all sessions first.");
    case CKR_SESSION_READ_ONLY_EXISTS:
        return QCoreApplication::translate(
            "hsm::names",
            "The security officer cannot log in while read-only sessions are open. Close them first.");
    case CKR_SESSION_READ_WRITE_SO_EXISTS:
        return QCoreApplication::translate(
            "hsm::names",
            "A security officer session is open, so a read-only session cannot be opened. Log the "
            "security officer out first.");
    case CKR_SIGNATURE_INVALID:
        return QCoreApplication::translate("hsm::names",
                                           "The signature does not verify with this key and data.");
    case CKR_SIGNATURE_LEN_RANGE:
        return QCoreApplication::translate("hsm::names", "The signature has the wrong length for this key.");
    case CKR_TEMPLATE_INCOMPLETE:
        return QCoreApplication::translate(
            "hsm::names",
            "The template lacks an attribute the token requires for this object. Add the missing "
            "attributes (see the token's vendor profile).");
    case CKR_TEMPLATE_INCONSISTENT:
        return QCoreApplication::translate(
            "hsm::names",
            "The template has attributes that contradict each other or the token's policy. Check the "
            "template against the vendor profile.");
    case CKR_TOKEN_NOT_PRESENT:
        return QCoreApplication::translate(
            "hsm::names",
            "There is no token in the slot. Insert the token (or start the HSM service) and refresh.");
    case CKR_TOKEN_NOT_RECOGNIZED:
        return QCoreApplication::translate(
            "hsm::names",
            "The module does not recognise the token in the slot. Check that the right module is "
            "loaded for this device.");
    case CKR_TOKEN_WRITE_PROTECTED:
        return QCoreApplication::translate(
            "hsm::names",
            "The token is write-protected (read-only). Objects on it cannot be created, changed or "
            "deleted.");
    case CKR_UNWRAPPING_KEY_HANDLE_INVALID:
    case CKR_UNWRAPPING_KEY_SIZE_RANGE:
    case CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT:
        return QCoreApplication::translate(
            "hsm::names",
            "The unwrapping key is missing, has the wrong size or the wrong type for this mechanism.");
    case CKR_USER_ALREADY_LOGGED_IN:
        return QCoreApplication::translate(
            "hsm::names", "The user is already logged in on this token; no new login is needed.");
    case CKR_USER_NOT_LOGGED_IN:
        return QCoreApplication::translate(
            "hsm::names", "This needs a login. Log in to the token with the user PIN and try again.");
    case CKR_USER_PIN_NOT_INITIALIZED:
        return QCoreApplication::translate(
            "hsm::names",
            "The user PIN has not been set yet. The security officer must initialise it first.");
    case CKR_USER_TYPE_INVALID:
        return QCoreApplication::translate("hsm::names",
                                           "The user type is not valid (use user or security officer).");
    case CKR_USER_ANOTHER_ALREADY_LOGGED_IN:
        return QCoreApplication::translate("hsm::names",
                                           "Another user type is logged in on this token. Log out first.");
    case CKR_USER_TOO_MANY_TYPES:
        return QCoreApplication::translate("hsm::names",
                                           "Too many different users are logged in to this token at once.");
    case CKR_WRAPPED_KEY_INVALID:
    case CKR_WRAPPED_KEY_LEN_RANGE:
        return QCoreApplication::translate("hsm::names",
                                           "The wrapped key is invalid or has the wrong length.");
    case CKR_WRAPPING_KEY_HANDLE_INVALID:
    case CKR_WRAPPING_KEY_SIZE_RANGE:
    case CKR_WRAPPING_KEY_TYPE_INCONSISTENT:
        return QCoreApplication::translate(
            "hsm::names",
            "The wrapping key is missing, has the wrong size or the wrong type for this mechanism.");
    case CKR_RANDOM_SEED_NOT_SUPPORTED:
        return QCoreApplication::translate("hsm::names",
                                           "The token does not accept seeding of its random generator.");
    case CKR_RANDOM_NO_RNG:
        return QCoreApplication::translate("hsm::names", "The token has no random number generator.");
    case CKR_DOMAIN_PARAMS_INVALID:
        return QCoreApplication::translate(
            "hsm::names", "The domain parameters (for example the EC curve) are not valid or not supported.");
    case CKR_CURVE_NOT_SUPPORTED:
        return QCoreApplication::translate(
            "hsm::names", "The token does not support this elliptic curve. Choose another curve.");
    case CKR_BUFFER_TOO_SMALL:
        return QCoreApplication::translate(
            "hsm::names", "The output buffer was too small; the program should ask for the length first.");
    case CKR_SAVED_STATE_INVALID:
    case CKR_STATE_UNSAVEABLE:
        return QCoreApplication::translate("hsm::names", "The operation state cannot be saved or restored.");
    case CKR_INFORMATION_SENSITIVE:
        return QCoreApplication::translate("hsm::names",
                                           "The information is sensitive and the token will not reveal it.");
    case CKR_CRYPTOKI_NOT_INITIALIZED:
        return QCoreApplication::translate(
            "hsm::names", "The module has not been initialised (C_Initialize). Reload the module.");
    case CKR_CRYPTOKI_ALREADY_INITIALIZED:
        return QCoreApplication::translate(
            "hsm::names", "The module was already initialised by this process; this is harmless.");
    case CKR_MUTEX_BAD:
    case CKR_MUTEX_NOT_LOCKED:
        return QCoreApplication::translate(
            "hsm::names",
            "The module reported a locking error. This is a bug in the module or its threading set-up.");
    case CKR_NEW_PIN_MODE:
    case CKR_NEXT_OTP:
        return QCoreApplication::translate("hsm::names",
                                           "The one-time-password token needs a new PIN or the next OTP.");
    case CKR_EXCEEDED_MAX_ITERATIONS:
        return QCoreApplication::translate(
            "hsm::names",
            "The token gave up after too many iterations (for example while generating a key). Try "
            "again.");
    case CKR_FIPS_SELF_TEST_FAILED:
        return QCoreApplication::translate(
            "hsm::names",
            "The token failed its FIPS self-test and refuses to work. Contact the device's vendor.");
    case CKR_LIBRARY_LOAD_FAILED:
        return QCoreApplication::translate(
            "hsm::names", "The module could not load a library it depends on. Check its installation.");
    case CKR_PUBLIC_KEY_INVALID:
        return QCoreApplication::translate(
            "hsm::names", "The public key is not valid (for example a point not on the curve).");
    case CKR_FUNCTION_REJECTED:
        return QCoreApplication::translate(
            "hsm::names",
            "The user rejected the operation on the token (for example on its display or keypad).");
    default:
        break;
    }
    if ((value & CKR_VENDOR_DEFINED) != 0)
        return QCoreApplication::translate(
            "hsm::names", "A vendor-specific error. The module's documentation or log explains it.");
    return QCoreApplication::translate(
        "hsm::names",
        "An error code this application does not know. Check the module's documentation or log.");
}

} // namespace hsm::names
