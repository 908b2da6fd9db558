// The exact attribute templates sent to C_GenerateKey / C_GenerateKeyPair, and their preview text.
#include "KeySpec.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <cstring>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

// DER of the Ed25519 curve OID 1.3.101.112 (RFC 8410) as CKA_EC_PARAMS for CKM_EC_EDWARDS_KEY_PAIR_GEN.
// PKCS#11 3.0 also allows the PrintableString "edwards25519"; SoftHSM2 2.6 accepts both (tests/keygen),
// the OID is the form modules that predate 3.0 know.
const QByteArray kEd25519Params = QByteArray::fromHex("06032b6570");

QString hexBytes(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' '));
}

TemplateAttribute boolAttribute(CK_ATTRIBUTE_TYPE type, bool value, bool optional) {
    const CK_BBOOL b = value ? CK_TRUE : CK_FALSE;
    return {type, QByteArray(reinterpret_cast<const char*>(&b), sizeof b),
            value ? QStringLiteral("CK_TRUE") : QStringLiteral("CK_FALSE"), optional};
}

TemplateAttribute ulongAttribute(CK_ATTRIBUTE_TYPE type, CK_ULONG value, const QString& display) {
    return {type, QByteArray(reinterpret_cast<const char*>(&value), sizeof value), display, false};
}

CK_KEY_TYPE keyTypeOf(const KeySpec& spec, CK_MECHANISM_TYPE mechanism) {
    switch (spec.kind) {
    case KeyKind::Rsa:
        return CKK_RSA;
    case KeyKind::Ec:
        return CKK_EC;
    case KeyKind::Ed25519:
        return CKK_EC_EDWARDS;
    case KeyKind::Aes:
        return CKK_AES;
    case KeyKind::GenericSecret:
        return CKK_GENERIC_SECRET;
    // With CKM_GENERIC_SECRET_KEY_GEN the HMAC key is a generic secret: SoftHSM2 2.6 refuses
    // CKK_SHA256_HMAC with that mechanism (CKR_TEMPLATE_INCONSISTENT) but signs with CKM_SHA256_HMAC
    // using a CKK_GENERIC_SECRET key (tests/keygen/test_keygen.cpp checks both).
    case KeyKind::HmacSha256:
        return mechanism == CKM_GENERIC_SECRET_KEY_GEN ? CKK_GENERIC_SECRET : CKK_SHA256_HMAC;
    case KeyKind::HmacSha384:
        return mechanism == CKM_GENERIC_SECRET_KEY_GEN ? CKK_GENERIC_SECRET : CKK_SHA384_HMAC;
    case KeyKind::HmacSha512:
        return mechanism == CKM_GENERIC_SECRET_KEY_GEN ? CKK_GENERIC_SECRET : CKK_SHA512_HMAC;
    }
    return CKK_GENERIC_SECRET;
}

CK_MECHANISM_TYPE standardMechanism(KeyKind kind) {
    switch (kind) {
    case KeyKind::Rsa:
        return CKM_RSA_PKCS_KEY_PAIR_GEN;
    case KeyKind::Ec:
        return CKM_EC_KEY_PAIR_GEN;
    case KeyKind::Ed25519:
        return CKM_EC_EDWARDS_KEY_PAIR_GEN;
    case KeyKind::Aes:
        return CKM_AES_KEY_GEN;
    case KeyKind::GenericSecret:
        return CKM_GENERIC_SECRET_KEY_GEN;
    case KeyKind::HmacSha256:
        return CKM_SHA256_KEY_GEN;
    case KeyKind::HmacSha384:
        return CKM_SHA384_KEY_GEN;
    case KeyKind::HmacSha512:
        return CKM_SHA512_KEY_GEN;
    }
    return 0;
}

/// CKA_CLASS .. CKA_ID: what names the object. Class, key type and token are what the key is; label,
/// ID and private are not optional either, because a key without them is one the administrator cannot
/// find, pair with its certificate, or one that anybody can read.
QList<TemplateAttribute> commonAttributes(const KeySpec& spec, CK_OBJECT_CLASS cls, CK_KEY_TYPE keyType,
                                          bool isPrivate) {
    QList<TemplateAttribute> list;
    list << ulongAttribute(CKA_CLASS, cls, names::objectClass(cls));
    list << ulongAttribute(CKA_KEY_TYPE, keyType, names::keyType(keyType));
    list << boolAttribute(CKA_TOKEN, spec.token, false);
    list << boolAttribute(CKA_PRIVATE, isPrivate, false);
    const QByteArray label = spec.label.toUtf8();
    list << TemplateAttribute{CKA_LABEL, label, QLatin1Char('"') + spec.label + QLatin1Char('"'), false};
    if (!spec.id.isEmpty())
        list << TemplateAttribute{CKA_ID, spec.id, hexBytes(spec.id), false};
    return list;
}

} // namespace

bool TemplateAttribute::isTrue() const {
    return value.size() == 1 && value.at(0) != 0;
}

CK_ULONG TemplateAttribute::ulongValue() const {
    CK_ULONG result = 0;
    if (value.size() == sizeof result)
        std::memcpy(&result, value.constData(), sizeof result);
    return result;
}

const TemplateAttribute* findAttribute(const QList<TemplateAttribute>& attributes, CK_ATTRIBUTE_TYPE type) {
    for (const TemplateAttribute& a : attributes)
        if (a.type == type)
            return &a;
    return nullptr;
}

KeyTemplates buildTemplates(const KeySpec& spec) {
    KeyTemplates t;
    t.mechanism = spec.mechanism.value_or(standardMechanism(spec.kind));
    const CK_KEY_TYPE keyType = keyTypeOf(spec, t.mechanism);
    const KeyUsage& u = spec.usage;

    if (isKeyPair(spec.kind)) {
        // A public key is public: a certificate is paired with it without logging in.
        t.publicKey = commonAttributes(spec, CKO_PUBLIC_KEY, keyType, false);
        switch (spec.kind) {
        case KeyKind::Rsa: {
            t.publicKey << ulongAttribute(CKA_MODULUS_BITS, spec.bits, QString::number(spec.bits));
            const QByteArray exponent = QByteArray::fromHex("010001");
            t.publicKey << TemplateAttribute{CKA_PUBLIC_EXPONENT, exponent,
                                             hexBytes(exponent) + QStringLiteral(" (65537)"), false};
            break;
        }
        case KeyKind::Ec: {
            const QByteArray params = ecParamsForCurve(spec.curve);
            t.publicKey << TemplateAttribute{
                CKA_EC_PARAMS, params, hexBytes(params) + QStringLiteral(" (%1)").arg(spec.curve), false};
            break;
        }
        default:
            t.publicKey << TemplateAttribute{CKA_EC_PARAMS, kEd25519Params,
                                             hexBytes(kEd25519Params) + QStringLiteral(" (Ed25519)"), false};
            break;
        }
        t.publicKey << boolAttribute(CKA_VERIFY, u.verify, true);
        t.publicKey << boolAttribute(CKA_ENCRYPT, u.encrypt, true);
        t.publicKey << boolAttribute(CKA_WRAP, u.wrap, true);

        t.privateKey = commonAttributes(spec, CKO_PRIVATE_KEY, keyType, spec.isPrivate);
        t.privateKey << boolAttribute(CKA_SENSITIVE, spec.sensitive, true);
        t.privateKey << boolAttribute(CKA_EXTRACTABLE, spec.extractable, true);
        t.privateKey << boolAttribute(CKA_SIGN, u.sign, true);
        t.privateKey << boolAttribute(CKA_DECRYPT, u.decrypt, true);
        t.privateKey << boolAttribute(CKA_UNWRAP, u.unwrap, true);
        t.privateKey << boolAttribute(CKA_DERIVE, u.derive, true);
        return t;
    }

    t.privateKey = commonAttributes(spec, CKO_SECRET_KEY, keyType, spec.isPrivate);
    const CK_ULONG length = spec.kind == KeyKind::Aes ? spec.bits / 8 : spec.bytes;
    t.privateKey << ulongAttribute(CKA_VALUE_LEN, length, QString::number(length));
    t.privateKey << boolAttribute(CKA_SENSITIVE, spec.sensitive, true);
    t.privateKey << boolAttribute(CKA_EXTRACTABLE, spec.extractable, true);
    t.privateKey << boolAttribute(CKA_ENCRYPT, u.encrypt, true);
    t.privateKey << boolAttribute(CKA_DECRYPT, u.decrypt, true);
    t.privateKey << boolAttribute(CKA_SIGN, u.sign, true);
    t.privateKey << boolAttribute(CKA_VERIFY, u.verify, true);
    t.privateKey << boolAttribute(CKA_WRAP, u.wrap, true);
    t.privateKey << boolAttribute(CKA_UNWRAP, u.unwrap, true);
    t.privateKey << boolAttribute(CKA_DERIVE, u.derive, true);
    return t;
}

KeyTemplates buildTemplates(const KeySpec& spec, const QList<MechanismInfo>& mechanisms) {
    KeySpec resolved = spec;
    if (!resolved.mechanism)
        resolved.mechanism = generationMechanism(spec.kind, mechanisms);
    return buildTemplates(resolved);
}

QString formatTemplates(const KeyTemplates& templates) {
    QString text = tr("Mechanism: %1").arg(mechanismName(templates.mechanism)) + QLatin1Char('\n');
    const auto section = [&text](const QString& heading, const QList<TemplateAttribute>& attributes) {
        text += QLatin1Char('\n') + heading + QLatin1Char('\n');
        for (const TemplateAttribute& a : attributes)
            text += QStringLiteral("  %1 = %2\n").arg(names::attribute(a.type), a.display);
    };
    if (templates.isPair()) {
        section(tr("Public key template:"), templates.publicKey);
        section(tr("Private key template:"), templates.privateKey);
        // The ID is not in the templates: it depends on the public key the module makes. Saying
        // so keeps the preview an exact account of every call that will change the token.
        if (!findAttribute(templates.privateKey, CKA_ID))
            text +=
                QLatin1Char('\n') +
                tr("Then C_SetAttributeValue on both keys:\n  CKA_ID = SHA-1 of the public key (its RFC 5280 "
                   "key identifier, so a certificate for it pairs by ID)") +
                QLatin1Char('\n');
    } else {
        section(tr("Secret key template:"), templates.privateKey);
    }
    return text;
}

} // namespace hsm::keygen
