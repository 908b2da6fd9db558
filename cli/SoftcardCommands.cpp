// hsmwb softcard list|create|delete|verify: softcards through the SoftHSM2, nShield Web Services
// (softcardtool) or generic provider.
#include "CliOutput.h"
#include "Commands.h"
#include "SoftcardProvider.h"
#include "SoftcardSoftHsm2Provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

OptionSpec providerOption() {
    return {"provider", "PROVIDER",
            QT_TRANSLATE_NOOP("hsm::cli", "softhsm2, nshield (softcardtool) or generic (C_InitToken)."),
            true};
}
OptionSpec moduleOption() {
    return {"module", "MODULE",
            QT_TRANSLATE_NOOP("hsm::cli", "Module for softhsm2 (default: p11-kit's softhsm2) and generic."),
            false};
}
OptionSpec toolOption() {
    return {
        "tool", "PATH",
        QT_TRANSLATE_NOOP(
            "hsm::cli", "softcardtool for nshield (default /opt/nfast/webservices/pkcs11/bin/softcardtool)."),
        false};
}
OptionSpec timeoutOption() {
    return {"timeout", "SECONDS",
            QT_TRANSLATE_NOOP("hsm::cli", "Stop a tool that runs longer than this (default 60)."), false};
}

/// The provider the options choose, with its module loaded when it needs one.
struct Chosen {
    SoftcardProviderKind kind;
    std::unique_ptr<SoftcardProvider> provider;
};

Result<Chosen> chooseProvider(const Arguments& args) {
    const QString id = args.value(QStringLiteral("provider"));
    const auto kind = softcardProviderFromId(id);
    if (!kind)
        return Error::other(QStringLiteral("--provider"), tr("unknown softcard provider “%1”").arg(id),
                            tr("use softhsm2, nshield or generic."));
    SoftcardProviderOptions options;
    options.toolPath = args.value(QStringLiteral("tool"));
    if (args.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = args.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return Error::other(QStringLiteral("--timeout"), tr("--timeout takes 0.1 to 3600 seconds"));
        options.timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (*kind != SoftcardProviderKind::NShield) {
        QString module = args.module;
        if (module.isEmpty()) {
            if (*kind == SoftcardProviderKind::Generic)
                return Error::other(QStringLiteral("--module"), tr("the generic provider needs --module"));
            module = QStringLiteral("softhsm2");
        }
        auto loaded = loadModule(module);
        if (!loaded) {
            // SoftHSM2 fails C_Initialize on a missing token folder: name the configuration instead.
            if (*kind == SoftcardProviderKind::SoftHsm2) {
                auto config = resolveSoftHsmConfig();
                if (!config)
                    return config.error();
                if (auto writable = checkSoftHsmConfigWritable(*config); !writable)
                    return writable.error();
            }
            return loaded.error();
        }
        options.module = std::move(loaded).value();
    }
    return Chosen{*kind, makeSoftcardProvider(*kind, options)};
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

QString keysText(const Softcard& card) {
    return card.keyCount < 0 ? QStringLiteral("-") : QString::number(card.keyCount);
}

/// The chosen provider and the softcards it lists now.
struct Listed {
    Chosen chosen;
    QList<Softcard> cards;
};

Result<Listed> listSoftcards(const Arguments& args) {
    auto chosen = chooseProvider(args);
    if (!chosen)
        return chosen.error();
    auto cards = chosen->provider->list();
    if (!cards)
        return cards.error();
    return Listed{std::move(chosen).value(), std::move(cards).value()};
}

int runSoftcardList(const Arguments& args) {
    auto listed = listSoftcards(args);
    if (!listed)
        return fail(listed.error());
    const QList<Softcard>& cards = listed->cards;
    if (args.json) {
        QJsonArray array;
        for (const Softcard& card : cards) {
            QJsonObject o{{QStringLiteral("id"), card.id},
                          {QStringLiteral("name"), card.name},
                          {QStringLiteral("state"), card.state}};
            if (!card.serial.isEmpty())
                o.insert(QStringLiteral("serial"), card.serial);
            if (card.slot)
                o.insert(QStringLiteral("slot"), QJsonValue(static_cast<qint64>(*card.slot)));
            if (card.keyCount >= 0)
                o.insert(QStringLiteral("keys"), card.keyCount);
            array.append(o);
        }
        writeJson(array);
        return ExitOk;
    }
    Table table({tr("ID"), tr("Name"), tr("Slot"), tr("Keys"), tr("State")});
    for (const Softcard& card : cards)
        table.addRow({card.id, card.name, card.slot ? QString::number(*card.slot) : QStringLiteral("-"),
                      keysText(card), card.state});
    writeStdout(table.render());
    return ExitOk;
}

int runSoftcardCreate(const Arguments& args) {
    // PINs first, so a bad source fails before anything is loaded or run.
    auto pin = readPinOption(args, QStringLiteral("pin"));
    if (!pin)
        return fail(pin.error());
    auto soPin = readPinOption(args, QStringLiteral("so-pin"));
    if (!soPin)
        return fail(soPin.error());
    const auto kind = softcardProviderFromId(args.value(QStringLiteral("provider")));
    if (kind == SoftcardProviderKind::NShield && soPin->has_value())
        return fail(Error::other(QStringLiteral("--so-pin"),
                                 tr("nShield softcards have a passphrase only; give it with --pin")));
    if (kind && kind != SoftcardProviderKind::NShield && !soPin->has_value())
        return fail(Error::other(QStringLiteral("--so-pin"),
                                 tr("a token softcard needs --so-pin SOURCE as well as --pin SOURCE")));
    auto chosen = chooseProvider(args);
    if (!chosen)
        return fail(chosen.error());
    SoftcardCreateRequest request;
    request.name = args.value(QStringLiteral("name"));
    request.pin = &**pin;
    request.soPin = soPin->has_value() ? &**soPin : nullptr;
    auto created = chosen->provider->create(request);
    (*pin)->clear();
    if (soPin->has_value())
        (*soPin)->clear();
    if (!created)
        return fail(created.error());
    if (args.json) {
        writeJson(QJsonArray{QJsonObject{{QStringLiteral("id"), created->id},
                                         {QStringLiteral("name"), created->name},
                                         {QStringLiteral("serial"), created->serial}}});
    } else {
        writeStdout(tr("Created softcard “%1” (ID %2).").arg(created->name, created->id) + QLatin1Char('\n'));
    }
    return ExitOk;
}

bool confirmOnTerminal(const QString& question) {
    std::fputs(qPrintable(question + QLatin1Char(' ') + tr("Type yes to continue: ")), stderr);
    char answer[16] = {};
    if (std::fgets(answer, sizeof answer, stdin) == nullptr)
        return false;
    return QByteArray(answer).trimmed() == "yes";
}

int runSoftcardDelete(const Arguments& args) {
    const QString serial = args.value(QStringLiteral("serial"));
    const QString id = args.value(QStringLiteral("id"));
    if (serial.isEmpty() == id.isEmpty()) {
        writeUsageError(
            tr("hsmwb softcard delete needs --serial SERIAL (token softcards) or --id ID (nshield)."));
        return ExitUsage;
    }
    // The softcard as listed, so the confirmation can name it and an unknown one changes nothing.
    auto listed = listSoftcards(args);
    if (!listed)
        return fail(listed.error());
    const QString wanted = id.isEmpty() ? serial : id;
    const Softcard* card = nullptr;
    for (const Softcard& c : listed->cards)
        if (c.id == wanted || (!c.serial.isEmpty() && c.serial == wanted))
            card = &c;
    if (card == nullptr)
        return fail(Error::other(QStringLiteral("softcard delete"),
                                 tr("no softcard with ID or serial %1").arg(wanted),
                                 tr("list the softcards with hsmwb softcard list.")));
    const QString what = tr("Deleting softcard “%1” (%2) destroys it and every key and object on it.")
                             .arg(card->name, card->id);
    if (!args.isSet(QStringLiteral("yes"))) {
        if (::isatty(STDIN_FILENO) != 1)
            return fail(Error::other(QStringLiteral("softcard delete"), what + tr(" Nothing was changed."),
                                     tr("add --yes to delete it.")));
        if (!confirmOnTerminal(what))
            return fail(
                Error::other(QStringLiteral("softcard delete"), tr("not confirmed; nothing was changed")));
    }
    auto removed = listed->chosen.provider->remove(*card);
    if (!removed)
        return fail(removed.error());
    writeStdout(tr("Deleted softcard “%1” (%2).").arg(card->name, card->id) + QLatin1Char('\n'));
    return ExitOk;
}

int runSoftcardVerify(const Arguments& args) {
    auto chosen = chooseProvider(args);
    if (!chosen)
        return fail(chosen.error());
    auto report = chosen->provider->verify();
    if (!report)
        return fail(report.error());
    writeStdout(*report + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

QList<CommandSpec> softcardCommandSpecs() {
    return {
        {"softcard list",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "List softcards (SoftHSM2 tokens, nShield softcards, initialised tokens)."),
         {providerOption(), moduleOption(), toolOption(), timeoutOption(), options::json()},
         &runSoftcardList},
        {"softcard create",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Create a softcard: a token in the free slot (SO PIN and user PIN) or an "
                           "nShield softcard (its passphrase as --pin)."),
         {providerOption(),
          moduleOption(),
          toolOption(),
          timeoutOption(),
          {"name", "NAME", QT_TRANSLATE_NOOP("hsm::cli", "Softcard name / token label."), true},
          {"so-pin", "SOURCE", QT_TRANSLATE_NOOP("hsm::cli", "SO PIN of the new token (not for nshield)."),
           false},
          {"pin", "SOURCE", QT_TRANSLATE_NOOP("hsm::cli", "User PIN, or the passphrase for nshield."), true},
          options::json()},
         &runSoftcardCreate},
        {"softcard delete",
         QT_TRANSLATE_NOOP("hsm::cli", "Delete a softcard and everything on it (asks unless --yes)."),
         {providerOption(),
          moduleOption(),
          toolOption(),
          timeoutOption(),
          {"serial", "SERIAL", QT_TRANSLATE_NOOP("hsm::cli", "Serial of the token softcard (softhsm2)."),
           false},
          {"id", "ID", QT_TRANSLATE_NOOP("hsm::cli", "ID of the nShield softcard (see softcard list)."),
           false},
          {"yes", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Delete without asking."), false}},
         &runSoftcardDelete},
        {"softcard verify",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Check the connection to the nShield Web Services server (softcardtool -v1)."),
         {providerOption(), toolOption(), timeoutOption()},
         &runSoftcardVerify},
    };
}

} // namespace hsm::cli
