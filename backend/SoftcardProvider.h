#pragma once

#include "Result.h"
#include "SecureBuffer.h"
#include "Types.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace hsm {

class Module;

/// Softcards are virtual tokens. Where they live decides how they are made: SoftHSM2 tokens in its
/// token folder, nShield Web Services softcards on the server (through softcardtool), any other
/// module's uninitialised slot through C_InitToken.
enum class SoftcardProviderKind { SoftHsm2, NShield, Generic };

/// "softhsm2", "nshield", "generic": the names the CLI and the settings use.
[[nodiscard]] QString softcardProviderId(SoftcardProviderKind kind);
[[nodiscard]] std::optional<SoftcardProviderKind> softcardProviderFromId(const QString& id);
/// Shown to the user ("SoftHSM2", "nShield Web Services", "Generic PKCS#11").
[[nodiscard]] QString softcardProviderName(SoftcardProviderKind kind);
/// The provider a module most likely wants: SoftHSM2 by manufacturer or file name, nShield Web
/// Services by its library file (libpkcs11webservices.so) or an nShield/Entrust/nCipher manufacturer.
[[nodiscard]] SoftcardProviderKind detectSoftcardProvider(const ModuleInfo& module);

/// One softcard as a provider lists it.
struct Softcard {
    QString id;                     ///< nShield: the softcard ID softcardtool prints; tokens: the serial
    QString name;                   ///< softcard name / token label
    QString serial;                 ///< token serial, when the softcard is a token of a loaded module
    std::optional<CK_SLOT_ID> slot; ///< the slot of that token (SoftHSM2 renumbers slots: display only)
    int keyCount = -1;              ///< -1: the provider does not know
    QString state;                  ///< "ready", "user PIN not set", ...
};

/// Why a provider failed, so the GUI and CLI can act on it (e.g. offer to delete the keys first).
enum class SoftcardProblem {
    None,
    Other,
    Pkcs11,            ///< a C_* call failed (Error::rv says which CK_RV)
    InvalidInput,      ///< refused before anything ran: name, passphrase, PIN length, ID
    ToolMissing,       ///< softcardtool / softhsm2-util not found or not executable
    ToolFailed,        ///< the tool exited with an error not recognised below
    ToolTimeout,       ///< the tool did not finish in time and was killed
    UnexpectedOutput,  ///< the tool succeeded but printed something we cannot read
    ServerUnreachable, ///< softcardtool could not reach the Web Services server
    UnknownSoftcard,   ///< no softcard with that ID / serial
    HasKeys,           ///< the softcard still holds keys: remove them first
    ConfigNotWritable, ///< SoftHSM2's configuration or token folder cannot be written
    NoFreeSlot,        ///< no uninitialised slot to make a token in
    NotSupported,      ///< the provider cannot do this (e.g. generic delete)
};

/// A Result that also says what kind of failure it is.
template <typename T> class [[nodiscard]] SoftcardResult : public Result<T> {
public:
    using Result<T>::Result;
    SoftcardResult(Result<T> result) : Result<T>(std::move(result)) {}
    SoftcardResult(Error error, SoftcardProblem problem) : Result<T>(std::move(error)), m_problem(problem) {}

    [[nodiscard]] SoftcardProblem problem() const {
        if (this->ok())
            return SoftcardProblem::None;
        if (m_problem == SoftcardProblem::Other && this->error().isPkcs11())
            return SoftcardProblem::Pkcs11;
        return m_problem;
    }

private:
    SoftcardProblem m_problem = SoftcardProblem::Other;
};

/// What a new softcard needs. The PINs stay owned by the caller (wiped there).
struct SoftcardCreateRequest {
    QString name;
    const SecureBuffer* soPin = nullptr; ///< tokens: the SO PIN; nShield: unused
    const SecureBuffer* pin = nullptr;   ///< tokens: the user PIN; nShield: the passphrase
};

/// What the create dialog checks before anything runs.
struct SoftcardLimits {
    bool needsSoPin = true;  ///< tokens: SO PIN + user PIN; nShield: passphrase only
    int maxNameLength = 32;  ///< bytes (UTF-8) of a token label; characters for nShield names
    int minSecretLength = 4; ///< PIN / passphrase length, from the free slot's token info
    int maxSecretLength = 255;
    bool restrictedCharset = false; ///< nShield: letters, digits, '-' and '_' only
};

/// Lists, creates and deletes softcards. Every method may block (module calls, a child process):
/// call them off the GUI thread. One call at a time per provider object.
class SoftcardProvider {
public:
    virtual ~SoftcardProvider() = default;

    [[nodiscard]] virtual SoftcardProviderKind kind() const = 0;
    /// Where the softcards live, for the view: the SoftHSM2 configuration used, the tool's path...
    [[nodiscard]] virtual QString location() const = 0;
    [[nodiscard]] virtual bool canDelete() const { return true; }
    [[nodiscard]] virtual bool canVerify() const { return false; }

    [[nodiscard]] virtual SoftcardResult<QList<Softcard>> list() = 0;
    /// Checks the request first (nothing runs when it is refused), then creates the softcard.
    [[nodiscard]] virtual SoftcardResult<Softcard> create(const SoftcardCreateRequest& request) = 0;
    [[nodiscard]] virtual SoftcardResult<void> remove(const Softcard& softcard) = 0;
    /// Checks the connection to where the softcards live; the text says what was found.
    [[nodiscard]] virtual SoftcardResult<QString> verify();
};

/// The rules the create dialog applies for `kind`; tokens take PIN limits from the first free slot.
[[nodiscard]] SoftcardLimits softcardLimits(SoftcardProviderKind kind, const QList<SlotInfo>& slotInfos);

/// The first slot with a present but uninitialised token, if any.
[[nodiscard]] std::optional<SlotInfo> firstFreeSlot(const QList<SlotInfo>& slotInfos);

/// Where each provider gets its settings; unused fields are ignored.
struct SoftcardProviderOptions {
    std::shared_ptr<Module> module; ///< SoftHSM2 and generic: the loaded module
    QString toolPath;               ///< nShield: softcardtool (default kDefaultSoftcardToolPath)
    QString softHsmConfig;          ///< SoftHSM2: empty = the one the module uses (SOFTHSM2_CONF...)
    QString softHsmUtil;            ///< SoftHSM2: empty = "softhsm2-util" from PATH
    int timeoutMs = 60000;          ///< a tool that takes longer is killed
};

inline constexpr const char* kDefaultSoftcardToolPath = "/opt/nfast/webservices/pkcs11/bin/softcardtool";

[[nodiscard]] std::unique_ptr<SoftcardProvider> makeSoftcardProvider(SoftcardProviderKind kind,
                                                                     const SoftcardProviderOptions& options);

} // namespace hsm
