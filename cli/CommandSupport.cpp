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

Result<std::optional<SecureBuffer>> readPinOption(const Arguments& args, const QString& name) {
    const std::optional<PinSource> source = args.pinSource(name);
    if (!source)
        return std::optional<SecureBuffer>();
    Result<SecureBuffer> pin = source->read();
    if (!pin)
        return pin.error();
    return std::optional<SecureBuffer>(std::move(pin).value());
}

Result<Session> openSession(const SelectedToken& selected, bool readWrite, std::optional<SecureBuffer>& pin,
                            bool confirmedFinalTry) {
    Result<Session> session = Session::open(selected.module, selected.slot.id, readWrite);
    if (!session) {
        if (pin)
            pin->clear();
        return session.error();
    }
    if (pin) {
        Result<void> login = session->login(CKU_USER, &*pin, confirmedFinalTry);
        pin->clear();
        if (!login)
            return login.error();
    }
    return session;
}

} // namespace hsm::cli
