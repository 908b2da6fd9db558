// hsmwb csr, sign-csr and selfsign against real SoftHSM2 tokens: a root -> intermediate -> leaf
// chain across tokens that `openssl verify` accepts, certificates stored with --store read back by
// pkcs11-tool, and bad input refused with one clear line and no output file.

#include "CertTestSupport.h"
#include "CliTestSupport.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFileInfo>
#include <QTest>

namespace {

const QString kPinVar = QStringLiteral("HSMWB_TEST_CERT_PIN");
const QString kCa = QStringLiteral("cli ca");
const QString kLeaf = QStringLiteral("cli leaf");
const QString kEd = QStringLiteral("cli ed"); // Ed25519 keys on their own token (certtest::isEdwards)

CliRun hsmwb(const SoftHsmFixture& fixture, const QStringList& args) {
    return runCli(fixture, args, {}, {{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}});
}

QStringList common(const QString& command, const QString& token) {
    return {command, "--module", SoftHsmFixture::modulePath(), "--token", token, "--pin", "env:" + kPinVar};
}

} // namespace

class TestCertCli : public QObject {
    Q_OBJECT

private:
    SoftHsmFixture m_fixture;

    QString path(const QString& name) const { return m_fixture.dir() + QLatin1Char('/') + name; }

    bool keygen(const QString& token, const QString& type, const QString& label) {
        const CliRun run =
            hsmwb(m_fixture, common("keygen", token) << "--type" << type << "--label" << label);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }

    /// Runs a command that must fail: its exit code, one line naming `message`, and `out` untouched.
    void expectRefusal(const QStringList& args, int exitCode, const QString& message) {
        const QString out = path(QStringLiteral("refused.out"));
        QVERIFY(certtest::writeFile(out, "old content"));
        const CliRun run = hsmwb(m_fixture, QStringList(args) << "--out" << out);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.errText())));
        QVERIFY2(run.errText().contains(message),
                 qPrintable(message + QStringLiteral(" not in: ") + run.errText()));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(certtest::readFile(out), QByteArray("old content"));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        for (const QString& token : {kCa, kLeaf, kEd})
            QVERIFY2(!m_fixture.initToken(token).isEmpty(), qPrintable(m_fixture.lastError()));
        QVERIFY(keygen(kCa, "ec:P-384", "root"));
        QVERIFY(keygen(kCa, "rsa:2048", "inter"));
        QVERIFY(keygen(kCa, "ec:P-256", "plain"));
        QVERIFY(keygen(kCa, "ec:P-256", "nokcs"));
        QVERIFY(keygen(kLeaf, "ec:P-256", "leaf"));
        QVERIFY(keygen(kLeaf, "rsa:3072", "rsa"));
        QVERIFY(keygen(kEd, "ed25519", "ed"));
    }

    void help() {
        for (const char* command : {"csr", "sign-csr", "selfsign"}) {
            const CliRun run = hsmwb(m_fixture, {command, "--help"});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains("--out FILE"));
        }
        const CliRun sign = hsmwb(m_fixture, {"sign-csr", "--help"});
        for (const char* option : {"--ca-key SELECTOR", "--ca-cert SELECTOR", "--csr FILE", "--days N",
                                   "--pathlen N", "--copy-extensions", "--force", "--store", "--der"})
            QVERIFY2(sign.out.contains(option), option);
    }

    void chainAcrossTokens() {
        // Root: self-signed CA on token "cli ca", stored there beside its key.
        const QString root = path("root.pem");
        CliRun run = hsmwb(m_fixture, common("selfsign", kCa) << "--key"
                                                              << "root"
                                                              << "--subject"
                                                              << "/C=GB/O=Example/CN=Example Root"
                                                              << "--days"
                                                              << "30"
                                                              << "--ca"
                                                              << "--out" << root << "--store");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const char* expected : {"Self-signed CA certificate made", "Subject:   CN=Example Root",
                                     "Serial:", "Algorithm: ECDSA with SHA-384", "Stored:", "beside its key"})
            QVERIFY2(run.out.contains(expected), run.out.constData());
        QVERIFY(certtest::openssl(m_fixture, {"verify", "-CAfile", root, root}).ok);

        // Intermediate: CSR from a key on the same token, signed by the root with --ca --pathlen 0.
        const QString interCsr = path("inter.csr");
        run = hsmwb(m_fixture, common("csr", kCa) << "--key"
                                                  << "inter"
                                                  << "--subject"
                                                  << "/C=GB/O=Example/CN=Example Intermediate"
                                                  << "--out" << interCsr);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Algorithm: RSA PKCS#1 v1.5 with SHA-256") &&
                     run.out.contains("RSA 2048 bits"),
                 run.out.constData());
        const auto interVerified =
            certtest::openssl(m_fixture, {"req", "-verify", "-noout", "-in", interCsr});
        QVERIFY2(interVerified.ok, qPrintable(interVerified.text));
        const QString inter = path("inter.pem");
        run = hsmwb(m_fixture, common("sign-csr", kCa) << "--ca-key"
                                                       << "root"
                                                       << "--ca-cert"
                                                       << "root"
                                                       << "--csr" << interCsr << "--days"
                                                       << "20"
                                                       << "--ca"
                                                       << "--pathlen"
                                                       << "0"
                                                       << "--out" << inter << "--store");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Certificate issued") && run.out.contains("Issuer:    CN=Example Root"),
                 run.out.constData());

        // Leaf: key on the other token, CSR with SANs and usages, signed by the intermediate.
        const QString leafCsr = path("leaf.csr");
        run = hsmwb(m_fixture, common("csr", kLeaf) << "--key"
                                                    << "pkcs11:object=leaf;type=private"
                                                    << "--subject"
                                                    << "CN=client.example,O=Example,C=GB"
                                                    << "--san"
                                                    << "DNS:client.example,IP:10.0.0.1"
                                                    << "--eku"
                                                    << "clientAuth,serverAuth"
                                                    << "--key-usage"
                                                    << "digitalSignature"
                                                    << "--out" << leafCsr << "--der");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Subject:   /C=GB/O=Example/CN=client.example"));
        QCOMPARE(certtest::readFile(leafCsr).at(0), '\x30');
        const auto leafCsrVerified =
            certtest::openssl(m_fixture, {"req", "-verify", "-noout", "-inform", "DER", "-in", leafCsr});
        QVERIFY2(leafCsrVerified.ok, qPrintable(leafCsrVerified.text));
        const QString leaf = path("leaf.pem");
        run = hsmwb(m_fixture, common("sign-csr", kCa) << "--ca-key"
                                                       << "inter"
                                                       << "--ca-cert"
                                                       << "inter"
                                                       << "--csr" << leafCsr << "--days"
                                                       << "5"
                                                       << "--eku"
                                                       << "clientAuth"
                                                       << "--copy-extensions"
                                                       << "--out" << leaf);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Algorithm: RSA PKCS#1 v1.5 with SHA-256"));

        const auto verified =
            certtest::openssl(m_fixture, {"verify", "-CAfile", root, "-untrusted", inter, leaf});
        QVERIFY2(verified.ok && verified.text.contains(QLatin1String("leaf.pem: OK")),
                 qPrintable(verified.text));
        const QString text = certtest::openssl(m_fixture, {"x509", "-in", leaf, "-noout", "-text"}).text;
        for (const char* expected : {"DNS:client.example", "IP Address:10.0.0.1",
                                     "TLS Web Client Authentication", "Digital Signature", "CA:FALSE"})
            QVERIFY2(text.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\n") + text));
        QVERIFY2(!text.contains(QLatin1String("TLS Web Server Authentication")), qPrintable(text));
        const QString interText =
            certtest::openssl(m_fixture, {"x509", "-in", inter, "-noout", "-text"}).text;
        QVERIFY2(interText.contains(QLatin1String("CA:TRUE, pathlen:0")), qPrintable(interText));

        // --store: pkcs11-tool reads the root back byte-identical, with the key's ID.
        const QString readBack = path("root-readback.der");
        CHECK_TOOL(m_fixture.pkcs11Tool(
            kCa, {"--read-object", "--type", "cert", "--label", "root", "-o", readBack}));
        const auto rootDer = m_fixture.run("openssl", {"x509", "-in", root, "-outform", "DER"});
        CHECK_TOOL(rootDer);
        QCOMPARE(certtest::readFile(readBack), rootDer.out);
        const auto listing = m_fixture.pkcs11Tool(kCa, {"-O"});
        CHECK_TOOL(listing);
        const QSet<QString> objects = parsePkcs11ToolObjects(QString::fromUtf8(listing.out));
        int rootCerts = 0;
        for (const QString& object : objects) {
            if (object.startsWith(QLatin1String("CKO_CERTIFICATE|root|"))) {
                ++rootCerts;
                QVERIFY2(objects.contains(QStringLiteral("CKO_PRIVATE_KEY|root|") + object.section('|', 2)),
                         qPrintable(object));
            }
        }
        QCOMPARE(rootCerts, 1);

        // The intermediate's path length 0 forbids another CA below it.
        expectRefusal(common("sign-csr", kCa) << "--ca-key"
                                              << "inter"
                                              << "--ca-cert"
                                              << "inter"
                                              << "--csr" << leafCsr << "--days"
                                              << "5"
                                              << "--ca",
                      1, "path length is 0");
        // A CA certificate that is not the CA key's.
        expectRefusal(common("sign-csr", kCa) << "--ca-key"
                                              << "inter"
                                              << "--ca-cert"
                                              << "root"
                                              << "--csr" << leafCsr << "--days"
                                              << "5",
                      1, "is not the CA key's");
    }

    void derOutputPssEd25519AndNonAscii() {
        // DER self-signed certificate.
        const QString der = path("plain.der");
        CliRun run = hsmwb(m_fixture, common("selfsign", kCa) << "--key"
                                                              << "plain"
                                                              << "--subject"
                                                              << "/CN=plain"
                                                              << "--days"
                                                              << "2"
                                                              << "--out" << der << "--der");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(certtest::readFile(der).at(0), '\x30');
        QVERIFY(certtest::openssl(m_fixture, {"x509", "-inform", "DER", "-in", der, "-noout"}).ok);

        // RSA-PSS CSR (CKM_RSA_X_509 on the token).
        const QString pss = path("pss.csr");
        run = hsmwb(m_fixture, common("csr", kLeaf) << "--key"
                                                    << "rsa"
                                                    << "--subject"
                                                    << "/CN=pss"
                                                    << "--pss"
                                                    << "--hash"
                                                    << "sha512"
                                                    << "--out" << pss);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("RSA-PSS with SHA-512"));
        const auto pssText = certtest::openssl(m_fixture, {"req", "-verify", "-noout", "-text", "-in", pss});
        QVERIFY2(pssText.ok && pssText.text.contains(QLatin1String("rsassaPss")), qPrintable(pssText.text));

        // Ed25519: CSR and a self-signed CA.
        const QString edCsr = path("ed.csr");
        run = hsmwb(m_fixture, common("csr", kEd) << "--key"
                                                  << "ed"
                                                  << "--subject"
                                                  << "/CN=ed"
                                                  << "--out" << edCsr);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(certtest::openssl(m_fixture, {"req", "-verify", "-noout", "-in", edCsr}).ok);
        const QString edRoot = path("ed-root.pem");
        run = hsmwb(m_fixture, common("selfsign", kEd) << "--key"
                                                       << "ed"
                                                       << "--subject"
                                                       << "/CN=ed root"
                                                       << "--days"
                                                       << "3"
                                                       << "--ca"
                                                       << "--pathlen"
                                                       << "1"
                                                       << "--out" << edRoot);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Algorithm: Ed25519"));
        QVERIFY(certtest::openssl(m_fixture, {"verify", "-CAfile", edRoot, edRoot}).ok);

        // Non-ASCII names, byte-exact.
        const QString cn = QStringLiteral("J\u00fcrgen M\u00fcller Stra\u00dfe");
        const QString utf8 = path("utf8.csr");
        run =
            hsmwb(m_fixture, common("csr", kLeaf)
                                 << "--key"
                                 << "leaf"
                                 << "--subject" << QStringLiteral("/C=DE/O=M\u00fcller & S\u00f6hne/CN=") + cn
                                 << "--out" << utf8);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QString::fromUtf8(run.out).contains(cn));
        const auto subject = certtest::openssl(
            m_fixture, {"req", "-in", utf8, "-noout", "-subject", "-nameopt", "utf8,sep_comma_plus"});
        QVERIFY2(subject.text.contains(QStringLiteral("O=M\u00fcller & S\u00f6hne,CN=") + cn),
                 qPrintable(subject.text));
    }

    void forceAcceptsWarnings() {
        const QString ca = path("nokcs.pem");
        CliRun run = hsmwb(m_fixture, common("selfsign", kCa) << "--key"
                                                              << "nokcs"
                                                              << "--subject"
                                                              << "/CN=no kcs"
                                                              << "--days"
                                                              << "5"
                                                              << "--ca"
                                                              << "--key-usage"
                                                              << "digitalSignature,cRLSign"
                                                              << "--out" << ca << "--store");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString csr = path("for-nokcs.csr");
        run = hsmwb(m_fixture, common("csr", kLeaf) << "--key"
                                                    << "leaf"
                                                    << "--subject"
                                                    << "/CN=x"
                                                    << "--out" << csr);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList sign = common("sign-csr", kCa) << "--ca-key"
                                                         << "nokcs"
                                                         << "--ca-cert"
                                                         << "nokcs"
                                                         << "--csr" << csr << "--days"
                                                         << "1";
        expectRefusal(sign, 1, "lacks keyCertSign");
        const QString out = path("forced.pem");
        run = hsmwb(m_fixture, QStringList(sign) << "--force"
                                                 << "--out" << out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.errText().contains(
                     QLatin1String("warning: The CA certificate's key usage lacks keyCertSign.")),
                 run.err.constData());
        QVERIFY(QFileInfo::exists(out));
    }

    void badInputIsRefused() {
        // Files for the CSR cases.
        const QString good = path("good.csr");
        const CliRun made = hsmwb(m_fixture, common("csr", kLeaf) << "--key"
                                                                  << "leaf"
                                                                  << "--subject"
                                                                  << "/CN=good"
                                                                  << "--out" << good << "--der");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QByteArray der = certtest::readFile(good);
        QByteArray flipped = der;
        flipped[flipped.size() - 4] = char(flipped[flipped.size() - 4] ^ 0x10);
        const QList<QPair<QString, QByteArray>> files{{"garbage.csr", "hello, this is no CSR\n"},
                                                      {"truncated.csr", der.left(der.size() - 20)},
                                                      {"flipped.csr", flipped},
                                                      {"huge.csr", QByteArray(3 * 1024 * 1024, '0')}};
        for (const auto& [name, bytes] : files)
            QVERIFY(certtest::writeFile(path(name), bytes));
        const auto signCsr = [&](const QString& file) {
            return common("sign-csr", kCa) << "--ca-key"
                                           << "root"
                                           << "--ca-cert"
                                           << "root"
                                           << "--csr" << path(file) << "--days"
                                           << "1";
        };
        const auto csr = [&](const QString& subject) {
            return common("csr", kLeaf) << "--key"
                                        << "leaf"
                                        << "--subject" << subject;
        };

        expectRefusal(csr("/C=GB/O=/CN=x"), 2, "O is empty");
        expectRefusal(csr("/C=GBR/CN=x"), 2, "two letters");
        expectRefusal(csr("/C=GB/CN=x") << "--san"
                                        << "IP:999.1.1.1",
                      2, "not an IPv4 or IPv6 address");
        expectRefusal(csr("/C=GB/CN=x") << "--eku"
                                        << "webAuth",
                      2, "not an extended key usage");
        expectRefusal(csr("/C=GB/CN=x") << "--key-usage"
                                        << "signing",
                      2, "not a key usage");
        expectRefusal(csr("/CN=x") << "--hash"
                                   << "md5",
                      1, "md5");
        expectRefusal(common("csr", kEd) << "--key"
                                         << "ed"
                                         << "--subject"
                                         << "/CN=x"
                                         << "--hash"
                                         << "sha256",
                      1, "Ed25519 hashes internally");
        expectRefusal(common("csr", kLeaf) << "--key"
                                           << "missing"
                                           << "--subject"
                                           << "/CN=x",
                      1, "No object");
        expectRefusal(signCsr("garbage.csr"), 1, "not PEM or DER");
        expectRefusal(signCsr("truncated.csr"), 1, "truncated");
        expectRefusal(signCsr("flipped.csr"), 1, "does not verify");
        expectRefusal(signCsr("huge.csr"), 1, "1 MiB");
        expectRefusal(signCsr("absent.csr"), 1, "Cannot read");
        expectRefusal(signCsr("good.csr") << "--pathlen"
                                          << "1",
                      2, "only to CA certificates");
        expectRefusal(signCsr("good.csr") << "--days"
                                          << "0",
                      2, "at least 1");
        // A CA:FALSE certificate stored beside its key is no CA.
        const QString plain = path("plain-stored.pem");
        const CliRun stored = hsmwb(m_fixture, common("selfsign", kCa) << "--key"
                                                                       << "plain"
                                                                       << "--subject"
                                                                       << "/CN=plain stored"
                                                                       << "--days"
                                                                       << "2"
                                                                       << "--out" << plain << "--store");
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        expectRefusal(common("sign-csr", kCa) << "--ca-key"
                                              << "plain"
                                              << "--ca-cert"
                                              << "plain"
                                              << "--csr" << good << "--days"
                                              << "1"
                                              << "--force",
                      1, "CA:FALSE");
    }
};

QTEST_GUILESS_MAIN(TestCertCli)
#include "test_cert_cli.moc"
