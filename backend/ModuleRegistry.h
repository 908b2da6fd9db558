#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace hsm {

/// A module registered with p11-kit (a .module file in p11-kit's configuration).
struct RegisteredModule {
    QString name; ///< p11-kit's name, e.g. "softhsm2"
    QString path; ///< absolute path of the shared library
};

/// Modules registered with p11-kit, read through p11_kit_modules_load (not initialized).
[[nodiscard]] QList<RegisteredModule> registeredModules();

/// A CLI/GUI module argument: an existing file path is taken as it is, otherwise the name of a
/// p11-kit registered module. The error lists the registered names.
[[nodiscard]] Result<RegisteredModule> resolveModule(const QString& pathOrName);

} // namespace hsm
