#include "TokenWorker.h"

#include "AttributeReader.h"
#include "Logging.h"
#include "MetaTypes.h"
#include "ObjectLister.h"
#include "Session.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace hsm {

namespace {

bool sessionLost(const Error& error) {
    return error.rv == CKR_SESSION_HANDLE_INVALID || error.rv == CKR_SESSION_CLOSED;
}

Error abandonedError() {
    return Error::other(QStringLiteral("listObjects"),
                        QCoreApplication::translate("hsm::TokenWorker", "the listing was abandoned"));
}

} // namespace

/// Runs the jobs on the token's thread. Holds the one session of the worker; every member except
/// the token copy (guarded by m_tokenMutex) is touched on the worker thread only.
class TokenWorker::Core : public QObject {
public:
    Core(TokenWorker* owner, std::shared_ptr<Module> module, CK_SLOT_ID slot, const TokenInfo& token)
        : m_owner(owner), m_module(std::move(module)), m_slot(slot), m_token(token) {}

    TokenInfo token() const {
        QMutexLocker lock(&m_tokenMutex);
        return m_token;
    }

    void setToken(const TokenInfo& token) {
        QMutexLocker lock(&m_tokenMutex);
        m_token = token;
    }

    /// Set by the owner's destructor: jobs still queued return at once.
    std::atomic_bool stopping{false};

    // Connected to QThread::finished directly, so the session closes on the worker thread.
    void closeSession() { m_session.reset(); }

    void listObjects(quint64 generation, const std::shared_ptr<std::atomic_bool>& cancel) {
        if (stopping || *cancel) {
            emit m_owner->objectsFinished(generation, 0, false, abandonedError());
            return;
        }
        const TokenInfo tokenNow = token();
        int emitted = 0;
        const auto sink = [&](QList<ObjectSummary>&& batch) {
            // A batch that arrives after the listing was abandoned is dropped here too, so a
            // receiver never sees rows of an older generation after it started a newer one.
            if (*cancel || stopping || batch.isEmpty())
                return;
            emitted += static_cast<int>(batch.size());
            emit m_owner->objectsBatch(generation, batch);
        };
        auto run = [&]() -> Result<int> {
            auto session = ensureSession();
            if (!session)
                return session.error();
            return hsm::listObjects(**session, tokenNow, sink, ListOptions{}, cancel.get());
        };
        Result<int> result = run();
        // Only retry when nothing was shown yet, or the receiver would get rows twice.
        if (!result && sessionLost(result.error()) && emitted == 0) {
            m_session.reset();
            result = run();
        }
        if (*cancel || stopping) {
            emit m_owner->objectsFinished(generation, emitted, false, abandonedError());
            return;
        }
        if (!result) {
            logging::get("pkcs11")->warn("listing objects on slot {} failed: {}", m_slot,
                                         result.error().text().toStdString());
            emit m_owner->objectsFinished(generation, emitted, false, result.error());
            return;
        }
        emit m_owner->objectsFinished(generation, *result, true, Error{});
    }

    void readAttributes(quint64 generation, CK_OBJECT_HANDLE handle) {
        if (stopping)
            return;
        auto result = withSession([&](Session& s) { return readAllAttributes(s, handle); });
        if (!result) {
            emit m_owner->failed(result.error());
            return;
        }
        emit m_owner->attributesReady(generation, handle, *result);
    }

    void listMechanisms() {
        if (stopping)
            return;
        auto result = m_module->mechanisms(m_slot);
        if (!result) {
            emit m_owner->failed(result.error());
            return;
        }
        emit m_owner->mechanismsReady(*result);
    }

    void refreshTokenInfo(bool reportFailure = true) {
        if (stopping)
            return;
        auto result = m_module->tokenInfo(m_slot);
        if (!result) {
            if (reportFailure)
                emit m_owner->failed(result.error());
            return;
        }
        setToken(*result);
        emit m_owner->tokenInfoReady(*result);
    }

    void login(CK_USER_TYPE userType, std::shared_ptr<SecureBuffer>& pin, bool confirmedFinalTry) {
        if (stopping) {
            pin.reset();
            return;
        }
        // Session::login reads the PIN flags itself right before C_Login; reading them here too would
        // only add a round trip. The receiver gets the flags as they are after the attempt.
        auto session = ensureLiveSession();
        if (!session) {
            pin.reset();
            emit m_owner->loginFinished(false, session.error());
            return;
        }
        // Exactly one C_Login per request, whatever happens: a failed PIN is never sent again.
        Result<void> result = (*session)->login(userType, pin.get(), confirmedFinalTry);
        pin.reset(); // the last owner wipes the PIN (SecureBuffer's destructor)
        refreshTokenInfo(false);
        if (!result) {
            logging::get("pkcs11")->warn("login on slot {} failed: {}", m_slot,
                                         result.error().text().toStdString());
            emit m_owner->loginFinished(false, result.error());
            return;
        }
        logging::get("pkcs11")->info("logged in on slot {} as {}", m_slot,
                                     userType == CKU_SO ? "SO" : "user");
        m_owner->m_loggedIn = true;
        emit m_owner->loginFinished(true, Error{});
    }

    void runJob(const JobHandle& handle, std::function<void(WorkerContext&)>& job) {
        if (stopping)
            return;
        JobContext context(*this, handle);
        job(context);
    }

    void logout() {
        if (stopping)
            return;
        auto session = ensureLiveSession();
        if (!session) {
            emit m_owner->loggedOut(false, session.error());
            return;
        }
        Result<void> result = (*session)->logout();
        refreshTokenInfo(false);
        if (result.ok())
            m_owner->m_loggedIn = false;
        emit m_owner->loggedOut(result.ok(), result.ok() ? Error{} : result.error());
    }

private:
    /// The context a submitted job gets: the core's session and token, plus its abandon flag.
    class JobContext final : public WorkerContext {
    public:
        JobContext(Core& core, JobHandle handle) : m_core(core), m_handle(std::move(handle)) {}
        Module& module() const override { return *m_core.m_module; }
        const std::shared_ptr<Module>& modulePtr() const override { return m_core.m_module; }
        CK_SLOT_ID slot() const override { return m_core.m_slot; }
        TokenInfo token() const override { return m_core.token(); }
        Result<Session*> session() override { return m_core.ensureLiveSession(); }
        void closeSession() override { m_core.m_session.reset(); }
        void setLoggedIn(bool loggedIn) override {
            m_core.m_owner->m_loggedIn = loggedIn;
            emit m_core.m_owner->loginStateChanged(loggedIn);
        }
        void refreshTokenInfo() override { m_core.refreshTokenInfo(false); }
        bool abandoned() const override { return m_handle.isAbandoned(); }

    private:
        Core& m_core;
        JobHandle m_handle;
    };

    Result<Session*> ensureSession() {
        if (!m_session) {
            // A write-protected token refuses read-write sessions (CKR_TOKEN_WRITE_PROTECTED).
            const bool readWrite = !token().has(CKF_WRITE_PROTECTED);
            auto opened = Session::open(m_module, m_slot, readWrite);
            if (!opened)
                return opened.error();
            m_session.emplace(std::move(opened).value());
            // A new session is logged in only if another session of ours still holds the login.
            auto loggedIn = m_session->isLoggedIn();
            m_owner->m_loggedIn = loggedIn.ok() && loggedIn.value();
        }
        return &*m_session;
    }

    /// For calls that must not be repeated (login): check the session first instead of retrying.
    Result<Session*> ensureLiveSession() {
        if (m_session) {
            auto info = m_session->info();
            if (!info && sessionLost(info.error()))
                m_session.reset();
        }
        return ensureSession();
    }

    /// Runs a repeatable job, reopening the session once if the module dropped it.
    template <typename F> auto withSession(F&& job) -> decltype(job(std::declval<Session&>())) {
        using R = decltype(job(std::declval<Session&>()));
        auto session = ensureSession();
        if (!session)
            return R(session.error());
        R result = job(**session);
        if (!result && sessionLost(result.error())) {
            m_session.reset();
            session = ensureSession();
            if (!session)
                return R(session.error());
            result = job(**session);
        }
        return result;
    }

    TokenWorker* m_owner;
    std::shared_ptr<Module> m_module;
    CK_SLOT_ID m_slot;
    mutable QMutex m_tokenMutex;
    TokenInfo m_token;
    std::optional<Session> m_session;
};

TokenWorker::TokenWorker(std::shared_ptr<Module> module, CK_SLOT_ID slot, const TokenInfo& token,
                         QObject* parent)
    : QObject(parent), m_module(std::move(module)), m_slot(slot),
      m_cancelListing(std::make_shared<std::atomic_bool>(false)) {
    registerMetaTypes();
    m_core = new Core(this, m_module, slot, token);
    m_core->moveToThread(&m_thread);
    connect(
        &m_thread, &QThread::finished, m_core, [core = m_core] { core->closeSession(); },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("token-%1").arg(token.serial));
    m_thread.start();
}

TokenWorker::~TokenWorker() {
    m_core->stopping = true;
    m_cancelListing->store(true);
    m_thread.quit();
    m_thread.wait();
    delete m_core;
}

TokenInfo TokenWorker::token() const {
    return m_core->token();
}

quint64 TokenWorker::listObjects() {
    m_cancelListing->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelListing = cancel;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_core, [core = m_core, generation, cancel] { core->listObjects(generation, cancel); },
        Qt::QueuedConnection);
    return generation;
}

void TokenWorker::readAttributes(quint64 generation, CK_OBJECT_HANDLE handle) {
    QMetaObject::invokeMethod(
        m_core, [core = m_core, generation, handle] { core->readAttributes(generation, handle); },
        Qt::QueuedConnection);
}

void TokenWorker::listMechanisms() {
    QMetaObject::invokeMethod(
        m_core, [core = m_core] { core->listMechanisms(); }, Qt::QueuedConnection);
}

void TokenWorker::refreshTokenInfo() {
    QMetaObject::invokeMethod(
        m_core, [core = m_core] { core->refreshTokenInfo(); }, Qt::QueuedConnection);
}

void TokenWorker::login(CK_USER_TYPE userType, std::shared_ptr<SecureBuffer> pin, bool confirmedFinalTry) {
    // The lambda holds the only other reference; the job resets it, and if the job never runs
    // (worker destroyed first) the queued lambda's destruction wipes it.
    QMetaObject::invokeMethod(
        m_core,
        [core = m_core, userType, pin = std::move(pin), confirmedFinalTry]() mutable {
            core->login(userType, pin, confirmedFinalTry);
        },
        Qt::QueuedConnection);
}

void TokenWorker::post(const JobHandle& handle, std::function<void(WorkerContext&)> job) {
    QMetaObject::invokeMethod(
        m_core, [core = m_core, handle, job = std::move(job)]() mutable { core->runJob(handle, job); },
        Qt::QueuedConnection);
}

void TokenWorker::logout() {
    QMetaObject::invokeMethod(
        m_core, [core = m_core] { core->logout(); }, Qt::QueuedConnection);
}

} // namespace hsm
