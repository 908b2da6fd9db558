#pragma once

#include "Module.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace hsm {

/// One thread per open token with a queue of jobs. Every public method returns at once and may be
/// called from the GUI thread; the work runs on the token's thread, results come back as signals
/// (queued to the receiver's thread). The GUI thread never calls into the module.
class TokenWorker : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenWorker)
public:
    TokenWorker(std::shared_ptr<Module> module, CK_SLOT_ID slot, const TokenInfo& token,
                QObject* parent = nullptr);
    /// Abandons queued jobs, waits for the running one, closes the session.
    ~TokenWorker() override;

    [[nodiscard]] CK_SLOT_ID slot() const { return m_slot; }
    [[nodiscard]] TokenInfo token() const; ///< last token info read (thread-safe copy)
    [[nodiscard]] const std::shared_ptr<Module>& module() const { return m_module; }
    /// Whether this worker's session is logged in (as user or SO), as of its last job.
    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }

    /// Starts a new listing; an earlier one still running is abandoned. Returns its generation,
    /// which tags objectsBatch/objectsFinished so stale batches can be ignored.
    quint64 listObjects();
    void readAttributes(quint64 generation, CK_OBJECT_HANDLE handle);
    void listMechanisms();
    void refreshTokenInfo();
    /// `pin` null means the protected authentication path (pin pad). The buffer is wiped after use.
    void login(CK_USER_TYPE userType, std::shared_ptr<SecureBuffer> pin, bool confirmedFinalTry = false);
    void logout();

signals:
    void objectsBatch(quint64 generation, const QList<hsm::ObjectSummary>& objects);
    void objectsFinished(quint64 generation, int count, bool ok, const hsm::Error& error);
    void attributesReady(quint64 generation, CK_OBJECT_HANDLE handle,
                         const QList<hsm::AttributeValue>& attributes);
    void mechanismsReady(const QList<hsm::MechanismInfo>& mechanisms);
    void tokenInfoReady(const hsm::TokenInfo& token);
    void loginFinished(bool ok, const hsm::Error& error);
    void loggedOut(bool ok, const hsm::Error& error);
    /// A job without its own result signal failed (attributes, mechanisms, token info).
    void failed(const hsm::Error& error);

private:
    class Core; // lives on m_thread
    std::shared_ptr<Module> m_module;
    CK_SLOT_ID m_slot;
    QThread m_thread;
    Core* m_core = nullptr;
    std::atomic<quint64> m_generation{0};
    std::atomic_bool m_loggedIn{false}; // written by the worker thread before it signals
    std::shared_ptr<std::atomic_bool> m_cancelListing;
};

} // namespace hsm
