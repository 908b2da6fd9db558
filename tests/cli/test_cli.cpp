// The hsmwb command line, run as a user would (QProcess) against a SoftHSM2 token made with
// pkcs11-tool, cross-checked with pkcs11-tool and p11tool, and against p11-kit's trust module.
#include "CliTestSupport.h"
#include "Module.h"
#include "SoftHsmFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <memory>

namespace {
const QString kToken = QStringLiteral("CliToken");
const QString kPinVar = QStringLiteral("HSMWB_TEST_PIN");

struct Expected {
    QString cls, label, id, typeKey, type;
};

// What pkcs11-tool is asked to make in initTestCase, as hsmwb must report it.
const QList<Expected> kExpected{
    {QStringLiteral("CKO_PRIVATE_KEY"), QStringLiteral("ec-key"), QStringLiteral("01"),
     QStringLiteral("key_type"), QStringLiteral("CKK_EC")},
    {QStringLiteral("CKO_PUBLIC_KEY"), QStringLiteral("ec-key"), QStringLiteral("01"),
     QStringLiteral("key_type"), QStringLiteral("CKK_EC")},
    {QStringLiteral("CKO_PRIVATE_KEY"), QStringLiteral("rsa-key"), QStringLiteral("02"),
     QStringLiteral("key_type"), QStringLiteral("CKK_RSA")},
    {QStringLiteral("CKO_PUBLIC_KEY"), QStringLiteral("rsa-key"), QStringLiteral("02"),
     QStringLiteral("key_type"), QStringLiteral("CKK_RSA")},
    {QStringLiteral("CKO_SECRET_KEY"), QStringLiteral("aes-key"), QStringLiteral("03"),
     QStringLiteral("key_type"), QStringLiteral("CKK_AES")},
    {QStringLiteral("CKO_DATA"), QStringLiteral("data-obj"), QString(), QString(), QString()},
    {QStringLiteral("CKO_CERTIFICATE"), QStringLiteral("cert"), QStringLiteral("05"),
     QStringLiteral("certificate_type"), QStringLiteral("CKC_X_509")},
};

QSet<QString> keysOf(const QJsonArray& objects) {
    QSet<QString> keys;
    for (const QJsonValue& v : objects) {
        const QJsonObject o = v.toObject();
        keys.insert(objectKey(o[QStringLiteral("class")].toString(), o[QStringLiteral("label")].toString(),
                              o[QStringLiteral("id")].toString()));
    }
    return keys;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpVersionAndUsage();
    void modulesListsSofthsm();
    void slotsShowsTheToken();
    void mechanismsOfTheToken();
    void objectsWithoutPinArePublic();
    void objectsWithPin_data();
    void objectsWithPin();
    void textTableIsAligned();
    void agreesWithPkcs11Tool();
    void agreesWithP11tool();
    void plainPinIsRefused();
    void badPinSources();
    void wrongPinFails();
    void finalTryAndLockedPins();
    void badModules();
    void duplicateTokenLabels();
    void trustModuleListsCertificates();

private:
    QStringList objectsArgs(const QString& token = kToken) const {
        return {QStringLiteral("objects"), QStringLiteral("--module"), SoftHsmFixture::modulePath(),
                QStringLiteral("--token"), token};
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    QString m_serial;
    QString m_twinA, m_twinB;
    QString m_pinFile;
};

void TestCli::initTestCase() {
    QVERIFY2(QFile::exists(SoftHsmFixture::cliPath()), qPrintable(SoftHsmFixture::cliPath()));
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    m_serial = m_fixture->initToken(kToken);
    QVERIFY2(!m_serial.isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("Twin")).isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("Twin")).isEmpty(), qPrintable(m_fixture->lastError()));
    {
        // The twins' serials straight from the module (initToken cannot tell two tokens of one label apart).
        auto module = hsm::Module::load(SoftHsmFixture::modulePath());
        QVERIFY(module.ok());
        auto slotList = module.value()->slotList();
        QVERIFY(slotList.ok());
        QStringList twins;
        for (const hsm::SlotInfo& slot : slotList.value())
            if (slot.token && slot.token->label == QLatin1String("Twin"))
                twins << slot.token->serial;
        QCOMPARE(twins.size(), 2);
        m_twinA = twins.at(0);
        m_twinB = twins.at(1);
    }

    const QString dir = m_fixture->dir();
    const auto cert = m_fixture->run(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir + QStringLiteral("/cert-key.pem"), QStringLiteral("-subj"),
         QStringLiteral("/CN=hsmwb cli test"), QStringLiteral("-days"), QStringLiteral("30"),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
         dir + QStringLiteral("/cert.der")});
    QVERIFY2(cert.ok(), qPrintable(m_fixture->lastError()));
    QFile data(dir + QStringLiteral("/data.bin"));
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.write("some data");
    data.close();

    const QList<QStringList> steps{
        {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
         QStringLiteral("--label"), QStringLiteral("ec-key"), QStringLiteral("--id"), QStringLiteral("01")},
        {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("rsa:2048"),
         QStringLiteral("--label"), QStringLiteral("rsa-key"), QStringLiteral("--id"), QStringLiteral("02")},
        {QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:32"),
         QStringLiteral("--label"), QStringLiteral("aes-key"), QStringLiteral("--id"), QStringLiteral("03")},
        {QStringLiteral("--write-object"), dir + QStringLiteral("/data.bin"), QStringLiteral("--type"),
         QStringLiteral("data"), QStringLiteral("--label"), QStringLiteral("data-obj")},
        {QStringLiteral("--write-object"), dir + QStringLiteral("/cert.der"), QStringLiteral("--type"),
         QStringLiteral("cert"), QStringLiteral("--label"), QStringLiteral("cert"), QStringLiteral("--id"),
         QStringLiteral("05")},
    };
    for (const QStringList& step : steps)
        QVERIFY2(m_fixture->pkcs11Tool(kToken, step).ok(), qPrintable(m_fixture->lastError()));

    m_pinFile = dir + QStringLiteral("/pin.txt");
    QFile pin(m_pinFile);
    QVERIFY(pin.open(QIODevice::WriteOnly));
    pin.write(QByteArray(SoftHsmFixture::kUserPin) + "\nsecond line is ignored\n");
    pin.close();
}

void TestCli::cleanupTestCase() {
    m_fixture.reset();
}

void TestCli::helpVersionAndUsage() {
    const CliRun help = runCli(*m_fixture, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"modules", "slots", "mechanisms", "objects", "env:NAME"})
        QVERIFY2(help.out.contains(command), command);
    const CliRun objectsHelp = runCli(*m_fixture, {QStringLiteral("objects"), QStringLiteral("--help")});
    QCOMPARE(objectsHelp.exitCode, 0);
    QVERIFY(objectsHelp.out.contains("--pin SOURCE"));
    const CliRun version = runCli(*m_fixture, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("hsmwb "));

    QCOMPARE(runCli(*m_fixture, {}).exitCode, 2);
    QCOMPARE(runCli(*m_fixture, {QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(runCli(*m_fixture, {QStringLiteral("slots")}).exitCode, 2); // --module missing
    const CliRun unknownOption = runCli(*m_fixture, {QStringLiteral("modules"), QStringLiteral("--bogus")});
    QCOMPARE(unknownOption.exitCode, 2);
    QVERIFY(unknownOption.err.contains("bogus"));
}

void TestCli::modulesListsSofthsm() {
    const CliRun run = runCli(*m_fixture, {QStringLiteral("modules"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    bool found = false;
    for (const QJsonValue& v : run.json()) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("name")].toString() == QLatin1String("softhsm2")) {
            found = true;
            QVERIFY(QFile::exists(o[QStringLiteral("path")].toString()));
        }
    }
    QVERIFY2(found, run.out.constData());
    const CliRun text = runCli(*m_fixture, {QStringLiteral("modules")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("softhsm2") && text.out.contains("p11-kit-trust"));
}

void TestCli::slotsShowsTheToken() {
    // By registered name: the module resolves through p11-kit and still honours SOFTHSM2_CONF.
    const CliRun run = runCli(*m_fixture, {QStringLiteral("slots"), QStringLiteral("--module"),
                                           QStringLiteral("softhsm2"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    bool found = false;
    for (const QJsonValue& v : run.json()) {
        const QJsonObject token = v.toObject()[QStringLiteral("token")].toObject();
        if (token[QStringLiteral("label")].toString() == kToken) {
            found = true;
            QCOMPARE(token[QStringLiteral("serial")].toString(), m_serial);
            QVERIFY(v.toObject()[QStringLiteral("token_present")].toBool());
            const QString uri = token[QStringLiteral("uri")].toString();
            QVERIFY2(uri.startsWith(QLatin1String("pkcs11:")) &&
                         uri.contains(QLatin1String("token=CliToken")),
                     qPrintable(uri));
        }
    }
    QVERIFY2(found, run.out.constData());
    const CliRun text = runCli(
        *m_fixture, {QStringLiteral("slots"), QStringLiteral("--module"), SoftHsmFixture::modulePath()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("CliToken") && text.out.contains(m_serial.toUtf8()));
}

void TestCli::mechanismsOfTheToken() {
    const CliRun run = runCli(*m_fixture, {QStringLiteral("mechanisms"), QStringLiteral("--module"),
                                           SoftHsmFixture::modulePath(), QStringLiteral("--token"),
                                           QStringLiteral("serial:") + m_serial, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QSet<QString> names;
    for (const QJsonValue& v : run.json()) {
        const QJsonObject o = v.toObject();
        names.insert(o[QStringLiteral("name")].toString());
        if (o[QStringLiteral("name")].toString() == QLatin1String("CKM_RSA_PKCS_KEY_PAIR_GEN")) {
            QVERIFY(o[QStringLiteral("min_key_size")].toInt() > 0);
            QVERIFY(o[QStringLiteral("max_key_size")].toInt() >= 2048);
            QVERIFY(o[QStringLiteral("flags")].toArray().contains(QStringLiteral("CKF_GENERATE_KEY_PAIR")));
        }
    }
    for (const char* name : {"CKM_RSA_PKCS_KEY_PAIR_GEN", "CKM_AES_KEY_GEN", "CKM_ECDSA", "CKM_SHA256"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestCli::objectsWithoutPinArePublic() {
    QStringList args = objectsArgs();
    args << QStringLiteral("--json");
    const CliRun run = runCli(*m_fixture, args);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray objects = run.json();
    QVERIFY(!objects.isEmpty());
    for (const QJsonValue& v : objects) {
        QVERIFY2(!v.toObject()[QStringLiteral("private")].toBool(),
                 qPrintable(v.toObject()[QStringLiteral("label")].toString()));
        QVERIFY(v.toObject()[QStringLiteral("class")].toString() != QLatin1String("CKO_PRIVATE_KEY"));
    }
    const QSet<QString> keys = keysOf(objects);
    QVERIFY(keys.contains(
        objectKey(QStringLiteral("CKO_CERTIFICATE"), QStringLiteral("cert"), QStringLiteral("05"))));
    QVERIFY(keys.contains(
        objectKey(QStringLiteral("CKO_PUBLIC_KEY"), QStringLiteral("ec-key"), QStringLiteral("01"))));
}

void TestCli::objectsWithPin_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("env") << QStringLiteral("env:") + kPinVar << QByteArray();
    QTest::newRow("file") << QStringLiteral("file:") + m_pinFile << QByteArray();
    QTest::newRow("stdin") << QStringLiteral("-") << QByteArray(SoftHsmFixture::kUserPin) + "\n";
}

void TestCli::objectsWithPin() {
    QFETCH(QString, source);
    QFETCH(QByteArray, input);
    const CliRun publicRun = runCli(*m_fixture, objectsArgs() << QStringLiteral("--json"));
    QCOMPARE(publicRun.exitCode, 0);
    const QSet<QString> publicKeys = keysOf(publicRun.json());
    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << source << QStringLiteral("--json");
    const CliRun run =
        runCli(*m_fixture, args, input, {{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonArray objects = run.json();
    QCOMPARE(objects.size(), kExpected.size());
    for (const Expected& e : kExpected) {
        int found = 0;
        for (const QJsonValue& v : objects) {
            const QJsonObject o = v.toObject();
            if (o[QStringLiteral("class")].toString() != e.cls ||
                o[QStringLiteral("label")].toString() != e.label)
                continue;
            ++found;
            QCOMPARE(o[QStringLiteral("id")].toString(), e.id);
            if (!e.typeKey.isEmpty())
                QCOMPARE(o[e.typeKey].toString(), e.type);
            QVERIFY(o[QStringLiteral("token")].isBool() && o[QStringLiteral("token")].toBool());
            QVERIFY(o[QStringLiteral("private")].isBool());
            // Private exactly when the object is hidden before login (pkcs11-tool makes AES keys public).
            const bool visibleWithoutLogin = publicKeys.contains(objectKey(e.cls, e.label, e.id));
            QCOMPARE(o[QStringLiteral("private")].toBool(), !visibleWithoutLogin);
            if (e.cls == QLatin1String("CKO_PRIVATE_KEY"))
                QVERIFY(o[QStringLiteral("private")].toBool());
            const QString uri = o[QStringLiteral("uri")].toString();
            QVERIFY2(uri.startsWith(QLatin1String("pkcs11:")) &&
                         uri.contains(QLatin1String("token=CliToken")) &&
                         uri.contains(QStringLiteral("object=") + e.label),
                     qPrintable(uri));
            if (e.cls == QLatin1String("CKO_CERTIFICATE")) {
                QVERIFY2(o[QStringLiteral("subject")].toString().contains(QLatin1String("hsmwb cli test")),
                         qPrintable(o[QStringLiteral("subject")].toString()));
                QVERIFY(!o[QStringLiteral("serial")].toString().isEmpty());
                QVERIFY(!o[QStringLiteral("not_after")].toString().isEmpty());
            }
            if (e.label == QLatin1String("rsa-key"))
                QVERIFY2(o[QStringLiteral("size")].toString().contains(QLatin1String("2048")),
                         qPrintable(o[QStringLiteral("size")].toString()));
            if (e.cls == QLatin1String("CKO_PRIVATE_KEY"))
                QVERIFY(o[QStringLiteral("sensitive")].toBool());
        }
        QVERIFY2(found == 1, qPrintable(e.cls + QLatin1Char(' ') + e.label));
    }
}

void TestCli::textTableIsAligned() {
    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << QStringLiteral("file:") + m_pinFile;
    const CliRun run = runCli(*m_fixture, args);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kExpected.size() + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("CLASS")));
    const qsizetype labelColumn = lines.first().indexOf(QLatin1String("LABEL"));
    QVERIFY(labelColumn > 0);
    for (const QString& line : lines.mid(1)) {
        QVERIFY2(line.at(labelColumn - 1).isSpace() && !line.at(labelColumn).isSpace(), qPrintable(line));
    }
}

void TestCli::agreesWithPkcs11Tool() {
    const auto tool = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")});
    QVERIFY2(tool.ok(), qPrintable(m_fixture->lastError()));
    const QSet<QString> expected = parsePkcs11ToolObjects(QString::fromUtf8(tool.out));
    QCOMPARE(expected.size(), kExpected.size() - 0); // every object differs in class, label or id

    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << QStringLiteral("env:") + kPinVar << QStringLiteral("--json");
    const CliRun run =
        runCli(*m_fixture, args, {}, {{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}});
    QCOMPARE(run.exitCode, 0);
    const QSet<QString> ours = keysOf(run.json());
    if (ours != expected)
        qWarning() << "hsmwb:" << ours << "pkcs11-tool:" << expected;
    QCOMPARE(ours, expected);
}

void TestCli::agreesWithP11tool() {
    SoftHsmFixture::ProcessResult tool;
    {
        // p11tool reads the PIN from GNUTLS_PIN; the fixture's fixed test PIN only.
        qputenv("GNUTLS_PIN", SoftHsmFixture::kUserPin);
        tool = m_fixture->run(QStringLiteral("p11tool"),
                              {QStringLiteral("--provider"), SoftHsmFixture::modulePath(),
                               QStringLiteral("--login"), QStringLiteral("--list-all"),
                               QStringLiteral("pkcs11:token=") + kToken});
        qunsetenv("GNUTLS_PIN");
    }
    QVERIFY2(tool.ok(), qPrintable(m_fixture->lastError()));
    const QSet<QString> theirs = parseP11toolLabels(QString::fromUtf8(tool.out));

    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << QStringLiteral("-") << QStringLiteral("--json");
    const CliRun run = runCli(*m_fixture, args, QByteArray(SoftHsmFixture::kUserPin) + "\n");
    QCOMPARE(run.exitCode, 0);
    QSet<QString> labels;
    QSet<QString> uris;
    for (const QJsonValue& v : run.json()) {
        labels.insert(v.toObject()[QStringLiteral("label")].toString());
        uris.insert(v.toObject()[QStringLiteral("uri")].toString());
    }
    QCOMPARE(labels, theirs);
    // Both tools format through p11-kit, so the object URIs p11tool prints must be ours too.
    static const QRegularExpression urlLine(QStringLiteral("^\\s+URL:\\s*(\\S+)$"));
    int compared = 0;
    for (const QString& line : QString::fromUtf8(tool.out).split(QLatin1Char('\n')))
        if (const auto m = urlLine.match(line); m.hasMatch()) {
            QVERIFY2(uris.contains(m.captured(1)), qPrintable(m.captured(1)));
            ++compared;
        }
    QCOMPARE(compared, kExpected.size());
}

void TestCli::plainPinIsRefused() {
    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << QString::fromLatin1(SoftHsmFixture::kUserPin)
         << QStringLiteral("--json");
    const CliRun run = runCli(*m_fixture, args);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("env:NAME") && run.err.contains("file:PATH"), run.err.constData());
    QVERIFY2(!run.err.contains(SoftHsmFixture::kUserPin), "the refused PIN must not be echoed");
}

void TestCli::badPinSources() {
    QStringList unset = objectsArgs();
    unset << QStringLiteral("--pin") << QStringLiteral("env:HSMWB_SURELY_UNSET_VARIABLE");
    CliRun run = runCli(*m_fixture, unset);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HSMWB_SURELY_UNSET_VARIABLE"), run.err.constData());

    QStringList missing = objectsArgs();
    missing << QStringLiteral("--pin") << QStringLiteral("file:/nonexistent/pin");
    run = runCli(*m_fixture, missing);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("/nonexistent/pin"), run.err.constData());

    QStringList stdinArgs = objectsArgs();
    stdinArgs << QStringLiteral("--pin") << QStringLiteral("-");
    run = runCli(*m_fixture, stdinArgs); // nothing on stdin
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::wrongPinFails() {
    QStringList args = objectsArgs();
    args << QStringLiteral("--pin") << QStringLiteral("env:") + kPinVar << QStringLiteral("--json");
    const CliRun run = runCli(*m_fixture, args, {}, {{kPinVar, QStringLiteral("999999")}});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("CKR_PIN_INCORRECT"), run.err.constData());
    QVERIFY2(run.err.contains("C_Login"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::finalTryAndLockedPins() {
    // SoftHSM2 never reports these PIN states; our fault module adds the flags to its token info.
    QStringList args{QStringLiteral("objects"),
                     QStringLiteral("--module"),
                     SoftHsmFixture::faultModulePath(),
                     QStringLiteral("--token"),
                     kToken,
                     QStringLiteral("--pin"),
                     QStringLiteral("env:") + kPinVar,
                     QStringLiteral("--json")};
    const QList<QPair<QString, QString>> pin{{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}};
    QVERIFY(m_fixture->setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_FINAL_TRY)) +
                                 "\n"));
    const CliRun refused = runCli(*m_fixture, args, {}, pin);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Final try"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    const CliRun accepted = runCli(*m_fixture, args + QStringList{QStringLiteral("--final-try")}, {}, pin);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY(!accepted.json().isEmpty());

    QVERIFY(m_fixture->setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_LOCKED)) +
                                 "\n"));
    const CliRun locked = runCli(*m_fixture, args + QStringList{QStringLiteral("--final-try")}, {}, pin);
    QVERIFY(m_fixture->setFaults({}));
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains("locked"), locked.err.constData());
}

void TestCli::badModules() {
    const auto slotsOf = [this](const QString& module) {
        return runCli(*m_fixture, {QStringLiteral("slots"), QStringLiteral("--module"), module});
    };
    CliRun run = slotsOf(QStringLiteral("/nonexistent/libpkcs11.so"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    run = slotsOf(QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("libz.so.1") && run.err.contains("PKCS#11"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    const QString text = m_fixture->dir() + QStringLiteral("/not-a-module.so");
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is a text file, not a shared library\n");
    file.close();
    run = slotsOf(text);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not-a-module.so"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    run = slotsOf(QStringLiteral("no-such-module"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("softhsm2"), run.err.constData());
}

void TestCli::duplicateTokenLabels() {
    const CliRun run = runCli(*m_fixture, objectsArgs(QStringLiteral("Twin")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(m_twinA.toUtf8()) && run.err.contains(m_twinB.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("serial:"), run.err.constData());

    const CliRun bySerial =
        runCli(*m_fixture, objectsArgs(QStringLiteral("serial:") + m_twinB) << QStringLiteral("--json"));
    QCOMPARE(bySerial.exitCode, 0);
    QVERIFY(bySerial.json().isEmpty());
    const CliRun byUri =
        runCli(*m_fixture, objectsArgs(QStringLiteral("pkcs11:token=Twin;serial=") + m_twinA));
    QCOMPARE(byUri.exitCode, 0);

    const CliRun absent = runCli(*m_fixture, objectsArgs(QStringLiteral("Nope")));
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.err.contains("CliToken"), absent.err.constData());
}

void TestCli::trustModuleListsCertificates() {
    const CliRun slotsRun = runCli(*m_fixture, {QStringLiteral("slots"), QStringLiteral("--module"),
                                                QStringLiteral("p11-kit-trust"), QStringLiteral("--json")});
    QCOMPARE(slotsRun.exitCode, 0);
    QStringList labels;
    for (const QJsonValue& v : slotsRun.json())
        labels << v.toObject()[QStringLiteral("token")].toObject()[QStringLiteral("label")].toString();
    QVERIFY2(labels.contains(QStringLiteral("System Trust")), qPrintable(labels.join(QLatin1Char(','))));

    const CliRun run = runCli(*m_fixture, {QStringLiteral("objects"), QStringLiteral("--module"),
                                           QStringLiteral("p11-kit-trust"), QStringLiteral("--token"),
                                           QStringLiteral("System Trust"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    int certificates = 0;
    int withSubject = 0;
    for (const QJsonValue& v : run.json()) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("class")].toString() != QLatin1String("CKO_CERTIFICATE"))
            continue;
        ++certificates;
        if (o[QStringLiteral("subject")].toString().contains(QLatin1Char('=')))
            ++withSubject;
    }
    QVERIFY2(certificates >= 100, qPrintable(QString::number(certificates)));
    QVERIFY2(withSubject >= 100, qPrintable(QString::number(withSubject)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
