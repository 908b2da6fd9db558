#include "KeygenNShieldProfile.h"

#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <initializer_list>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

const QString kPrefix = QStringLiteral("nShield Web Services: ");

// Guide 6.4 "You should set these attributes to false / true while creating an object, if provided".
constexpr CK_ATTRIBUTE_TYPE kMustBeFalse[] = {CKA_DERIVE, CKA_EXTRACTABLE, CKA_COPYABLE,         CKA_TRUSTED,
                                              CKA_UNWRAP, CKA_WRAP,        CKA_WRAP_WITH_TRUSTED};
constexpr CK_ATTRIBUTE_TYPE kMustBeTrue[] = {CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE, CKA_LOCAL,
                                             CKA_SENSITIVE};
// Guide 6.4 tables for generated keys: the object attributes (token, private) and the key attributes.
constexpr CK_ATTRIBUTE_TYPE kListed[] = {CKA_TOKEN,     CKA_PRIVATE, CKA_CLASS,   CKA_KEY_TYPE,
                                         CKA_VALUE_LEN, CKA_LABEL,   CKA_ENCRYPT, CKA_DECRYPT,
                                         CKA_SIGN,      CKA_VERIFY,  CKA_WRAP,    CKA_UNWRAP};

template <size_t N> bool in(const CK_ATTRIBUTE_TYPE (&list)[N], CK_ATTRIBUTE_TYPE type) {
    for (CK_ATTRIBUTE_TYPE t : list)
        if (t == type)
            return true;
    return false;
}

RuleViolation violation(CK_ATTRIBUTE_TYPE attribute, const QString& message, const QString& hint,
                        RuleViolation::Severity severity = RuleViolation::Severity::Error) {
    return {severity, attribute, kPrefix + message, hint};
}

bool isHmac(KeyKind kind) {
    return kind == KeyKind::HmacSha256 || kind == KeyKind::HmacSha384 || kind == KeyKind::HmacSha512;
}

void checkTemplate(const KeySpec& spec, const QList<TemplateAttribute>& list, QList<RuleViolation>& out) {
    const auto required = [&](CK_ATTRIBUTE_TYPE type) -> const TemplateAttribute* {
        const TemplateAttribute* a = findAttribute(list, type);
        if (a == nullptr)
            out << violation(type, tr("%1 is required.").arg(names::attribute(type)),
                             tr("Add %1 to the template.").arg(names::attribute(type)));
        return a;
    };

    // 6.4: "there is currently no PKCS #11 library support for session or public objects".
    for (CK_ATTRIBUTE_TYPE type : {CKA_TOKEN, CKA_PRIVATE})
        if (const TemplateAttribute* a = required(type); a != nullptr && !a->isTrue())
            out << violation(
                type, tr("%1 must be CK_TRUE (no session or public objects).").arg(names::attribute(type)),
                tr("Turn on %1.").arg(type == CKA_TOKEN ? tr("\"token object\"") : tr("\"private\"")));

    if (const TemplateAttribute* a = required(CKA_CLASS); a != nullptr && a->ulongValue() != CKO_SECRET_KEY)
        out << violation(CKA_CLASS, tr("CKA_CLASS must be CKO_SECRET_KEY."),
                         tr("Generate an AES or HMAC key."));
    if (const TemplateAttribute* a = required(CKA_KEY_TYPE)) {
        const CK_ULONG type = a->ulongValue();
        if (type != CKK_AES && type != CKK_SHA256_HMAC && type != CKK_SHA384_HMAC && type != CKK_SHA512_HMAC)
            out << violation(
                CKA_KEY_TYPE,
                tr("CKA_KEY_TYPE %1 is not supported; only CKK_AES, CKK_SHA256_HMAC, CKK_SHA384_HMAC "
                   "and CKK_SHA512_HMAC are.")
                    .arg(names::keyType(type)),
                tr("Generate an AES or HMAC key (HMAC keys with CKM_SHA256/384/512_KEY_GEN)."));
    }
    if (const TemplateAttribute* a = required(CKA_VALUE_LEN); a != nullptr && spec.kind == KeyKind::Aes) {
        const CK_ULONG length = a->ulongValue();
        if (length != 16 && length != 24 && length != 32)
            out << violation(CKA_VALUE_LEN, tr("AES keys must be 16, 24 or 32 bytes, not %1.").arg(length),
                             tr("Choose AES-128, AES-192 or AES-256."));
    }
    if (const TemplateAttribute* a = required(CKA_LABEL)) {
        const QString label = QString::fromUtf8(a->value);
        if (label.trimmed().isEmpty())
            out << violation(CKA_LABEL, tr("a label is required."), tr("Enter a label."));
        // 6.1.9: HTML characters in string fields get corrupted when read back.
        if (label.contains(QLatin1Char('<')) || label.contains(QLatin1Char('>')) ||
            label.contains(QLatin1Char('&')))
            out << violation(CKA_LABEL, tr("the label must not contain <, > or &."),
                             tr("Remove <, > and & from the label."));
    }

    for (const TemplateAttribute& a : list) {
        if (in(kMustBeFalse, a.type) && a.isTrue())
            out << violation(a.type, tr("%1 must be CK_FALSE when given.").arg(names::attribute(a.type)),
                             tr("Turn off %1 or leave it out.").arg(names::attribute(a.type)));
        else if (in(kMustBeTrue, a.type) && !a.isTrue())
            out << violation(a.type, tr("%1 must be CK_TRUE when given.").arg(names::attribute(a.type)),
                             tr("Turn on %1 or leave it out.").arg(names::attribute(a.type)));
        else if (!in(kListed, a.type) && !in(kMustBeFalse, a.type) && !in(kMustBeTrue, a.type))
            out << violation(a.type, tr("%1 is not supported by the library.").arg(names::attribute(a.type)),
                             a.type == CKA_ID ? tr("Leave the ID empty; the library does not store CKA_ID.")
                                              : tr("Leave %1 out.").arg(names::attribute(a.type)));
    }

    // 6.4 "Should be CK_TRUE": the key is usable without them, so these only warn.
    const auto shouldBeTrue = [&](CK_ATTRIBUTE_TYPE type, const QString& kind) {
        const TemplateAttribute* a = findAttribute(list, type);
        if (a == nullptr || !a->isTrue())
            out << violation(type, tr("%1 should be CK_TRUE for %2 keys.").arg(names::attribute(type), kind),
                             tr("Turn on %1, or the key cannot be used for it.").arg(names::attribute(type)),
                             RuleViolation::Severity::Warning);
    };
    if (spec.kind == KeyKind::Aes) {
        shouldBeTrue(CKA_ENCRYPT, QStringLiteral("AES"));
        shouldBeTrue(CKA_DECRYPT, QStringLiteral("AES"));
    } else if (isHmac(spec.kind)) {
        shouldBeTrue(CKA_SIGN, QStringLiteral("HMAC"));
        shouldBeTrue(CKA_VERIFY, QStringLiteral("HMAC"));
    }
}

} // namespace

QString NShieldWsopProfile::id() const {
    return QStringLiteral("nshield-wsop");
}

QString NShieldWsopProfile::displayName() const {
    return QCoreApplication::translate("hsm::keygen", "nShield Web Services (WSOP)");
}

bool NShieldWsopProfile::matches(const ModuleInfo& module, const TokenInfo& token) const {
    // A guess from the guide, as no WSOP library was at hand: the library file is
    // libpkcs11webservices.so (guide 4.x, ckinfo-dynamic --library ...), and nShield libraries name
    // their vendor (nCipher, later Entrust) in CK_INFO / CK_TOKEN_INFO. The vendor alone is not enough:
    // the classic nShield library (libcknfast.so) has none of the WSOP restrictions.
    if (QFileInfo(module.path).fileName().contains(QLatin1String("pkcs11webservices"), Qt::CaseInsensitive))
        return true;
    const QStringList texts{module.manufacturer, module.description, token.manufacturer, token.model};
    bool webServices = false;
    bool vendor = false;
    for (const QString& text : texts) {
        webServices = webServices || text.contains(QLatin1String("Web Services"), Qt::CaseInsensitive) ||
                      text.contains(QLatin1String("WebServices"), Qt::CaseInsensitive) ||
                      text.contains(QLatin1String("WSOP"), Qt::CaseInsensitive);
        for (const char* name : {"nShield", "nCipher", "Entrust"})
            vendor = vendor || text.contains(QLatin1String(name), Qt::CaseInsensitive);
    }
    return webServices && vendor;
}

bool NShieldWsopProfile::allowsKind(KeyKind kind) const {
    return kind == KeyKind::Aes || isHmac(kind);
}

void NShieldWsopProfile::applyDefaults(KeySpec& spec) const {
    spec.token = true;
    spec.isPrivate = true;
    spec.sensitive = true;
    spec.extractable = false;
    spec.usage.wrap = spec.usage.unwrap = spec.usage.derive = false;
    spec.id.clear(); // CKA_ID is not among the attributes the library supports
    if (spec.kind == KeyKind::Aes) {
        spec.usage.encrypt = spec.usage.decrypt = true;
        if (spec.bits != 128 && spec.bits != 192 && spec.bits != 256)
            spec.bits = 256;
    } else if (isHmac(spec.kind)) {
        spec.usage.sign = spec.usage.verify = true;
        spec.usage.encrypt = spec.usage.decrypt = false;
        // 6.3: HMAC keys come from CKM_SHA*_KEY_GEN; the library has no generic secret generation.
        spec.mechanism = spec.kind == KeyKind::HmacSha256   ? CKM_SHA256_KEY_GEN
                         : spec.kind == KeyKind::HmacSha384 ? CKM_SHA384_KEY_GEN
                                                            : CKM_SHA512_KEY_GEN;
    }
}

QList<RuleViolation> NShieldWsopProfile::check(const KeySpec& spec, const KeyTemplates& templates) const {
    QList<RuleViolation> out;
    if (!allowsKind(spec.kind) || templates.isPair()) {
        out << violation(
            0,
            QCoreApplication::translate(
                "hsm::keygen",
                "only AES and HMAC-SHA256/384/512 secret keys can be generated (no key pairs, no "
                "generic secrets); %1 is not possible.")
                .arg(kindName(spec.kind)),
            QCoreApplication::translate("hsm::keygen", "Choose AES or HMAC-SHA256/384/512."));
        // The rules on the key's own attributes would only repeat that the kind is wrong; the label,
        // token and private rules still hold for whatever the user picks next, so say them now.
        QList<RuleViolation> rest;
        checkTemplate(spec, templates.privateKey, rest);
        for (const RuleViolation& v : rest)
            if (v.attribute == CKA_LABEL || v.attribute == CKA_TOKEN || v.attribute == CKA_PRIVATE)
                out << v;
        return out;
    }
    checkTemplate(spec, templates.privateKey, out);
    return out;
}

} // namespace hsm::keygen
