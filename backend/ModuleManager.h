#pragma once

#include "CallTrace.h"
#include "Module.h"
#include "Result.h"
#include "Types.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace hsm {

class TokenWorker;

/// Owns the loaded modules and their token workers. Loading (C_Initialize may take long on a
/// network HSM) and slot polling run on a module thread; results come as signals on the owner's
/// thread. Modules are keyed by the path they were loaded from.
class ModuleManager : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleManager)
public:
    explicit ModuleManager(CallTrace* trace, QObject* parent = nullptr);
    ~ModuleManager() override;

    /// Path or p11-kit name; answered by moduleLoaded or moduleFailed.
    void addModule(const QString& pathOrName);
    void removeModule(const QString& path);
    /// Re-reads the slot lists now (also done by the watcher on its own).
    void refresh(const QString& path);
    /// How often slots are polled when the module has no C_WaitForSlotEvent; 0 stops polling.
    void setPollInterval(int milliseconds);

    [[nodiscard]] QList<ModuleInfo> modules() const;
    [[nodiscard]] QList<SlotInfo> slotList(const QString& path) const; // not "slots": a Qt macro
    /// The worker for the token in that slot, created on first use; null when no token is present.
    [[nodiscard]] TokenWorker* tokenWorker(const QString& path, CK_SLOT_ID slot);
    /// The loaded module at `path`, e.g. for work on a slot without a token worker; null when not loaded.
    /// Use it off the GUI thread only (it calls into the module).
    [[nodiscard]] std::shared_ptr<Module> module(const QString& path) const;

signals:
    void moduleLoaded(const hsm::ModuleInfo& module, const QList<hsm::SlotInfo>& slotInfos);
    void moduleFailed(const QString& pathOrName, const hsm::Error& error);
    void moduleRemoved(const QString& path);
    /// The slot list or a token changed (inserted, removed, re-initialized).
    void slotsChanged(const QString& path, const QList<hsm::SlotInfo>& slotInfos);
    void tokenRemoved(const QString& path, CK_SLOT_ID slot, const QString& tokenLabel);
    void tokenInserted(const QString& path, CK_SLOT_ID slot, const QString& tokenLabel);

private:
    struct Entry;
    class Watcher;
    void applySlots(const QString& path, const QList<SlotInfo>& slotInfos);

    /// Releases each module on the lifecycle thread, remembering the job so the destructor can wait:
    /// a module finalized after the manager (and its call trace) is gone would write into freed memory.
    void releaseModule(std::shared_ptr<Module> module);

    CallTrace* m_trace;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QList<QFuture<void>> m_pendingReleases;
    int m_pollMs = 1500;
};

} // namespace hsm
