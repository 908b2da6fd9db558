#include "Libp11Bridge.h"

#include <QCoreApplication>
#include <libp11.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace hsm {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::Libp11Bridge", text);
}

/// The oldest OpenSSL error on the queue as words, clearing the queue.
QString takeOpenSslError() {
    QString text;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        if (text.isEmpty()) {
            char buffer[256] = {};
            ERR_error_string_n(code, buffer, sizeof buffer);
            text = QString::fromUtf8(buffer);
        }
    }
    return text;
}

} // namespace

void EvpPkeyDeleter::operator()(EVP_PKEY* key) const {
    EVP_PKEY_free(key);
}

Result<std::unique_ptr<Libp11Bridge>> Libp11Bridge::load(const QString& path) {
    std::unique_ptr<Libp11Bridge> bridge(new Libp11Bridge);
    bridge->m_context = PKCS11_CTX_new();
    if (bridge->m_context == nullptr)
        return Error::other(QStringLiteral("PKCS11_CTX_new"), tr("libp11 could not allocate a context."));
    const QByteArray file = path.toLocal8Bit();
    if (PKCS11_CTX_load(bridge->m_context, file.constData()) != 0) {
        const QString reason = takeOpenSslError();
        // Nothing was loaded: freeing is all that is left (no unload, which would C_Finalize).
        PKCS11_CTX_free(bridge->m_context);
        bridge->m_context = nullptr;
        return Error::other(QStringLiteral("PKCS11_CTX_load"),
                            tr("libp11 could not load %1: %2").arg(path, reason),
                            tr("Signing on the token needs libp11 (package libp11-3). Check that the module "
                               "loads with pkcs11-tool --module %1 -L.")
                                .arg(path));
    }
    SlotList first;
    if (PKCS11_enumerate_slots(bridge->m_context, &first.entries, &first.count) != 0) {
        const QString reason = takeOpenSslError();
        return Error::other(QStringLiteral("PKCS11_enumerate_slots"),
                            tr("libp11 could not list the slots of %1: %2").arg(path, reason));
    }
    bridge->m_slotLists.push_back(first);
    return bridge;
}

Libp11Bridge::~Libp11Bridge() {
    if (m_context == nullptr)
        return;
    for (const SlotList& list : m_slotLists)
        PKCS11_release_all_slots(m_context, list.entries, list.count);
    // Deliberately no PKCS11_CTX_unload: it would call C_Finalize on the module our Module still
    // uses (and finalizes itself when it is done). The library reference libp11 holds is leaked.
    PKCS11_CTX_free(m_context);
}

PKCS11_slot_st* Libp11Bridge::findSlot(CK_SLOT_ID slot) {
    const auto search = [&]() -> PKCS11_SLOT* {
        for (const SlotList& list : m_slotLists) {
            for (unsigned int i = 0; i < list.count; ++i) {
                if (PKCS11_get_slotid_from_slot(&list.entries[i]) == slot)
                    return &list.entries[i];
            }
        }
        return nullptr;
    };
    if (PKCS11_SLOT* found = search())
        return found;
    // SoftHSM2 adds a slot (with a new ID) whenever a token is initialised. The earlier lists stay:
    // their slots carry libp11's sessions, and releasing them would close every session there.
    // (PKCS11_update_slots, meant for this, crashes in libp11 0.4.12.)
    SlotList fresh;
    if (PKCS11_enumerate_slots(m_context, &fresh.entries, &fresh.count) != 0) {
        (void)takeOpenSslError();
        return nullptr;
    }
    m_slotLists.push_back(fresh);
    return search();
}

Result<void> Libp11Bridge::prepareSlot(CK_SLOT_ID slot) {
    const std::lock_guard lock(m_mutex);
    if (m_prepared.count(slot) != 0)
        return {};
    PKCS11_SLOT* found = findSlot(slot);
    if (found == nullptr || found->token == nullptr)
        return Error::other(QStringLiteral("PKCS11_enumerate_slots"),
                            tr("libp11 does not see a token in slot %1.").arg(slot));
    // The first open on a slot runs C_CloseAllSessions there: harmless now, before any raw session.
    if (PKCS11_open_session(found, 1) != 0) {
        const QString reason = takeOpenSslError();
        return Error::other(QStringLiteral("PKCS11_open_session"),
                            tr("libp11 could not prepare slot %1: %2").arg(slot).arg(reason));
    }
    m_prepared[slot] = 1;
    return {};
}

void Libp11Bridge::closeSessions(CK_SLOT_ID slot) {
    const std::lock_guard lock(m_mutex);
    const auto prepared = m_prepared.find(slot);
    if (prepared == m_prepared.end() || m_signedOn.count(slot) == 0)
        return;
    PKCS11_SLOT* found = findSlot(slot);
    if (found == nullptr)
        return;
    // libp11 0.4.12 has no call to empty its pool; switching the session mode does exactly that.
    prepared->second = 1 - prepared->second;
    if (PKCS11_open_session(found, prepared->second) != 0)
        (void)takeOpenSslError();
}

Result<EvpPkeyPtr> Libp11Bridge::privateKey(CK_SLOT_ID slot, const QByteArray& id, const QByteArray& label) {
    const std::lock_guard lock(m_mutex);
    PKCS11_SLOT* found = findSlot(slot);
    if (found == nullptr || found->token == nullptr)
        return Error::other(QStringLiteral("PKCS11_enumerate_slots"),
                            tr("libp11 does not see a token in slot %1.").arg(slot),
                            tr("Refresh the module and try again."));
    if (m_prepared.count(slot) == 0)
        return Error::other(QStringLiteral("PKCS11_open_session"),
                            tr("libp11 has no session on slot %1: the token was opened before libp11 was "
                               "ready.")
                                .arg(slot),
                            tr("Log out, refresh the module and log in again."));
    PKCS11_KEY* keys = nullptr;
    unsigned int count = 0;
    if (PKCS11_enumerate_keys(found->token, &keys, &count) != 0) {
        const QString reason = takeOpenSslError();
        return Error::other(QStringLiteral("PKCS11_enumerate_keys"),
                            tr("libp11 could not list the keys: %1").arg(reason),
                            tr("Check that you are logged in to the token."));
    }
    PKCS11_KEY* chosen = nullptr;
    for (unsigned int i = 0; i < count; ++i) {
        PKCS11_KEY& key = keys[i];
        if (!key.isPrivate || QByteArray(reinterpret_cast<const char*>(key.id), qsizetype(key.id_len)) != id)
            continue;
        // Several private keys may share an ID (tokens do not enforce uniqueness); the label decides.
        if (chosen == nullptr || (key.label != nullptr && label == key.label))
            chosen = &key;
    }
    if (chosen == nullptr)
        return Error::other(
            QStringLiteral("PKCS11_enumerate_keys"),
            tr("libp11 finds no private key with ID %1 on the token.").arg(QString::fromLatin1(id.toHex())),
            tr("Log in as user: private keys are only visible after login."));
    m_signedOn.insert(slot); // from here on libp11 may keep pooled sessions on the slot
    EVP_PKEY* key = PKCS11_get_private_key(chosen);
    if (key == nullptr) {
        const QString reason = takeOpenSslError();
        return Error::other(QStringLiteral("PKCS11_get_private_key"),
                            tr("libp11 could not use the private key: %1").arg(reason),
                            tr("libp11 0.4.12 signs with RSA and EC keys only."));
    }
    return EvpPkeyPtr(key);
}

} // namespace hsm
