// hsmwb csr, sign-csr and selfsign: certificate requests and certificates signed with keys that stay
// on the token. Everything the user typed is checked before the module is touched; output files are
// written whole or not at all (QSaveFile).
#include "CertIssue.h"
#include "CertRequest.h"
#include "CertStore.h"
#include "CertificateInfo.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "Pkcs11Uri.h"
#include "TokenSigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <cstdio>
#include <functional>

namespace hsm::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("hsm::cli", text);
}

constexpr qint64 kMaxCsrFile = 1024 * 1024;

int fail(const Error& error) {
    writeError(error);
    return ExitFailure;
}

int usage(const Error& error) {
    writeError(error);
    return ExitUsage;
}

void warn(const QString& text) {
    const QByteArray bytes = (QStringLiteral("hsmwb: warning: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

Error optionError(const QString& option, const QString& message, const QString& hint = {}) {
    return Error::other(QStringLiteral("--") + option, message, hint);
}

// ---- Option values, parsed before the module is touched --------------------------------------

/// The options every signing command may have; filled by parseCommon.
struct CommonOptions {
    std::optional<certs::DistinguishedName> subject;
    QList<certs::AltName> altNames;
    QStringList extendedKeyUsages;
    unsigned keyUsage = 0;
    int days = 0;
    std::optional<int> pathLength;
};

Result<int> positiveNumber(const Arguments& args, const QString& option, int minimum) {
    bool ok = false;
    const int value = args.value(option).toInt(&ok);
    if (!ok || value < minimum)
        return optionError(
            option,
            tr("\u201c%1\u201d is not a whole number of at least %2.").arg(args.value(option)).arg(minimum));
    return value;
}

Result<CommonOptions> parseCommon(const Arguments& args) {
    CommonOptions parsed;
    if (args.isSet(QStringLiteral("subject"))) {
        Result<certs::DistinguishedName> subject = certs::parseName(args.value(QStringLiteral("subject")));
        if (!subject)
            return subject.error();
        if (const QStringList problems = certs::validateName(*subject); !problems.isEmpty())
            return optionError(QStringLiteral("subject"), problems.join(QLatin1Char(' ')),
                               tr("Correct the subject; nothing was signed."));
        parsed.subject = *subject;
    }
    if (args.isSet(QStringLiteral("san"))) {
        Result<QList<certs::AltName>> names = certs::parseAltNames(args.value(QStringLiteral("san")));
        if (!names)
            return names.error();
        if (const QStringList problems = certs::validateAltNames(*names); !problems.isEmpty())
            return optionError(QStringLiteral("san"), problems.join(QLatin1Char(' ')));
        parsed.altNames = *names;
    }
    if (args.isSet(QStringLiteral("eku"))) {
        Result<QStringList> usages = certs::parseExtendedKeyUsages(args.value(QStringLiteral("eku")));
        if (!usages)
            return usages.error();
        parsed.extendedKeyUsages = *usages;
    }
    if (args.isSet(QStringLiteral("key-usage"))) {
        Result<unsigned> usage = certs::parseKeyUsage(args.value(QStringLiteral("key-usage")));
        if (!usage)
            return usage.error();
        parsed.keyUsage = *usage;
    }
    if (args.isSet(QStringLiteral("days"))) {
        Result<int> days = positiveNumber(args, QStringLiteral("days"), 1);
        if (!days)
            return days.error();
        parsed.days = *days;
    }
    if (args.isSet(QStringLiteral("pathlen"))) {
        if (!args.isSet(QStringLiteral("ca")))
            return optionError(QStringLiteral("pathlen"),
                               tr("A path length applies only to CA certificates."),
                               tr("Add --ca or leave --pathlen out."));
        Result<int> pathLength = positiveNumber(args, QStringLiteral("pathlen"), 0);
        if (!pathLength)
            return pathLength.error();
        parsed.pathLength = *pathLength;
    }
    return parsed;
}

// ---- The token: session, listing, selectors ---------------------------------------------------

struct OpenedToken {
    SelectedToken selected;
    std::optional<Session> session;
    QList<ObjectSummary> objects;
    [[nodiscard]] const TokenInfo& token() const { return *selected.slot.token; }
};

Result<void> openToken(const Arguments& args, std::optional<SecureBuffer>& pin, bool readWrite,
                       OpenedToken& out) {
    Result<SelectedToken> selected = selectTokenOf(args);
    if (!selected) {
        if (pin)
            pin->clear();
        return selected.error();
    }
    out.selected = std::move(selected).value();
    Result<Session> session = openSession(out.selected, readWrite, pin, args.confirmedFinalTry);
    if (!session)
        return session.error();
    out.session.emplace(std::move(session).value());
    Result<QList<ObjectSummary>> all = listAllObjects(*out.session, out.token());
    if (!all)
        return all.error();
    out.objects = *all;
    for (ObjectSummary& object : out.objects)
        if (object.uri.isEmpty())
            object.uri = uri::forObject(out.token(), object);
    return {};
}

/// The objects SELECTOR names: a pkcs11: URI matched with p11-kit, otherwise an exact label.
Result<QList<ObjectSummary>> matchSelector(const OpenedToken& opened, const QString& option,
                                           const QString& selector) {
    QList<ObjectSummary> chosen;
    if (selector.startsWith(QLatin1String("pkcs11:"), Qt::CaseInsensitive)) {
        Result<UriMatcher> matcher = UriMatcher::parse(selector);
        if (!matcher)
            return matcher.error();
        if (!matcher->hasObjectAttributes())
            return optionError(
                option,
                tr("The URI \u201c%1\u201d names no object (no object=, id= or type=).").arg(selector),
                tr("Add object=LABEL or id=%01%02 to the URI."));
        if (!matcher->matchesToken(opened.token()))
            return optionError(option,
                               tr("The URI \u201c%1\u201d names another token than \u201c%2\u201d.")
                                   .arg(selector, opened.token().label),
                               tr("Drop the token part of the URI or select that token with --token."));
        for (const ObjectSummary& object : opened.objects)
            if (matcher->matchesObject(object))
                chosen << object;
    } else {
        const QByteArray label = selector.toUtf8();
        for (const ObjectSummary& object : opened.objects)
            if (object.labelBytes == label)
                chosen << object;
    }
    if (chosen.isEmpty())
        return optionError(option,
                           tr("No object on token \u201c%1\u201d matches \u201c%2\u201d.")
                               .arg(opened.token().label, selector),
                           tr("Check the label or URI with: hsmwb objects --pin ..."));
    return chosen;
}

/// The one object of `cls` that SELECTOR names, directly or through a selected object's CKA_ID
/// (so the label of a key pair selects its private key, or its certificate).
Result<ObjectSummary> selectObject(const OpenedToken& opened, const Arguments& args, const QString& option,
                                   CK_OBJECT_CLASS cls) {
    const QString selector = args.value(option);
    Result<QList<ObjectSummary>> matched = matchSelector(opened, option, selector);
    if (!matched)
        return matched.error();
    QList<ObjectSummary> found;
    for (const ObjectSummary& object : *matched)
        if (object.objectClass == cls)
            found << object;
    if (found.isEmpty()) {
        QSet<QByteArray> ids;
        for (const ObjectSummary& object : *matched)
            if (!object.id.isEmpty())
                ids.insert(object.id);
        for (const ObjectSummary& object : opened.objects)
            if (object.objectClass == cls && ids.contains(object.id))
                found << object;
    }
    const QString kind = cls == CKO_PRIVATE_KEY ? tr("private key") : tr("certificate");
    if (found.isEmpty())
        return optionError(
            option, tr("\u201c%1\u201d selects no %2 (nor an object sharing a %2's ID).").arg(selector, kind),
            cls == CKO_PRIVATE_KEY ? tr("Private keys are visible only after logging in (--pin).")
                                   : tr("Store the CA certificate on the token first (hsmwb import)."));
    if (found.size() > 1)
        return optionError(
            option,
            tr("\u201c%1\u201d selects %2 objects of kind %3.").arg(selector).arg(found.size()).arg(kind),
            tr("Use a pkcs11: URI with id= to choose one."));
    return found.first();
}

Result<signing::TokenKey> openKey(OpenedToken& opened, const Arguments& args, const QString& option,
                                  signing::Algorithm& algorithm) {
    Result<ObjectSummary> object = selectObject(opened, args, option, CKO_PRIVATE_KEY);
    if (!object)
        return object.error();
    Result<signing::TokenKey> key = signing::TokenKey::open(*opened.session, opened.token(), *object);
    if (!key)
        return key.error();
    Result<signing::Algorithm> chosen = signing::algorithmFor(
        key->facts(), args.value(QStringLiteral("hash")), args.isSet(QStringLiteral("pss")));
    if (!chosen)
        return chosen.error();
    if (const QString why = signing::whyUnsupported(key->facts(), key->mechanisms(), *chosen); !why.isEmpty())
        return Error::other(QStringLiteral("C_SignInit"), why,
                            tr("Choose another --hash (or leave --pss out); see hsmwb mechanisms."));
    algorithm = *chosen;
    return key;
}

// ---- Output -----------------------------------------------------------------------------------

/// Writes `data` to `path` atomically; `beforeCommit` runs with the file written but not yet in
/// place, so a failure there (storing on the token) leaves no file behind.
Result<void> writeOutput(const QString& path, const QByteArray& data,
                         const std::function<Result<void>()>& beforeCommit = {}) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return Error::other(QStringLiteral("QSaveFile::write"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()),
                            tr("Check that the folder exists and is writable."));
    if (beforeCommit)
        if (Result<void> ok = beforeCommit(); !ok) {
            file.cancelWriting();
            return ok;
        }
    if (!file.commit())
        return Error::other(QStringLiteral("QSaveFile::commit"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()),
                            tr("Check that the folder is writable and has space."));
    return {};
}

QByteArray encoded(const Arguments& args, const QByteArray& der, bool request) {
    if (args.isSet(QStringLiteral("der")))
        return der;
    return request ? certs::requestToPem(der) : certs::certificateToPem(der);
}

/// Stores `der` on the opened token (--store) and says what happened.
Result<void> storeOnToken(OpenedToken& opened, const QByteArray& der, QString& report) {
    Result<certstore::StoredCertificate> stored =
        certstore::storeCertificate(*opened.session, opened.token(), der);
    if (!stored)
        return stored.error();
    if (stored->alreadyPresent)
        report = tr("  Stored:    already on the token as %1\n").arg(stored->object.uri);
    else if (stored->pairedWith)
        report = tr("  Stored:    %1 (beside its key, ID %2)\n")
                     .arg(stored->object.uri, QString::fromLatin1(stored->pairedWith->id.toHex()));
    else
        report = tr("  Stored:    %1 (no matching key on the token)\n").arg(stored->object.uri);
    return {};
}

QString certificateReport(const QString& title, const QByteArray& der, const signing::Algorithm& algorithm,
                          const QString& path) {
    const x509::CertificateSummary summary =
        x509::decodeCertificate(der).value_or(x509::CertificateSummary{});
    return title + QLatin1Char('\n') + tr("  Subject:   %1\n").arg(summary.subject) +
           tr("  Issuer:    %1\n").arg(summary.issuer) + tr("  Serial:    %1\n").arg(summary.serialHex) +
           tr("  Validity:  %1 to %2\n")
               .arg(summary.notBefore.toString(Qt::ISODate), summary.notAfter.toString(Qt::ISODate)) +
           tr("  Algorithm: %1\n").arg(signing::algorithmName(algorithm)) + tr("  File:      %1\n").arg(path);
}

void logout(OpenedToken& opened) {
    if (opened.session)
        (void)opened.session->logout();
}

// ---- Commands -----------------------------------------------------------------------------------

int runCsr(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    Result<CommonOptions> parsed = parseCommon(args);
    if (!parsed)
        return usage(parsed.error());
    OpenedToken opened;
    if (Result<void> ok = openToken(args, *pin, false, opened); !ok)
        return fail(ok.error());
    certs::RequestSpec spec;
    Result<signing::TokenKey> key = openKey(opened, args, QStringLiteral("key"), spec.algorithm);
    if (!key)
        return fail(key.error());
    spec.subject = *parsed->subject;
    spec.altNames = parsed->altNames;
    spec.keyUsage = parsed->keyUsage;
    spec.extendedKeyUsages = parsed->extendedKeyUsages;
    Result<QByteArray> der = certs::createRequest(*key, spec);
    logout(opened);
    if (!der)
        return fail(der.error());
    const QString path = args.value(QStringLiteral("out"));
    if (Result<void> written = writeOutput(path, encoded(args, *der, true)); !written)
        return fail(written.error());
    Result<certs::RequestInfo> info = certs::readRequest(*der);
    writeStdout(
        tr("Certificate request written\n") + tr("  Subject:   %1\n").arg(certs::formatName(spec.subject)) +
        (spec.altNames.isEmpty() ? QString()
                                 : tr("  SAN:       %1\n").arg(certs::formatAltNames(spec.altNames))) +
        tr("  Key:       %1 (%2)\n").arg(key->object().label, info ? info->keyDescription : QString()) +
        tr("  Algorithm: %1\n").arg(signing::algorithmName(spec.algorithm)) +
        tr("  File:      %1\n").arg(path));
    return ExitOk;
}

int runSignCsr(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    Result<CommonOptions> parsed = parseCommon(args);
    if (!parsed)
        return usage(parsed.error());
    // The CSR before the token: a file that is not one fails without a login.
    const QString csrPath = args.value(QStringLiteral("csr"));
    const QFileInfo csrInfo(csrPath);
    if (csrInfo.exists() && csrInfo.size() > kMaxCsrFile)
        return fail(
            optionError(QStringLiteral("csr"),
                        tr("%1 is %2 bytes; a certificate request is never larger than 1 MiB, so it was not "
                           "read.")
                            .arg(csrPath)
                            .arg(csrInfo.size())));
    QFile csrFile(csrPath);
    if (!csrFile.open(QIODevice::ReadOnly))
        return fail(
            optionError(QStringLiteral("csr"), tr("Cannot read %1: %2").arg(csrPath, csrFile.errorString())));
    Result<certs::RequestInfo> request = certs::readRequest(csrFile.read(kMaxCsrFile + 1));
    if (!request)
        return fail(request.error());
    if (!request->signatureValid)
        return fail(
            Error::other(QStringLiteral("X509_REQ_verify"),
                         tr("The request's signature does not verify: %1").arg(request->signatureProblem),
                         tr("The request was altered or made with another key; ask for a new one. Nothing "
                            "was signed.")));

    const bool store = args.isSet(QStringLiteral("store"));
    OpenedToken opened;
    if (Result<void> ok = openToken(args, *pin, store, opened); !ok)
        return fail(ok.error());
    certs::IssueSpec spec;
    Result<signing::TokenKey> caKey = openKey(opened, args, QStringLiteral("ca-key"), spec.algorithm);
    if (!caKey)
        return fail(caKey.error());
    Result<ObjectSummary> caObject = selectObject(opened, args, QStringLiteral("ca-cert"), CKO_CERTIFICATE);
    if (!caObject)
        return fail(caObject.error());
    Result<std::optional<QByteArray>> caCert =
        objects::readAttribute(*opened.session, caObject->handle, CKA_VALUE);
    if (!caCert)
        return fail(caCert.error());
    if (!caCert->has_value())
        return fail(Error::other(QStringLiteral("C_GetAttributeValue"),
                                 tr("The CA certificate object has no CKA_VALUE."),
                                 tr("Choose another certificate.")));
    const bool force = args.isSet(QStringLiteral("force"));
    const certs::CaCheck check = certs::checkIssuer(**caCert, caKey->facts());
    if (force && check.errors.isEmpty())
        for (const QString& warning : check.warnings)
            warn(tr("%1 Issuing anyway (--force).").arg(warning));

    spec.days = parsed->days;
    spec.isCa = args.isSet(QStringLiteral("ca"));
    spec.pathLength = parsed->pathLength;
    spec.keyUsage = parsed->keyUsage;
    spec.extendedKeyUsages = parsed->extendedKeyUsages;
    if (args.isSet(QStringLiteral("copy-extensions")))
        for (const certs::RequestInfo::Extension& extension : request->requestedExtensions)
            spec.copyExtensions << extension.oid;
    // issueCertificate skips the requested extensions the issuer sets itself (see IssueSpec).
    Result<QByteArray> issued = certs::issueCertificate(*caKey, **caCert, *request, spec, force);
    if (!issued) {
        logout(opened);
        return fail(issued.error());
    }
    const QString path = args.value(QStringLiteral("out"));
    QString storedReport;
    Result<void> written = writeOutput(path, encoded(args, *issued, false), [&]() -> Result<void> {
        return store ? storeOnToken(opened, *issued, storedReport) : Result<void>();
    });
    logout(opened);
    if (!written)
        return fail(written.error());
    writeStdout(certificateReport(tr("Certificate issued"), *issued, spec.algorithm, path) + storedReport);
    return ExitOk;
}

int runSelfsign(const Arguments& args) {
    Result<std::optional<SecureBuffer>> pin = readPinOption(args);
    if (!pin)
        return fail(pin.error());
    Result<CommonOptions> parsed = parseCommon(args);
    if (!parsed)
        return usage(parsed.error());
    const bool store = args.isSet(QStringLiteral("store"));
    OpenedToken opened;
    if (Result<void> ok = openToken(args, *pin, store, opened); !ok)
        return fail(ok.error());
    certs::IssueSpec spec;
    Result<signing::TokenKey> key = openKey(opened, args, QStringLiteral("key"), spec.algorithm);
    if (!key)
        return fail(key.error());
    spec.days = parsed->days;
    spec.isCa = args.isSet(QStringLiteral("ca"));
    spec.pathLength = parsed->pathLength;
    spec.keyUsage = parsed->keyUsage;
    spec.extendedKeyUsages = parsed->extendedKeyUsages;
    Result<QByteArray> made = certs::selfSign(*key, *parsed->subject, spec);
    if (!made) {
        logout(opened);
        return fail(made.error());
    }
    const QString path = args.value(QStringLiteral("out"));
    QString storedReport;
    Result<void> written = writeOutput(path, encoded(args, *made, false), [&]() -> Result<void> {
        return store ? storeOnToken(opened, *made, storedReport) : Result<void>();
    });
    logout(opened);
    if (!written)
        return fail(written.error());
    writeStdout(certificateReport(spec.isCa ? tr("Self-signed CA certificate made")
                                            : tr("Self-signed certificate made"),
                                  *made, spec.algorithm, path) +
                storedReport);
    return ExitOk;
}

OptionSpec keySelector(const char* name, const char* description) {
    return {name, "SELECTOR", description, true};
}

} // namespace

QList<CommandSpec> certCommandSpecs() {
    const OptionSpec hash{"hash", "HASH",
                          QT_TRANSLATE_NOOP("hsm::cli",
                                            "sha256, sha384 or sha512 (default: the key's strength; "
                                            "none for Ed25519)."),
                          false};
    const OptionSpec pss{"pss", nullptr,
                         QT_TRANSLATE_NOOP("hsm::cli", "Sign with RSA-PSS (RSA keys; needs CKM_RSA_X_509)."),
                         false};
    const OptionSpec eku{"eku", "USAGES",
                         QT_TRANSLATE_NOOP("hsm::cli",
                                           "Extended key usages: serverAuth, clientAuth, codeSigning, "
                                           "emailProtection, timeStamping, OCSPSigning or dotted OIDs."),
                         false};
    const OptionSpec keyUsage{"key-usage", "USAGES",
                              QT_TRANSLATE_NOOP("hsm::cli",
                                                "Key usages: digitalSignature, nonRepudiation, "
                                                "keyEncipherment, dataEncipherment, keyAgreement, "
                                                "keyCertSign, cRLSign."),
                              false};
    const OptionSpec der{"der", nullptr, QT_TRANSLATE_NOOP("hsm::cli", "Write DER instead of PEM."), false};
    const OptionSpec out{
        "out", "FILE",
        QT_TRANSLATE_NOOP("hsm::cli", "Output file (replaced whole, never left half-written)."), true};
    const OptionSpec days{"days", "N", QT_TRANSLATE_NOOP("hsm::cli", "Validity in days from now."), true};
    const OptionSpec ca{"ca", nullptr,
                        QT_TRANSLATE_NOOP("hsm::cli",
                                          "A CA certificate: basicConstraints CA:TRUE, keyCertSign and "
                                          "cRLSign unless --key-usage says otherwise."),
                        false};
    const OptionSpec pathlen{"pathlen", "N",
                             QT_TRANSLATE_NOOP("hsm::cli", "Path length constraint (with --ca)."), false};
    const OptionSpec store{"store", nullptr,
                           QT_TRANSLATE_NOOP("hsm::cli",
                                             "Also store the certificate on the same token, beside its "
                                             "key when the key is there."),
                           false};
    const OptionSpec subject{"subject", "DN",
                             QT_TRANSLATE_NOOP("hsm::cli",
                                               "Subject as /C=GB/O=Example/CN=host or CN=host,O=Example,C=GB "
                                               "(UTF-8 kept exactly)."),
                             true};
    return {
        {"csr",
         QT_TRANSLATE_NOOP("hsm::cli", "Make a certificate signing request signed by a key on the token."),
         {options::module(),
          options::token(),
          options::pin(true),
          options::finalTry(),
          keySelector("key", QT_TRANSLATE_NOOP("hsm::cli",
                                               "The private key (pkcs11: URI, or the label of the key or "
                                               "its pair).")),
          subject,
          {"san", "NAMES",
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Subject alternative names: DNS:a.example,IP:10.0.0.1,email:x@y,URI:..."),
           false},
          eku,
          keyUsage,
          hash,
          pss,
          out,
          der},
         &runCsr},
        {"sign-csr",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Issue a certificate for a CSR with a CA key and certificate on the token."),
         {options::module(),
          options::token(),
          options::pin(true),
          options::finalTry(),
          keySelector("ca-key",
                      QT_TRANSLATE_NOOP("hsm::cli", "The CA's private key (pkcs11: URI or label).")),
          keySelector(
              "ca-cert",
              QT_TRANSLATE_NOOP("hsm::cli", "The CA's certificate on the token (pkcs11: URI or label).")),
          {"csr", "FILE",
           QT_TRANSLATE_NOOP("hsm::cli", "The certificate request, PEM or DER (at most 1 MiB)."), true},
          days,
          ca,
          pathlen,
          eku,
          keyUsage,
          {"copy-extensions", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Copy the request's extensions (alternative names and others; never basic "
                             "constraints or key identifiers, nor usages given here)."),
           false},
          {"force", nullptr,
           QT_TRANSLATE_NOOP("hsm::cli",
                             "Issue despite warnings about the CA certificate (expired, not yet valid, no "
                             "keyCertSign)."),
           false},
          hash,
          pss,
          out,
          der,
          store},
         &runSignCsr},
        {"selfsign",
         QT_TRANSLATE_NOOP("hsm::cli",
                           "Make a self-signed certificate (e.g. a CA root) with a key on the token."),
         {options::module(), options::token(), options::pin(true), options::finalTry(),
          keySelector("key", QT_TRANSLATE_NOOP("hsm::cli",
                                               "The private key (pkcs11: URI, or the label of the key or "
                                               "its pair).")),
          subject, days, ca, pathlen, eku, keyUsage, hash, pss, out, der, store},
         &runSelfsign},
    };
}

} // namespace hsm::cli
