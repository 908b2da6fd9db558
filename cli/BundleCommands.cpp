// hsmwb bundle-check: the client certificate bundle rules for network HSMs (seeds/000_*), checked on
// files; optionally writes the correctly ordered PEM. Exit 0 without errors, 1 with errors.
#include "CliOutput.h"
#include "ClientBundle.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

/// Reads the files the options name into `input`.
Result<void> readInputs(const Arguments& args, bundle::BundleInput& input) {
    const auto read = [&args](const char* option, bundle::InputFile& into) -> Result<void> {
        const QString path = args.value(QString::fromLatin1(option));
        if (path.isEmpty())
            return {};
        Result<bundle::InputFile> file = bundle::readInputFile(path);
        if (!file)
            return file.error();
        into = std::move(file).value();
        return {};
    };
    for (const auto& [option, file] :
         {std::pair<const char*, bundle::InputFile*>{"cert", &input.clientCertificate},
          {"bundle", &input.bundlePem},
          {"ca", &input.caBundle},
          {"pfx", &input.pfx}})
        if (Result<void> r = read(option, *file); !r)
            return r;
    if (const QString key = args.value(QStringLiteral("key")); !key.isEmpty()) {
        Result<SecureBuffer> data = bundle::readSecretFile(key);
        if (!data)
            return data.error();
        input.keyName = key;
        input.keyData = std::move(data).value();
    }
    return {};
}

QJsonObject findingJson(const bundle::Finding& finding) {
    QJsonObject json;
    json[QStringLiteral("rule")] = bundle::ruleId(finding.rule);
    json[QStringLiteral("severity")] =
        QString::fromLatin1(finding.severity == bundle::Severity::Ok        ? "ok"
                            : finding.severity == bundle::Severity::Warning ? "warning"
                            : finding.severity == bundle::Severity::Error   ? "error"
                                                                            : "not-checked");
    json[QStringLiteral("text")] = bundle::ruleText(finding.rule);
    json[QStringLiteral("details")] = QJsonArray::fromStringList(finding.details);
    json[QStringLiteral("action")] = finding.action;
    return json;
}

QJsonObject reportJson(const bundle::Report& report, const QString& written) {
    QJsonObject json;
    json[QStringLiteral("client")] = report.client.subject;
    QJsonArray chain;
    for (const bundle::CertificateLine& line : report.chain) {
        QJsonObject link;
        link[QStringLiteral("subject")] = line.subject;
        link[QStringLiteral("issuer")] = line.issuer;
        link[QStringLiteral("self_signed")] = line.selfSigned;
        chain << link;
    }
    json[QStringLiteral("chain")] = chain;
    QJsonArray findings;
    for (const bundle::Finding& finding : report.findings)
        findings << findingJson(finding);
    json[QStringLiteral("findings")] = findings;
    json[QStringLiteral("errors")] = report.count(bundle::Severity::Error);
    json[QStringLiteral("warnings")] = report.count(bundle::Severity::Warning);
    if (!written.isEmpty())
        json[QStringLiteral("ordered_pem")] = written;
    return json;
}

QString reportText(const bundle::Report& report) {
    QString text = tr("Client certificate: %1\n").arg(report.client.subject);
    QStringList chain;
    for (const bundle::CertificateLine& line : report.chain)
        chain << line.subject;
    text += tr("Chain: %1\n\n").arg(chain.join(QStringLiteral(" → ")));
    for (const bundle::Finding& finding : report.findings) {
        text += QStringLiteral("%1 %2 [%3]\n")
                    .arg(bundle::severityMark(finding.severity), bundle::ruleText(finding.rule),
                         bundle::severityName(finding.severity));
        for (const QString& detail : finding.details)
            text += QStringLiteral("    %1\n").arg(detail);
        if (!finding.action.isEmpty())
            text += QStringLiteral("    %1 %2\n").arg(tr("What to do:"), finding.action);
    }
    text += tr("\n%1 error(s), %2 warning(s).\n")
                .arg(report.count(bundle::Severity::Error))
                .arg(report.count(bundle::Severity::Warning));
    return text;
}

int runBundleCheck(const Arguments& args) {
    const bool hasPfx = args.isSet(QStringLiteral("pfx"));
    const bool hasPassword = args.pinSource(QStringLiteral("password")).has_value();
    if (hasPfx != hasPassword) {
        writeUsageError(hasPfx ? tr("--pfx needs --password SOURCE (the PFX's password).")
                               : tr("--password is the PFX's password: give --pfx FILE too."));
        return ExitUsage;
    }
    bundle::BundleInput input;
    // The password is read first, so a bad source fails before any file is read.
    Result<std::optional<SecureBuffer>> password = readPinOption(args, QStringLiteral("password"));
    if (!password)
        return fail(password.error());
    if (password->has_value())
        input.pfxPassword = std::move(**password);
    if (Result<void> read = readInputs(args, input); !read)
        return fail(read.error());

    Result<bundle::Report> report = bundle::check(input);
    if (!report)
        return fail(report.error());

    // The report first: a PEM that cannot be written does not hide what was found.
    const QString out = args.value(QStringLiteral("write-pem"));
    Result<QByteArray> pem = out.isEmpty() ? Result<QByteArray>(QByteArray()) : bundle::orderedPem(input);
    Result<void> written = !pem            ? Result<void>(pem.error())
                           : out.isEmpty() ? Result<void>()
                                           : bundle::writePem(out, *pem);
    const bool wrote = !out.isEmpty() && written.ok();
    if (args.json)
        writeStdout(QString::fromUtf8(
            QJsonDocument(reportJson(*report, wrote ? out : QString())).toJson(QJsonDocument::Indented)));
    else
        writeStdout(reportText(*report));
    if (!written)
        return fail(written.error());
    if (wrote && !args.json)
        writeStdout(tr("Wrote the ordered PEM (client certificate, then its intermediates, no root) to %1\n")
                        .arg(out));
    return report->hasErrors() ? ExitFailure : ExitOk;
}

} // namespace

QList<CommandSpec> bundleCommandSpecs() {
    return {
        {"bundle-check",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Check a client certificate bundle for a network HSM (nShield Web Services): "
                           "clientAuth usage, PEM file order, key, PFX, chain and dates."),
         {{"cert", "FILE", QT_TRANSLATE_NOOP("hsm::cli", "The client certificate (PEM or DER)."), true},
          {"key", "FILE",
           QT_TRANSLATE_NOOP("hsm::cli", "The client's private key file, compared with the certificate."),
           false},
          {"bundle", "FILE",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "The PEM file the client uses (client certificate and intermediates); "
                             "default: the --cert file."),
           false},
          {"ca", "FILE",
           QT_TRANSLATE_NOOP("hsm::cli", "The CA bundle: root(s) and intermediates the server trusts."),
           true},
          {"pfx", "FILE", QT_TRANSLATE_NOOP("hsm::cli", "The PFX (PKCS#12) for Windows."), false},
          {"password", "SOURCE",
           QT_TRANSLATE_NOOP("hsm::cli", "The PFX's password from env:NAME, file:PATH or - (stdin)."), false},
          {"write-pem", "OUT",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Write the correctly ordered PEM (client certificate, intermediates, no "
                             "root) to OUT."),
           false},
          options::json()},
         runBundleCheck},
    };
}

} // namespace hsm::cli
