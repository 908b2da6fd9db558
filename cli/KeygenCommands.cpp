// hsmwb keygen: generates a key or key pair on a token, checked against the token's mechanisms and
// the vendor profile before anything is sent.
#include "CliOutput.h"
#include "Commands.h"
#include "KeyGenerator.h"
#include "KeySpec.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "VendorProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

void writeStderrLine(const QString& text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (QStringLiteral("hsmwb: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString profileIds() {
    QStringList ids;
    for (const keygen::VendorProfile* profile : keygen::profiles())
        ids << profile->id();
    return ids.join(QStringLiteral(", "));
}

/// Reports the profile's objections: warnings go to stderr, errors too and block. True when none block.
bool reportViolations(const keygen::VendorProfile& profile, const QList<keygen::RuleViolation>& violations) {
    bool blocked = false;
    for (const keygen::RuleViolation& v : violations) {
        const bool error = v.severity == keygen::RuleViolation::Severity::Error;
        blocked = blocked || error;
        writeStderrLine((error ? tr("profile %1: %2 Try: %3") : tr("warning: profile %1: %2 (%3)"))
                            .arg(profile.id(), v.message, v.hint));
    }
    return !blocked;
}

/// Whether a key with this label is already on the token (a warning, not an error: labels need not be
/// unique, but a second key with the same label is easy to confuse with the first).
bool labelInUse(Session& session, const TokenInfo& token, const QString& label) {
    Result<QList<ObjectSummary>> objects = listAllObjects(session, token);
    if (!objects)
        return false;
    for (const ObjectSummary& object : objects.value())
        if (object.label == label &&
            (object.objectClass == CKO_PRIVATE_KEY || object.objectClass == CKO_PUBLIC_KEY ||
             object.objectClass == CKO_SECRET_KEY))
            return true;
    return false;
}

void printResult(const keygen::GenerationResult& result, bool json) {
    if (json) {
        QJsonArray array;
        for (const keygen::CreatedObject& object : result.objects)
            array.append(QJsonObject{{QStringLiteral("uri"), object.uri},
                                     {QStringLiteral("class"), names::objectClass(object.objectClass)},
                                     {QStringLiteral("id"), QString::fromLatin1(result.id.toHex())}});
        writeJson(array);
        return;
    }
    QString text;
    for (const keygen::CreatedObject& object : result.objects)
        text += object.uri + QLatin1Char('\n');
    writeStdout(text);
}

int runKeygen(const Arguments& args) {
    // The PIN first, so a bad source fails before the module is touched.
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin) {
        writeError(pin.error());
        return ExitFailure;
    }
    Result<keygen::KeySpec> parsed = keygen::parseKeyType(args.value(QStringLiteral("type")));
    if (!parsed) {
        writeError(parsed.error());
        return ExitUsage;
    }
    std::optional<QByteArray> id;
    if (args.isSet(QStringLiteral("id"))) {
        Result<QByteArray> hex = keygen::parseHexId(args.value(QStringLiteral("id")));
        if (hex && hex->isEmpty())
            hex = Error::other(QStringLiteral("keygen"), tr("--id is empty."),
                               tr("Give the ID as hex digits, or leave --id out."));
        if (!hex) {
            writeError(hex.error());
            return ExitUsage;
        }
        id = hex.value();
    }
    const keygen::VendorProfile* chosen = nullptr;
    if (args.isSet(QStringLiteral("profile"))) {
        chosen = keygen::profileById(args.value(QStringLiteral("profile")));
        if (chosen == nullptr) {
            writeError(Error::other(QStringLiteral("keygen"),
                                    tr("Unknown profile \"%1\".").arg(args.value(QStringLiteral("profile"))),
                                    tr("Profiles: %1.").arg(profileIds())));
            return ExitUsage;
        }
    }

    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected) {
        writeError(selected.error());
        return ExitFailure;
    }
    const TokenInfo& token = *selected->slot.token;
    Result<QList<MechanismInfo>> mechanisms = selected->module->mechanisms(selected->slot.id);
    if (!mechanisms) {
        writeError(mechanisms.error());
        return ExitFailure;
    }
    const keygen::VendorProfile& profile =
        chosen != nullptr ? *chosen : keygen::profileFor(selected->module->info(), token);

    // Profile defaults first; then what the user typed, so the profile checks the user's values.
    keygen::KeySpec spec = parsed.value();
    profile.applyDefaults(spec);
    spec.label = args.value(QStringLiteral("label"));
    if (id)
        spec.id = *id;
    if (Result<void> ok = keygen::checkSupported(spec, mechanisms.value()); !ok) {
        writeError(ok.error());
        return ExitFailure;
    }
    const keygen::KeyTemplates templates = keygen::buildTemplates(spec, mechanisms.value());
    if (!reportViolations(profile, profile.check(spec, templates)))
        return ExitFailure;

    if (args.isSet(QStringLiteral("dry-run"))) {
        writeStdout(tr("Profile: %1 (%2)").arg(profile.displayName(), profile.id()) + QLatin1Char('\n') +
                    keygen::formatTemplates(templates));
        return ExitOk;
    }
    if (token.has(CKF_WRITE_PROTECTED)) {
        writeError(Error::fromRv(
            templates.isPair() ? QStringLiteral("C_GenerateKeyPair") : QStringLiteral("C_GenerateKey"),
            CKR_TOKEN_WRITE_PROTECTED, tr("the token is write-protected; nothing was sent")));
        return ExitFailure;
    }

    Result<Session> session = openSession(selected.value(), true, pin.value(), args.confirmedFinalTry);
    if (!session) {
        writeError(session.error());
        return ExitFailure;
    }
    if (labelInUse(session.value(), token, spec.label))
        writeStderrLine(
            tr("warning: a key labelled \"%1\" already exists on the token; generating another one.")
                .arg(spec.label));

    Result<keygen::GenerationResult> result = keygen::generate(session.value(), token, spec, templates);
    if (!result) {
        writeError(result.error());
        (void)session->logout();
        return ExitFailure;
    }
    printResult(result.value(), args.json);
    (void)session->logout();
    return ExitOk;
}

} // namespace

QList<CommandSpec> keygenCommandSpecs() {
    return {
        {"keygen",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Generate a key or key pair on a token and print the URIs of the new objects."),
         {options::module(),
          options::token(),
          options::pin(true),
          {"type", "TYPE",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "rsa:BITS, ec:P-256|P-384|P-521|<curve name>, ed25519, aes:BITS, "
                             "generic:BYTES, hmac-sha256:BYTES, hmac-sha384:BYTES or hmac-sha512:BYTES."),
           true},
          {"label", "LABEL", QT_TRANSLATE_NOOP("hsm::cli", "CKA_LABEL of the new key(s)."), true},
          {"id", "HEX",
           QT_TRANSLATE_NOOP("hsm::cli", "CKA_ID in hex (default for key pairs: SHA-1 of the public key)."),
           false},
          {"profile", "NAME",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Vendor profile whose rules are checked (default: chosen from the token): "
                             "nshield-wsop, nethsm, protectserver, opensc, softhsm2, generic."),
           false},
          options::finalTry(),
          {"dry-run", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli", "Print the templates that would be sent, and generate nothing."),
           false},
          options::json()},
         &runKeygen},
    };
}

} // namespace hsm::cli
