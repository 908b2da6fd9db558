// The enrollment round trip of ../shared/seeds/003_* in one test, through the hsmwb command line
// only: a key pair on token A, its CSR, a CA key and self-signed CA certificate on token B, the
// CSR signed there, the certificate imported back onto token A beside its key, and the chain of
// that certificate leaf -> CA with every link valid. pkcs11-tool, p11tool and openssl check each
// step the way an administrator would.

#include "CertTestSupport.h"
#include "CliTestSupport.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QJsonObject>
#include <QTest>

namespace {

const QString kPinVar = QStringLiteral("HSMWB_TEST_ROUNDTRIP_PIN");
const QString kServer = QStringLiteral("Server token"); // token A: the key that needs a certificate
const QString kCa = QStringLiteral("CA token");         // token B: the CA

} // namespace

class TestEnrollmentRoundTrip : public QObject {
    Q_OBJECT

private:
    SoftHsmFixture m_fixture;

    QString path(const QString& name) const { return m_fixture.dir() + QLatin1Char('/') + name; }

    CliRun hsmwb(const QString& command, const QString& token, const QStringList& args) const {
        const QStringList all =
            QStringList{command, "--module",      SoftHsmFixture::modulePath(), "--token", token,
                        "--pin", "env:" + kPinVar} +
            args;
        return runCli(m_fixture, all, {}, {{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}});
    }

    /// p11tool's --list-all of `token`, split into one block per object.
    QStringList p11toolObjects(const QString& token) const {
        const auto listed = m_fixture.run(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("GNUTLS_PIN=%1 p11tool --provider %2 --list-all --login 'pkcs11:token=%3'")
                 .arg(QString::fromLatin1(SoftHsmFixture::kUserPin), SoftHsmFixture::modulePath(),
                      QString(token).replace(QLatin1Char(' '), QLatin1String("%20")))});
        if (!listed.ok()) {
            qWarning("p11tool: %s", listed.err.constData());
            return {};
        }
        return QString::fromUtf8(listed.out).split(QStringLiteral("Object "), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        QVERIFY2(!m_fixture.initToken(kServer).isEmpty(), qPrintable(m_fixture.lastError()));
        QVERIFY2(!m_fixture.initToken(kCa).isEmpty(), qPrintable(m_fixture.lastError()));
    }

    void keyOnACsrCaOnBCertificateBackOnA() {
        // 1. The key pair on token A (the seed's `pkcs11-tool --keypairgen`).
        CliRun run = hsmwb("keygen", kServer, {"--type", "ec:P-256", "--label", "mq-client", "--id", "4d51"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));

        // 2. Its CSR, signed on token A (the seed's `openssl req -engine pkcs11 ...`).
        const QString csr = path("mq-client.csr");
        run = hsmwb("csr", kServer,
                    {"--key", "mq-client", "--subject", "/C=GB/O=Example/OU=MQ/CN=mq-client.example", "--san",
                     "DNS:mq-client.example", "--eku", "clientAuth", "--out", csr});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const auto csrVerified = certtest::openssl(m_fixture, {"req", "-verify", "-noout", "-in", csr});
        QVERIFY2(csrVerified.ok, qPrintable(csrVerified.text));

        // 3. The CA on token B: its key and self-signed certificate, stored beside the key.
        run = hsmwb("keygen", kCa, {"--type", "rsa:3072", "--label", "example-ca", "--id", "ca01"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QString caPem = path("example-ca.pem");
        run = hsmwb("selfsign", kCa,
                    {"--key", "example-ca", "--subject", "/C=GB/O=Example/CN=Example MQ CA", "--days", "365",
                     "--ca", "--out", caPem, "--store"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));

        // 4. The CSR signed by the CA key on token B (the seed's `openssl ca`).
        const QString leafPem = path("mq-client.pem");
        run = hsmwb("sign-csr", kCa,
                    {"--ca-key", "example-ca", "--ca-cert", "example-ca", "--csr", csr, "--days", "90",
                     "--copy-extensions", "--out", leafPem});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const auto verified = certtest::openssl(m_fixture, {"verify", "-CAfile", caPem, leafPem});
        QVERIFY2(verified.ok, qPrintable(verified.text));
        const QString text = certtest::openssl(m_fixture, {"x509", "-in", leafPem, "-noout", "-text"}).text;
        for (const char* expected : {"DNS:mq-client.example", "TLS Web Client Authentication", "CA:FALSE",
                                     "OU = MQ, CN = mq-client.example"})
            QVERIFY2(text.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\n") + text));

        // 5. The certificate back on token A (the seed's `pkcs11-tool --write-object --type cert`):
        // it takes the key's ID and label.
        run = hsmwb("import", kServer, {"--file", leafPem});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.out.contains("paired with key “mq-client”"), run.out.constData());

        // pkcs11-tool reads it back byte for byte by the key's ID ...
        const QString readBack = path("readback.der");
        CHECK_TOOL(m_fixture.pkcs11Tool(kServer,
                                        {"--read-object", "--type", "cert", "--id", "4d51", "-o", readBack}));
        const auto leafDer = m_fixture.run("openssl", {"x509", "-in", leafPem, "-outform", "DER"});
        CHECK_TOOL(leafDer);
        QCOMPARE(certtest::readFile(readBack), leafDer.out);
        // ... and p11tool lists certificate, private and public key under the same ID and label.
        const QStringList objects = p11toolObjects(kServer);
        int sameId = 0;
        bool certificate = false;
        for (const QString& object : objects) {
            if (!object.contains(QLatin1String("ID: 4d:51")))
                continue;
            ++sameId;
            QVERIFY2(object.contains(QLatin1String("Label: mq-client")), qPrintable(object));
            certificate |= object.contains(QLatin1String("X.509 Certificate"));
        }
        QVERIFY2(certificate, qPrintable(objects.join(QLatin1String("Object "))));
        QCOMPARE(sameId, 3);

        // 6. The chain: leaf on token A -> CA on token B, every link valid.
        run = hsmwb("chain", kServer, {"--cert", "mq-client", "--json", "--no-system-trust"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.errText()));
        const QJsonArray links = run.json();
        QCOMPARE(links.size(), 2);
        const QJsonObject leaf = links[0].toObject();
        const QJsonObject ca = links[1].toObject();
        QCOMPARE(leaf[QStringLiteral("subject")].toString(),
                 QStringLiteral("CN=mq-client.example,OU=MQ,O=Example,C=GB"));
        QCOMPARE(leaf[QStringLiteral("source")].toString(), QStringLiteral("token ") + kServer);
        QCOMPARE(ca[QStringLiteral("source")].toString(), QStringLiteral("token ") + kCa);
        QCOMPARE(ca[QStringLiteral("selfSigned")].toBool(), true);
        for (const QJsonValue& link : links) {
            const QJsonObject object = link.toObject();
            QVERIFY2(object[QStringLiteral("ok")].toBool(), qPrintable(run.out));
            QCOMPARE(object[QStringLiteral("checks")].toObject()[QStringLiteral("signature")].toString(),
                     QStringLiteral("ok"));
            QCOMPARE(object[QStringLiteral("checks")].toObject()[QStringLiteral("validity")].toString(),
                     QStringLiteral("ok"));
        }
        QCOMPARE(ca[QStringLiteral("checks")].toObject()[QStringLiteral("ca")].toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentRoundTrip)
#include "test_enrollment_roundtrip.moc"
