#pragma once

#include "RecordTableModel.h"

#include <deque>

namespace hsm {

/// A table of the latest `capacity` records, newest last: once full, each new record removes the
/// oldest row. For the live views (log, call trace) that must not grow without bound.
template <typename Record> class RingBufferTableModel : public RecordTableModel<Record, std::deque<Record>> {
    using Base = RecordTableModel<Record, std::deque<Record>>;

public:
    [[nodiscard]] int capacity() const { return m_capacity; }

    void append(const Record& record) {
        if (this->rowCount() >= m_capacity)
            this->removeFirstRecords(1);
        this->appendRecords(&record, &record + 1);
    }
    void clear() { this->removeAllRecords(); }

protected:
    RingBufferTableModel(int columns, int capacity, QObject* parent)
        : Base(columns, parent), m_capacity(qMax(1, capacity)) {}

private:
    int m_capacity;
};

} // namespace hsm
