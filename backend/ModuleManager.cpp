#include "ModuleManager.h"

#include "Logging.h"
#include "MetaTypes.h"
#include "ModuleRegistry.h"
#include "TokenWorker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

namespace hsm {

namespace {

/// "token 'Demo CA' (serial 1a2b)", or "an uninitialised token" (no label or serial yet).
std::string describeToken(const TokenInfo& token) {
    if (!token.has(CKF_TOKEN_INITIALIZED))
        return "an uninitialised token";
    return "token '" + token.label.toStdString() + "' (serial " + token.serial.toStdString() + ")";
}

/// What the loader thread hands back; default-constructible so it can travel in a QFuture.
struct LoadOutcome {
    std::shared_ptr<Module> module;
    QList<SlotInfo> slotInfos;
    std::optional<Error> error;
};

/// Same slots, same tokens? Token identity is serial + label, as the design matches tokens.
bool sameTokens(const QList<SlotInfo>& a, const QList<SlotInfo>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const SlotInfo& x = a[i];
        const SlotInfo& y = b[i];
        if (x.id != y.id || x.tokenPresent() != y.tokenPresent() ||
            x.token.has_value() != y.token.has_value())
            return false;
        if (x.token && (x.token->serial != y.token->serial || x.token->label != y.token->label))
            return false;
    }
    return true;
}

const SlotInfo* findSlot(const QList<SlotInfo>& list, CK_SLOT_ID id) {
    for (const SlotInfo& slot : list)
        if (slot.id == id)
            return &slot;
    return nullptr;
}

bool sameToken(const SlotInfo* a, const SlotInfo* b) {
    return a && b && a->token && b->token && a->token->serial == b->token->serial &&
           a->token->label == b->token->label;
}

/// One thread for every C_Initialize and C_Finalize, in the order asked: a module removed and
/// added again is finalized before it is initialized anew, and the GUI thread never waits for either.
QThreadPool* moduleLifecyclePool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never destroyed: managers wait for their own work
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

/// Drops a module reference on the lifecycle thread: if it is the last one, C_Finalize runs there.
QFuture<void> releaseOffThread(std::shared_ptr<Module> module) {
    return QtConcurrent::run(moduleLifecyclePool(), [m = std::move(module)]() mutable { m.reset(); });
}

} // namespace

/// Polls one module's slots on its own thread and posts changes to the manager.
class ModuleManager::Watcher : public QObject {
public:
    Watcher(ModuleManager* manager, QString path, std::shared_ptr<Module> module, QList<SlotInfo> initial,
            int pollMs)
        : m_manager(manager), m_path(std::move(path)), m_module(std::move(module)),
          m_last(std::move(initial)), m_pollMs(pollMs) {}

    /// Runs on the watcher thread (queued after moveToThread), so the timer belongs to it.
    void start() {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
        setInterval(m_pollMs);
    }

    void setInterval(int ms) {
        m_pollMs = ms;
        if (m_timer == nullptr)
            return;
        if (ms <= 0) {
            m_timer->stop();
            return;
        }
        m_timer->start(ms);
    }

    void poll(bool force) {
        if (m_eventsSupported) {
            // Drain pending events; the slot list below is what we act on, events only tell us
            // that something happened. Bounded so a chatty module cannot keep us here.
            for (int i = 0; i < 32; ++i) {
                auto event = m_module->pollSlotEvent();
                if (!event) {
                    if (event.error().rv == CKR_FUNCTION_NOT_SUPPORTED)
                        m_eventsSupported = false;
                    break;
                }
                if (!event->has_value())
                    break;
            }
        }
        auto now = m_module->slotList();
        if (!now) {
            if (!m_reportedFailure)
                logging::get("pkcs11")->warn("polling the slots of {} failed: {}", m_path.toStdString(),
                                             now.error().text().toStdString());
            m_reportedFailure = true;
            return;
        }
        m_reportedFailure = false;
        if (!force && sameTokens(m_last, *now))
            return;
        m_last = *now;
        QMetaObject::invokeMethod(
            m_manager, [manager = m_manager, path = m_path, s = *now] { manager->applySlots(path, s); },
            Qt::QueuedConnection);
    }

private:
    ModuleManager* m_manager; // outlives us: the manager stops this thread before it goes
    QString m_path;
    std::shared_ptr<Module> m_module;
    QList<SlotInfo> m_last;
    int m_pollMs;
    QTimer* m_timer = nullptr;
    bool m_eventsSupported = true;
    bool m_reportedFailure = false;
};

struct ModuleManager::Entry {
    std::shared_ptr<Module> module;
    QList<SlotInfo> slotInfos;
    QHash<CK_SLOT_ID, TokenWorker*> workers;
    std::unique_ptr<QThread> watcherThread;
    Watcher* watcher = nullptr; // deleted on its own thread when the thread finishes
};

ModuleManager::ModuleManager(CallTrace* trace, QObject* parent) : QObject(parent), m_trace(trace) {
    registerMetaTypes();
}

ModuleManager::~ModuleManager() {
    // Loads still running hold the trace pointer and would hand us a module after we are gone.
    const auto loads = findChildren<QFutureWatcher<LoadOutcome>*>();
    for (auto* load : loads)
        load->waitForFinished();
    for (const auto& entry : std::as_const(m_entries)) {
        for (TokenWorker* worker : std::as_const(entry->workers))
            delete worker;
        entry->workers.clear();
        if (entry->watcherThread) {
            entry->watcherThread->quit();
            entry->watcherThread->wait();
        }
        releaseModule(std::move(entry->module));
    }
    m_entries.clear();
    for (auto* load : loads) {
        // Results not yet taken by the finished handler: finalize those modules here too.
        QFuture<LoadOutcome> future = load->future();
        if (future.isValid() && future.resultCount() > 0)
            releaseModule(future.takeResult().module);
    }
    // At shutdown every module must be finalized before we return.
    for (QFuture<void>& f : m_pendingReleases)
        f.waitForFinished();
}

void ModuleManager::releaseModule(std::shared_ptr<Module> module) {
    if (!module)
        return;
    m_pendingReleases.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_pendingReleases << releaseOffThread(std::move(module));
}

void ModuleManager::addModule(const QString& pathOrName) {
    const QString asFile = QFileInfo(pathOrName).absoluteFilePath();
    if (m_entries.contains(pathOrName) || m_entries.contains(asFile)) {
        const Error error =
            Error::other(QStringLiteral("addModule"), tr("the module %1 is already loaded").arg(pathOrName),
                         tr("remove it first to load it again."));
        QMetaObject::invokeMethod(
            this, [this, pathOrName, error] { emit moduleFailed(pathOrName, error); }, Qt::QueuedConnection);
        return;
    }
    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, pathOrName] {
        // takeResult() moves the module out, so the future keeps no copy that could be the last one
        // (finalizing the module on the GUI thread when the watcher is deleted).
        LoadOutcome outcome = watcher->future().takeResult();
        watcher->deleteLater();
        if (outcome.error) {
            logging::get("pkcs11")->warn("loading module {} failed: {}", pathOrName.toStdString(),
                                         outcome.error->text().toStdString());
            emit moduleFailed(pathOrName, *outcome.error);
            return;
        }
        const ModuleInfo info = outcome.module->info();
        if (m_entries.contains(info.path)) {
            releaseModule(std::move(outcome.module));
            emit moduleFailed(pathOrName, Error::other(QStringLiteral("addModule"),
                                                       tr("the module %1 is already loaded").arg(info.path),
                                                       tr("remove it first to load it again.")));
            return;
        }
        auto entry = std::make_shared<Entry>();
        entry->module = outcome.module;
        entry->slotInfos = outcome.slotInfos;
        entry->watcherThread = std::make_unique<QThread>();
        entry->watcherThread->setObjectName(QStringLiteral("slots-%1").arg(info.name));
        entry->watcher = new Watcher(this, info.path, outcome.module, outcome.slotInfos, m_pollMs);
        entry->watcher->moveToThread(entry->watcherThread.get());
        connect(entry->watcherThread.get(), &QThread::finished, entry->watcher, &QObject::deleteLater);
        entry->watcherThread->start();
        QMetaObject::invokeMethod(
            entry->watcher, [w = entry->watcher] { w->start(); }, Qt::QueuedConnection);
        m_entries.insert(info.path, entry);
        logging::get("pkcs11")->info("module {} loaded from {} ({} slots)", info.name.toStdString(),
                                     info.path.toStdString(), outcome.slotInfos.size());
        emit moduleLoaded(info, outcome.slotInfos);
    });
    watcher->setFuture(QtConcurrent::run(moduleLifecyclePool(), [pathOrName, trace = m_trace]() {
        LoadOutcome outcome;
        auto resolved = resolveModule(pathOrName);
        if (!resolved) {
            outcome.error = resolved.error();
            return outcome;
        }
        auto module = Module::load(resolved->path, resolved->name, trace);
        if (!module) {
            outcome.error = module.error();
            return outcome;
        }
        auto found = (*module)->slotList();
        if (!found) {
            outcome.error = found.error();
            // The module is dropped here, on this thread, so a finalize does not hit the GUI.
            return outcome;
        }
        outcome.module = std::move(module).value();
        outcome.slotInfos = std::move(found).value();
        return outcome;
    }));
}

void ModuleManager::removeModule(const QString& path) {
    const std::shared_ptr<Entry> entry = m_entries.take(path);
    if (!entry)
        return;
    emit moduleRemoved(path);
    // Workers first: each closes its session on its own thread; a running listing is cancelled.
    for (TokenWorker* worker : std::as_const(entry->workers))
        delete worker;
    entry->workers.clear();
    entry->watcherThread->quit();
    entry->watcherThread->wait();
    releaseModule(std::move(entry->module));
    logging::get("pkcs11")->info("module {} removed", path.toStdString());
}

void ModuleManager::refresh(const QString& path) {
    const auto entry = m_entries.value(path);
    if (!entry)
        return;
    QMetaObject::invokeMethod(
        entry->watcher, [w = entry->watcher] { w->poll(true); }, Qt::QueuedConnection);
}

void ModuleManager::setPollInterval(int milliseconds) {
    m_pollMs = milliseconds;
    for (const auto& entry : std::as_const(m_entries))
        QMetaObject::invokeMethod(
            entry->watcher, [w = entry->watcher, milliseconds] { w->setInterval(milliseconds); },
            Qt::QueuedConnection);
}

QList<ModuleInfo> ModuleManager::modules() const {
    QList<ModuleInfo> out;
    for (const auto& entry : m_entries)
        out << entry->module->info();
    return out;
}

QList<SlotInfo> ModuleManager::slotList(const QString& path) const {
    const auto entry = m_entries.value(path);
    return entry ? entry->slotInfos : QList<SlotInfo>{};
}

std::shared_ptr<Module> ModuleManager::module(const QString& path) const {
    const auto entry = m_entries.value(path);
    return entry ? entry->module : nullptr;
}

TokenWorker* ModuleManager::tokenWorker(const QString& path, CK_SLOT_ID slot) {
    const auto entry = m_entries.value(path);
    if (!entry)
        return nullptr;
    if (TokenWorker* existing = entry->workers.value(slot))
        return existing;
    const SlotInfo* info = findSlot(entry->slotInfos, slot);
    if (info == nullptr || !info->token)
        return nullptr;
    auto* worker = new TokenWorker(entry->module, slot, *info->token, this);
    entry->workers.insert(slot, worker);
    return worker;
}

void ModuleManager::applySlots(const QString& path, const QList<SlotInfo>& slotInfos) {
    const auto entry = m_entries.value(path);
    if (!entry)
        return; // removed while the change was on its way
    const QList<SlotInfo> old = std::exchange(entry->slotInfos, slotInfos);

    QList<const SlotInfo*> removed;
    for (const SlotInfo& before : old)
        if (before.token && !sameToken(&before, findSlot(slotInfos, before.id)))
            removed << &before;
    QList<const SlotInfo*> inserted;
    for (const SlotInfo& now : slotInfos)
        if (now.token && !sameToken(&now, findSlot(old, now.id)))
            inserted << &now;

    for (const SlotInfo* slot : removed) {
        logging::get("pkcs11")->info("{} left slot {} of {}", describeToken(*slot->token), slot->id,
                                     path.toStdString());
        emit tokenRemoved(path, slot->id, slot->token->label);
        // Receivers had their chance to drop the worker; its jobs on a missing token end quickly.
        if (TokenWorker* worker = entry->workers.take(slot->id))
            worker->deleteLater();
    }
    emit slotsChanged(path, slotInfos);
    for (const SlotInfo* slot : inserted) {
        logging::get("pkcs11")->info("{} appeared in slot {} of {}", describeToken(*slot->token), slot->id,
                                     path.toStdString());
        emit tokenInserted(path, slot->id, slot->token->label);
    }
}

} // namespace hsm
