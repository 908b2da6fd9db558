#include "CertCollect.h"

#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "ObjectSearch.h"

#include <array>

namespace hsm::certcollect {

Result<QList<TokenCertificate>> collectCertificates(Session& session, const TokenInfo& token) {
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE type = CKC_X_509;
    std::array<CK_ATTRIBUTE, 2> templ{
        {{CKA_CLASS, &cls, sizeof cls}, {CKA_CERTIFICATE_TYPE, &type, sizeof type}}};
    Result<QList<CK_OBJECT_HANDLE>> handles = ObjectSearch::findAll(session, templ);
    if (!handles)
        return handles.error();
    QList<TokenCertificate> out;
    out.reserve(handles->size());
    for (CK_OBJECT_HANDLE handle : *handles) {
        Result<ObjectSummary> summary = summarizeObject(session, token, handle);
        if (!summary)
            return summary.error();
        Result<std::optional<QByteArray>> value = objects::readAttribute(session, handle, CKA_VALUE);
        if (!value)
            return value.error();
        if (!value->has_value() || (*value)->isEmpty())
            continue;
        out << TokenCertificate{std::move(**value), std::move(summary).value()};
    }
    return out;
}

} // namespace hsm::certcollect
