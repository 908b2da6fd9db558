#pragma once

// Plain records the backend hands to models and the CLI. They hold copies, never live handles
// into a module, so they can cross threads in queued signals.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>
#include <p11-kit/pkcs11.h>

namespace hsm {

struct ModuleInfo {
    QString path;               ///< file the module was loaded from
    QString name;               ///< p11-kit registry name, or the file's base name
    QString manufacturer;       ///< CK_INFO.manufacturerID
    QString description;        ///< CK_INFO.libraryDescription
    QString libraryVersion;     ///< CK_INFO.libraryVersion
    QString cryptokiVersion;    ///< CK_INFO.cryptokiVersion
    bool usesInterface = false; ///< loaded through C_GetInterface (PKCS#11 3.0) instead of C_GetFunctionList
};

struct TokenInfo {
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    CK_FLAGS flags = 0;
    CK_ULONG maxSessionCount = 0;
    CK_ULONG sessionCount = 0;
    CK_ULONG maxRwSessionCount = 0;
    CK_ULONG rwSessionCount = 0;
    CK_ULONG maxPinLen = 0;
    CK_ULONG minPinLen = 0;
    CK_ULONG totalPublicMemory = 0;
    CK_ULONG freePublicMemory = 0;
    CK_ULONG totalPrivateMemory = 0;
    CK_ULONG freePrivateMemory = 0;
    QString hardwareVersion;
    QString firmwareVersion;
    QString utcTime;
    /// The raw structure, kept so URIs can be built and matched through p11-kit.
    CK_TOKEN_INFO raw{};

    [[nodiscard]] bool has(CK_FLAGS flag) const { return (flags & flag) != 0; }
};

struct SlotInfo {
    CK_SLOT_ID id = 0;
    QString description;
    QString manufacturer;
    CK_FLAGS flags = 0;
    QString hardwareVersion;
    QString firmwareVersion;
    std::optional<TokenInfo> token; ///< empty when no token is present (or it could not be read)
    CK_SLOT_INFO raw{};

    [[nodiscard]] bool tokenPresent() const { return (flags & CKF_TOKEN_PRESENT) != 0; }
};

struct MechanismInfo {
    CK_MECHANISM_TYPE type = 0;
    QString name;
    CK_ULONG minKeySize = 0;
    CK_ULONG maxKeySize = 0;
    CK_FLAGS flags = 0;
};

/// Listing columns of one object, read in one C_GetAttributeValue (certificates: plus their value).
struct ObjectSummary {
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE; ///< valid only inside the session that listed it
    CK_OBJECT_CLASS objectClass = CKO_DATA;
    QByteArray labelBytes; ///< CKA_LABEL as stored
    QString label;         ///< for display; bytes that are not UTF-8 shown as U+FFFD
    bool labelIsUtf8 = true;
    QByteArray id; ///< CKA_ID
    std::optional<CK_KEY_TYPE> keyType;
    std::optional<CK_CERTIFICATE_TYPE> certificateType;
    QString size; ///< "2048 bits", "P-256", "32 bytes"
    std::optional<bool> token, isPrivate, modifiable, sensitive, extractable;
    // Certificates (decoded with OpenSSL from CKA_VALUE):
    QString subject, issuer, serialNumber;
    QDateTime notAfter;
    QString uri; ///< RFC 7512 URI of the object, token part included
};

/// One attribute as the inspector shows it.
struct AttributeValue {
    enum class State { Present, Sensitive, Unavailable };
    CK_ATTRIBUTE_TYPE type = 0;
    QString name; ///< "CKA_LABEL"
    State state = State::Present;
    QByteArray raw;  ///< empty for sensitive / withheld values
    QString display; ///< decoded for display ("true", "2025-01-31", "P-256", hex, ...)
};

/// One PKCS#11 call as recorded by the call gate. Holds no argument values, so never a PIN or key.
struct CallRecord {
    QDateTime time;
    QString module;   ///< module name
    QString function; ///< "C_Login"
    std::optional<CK_SLOT_ID> slot;
    std::optional<CK_SESSION_HANDLE> session;
    CK_RV rv = CKR_OK;
    qint64 durationNs = 0;
};

} // namespace hsm

Q_DECLARE_METATYPE(hsm::ModuleInfo)
Q_DECLARE_METATYPE(hsm::TokenInfo)
Q_DECLARE_METATYPE(hsm::SlotInfo)
Q_DECLARE_METATYPE(hsm::MechanismInfo)
Q_DECLARE_METATYPE(hsm::ObjectSummary)
Q_DECLARE_METATYPE(hsm::AttributeValue)
Q_DECLARE_METATYPE(hsm::CallRecord)
