#pragma once

#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// Display text for the models, kept out of the models so views, the CLI and tests format alike.
namespace hsm::format {

/// Lower-case hex without separators ("0a1b"); empty for empty input.
QString hex(const QByteArray& bytes);
/// "yes" / "no"; empty when the attribute is missing.
QString yesNo(std::optional<bool> value);
/// Friendly class name ("Private key"); unknown classes by their CKO_ name.
QString objectClass(CK_OBJECT_CLASS cls);
/// Key type or certificate type of an object ("CKK_EC", "CKC_X_509"); empty for other classes.
QString objectType(const ObjectSummary& object);
/// "2025-01-31 12:00:00" in local time; empty for an invalid date.
QString dateTime(const QDateTime& time);
/// Log and trace time stamps, with milliseconds.
QString timeOfDay(const QDateTime& time);
/// Microseconds with one decimal ("12.3").
QString durationMicros(qint64 nanoseconds);
/// spdlog level names ("trace" .. "critical").
QString logLevel(int level);
/// "Slot 3: SoftHSM slot ID 0x3"
QString slotTitle(const SlotInfo& slot);
/// Token label, or the serial when the label is empty.
QString tokenTitle(const TokenInfo& token);
/// "softhsm2 (SoftHSM)" style.
QString moduleTitle(const ModuleInfo& module);
/// Decoded flag names joined with ", ".
QString flags(const QStringList& names);
/// "0x00000001"
QString mechanismCode(CK_MECHANISM_TYPE type);
/// First number in a size text ("2048 bits", "32 bytes", "P-256"), for sorting; -1 when there is none.
qint64 sizeSortKey(const QString& size);

} // namespace hsm::format
