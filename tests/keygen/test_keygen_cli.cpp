// hsmwb keygen against a real SoftHSM2 token: the URIs printed, --json, --dry-run, bad input that
// changes nothing, and interop: pkcs11-tool sees the keys, signs with them, OpenSSL verifies.
#include "CliTestSupport.h"
#include "KeygenTestSupport.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("cli keys");
const QString kPinVar = QStringLiteral("HSMWB_TEST_KEYGEN_PIN");

/// hsmwb with `pin` in kPinVar (the keygen commands read it with --pin env:...).
CliRun hsmwb(const SoftHsmFixture& fixture, const QStringList& args,
             const QString& pin = QString::fromLatin1(SoftHsmFixture::kUserPin)) {
    return runCli(fixture, args, {}, {{kPinVar, pin}});
}

QStringList keygenArgs(const QString& type, const QString& label,
                       const QString& module = SoftHsmFixture::modulePath()) {
    return {"keygen",         "--module", module, "--token", kToken, "--pin",
            "env:" + kPinVar, "--type",   type,   "--label", label};
}

} // namespace

class TestKeygenCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        QVERIFY2(!m_fixture.initToken(kToken).isEmpty(), qPrintable(m_fixture.lastError()));
    }
    void cleanup() { QVERIFY(m_fixture.setFaults({})); }

    void help() {
        const CliRun run = hsmwb(m_fixture, {"keygen", "--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* option :
             {"--type TYPE", "--label LABEL", "--id HEX", "--profile NAME", "--dry-run", "--pin SOURCE"})
            QVERIFY2(run.out.contains(option), option);
    }

    void printsUris() {
        const CliRun run = hsmwb(m_fixture, keygenArgs("ec:P-256", "cli ec"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QLatin1String("pkcs11:")) &&
                lines[0].contains(QLatin1String("type=public")));
        QVERIFY(lines[1].contains(QLatin1String("type=private")) &&
                lines[1].contains(QLatin1String("object=cli%20ec")));
        QVERIFY(lines[1].contains(QLatin1String(";id=%")));
    }

    void jsonAndPkcs11Tool_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("toolType"); // as pkcs11-tool -O names the key type
        QTest::newRow("rsa") << "rsa:2048"
                             << ""
                             << "RSA";
        QTest::newRow("ec P-384") << "ec:P-384"
                                  << "a1b2"
                                  << "EC";
        QTest::newRow("aes") << "aes:256"
                             << "0102"
                             << "AES";
        QTest::newRow("hmac") << "hmac-sha256:32"
                              << ""
                              << "Generic secret";
    }
    void jsonAndPkcs11Tool() {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, toolType);
        const QString label = QStringLiteral("interop ") + type;
        QStringList args = keygenArgs(type, label) << "--json";
        if (!id.isEmpty())
            args << "--id" << id;
        const CliRun run = hsmwb(m_fixture, args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray objects = run.json();
        const bool pair = type.startsWith(QLatin1String("rsa")) || type.startsWith(QLatin1String("ec"));
        QCOMPARE(objects.size(), pair ? 2 : 1);
        QString jsonId;
        for (const QJsonValue& v : objects) {
            const QJsonObject o = v.toObject();
            QVERIFY(o[QStringLiteral("uri")].toString().startsWith(QLatin1String("pkcs11:")));
            QVERIFY(o[QStringLiteral("class")].toString().startsWith(QLatin1String("CKO_")));
            jsonId = o[QStringLiteral("id")].toString();
        }
        if (!id.isEmpty())
            QCOMPARE(jsonId, id);
        else if (pair)
            QCOMPARE(jsonId.size(), 40);

        // pkcs11-tool -O: same label, ID and type for every object made.
        const auto listing = m_fixture.pkcs11Tool(kToken, {"-O"});
        CHECK_TOOL(listing);
        const QString text = QString::fromUtf8(listing.out);
        int seen = 0;
        const QStringList blocks = text.split(QRegularExpression(QStringLiteral("\n(?=\\S)")));
        for (const QString& block : blocks) {
            if (!block.contains(QStringLiteral("label:      ") + label + QLatin1Char('\n')))
                continue;
            ++seen;
            QVERIFY2(block.contains(QStringLiteral("; ") + toolType), qPrintable(block));
            if (!jsonId.isEmpty())
                QVERIFY2(block.contains(QStringLiteral("ID:         ") + jsonId), qPrintable(block));
        }
        QCOMPARE(seen, objects.size());
    }

    void dryRunChangesNothing() {
        const CliRun run = hsmwb(m_fixture, keygenArgs("aes:128", "dry") << "--dry-run");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Profile: SoftHSM2 (softhsm2)"));
        QVERIFY(run.out.contains("Mechanism: CKM_AES_KEY_GEN"));
        QVERIFY(run.out.contains("CKA_VALUE_LEN = 16"));
        QVERIFY(run.out.contains("CKA_LABEL = \"dry\""));
        QCOMPARE(labelCount("dry"), 0);
        const CliRun ec = hsmwb(m_fixture, keygenArgs("ec:P-521", "dry") << "--dry-run");
        QVERIFY(ec.out.contains("Public key template:") &&
                ec.out.contains("CKA_EC_PARAMS = 06 05 2b 81 04 00 23 (P-521)"));
        QCOMPARE(labelCount("dry"), 0);
    }

    void duplicateLabelWarns() {
        QCOMPARE(hsmwb(m_fixture, keygenArgs("aes:128", "twice")).exitCode, 0);
        const CliRun second = hsmwb(m_fixture, keygenArgs("aes:128", "twice"));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.errText().contains(QLatin1String("warning: a key labelled \"twice\" already exists")),
                 second.err.constData());
        QCOMPARE(labelCount("twice"), 2);
    }

    // Each bad input: one clear line on stderr, the right exit code, and the token unchanged.
    void badInput_data() {
        QTest::addColumn<QStringList>("extra"); // replaces type/label or adds options
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString userPin = QString::fromLatin1(SoftHsmFixture::kUserPin);
        QTest::newRow("rsa too small")
            << QStringList{} << "rsa:256"
            << "" << userPin << 1 << "CKM_RSA_PKCS_KEY_PAIR_GEN generates RSA keys of 512 to 16384 bits";
        QTest::newRow("binary curve") << QStringList{} << "ec:sect283k1"
                                      << "" << userPin << 1 << "curve sect283k1 (283 bits) is not supported";
        QTest::newRow("hmac too short") << QStringList{} << "hmac-sha512:16"
                                        << "" << userPin << 1 << "16 bytes is out of range";
        QTest::newRow("unknown type") << QStringList{} << "dsa:2048"
                                      << "" << userPin << 2 << "Unknown key type";
        QTest::newRow("aes 100") << QStringList{} << "aes:100"
                                 << "" << userPin << 2 << "128, 192 or 256 bits";
        QTest::newRow("id not hex") << QStringList{"--id", "xyz1"} << "aes:128"
                                    << "" << userPin << 2 << "is not hex";
        QTest::newRow("unknown profile") << QStringList{"--profile", "luna"} << "aes:128"
                                         << "" << userPin << 2 << "Unknown profile";
        QTest::newRow("nshield pair") << QStringList{"--profile", "nshield-wsop"} << "ec:P-256"
                                      << "" << userPin << 1 << "only AES and HMAC-SHA256/384/512";
        QTest::newRow("nshield id") << QStringList{"--profile", "nshield-wsop", "--id", "01"} << "aes:128"
                                    << "" << userPin << 1 << "CKA_ID is not supported";
        QTest::newRow("write protected")
            << QStringList{} << "aes:128"
            << "token_flags_add=0x2" << userPin << 1 << "CKR_TOKEN_WRITE_PROTECTED";
        QTest::newRow("wrong pin") << QStringList{} << "aes:128"
                                   << ""
                                   << "999999" << 1 << "CKR_PIN_INCORRECT";
        QTest::newRow("pin locked") << QStringList{} << "aes:128"
                                    << "token_flags_add=0x40000" << userPin << 1 << "locked";
    }
    void badInput() {
        QFETCH(QStringList, extra);
        QFETCH(QString, type);
        QFETCH(QString, faults);
        QFETCH(QString, pin);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString label =
            QStringLiteral("bad") + QString::fromLatin1(QTest::currentDataTag()).remove(' ');
        QVERIFY(m_fixture.setFaults(faults.toLatin1() + "\n"));
        const CliRun run =
            hsmwb(m_fixture, keygenArgs(type, label, SoftHsmFixture::faultModulePath()) << extra, pin);
        QVERIFY(m_fixture.setFaults({}));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message, Qt::CaseInsensitive), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY(run.err.count('\n') >= 1);
        QCOMPARE(labelCount(label), 0);
    }

    void nshieldProfileOnFakedToken() {
        // SoftHSM2 dressed up as an nShield WSOP token: the profile is chosen automatically and an
        // AES key that follows its rules is made; a label with & is refused.
        QVERIFY(m_fixture.setFaults("library_manufacturer=nCipher Corp. Ltd\n"
                                    "library_description=nShield Web Services PKCS#11\n"));
        const CliRun refused =
            hsmwb(m_fixture, keygenArgs("aes:256", "R&D", SoftHsmFixture::faultModulePath()));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(QLatin1String("profile nshield-wsop")) &&
                     refused.errText().contains(QLatin1String("<, > or &")),
                 refused.err.constData());
        const CliRun preview =
            hsmwb(m_fixture, keygenArgs("aes:256", "RnD", SoftHsmFixture::faultModulePath()) << "--dry-run");
        QVERIFY2(preview.out.contains("nShield Web Services (WSOP)"), preview.out.constData());
        const CliRun made = hsmwb(m_fixture, keygenArgs("aes:256", "RnD", SoftHsmFixture::faultModulePath()));
        QVERIFY(m_fixture.setFaults({}));
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QCOMPARE(labelCount("R&D"), 0);
        QCOMPARE(labelCount("RnD"), 1);
    }

    // An EC and an RSA key made by hsmwb keygen sign with pkcs11-tool; OpenSSL verifies with the
    // exported public key. SoftHSM2 2.6 lists CKM_ECDSA but not CKM_ECDSA_SHA256, so the EC key signs
    // the SHA-256 digest with ECDSA: the same signature ECDSA-SHA256 makes over the data.
    void signAndVerify_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("signOptions");
        QTest::addColumn<bool>("signDigest");
        QTest::newRow("ec") << "ec:P-256" << QStringList{"-m", "ECDSA", "--signature-format", "openssl"}
                            << true;
        QTest::newRow("rsa") << "rsa:2048" << QStringList{"-m", "SHA256-RSA-PKCS"} << false;
    }
    void signAndVerify() {
        QFETCH(QString, type);
        QFETCH(QStringList, signOptions);
        QFETCH(bool, signDigest);
        const CliRun made = hsmwb(m_fixture, keygenArgs(type, "signer " + type) << "--json");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QByteArray id =
            QByteArray::fromHex(made.json().at(0).toObject()[QStringLiteral("id")].toString().toLatin1());
        QCOMPARE(id.size(), 20);

        const QDir dir(m_fixture.dir());
        const QString data = dir.filePath(QStringLiteral("data.txt"));
        const QString signature =
            dir.filePath(QStringLiteral("sig-%1.bin").arg(QString::fromLatin1(id.toHex())));
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("data signed on the token\n") > 0);
        file.close();
        QString input = data;
        if (signDigest) {
            input = dir.filePath(QStringLiteral("data.sha256"));
            const auto digest =
                m_fixture.run(QStringLiteral("openssl"), {"dgst", "-sha256", "-binary", "-out", input, data});
            CHECK_TOOL(digest);
        }
        const auto sign = m_fixture.pkcs11Tool(
            kToken,
            QStringList{"--sign", "--id", QString::fromLatin1(id.toHex()), "-i", input, "-o", signature}
                << signOptions);
        CHECK_TOOL(sign);

        QString error;
        const QString pem = keygentest::exportPublicKeyPem(m_fixture, kToken, id, error);
        QVERIFY2(!pem.isEmpty(), qPrintable(error));
        const auto verify = m_fixture.run(QStringLiteral("openssl"),
                                          {"dgst", "-sha256", "-verify", pem, "-signature", signature, data});
        QVERIFY2(verify.ok() && verify.out.contains("Verified OK"), (verify.out + verify.err).constData());
        // And a changed message does not verify: the check can fail.
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("something else\n") > 0);
        file.close();
        const auto tampered = m_fixture.run(
            QStringLiteral("openssl"), {"dgst", "-sha256", "-verify", pem, "-signature", signature, data});
        QVERIFY(!tampered.ok());
    }

private:
    int labelCount(const QString& label) {
        tokentest::OpenOptions options;
        options.loginUser = true;
        tokentest::OpenedToken opened = tokentest::openToken(kToken, options);
        if (!opened.ok())
            return -1;
        return int(keygentest::objectsLabelled(*opened.session, opened.token, label).size());
    }

    SoftHsmFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestKeygenCli)
#include "test_keygen_cli.moc"
