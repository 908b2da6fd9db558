#pragma once

#include "Result.h"
#include "Types.h"

#include <QMetaType>

namespace hsm {

/// Registers every type the backend and models send through queued signals or store in QVariants
/// (including the PKCS#11 typedef names used in signal signatures). Call once, early, from the app
/// and from tests; calling it again is harmless.
void registerMetaTypes();

} // namespace hsm

Q_DECLARE_METATYPE(hsm::Error)
