#include "SoftcardKeys.h"

#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "ObjectSearch.h"

#include <array>

namespace hsm {

Result<int> destroySoftcardKeys(Session& session, const TokenInfo& token) {
    QList<ObjectSummary> keys;
    // One search per class: a module that hides key pairs from an unfiltered search (nShield WSOP)
    // may still find them by class.
    for (CK_OBJECT_CLASS cls : {CKO_PRIVATE_KEY, CKO_PUBLIC_KEY, CKO_SECRET_KEY}) {
        std::array<CK_ATTRIBUTE, 1> templ{{{CKA_CLASS, &cls, sizeof cls}}};
        auto handles = ObjectSearch::findAll(session, templ);
        if (!handles)
            return handles.error();
        for (CK_OBJECT_HANDLE handle : *handles) {
            Result<ObjectSummary> summary = summarizeObject(session, token, handle);
            if (!summary)
                return summary.error();
            keys << summary.value();
        }
    }
    // The same deletion as Object ▸ Delete: each object checked again and logged in the audit trail.
    const objects::DeleteReport report = objects::deleteObjects(session, keys);
    if (!report.complete())
        return report.summaryError();
    return static_cast<int>(report.deleted.size());
}

} // namespace hsm
