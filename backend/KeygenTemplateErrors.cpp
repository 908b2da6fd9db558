#include "KeygenTemplateErrors.h"

#include "KeyGenerator.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

bool contains(std::initializer_list<CK_ATTRIBUTE_TYPE> list, CK_ATTRIBUTE_TYPE type) {
    return std::find(list.begin(), list.end(), type) != list.end();
}

/// Whether PKCS#11 v2.40 defines `type` for objects of `cls` (storage, key and class attributes; key
/// type specific ones only for the generation parameters we send).
bool definedFor(CK_OBJECT_CLASS cls, CK_ATTRIBUTE_TYPE type) {
    if (contains({CKA_CLASS, CKA_TOKEN, CKA_PRIVATE, CKA_MODIFIABLE, CKA_LABEL, CKA_COPYABLE, CKA_DESTROYABLE,
                  CKA_KEY_TYPE, CKA_ID, CKA_START_DATE, CKA_END_DATE, CKA_DERIVE, CKA_LOCAL,
                  CKA_KEY_GEN_MECHANISM, CKA_ALLOWED_MECHANISMS},
                 type))
        return true;
    switch (cls) {
    case CKO_PUBLIC_KEY:
        return contains({CKA_SUBJECT, CKA_ENCRYPT, CKA_VERIFY, CKA_VERIFY_RECOVER, CKA_WRAP, CKA_TRUSTED,
                         CKA_WRAP_TEMPLATE, CKA_PUBLIC_KEY_INFO, CKA_MODULUS_BITS, CKA_PUBLIC_EXPONENT,
                         CKA_EC_PARAMS},
                        type);
    case CKO_PRIVATE_KEY:
        return contains({CKA_SUBJECT, CKA_SENSITIVE, CKA_DECRYPT, CKA_SIGN, CKA_SIGN_RECOVER, CKA_UNWRAP,
                         CKA_EXTRACTABLE, CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE, CKA_WRAP_WITH_TRUSTED,
                         CKA_UNWRAP_TEMPLATE, CKA_ALWAYS_AUTHENTICATE, CKA_PUBLIC_KEY_INFO},
                        type);
    case CKO_SECRET_KEY:
        return contains({CKA_SENSITIVE, CKA_ENCRYPT, CKA_DECRYPT, CKA_SIGN, CKA_VERIFY, CKA_WRAP, CKA_UNWRAP,
                         CKA_EXTRACTABLE, CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE, CKA_CHECK_VALUE,
                         CKA_WRAP_WITH_TRUSTED, CKA_TRUSTED, CKA_WRAP_TEMPLATE, CKA_UNWRAP_TEMPLATE,
                         CKA_VALUE_LEN},
                        type);
    default:
        return true;
    }
}

/// Usages the key type cannot have: EC and Edwards keys neither encrypt nor wrap, Edwards keys do not
/// derive, HMAC and generic secrets only sign/verify/derive.
bool usageImpossible(KeyKind kind, CK_ATTRIBUTE_TYPE type) {
    switch (kind) {
    case KeyKind::Ec:
        return contains({CKA_ENCRYPT, CKA_DECRYPT, CKA_WRAP, CKA_UNWRAP}, type);
    case KeyKind::Ed25519:
        return contains({CKA_ENCRYPT, CKA_DECRYPT, CKA_WRAP, CKA_UNWRAP, CKA_DERIVE}, type);
    case KeyKind::GenericSecret:
    case KeyKind::HmacSha256:
    case KeyKind::HmacSha384:
    case KeyKind::HmacSha512:
        return contains({CKA_ENCRYPT, CKA_DECRYPT, CKA_WRAP, CKA_UNWRAP}, type);
    default:
        return false;
    }
}

bool valueOutOfRange(const KeySpec& spec, const TemplateAttribute& a) {
    if (a.type == CKA_VALUE_LEN && spec.kind == KeyKind::Aes) {
        const CK_ULONG length = a.ulongValue();
        return length != 16 && length != 24 && length != 32;
    }
    if (a.type == CKA_VALUE_LEN)
        return a.ulongValue() == 0;
    if (a.type == CKA_MODULUS_BITS)
        return a.ulongValue() < 512 || a.ulongValue() % 8 != 0;
    if (a.type == CKA_EC_PARAMS)
        return a.value.isEmpty();
    return false;
}

void collect(CK_RV rv, const KeySpec& spec, const QList<TemplateAttribute>& list,
             QList<CK_ATTRIBUTE_TYPE>& out) {
    const TemplateAttribute* cls = findAttribute(list, CKA_CLASS);
    const CK_OBJECT_CLASS objectClass = cls != nullptr ? cls->ulongValue() : CKO_SECRET_KEY;
    for (const TemplateAttribute& a : list) {
        bool suspect = false;
        if (rv == CKR_ATTRIBUTE_TYPE_INVALID)
            suspect = a.type >= CKA_VENDOR_DEFINED || !definedFor(objectClass, a.type);
        else
            suspect = valueOutOfRange(spec, a) || (a.isTrue() && usageImpossible(spec.kind, a.type));
        if (suspect && !out.contains(a.type))
            out << a.type;
    }
    if (out.isEmpty()) {
        const auto optionalCount =
            std::count_if(list.begin(), list.end(), [](const auto& a) { return a.optional; });
        if (optionalCount == 1)
            for (const TemplateAttribute& a : list)
                if (a.optional)
                    out << a.type;
    }
}

QString attributeNames(const QList<CK_ATTRIBUTE_TYPE>& types) {
    QStringList names;
    for (CK_ATTRIBUTE_TYPE type : types)
        names << names::attribute(type);
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<CK_ATTRIBUTE_TYPE> suspectAttributes(CK_RV rv, const KeySpec& spec, const KeyTemplates& templates) {
    QList<CK_ATTRIBUTE_TYPE> result;
    if (!isTemplateError(rv))
        return result;
    collect(rv, spec, templates.publicKey, result);
    collect(rv, spec, templates.privateKey, result);
    return result;
}

Error templateAwareError(const QString& call, CK_RV rv, const KeySpec& spec, const KeyTemplates& templates) {
    if (!isTemplateError(rv))
        return Error::fromRv(call, rv);
    const QList<CK_ATTRIBUTE_TYPE> suspects = suspectAttributes(rv, spec, templates);
    QList<CK_ATTRIBUTE_TYPE> optional;
    for (const QList<TemplateAttribute>* list : {&templates.publicKey, &templates.privateKey})
        for (const TemplateAttribute& a : *list)
            if (a.optional && !optional.contains(a.type))
                optional << a.type;

    QString detail;
    if (suspects.size() == 1)
        detail = tr("the module refused %1").arg(names::attribute(suspects.first()));
    else if (!suspects.isEmpty())
        detail = tr("the module refused one of %1").arg(attributeNames(suspects));
    else
        detail = tr("the module did not say which attribute");
    Error error = Error::fromRv(call, rv, detail);
    if (!optional.isEmpty())
        error.hint = tr("Change or remove the attribute, or retry leaving out optional attributes one at a "
                        "time (%1); the key is then made without the one left out.")
                         .arg(attributeNames(optional));
    return error;
}

} // namespace hsm::keygen
