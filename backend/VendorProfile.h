#pragma once

#include "KeySpec.h"
#include "Types.h"

#include <QList>
#include <QString>

namespace hsm::keygen {

/// A rule of a module family that a template breaks, found before anything is sent.
struct RuleViolation {
    /// Errors block sending; warnings (the guide's "should") are shown and may be accepted.
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    CK_ATTRIBUTE_TYPE attribute = 0; ///< the attribute concerned; 0 when the rule is about the key kind
    QString message;                 ///< "nShield Web Services: CKA_TOKEN must be CK_TRUE"
    QString hint;                    ///< what to change
};

/// What a module family requires (DESIGN.md "Vendor profiles"; nShield WSOP rules from its guide,
/// section 6). Stateless; one instance per family.
class VendorProfile {
public:
    virtual ~VendorProfile() = default;
    /// "generic", "softhsm2", "opensc", "nethsm", "protectserver", "nshield-wsop"
    [[nodiscard]] virtual QString id() const = 0;
    /// "nShield Web Services (WSOP)"
    [[nodiscard]] virtual QString displayName() const = 0;
    /// Whether this profile fits a token of this module (manufacturer/model/library).
    [[nodiscard]] virtual bool matches(const ModuleInfo& module, const TokenInfo& token) const = 0;
    /// Key kinds the family can generate at all (nShield WSOP: AES and the three HMACs).
    [[nodiscard]] virtual bool allowsKind(KeyKind kind) const = 0;
    /// Adjusts a fresh spec to the family's needs (nShield: token and private on, not extractable).
    virtual void applyDefaults(KeySpec& spec) const = 0;
    /// Every rule `templates` (built from `spec`) breaks; empty when the profile has no objection.
    [[nodiscard]] virtual QList<RuleViolation> check(const KeySpec& spec,
                                                     const KeyTemplates& templates) const = 0;
};

/// All profiles, generic last.
[[nodiscard]] const QList<const VendorProfile*>& profiles();
/// The profile chosen automatically for a token (first that matches; generic otherwise).
[[nodiscard]] const VendorProfile& profileFor(const ModuleInfo& module, const TokenInfo& token);
/// By id (CLI --profile, the wizard's choice); nullptr when unknown.
[[nodiscard]] const VendorProfile* profileById(const QString& id);

} // namespace hsm::keygen
