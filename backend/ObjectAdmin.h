#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

// Changing objects on a token: deleting them (and finding what belongs with a private key), editing
// label, ID and the boolean attributes the PKCS#11 rules let change, and creating data objects.
namespace hsm::objects {

/// "private key “signing” (ID 01)": how errors and confirmations name an object.
[[nodiscard]] QString describe(const ObjectSummary& object);
/// "01:a2:ff" for display; "(none)" when empty.
[[nodiscard]] QString idText(const QByteArray& id);
/// Hex as typed ("01a2ff", "01:a2:ff", "01 a2 ff"; empty = no ID). Odd digit counts and other
/// characters are refused with a message naming the problem.
[[nodiscard]] Result<QByteArray> parseHexId(const QString& text);

/// One attribute's bytes (two-pass length query); nullopt when the object does not have it or it is
/// sensitive.
/// Several attributes in one two-pass read; absent or sensitive ones are nullopt.
[[nodiscard]] Result<QList<std::optional<QByteArray>>>
readAttributes(Session& session, CK_OBJECT_HANDLE handle, const QList<CK_ATTRIBUTE_TYPE>& types);
[[nodiscard]] Result<std::optional<QByteArray>> readAttribute(Session& session, CK_OBJECT_HANDLE handle,
                                                              CK_ATTRIBUTE_TYPE type);

/// Refuses, without calling the module, when the token is write-protected or the session read-only.
/// `operation` names what was attempted ("Deleting objects").
[[nodiscard]] Result<void> checkWritable(Session& session, const TokenInfo& token, const QString& operation);
/// Refuses when any of `objects` is private (or `needPrivate`) and the session is not logged in.
[[nodiscard]] Result<void> checkLoginFor(Session& session, const QList<ObjectSummary>& objects,
                                         const QString& operation, bool needPrivate = false);

// ---- Deleting -------------------------------------------------------------------------------

/// Handles of objects of `cls` whose CKA_ID is `id`, found on the token (not in a listing).
[[nodiscard]] Result<QList<CK_OBJECT_HANDLE>> findById(Session& session, CK_OBJECT_CLASS cls, QByteArray id);
/// Public keys and certificates on the token (found with C_FindObjects, not from a listing) that
/// share a private key's CKA_ID. Empty for other classes and for keys without an ID.
[[nodiscard]] Result<QList<ObjectSummary>> findRelated(Session& session, const TokenInfo& token,
                                                       const ObjectSummary& privateKey);
/// findRelated for every private key of `objects`, leaving out objects already in `objects`.
[[nodiscard]] Result<QList<ObjectSummary>> findRelatedAll(Session& session, const TokenInfo& token,
                                                          const QList<ObjectSummary>& objects);

struct DeleteReport {
    QList<ObjectSummary> deleted;
    QList<std::pair<ObjectSummary, Error>> failed;

    [[nodiscard]] bool complete() const { return failed.isEmpty(); }
    /// One error describing which objects were deleted and which not (for a partial failure).
    [[nodiscard]] Error summaryError() const;
};

/// C_DestroyObject for each object, going on after a failure so the report is complete. Each handle
/// is first checked to still name the listed object (class, label and ID), so a stale handle never
/// destroys something else.
[[nodiscard]] DeleteReport deleteObjects(Session& session, const QList<ObjectSummary>& objects);

// ---- Editing --------------------------------------------------------------------------------

/// How PKCS#11 lets a boolean attribute change after the object was created.
enum class ChangeRule {
    Free,      ///< either way (usage flags, CKA_DERIVE, CKA_DESTROYABLE)
    SetOnly,   ///< false -> true only (CKA_SENSITIVE, CKA_WRAP_WITH_TRUSTED)
    ClearOnly, ///< true -> false only (CKA_EXTRACTABLE, CKA_COPYABLE)
    ReadOnly,  ///< never through C_SetAttributeValue (CKA_LOCAL, CKA_ALWAYS_SENSITIVE, CKA_TOKEN, ...)
};

[[nodiscard]] ChangeRule changeRule(CK_ATTRIBUTE_TYPE type);
/// Why the attribute changes only one way or not at all (for tooltips and errors); empty for Free.
[[nodiscard]] QString ruleExplanation(CK_ATTRIBUTE_TYPE type);
[[nodiscard]] bool canChange(CK_ATTRIBUTE_TYPE type, bool from, bool to);
/// The boolean attributes shown for objects of `cls`, in display order (read-only ones included).
[[nodiscard]] QList<CK_ATTRIBUTE_TYPE> booleanAttributes(CK_OBJECT_CLASS cls);

/// What the edit dialog needs: the object's current label, ID and boolean attributes.
struct EditableObject {
    ObjectSummary summary;
    bool modifiable = true;
    QList<std::pair<CK_ATTRIBUTE_TYPE, bool>> booleans; ///< attributes the object has, in display order

    [[nodiscard]] std::optional<bool> boolean(CK_ATTRIBUTE_TYPE type) const;
};

[[nodiscard]] Result<EditableObject> readEditable(Session& session, const TokenInfo& token,
                                                  CK_OBJECT_HANDLE handle);

/// The values the user wants; unset fields stay as they are.
struct ObjectEdit {
    std::optional<QByteArray> label; ///< UTF-8
    std::optional<QByteArray> id;
    QList<std::pair<CK_ATTRIBUTE_TYPE, bool>> booleans;
};

/// The attributes of `edit` that differ from `current`, checked against CKA_MODIFIABLE and the
/// one-way rules. An empty edit gives an empty list. Calls nothing.
[[nodiscard]] Result<QList<CK_ATTRIBUTE_TYPE>> plannedChanges(const EditableObject& current,
                                                              const ObjectEdit& edit);

/// Reads the object again, checks the edit (plannedChanges) and sends only what changes in one
/// C_SetAttributeValue. Returns the attributes changed. A rejection names the attribute.
[[nodiscard]] Result<QList<CK_ATTRIBUTE_TYPE>> applyEdit(Session& session, const TokenInfo& token,
                                                         CK_OBJECT_HANDLE handle, const ObjectEdit& edit);

// ---- Data objects ---------------------------------------------------------------------------

/// Larger values are refused: tokens have little memory and a data object is not a file store.
constexpr qint64 kMaxDataObjectSize = 1024 * 1024;

/// A dotted OID ("1.2.840.113549.1.7.1") as DER (tag 06); an invalid OID gives an error saying why.
[[nodiscard]] Result<QByteArray> encodeOid(const QString& dotted);
/// DER OID back to dotted form; empty when it does not parse.
[[nodiscard]] QString decodeOid(const QByteArray& der);

struct DataObjectSpec {
    QByteArray label;       ///< UTF-8
    QByteArray application; ///< CKA_APPLICATION, UTF-8
    QByteArray objectId;    ///< CKA_OBJECT_ID, DER; empty = not set
    bool isPrivate = true;
    QByteArray value;
};

/// C_CreateObject of a token data object; returns its summary (with its URI).
[[nodiscard]] Result<ObjectSummary> createDataObject(Session& session, const TokenInfo& token,
                                                     const DataObjectSpec& spec);

} // namespace hsm::objects
