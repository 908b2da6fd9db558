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

Result<SelectedToken> selectTokenOf(const Arguments& args) {
    Result<std::shared_ptr<Module>> module = loadModule(args.module);
    if (!module)
        return module.error();
    Result<SlotInfo> slot = findToken(**module, args.token);
    if (!slot)
        return slot.error();
    return SelectedToken{std::move(module).value(), std::move(slot).value()};
}

} // namespace hsm::cli
