#pragma once

#include "Module.h"
#include "Result.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace hsm {

class Session;

/// What a job submitted to a TokenWorker sees. Used on the token's thread only.
class WorkerContext {
public:
    virtual ~WorkerContext() = default;
    [[nodiscard]] virtual Module& module() const = 0;
    [[nodiscard]] virtual const std::shared_ptr<Module>& modulePtr() const = 0;
    [[nodiscard]] virtual CK_SLOT_ID slot() const = 0;
    /// The token info as last read.
    [[nodiscard]] virtual TokenInfo token() const = 0;
    /// The worker's one session, opened on demand (read-write unless the token is write-protected).
    /// It carries the login of the token; a job that must not repeat a call checks it is alive first.
    [[nodiscard]] virtual Result<Session*> session() = 0;
    /// Closes the worker's session, e.g. before C_InitToken, which needs every session closed.
    virtual void closeSession() = 0;
    /// A job that logged in or out itself (C_Login as SO to unblock a PIN) reports the new state;
    /// the owner emits loginStateChanged.
    virtual void setLoggedIn(bool loggedIn) = 0;
    /// Reads CK_TOKEN_INFO again (after PIN changes, token initialisation) and emits tokenInfoReady.
    virtual void refreshTokenInfo() = 0;
    /// True once the UI abandoned the job. A running C_* call cannot be interrupted: the job decides
    /// what to finish so nothing is left half done (e.g. a generated pair stays complete).
    [[nodiscard]] virtual bool abandoned() const = 0;
};

/// A submitted job, so the UI can abandon it. Copyable; all copies share the flag.
class JobHandle {
public:
    JobHandle() : m_abandoned(std::make_shared<std::atomic_bool>(false)) {}
    void abandon() const { m_abandoned->store(true); }
    [[nodiscard]] bool isAbandoned() const { return m_abandoned->load(); }
    [[nodiscard]] const std::shared_ptr<std::atomic_bool>& flag() const { return m_abandoned; }

private:
    std::shared_ptr<std::atomic_bool> m_abandoned;
};

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

    /// Runs `job(WorkerContext&)` on the token's thread, after the jobs queued before it. Its
    /// return value (a Result<T>) is handed to `done` on the GUI thread, unless `receiver` is gone
    /// by then; `done` is called for abandoned jobs too, so the UI can say what was left.
    template <typename Job, typename Done> JobHandle submit(QObject* receiver, Job job, Done done) {
        using R = std::invoke_result_t<Job&, WorkerContext&>;
        JobHandle handle;
        post(handle, [this, guard = QPointer<QObject>(receiver), job = std::move(job),
                      done = std::move(done)](WorkerContext& context) mutable {
            auto result = std::make_shared<R>(job(context));
            // Queued to this object (GUI thread): the guard is checked where the receiver lives.
            QMetaObject::invokeMethod(
                this,
                [guard, done, result]() mutable {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
        return handle;
    }

signals:
    void objectsBatch(quint64 generation, const QList<hsm::ObjectSummary>& objects);
    void objectsFinished(quint64 generation, int count, bool ok, const hsm::Error& error);
    void attributesReady(quint64 generation, CK_OBJECT_HANDLE handle,
                         const QList<hsm::AttributeValue>& attributes);
    void mechanismsReady(const QList<hsm::MechanismInfo>& mechanisms);
    void tokenInfoReady(const hsm::TokenInfo& token);
    void loginFinished(bool ok, const hsm::Error& error);
    void loggedOut(bool ok, const hsm::Error& error);
    /// A submitted job changed the login state (see WorkerContext::setLoggedIn).
    void loginStateChanged(bool loggedIn);
    /// A job without its own result signal failed (attributes, mechanisms, token info).
    void failed(const hsm::Error& error);

private:
    void post(const JobHandle& handle, std::function<void(WorkerContext&)> job);

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
