// hsmwb chain: the chain of a certificate on a token, built from the certificates of every token of
// the module, files the user names and the system trust store, each link with its verification.
#include "CertChain.h"
#include "CertCollect.h"
#include "CertFile.h"
#include "CliOutput.h"
#include "Commands.h"
#include "Pkcs11Uri.h"
#include "TrustStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

/// Every --file value: the option may be repeated (the parser keeps only the last one, so the raw
/// command line is read) and each value may list several paths separated by commas.
QStringList filesOf(const Arguments& args) {
    QStringList values;
    const QStringList argv = QCoreApplication::arguments();
    for (qsizetype i = 1; i < argv.size(); ++i) {
        if (argv[i] == QLatin1String("--"))
            break;
        if (argv[i] == QLatin1String("--file") && i + 1 < argv.size())
            values << argv[++i];
        else if (argv[i].startsWith(QLatin1String("--file=")))
            values << argv[i].mid(7);
    }
    if (values.isEmpty() && args.isSet(QStringLiteral("file")))
        values << args.value(QStringLiteral("file"));
    QStringList paths;
    for (const QString& value : values)
        for (const QString& path : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            paths << path.trimmed();
    return paths;
}

/// The certificates of one token as chain candidates.
Result<QList<certcollect::TokenCertificate>> tokenCertificates(Session& session, const TokenInfo& token) {
    return certcollect::collectCertificates(session, token);
}

/// The one certificate SELECTOR names among `certificates`: a pkcs11: URI or an exact label.
Result<certcollect::TokenCertificate>
selectCertificate(const QList<certcollect::TokenCertificate>& certificates, const TokenInfo& token,
                  const QString& selector) {
    QList<certcollect::TokenCertificate> chosen;
    if (selector.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive)) {
        Result<UriMatcher> matcher = UriMatcher::parse(selector);
        if (!matcher)
            return matcher.error();
        if (!matcher->matchesToken(token))
            return Error::other(QStringLiteral("--cert"),
                                tr("The URI “%1” names another token than “%2”.").arg(selector, token.label),
                                tr("Drop the token part of the URI or select that token with --token."));
        for (const certcollect::TokenCertificate& c : certificates)
            if (matcher->matchesObject(c.summary))
                chosen << c;
    } else {
        const QByteArray label = selector.toUtf8();
        for (const certcollect::TokenCertificate& c : certificates)
            if (c.summary.labelBytes == label)
                chosen << c;
    }
    if (chosen.isEmpty())
        return Error::other(
            QStringLiteral("--cert"),
            tr("No certificate on token “%1” matches “%2”.").arg(token.label, selector),
            tr("Check the label or URI with: hsmwb objects (private certificates need --pin)."));
    if (chosen.size() > 1)
        return Error::other(QStringLiteral("--cert"),
                            tr("“%1” matches %2 certificates on token “%3”.")
                                .arg(selector)
                                .arg(chosen.size())
                                .arg(token.label),
                            tr("Use a pkcs11: URI with id= to name one of them."));
    return chosen.first();
}

/// Candidates from every other initialised token of the module, read without a login.
Result<QList<chain::Candidate>> otherTokens(const SelectedToken& selected) {
    Result<QList<SlotInfo>> slotInfos = selected.module->slotList();
    if (!slotInfos)
        return slotInfos.error();
    QList<chain::Candidate> out;
    for (const SlotInfo& slot : *slotInfos) {
        if (slot.id == selected.slot.id || !slot.token || !slot.token->has(CKF_TOKEN_INITIALIZED))
            continue;
        Result<Session> session = Session::open(selected.module, slot.id, false);
        if (!session)
            return session.error();
        Result<QList<certcollect::TokenCertificate>> certificates = tokenCertificates(*session, *slot.token);
        if (!certificates)
            return certificates.error();
        for (const certcollect::TokenCertificate& c : *certificates)
            out << chain::Candidate{c.der, chain::Source::token(slot.token->label), false};
    }
    return out;
}

Result<QList<chain::Candidate>> fileCandidates(const QStringList& paths) {
    QList<chain::Candidate> out;
    for (const QString& path : paths) {
        Result<certfile::ParsedFile> parsed = certfile::readFile(path);
        if (!parsed)
            return parsed.error();
        for (const QByteArray& der : parsed->certificates)
            out << chain::Candidate{der, chain::Source::file(path), false};
    }
    return out;
}

/// One line on stderr, so --json output stays parseable.
void writeWarning(const QString& text) {
    const QByteArray line = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

QString mark(bool ok) {
    return ok ? QStringLiteral("✓") : QStringLiteral("✗");
}

QString chainText(const chain::Chain& c) {
    QString out;
    const QStringList names{tr("signature"), tr("validity"), tr("CA"), tr("path length"), tr("key usage")};
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("   %1 %2\n").arg(name.leftJustified(12), value);
    };
    for (qsizetype i = 0; i < c.links.size(); ++i) {
        const chain::Link& link = c.links[i];
        out += QStringLiteral("%1. %2 %3\n").arg(i + 1).arg(mark(link.ok()), link.subject);
        if (link.missing) {
            for (const QString& problem : link.problems)
                out += QStringLiteral("   %1\n").arg(problem);
            continue;
        }
        out += row(tr("issuer"), link.issuer);
        out += row(tr("serial"), link.serialHex);
        out += row(tr("valid"),
                   tr("%1 to %2").arg(chain::dateText(link.notBefore), chain::dateText(link.notAfter)));
        QString source = link.source.text();
        if (link.selfSigned)
            source += link.trustAnchor ? tr(" (self-signed, a system trust anchor)") : tr(" (self-signed)");
        out += row(tr("source"), source);
        const QList<const chain::Check*> checks = link.checks();
        for (qsizetype k = 0; k < checks.size(); ++k)
            out += row(names[k],
                       QStringLiteral("%1 %2").arg(checks[k]->stateName().leftJustified(6), checks[k]->text));
        for (const QString& problem : link.problems)
            out += row(tr("problem"), problem);
    }
    out += QLatin1Char('\n') + c.summary() + QLatin1Char('\n');
    return out;
}

QJsonArray chainJson(const chain::Chain& c) {
    QJsonArray out;
    const QStringList keys{QStringLiteral("signature"), QStringLiteral("validity"), QStringLiteral("ca"),
                           QStringLiteral("pathLength"), QStringLiteral("keyUsage")};
    for (const chain::Link& link : c.links) {
        QJsonObject json;
        json[QStringLiteral("subject")] = link.subject;
        json[QStringLiteral("issuer")] = link.issuer;
        json[QStringLiteral("serial")] = link.serialHex;
        json[QStringLiteral("notBefore")] =
            link.notBefore.isValid() ? link.notBefore.toString(Qt::ISODate) : QString();
        json[QStringLiteral("notAfter")] =
            link.notAfter.isValid() ? link.notAfter.toString(Qt::ISODate) : QString();
        json[QStringLiteral("source")] = link.missing ? QString() : link.source.text();
        QJsonObject checks;
        QJsonObject details;
        const QList<const chain::Check*> linkChecks = link.checks();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            checks[keys[k]] = linkChecks[k]->stateName();
            details[keys[k]] = linkChecks[k]->text;
        }
        json[QStringLiteral("checks")] = checks;
        json[QStringLiteral("details")] = details;
        json[QStringLiteral("ok")] = link.ok();
        json[QStringLiteral("problems")] = QJsonArray::fromStringList(link.problems);
        json[QStringLiteral("selfSigned")] = link.selfSigned;
        json[QStringLiteral("trustAnchor")] = link.trustAnchor;
        json[QStringLiteral("missing")] = link.missing;
        out << json;
    }
    return out;
}

int runChain(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    // Files first: a wrong path fails before any module is touched.
    Result<QList<chain::Candidate>> files = fileCandidates(filesOf(args));
    if (!files)
        return fail(files.error());
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected)
        return fail(selected.error());
    const TokenInfo& token = *selected->slot.token;
    const bool loggedIn = pin->has_value();
    Result<Session> session = openSession(selected.value(), false, pin.value(), args.confirmedFinalTry);
    if (!session)
        return fail(session.error());
    Result<QList<certcollect::TokenCertificate>> own = tokenCertificates(*session, token);
    if (!own)
        return fail(own.error());
    Result<certcollect::TokenCertificate> leaf =
        selectCertificate(*own, token, args.value(QStringLiteral("cert")));
    if (!leaf)
        return fail(leaf.error());

    QList<chain::Candidate> pool;
    for (const certcollect::TokenCertificate& c : *own)
        pool << chain::Candidate{c.der, chain::Source::token(token.label), false};
    if (loggedIn)
        (void)session->logout();
    Result<QList<chain::Candidate>> others = otherTokens(selected.value());
    if (!others)
        return fail(others.error());
    pool << *others << *files;
    if (!args.isSet(QStringLiteral("no-system-trust"))) {
        Result<QList<truststore::TrustedCertificate>> trust = truststore::loadSystemCertificates();
        if (trust)
            pool << truststore::candidatesOf(*trust);
        else // the chain can still be built; only the anchor check is lost
            writeWarning(tr("Warning: the system trust store was not read: %1").arg(trust.error().text()));
    }

    const chain::Chain c = chain::build({leaf->der, chain::Source::token(token.label), false}, pool);
    if (args.json) {
        writeJson(chainJson(c));
    } else {
        writeStdout(tr("Chain of certificate “%1” on token “%2”:\n").arg(leaf->summary.label, token.label));
        writeStdout(chainText(c));
    }
    return c.ok() ? ExitOk : ExitFailure;
}

} // namespace

QList<CommandSpec> chainCommandSpecs() {
    return {
        {"chain",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Show a certificate's chain (leaf to root) from the certificates of every "
                           "token of the module, files and the system trust store, each link "
                           "verified. Exit code 0 only when every link is valid."),
         {options::module(),
          options::token(),
          options::pin(false),
          options::finalTry(),
          {"cert", "SELECTOR",
           QT_TRANSLATE_NOOP("hsm::cli", "The certificate: a pkcs11: URI (object=, id=) or its exact label."),
           true},
          {"file", "FILE",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "More candidate certificates from PEM, DER or PKCS#7 files (repeat the "
                             "option or separate paths with commas)."),
           false},
          {"no-system-trust", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli", "Do not read the system trust store (p11-kit's trust module)."),
           false},
          options::json()},
         &runChain},
    };
}

} // namespace hsm::cli
