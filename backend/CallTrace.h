#pragma once

#include "Types.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <deque>

namespace hsm {

/// In-memory record of PKCS#11 calls, shared by all modules of a process. Thread-safe: worker
/// threads append, the GUI reads. Bounded so a long session cannot grow it without limit.
class CallTrace : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallTrace)
public:
    explicit CallTrace(std::size_t capacity = 20000, QObject* parent = nullptr);

    void append(CallRecord record);
    [[nodiscard]] QList<CallRecord> snapshot() const;
    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    void clear();

    /// When false, append() does nothing (benchmarks measure the gate without the trace).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;

signals:
    /// Emitted from the calling thread; connect with a queued connection from GUI objects.
    void recorded(const hsm::CallRecord& record);

private:
    const std::size_t m_capacity;
    mutable QMutex m_mutex;
    std::deque<CallRecord> m_records;
    bool m_enabled = true;
};

} // namespace hsm
