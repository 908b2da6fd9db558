#pragma once

#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QByteArray>
#include <QList>

// The X.509 certificates a session can see, with their DER value: what chain building and the
// expiry view gather from every open token.
namespace hsm::certcollect {

struct TokenCertificate {
    QByteArray der;        ///< CKA_VALUE
    ObjectSummary summary; ///< listing columns (label, ID, subject, notAfter, URI)
};

/// Every CKO_CERTIFICATE of type CKC_X_509 visible to `session` (public ones only unless logged in).
/// Certificates without a value are left out; a value that does not parse is kept (the chain builder
/// reports it).
[[nodiscard]] Result<QList<TokenCertificate>> collectCertificates(Session& session, const TokenInfo& token);

} // namespace hsm::certcollect
