#include "Commands.h"

namespace hsm::cli {

namespace options {

OptionSpec module() {
    return {"module", "MODULE", QT_TRANSLATE_NOOP("hsm::cli", "Module path or p11-kit module name."), true};
}

OptionSpec token() {
    return {"token", "TOKEN", QT_TRANSLATE_NOOP("hsm::cli", "Token label, serial:SERIAL or pkcs11: URI."),
            true};
}

OptionSpec pin(bool required) {
    return {"pin", "SOURCE",
            QT_TRANSLATE_NOOP("hsm::cli",
                              "Log in as user with the PIN read from env:NAME, file:PATH or - (stdin)."),
            required};
}

OptionSpec finalTry() {
    return {"final-try", nullptr,
            QT_TRANSLATE_NOOP("hsm::cli", "Log in even when the token reports the PIN's final try (one more "
                                          "wrong PIN locks it); without it such a login is refused."),
            false};
}

OptionSpec json() {
    return {"json", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Print JSON instead of a table."), false};
}

} // namespace options

const QList<CommandSpec>& commandSpecs() {
    static const QList<CommandSpec> specs = [] {
        QList<CommandSpec> all;
        all << moduleCommandSpecs();
        all << objectCommandSpecs();
        all << keygenCommandSpecs();
        // Administration commands: one line per feature, each declared in Commands.h.
        all << deleteCommandSpecs();
        all << tokenCommandSpecs();
        all << softcardCommandSpecs();
        all << importCommandSpecs();
        all << certCommandSpecs();
        all << bundleCommandSpecs();
        all << chainCommandSpecs();
        return all;
    }();
    return specs;
}

} // namespace hsm::cli
