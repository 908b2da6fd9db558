#pragma once

#include <QString>
#include <p11-kit/pkcs11.h>

namespace bench {

/// The baseline a listing is compared with: the module's own function list from dlopen, no
/// wrappers, C_FindObjects in batches of 256 and one C_GetAttributeValue per object for
/// CKA_CLASS, CKA_LABEL and CKA_ID into fixed buffers.
class RawListing {
public:
    /// dlopen + C_GetFunctionList + C_Initialize (an already initialized module is fine).
    bool open(const QString& modulePath, QString* error);
    /// Session on `slot`, user login (already logged in is fine).
    bool login(CK_SLOT_ID slot, const char* pin, QString* error);
    /// Lists every object; returns how many, or -1 on failure.
    long list();
    void close();

private:
    void* m_library = nullptr;
    CK_FUNCTION_LIST* m_functions = nullptr;
    CK_SESSION_HANDLE m_session = CK_INVALID_HANDLE;
};

} // namespace bench
