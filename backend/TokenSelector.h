#pragma once

#include "Result.h"
#include "Types.h"

#include <QList>
#include <QString>

namespace hsm {

/// Picks one token out of a module's slots by a user's selector: a label, "serial:SERIAL", or a
/// "pkcs11:" URI. Fails naming the candidates when none or several match (two tokens may share a
/// label; slot IDs are never a selector because SoftHSM2 renumbers them).
[[nodiscard]] Result<SlotInfo> selectToken(const QList<SlotInfo>& slots, const QString& selector);

} // namespace hsm
