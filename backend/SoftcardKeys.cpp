#include "SoftcardKeys.h"

#include "ObjectSearch.h"

#include <QCoreApplication>
#include <array>

namespace hsm {

Result<int> destroySoftcardKeys(Session& session) {
    Module& module = session.module();
    int destroyed = 0;
    // One search per class: a module that hides key pairs from an unfiltered search (nShield WSOP)
    // may still find them by class.
    for (CK_OBJECT_CLASS cls : {CKO_PRIVATE_KEY, CKO_PUBLIC_KEY, CKO_SECRET_KEY}) {
        std::array<CK_ATTRIBUTE, 1> templ{{{CKA_CLASS, &cls, sizeof cls}}};
        auto handles = ObjectSearch::findAll(session, templ);
        if (!handles)
            return handles.error();
        for (CK_OBJECT_HANDLE handle : *handles) {
            const CK_RV rv = P11_CALL(module, C_DestroyObject, session.target(), session.handle(), handle);
            if (rv != CKR_OK)
                return Error::fromRv(QStringLiteral("C_DestroyObject"), rv,
                                     QCoreApplication::translate(
                                         "hsm::SoftcardKeys", "%n key(s) were destroyed before this failure",
                                         nullptr, destroyed));
            ++destroyed;
        }
    }
    return destroyed;
}

} // namespace hsm
