// The client certificate bundle check (seeds/000_*) on a PKI made with the openssl command line:
// every rule passing and failing, the ordered PEM verified by `openssl verify`, and bad input.

#include "BundleTestSupport.h"
#include "ClientBundle.h"

#include <QTest>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace hsm;
using bundle::Rule;
using bundle::Severity;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The subjects of the PEM certificates in `pem`, in order, and whether each is self-signed.
QList<std::pair<QString, bool>> pemSubjects(const QByteArray& pem) {
    QList<std::pair<QString, bool>> result;
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        char buffer[256] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer, sizeof buffer);
        const bool selfSigned = X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) == 0 &&
                                X509_verify(cert, X509_get0_pubkey(cert)) == 1;
        result << std::pair(QString::fromUtf8(buffer), selfSigned);
        X509_free(cert);
    }
    BIO_free(bio);
    return result;
}

QString describe(const bundle::Report& report) {
    QString text;
    for (const bundle::Finding& f : report.findings)
        text += QStringLiteral("%1 %2: %3\n")
                    .arg(bundle::severityMark(f.severity), bundle::ruleId(f.rule),
                         f.details.join(QStringLiteral(" | ")));
    return text;
}

} // namespace

class TestClientBundle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void correctBundlePasses();
    void certificateFileIsThePemFile();
    void noExtendedKeyUsage();
    void serverAuthOnly();
    void rootIncluded();
    void wrongOrder();
    void missingIntermediate();
    void intermediateOnlyInCaBundle();
    void derFilesWarn();
    void keyNotMatching();
    void keyOnToken();
    void pfxSingleCertificate();
    void pfxWithChain();
    void pfxWrongPassword();
    void chainToAnotherRoot();
    void validityDates();
    void notCheckedWithoutInputs();
    void orderedPemVerifiesWithOpenssl();
    void orderedPemRefusesIncompleteChain();
    void writePemWritesNothingOnFailure();
    void badInput();

private:
    /// An input from files in the PKI folder (empty names are not given).
    bundle::BundleInput input(const QString& cert, const QString& key, const QString& bundlePem,
                              const QString& ca, const QString& pfx = {}, const QByteArray& password = {});
    bundle::Report run(const bundle::BundleInput& in);
    const bundle::Finding& finding(const bundle::Report& report, Rule rule);

    bundletest::TestPki m_pki;
};

void TestClientBundle::initTestCase() {
    QVERIFY(m_pki.isValid());
    QVERIFY2(m_pki.make(), qPrintable(m_pki.lastError()));
}

bundle::BundleInput TestClientBundle::input(const QString& cert, const QString& key, const QString& bundlePem,
                                            const QString& ca, const QString& pfx,
                                            const QByteArray& password) {
    bundle::BundleInput in;
    auto load = [this](const QString& name) {
        Result<bundle::InputFile> file = bundle::readInputFile(m_pki.path(name));
        if (!file)
            qFatal("%s", qPrintable(file.error().text()));
        return file.value();
    };
    if (!cert.isEmpty())
        in.clientCertificate = load(cert);
    if (!key.isEmpty()) {
        in.keyName = m_pki.path(key);
        Result<SecureBuffer> data = bundle::readSecretFile(in.keyName);
        if (!data)
            qFatal("%s", qPrintable(data.error().text()));
        in.keyData = std::move(data).value();
    }
    if (!bundlePem.isEmpty())
        in.bundlePem = load(bundlePem);
    if (!ca.isEmpty())
        in.caBundle = load(ca);
    if (!pfx.isEmpty()) {
        in.pfx = load(pfx);
        in.pfxPassword = SecureBuffer(password.constData(), static_cast<std::size_t>(password.size()));
    }
    return in;
}

bundle::Report TestClientBundle::run(const bundle::BundleInput& in) {
    Result<bundle::Report> report = bundle::check(in);
    if (!report)
        qFatal("check failed: %s", qPrintable(report.error().text()));
    return report.value();
}

const bundle::Finding& TestClientBundle::finding(const bundle::Report& report, Rule rule) {
    const bundle::Finding* f = report.finding(rule);
    if (f == nullptr)
        qFatal("no finding for %s", qPrintable(bundle::ruleId(rule)));
    return *f;
}

void TestClientBundle::correctBundlePasses() {
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                            QStringLiteral("bundle-good.pem"), QStringLiteral("root.pem"),
                                            QStringLiteral("single.pfx"), bundletest::kPfxPassword));
    QCOMPARE(report.findings.size(), 7);
    for (const bundle::Finding& f : report.findings)
        QVERIFY2(f.severity == Severity::Ok, qPrintable(describe(report)));
    QVERIFY(!report.hasErrors());
    // Non-ASCII names are kept exactly.
    QVERIFY2(report.client.subject.contains(bundletest::kClientName), qPrintable(report.client.subject));
    QCOMPARE(report.chain.size(), 3);
    QVERIFY(report.chain.last().selfSigned);
    QVERIFY(report.chain.last().subject.contains(bundletest::kRootName));
    QVERIFY(finding(report, Rule::ChainVerifies).details.join(QString()).contains(bundletest::kRootName));
    QVERIFY(finding(report, Rule::ClientAuthUsage)
                .details.join(QString())
                .contains(QStringLiteral("clientAuth")));
    for (const bundle::Finding& f : report.findings)
        QVERIFY(f.action.isEmpty());
}

void TestClientBundle::certificateFileIsThePemFile() {
    // Without a separate PEM file, the certificate file is the file the client uses.
    const bundle::Report good = run(input(QStringLiteral("bundle-good.pem"), QStringLiteral("client.key"), {},
                                          QStringLiteral("root.pem")));
    QVERIFY2(!good.hasErrors(), qPrintable(describe(good)));
    QVERIFY(good.client.subject.contains(bundletest::kClientName));
    // The client certificate alone lacks its intermediate.
    const bundle::Report alone =
        run(input(QStringLiteral("client.pem"), {}, {}, QStringLiteral("ca-with-int.pem")));
    const bundle::Finding& order = finding(alone, Rule::BundleOrder);
    QCOMPARE(order.severity, Severity::Error);
    QVERIFY2(order.details.join(QString()).contains(bundletest::kIntermediateName),
             qPrintable(describe(alone)));
}

void TestClientBundle::noExtendedKeyUsage() {
    const bundle::Report report = run(input(QStringLiteral("noeku.pem"), QStringLiteral("noeku.key"),
                                            QStringLiteral("noeku-bundle.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& usage = finding(report, Rule::ClientAuthUsage);
    QCOMPARE(usage.severity, Severity::Error);
    QVERIFY2(usage.details.join(QString()).contains(QStringLiteral("no extended key usage")),
             qPrintable(describe(report)));
    QVERIFY(usage.action.contains(QStringLiteral("clientAuth")));
    QVERIFY(report.hasErrors());
    // The other rules are unaffected.
    QCOMPARE(finding(report, Rule::BundleOrder).severity, Severity::Ok);
    QCOMPARE(finding(report, Rule::KeyMatch).severity, Severity::Ok);
    QCOMPARE(finding(report, Rule::ChainVerifies).severity, Severity::Ok);
}

void TestClientBundle::serverAuthOnly() {
    const bundle::Report report = run(input(QStringLiteral("server.pem"), QStringLiteral("server.key"),
                                            QStringLiteral("server-bundle.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& usage = finding(report, Rule::ClientAuthUsage);
    QCOMPARE(usage.severity, Severity::Error);
    const QString text = usage.details.join(QString());
    QVERIFY2(text.contains(QStringLiteral("serverAuth")) && text.contains(QStringLiteral("clientAuth")) &&
                 text.contains(QStringLiteral("missing")),
             qPrintable(text));
}

void TestClientBundle::rootIncluded() {
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                            QStringLiteral("bundle-root.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& order = finding(report, Rule::BundleOrder);
    QCOMPARE(order.severity, Severity::Error);
    const QString text = order.details.join(QString());
    QVERIFY2(text.contains(QStringLiteral("The root client certificate should not be included in this file")),
             qPrintable(text));
    QVERIFY(text.contains(bundletest::kRootName));
    QVERIFY(order.action.contains(QStringLiteral("--write-pem")));
    // The chain itself still verifies.
    QCOMPARE(finding(report, Rule::ChainVerifies).severity, Severity::Ok);
}

void TestClientBundle::wrongOrder() {
    const bundle::Report report =
        run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                  QStringLiteral("bundle-wrong-order.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& order = finding(report, Rule::BundleOrder);
    QCOMPARE(order.severity, Severity::Error);
    const QString text = order.details.join(QStringLiteral("\n"));
    QVERIFY2(text.contains(QStringLiteral("certificate 2 of 2")) &&
                 text.contains(QStringLiteral("must come first")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not in chain order")), qPrintable(text));
}

void TestClientBundle::missingIntermediate() {
    // Neither the PEM file nor the CA bundle holds the intermediate: its DN is named.
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                            QStringLiteral("client.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& order = finding(report, Rule::BundleOrder);
    QCOMPARE(order.severity, Severity::Error);
    QVERIFY2(order.details.join(QString()).contains(QStringLiteral("CN=") + bundletest::kIntermediateName),
             qPrintable(describe(report)));
    const bundle::Finding& chain = finding(report, Rule::ChainVerifies);
    QCOMPARE(chain.severity, Severity::Error);
    QVERIFY2(chain.details.join(QString()).contains(
                 QStringLiteral("X509_verify_cert: unable to get local issuer")),
             qPrintable(describe(report)));
}

void TestClientBundle::intermediateOnlyInCaBundle() {
    // The server would accept it (the CA bundle has the intermediate) but the file is still incomplete.
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                            QStringLiteral("client.pem"), QStringLiteral("ca-with-int.pem")));
    const bundle::Finding& order = finding(report, Rule::BundleOrder);
    QCOMPARE(order.severity, Severity::Error);
    const QString text = order.details.join(QString());
    QVERIFY2(text.contains(bundletest::kIntermediateName) &&
                 text.contains(QStringLiteral("missing from the file")),
             qPrintable(text));
    QCOMPARE(finding(report, Rule::ChainVerifies).severity, Severity::Ok);
}

void TestClientBundle::derFilesWarn() {
    const bundle::Report report = run(input(QStringLiteral("client.der"), QStringLiteral("client.key.der"),
                                            QStringLiteral("bundle-good.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& format = finding(report, Rule::PemFormat);
    QCOMPARE(format.severity, Severity::Warning);
    QCOMPARE(format.details.size(), 3); // two warnings first, then the PEM file's note
    QVERIFY2(format.details.at(0).contains(QStringLiteral("client.der")) &&
                 format.details.at(0).contains(QStringLiteral("DER")),
             qPrintable(describe(report)));
    QVERIFY(format.details.at(1).contains(QStringLiteral("client.key.der")));
    QVERIFY(!format.action.isEmpty());
    // A DER key is still compared; a DER certificate file is no error by itself.
    QCOMPARE(finding(report, Rule::KeyMatch).severity, Severity::Ok);
    QVERIFY2(!report.hasErrors(), qPrintable(describe(report)));
}

void TestClientBundle::keyNotMatching() {
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("server.key"),
                                            QStringLiteral("bundle-good.pem"), QStringLiteral("root.pem")));
    const bundle::Finding& key = finding(report, Rule::KeyMatch);
    QCOMPARE(key.severity, Severity::Error);
    QVERIFY2(key.details.join(QString()).contains(QStringLiteral("does not belong")),
             qPrintable(describe(report)));
    // Not a key at all.
    const bundle::Report notKey = run(input(QStringLiteral("client.pem"), QStringLiteral("root.pem"),
                                            QStringLiteral("bundle-good.pem"), QStringLiteral("root.pem")));
    QCOMPARE(finding(notKey, Rule::KeyMatch).severity, Severity::Error);
    QVERIFY(
        finding(notKey, Rule::KeyMatch).details.join(QString()).contains(QStringLiteral("no private key")));
}

void TestClientBundle::keyOnToken() {
    QVERIFY(m_pki.openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"),
                           QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                           QStringLiteral("-out"), QStringLiteral("client.spki")}));
    QVERIFY(m_pki.openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("server.key"),
                           QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                           QStringLiteral("-out"), QStringLiteral("server.spki")}));
    bundle::BundleInput in = input(QStringLiteral("client.der"), {}, QStringLiteral("bundle-good.pem"),
                                   QStringLiteral("root.pem"));
    in.clientCertificateFromToken = true;
    in.keyOnToken = true;
    in.tokenKeySpki = m_pki.read(QStringLiteral("client.spki"));
    bundle::Report report = run(in);
    QCOMPARE(finding(report, Rule::KeyMatch).severity, Severity::Ok);
    // From a token there is no certificate file whose format matters.
    QCOMPARE(finding(report, Rule::PemFormat).severity, Severity::Ok);
    in.tokenKeySpki = m_pki.read(QStringLiteral("server.spki"));
    report = run(in);
    QCOMPARE(finding(report, Rule::KeyMatch).severity, Severity::Error);
    in.tokenKeySpki.clear();
    report = run(in);
    QCOMPARE(finding(report, Rule::KeyMatch).severity, Severity::Error);
    QVERIFY(
        finding(report, Rule::KeyMatch).details.join(QString()).contains(QStringLiteral("No private key")));
}

void TestClientBundle::pfxSingleCertificate() {
    const bundle::Report report =
        run(input(QStringLiteral("client.pem"), {}, QStringLiteral("bundle-good.pem"),
                  QStringLiteral("root.pem"), QStringLiteral("single.pfx"), bundletest::kPfxPassword));
    const bundle::Finding& pfx = finding(report, Rule::PfxContents);
    QVERIFY2(pfx.severity == Severity::Ok, qPrintable(describe(report)));
    QVERIFY(pfx.details.join(QString()).contains(QStringLiteral("one certificate")));
    // The PFX of another certificate is not the client's.
    const bundle::Report other =
        run(input(QStringLiteral("server.pem"), {}, QStringLiteral("server-bundle.pem"),
                  QStringLiteral("root.pem"), QStringLiteral("single.pfx"), bundletest::kPfxPassword));
    QCOMPARE(finding(other, Rule::PfxContents).severity, Severity::Error);
    QVERIFY(
        finding(other, Rule::PfxContents).details.join(QString()).contains(QStringLiteral("not the client")));
}

void TestClientBundle::pfxWithChain() {
    const bundle::Report report =
        run(input(QStringLiteral("client.pem"), {}, QStringLiteral("bundle-good.pem"),
                  QStringLiteral("root.pem"), QStringLiteral("chain.pfx"), bundletest::kPfxPassword));
    const bundle::Finding& pfx = finding(report, Rule::PfxContents);
    QCOMPARE(pfx.severity, Severity::Error);
    const QString text = pfx.details.join(QString());
    QVERIFY2(text.contains(QStringLiteral("2 certificates")) &&
                 text.contains(QStringLiteral("must not contain the full "
                                              "certificate chain")),
             qPrintable(text));
    QVERIFY(pfx.action.contains(QStringLiteral("-certfile")));
}

void TestClientBundle::pfxWrongPassword() {
    const bundle::Report report =
        run(input(QStringLiteral("client.pem"), {}, QStringLiteral("bundle-good.pem"),
                  QStringLiteral("root.pem"), QStringLiteral("single.pfx"), "wrong password"));
    const bundle::Finding& pfx = finding(report, Rule::PfxContents);
    QCOMPARE(pfx.severity, Severity::Error);
    QVERIFY2(pfx.details.join(QString()).contains(QStringLiteral("PKCS12_verify_mac")) &&
                 pfx.details.join(QString()).contains(QStringLiteral("password")),
             qPrintable(describe(report)));
    // The other rules are still checked.
    QCOMPARE(finding(report, Rule::ChainVerifies).severity, Severity::Ok);
}

void TestClientBundle::chainToAnotherRoot() {
    const bundle::Report report =
        run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                  QStringLiteral("bundle-good.pem"), QStringLiteral("otherroot.pem")));
    const bundle::Finding& chain = finding(report, Rule::ChainVerifies);
    QCOMPARE(chain.severity, Severity::Error);
    QVERIFY2(chain.details.join(QString()).startsWith(QStringLiteral("X509_verify_cert: ")),
             qPrintable(describe(report)));
    QVERIFY(!chain.action.isEmpty());
    // The root is unknown, so the file cannot be known to be complete either.
    QVERIFY(finding(report, Rule::BundleOrder).details.join(QString()).contains(bundletest::kRootName));
}

void TestClientBundle::validityDates() {
    bundle::BundleInput in = input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                   QStringLiteral("bundle-good.pem"), QStringLiteral("root.pem"));
    const bundle::Report now = run(in);
    QCOMPARE(finding(now, Rule::Validity).severity, Severity::Ok);
    // The client certificate is valid 825 days, the others longer.
    const QDateTime clientEnd = QDateTime::currentDateTimeUtc().addDays(825);
    in.now = clientEnd.addDays(-5);
    bundle::Report report = run(in);
    QCOMPARE(finding(report, Rule::Validity).severity, Severity::Warning);
    QVERIFY(finding(report, Rule::Validity).details.join(QString()).contains(QStringLiteral("expires on")));
    in.now = clientEnd.addDays(2);
    report = run(in);
    QCOMPARE(finding(report, Rule::Validity).severity, Severity::Error);
    QVERIFY2(finding(report, Rule::Validity).details.join(QString()).contains(QStringLiteral("expired on")),
             qPrintable(describe(report)));
    // Dates are this rule's only: the chain still verifies.
    QCOMPARE(finding(report, Rule::ChainVerifies).severity, Severity::Ok);
    in.now = QDateTime::currentDateTimeUtc().addDays(-2);
    report = run(in);
    QCOMPARE(finding(report, Rule::Validity).severity, Severity::Error);
    QVERIFY(
        finding(report, Rule::Validity).details.join(QString()).contains(QStringLiteral("not valid before")));
}

void TestClientBundle::notCheckedWithoutInputs() {
    bundle::BundleInput in;
    in.clientCertificate =
        bundle::InputFile{QStringLiteral("token certificate"), m_pki.read(QStringLiteral("client.der"))};
    in.clientCertificateFromToken = true;
    const bundle::Report report = run(in);
    for (Rule rule :
         {Rule::BundleOrder, Rule::PemFormat, Rule::KeyMatch, Rule::PfxContents, Rule::ChainVerifies})
        QVERIFY2(finding(report, rule).severity == Severity::NotChecked, qPrintable(describe(report)));
    QCOMPARE(finding(report, Rule::ClientAuthUsage).severity, Severity::Ok);
    QVERIFY(!report.hasErrors());
}

void TestClientBundle::orderedPemVerifiesWithOpenssl() {
    // From a wrong file (intermediate first, then the root) and the CA bundle.
    QVERIFY(m_pki.concat(QStringLiteral("messy.pem"), {QStringLiteral("root.pem"), QStringLiteral("int.pem"),
                                                       QStringLiteral("client.pem")}));
    const bundle::BundleInput in =
        input(QStringLiteral("client.der"), {}, QStringLiteral("messy.pem"), QStringLiteral("root.pem"));
    Result<QByteArray> pem = bundle::orderedPem(in);
    QVERIFY2(pem.ok(), pem.ok() ? "" : qPrintable(pem.error().text()));
    const auto subjects = pemSubjects(*pem);
    QCOMPARE(subjects.size(), 2);
    QCOMPARE(subjects.at(0).first, bundletest::kClientName);
    QCOMPARE(subjects.at(1).first, bundletest::kIntermediateName);
    for (const auto& [subject, selfSigned] : subjects)
        QVERIFY2(!selfSigned, qPrintable(subject));
    QVERIFY(!pem->contains(m_pki.read(QStringLiteral("root.pem")).trimmed()));

    const QString out = m_pki.path(QStringLiteral("ordered.pem"));
    Result<void> written = bundle::writePem(out, *pem);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    QCOMPARE(fileBytes(out), *pem);
    // Split as openssl verify wants it: the client certificate, the rest untrusted.
    const qsizetype second = pem->indexOf("-----BEGIN CERTIFICATE-----", 1);
    QVERIFY(second > 0);
    QVERIFY(m_pki.write(QStringLiteral("ordered-client.pem"), pem->left(second)));
    QVERIFY(m_pki.write(QStringLiteral("ordered-rest.pem"), pem->mid(second)));
    QVERIFY2(m_pki.openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("root.pem"),
                            QStringLiteral("-untrusted"), QStringLiteral("ordered-rest.pem"),
                            QStringLiteral("ordered-client.pem")}),
             qPrintable(m_pki.lastError()));
    QVERIFY(m_pki.lastOutput().contains("OK"));
    // And the written file passes every rule.
    const bundle::Report report = run(input(QStringLiteral("client.pem"), QStringLiteral("client.key"),
                                            QStringLiteral("ordered.pem"), QStringLiteral("root.pem")));
    QVERIFY2(!report.hasErrors() && report.count(Severity::Warning) == 0, qPrintable(describe(report)));
}

void TestClientBundle::orderedPemRefusesIncompleteChain() {
    const bundle::BundleInput in =
        input(QStringLiteral("client.pem"), {}, QStringLiteral("client.pem"), QStringLiteral("root.pem"));
    Result<QByteArray> pem = bundle::orderedPem(in);
    QVERIFY(!pem.ok());
    QVERIFY2(pem.error().message.contains(QStringLiteral("CN=") + bundletest::kIntermediateName),
             qPrintable(pem.error().text()));
}

void TestClientBundle::writePemWritesNothingOnFailure() {
    const QString target = m_pki.path(QStringLiteral("no-such-dir/ordered.pem"));
    Result<void> written = bundle::writePem(target, "x");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().call, QStringLiteral("QSaveFile"));
    QVERIFY(!QFile::exists(target));
}

void TestClientBundle::badInput() {
    // Not a certificate at all.
    QVERIFY(m_pki.write(QStringLiteral("garbage.pem"), "this is not a certificate\n"));
    Result<bundle::Report> garbage = bundle::check(input(QStringLiteral("garbage.pem"), {}, {}, {}));
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().call, QStringLiteral("d2i_X509"));
    // A truncated PEM.
    const QByteArray client = m_pki.read(QStringLiteral("client.pem"));
    QVERIFY(m_pki.write(QStringLiteral("truncated.pem"), client.left(client.size() / 2)));
    Result<bundle::Report> truncated = bundle::check(input(QStringLiteral("truncated.pem"), {}, {}, {}));
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().call, QStringLiteral("PEM_read_bio_X509"));
    // A truncated DER.
    const QByteArray der = m_pki.read(QStringLiteral("client.der"));
    QVERIFY(m_pki.write(QStringLiteral("truncated.der"), der.left(der.size() - 10)));
    QVERIFY(!bundle::check(input(QStringLiteral("truncated.der"), {}, {}, {})).ok());
    // A key file given as the certificate.
    Result<bundle::Report> key = bundle::check(input(QStringLiteral("client.key"), {}, {}, {}));
    QVERIFY(!key.ok());
    QVERIFY(key.error().message.contains(QStringLiteral("no CERTIFICATE block")));
    // A broken CA bundle is a finding, not a failure of the whole check.
    const bundle::Report brokenCa = run(input(
        QStringLiteral("client.pem"), {}, QStringLiteral("bundle-good.pem"), QStringLiteral("garbage.pem")));
    QCOMPARE(finding(brokenCa, Rule::ChainVerifies).severity, Severity::Error);
    // No certificate.
    QVERIFY(!bundle::check(bundle::BundleInput{}).ok());
    // Files above the limit are refused before they are read.
    const QString big = m_pki.path(QStringLiteral("big.pem"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(bundle::kMaxFileSize + 1));
    }
    Result<bundle::InputFile> tooLarge = bundle::readInputFile(big);
    QVERIFY(!tooLarge.ok());
    QVERIFY(tooLarge.error().message.contains(QStringLiteral("refused")));
    QVERIFY(!bundle::readSecretFile(big).ok());
    QVERIFY(!bundle::readInputFile(m_pki.path(QStringLiteral("missing.pem"))).ok());
}

QTEST_GUILESS_MAIN(TestClientBundle)
#include "test_client_bundle.moc"
