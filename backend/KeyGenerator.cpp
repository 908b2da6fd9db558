#include "KeyGenerator.h"

#include "KeygenKeyId.h"
#include "KeygenTemplateErrors.h"
#include "Logging.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <vector>

namespace hsm::keygen {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::keygen", text);
}

/// A template as the module gets it; the values stay owned by `values`.
struct CkTemplate {
    QList<QByteArray> values;
    std::vector<CK_ATTRIBUTE> attributes;

    explicit CkTemplate(const QList<TemplateAttribute>& list) {
        values.reserve(list.size());
        for (const TemplateAttribute& a : list)
            values << a.value;
        for (qsizetype i = 0; i < list.size(); ++i)
            attributes.push_back(
                {list[i].type, values[i].isEmpty() ? nullptr : values[i].data(), CK_ULONG(values[i].size())});
    }
    CK_ATTRIBUTE* data() { return attributes.empty() ? nullptr : attributes.data(); }
    [[nodiscard]] CK_ULONG count() const { return CK_ULONG(attributes.size()); }
};

CreatedObject created(const TokenInfo& token, const KeySpec& spec, CK_OBJECT_HANDLE handle,
                      CK_OBJECT_CLASS cls, const QByteArray& id) {
    // The summary holds what we sent, so the URI needs no extra C_GetAttributeValue.
    ObjectSummary summary;
    summary.handle = handle;
    summary.objectClass = cls;
    summary.labelBytes = spec.label.toUtf8();
    summary.label = spec.label;
    summary.id = id;
    return {handle, cls, uri::forObject(token, summary)};
}

/// Checks that need no call into the generation itself: nothing is sent when they fail.
Result<void> preflight(Session& session, const TokenInfo& token, const KeySpec& spec, const QString& call) {
    if (token.has(CKF_WRITE_PROTECTED) && spec.token)
        return Error::fromRv(call, CKR_TOKEN_WRITE_PROTECTED,
                             tr("the token reports CKF_WRITE_PROTECTED; nothing was sent"));
    Result<CK_SESSION_INFO> info = session.info();
    if (!info)
        return info.error();
    if (spec.token && (info->flags & CKF_RW_SESSION) == 0)
        return Error::fromRv(call, CKR_SESSION_READ_ONLY,
                             tr("token objects need a read-write session; nothing was sent"));
    const bool loggedIn = info->state == CKS_RW_USER_FUNCTIONS || info->state == CKS_RO_USER_FUNCTIONS ||
                          info->state == CKS_RW_SO_FUNCTIONS;
    if (spec.isPrivate && token.has(CKF_LOGIN_REQUIRED) && !loggedIn)
        return Error::fromRv(call, CKR_USER_NOT_LOGGED_IN,
                             tr("private keys need a user login; nothing was sent"));
    return {};
}

/// Destroys both halves of a pair that could not be completed; says what happened.
QString removePair(Session& session, CK_OBJECT_HANDLE publicKey, CK_OBJECT_HANDLE privateKey) {
    const CK_RV rvPublic =
        P11_CALL(session.module(), C_DestroyObject, session.target(), session.handle(), publicKey);
    const CK_RV rvPrivate =
        P11_CALL(session.module(), C_DestroyObject, session.target(), session.handle(), privateKey);
    if (rvPublic == CKR_OK && rvPrivate == CKR_OK)
        return tr("both halves of the new key pair were removed");
    return tr("removing the incomplete key pair failed (C_DestroyObject: %1 / %2): delete the public and "
              "private key with this label by hand")
        .arg(names::rv(rvPublic), names::rv(rvPrivate));
}

Result<void> setId(Session& session, CK_OBJECT_HANDLE object, QByteArray id) {
    CK_ATTRIBUTE attribute{CKA_ID, id.data(), CK_ULONG(id.size())};
    const CK_RV rv = P11_CALL(session.module(), C_SetAttributeValue, session.target(), session.handle(),
                              object, &attribute, 1UL);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_SetAttributeValue"), rv, tr("setting CKA_ID"));
    return {};
}

Result<GenerationResult> generatePair(Session& session, const TokenInfo& token, const KeySpec& spec,
                                      const KeyTemplates& templates, const std::atomic_bool* abandoned) {
    const QString call = QStringLiteral("C_GenerateKeyPair");
    CkTemplate pub(templates.publicKey);
    CkTemplate priv(templates.privateKey);
    CK_MECHANISM mechanism{templates.mechanism, nullptr, 0};
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    const CK_RV rv =
        P11_CALL(session.module(), C_GenerateKeyPair, session.target(), session.handle(), &mechanism,
                 pub.data(), pub.count(), priv.data(), priv.count(), &publicKey, &privateKey);
    if (rv != CKR_OK)
        return templateAwareError(call, rv, spec, templates);

    // From here on the module holds a pair: it ends complete or not at all.
    const bool wasAbandoned = abandoned != nullptr && abandoned->load();
    GenerationResult result;
    result.id = spec.id;
    if (result.id.isEmpty()) {
        Result<QByteArray> id = publicKeyId(session, publicKey, spec);
        Result<void> set = id ? setId(session, publicKey, id.value()) : Result<void>(id.error());
        if (set)
            set = setId(session, privateKey, id.value());
        if (!set) {
            Error error = set.error();
            const QString what = removePair(session, publicKey, privateKey);
            error.message += QStringLiteral("; ") + what;
            if (wasAbandoned)
                error.message += QStringLiteral(" ") + tr("(the generation had been abandoned)");
            return error;
        }
        result.id = id.value();
    }
    if (wasAbandoned)
        result.abandonNote = tr("The generation was abandoned after the module had created the key pair; the "
                                "key pair was completed and kept.");
    result.objects << created(token, spec, publicKey, CKO_PUBLIC_KEY, result.id)
                   << created(token, spec, privateKey, CKO_PRIVATE_KEY, result.id);
    return result;
}

Result<GenerationResult> generateSecret(Session& session, const TokenInfo& token, const KeySpec& spec,
                                        const KeyTemplates& templates, const std::atomic_bool* abandoned) {
    CkTemplate secret(templates.privateKey);
    CK_MECHANISM mechanism{templates.mechanism, nullptr, 0};
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    const CK_RV rv = P11_CALL(session.module(), C_GenerateKey, session.target(), session.handle(), &mechanism,
                              secret.data(), secret.count(), &key);
    if (rv != CKR_OK)
        return templateAwareError(QStringLiteral("C_GenerateKey"), rv, spec, templates);
    GenerationResult result;
    result.id = spec.id;
    if (abandoned != nullptr && abandoned->load())
        result.abandonNote =
            tr("The generation was abandoned after the module had created the key; the key was kept.");
    result.objects << created(token, spec, key, CKO_SECRET_KEY, spec.id);
    return result;
}

} // namespace

bool isTemplateError(CK_RV rv) {
    return rv == CKR_TEMPLATE_INCONSISTENT || rv == CKR_ATTRIBUTE_TYPE_INVALID ||
           rv == CKR_ATTRIBUTE_VALUE_INVALID;
}

Result<GenerationResult> generate(Session& session, const TokenInfo& token, const KeySpec& spec,
                                  const KeyTemplates& templates, const std::atomic_bool* abandoned) {
    const QString call =
        templates.isPair() ? QStringLiteral("C_GenerateKeyPair") : QStringLiteral("C_GenerateKey");
    if (Result<void> ok = preflight(session, token, spec, call); !ok)
        return ok.error();
    Result<GenerationResult> result = templates.isPair()
                                          ? generatePair(session, token, spec, templates, abandoned)
                                          : generateSecret(session, token, spec, templates, abandoned);
    const QString what = QStringLiteral("generating %1 \u201c%2\u201d on token \u201c%3\u201d")
                             .arg(keyTypeText(spec), spec.label, token.label);
    if (result && result->id.isEmpty())
        logging::adminChange(what + QStringLiteral(": done"));
    else if (result)
        logging::adminChange(what +
                             QStringLiteral(": done, ID %1").arg(QString::fromLatin1(result->id.toHex())));
    else
        logging::adminFailure(what, result.error());
    return result;
}

Result<GenerationResult> generateRelaxed(Session& session, const TokenInfo& token, const KeySpec& spec,
                                         const KeyTemplates& templates, const std::atomic_bool* abandoned) {
    Result<GenerationResult> first = generate(session, token, spec, templates, abandoned);
    if (first || !isTemplateError(first.error().rv))
        return first;
    // One optional attribute at a time, public template first, in template order. A pair's attribute
    // that is in both templates is tried on each side separately: the module may refuse only one.
    for (int side = 0; side < 2; ++side) {
        const QList<TemplateAttribute>& list = side == 0 ? templates.publicKey : templates.privateKey;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].optional)
                continue;
            if (abandoned != nullptr && abandoned->load())
                return first.error();
            KeyTemplates relaxed = templates;
            (side == 0 ? relaxed.publicKey : relaxed.privateKey).removeAt(i);
            Result<GenerationResult> attempt = generate(session, token, spec, relaxed, abandoned);
            if (attempt) {
                attempt->droppedAttributes << list[i].type;
                return attempt;
            }
            if (!isTemplateError(attempt.error().rv))
                return attempt.error();
        }
    }
    Error error = first.error();
    error.message += QStringLiteral("; ") + tr("leaving out any single optional attribute did not help");
    return error;
}

} // namespace hsm::keygen
