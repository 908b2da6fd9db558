#pragma once

#include "KeySpec.h"
#include "Result.h"

#include <QList>

namespace hsm::keygen {

/// The attributes of `templates` that may explain a template error (`rv` CKR_TEMPLATE_INCONSISTENT,
/// CKR_ATTRIBUTE_TYPE_INVALID or CKR_ATTRIBUTE_VALUE_INVALID) without asking the module again:
/// attributes the object class does not define, usages the key type cannot have, values out of the
/// standard's range, and, when a template has one optional attribute only, that one. Empty when
/// nothing stands out.
[[nodiscard]] QList<CK_ATTRIBUTE_TYPE> suspectAttributes(CK_RV rv, const KeySpec& spec,
                                                         const KeyTemplates& templates);

/// The error of a failed C_GenerateKey / C_GenerateKeyPair: for a template error it names the suspect
/// attribute (or the optional attributes that could be left out) and hints at retrying without them.
[[nodiscard]] Error templateAwareError(const QString& call, CK_RV rv, const KeySpec& spec,
                                       const KeyTemplates& templates);

} // namespace hsm::keygen
