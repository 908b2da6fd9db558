#include "ObjectSearch.h"

#include <algorithm>
#include <utility>

namespace hsm {

Result<ObjectSearch> ObjectSearch::start(Session& session, std::span<CK_ATTRIBUTE> templ) {
    const CK_RV rv = P11_CALL(session.module(), C_FindObjectsInit, session.target(), session.handle(),
                              templ.empty() ? nullptr : templ.data(), static_cast<CK_ULONG>(templ.size()));
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_FindObjectsInit"), rv);
    return ObjectSearch(&session);
}

Result<QList<CK_OBJECT_HANDLE>> ObjectSearch::findAll(Session& session, std::span<CK_ATTRIBUTE> templ) {
    Result<ObjectSearch> search = start(session, templ);
    if (!search)
        return search.error();
    QList<CK_OBJECT_HANDLE> handles;
    if (Result<void> r = search->collect(handles); !r)
        return r.error();
    if (Result<void> r = search->finish(); !r)
        return r.error();
    return handles;
}

ObjectSearch::~ObjectSearch() {
    finishQuietly();
}

ObjectSearch::ObjectSearch(ObjectSearch&& other) noexcept
    : m_session(std::exchange(other.m_session, nullptr)) {}

ObjectSearch& ObjectSearch::operator=(ObjectSearch&& other) noexcept {
    if (this != &other) {
        finishQuietly();
        m_session = std::exchange(other.m_session, nullptr);
    }
    return *this;
}

Result<QList<CK_OBJECT_HANDLE>> ObjectSearch::next(CK_ULONG max) {
    QList<CK_OBJECT_HANDLE> handles;
    if (m_session == nullptr || max == 0)
        return handles;
    handles.resize(static_cast<qsizetype>(max));
    CK_ULONG found = 0;
    const CK_RV rv = P11_CALL(m_session->module(), C_FindObjects, m_session->target(), m_session->handle(),
                              handles.data(), max, &found);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_FindObjects"), rv);
    handles.resize(static_cast<qsizetype>(std::min(found, max)));
    return handles;
}

Result<void> ObjectSearch::collect(QList<CK_OBJECT_HANDLE>& out, CK_ULONG batch) {
    if (m_session == nullptr)
        return {};
    batch = std::max<CK_ULONG>(batch, 1);
    for (;;) {
        const qsizetype before = out.size();
        out.resize(before + static_cast<qsizetype>(batch));
        CK_ULONG found = 0;
        const CK_RV rv = P11_CALL(m_session->module(), C_FindObjects, m_session->target(),
                                  m_session->handle(), out.data() + before, batch, &found);
        out.resize(before + static_cast<qsizetype>(rv == CKR_OK ? std::min(found, batch) : 0));
        if (rv != CKR_OK)
            return Error::fromRv(QStringLiteral("C_FindObjects"), rv);
        if (found == 0)
            return {};
    }
}

Result<void> ObjectSearch::finish() {
    if (m_session == nullptr)
        return {};
    Session* session = std::exchange(m_session, nullptr);
    const CK_RV rv = P11_CALL(session->module(), C_FindObjectsFinal, session->target(), session->handle());
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_FindObjectsFinal"), rv);
    return {};
}

void ObjectSearch::finishQuietly() noexcept {
    if (m_session == nullptr)
        return;
    Session* session = std::exchange(m_session, nullptr);
    // The call gate records a failure in the trace; a destructor has nobody to report it to, and
    // must not let a throwing trace sink escape.
    try {
        (void)P11_CALL(session->module(), C_FindObjectsFinal, session->target(), session->handle());
    } catch (...) {
    }
}

} // namespace hsm
