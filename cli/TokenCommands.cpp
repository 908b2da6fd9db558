// hsmwb token init | change-pin | unblock | init-pin: token initialisation and PIN management.
#include "CliOutput.h"
#include "Commands.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "TokenAdmin.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace hsm::cli {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

void say(const QString& line) {
    writeStdout(line + QLatin1Char('\n'));
}

int usage(const QString& message) {
    writeUsageError(message);
    return ExitUsage;
}

/// The PINs of SOURCE options `names`, all read before the module is touched.
struct Pins {
    std::optional<SecureBuffer> pin, soPin, newPin;
};

Result<Pins> readPins(const Arguments& args) {
    Pins pins;
    const std::pair<const char*, std::optional<SecureBuffer>*> wanted[] = {
        {"pin", &pins.pin}, {"so-pin", &pins.soPin}, {"new-pin", &pins.newPin}};
    for (const auto& [name, target] : wanted) {
        auto read = readPinOption(args, QString::fromLatin1(name));
        if (!read)
            return read.error();
        *target = std::move(read).value();
    }
    return pins;
}

const SecureBuffer* ptr(const std::optional<SecureBuffer>& pin) {
    return pin ? &*pin : nullptr;
}

QString describe(const TokenInfo& token) {
    return tr("\"%1\" (serial %2)").arg(token.label, token.serial);
}

/// A read-write session, unless the token says it is write-protected: then read-only, so the backend
/// refuses the change with a clear message instead of C_OpenSession failing.
Result<Session> openFor(const SelectedToken& selected) {
    const bool writeProtected = selected.slot.token && selected.slot.token->has(CKF_WRITE_PROTECTED);
    return Session::open(selected.module, selected.slot.id, !writeProtected);
}

/// What a PIN command works on. The session is declared after the token whose module it uses.
struct PinCommandTarget {
    Pins pins;
    SelectedToken selected;
    Session session;
};

/// The PINs first (a bad source fails before the module is touched), then the token and a session.
Result<PinCommandTarget> openPinCommandTarget(const Arguments& args) {
    auto pins = readPins(args);
    if (!pins)
        return pins.error();
    auto selected = selectTokenOf(args);
    if (!selected)
        return selected.error();
    auto session = openFor(*selected);
    if (!session)
        return session.error();
    return PinCommandTarget{std::move(pins).value(), std::move(selected).value(), std::move(session).value()};
}

/// Asks on the terminal for the token's label. Only called when stdin is a terminal no PIN was read from.
bool confirmByTypingLabel(const TokenInfo& token) {
    std::fprintf(
        stderr, "%s",
        qPrintable(tr("Type the token's label (%1) to destroy everything on it: ").arg(token.label)));
    std::fflush(stderr);
    char line[256] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr)
        return false;
    QString typed = QString::fromUtf8(line);
    while (typed.endsWith(QLatin1Char('\n')) || typed.endsWith(QLatin1Char('\r')))
        typed.chop(1);
    return typed == token.label;
}

bool pinFromStandardInput(const Arguments& args) {
    for (const auto& source : std::as_const(args.pins))
        if (source.kind == PinSource::Kind::StandardInput)
            return true;
    return false;
}

int runTokenInit(const Arguments& args) {
    bool slotOk = false;
    const CK_SLOT_ID slotId = args.value(QStringLiteral("slot")).toULong(&slotOk, 0);
    if (!slotOk)
        return usage(tr("--slot needs a slot ID (a number; hsmwb slots lists them)."));
    const QString label = args.value(QStringLiteral("label"));
    if (auto r = tokenadmin::checkLabel(label); !r)
        return fail(r.error());
    auto pins = readPins(args);
    if (!pins)
        return fail(pins.error());

    auto module = loadModule(args.module);
    if (!module)
        return fail(module.error());
    auto slot = (*module)->slotInfo(slotId);
    if (!slot) {
        Error e = slot.error();
        if (e.rv == CKR_SLOT_ID_INVALID)
            e.hint = tr("use a slot ID that hsmwb slots --module %1 lists.").arg(args.module);
        return fail(e);
    }
    if (!slot->token)
        return fail(Error::other(QStringLiteral("C_InitToken"), tr("slot %1 holds no token").arg(slotId),
                                 tr("insert the token, or choose another slot.")));
    const TokenInfo& token = *slot->token;

    if (token.has(CKF_TOKEN_INITIALIZED)) {
        // Public objects are all a session without login can count; say so rather than under-report.
        QString objects = tr("an unknown number of objects");
        {
            auto session = Session::open(*module, slotId, false);
            if (session) {
                if (auto count = tokenadmin::countObjects(*session))
                    objects = (*count == 1 ? tr("1 public object") : tr("%1 public objects").arg(*count)) +
                              tr(" (private objects are not counted without logging in)");
            }
        } // closed again: C_InitToken needs every session of this process closed
        const QString what = tr("slot %1 holds the initialised token %2 with %3; initialising it destroys "
                                "everything on it")
                                 .arg(slotId)
                                 .arg(describe(token), objects);
        const bool canAsk = ::isatty(STDIN_FILENO) == 1 && !pinFromStandardInput(args);
        if (!args.isSet(QStringLiteral("yes"))) {
            if (!canAsk)
                return fail(Error::other(QStringLiteral("token init"), what + tr("; nothing was changed"),
                                         tr("add --yes to initialise it anyway.")));
            say(what + QLatin1Char('.'));
            if (!confirmByTypingLabel(token))
                return fail(Error::other(QStringLiteral("token init"),
                                         tr("the label typed does not match; nothing was changed")));
        }
    }

    auto result = tokenadmin::initToken(**module, *module, slotId, label, ptr(pins->soPin), ptr(pins->pin),
                                        args.confirmedFinalTry);
    if (!result)
        return fail(result.error());
    auto after = (*module)->tokenInfo(slotId);
    const QString serial = after ? after->serial : QString();
    say(pins->pin ? tr("Initialised the token in slot %1: label \"%2\", serial %3, user PIN set.")
                        .arg(slotId)
                        .arg(label, serial)
                  : tr("Initialised the token in slot %1: label \"%2\", serial %3 (no user PIN yet: "
                       "hsmwb token init-pin sets it).")
                        .arg(slotId)
                        .arg(label, serial));
    return ExitOk;
}

int runChangePin(const Arguments& args) {
    const bool so = args.isSet(QStringLiteral("so"));
    const QString oldOption = so ? QStringLiteral("so-pin") : QStringLiteral("pin");
    const QString otherOption = so ? QStringLiteral("pin") : QStringLiteral("so-pin");
    if (!args.pinSource(oldOption))
        return usage(so ? tr("hsmwb token change-pin --so needs --so-pin SOURCE (the current SO PIN).")
                        : tr("hsmwb token change-pin needs --pin SOURCE (the current user PIN), or --so with "
                             "--so-pin SOURCE."));
    if (args.pinSource(otherOption))
        return usage(so ? tr("--pin is not used with --so; the current SO PIN comes from --so-pin.")
                        : tr("--so-pin changes the SO PIN only with --so."));
    auto target = openPinCommandTarget(args);
    if (!target)
        return fail(target.error());
    const Pins& pins = target->pins;
    auto result =
        so ? tokenadmin::changeSoPin(target->session, ptr(pins.soPin), ptr(pins.newPin),
                                     args.confirmedFinalTry)
           : tokenadmin::changePin(target->session, ptr(pins.pin), ptr(pins.newPin), args.confirmedFinalTry);
    if (!result)
        return fail(result.error());
    const QString token = describe(*target->selected.slot.token);
    say(so ? tr("Changed the SO PIN of token %1.").arg(token)
           : tr("Changed the user PIN of token %1.").arg(token));
    return ExitOk;
}

/// unblock and init-pin: both log in as SO and set a new user PIN with C_InitPIN.
int runSetUserPinAsSo(const Arguments& args, bool unblock) {
    auto target = openPinCommandTarget(args);
    if (!target)
        return fail(target.error());
    auto result = tokenadmin::unblockUserPin(target->session, ptr(target->pins.soPin),
                                             ptr(target->pins.newPin), args.confirmedFinalTry);
    if (!result)
        return fail(result.error());
    const QString token = describe(*target->selected.slot.token);
    say(unblock ? tr("Unblocked the user PIN of token %1: it has the new PIN now.").arg(token)
                : tr("Set the user PIN of token %1.").arg(token));
    return ExitOk;
}

int runUnblock(const Arguments& args) {
    return runSetUserPinAsSo(args, true);
}

int runInitPin(const Arguments& args) {
    return runSetUserPinAsSo(args, false);
}

OptionSpec soPin(bool required) {
    return {
        "so-pin", "SOURCE",
        QT_TRANSLATE_NOOP("hsm::cli", "The security officer's PIN, from env:NAME, file:PATH or - (stdin)."),
        required};
}

OptionSpec newPin() {
    return {"new-pin", "SOURCE", QT_TRANSLATE_NOOP("hsm::cli", "The new PIN, from env:NAME, file:PATH or -."),
            true};
}
} // namespace

QList<CommandSpec> tokenCommandSpecs() {
    return {
        {"token init",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Initialise the token in a slot: destroys its objects, sets label and SO "
                           "PIN (and the user PIN with --pin)."),
         {options::module(),
          {"slot", "SLOT_ID", QT_TRANSLATE_NOOP("hsm::cli", "The slot's ID, as hsmwb slots lists it."), true},
          {"label", "LABEL", QT_TRANSLATE_NOOP("hsm::cli", "The new token label (at most 32 bytes UTF-8)."),
           true},
          soPin(true),
          {"pin", "SOURCE",
           QT_TRANSLATE_NOOP("hsm::cli", "Also set this user PIN (env:NAME, file:PATH or -)."), false},
          {"yes", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli", "Re-initialise an initialised token; without it its objects are "
                                         "listed and nothing is changed."),
           false},
          options::finalTry()},
         &runTokenInit},
        {"token change-pin",
         QT_TRANSLATE_NOOP("hsm::cli", "Change the user PIN (--pin), or the SO PIN (--so --so-pin)."),
         {options::module(),
          options::token(),
          options::pin(false),
          soPin(false),
          newPin(),
          {"so", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Change the SO PIN instead of the user PIN."), false},
          options::finalTry()},
         &runChangePin},
        {"token unblock",
         QT_TRANSLATE_NOOP("hsm::cli", "Unblock a locked user PIN: the SO sets a new one."),
         {options::module(), options::token(), soPin(true), newPin(), options::finalTry()},
         &runUnblock},
        {"token init-pin",
         QT_TRANSLATE_NOOP("hsm::cli", "Set the user PIN as security officer (C_InitPIN)."),
         {options::module(), options::token(), soPin(true), newPin(), options::finalTry()},
         &runInitPin},
    };
}

} // namespace hsm::cli
