#pragma once

#include "KeySpec.h"
#include "Result.h"
#include "Session.h"

#include <QList>
#include <QString>
#include <atomic>

namespace hsm::keygen {

/// One object the generation created.
struct CreatedObject {
    CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
    CK_OBJECT_CLASS objectClass = CKO_SECRET_KEY;
    QString uri; ///< RFC 7512, with token, object label, id and type
};

struct GenerationResult {
    QList<CreatedObject> objects; ///< public then private key, or the secret key
    QByteArray id;                ///< the CKA_ID set (computed from the public key when the spec had none)
    /// Set when the UI abandoned the job while the module was generating: what happened to the key
    /// ("the key pair was completed and kept" / "both halves were removed").
    QString abandonNote;
    /// Attributes left out by generateRelaxed to make the module accept the template.
    QList<CK_ATTRIBUTE_TYPE> droppedAttributes;
};

/// Generates with C_GenerateKey / C_GenerateKeyPair on `session` (logged in, read-write), then
/// sets the CKA_ID of a pair computed from its public key on both halves. Never leaves half a pair:
/// if a step after C_GenerateKeyPair fails, both halves are destroyed and the error says so; if
/// `abandoned` became true meanwhile, the pair is completed and kept, and abandonNote says so.
/// A CKR_TEMPLATE_INCONSISTENT / ATTRIBUTE_TYPE_INVALID / ATTRIBUTE_VALUE_INVALID error names the
/// attribute when it can tell (e.g. a CK_ATTRIBUTE_VALUE_INVALID on the only optional attribute).
[[nodiscard]] Result<GenerationResult> generate(Session& session, const TokenInfo& token, const KeySpec& spec,
                                                const KeyTemplates& templates,
                                                const std::atomic_bool* abandoned = nullptr);

/// Only with the user's consent, after generate() failed with one of the three template errors:
/// retries without one optional attribute at a time (in template order) until the module accepts
/// one. The result's droppedAttributes names the attribute that was left out; the key created then
/// lacks it. Fails with the original error when no single omission helps.
[[nodiscard]] Result<GenerationResult> generateRelaxed(Session& session, const TokenInfo& token,
                                                       const KeySpec& spec, const KeyTemplates& templates,
                                                       const std::atomic_bool* abandoned = nullptr);

/// Whether `rv` is one of the template errors generateRelaxed can help with.
[[nodiscard]] bool isTemplateError(CK_RV rv);

} // namespace hsm::keygen
