#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <map>
#include <memory>
#include <mutex>
#include <openssl/types.h>
#include <p11-kit/pkcs11.h>
#include <set>
#include <vector>

struct PKCS11_ctx_st;
struct PKCS11_slot_st;

namespace hsm {

/// Frees an EVP_PKEY.
struct EvpPkeyDeleter {
    void operator()(EVP_PKEY* key) const;
};
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;

/// libp11's view of one loaded module: the source of EVP_PKEYs whose private operations run on a
/// token, so OpenSSL's X509_REQ_sign / X509_sign can sign with a key that never leaves it.
///
/// libp11 dlopens the same library and shares its state with our Module: the token login made
/// through our Session holds for libp11's sessions too, so libp11 never sees a PIN. Two hazards
/// shape this class: the first PKCS11_open_session on a slot calls C_CloseAllSessions there, so
/// prepareSlot() must run before any raw session on that slot (Session::open calls it); and
/// PKCS11_CTX_unload would C_Finalize the module under our feet, so it is never called. libp11's
/// own calls do not pass our call gate and are not in the call trace.
class Libp11Bridge {
public:
    /// Loads `path` into a libp11 context (C_Initialize answers CKR_CRYPTOKI_ALREADY_INITIALIZED).
    [[nodiscard]] static Result<std::unique_ptr<Libp11Bridge>> load(const QString& path);
    ~Libp11Bridge();
    Libp11Bridge(const Libp11Bridge&) = delete;
    Libp11Bridge& operator=(const Libp11Bridge&) = delete;

    /// Lets libp11 open its session pool on `slot` once; a no-op after the first time.
    [[nodiscard]] Result<void> prepareSlot(CK_SLOT_ID slot);
    /// Closes libp11's pooled sessions on `slot` if it signed there, e.g. before C_InitToken. libp11
    /// can only do that with C_CloseAllSessions: call it only when no session of ours is open there.
    void closeSessions(CK_SLOT_ID slot);
    /// The private key with CKA_ID `id` on `slot` (label breaks ties), as an EVP_PKEY whose
    /// signatures are made by the token. The token must be logged in.
    [[nodiscard]] Result<EvpPkeyPtr> privateKey(CK_SLOT_ID slot, const QByteArray& id,
                                                const QByteArray& label);

private:
    Libp11Bridge() = default;
    PKCS11_slot_st* findSlot(CK_SLOT_ID slot);

    std::mutex m_mutex; // libp11's slot list is shared by every token worker of the module
    PKCS11_ctx_st* m_context = nullptr;
    struct SlotList {
        PKCS11_slot_st* entries = nullptr; // not "slots": a Qt macro
        unsigned int count = 0;
    };
    std::vector<SlotList> m_slotLists;
    std::map<CK_SLOT_ID, int> m_prepared; // slot -> libp11's session mode there (1 = read-write)
    std::set<CK_SLOT_ID> m_signedOn;      // slots where libp11 opened sessions of its own
};

} // namespace hsm
