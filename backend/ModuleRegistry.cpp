#include "ModuleRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstdlib>
#include <p11-kit/p11-kit.h>

// p11-kit resolves relative "module:" entries against its module folder (pkg-config p11-kit-1
// p11_module_path). The build may pass the real value; this is Debian's on amd64.
#ifndef HSMWB_P11_MODULE_PATH
#define HSMWB_P11_MODULE_PATH "/usr/lib/x86_64-linux-gnu/pkcs11"
#endif

namespace hsm {

namespace {

QString takeString(char* text) {
    if (text == nullptr)
        return {};
    QString result = QString::fromLocal8Bit(text);
    std::free(text);
    return result;
}

QString absoluteModulePath(const QString& filename) {
    if (filename.isEmpty() || QDir::isAbsolutePath(filename))
        return filename;
    return QDir(QStringLiteral(HSMWB_P11_MODULE_PATH)).filePath(filename);
}

} // namespace

QList<RegisteredModule> registeredModules() {
    QList<RegisteredModule> result;
    // UNMANAGED: p11-kit only reads its configuration and loads the libraries; nothing is
    // initialized, so no module runs code on our behalf and nothing needs finalizing.
    CK_FUNCTION_LIST** modules = p11_kit_modules_load(nullptr, P11_KIT_MODULE_UNMANAGED);
    if (modules == nullptr)
        return result;
    for (CK_FUNCTION_LIST** it = modules; *it != nullptr; ++it) {
        RegisteredModule module;
        module.name = takeString(p11_kit_module_get_name(*it));
        module.path = absoluteModulePath(takeString(p11_kit_module_get_filename(*it)));
        if (!module.name.isEmpty())
            result << module;
    }
    p11_kit_modules_release(modules);
    std::sort(result.begin(), result.end(),
              [](const RegisteredModule& a, const RegisteredModule& b) { return a.name < b.name; });
    return result;
}

Result<RegisteredModule> resolveModule(const QString& pathOrName) {
    const QString call = QStringLiteral("resolve module");
    const QString argument = pathOrName.trimmed();
    const QFileInfo file(argument);
    if (!argument.isEmpty() && file.exists()) {
        if (!file.isFile())
            return Error::other(
                call, QCoreApplication::translate("hsm::ModuleRegistry", "%1 is not a file.").arg(argument),
                QCoreApplication::translate("hsm::ModuleRegistry",
                                            "Give the path of the module's shared library (.so)."));
        // A registered module given by its path keeps its registry name ("softhsm2", not "libsofthsm2").
        const QString canonical = file.canonicalFilePath();
        for (const RegisteredModule& module : registeredModules())
            if (QFileInfo(module.path).canonicalFilePath() == canonical)
                return RegisteredModule{module.name, file.absoluteFilePath()};
        return RegisteredModule{file.completeBaseName(), file.absoluteFilePath()};
    }

    const QList<RegisteredModule> registered = registeredModules();
    for (const RegisteredModule& module : registered)
        if (module.name == argument)
            return module;

    QStringList names;
    for (const RegisteredModule& module : registered)
        names << module.name;
    const QString namesText = names.isEmpty() ? QCoreApplication::translate("hsm::ModuleRegistry", "none")
                                              : names.join(QStringLiteral(", "));
    // Anything that looks like a path was meant as a file; say that file is missing.
    if (argument.contains(QLatin1Char('/')) || argument.endsWith(QLatin1String(".so")))
        return Error::other(
            call,
            QCoreApplication::translate("hsm::ModuleRegistry", "The module file %1 does not exist.")
                .arg(argument),
            QCoreApplication::translate("hsm::ModuleRegistry",
                                        "Check the path, or use a registered module name (%1).")
                .arg(namesText));
    return Error::other(
        call,
        QCoreApplication::translate("hsm::ModuleRegistry",
                                    "No module file or registered module named \"%1\".")
            .arg(argument),
        QCoreApplication::translate("hsm::ModuleRegistry", "Registered p11-kit modules: %1.").arg(namesText));
}

} // namespace hsm
