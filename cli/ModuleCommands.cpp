#include "CliOutput.h"
#include "Commands.h"
#include "ModuleRegistry.h"

namespace hsm::cli {

int runModules(const Arguments& args) {
    const QList<RegisteredModule> modules = registeredModules();
    if (args.json)
        writeJson(modulesJson(modules));
    else
        writeStdout(modulesTable(modules));
    return ExitOk;
}

int runSlots(const Arguments& args) {
    Result<std::shared_ptr<Module>> module = loadModule(args.module);
    if (!module) {
        writeError(module.error());
        return ExitFailure;
    }
    Result<QList<SlotInfo>> slotList = (*module)->slotList();
    if (!slotList) {
        writeError(slotList.error());
        return ExitFailure;
    }
    if (args.json)
        writeJson(slotsJson(slotList.value()));
    else
        writeStdout(slotsTable(slotList.value()));
    return ExitOk;
}

int runMechanisms(const Arguments& args) {
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected) {
        writeError(selected.error());
        return ExitFailure;
    }
    Result<QList<MechanismInfo>> mechanisms = selected->module->mechanisms(selected->slot.id);
    if (!mechanisms) {
        writeError(mechanisms.error());
        return ExitFailure;
    }
    if (args.json)
        writeJson(mechanismsJson(mechanisms.value()));
    else
        writeStdout(mechanismsTable(mechanisms.value()));
    return ExitOk;
}

QList<CommandSpec> moduleCommandSpecs() {
    return {
        {"modules",
         QT_TRANSLATE_NOOP("hsm::cli", "List the PKCS#11 modules registered with p11-kit."),
         {options::json()},
         &runModules},
        {"slots",
         QT_TRANSLATE_NOOP("hsm::cli", "List a module's slots and the tokens in them."),
         {options::module(), options::json()},
         &runSlots},
        {"mechanisms",
         QT_TRANSLATE_NOOP("hsm::cli", "List the mechanisms a token supports."),
         {options::module(), options::token(), options::json()},
         &runMechanisms},
    };
}

} // namespace hsm::cli
