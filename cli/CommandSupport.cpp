#include "Commands.h"
#include "ModuleRegistry.h"
#include "TokenSelector.h"

namespace hsm::cli {

Result<std::shared_ptr<Module>> loadModule(const QString& pathOrName) {
    Result<RegisteredModule> resolved = resolveModule(pathOrName);
    if (!resolved)
        return resolved.error();
    return Module::load(resolved->path, resolved->name, nullptr);
}

Result<SlotInfo> findToken(const Module& module, const QString& selector) {
    Result<QList<SlotInfo>> slotList = module.slotList();
    if (!slotList)
        return slotList.error();
    return selectToken(slotList.value(), selector);
}

} // namespace hsm::cli
