#pragma once

#include "ModuleRegistry.h"
#include "Result.h"
#include "Types.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hsm::cli {

/// A text table with columns padded to their widest cell; the last column is never padded.
class Table {
public:
    explicit Table(QStringList headers) : m_headers(std::move(headers)) {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    [[nodiscard]] QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

void writeStdout(const QString& text);
void writeJson(const QJsonArray& array);
/// The one stderr line of a failed command: Error::text().
void writeError(const Error& error);
void writeUsageError(const QString& message);

// JSON shapes and tables of each command's records.
[[nodiscard]] QJsonArray modulesJson(const QList<RegisteredModule>& modules);
[[nodiscard]] QString modulesTable(const QList<RegisteredModule>& modules);
[[nodiscard]] QJsonArray slotsJson(const QList<SlotInfo>& slots);
[[nodiscard]] QString slotsTable(const QList<SlotInfo>& slots);
[[nodiscard]] QJsonArray mechanismsJson(const QList<MechanismInfo>& mechanisms);
[[nodiscard]] QString mechanismsTable(const QList<MechanismInfo>& mechanisms);
[[nodiscard]] QJsonArray objectsJson(const QList<ObjectSummary>& objects);
[[nodiscard]] QString objectsTable(const QList<ObjectSummary>& objects);

} // namespace hsm::cli
