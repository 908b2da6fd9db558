// hsmwb import and hsmwb export against a real SoftHSM2 token: files made by openssl, results read
// back with pkcs11-tool; bad input leaves the token unchanged.
#include "CliTestSupport.h"
#include "SoftHsmFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kToken = QStringLiteral("CliImport");

QStringList words(const QString& text) {
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void importPairsWithGeneratedKey();
    void importPkcs12WithPassword();
    void badInputLeavesTokenUnchanged_data();
    void badInputLeavesTokenUnchanged();
    void exportIsByteIdentical();
    void exportPrefersCertificateOrSaysWhichToPick();
    void nonAsciiLabel();

private:
    QString path(const QString& name) const { return m_tmp.filePath(name); }
    QByteArray readFile(const QString& name) const {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool writeFile(const QString& name, const QByteArray& bytes) const {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    bool openssl(const QStringList& args) {
        const auto r = m_fixture->run(QStringLiteral("openssl"), args);
        if (!r.ok())
            qWarning("openssl: %s", r.err.constData());
        return r.ok();
    }
    bool makeCert(const QString& name, const QString& subject) {
        return openssl(words(QStringLiteral(
                                 "req -x509 -nodes -newkey rsa:2048 -days 30 -keyout %1.key -out %1.pem")
                                 .arg(path(name)))
                       << QStringLiteral("-subj") << subject) &&
               openssl(words(QStringLiteral("x509 -in %1.pem -outform DER -out %1.der").arg(path(name))));
    }
    /// hsmwb COMMAND --module --token --pin env:HSMWB_PIN (the user PIN) ARGS.
    CliRun hsmwb(const QString& command, const QStringList& args, bool pin = true) {
        QStringList all{command, QStringLiteral("--module"), SoftHsmFixture::modulePath(),
                        QStringLiteral("--token"), kToken};
        if (pin)
            all << QStringLiteral("--pin") << QStringLiteral("env:HSMWB_PIN");
        return runCli(*m_fixture, all + args, {},
                      {{QStringLiteral("HSMWB_PIN"), QString::fromLatin1(SoftHsmFixture::kUserPin)},
                       {QStringLiteral("P12_PASSWORD"), QStringLiteral("p12secret")}});
    }
    /// Every object header line pkcs11-tool -O prints (a count that does not merge equal labels).
    int headerCount() {
        const auto r = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")});
        if (!r.ok())
            return -1;
        int count = 0;
        for (const QString& line : QString::fromUtf8(r.out).split(QLatin1Char('\n')))
            if (line.contains(QLatin1String(" Object;")) || line.startsWith(QLatin1String("Data object")))
                ++count;
        return count;
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    QTemporaryDir m_tmp;
};

void TestImportCli::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(kToken).isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY(makeCert(QStringLiteral("ca"), QStringLiteral("/CN=CLI CA")));
}

void TestImportCli::cleanupTestCase() {
    m_fixture.reset();
}

void TestImportCli::importPairsWithGeneratedKey() {
    const auto gen = m_fixture->pkcs11Tool(
        kToken, words(QStringLiteral("--keypairgen --key-type EC:prime256v1 --id c0ffee --label cli-key")));
    QVERIFY2(gen.ok(), gen.err.constData());
    QVERIFY(m_fixture
                ->pkcs11Tool(kToken, words(QStringLiteral("--read-object --type pubkey --id c0ffee -o %1")
                                               .arg(path(QStringLiteral("pub.der")))))
                .ok());
    QVERIFY(openssl(words(QStringLiteral("pkey -pubin -inform DER -in %1 -out %2")
                              .arg(path(QStringLiteral("pub.der")), path(QStringLiteral("pub.pem"))))));
    QVERIFY(openssl(
        words(QStringLiteral("x509 -new -days 30 -force_pubkey %1 -CA %2 -CAkey %3 -outform DER -out %4")
                  .arg(path(QStringLiteral("pub.pem")), path(QStringLiteral("ca.pem")),
                       path(QStringLiteral("ca.key")), path(QStringLiteral("leaf.der"))))
        << QStringLiteral("-subj") << QStringLiteral("/CN=cli leaf")));

    const CliRun run =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(QStringLiteral("leaf.der"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.out.contains("paired with key “cli-key”"), run.out.constData());
    // pkcs11-tool reads the certificate back by the key's ID, byte for byte.
    QVERIFY(m_fixture
                ->pkcs11Tool(kToken, words(QStringLiteral("--read-object --type cert --id c0ffee -o %1")
                                               .arg(path(QStringLiteral("back.der")))))
                .ok());
    QCOMPARE(readFile(QStringLiteral("back.der")), readFile(QStringLiteral("leaf.der")));
    const auto listed = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")});
    QVERIFY(parsePkcs11ToolObjects(QString::fromUtf8(listed.out))
                .contains(objectKey(QStringLiteral("CKO_CERTIFICATE"), QStringLiteral("cli-key"),
                                    QStringLiteral("c0ffee"))));

    // Again: already present, nothing written.
    const int count = headerCount();
    const CliRun again =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(QStringLiteral("leaf.der"))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("Already present"), again.out.constData());
    QCOMPARE(headerCount(), count);

    // A certificate without a key on the token: imported on its own, and said so.
    const CliRun alone =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(QStringLiteral("ca.pem"))});
    QCOMPARE(alone.exitCode, 0);
    QVERIFY2(alone.out.contains("no matching key: imported on its own"), alone.out.constData());
}

void TestImportCli::importPkcs12WithPassword() {
    QVERIFY(makeCert(QStringLiteral("p12"), QStringLiteral("/CN=pkcs12 leaf")));
    QVERIFY(openssl(words(QStringLiteral("pkcs12 -export -in %1.pem -inkey %1.key -name p12-key -out %1.p12 "
                                         "-passout pass:p12secret")
                              .arg(path(QStringLiteral("p12"))))));
    const int before = headerCount();
    const CliRun run =
        hsmwb(QStringLiteral("import"),
              {QStringLiteral("--file"), path(QStringLiteral("p12.p12")), QStringLiteral("--password"),
               QStringLiteral("env:P12_PASSWORD"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonArray json = run.json();
    QCOMPARE(json.size(), 3); // private key, public key, certificate
    QCOMPARE(headerCount(), before + 3);
    for (const auto& value : json)
        QCOMPARE(value.toObject().value(QStringLiteral("label")).toString(), QStringLiteral("p12-key"));
}

void TestImportCli::badInputLeavesTokenUnchanged_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << QStringLiteral("garbage.bin") << QStringLiteral("not a certificate file");
    QTest::newRow("truncated") << QStringLiteral("truncated.der") << QStringLiteral("truncated");
    QTest::newRow("5 MiB") << QStringLiteral("big.pem") << QStringLiteral("limited to");
    QTest::newRow("wrong password") << QStringLiteral("wrong.p12") << QStringLiteral("PKCS12_verify_mac");
}

void TestImportCli::badInputLeavesTokenUnchanged() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QVERIFY(writeFile(QStringLiteral("garbage.bin"), QByteArray(300, '\x17')));
    const QByteArray der = readFile(QStringLiteral("ca.der"));
    QVERIFY(writeFile(QStringLiteral("truncated.der"), der.left(der.size() - 10)));
    QVERIFY(writeFile(QStringLiteral("big.pem"), QByteArray(5 * 1024 * 1024, '-')));
    QVERIFY(
        openssl(words(QStringLiteral("pkcs12 -export -in %1.pem -inkey %1.key -out %2 -passout pass:other")
                          .arg(path(QStringLiteral("ca")), path(QStringLiteral("wrong.p12"))))));
    const int before = headerCount();
    QVERIFY(before >= 0);
    const CliRun run =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(file), QStringLiteral("--password"),
                                         QStringLiteral("env:P12_PASSWORD")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(expected, Qt::CaseInsensitive), qPrintable(run.errText()));
    QCOMPARE(headerCount(), before);
}

void TestImportCli::exportIsByteIdentical() {
    QVERIFY(makeCert(QStringLiteral("exp"), QStringLiteral("/CN=export me")));
    const CliRun imported =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(QStringLiteral("exp.pem")),
                                         QStringLiteral("--label"), QStringLiteral("export-cert")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
    // Certificates are public: no PIN needed.
    const CliRun der =
        hsmwb(QStringLiteral("export"),
              {QStringLiteral("--object"), QStringLiteral("export-cert"), QStringLiteral("--out"),
               path(QStringLiteral("out.der")), QStringLiteral("--der")},
              false);
    QVERIFY2(der.exitCode == 0, qPrintable(der.errText()));
    QCOMPARE(readFile(QStringLiteral("out.der")), readFile(QStringLiteral("exp.der")));
    const CliRun pem =
        hsmwb(QStringLiteral("export"),
              {QStringLiteral("--object"), QStringLiteral("pkcs11:object=export-cert;type=cert"),
               QStringLiteral("--out"), path(QStringLiteral("out.pem"))},
              false);
    QVERIFY2(pem.exitCode == 0, qPrintable(pem.errText()));
    QCOMPARE(readFile(QStringLiteral("out.pem")), readFile(QStringLiteral("exp.pem")));
}

void TestImportCli::exportPrefersCertificateOrSaysWhichToPick() {
    // "cli-key" names a private key, a public key and a certificate: the certificate is exported.
    const CliRun cert = hsmwb(QStringLiteral("export"),
                              {QStringLiteral("--object"), QStringLiteral("cli-key"), QStringLiteral("--out"),
                               path(QStringLiteral("pair.der")), QStringLiteral("--der")});
    QVERIFY2(cert.exitCode == 0, qPrintable(cert.errText()));
    QCOMPARE(readFile(QStringLiteral("pair.der")), readFile(QStringLiteral("leaf.der")));

    // Two certificates with one label: the error lists both URIs.
    QVERIFY(makeCert(QStringLiteral("dup1"), QStringLiteral("/CN=dup one")));
    QVERIFY(makeCert(QStringLiteral("dup2"), QStringLiteral("/CN=dup two")));
    for (const QString& name : {QStringLiteral("dup1.pem"), QStringLiteral("dup2.pem")})
        QCOMPARE(hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(name),
                                                  QStringLiteral("--label"), QStringLiteral("twin")})
                     .exitCode,
                 0);
    const CliRun twin =
        hsmwb(QStringLiteral("export"), {QStringLiteral("--object"), QStringLiteral("twin"),
                                         QStringLiteral("--out"), path(QStringLiteral("twin.pem"))});
    QCOMPARE(twin.exitCode, 1);
    QVERIFY2(twin.errText().contains(QStringLiteral("names 2 objects")), qPrintable(twin.errText()));
    QCOMPARE(twin.errText().count(QStringLiteral("pkcs11:")), 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("twin.pem"))));
}

void TestImportCli::nonAsciiLabel() {
    QVERIFY(makeCert(QStringLiteral("uni"), QStringLiteral("/CN=unicode")));
    const QString label = QStringLiteral("Überzertifikat – ключ ✓");
    const CliRun run =
        hsmwb(QStringLiteral("import"), {QStringLiteral("--file"), path(QStringLiteral("uni.der")),
                                         QStringLiteral("--label"), label, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(run.json().first().toObject().value(QStringLiteral("label")).toString(), label);
    const CliRun back = hsmwb(QStringLiteral("export"),
                              {QStringLiteral("--object"), label, QStringLiteral("--out"),
                               path(QStringLiteral("uni.out.der")), QStringLiteral("--der")},
                              false);
    QVERIFY2(back.exitCode == 0, qPrintable(back.errText()));
    QCOMPARE(readFile(QStringLiteral("uni.out.der")), readFile(QStringLiteral("uni.der")));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "test_import_cli.moc"
