#include "VendorProfile.h"

#include "KeygenNShieldProfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hsm::keygen {

namespace {

bool anyContains(const QStringList& texts, std::initializer_list<const char*> needles) {
    for (const QString& text : texts)
        for (const char* needle : needles)
            if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
                return true;
    return false;
}

QString fileName(const ModuleInfo& module) {
    return QFileInfo(module.path).fileName();
}

/// A family whose generation rules are all expressed by its mechanism list and the standard, so the
/// profile adds no rule of its own: only the match differs. Rules are added only with a documented
/// vendor source (DESIGN.md "Vendor profiles"); none is invented.
class PlainProfile : public VendorProfile {
public:
    using Matcher = bool (*)(const ModuleInfo&, const TokenInfo&);
    PlainProfile(const char* id, const char* name, Matcher matcher)
        : m_id(id), m_name(name), m_matcher(matcher) {}
    QString id() const override { return QString::fromLatin1(m_id); }
    QString displayName() const override { return QCoreApplication::translate("hsm::keygen", m_name); }
    bool matches(const ModuleInfo& module, const TokenInfo& token) const override {
        return m_matcher(module, token);
    }
    bool allowsKind(KeyKind) const override { return true; }
    void applyDefaults(KeySpec&) const override {}
    QList<RuleViolation> check(const KeySpec&, const KeyTemplates&) const override { return {}; }

private:
    const char* m_id;
    const char* m_name;
    Matcher m_matcher;
};

// SoftHSM2 reports manufacturerID "SoftHSM" for the library and "SoftHSM project" for its tokens.
bool matchesSoftHsm(const ModuleInfo& module, const TokenInfo& token) {
    return token.manufacturer.startsWith(QLatin1String("SoftHSM"), Qt::CaseInsensitive) ||
           module.manufacturer.startsWith(QLatin1String("SoftHSM"), Qt::CaseInsensitive) ||
           fileName(module).contains(QLatin1String("softhsm"), Qt::CaseInsensitive);
}

// OpenSC: library manufacturer "OpenSC Project", description "OpenSC smartcard framework", file
// opensc-pkcs11.so; tokens of USB HSMs it drives report their card vendor, e.g. "www.CardContact.de"
// for the SmartCard-HSM / Nitrokey HSM.
bool matchesOpenSc(const ModuleInfo& module, const TokenInfo& token) {
    return anyContains({module.manufacturer, module.description, fileName(module)}, {"OpenSC"}) ||
           token.manufacturer.contains(QLatin1String("CardContact"), Qt::CaseInsensitive);
}

// Nitrokey's NetHSM module (libnethsm_pkcs11.so, seeds/004) reports Nitrokey / NetHSM.
bool matchesNetHsm(const ModuleInfo& module, const TokenInfo& token) {
    return anyContains(
               {module.manufacturer, module.description, fileName(module), token.manufacturer, token.model},
               {"NetHSM"}) ||
           (anyContains({module.manufacturer, token.manufacturer}, {"Nitrokey"}) &&
            !token.manufacturer.contains(QLatin1String("CardContact"), Qt::CaseInsensitive) &&
            !anyContains({module.description, fileName(module)}, {"OpenSC"}));
}

// Thales (formerly SafeNet) ProtectServer with ProtectToolkit: the vendor name alone would also match
// Luna HSMs, so the model or library must say ProtectServer / ProtectToolkit (libcthsm.so, libctsw.so).
bool matchesProtectServer(const ModuleInfo& module, const TokenInfo& token) {
    const bool product =
        anyContains({token.model, module.description}, {"ProtectServer", "ProtectToolkit"}) ||
        anyContains({fileName(module)}, {"libcthsm", "libctsw"});
    const bool vendor = anyContains({module.manufacturer, token.manufacturer}, {"SafeNet", "Thales"});
    return product && (vendor || anyContains({fileName(module)}, {"libcthsm", "libctsw"}));
}

bool matchesAnything(const ModuleInfo&, const TokenInfo&) {
    return true;
}

} // namespace

const QList<const VendorProfile*>& profiles() {
    static const NShieldWsopProfile nshield;
    static const PlainProfile nethsm("nethsm", QT_TRANSLATE_NOOP("hsm::keygen", "Nitrokey NetHSM"),
                                     &matchesNetHsm);
    static const PlainProfile protectServer(
        "protectserver", QT_TRANSLATE_NOOP("hsm::keygen", "Thales ProtectServer"), &matchesProtectServer);
    static const PlainProfile opensc(
        "opensc", QT_TRANSLATE_NOOP("hsm::keygen", "OpenSC (smart cards, USB HSMs)"), &matchesOpenSc);
    static const PlainProfile softhsm("softhsm2", QT_TRANSLATE_NOOP("hsm::keygen", "SoftHSM2"),
                                      &matchesSoftHsm);
    static const PlainProfile generic("generic", QT_TRANSLATE_NOOP("hsm::keygen", "Generic PKCS#11"),
                                      &matchesAnything);
    // Most specific first: the nShield Web Services library would also be matched by a looser rule.
    static const QList<const VendorProfile*> all{&nshield, &nethsm,  &protectServer,
                                                 &opensc,  &softhsm, &generic};
    return all;
}

const VendorProfile& profileFor(const ModuleInfo& module, const TokenInfo& token) {
    for (const VendorProfile* profile : profiles())
        if (profile->matches(module, token))
            return *profile;
    return *profiles().constLast();
}

const VendorProfile* profileById(const QString& id) {
    for (const VendorProfile* profile : profiles())
        if (profile->id().compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    return nullptr;
}

} // namespace hsm::keygen
