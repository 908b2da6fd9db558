#include "CallTrace.h"

#include <QMutexLocker>

namespace hsm {

CallTrace::CallTrace(std::size_t capacity, QObject* parent) : QObject(parent), m_capacity(capacity) {}

void CallTrace::append(CallRecord record) {
    {
        QMutexLocker lock(&m_mutex);
        if (!m_enabled)
            return;
        if (m_records.size() >= m_capacity)
            m_records.pop_front();
        m_records.push_back(record);
    }
    // Emitted outside the lock: a direct-connected slot may call snapshot().
    emit recorded(record);
}

QList<CallRecord> CallTrace::snapshot() const {
    QMutexLocker lock(&m_mutex);
    return QList<CallRecord>(m_records.begin(), m_records.end());
}

std::size_t CallTrace::size() const {
    QMutexLocker lock(&m_mutex);
    return m_records.size();
}

void CallTrace::clear() {
    QMutexLocker lock(&m_mutex);
    m_records.clear();
}

void CallTrace::setEnabled(bool enabled) {
    QMutexLocker lock(&m_mutex);
    m_enabled = enabled;
}

bool CallTrace::isEnabled() const {
    QMutexLocker lock(&m_mutex);
    return m_enabled;
}

} // namespace hsm
