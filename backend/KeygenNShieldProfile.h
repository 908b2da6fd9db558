#pragma once

#include "VendorProfile.h"

namespace hsm::keygen {

/// nShield Web Services PKCS#11 library (WSOP), rules from its guide section 6 (seeds/001_*, 6.1.9,
/// 6.2 and 6.4): token and private objects only, a label without HTML characters, only AES and SHA-2
/// HMAC secret keys of the listed lengths, the attributes that must be false or true when given, and
/// no attribute the guide's tables do not list.
class NShieldWsopProfile : public VendorProfile {
public:
    QString id() const override;
    QString displayName() const override;
    bool matches(const ModuleInfo& module, const TokenInfo& token) const override;
    bool allowsKind(KeyKind kind) const override;
    void applyDefaults(KeySpec& spec) const override;
    QList<RuleViolation> check(const KeySpec& spec, const KeyTemplates& templates) const override;
};

} // namespace hsm::keygen
