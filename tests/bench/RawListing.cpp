#include "RawListing.h"

#include <cstring>
#include <dlfcn.h>

namespace bench {

bool RawListing::open(const QString& modulePath, QString* error) {
    m_library = ::dlopen(modulePath.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (m_library == nullptr) {
        *error = QString::fromLocal8Bit(::dlerror());
        return false;
    }
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(::dlsym(m_library, "C_GetFunctionList"));
    if (getList == nullptr || getList(&m_functions) != CKR_OK) {
        *error = QStringLiteral("C_GetFunctionList failed");
        return false;
    }
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = m_functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        *error = QStringLiteral("C_Initialize failed: 0x%1").arg(rv, 0, 16);
        return false;
    }
    return true;
}

bool RawListing::login(CK_SLOT_ID slot, const char* pin, QString* error) {
    CK_RV rv = m_functions->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &m_session);
    if (rv != CKR_OK) {
        *error = QStringLiteral("C_OpenSession failed: 0x%1").arg(rv, 0, 16);
        return false;
    }
    // The PKCS#11 C API takes a non-const PIN pointer; the module only reads it.
    rv = m_functions->C_Login(m_session, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char*>(pin)),
                              std::strlen(pin));
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
        *error = QStringLiteral("C_Login failed: 0x%1").arg(rv, 0, 16);
        return false;
    }
    return true;
}

long RawListing::list() {
    if (m_functions->C_FindObjectsInit(m_session, nullptr, 0) != CKR_OK)
        return -1;
    CK_OBJECT_HANDLE handles[256];
    CK_ULONG found = 0;
    long count = 0;
    CK_OBJECT_CLASS cls = 0;
    unsigned char label[256];
    unsigned char id[256];
    for (;;) {
        if (m_functions->C_FindObjects(m_session, handles, 256, &found) != CKR_OK) {
            m_functions->C_FindObjectsFinal(m_session);
            return -1;
        }
        if (found == 0)
            break;
        for (CK_ULONG i = 0; i < found; ++i) {
            CK_ATTRIBUTE attrs[] = {
                {CKA_CLASS, &cls, sizeof cls}, {CKA_LABEL, label, sizeof label}, {CKA_ID, id, sizeof id}};
            const CK_RV rv = m_functions->C_GetAttributeValue(m_session, handles[i], attrs, 3);
            // Data objects have no CKA_ID: the other values are still filled in, as for any reader.
            if (rv != CKR_OK && rv != CKR_BUFFER_TOO_SMALL && rv != CKR_ATTRIBUTE_TYPE_INVALID &&
                rv != CKR_ATTRIBUTE_SENSITIVE)
                return -1;
            ++count;
        }
    }
    m_functions->C_FindObjectsFinal(m_session);
    return count;
}

void RawListing::close() {
    if (m_functions != nullptr && m_session != CK_INVALID_HANDLE)
        m_functions->C_CloseSession(m_session);
    m_session = CK_INVALID_HANDLE;
    // Not finalized or closed: the backend's Module shares this library instance and owns C_Finalize.
}

} // namespace bench
