// Issuing certificates with CA keys on a SoftHSM2 token: every key type as CA and as subject (judged
// by `openssl verify`), a root -> intermediate -> leaf chain across tokens, the extensions as
// `openssl x509 -text` reads them, and the CA checks that refuse or warn before anything is signed.

#include "CertIssue.h"
#include "CertRequest.h"
#include "CertTestSupport.h"
#include "TokenHelpers.h"
#include "TokenSigner.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace hsm;
using namespace hsm::certs;

namespace {

struct KeyRef {
    Session* session = nullptr;
    TokenInfo token;
    ObjectSummary key;
};

DistinguishedName subjectOf(const QString& cn) {
    return {{"C", "GB"}, {"O", "Example"}, {"CN", cn}};
}

} // namespace

class TestIssue : public QObject {
    Q_OBJECT

private:
    SoftHsmFixture m_fixture;
    tokentest::OpenedToken m_ca;                  // token B: RSA and EC CA keys
    certtest::SecondToken m_caEd, m_sub, m_subEd; // B's Ed25519 key; token A: subject keys
    QMap<QString, KeyRef> m_keys;                 // "ca:P-256", "sub:RSA-2048", ...
    QMap<QString, QByteArray> m_roots;            // CA key type -> self-signed root (DER)
    QMap<QString, QByteArray> m_requests;         // subject key type -> CSR (DER)

    QString path(const QString& name) const { return m_fixture.dir() + QLatin1Char('/') + name; }

    Result<signing::TokenKey> key(const QString& name) {
        const KeyRef& ref = m_keys[name];
        return signing::TokenKey::open(*ref.session, ref.token, ref.key);
    }

    QString writePem(const QString& name, const QByteArray& der) {
        const QString file = path(name + QStringLiteral(".pem"));
        return certtest::writeFile(file, certificateToPem(der)) ? file : QString();
    }

    Result<RequestInfo> request(const QString& subjectKey, const RequestSpec& spec) {
        auto subject = key(subjectKey);
        if (!subject)
            return subject.error();
        auto der = createRequest(*subject, spec);
        if (!der)
            return der.error();
        return readRequest(*der);
    }

    Result<QByteArray> issue(const QString& caKey, const QByteArray& caCert, const RequestInfo& info,
                             const IssueSpec& spec, bool overrideWarnings = false) {
        auto ca = key(caKey);
        if (!ca)
            return ca.error();
        return issueCertificate(*ca, caCert, info, spec, overrideWarnings);
    }

    Result<QByteArray> selfSigned(const QString& keyName, const QString& cn, const IssueSpec& spec) {
        auto signer = key(keyName);
        if (!signer)
            return signer.error();
        return selfSign(*signer, subjectOf(cn), spec);
    }

    certtest::OpenSslRun x509Text(const QString& file) {
        return certtest::openssl(m_fixture, {"x509", "-in", file, "-noout", "-text"});
    }

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        for (const char* label : {"ca", "ca-ed", "sub", "sub-ed"})
            QVERIFY2(!m_fixture.initToken(QLatin1String(label)).isEmpty(), qPrintable(m_fixture.lastError()));
        tokentest::OpenOptions options;
        options.loginUser = true;
        m_ca = tokentest::openToken(QStringLiteral("ca"), options);
        QVERIFY2(m_ca.ok(), qPrintable(m_ca.error));
        m_caEd = certtest::openSecondToken(m_ca.module, QStringLiteral("ca-ed"));
        m_sub = certtest::openSecondToken(m_ca.module, QStringLiteral("sub"));
        m_subEd = certtest::openSecondToken(m_ca.module, QStringLiteral("sub-ed"));
        for (const certtest::SecondToken* opened : {&m_caEd, &m_sub, &m_subEd})
            QVERIFY2(opened->error.isEmpty(), qPrintable(opened->error));

        for (const certtest::KeyType& type : certtest::keyTypes()) {
            const QString name = QLatin1String(type.name);
            const bool edwards = certtest::isEdwards(type);
            KeyRef ca{edwards ? &*m_caEd.session : &*m_ca.session, edwards ? m_caEd.token : m_ca.token, {}};
            KeyRef sub{
                edwards ? &*m_subEd.session : &*m_sub.session, edwards ? m_subEd.token : m_sub.token, {}};
            auto caKey = certtest::generatePair(*ca.session, ca.token, type, QStringLiteral("CA ") + name);
            CHECK_OK(caKey);
            ca.key = *caKey;
            auto subKey =
                certtest::generatePair(*sub.session, sub.token, type, QStringLiteral("leaf ") + name);
            CHECK_OK(subKey);
            sub.key = *subKey;
            m_keys.insert(QStringLiteral("ca:") + name, ca);
            m_keys.insert(QStringLiteral("sub:") + name, sub);

            IssueSpec rootSpec;
            rootSpec.isCa = true;
            rootSpec.days = 30;
            auto root = selfSigned(QStringLiteral("ca:") + name, QStringLiteral("Root ") + name, rootSpec);
            CHECK_OK(root);
            m_roots.insert(name, *root);
            RequestSpec requestSpec;
            requestSpec.subject = subjectOf(QStringLiteral("leaf ") + name);
            requestSpec.altNames = {{AltNameType::Dns, QStringLiteral("leaf.example")}};
            auto csr = request(QStringLiteral("sub:") + name, requestSpec);
            CHECK_OK(csr);
            m_requests.insert(name, csr->der);
        }
    }

    // Every CA key type signs a CSR from every subject key type; OpenSSL verifies each result.
    void everyCaSignsEveryKey_data() {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("subject");
        for (const certtest::KeyType& ca : certtest::keyTypes())
            for (const certtest::KeyType& subject : certtest::keyTypes())
                QTest::newRow(qPrintable(QStringLiteral("%1 signs %2").arg(ca.name, subject.name)))
                    << QString::fromLatin1(ca.name) << QString::fromLatin1(subject.name);
    }
    void everyCaSignsEveryKey() {
        QFETCH(QString, ca);
        QFETCH(QString, subject);
        const QString rootFile = writePem(QStringLiteral("root-") + ca, m_roots.value(ca));
        QVERIFY(!rootFile.isEmpty());
        auto info = readRequest(m_requests.value(subject));
        CHECK_OK(info);
        IssueSpec spec;
        spec.days = 10;
        spec.extendedKeyUsages = {"clientAuth"};
        spec.keyUsage = DigitalSignature;
        spec.copyExtensions = {"2.5.29.17"};
        auto leaf = issue(QStringLiteral("ca:") + ca, m_roots.value(ca), *info, spec);
        CHECK_OK(leaf);
        const QString leafFile = writePem(QStringLiteral("leaf-") + ca + QLatin1Char('-') + subject, *leaf);
        const auto root = certtest::openssl(m_fixture, {"verify", "-CAfile", rootFile, rootFile});
        QVERIFY2(root.ok, qPrintable(root.text));
        const auto verified = certtest::openssl(m_fixture, {"verify", "-CAfile", rootFile, leafFile});
        QVERIFY2(verified.ok && verified.text.contains(QLatin1String(": OK")), qPrintable(verified.text));
        const auto text = x509Text(leafFile);
        QVERIFY2(text.text.contains(QLatin1String("DNS:leaf.example")), qPrintable(text.text));
        QVERIFY2(text.text.contains(QStringLiteral("Subject: C = GB, O = Example, CN = leaf ") + subject),
                 qPrintable(text.text));
    }

    void chainRootIntermediateLeaf() {
        // Root on token B (P-384), intermediate key on token B (RSA-2048), leaf key on token A (P-256).
        const QByteArray root = m_roots.value(QStringLiteral("P-384"));
        RequestSpec interRequest;
        interRequest.subject = subjectOf(QStringLiteral("Intermediate CA"));
        auto interInfo = request(QStringLiteral("ca:RSA-2048"), interRequest);
        CHECK_OK(interInfo);
        IssueSpec interSpec;
        interSpec.isCa = true;
        interSpec.pathLength = 0;
        interSpec.days = 20;
        auto inter = issue(QStringLiteral("ca:P-384"), root, *interInfo, interSpec);
        CHECK_OK(inter);

        RequestSpec leafRequest;
        leafRequest.subject = subjectOf(QStringLiteral("client.example"));
        leafRequest.altNames = {{AltNameType::Dns, QStringLiteral("client.example")},
                                {AltNameType::Ip, QStringLiteral("10.0.0.1")}};
        leafRequest.extendedKeyUsages = {"serverAuth"};
        leafRequest.keyUsage = DigitalSignature | KeyEncipherment;
        auto leafInfo = request(QStringLiteral("sub:P-256"), leafRequest);
        CHECK_OK(leafInfo);
        IssueSpec leafSpec;
        leafSpec.days = 5;
        leafSpec.extendedKeyUsages = {"clientAuth"}; // the issuer's EKU replaces the requested one
        for (const RequestInfo::Extension& extension : leafInfo->requestedExtensions)
            leafSpec.copyExtensions << extension.oid;
        auto leaf = issue(QStringLiteral("ca:RSA-2048"), *inter, *leafInfo, leafSpec);
        CHECK_OK(leaf);

        const QString rootFile = writePem(QStringLiteral("chain-root"), root);
        const QString interFile = writePem(QStringLiteral("chain-inter"), *inter);
        const QString leafFile = writePem(QStringLiteral("chain-leaf"), *leaf);
        const auto verified =
            certtest::openssl(m_fixture, {"verify", "-CAfile", rootFile, "-untrusted", interFile, leafFile});
        QVERIFY2(verified.ok && verified.text.contains(QLatin1String("chain-leaf.pem: OK")),
                 qPrintable(verified.text));
        // Without the intermediate the leaf does not verify: the chain really goes through it.
        QVERIFY(!certtest::openssl(m_fixture, {"verify", "-CAfile", rootFile, leafFile}).ok);

        const QString interText = x509Text(interFile).text;
        for (const char* expected :
             {"X509v3 Basic Constraints: critical", "CA:TRUE, pathlen:0", "X509v3 Key Usage: critical",
              "Certificate Sign, CRL Sign", "X509v3 Subject Key Identifier",
              "X509v3 Authority Key Identifier", "Issuer: C = GB, O = Example, CN = Root P-384",
              "Signature Algorithm: ecdsa-with-SHA384"})
            QVERIFY2(interText.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\n") + interText));
        const QString leafText = x509Text(leafFile).text;
        for (const char* expected :
             {"CA:FALSE", "TLS Web Client Authentication", "DNS:client.example", "IP Address:10.0.0.1",
              "Digital Signature, Key Encipherment", "Signature Algorithm: sha256WithRSAEncryption"})
            QVERIFY2(leafText.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\n") + leafText));
        QVERIFY2(!leafText.contains(QLatin1String("TLS Web Server Authentication")), qPrintable(leafText));

        // The leaf's authority key ID is the intermediate's subject key ID.
        const QRegularExpression ski(QStringLiteral("Subject Key Identifier:\\s*\\n\\s*([0-9A-F:]+)"));
        const QRegularExpression aki(
            QStringLiteral("Authority Key Identifier:\\s*\\n\\s*(?:keyid:)?([0-9A-F:]+)"));
        const QString interSki = ski.match(interText).captured(1);
        QVERIFY(interSki.size() == 59); // 20 bytes
        QCOMPARE(aki.match(leafText).captured(1), interSki);

        // Random positive serials of more than 64 bits, different each time.
        const auto serialOf = [&](const QString& file) {
            return certtest::openssl(m_fixture, {"x509", "-in", file, "-noout", "-serial"})
                .text.trimmed()
                .mid(7);
        };
        const QString interSerial = serialOf(interFile);
        const QString leafSerial = serialOf(leafFile);
        QVERIFY2(interSerial.size() >= 17 && interSerial.at(0) < QLatin1Char('8'), qPrintable(interSerial));
        QVERIFY(leafSerial != interSerial);

        // An intermediate with path length 0 may not issue another CA.
        IssueSpec subCa;
        subCa.isCa = true;
        subCa.days = 1;
        auto refused = issue(QStringLiteral("ca:RSA-2048"), *inter, *leafInfo, subCa);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("path length is 0")),
                 qPrintable(refused.error().text()));
    }

    void caErrorsAlwaysRefuse() {
        auto info = readRequest(m_requests.value(QStringLiteral("P-256")));
        CHECK_OK(info);
        IssueSpec spec;
        spec.days = 1;
        // A CA certificate that belongs to another key.
        auto p384 = key(QStringLiteral("ca:P-384"));
        CHECK_OK(p384);
        const CaCheck mismatch = checkIssuer(m_roots.value(QStringLiteral("P-256")), p384->facts());
        QCOMPARE(mismatch.errors.size(), 1);
        QVERIFY2(mismatch.errors.first().contains(QLatin1String("(EC P-256) is not the CA key's (EC P-384)")),
                 qPrintable(mismatch.errors.first()));
        auto refused =
            issue(QStringLiteral("ca:P-384"), m_roots.value(QStringLiteral("P-256")), *info, spec, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("is not the CA key's")),
                 qPrintable(refused.error().text()));

        // An end-entity certificate (CA:FALSE) as the CA, even with its own key.
        IssueSpec plain;
        plain.days = 5;
        auto notCa = selfSigned(QStringLiteral("ca:RSA-3072"), QStringLiteral("not a CA"), plain);
        CHECK_OK(notCa);
        auto rsa = key(QStringLiteral("ca:RSA-3072"));
        CHECK_OK(rsa);
        const CaCheck check = checkIssuer(*notCa, rsa->facts());
        QCOMPARE(check.errors.size(), 1);
        QVERIFY2(check.errors.first().contains(QLatin1String("CA:FALSE")), qPrintable(check.errors.first()));
        QCOMPARE(check.subjectText, QStringLiteral("/C=GB/O=Example/CN=not a CA"));
        refused = issue(QStringLiteral("ca:RSA-3072"), *notCa, *info, spec, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("CA:FALSE")),
                 qPrintable(refused.error().text()));

        // A version 1 style certificate without basicConstraints (openssl x509 -req adds no
        // extensions): not a CA either, even with the matching key.
        const QString legacyKey = m_fixture.dir() + QStringLiteral("/legacy.key");
        const QString legacyCsr = m_fixture.dir() + QStringLiteral("/legacy.csr");
        const QString legacyCert = m_fixture.dir() + QStringLiteral("/legacy.der");
        const QString legacySpki = m_fixture.dir() + QStringLiteral("/legacy.spki");
        QVERIFY(certtest::openssl(m_fixture,
                                  {"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                                   "-nodes", "-keyout", legacyKey, "-subj", "/CN=legacy", "-out", legacyCsr})
                    .ok);
        QVERIFY(certtest::openssl(m_fixture, {"x509", "-req", "-in", legacyCsr, "-signkey", legacyKey,
                                              "-days", "5", "-outform", "DER", "-out", legacyCert})
                    .ok);
        QVERIFY(certtest::openssl(
                    m_fixture, {"pkey", "-in", legacyKey, "-pubout", "-outform", "DER", "-out", legacySpki})
                    .ok);
        const QByteArray legacy = certtest::readFile(legacyCert);
        QVERIFY2(
            !certtest::openssl(m_fixture, {"x509", "-inform", "DER", "-in", legacyCert, "-noout", "-text"})
                 .text.contains(QLatin1String("Basic Constraints")),
            "openssl added basicConstraints after all");
        signing::KeyFacts legacyFacts;
        legacyFacts.keyType = CKK_EC;
        legacyFacts.bits = 256;
        legacyFacts.curve = QStringLiteral("P-256");
        legacyFacts.publicKey = certtest::readFile(legacySpki);
        const CaCheck noConstraints = checkIssuer(legacy, legacyFacts);
        QCOMPARE(noConstraints.errors.size(), 1);
        QVERIFY2(noConstraints.errors.first().contains(QLatin1String("no basicConstraints")),
                 qPrintable(noConstraints.errors.first()));

        // Not a certificate at all.
        QVERIFY(!checkIssuer(QByteArray("garbage"), rsa->facts()).errors.isEmpty());
    }

    void caWarningsNeedOverride_data() {
        QTest::addColumn<int>("startDays"); // not-before relative to now
        QTest::addColumn<int>("endDays");
        QTest::addColumn<unsigned>("keyUsage");
        QTest::addColumn<QString>("warning");
        QTest::newRow("expired") << -10 << -1 << 0u << "expired on";
        QTest::newRow("not yet valid") << 10 << 20 << 0u << "not valid before";
        QTest::newRow("no keyCertSign")
            << 0 << 10 << unsigned(DigitalSignature | CrlSign) << "lacks keyCertSign";
    }
    void caWarningsNeedOverride() {
        QFETCH(int, startDays);
        QFETCH(int, endDays);
        QFETCH(unsigned, keyUsage);
        QFETCH(QString, warning);
        IssueSpec rootSpec;
        rootSpec.isCa = true;
        rootSpec.keyUsage = keyUsage;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rootSpec.notBefore = startDays == 0 ? QDateTime() : now.addDays(startDays);
        rootSpec.notAfter = now.addDays(endDays);
        auto root = selfSigned(QStringLiteral("ca:P-521"), QStringLiteral("odd root"), rootSpec);
        CHECK_OK(root);
        auto p521 = key(QStringLiteral("ca:P-521"));
        CHECK_OK(p521);
        const CaCheck check = checkIssuer(*root, p521->facts());
        QVERIFY(check.errors.isEmpty());
        QCOMPARE(check.warnings.size(), 1);
        QVERIFY2(check.warnings.first().contains(warning), qPrintable(check.warnings.first()));

        auto info = readRequest(m_requests.value(QStringLiteral("RSA-2048")));
        CHECK_OK(info);
        IssueSpec spec;
        spec.days = 3;
        auto refused = issue(QStringLiteral("ca:P-521"), *root, *info, spec, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(warning), qPrintable(refused.error().text()));
        QVERIFY2(refused.error().hint.contains(QLatin1String("--force")), qPrintable(refused.error().text()));
        auto accepted = issue(QStringLiteral("ca:P-521"), *root, *info, spec, true);
        CHECK_OK(accepted);
        const QString rootFile = writePem(QStringLiteral("odd-root"), *root);
        const QString leafFile = writePem(QStringLiteral("odd-leaf"), *accepted);
        // The signature chain is sound; only the CA's dates or usage are off.
        const auto verified =
            certtest::openssl(m_fixture, {"verify", "-no_check_time", "-CAfile", rootFile, leafFile});
        if (keyUsage == 0)
            QVERIFY2(verified.ok, qPrintable(verified.text));
        else
            QVERIFY2(!verified.ok, qPrintable(verified.text)); // OpenSSL also insists on keyCertSign
    }

    void requestThatDoesNotVerifyIsRefused() {
        QByteArray der = m_requests.value(QStringLiteral("P-256"));
        der[der.size() - 3] = char(der[der.size() - 3] ^ 0x40);
        auto info = readRequest(der);
        CHECK_OK(info);
        QVERIFY(!info->signatureValid);
        IssueSpec spec;
        spec.days = 1;
        auto refused =
            issue(QStringLiteral("ca:P-256"), m_roots.value(QStringLiteral("P-256")), *info, spec, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().text().contains(QLatin1String("X509_REQ_verify")),
                 qPrintable(refused.error().text()));
    }

    void validityAndExtensionChoices() {
        auto info = readRequest(m_requests.value(QStringLiteral("Ed25519")));
        CHECK_OK(info);
        const QByteArray root = m_roots.value(QStringLiteral("RSA-2048"));
        IssueSpec spec;
        spec.notBefore = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2031, 6, 7), QTime(8, 9, 10), Qt::UTC);
        auto leaf = issue(QStringLiteral("ca:RSA-2048"), root, *info, spec);
        CHECK_OK(leaf);
        const QString text = x509Text(writePem(QStringLiteral("dated"), *leaf)).text;
        QVERIFY2(text.contains(QLatin1String("Not Before: Jan  2 03:04:05 2030 GMT")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Not After : Jun  7 08:09:10 2031 GMT")), qPrintable(text));
        // The request's SAN is copied only when chosen.
        QVERIFY2(!text.contains(QLatin1String("leaf.example")), qPrintable(text));

        spec.notAfter = spec.notBefore.addSecs(-1);
        auto backwards = issue(QStringLiteral("ca:RSA-2048"), root, *info, spec);
        QVERIFY(!backwards.ok());
        QVERIFY2(backwards.error().message.contains(QLatin1String("ends")),
                 qPrintable(backwards.error().text()));
        spec = {};
        spec.days = 0;
        QVERIFY(!issue(QStringLiteral("ca:RSA-2048"), root, *info, spec).ok());
        spec.days = 1;
        spec.pathLength = 2; // without isCa
        QVERIFY(!issue(QStringLiteral("ca:RSA-2048"), root, *info, spec).ok());
        spec.pathLength.reset();
        spec.copyExtensions = {"1.2.3.4"};
        auto missing = issue(QStringLiteral("ca:RSA-2048"), root, *info, spec);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QLatin1String("no extension 1.2.3.4")),
                 qPrintable(missing.error().text()));
    }

    void rsaPssAsCaAndSubject() {
        auto rsa = key(QStringLiteral("ca:RSA-3072"));
        CHECK_OK(rsa);
        auto pss = signing::algorithmFor(rsa->facts(), QStringLiteral("sha384"), true);
        CHECK_OK(pss);
        IssueSpec rootSpec;
        rootSpec.isCa = true;
        rootSpec.days = 2;
        rootSpec.algorithm = *pss;
        auto root = selfSign(*rsa, subjectOf(QStringLiteral("PSS root")), rootSpec);
        CHECK_OK(root);
        RequestSpec requestSpec;
        requestSpec.subject = subjectOf(QStringLiteral("PSS leaf"));
        requestSpec.algorithm = {signing::Scheme::RsaPss, QStringLiteral("sha256")};
        auto info = request(QStringLiteral("sub:RSA-2048"), requestSpec);
        CHECK_OK(info);
        QCOMPARE(info->signatureAlgorithm, QStringLiteral("rsassaPss"));
        QVERIFY(info->signatureValid);
        IssueSpec spec;
        spec.days = 2;
        spec.algorithm = *pss;
        auto leaf = issueCertificate(*rsa, *root, *info, spec, false);
        CHECK_OK(leaf);
        const QString rootFile = writePem(QStringLiteral("pss-root"), *root);
        const QString leafFile = writePem(QStringLiteral("pss-leaf"), *leaf);
        const auto verified = certtest::openssl(m_fixture, {"verify", "-CAfile", rootFile, leafFile});
        QVERIFY2(verified.ok, qPrintable(verified.text));
        const QString text = x509Text(leafFile).text;
        QVERIFY2(text.contains(QLatin1String("rsassaPss")) &&
                     text.contains(QLatin1String("Hash Algorithm: sha384")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestIssue)
#include "test_issue.moc"
