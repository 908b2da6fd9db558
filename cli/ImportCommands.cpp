// hsmwb import: a certificate file (PEM, DER, PKCS#7, PKCS#12) onto a token, paired with its key.
// hsmwb export: a certificate or public key from a token to a PEM or DER file.
#include "CertFile.h"
#include "CertImport.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ObjectAdmin.h"
#include "ObjectExport.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

QJsonObject storedJson(const certstore::StoredCertificate& stored) {
    QJsonObject json = objectsJson({stored.object}).first().toObject();
    json[QStringLiteral("alreadyPresent")] = stored.alreadyPresent;
    if (stored.pairedWith) {
        json[QStringLiteral("pairedWithLabel")] = stored.pairedWith->label;
        json[QStringLiteral("pairedWithId")] = QString::fromLatin1(stored.pairedWith->id.toHex());
    } else {
        json[QStringLiteral("pairedWithLabel")] = QJsonValue::Null;
    }
    return json;
}

int runImport(const Arguments& args) {
    // Secrets and the file first: a bad source or a bad file fails before the module is touched.
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    Result<std::optional<SecureBuffer>> password = readPinOption(args, QStringLiteral("password"));
    if (!password) {
        if (*pin)
            pin.value()->clear();
        return fail(password.error());
    }
    Result<certfile::ParsedFile> file =
        certfile::readFile(args.value(QStringLiteral("file")), password->has_value() ? &**password : nullptr);
    if (password.value())
        password.value()->clear();
    if (!file) {
        if (*pin)
            pin.value()->clear();
        return fail(file.error());
    }

    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected)
        return fail(selected.error());
    const TokenInfo& token = *selected->slot.token;
    Result<Session> session = openSession(selected.value(), true, pin.value(), args.confirmedFinalTry);
    if (!session)
        return fail(session.error());
    Result<certimport::ImportReport> report =
        certimport::importFile(*session, token, *file, args.value(QStringLiteral("label")));
    (void)session->logout();
    if (!report)
        return fail(report.error());
    if (args.json) {
        QJsonArray out;
        if (report->createdKey)
            for (const ObjectSummary& key : {report->createdKey->privateKey, report->createdKey->publicKey}) {
                QJsonObject json = objectsJson({key}).first().toObject();
                json[QStringLiteral("alreadyPresent")] = false;
                out << json;
            }
        for (const certstore::StoredCertificate& stored : report->certificates)
            out << storedJson(stored);
        writeJson(out);
    } else {
        writeStdout(report->text() + QLatin1Char('\n'));
    }
    return ExitOk;
}

/// The object SELECTOR names: a pkcs11: URI or an exact label. Several matches: the certificate if
/// exactly one is among them, else a key pair's public key; otherwise the user must pick.
Result<ObjectSummary> selectExported(const QList<ObjectSummary>& all, const TokenInfo& token,
                                     const QString& selector, bool loggedIn) {
    QList<ObjectSummary> chosen;
    if (selector.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive)) {
        Result<UriMatcher> matcher = UriMatcher::parse(selector);
        if (!matcher)
            return matcher.error();
        if (!matcher->hasObjectAttributes())
            return Error::other(QStringLiteral("--object"),
                                tr("The URI “%1” names no object (no object=, id= or type=).").arg(selector),
                                tr("Add object=LABEL, id=%01%02 or type=cert to the URI."));
        if (!matcher->matchesToken(token))
            return Error::other(QStringLiteral("--object"),
                                tr("The URI “%1” names another token than “%2”.").arg(selector, token.label),
                                tr("Drop the token part of the URI or select that token with --token."));
        for (const ObjectSummary& object : all)
            if (matcher->matchesObject(object))
                chosen << object;
    } else {
        const QByteArray label = selector.toUtf8();
        for (const ObjectSummary& object : all)
            if (object.labelBytes == label)
                chosen << object;
    }
    // Only what can be exported: certificates and keys with a public half.
    QList<ObjectSummary> exportable;
    for (const ObjectSummary& object : chosen)
        if (exporting::kindOf(object) == exporting::Kind::Certificate ||
            exporting::kindOf(object) == exporting::Kind::PublicKey)
            exportable << object;
    if (exportable.isEmpty())
        return Error::other(
            QStringLiteral("--object"),
            chosen.isEmpty()
                ? tr("No object on token “%1” matches “%2”.").arg(token.label, selector)
                : tr("“%1” names no certificate or public key on token “%2”.").arg(selector, token.label),
            loggedIn ? tr("Check the label or URI with: hsmwb objects --pin ...")
                     : tr("Private objects are visible only after logging in (--pin)."));
    if (exportable.size() == 1)
        return exportable.first();
    QList<ObjectSummary> certificates, publicKeys;
    for (const ObjectSummary& object : exportable) {
        if (object.objectClass == CKO_CERTIFICATE)
            certificates << object;
        else if (object.objectClass == CKO_PUBLIC_KEY)
            publicKeys << object;
    }
    if (certificates.size() == 1)
        return certificates.first();
    if (certificates.isEmpty() && publicKeys.size() == 1)
        return publicKeys.first();
    QStringList candidates;
    for (const ObjectSummary& object : exportable)
        candidates << QStringLiteral("  %1  %2").arg(objects::describe(object), object.uri);
    return Error::other(
        QStringLiteral("--object"),
        tr("“%1” names %2 objects:\n%3").arg(selector).arg(exportable.size()).arg(candidates.join('\n')),
        tr("Pass one of these URIs with --object."));
}

int runExport(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    const bool loggedIn = pin->has_value();
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected)
        return fail(selected.error());
    const TokenInfo& token = *selected->slot.token;
    Result<Session> session = openSession(selected.value(), false, pin.value(), args.confirmedFinalTry);
    if (!session)
        return fail(session.error());
    Result<QList<ObjectSummary>> all = listAllObjects(*session, token);
    if (!all)
        return fail(all.error());
    for (ObjectSummary& object : *all)
        if (object.uri.isEmpty())
            object.uri = uri::forObject(token, object);
    Result<ObjectSummary> object =
        selectExported(*all, token, args.value(QStringLiteral("object")), loggedIn);
    if (!object)
        return fail(object.error());
    Result<exporting::Payload> payload = exporting::fetch(*session, token, *object);
    if (loggedIn)
        (void)session->logout();
    if (!payload)
        return fail(payload.error());
    const bool der = args.isSet(QStringLiteral("der"));
    Result<QByteArray> bytes =
        exporting::encode(*payload, der ? exporting::Format::Der : exporting::Format::Pem);
    if (!bytes)
        return fail(bytes.error());

    const QString path = args.value(QStringLiteral("out"));
    // QSaveFile renames on commit: a failure leaves no half-written file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        return fail(Error::other(QStringLiteral("QSaveFile"),
                                 tr("“%1” could not be written: %2").arg(path, out.errorString()),
                                 tr("Check the folder exists and is writable.")));
    if (args.json) {
        QJsonObject json = objectsJson({*object}).first().toObject();
        json[QStringLiteral("file")] = path;
        json[QStringLiteral("format")] = der ? QStringLiteral("DER") : QStringLiteral("PEM");
        writeJson({json});
    } else {
        writeStdout(tr("Wrote %1 to %2 (%3, from %4).\n")
                        .arg(objects::describe(*object), path,
                             der ? QStringLiteral("DER") : QStringLiteral("PEM"), payload->source));
    }
    return ExitOk;
}

} // namespace

QList<CommandSpec> importCommandSpecs() {
    return {
        {"import",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Import certificates (PEM, DER, PKCS#7) or a PKCS#12 certificate and key "
                           "onto a token, paired with the matching key."),
         {options::module(),
          options::token(),
          options::pin(true),
          options::finalTry(),
          {"file", "FILE", QT_TRANSLATE_NOOP("hsm::cli", "The certificate file (at most 4 MiB)."), true},
          {"label", "LABEL",
           QT_TRANSLATE_NOOP("hsm::cli", "Label of the key and its certificate (default: the file's friendly "
                                         "name, the matching key's label or the subject CN)."),
           false},
          {"password", "SOURCE",
           QT_TRANSLATE_NOOP("hsm::cli", "PKCS#12 password from env:NAME, file:PATH or - (stdin)."), false},
          options::json()},
         &runImport},
        {"export",
         QT_TRANSLATE_NOOP("hsm::cli", "Export a certificate or public key to a PEM (default) or DER file."),
         {options::module(),
          options::token(),
          options::pin(false),
          options::finalTry(),
          {"object", "SELECTOR",
           QT_TRANSLATE_NOOP("hsm::cli", "A pkcs11: URI or an exact label; a label naming a key pair and its "
                                         "certificate selects the certificate."),
           true},
          {"out", "FILE", QT_TRANSLATE_NOOP("hsm::cli", "Where to write it."), true},
          {"der", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Write DER instead of PEM."), false},
          options::json()},
         &runExport},
    };
}

} // namespace hsm::cli
