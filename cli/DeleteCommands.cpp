// hsmwb delete: destroys the objects a pkcs11: URI or a label selects, after showing them and
// asking (or --yes). Nothing is deleted when the selection, the token or the login is not right.
#include "CliOutput.h"
#include "Commands.h"
#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "Pkcs11Uri.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

/// The objects SELECTOR names: a pkcs11: URI matched with p11-kit, otherwise an exact label.
Result<QList<ObjectSummary>> selectObjects(const QList<ObjectSummary>& all, const TokenInfo& token,
                                           const QString& selector, bool loggedIn) {
    QList<ObjectSummary> chosen;
    if (selector.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive)) {
        Result<UriMatcher> matcher = UriMatcher::parse(selector);
        if (!matcher)
            return matcher.error();
        // A URI without object attributes would match every object on the token.
        if (!matcher->hasObjectAttributes())
            return Error::other(QStringLiteral("--object"),
                                tr("The URI “%1” names no object (no object=, id= or type=); it would select "
                                   "every object on the token.")
                                    .arg(selector),
                                tr("Add object=LABEL, id=%01%02 or type=private to the URI."));
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
    if (chosen.isEmpty())
        return Error::other(QStringLiteral("--object"),
                            tr("No object on token “%1” matches “%2”.").arg(token.label, selector),
                            loggedIn ? tr("Check the label or URI with: hsmwb objects --pin ...")
                                     : tr("Private objects are visible only after logging in."));
    return chosen;
}

QString planTable(const QList<ObjectSummary>& objects) {
    Table table({tr("CLASS"), tr("LABEL"), tr("ID"), tr("URI")});
    for (const ObjectSummary& object : objects)
        table.addRow({names::objectClass(object.objectClass), object.label,
                      QString::fromLatin1(object.id.toHex()), object.uri});
    return table.render();
}

/// Asks on the terminal; anything but y/yes is a no.
bool confirm(qsizetype count) {
    const QByteArray prompt = tr("Delete %1 object(s)? [y/N] ").arg(count).toUtf8();
    std::fwrite(prompt.constData(), 1, static_cast<std::size_t>(prompt.size()), stderr);
    std::fflush(stderr);
    char line[64] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr)
        return false;
    const QString answer = QString::fromUtf8(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

int runDelete(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected)
        return fail(selected.error());
    const TokenInfo& token = *selected->slot.token;
    const QString operation = tr("Deleting objects");
    // Refused before the session or the login: a write-protected token cannot lose anything.
    if (token.has(CKF_WRITE_PROTECTED)) {
        if (pin.value())
            pin.value()->clear();
        return fail(Error::other(
            operation, tr("The token “%1” is write-protected (CKF_WRITE_PROTECTED).").arg(token.label),
            tr("Nothing was deleted.")));
    }
    const bool loggedIn = pin->has_value();
    Result<Session> session = openSession(selected.value(), true, pin.value(), args.confirmedFinalTry);
    if (!session)
        return fail(session.error());
    if (Result<void> writable = objects::checkWritable(*session, token, operation); !writable)
        return fail(writable.error());

    Result<QList<ObjectSummary>> all = listAllObjects(*session, token);
    if (!all)
        return fail(all.error());
    for (ObjectSummary& object : *all)
        if (object.uri.isEmpty())
            object.uri = uri::forObject(token, object);
    Result<QList<ObjectSummary>> chosen =
        selectObjects(*all, token, args.value(QStringLiteral("object")), loggedIn);
    if (!chosen)
        return fail(chosen.error());
    QList<ObjectSummary> targets = *chosen;

    Result<QList<ObjectSummary>> related = objects::findRelatedAll(*session, token, targets);
    if (!related)
        return fail(related.error());
    const bool withRelated = args.isSet(QStringLiteral("with-related"));
    if (withRelated)
        targets << *related;
    if (Result<void> login = objects::checkLoginFor(*session, targets, operation); !login)
        return fail(login.error());

    if (!args.json) {
        writeStdout(tr("Will delete %1 object(s) from token “%2”:\n").arg(targets.size()).arg(token.label));
        writeStdout(planTable(targets));
        if (!withRelated && !related->isEmpty()) {
            QStringList kept;
            for (const ObjectSummary& r : *related)
                kept << objects::describe(r);
            writeStdout(tr("Kept (same ID as a private key; add --with-related to delete them too): %1\n")
                            .arg(kept.join(QStringLiteral("; "))));
        }
    }

    if (!args.isSet(QStringLiteral("yes"))) {
        if (isatty(STDIN_FILENO) == 0)
            return fail(Error::other(operation,
                                     tr("Refusing to delete without confirmation: standard input is not a "
                                        "terminal."),
                                     tr("Add --yes to delete without asking. Nothing was deleted.")));
        if (!confirm(targets.size())) {
            writeStdout(tr("Nothing was deleted.\n"));
            return ExitFailure;
        }
    }

    const objects::DeleteReport report = objects::deleteObjects(*session, targets);
    if (args.json) {
        QJsonArray out;
        for (const ObjectSummary& object : report.deleted) {
            QJsonObject json = objectsJson({object}).first().toObject();
            json[QStringLiteral("deleted")] = true;
            out << json;
        }
        for (const auto& [object, error] : report.failed) {
            QJsonObject json = objectsJson({object}).first().toObject();
            json[QStringLiteral("deleted")] = false;
            json[QStringLiteral("error")] = error.text();
            out << json;
        }
        writeJson(out);
    } else {
        for (const ObjectSummary& object : report.deleted)
            writeStdout(tr("Deleted %1\n").arg(objects::describe(object)));
    }
    if (loggedIn)
        (void)session->logout();
    if (!report.complete())
        return fail(report.summaryError());
    return ExitOk;
}

} // namespace

QList<CommandSpec> deleteCommandSpecs() {
    return {
        {"delete",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Delete the objects a pkcs11: URI or a label selects, after confirmation."),
         {options::module(),
          options::token(),
          options::pin(true),
          options::finalTry(),
          {"object", "SELECTOR",
           QT_TRANSLATE_NOOP("hsm::cli", "A pkcs11: URI (object=, id=, type=) or an object's exact label."),
           true},
          {"yes", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Delete without asking (required when standard input is not a terminal)."),
           false},
          {"with-related", nullptr,
           QT_TRANSLATE_NOOP(
               "hsm::cli",
               "Also delete the public keys and certificates sharing a selected private key's ID."),
           false},
          options::json()},
         &runDelete},
    };
}

} // namespace hsm::cli
