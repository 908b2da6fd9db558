#include "Module.h"

#include "CallTrace.h"
#include "Libp11Bridge.h"
#include "Pkcs11Names.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <dlfcn.h>
#include <time.h>
#include <vector>

namespace hsm {

namespace {
// lupdate files tr() calls in Module members under hsm::Module (free functions use translate()).
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::Module", text);
}

// PKCS#11 3.0 interface record. p11-kit's header is v2.40, so we declare the one struct we need;
// a 3.0 function list starts with the same members as a 2.40 one, which is all we call.
struct Interface30 {
    CK_UTF8CHAR* name;
    void* functionList;
    CK_FLAGS flags;
};
using GetInterfaceFn = CK_RV (*)(CK_UTF8CHAR*, CK_VERSION*, Interface30**, CK_FLAGS);

TokenInfo toTokenInfo(const CK_TOKEN_INFO& raw) {
    TokenInfo t;
    t.raw = raw;
    t.label = names::paddedText(raw.label, sizeof raw.label);
    t.manufacturer = names::paddedText(raw.manufacturerID, sizeof raw.manufacturerID);
    t.model = names::paddedText(raw.model, sizeof raw.model);
    t.serial = names::paddedText(raw.serialNumber, sizeof raw.serialNumber);
    t.flags = raw.flags;
    t.maxSessionCount = raw.ulMaxSessionCount;
    t.sessionCount = raw.ulSessionCount;
    t.maxRwSessionCount = raw.ulMaxRwSessionCount;
    t.rwSessionCount = raw.ulRwSessionCount;
    t.maxPinLen = raw.ulMaxPinLen;
    t.minPinLen = raw.ulMinPinLen;
    t.totalPublicMemory = raw.ulTotalPublicMemory;
    t.freePublicMemory = raw.ulFreePublicMemory;
    t.totalPrivateMemory = raw.ulTotalPrivateMemory;
    t.freePrivateMemory = raw.ulFreePrivateMemory;
    t.hardwareVersion = names::version(raw.hardwareVersion);
    t.firmwareVersion = names::version(raw.firmwareVersion);
    if ((raw.flags & CKF_CLOCK_ON_TOKEN) != 0)
        t.utcTime = names::paddedText(raw.utcTime, sizeof raw.utcTime);
    return t;
}

/// dlerror() text, with the common causes said plainly.
Error loadError(const QString& path) {
    const char* why = ::dlerror();
    return Error::other(
        QStringLiteral("dlopen"),
        QCoreApplication::translate("hsm::Module", "cannot load %1: %2")
            .arg(path, why ? QString::fromLocal8Bit(why)
                           : QCoreApplication::translate("hsm::Module", "unknown reason")),
        QCoreApplication::translate(
            "hsm::Module",
            "check that the file is a PKCS#11 module (a shared library) built for this machine's "
            "architecture and that its dependencies are installed (ldd shows missing ones)."));
}
} // namespace

qint64 Module::monotonicNs() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void Module::record(const char* function, const CallTarget& target, CK_RV rv, qint64 durationNs) const {
    if (m_trace == nullptr)
        return;
    CallRecord r;
    r.time = QDateTime::currentDateTime();
    r.module = m_info.name;
    r.function = QLatin1String(function);
    r.slot = target.slot;
    r.session = target.session;
    r.rv = rv;
    r.durationNs = durationNs;
    m_trace->append(std::move(r));
}

Result<std::shared_ptr<Module>> Module::load(const QString& path, const QString& name, CallTrace* trace) {
    const QFileInfo file(path);
    if (!file.exists())
        return Error::other(QStringLiteral("dlopen"), tr("the module file %1 does not exist").arg(path),
                            tr("check the path, or choose a module registered with p11-kit."));
    if (!file.isFile())
        return Error::other(QStringLiteral("dlopen"), tr("%1 is not a file").arg(path),
                            tr("choose the module's shared library (.so) itself."));

    std::shared_ptr<Module> module(new Module());
    module->m_trace = trace;
    module->m_info.path = file.absoluteFilePath();
    module->m_info.name = name.isEmpty() ? file.fileName() : name;

    ::dlerror();
    // RTLD_NODELETE: modules such as SoftHSM2 register OpenSSL exit handlers; unmapping their code on
    // dlclose would crash the process at exit. Reloading the same module reuses the mapping.
    module->m_library = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (module->m_library == nullptr)
        return loadError(path);

    // Prefer the PKCS#11 3.0 entry point; fall back to the 2.x one.
    if (auto getInterface = reinterpret_cast<GetInterfaceFn>(::dlsym(module->m_library, "C_GetInterface"))) {
        Interface30* iface = nullptr;
        CK_UTF8CHAR interfaceName[] = "PKCS 11";
        const qint64 start = monotonicNs();
        const CK_RV rv = getInterface(interfaceName, nullptr, &iface, 0);
        module->record("C_GetInterface", {}, rv, monotonicNs() - start);
        if (rv == CKR_OK && iface != nullptr && iface->functionList != nullptr) {
            module->m_functions = static_cast<CK_FUNCTION_LIST*>(iface->functionList);
            module->m_info.usesInterface = true;
        }
    }
    if (module->m_functions == nullptr) {
        auto getFunctionList =
            reinterpret_cast<CK_C_GetFunctionList>(::dlsym(module->m_library, "C_GetFunctionList"));
        if (getFunctionList == nullptr)
            return Error::other(
                QStringLiteral("dlsym"),
                tr("%1 is a shared library but not a PKCS#11 module: it exports neither "
                   "C_GetInterface nor C_GetFunctionList")
                    .arg(path),
                tr("choose the vendor's PKCS#11 library; see the vendor documentation for its path."));
        CK_FUNCTION_LIST* list = nullptr;
        const qint64 start = monotonicNs();
        const CK_RV rv = getFunctionList(&list);
        module->record("C_GetFunctionList", {}, rv, monotonicNs() - start);
        if (rv != CKR_OK)
            return Error::fromRv(QStringLiteral("C_GetFunctionList"), rv, path);
        if (list == nullptr)
            return Error::other(QStringLiteral("C_GetFunctionList"),
                                tr("the module returned no function list"),
                                tr("the module is broken; contact its vendor."));
        module->m_functions = list;
    }

    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    CK_RV rv = P11_CALL(*module, C_Initialize, CallTarget{}, &args);
    if (rv == CKR_CANT_LOCK) // a module that cannot use OS locking may still work single-locked
        rv = P11_CALL(*module, C_Initialize, CallTarget{}, nullptr);
    if (rv == CKR_OK) {
        module->m_finalizeOnUnload = true;
    } else if (rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        // Someone else in the process already owns the initialisation then; we must not finalize.
        return Error::fromRv(QStringLiteral("C_Initialize"), rv, path);
    }

    CK_INFO info{};
    rv = P11_CALL(*module, C_GetInfo, CallTarget{}, &info);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetInfo"), rv, path);
    module->m_info.manufacturer = names::paddedText(info.manufacturerID, sizeof info.manufacturerID);
    module->m_info.description = names::paddedText(info.libraryDescription, sizeof info.libraryDescription);
    module->m_info.libraryVersion = names::version(info.libraryVersion);
    module->m_info.cryptokiVersion = names::version(info.cryptokiVersion);
    return module;
}

Module::~Module() {
    // libp11 must let go of the module before it is finalized.
    m_libp11.reset();
    if (m_functions != nullptr && m_finalizeOnUnload)
        (void)P11_CALL(*this, C_Finalize, CallTarget{}, nullptr);
    if (m_library != nullptr)
        ::dlclose(m_library);
}

Result<Libp11Bridge*> Module::libp11() const {
    const std::lock_guard lock(m_libp11Mutex);
    if (m_libp11)
        return m_libp11.get();
    if (m_libp11Error)
        return *m_libp11Error;
    auto loaded = Libp11Bridge::load(m_info.path);
    if (!loaded) {
        m_libp11Error = loaded.error();
        return loaded.error();
    }
    m_libp11 = std::move(loaded.value());
    return m_libp11.get();
}

int Module::openSessionCount(CK_SLOT_ID slot) const {
    const std::lock_guard lock(m_libp11Mutex);
    const auto found = m_openSessions.find(slot);
    return found == m_openSessions.end() ? 0 : found->second;
}

void Module::sessionOpened(CK_SLOT_ID slot) const {
    const std::lock_guard lock(m_libp11Mutex);
    ++m_openSessions[slot];
}

void Module::sessionClosed(CK_SLOT_ID slot) const {
    const std::lock_guard lock(m_libp11Mutex);
    if (--m_openSessions[slot] <= 0)
        m_openSessions.erase(slot);
}

Result<void> Module::check(const char* function, CK_RV rv) {
    if (rv == CKR_OK)
        return {};
    return Error::fromRv(QLatin1String(function), rv);
}

Result<QList<CK_SLOT_ID>> Module::slotIds(bool tokenPresentOnly) const {
    const CK_BBOOL present = tokenPresentOnly ? CK_TRUE : CK_FALSE;
    // The slot count can change between the two calls (a token plugged in): loop on BUFFER_TOO_SMALL.
    for (int attempt = 0; attempt < 5; ++attempt) {
        CK_ULONG count = 0;
        CK_RV rv = P11_CALL(*this, C_GetSlotList, CallTarget{}, present, nullptr, &count);
        if (rv != CKR_OK)
            return Error::fromRv(QStringLiteral("C_GetSlotList"), rv);
        std::vector<CK_SLOT_ID> ids(count);
        rv = P11_CALL(*this, C_GetSlotList, CallTarget{}, present, ids.data(), &count);
        if (rv == CKR_BUFFER_TOO_SMALL)
            continue;
        if (rv != CKR_OK)
            return Error::fromRv(QStringLiteral("C_GetSlotList"), rv);
        ids.resize(count);
        return QList<CK_SLOT_ID>(ids.begin(), ids.end());
    }
    return Error::fromRv(QStringLiteral("C_GetSlotList"), CKR_BUFFER_TOO_SMALL,
                         tr("the slot list kept changing"));
}

Result<TokenInfo> Module::tokenInfo(CK_SLOT_ID slot) const {
    CK_TOKEN_INFO raw{};
    const CK_RV rv = P11_CALL(*this, C_GetTokenInfo, (CallTarget{slot, {}}), slot, &raw);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetTokenInfo"), rv, tr("slot %1").arg(slot));
    return toTokenInfo(raw);
}

Result<SlotInfo> Module::slotInfo(CK_SLOT_ID slot) const {
    CK_SLOT_INFO raw{};
    const CK_RV rv = P11_CALL(*this, C_GetSlotInfo, (CallTarget{slot, {}}), slot, &raw);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetSlotInfo"), rv, tr("slot %1").arg(slot));
    SlotInfo s;
    s.id = slot;
    s.raw = raw;
    s.description = names::paddedText(raw.slotDescription, sizeof raw.slotDescription);
    s.manufacturer = names::paddedText(raw.manufacturerID, sizeof raw.manufacturerID);
    s.flags = raw.flags;
    s.hardwareVersion = names::version(raw.hardwareVersion);
    s.firmwareVersion = names::version(raw.firmwareVersion);
    if (s.tokenPresent()) {
        // A token that vanishes or is unreadable between the two calls leaves the slot shown as empty.
        if (auto token = tokenInfo(slot))
            s.token = std::move(token).value();
    }
    return s;
}

Result<QList<SlotInfo>> Module::slotList() const {
    auto ids = slotIds(false);
    if (!ids)
        return ids.error();
    QList<SlotInfo> out;
    out.reserve(ids->size());
    for (CK_SLOT_ID id : *ids) {
        auto info = slotInfo(id);
        if (!info) {
            // A slot that disappeared since C_GetSlotList is simply gone now.
            if (info.error().rv == CKR_SLOT_ID_INVALID)
                continue;
            return info.error();
        }
        out.push_back(std::move(info).value());
    }
    return out;
}

Result<QList<MechanismInfo>> Module::mechanisms(CK_SLOT_ID slot) const {
    const CallTarget target{slot, {}};
    CK_ULONG count = 0;
    CK_RV rv = P11_CALL(*this, C_GetMechanismList, target, slot, nullptr, &count);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetMechanismList"), rv);
    std::vector<CK_MECHANISM_TYPE> types(count);
    rv = P11_CALL(*this, C_GetMechanismList, target, slot, types.data(), &count);
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_GetMechanismList"), rv);
    types.resize(count);
    QList<MechanismInfo> out;
    out.reserve(static_cast<qsizetype>(count));
    for (CK_MECHANISM_TYPE type : types) {
        MechanismInfo m;
        m.type = type;
        m.name = names::mechanism(type);
        CK_MECHANISM_INFO info{};
        rv = P11_CALL(*this, C_GetMechanismInfo, target, slot, type, &info);
        if (rv == CKR_OK) {
            m.minKeySize = info.ulMinKeySize;
            m.maxKeySize = info.ulMaxKeySize;
            m.flags = info.flags;
        } else if (rv != CKR_MECHANISM_INVALID) {
            return Error::fromRv(QStringLiteral("C_GetMechanismInfo"), rv, m.name);
        }
        out.push_back(std::move(m));
    }
    return out;
}

Result<std::optional<CK_SLOT_ID>> Module::pollSlotEvent() const {
    CK_SLOT_ID slot = 0;
    const CK_RV rv = P11_CALL(*this, C_WaitForSlotEvent, CallTarget{}, CKF_DONT_BLOCK, &slot, nullptr);
    if (rv == CKR_NO_EVENT)
        return std::optional<CK_SLOT_ID>{};
    if (rv != CKR_OK)
        return Error::fromRv(QStringLiteral("C_WaitForSlotEvent"), rv);
    return std::optional<CK_SLOT_ID>{slot};
}

} // namespace hsm
