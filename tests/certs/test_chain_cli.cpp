// hsmwb chain against two SoftHSM2 tokens: the chain across them in text and JSON, a broken link
// from an added file with its reason, files given repeatedly or comma-separated, the system trust
// store (and --no-system-trust), private certificates with --pin, and the exit codes.
#include "ChainTestSupport.h"
#include "CliTestSupport.h"
#include "TokenHelpers.h"

#include <QJsonObject>
#include <QTest>
#include <openssl/x509.h>

namespace {
const QString kTokenA = QStringLiteral("Chain A");
const QString kTokenB = QStringLiteral("Chain B");
} // namespace

class TestChainCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void validChainAsText();
    void validChainAsJson();
    void brokenLinkFromFile();
    void filesRepeatedOrCommaSeparated();
    void systemTrustAnchor();
    void privateCertificateNeedsPin();
    void badInput();

private:
    CliRun chain(const QStringList& args, bool pin = false) const {
        QStringList all{QStringLiteral("chain"), QStringLiteral("--module"), SoftHsmFixture::modulePath(),
                        QStringLiteral("--token"), kTokenA};
        if (pin)
            all << QStringLiteral("--pin") << QStringLiteral("env:HSMWB_PIN");
        return runCli(*m_fixture, all + args, {},
                      {{QStringLiteral("HSMWB_PIN"), QString::fromLatin1(SoftHsmFixture::kUserPin)}});
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<chaintest::Pki> m_pki;
};

void TestChainCli::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY(m_fixture->isValid());
    m_pki = std::make_unique<chaintest::Pki>(*m_fixture);
    QVERIFY2(chaintest::makeDemoChain(*m_pki), qPrintable(m_pki->error()));
    QVERIFY2(m_pki->issue(QStringLiteral("notca"), QStringLiteral("Not A CA"), QStringLiteral("root"),
                          chaintest::kNotCaExt) &&
                 m_pki->issue(QStringLiteral("broken"), QStringLiteral("Broken Leaf"),
                              QStringLiteral("notca"), chaintest::kLeafExt) &&
                 m_pki->issue(QStringLiteral("other"), QStringLiteral("Unrelated"), QStringLiteral("root"),
                              chaintest::kLeafExt),
             qPrintable(m_pki->error()));
    QVERIFY(!m_fixture->initToken(kTokenA).isEmpty());
    QVERIFY(!m_fixture->initToken(kTokenB).isEmpty());
    QVERIFY2(
        m_pki->store(kTokenB, QStringLiteral("root"), QStringLiteral("Demo Root CA"), QStringLiteral("01")) &&
            m_pki->store(kTokenB, QStringLiteral("intermediate"), QStringLiteral("Demo Intermediate CA"),
                         QStringLiteral("02")) &&
            m_pki->store(kTokenA, QStringLiteral("leaf"), QStringLiteral("Demo Leaf"),
                         QStringLiteral("03")) &&
            m_pki->store(kTokenA, QStringLiteral("broken"), QStringLiteral("Broken Leaf"),
                         QStringLiteral("04")),
        qPrintable(m_pki->error()));
    // A copy of a system root on the token, and a private certificate.
    const QString isrg = m_fixture->dir() + QStringLiteral("/isrg.der");
    CHECK_TOOL(m_fixture->run(QStringLiteral("openssl"), {"x509", "-in", "/etc/ssl/certs/ISRG_Root_X1.pem",
                                                          "-outform", "DER", "-out", isrg}));
    CHECK_TOOL(m_fixture->pkcs11Tool(
        kTokenA, {"--write-object", isrg, "--type", "cert", "--label", "ISRG copy", "--id", "05"}));
    // pkcs11-tool writes certificates public whatever --private says: create this one directly.
    auto opened = tokentest::openToken(kTokenA, {.loginUser = true});
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QByteArray value = m_pki->der(QStringLiteral("other"));
    const auto* p = reinterpret_cast<const unsigned char*>(value.constData());
    X509* cert = d2i_X509(nullptr, &p, value.size());
    QVERIFY(cert != nullptr);
    unsigned char* subjectDer = nullptr;
    const int subjectLength = i2d_X509_NAME(X509_get_subject_name(cert), &subjectDer);
    QByteArray subject(reinterpret_cast<const char*>(subjectDer), subjectLength);
    OPENSSL_free(subjectDer);
    X509_free(cert);
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE type = CKC_X_509;
    CK_BBOOL yes = CK_TRUE;
    char label[] = "Private Leaf";
    unsigned char id[] = {0x06};
    CK_ATTRIBUTE templ[] = {{CKA_CLASS, &cls, sizeof cls},
                            {CKA_CERTIFICATE_TYPE, &type, sizeof type},
                            {CKA_TOKEN, &yes, sizeof yes},
                            {CKA_PRIVATE, &yes, sizeof yes},
                            {CKA_LABEL, label, sizeof label - 1},
                            {CKA_ID, id, sizeof id},
                            {CKA_SUBJECT, subject.data(), static_cast<CK_ULONG>(subject.size())},
                            {CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())}};
    CHECK_OK(tokentest::createObject(*opened.session, templ));
}

void TestChainCli::cleanupTestCase() {
    m_pki.reset();
    m_fixture.reset();
}

void TestChainCli::validChainAsText() {
    const CliRun run = chain({QStringLiteral("--cert"), QStringLiteral("Demo Leaf")});
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == 0, qPrintable(out + run.errText()));
    QVERIFY2(out.contains(QStringLiteral("1. ✓ CN=Demo Leaf\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("2. ✓ CN=Demo Intermediate CA\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("3. ✓ CN=Demo Root CA\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("source       token Chain A\n")));
    QVERIFY(out.contains(QStringLiteral("source       token Chain B (self-signed)\n")));
    QVERIFY(out.contains(QStringLiteral("Verifies with the key of “CN=Demo Intermediate CA”")));
    QVERIFY(out.contains(
        QStringLiteral("Every link is valid; the root “CN=Demo Root CA” is not in the system trust "
                       "store")));
    // The leaf's CA checks do not apply; the intermediate's pass.
    QVERIFY(out.contains(QStringLiteral("basicConstraints CA:TRUE")));
    // English plural forms come from the embedded plurals translation, not "(s)".
    QVERIFY2(out.contains(QStringLiteral("(1 CA certificate below")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("(s)")), qPrintable(out));
}

void TestChainCli::validChainAsJson() {
    const CliRun run =
        chain({QStringLiteral("--cert"), QStringLiteral("Demo Leaf"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonArray links = run.json();
    QCOMPARE(links.size(), 3);
    const QJsonObject leaf = links[0].toObject();
    QCOMPARE(leaf[QStringLiteral("subject")].toString(), QStringLiteral("CN=Demo Leaf"));
    QCOMPARE(leaf[QStringLiteral("issuer")].toString(), QStringLiteral("CN=Demo Intermediate CA"));
    QCOMPARE(leaf[QStringLiteral("source")].toString(), QStringLiteral("token Chain A"));
    QCOMPARE(leaf[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(leaf[QStringLiteral("problems")].toArray().size(), 0);
    const QJsonObject checks = leaf[QStringLiteral("checks")].toObject();
    QCOMPARE(checks[QStringLiteral("signature")].toString(), QStringLiteral("ok"));
    QCOMPARE(checks[QStringLiteral("validity")].toString(), QStringLiteral("ok"));
    QCOMPARE(checks[QStringLiteral("ca")].toString(), QStringLiteral("n/a"));
    QVERIFY(checks.contains(QStringLiteral("pathLength")));
    QVERIFY(checks.contains(QStringLiteral("keyUsage")));
    QVERIFY(QDateTime::fromString(leaf[QStringLiteral("notAfter")].toString(), Qt::ISODate).isValid());
    QVERIFY(QDateTime::fromString(leaf[QStringLiteral("notBefore")].toString(), Qt::ISODate).isValid());
    // The serial is the one openssl reads from the certificate.
    const auto serial =
        m_fixture->run(QStringLiteral("openssl"),
                       {"x509", "-in", m_pki->pemPath(QStringLiteral("leaf")), "-noout", "-serial"});
    QVERIFY(serial.ok());
    const QString expected = QString::fromLatin1(serial.out).trimmed().section(QLatin1Char('='), 1).toLower();
    QCOMPARE(leaf[QStringLiteral("serial")].toString().remove(QLatin1Char(':')).toLower(), expected);
    const QJsonObject intermediate = links[1].toObject();
    QCOMPARE(intermediate[QStringLiteral("source")].toString(), QStringLiteral("token Chain B"));
    QCOMPARE(intermediate[QStringLiteral("checks")].toObject()[QStringLiteral("ca")].toString(),
             QStringLiteral("ok"));
    const QJsonObject root = links[2].toObject();
    QCOMPARE(root[QStringLiteral("selfSigned")].toBool(), true);
    QCOMPARE(root[QStringLiteral("trustAnchor")].toBool(), false);
}

void TestChainCli::brokenLinkFromFile() {
    // Without the file the issuer is missing.
    CliRun run = chain({QStringLiteral("--cert"), QStringLiteral("Broken Leaf")});
    QString out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(out.contains(QStringLiteral("2. ✗ CN=Not A CA\n   Issuer not found: CN=Not A CA")),
             qPrintable(out));
    // With it, the link is there and says why it is not valid.
    const QString file = m_pki->pemPath(QStringLiteral("notca"));
    run = chain({QStringLiteral("--cert"), QStringLiteral("Broken Leaf"), QStringLiteral("--file"), file});
    out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(out.contains(QStringLiteral("2. ✗ CN=Not A CA\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("source       file %1\n").arg(file)));
    QVERIFY(out.contains(QStringLiteral("problem      Not a CA: basicConstraints CA:FALSE")));
    QVERIFY(out.contains(
        QStringLiteral("The chain breaks at “CN=Not A CA”: Not a CA: basicConstraints CA:FALSE")));

    run = chain({QStringLiteral("--cert"), QStringLiteral("Broken Leaf"), QStringLiteral("--file"), file,
                 QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray links = run.json();
    QCOMPARE(links.size(), 3);
    const QJsonObject notCa = links[1].toObject();
    QCOMPARE(notCa[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(notCa[QStringLiteral("checks")].toObject()[QStringLiteral("ca")].toString(),
             QStringLiteral("failed"));
    QCOMPARE(notCa[QStringLiteral("problems")].toArray().first().toString(),
             QStringLiteral("Not a CA: basicConstraints CA:FALSE"));
    QCOMPARE(links[0].toObject()[QStringLiteral("ok")].toBool(), true);
}

void TestChainCli::filesRepeatedOrCommaSeparated() {
    const QString unrelated = m_pki->pemPath(QStringLiteral("other"));
    const QString notCa = m_pki->pemPath(QStringLiteral("notca"));
    for (const QStringList& files :
         {QStringList{QStringLiteral("--file"), notCa, QStringLiteral("--file"), unrelated},
          QStringList{QStringLiteral("--file"), unrelated, QStringLiteral("--file"), notCa},
          QStringList{QStringLiteral("--file=%1,%2").arg(unrelated, notCa)}}) {
        const CliRun run = chain(
            QStringList{QStringLiteral("--cert"), QStringLiteral("Broken Leaf"), QStringLiteral("--json")} +
            files);
        const QJsonArray links = run.json();
        QVERIFY2(links.size() == 3, qPrintable(files.join(QLatin1Char(' ')) + QString::fromUtf8(run.out)));
        QCOMPARE(links[1].toObject()[QStringLiteral("source")].toString(), QStringLiteral("file ") + notCa);
    }
}

void TestChainCli::systemTrustAnchor() {
    CliRun run = chain({QStringLiteral("--cert"), QStringLiteral("ISRG copy"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QJsonArray links = run.json();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].toObject()[QStringLiteral("trustAnchor")].toBool(), true);
    run = chain({QStringLiteral("--cert"), QStringLiteral("ISRG copy")});
    QVERIFY(
        QString::fromUtf8(run.out).contains(QStringLiteral("is a trust anchor of the system trust store")));

    run = chain({QStringLiteral("--cert"), QStringLiteral("ISRG copy"), QStringLiteral("--no-system-trust"),
                 QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    links = run.json();
    QCOMPARE(links[0].toObject()[QStringLiteral("trustAnchor")].toBool(), false);
}

void TestChainCli::privateCertificateNeedsPin() {
    CliRun run = chain({QStringLiteral("--cert"), QStringLiteral("Private Leaf")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.errText().contains(QStringLiteral("No certificate on token “Chain A” matches “Private Leaf”")),
        qPrintable(run.errText()));
    run = chain({QStringLiteral("--cert"), QStringLiteral("Private Leaf"), QStringLiteral("--json")}, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText() + QString::fromUtf8(run.out)));
    QCOMPARE(run.json().size(), 2); // leaf -> root on token B
    // A pkcs11: URI selects as well.
    run = chain(
        {QStringLiteral("--cert"), QStringLiteral("pkcs11:id=%03;type=cert"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().first().toObject()[QStringLiteral("subject")].toString(),
             QStringLiteral("CN=Demo Leaf"));
}

void TestChainCli::badInput() {
    CliRun run = chain({});
    QCOMPARE(run.exitCode, 2); // --cert is required
    run = chain({QStringLiteral("--cert"), QStringLiteral("Demo Leaf"), QStringLiteral("--file"),
                 m_fixture->dir() + QStringLiteral("/missing.pem")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("missing.pem")), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    run = chain({QStringLiteral("--cert"), QStringLiteral("No Such Certificate")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("No certificate on token")));
}

QTEST_GUILESS_MAIN(TestChainCli)
#include "test_chain_cli.moc"
