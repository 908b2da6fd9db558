#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QList>

namespace hsm {

/// Every standard attribute the object has, for the inspector: one C_GetAttributeValue to learn
/// lengths (CKR_ATTRIBUTE_SENSITIVE / TYPE_INVALID handled per attribute), one to fetch values.
/// Key material of private and secret keys (CKA_VALUE, CKA_PRIVATE_EXPONENT, primes, ...) is never
/// fetched even when the token would allow it: the inspector shows its length only.
[[nodiscard]] Result<QList<AttributeValue>> readAllAttributes(Session& session, CK_OBJECT_HANDLE handle);

/// Decodes an attribute value for display: booleans, CK_ULONGs with their constant names, dates,
/// DER names, EC parameters as curve names, big integers in hex, mechanism lists, UTF-8 text.
[[nodiscard]] QString formatAttribute(CK_ATTRIBUTE_TYPE type, const QByteArray& raw);

} // namespace hsm
