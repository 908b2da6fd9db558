// hsmwb delete, run as a user would against a SoftHSM2 token filled with pkcs11-tool; what is left
// is checked with pkcs11-tool.
#include "CliTestSupport.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kToken = QStringLiteral("DeleteToken");
const QString kPinVar = QStringLiteral("HSMWB_TEST_PIN");
} // namespace

class TestDeleteCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void helpListsDelete();
    void refusesWithoutYesWhenNotATerminal();
    void deletesByLabelWithYes();
    void deletesByUri();
    void uriWithoutObjectPartIsRefused();
    void noMatchIsAnError();
    void pinIsRequired();
    void privateKeyKeepsPartnersUnlessAsked();
    void withRelatedDeletesPartnersJson();
    void writeProtectedTokenIsRefused();
    void terminalPromptAsks();

private:
    QStringList deleteArgs(const QString& selector,
                           const QString& module = SoftHsmFixture::modulePath()) const {
        return {QStringLiteral("delete"),
                QStringLiteral("--module"),
                module,
                QStringLiteral("--token"),
                kToken,
                QStringLiteral("--pin"),
                QStringLiteral("env:") + kPinVar,
                QStringLiteral("--object"),
                selector};
    }
    CliRun run(const QStringList& args) {
        return runCli(*m_fixture, args, {}, {{kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin)}});
    }
    /// Objects on the token as pkcs11-tool sees them (logged in).
    QSet<QString> objectsOnToken() {
        const auto r = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")});
        return parsePkcs11ToolObjects(QString::fromUtf8(r.out));
    }
    bool hasLabel(const QString& label) {
        for (const QString& key : objectsOnToken())
            if (key.section(QLatin1Char('|'), 1, 1) == label)
                return true;
        return false;
    }
    void writeData(const QString& label) {
        const auto r = m_fixture->pkcs11Tool(kToken, {QStringLiteral("--write-object"), m_dataFile,
                                                      QStringLiteral("--type"), QStringLiteral("data"),
                                                      QStringLiteral("--label"), label});
        CHECK_TOOL(r);
    }
    void makePair(const QString& label, const QString& id, bool withCert) {
        auto r = m_fixture->pkcs11Tool(kToken, {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                                QStringLiteral("EC:prime256v1"), QStringLiteral("--label"),
                                                label, QStringLiteral("--id"), id});
        CHECK_TOOL(r);
        if (!withCert)
            return;
        const QString cert = m_tmp.filePath(label + QStringLiteral(".der"));
        r = tokentest::makeSelfSignedCertificate(*m_fixture, cert,
                                                 {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                  QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("ec_paramgen_curve:P-256"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=") + label});
        CHECK_TOOL(r);
        r = m_fixture->pkcs11Tool(kToken, {QStringLiteral("--write-object"), cert, QStringLiteral("--type"),
                                           QStringLiteral("cert"), QStringLiteral("--label"),
                                           label + QStringLiteral("-cert"), QStringLiteral("--id"), id});
        CHECK_TOOL(r);
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    QTemporaryDir m_tmp;
    QString m_dataFile;
};

void TestDeleteCli::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(kToken).isEmpty(), qPrintable(m_fixture->lastError()));
    m_dataFile = m_tmp.filePath(QStringLiteral("data.bin"));
    QFile file(m_dataFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("some data");
    file.close();
    for (const char* label : {"note-1", "note-2", "note-3", "note-4", "keep-me"})
        writeData(QString::fromLatin1(label));
}

void TestDeleteCli::cleanupTestCase() {
    m_fixture.reset();
}

void TestDeleteCli::helpListsDelete() {
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out + r.err);
    for (const char* option : {"--object", "--yes", "--with-related", "--pin", "--json"})
        QVERIFY2(out.contains(QLatin1String(option)), qPrintable(out));
}

void TestDeleteCli::refusesWithoutYesWhenNotATerminal() {
    // QProcess gives hsmwb a pipe, not a terminal: without --yes nothing may be deleted.
    const CliRun r = run(deleteArgs(QStringLiteral("note-1")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--yes")), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("not a terminal")), qPrintable(r.errText()));
    // It still showed what it would have deleted.
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("note-1")), r.out.constData());
    QVERIFY(hasLabel(QStringLiteral("note-1")));
}

void TestDeleteCli::deletesByLabelWithYes() {
    QStringList args = deleteArgs(QStringLiteral("note-1"));
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("CKO_DATA")) && out.contains(QStringLiteral("pkcs11:")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Deleted data object “note-1”")), qPrintable(out));
    QVERIFY(!hasLabel(QStringLiteral("note-1")));
    QVERIFY(hasLabel(QStringLiteral("note-2")));
    QVERIFY(hasLabel(QStringLiteral("keep-me")));
}

void TestDeleteCli::deletesByUri() {
    QStringList args = deleteArgs(QStringLiteral("pkcs11:object=note-2;type=data"));
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY(!hasLabel(QStringLiteral("note-2")));
    QVERIFY(hasLabel(QStringLiteral("note-3")));
    // The token part of the URI must name this token.
    args = deleteArgs(QStringLiteral("pkcs11:token=Elsewhere;object=note-3"));
    args << QStringLiteral("--yes");
    const CliRun other = run(args);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.errText().contains(QStringLiteral("another token")), qPrintable(other.errText()));
    QVERIFY(hasLabel(QStringLiteral("note-3")));
}

void TestDeleteCli::uriWithoutObjectPartIsRefused() {
    QStringList args = deleteArgs(QStringLiteral("pkcs11:token=") + kToken);
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("names no object")), qPrintable(r.errText()));
    QVERIFY(hasLabel(QStringLiteral("note-3")));
    QVERIFY(hasLabel(QStringLiteral("keep-me")));
}

void TestDeleteCli::noMatchIsAnError() {
    QStringList args = deleteArgs(QStringLiteral("no-such-object"));
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("No object")) &&
                 r.errText().contains(QStringLiteral("no-such-object")),
             qPrintable(r.errText()));
}

void TestDeleteCli::pinIsRequired() {
    // Not logged in: refused by the parser, nothing touched.
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--module"), SoftHsmFixture::modulePath(),
                          QStringLiteral("--token"), kToken, QStringLiteral("--object"),
                          QStringLiteral("note-3"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--pin")), qPrintable(r.errText()));
    QVERIFY(hasLabel(QStringLiteral("note-3")));
}

void TestDeleteCli::privateKeyKeepsPartnersUnlessAsked() {
    makePair(QStringLiteral("solo"), QStringLiteral("0a"), true);
    QStringList args = deleteArgs(QStringLiteral("pkcs11:id=%0a;type=private"));
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Kept")) && out.contains(QStringLiteral("--with-related")),
             qPrintable(out));
    const QSet<QString> left = objectsOnToken();
    QVERIFY(!left.contains(
        objectKey(QStringLiteral("CKO_PRIVATE_KEY"), QStringLiteral("solo"), QStringLiteral("0a"))));
    QVERIFY(left.contains(
        objectKey(QStringLiteral("CKO_PUBLIC_KEY"), QStringLiteral("solo"), QStringLiteral("0a"))));
    QVERIFY(left.contains(
        objectKey(QStringLiteral("CKO_CERTIFICATE"), QStringLiteral("solo-cert"), QStringLiteral("0a"))));
}

void TestDeleteCli::withRelatedDeletesPartnersJson() {
    makePair(QStringLiteral("family"), QStringLiteral("0b"), true);
    makePair(QStringLiteral("neighbour"), QStringLiteral("0c"), false);
    QStringList args = deleteArgs(QStringLiteral("pkcs11:id=%0b;type=private"));
    args << QStringLiteral("--yes") << QStringLiteral("--with-related") << QStringLiteral("--json");
    const CliRun r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QJsonArray json = r.json();
    QCOMPARE(json.size(), 3);
    QSet<QString> classes;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        QVERIFY(o[QStringLiteral("deleted")].toBool());
        QCOMPARE(o[QStringLiteral("id")].toString(), QStringLiteral("0b"));
        QVERIFY(o[QStringLiteral("uri")].toString().startsWith(QStringLiteral("pkcs11:")));
        classes.insert(o[QStringLiteral("class")].toString());
    }
    QCOMPARE(classes, (QSet<QString>{QStringLiteral("CKO_PRIVATE_KEY"), QStringLiteral("CKO_PUBLIC_KEY"),
                                     QStringLiteral("CKO_CERTIFICATE")}));
    const QSet<QString> left = objectsOnToken();
    for (const QString& key : left)
        QVERIFY2(!key.endsWith(QStringLiteral("|0b")), qPrintable(key));
    QVERIFY(left.contains(
        objectKey(QStringLiteral("CKO_PRIVATE_KEY"), QStringLiteral("neighbour"), QStringLiteral("0c"))));
    QVERIFY(left.contains(
        objectKey(QStringLiteral("CKO_PUBLIC_KEY"), QStringLiteral("neighbour"), QStringLiteral("0c"))));
}

void TestDeleteCli::writeProtectedTokenIsRefused() {
    QVERIFY(m_fixture->setFaults("token_flags_add=0x2\n")); // CKF_WRITE_PROTECTED
    QStringList args = deleteArgs(QStringLiteral("note-3"), SoftHsmFixture::faultModulePath());
    args << QStringLiteral("--yes");
    const CliRun r = run(args);
    QVERIFY(m_fixture->setFaults(QByteArray()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("write-protected")), qPrintable(r.errText()));
    QVERIFY(hasLabel(QStringLiteral("note-3")));
}

void TestDeleteCli::terminalPromptAsks() {
    // script(1) gives hsmwb a pseudo-terminal, so it asks; "n" keeps the object, "y" deletes it.
    auto viaTerminal = [this](const QString& answer) {
        QStringList quoted;
        for (const QString& arg : deleteArgs(QStringLiteral("note-4")))
            quoted << QLatin1Char('\'') + arg + QLatin1Char('\'');
        const QString command = QLatin1Char('\'') + SoftHsmFixture::cliPath() + QStringLiteral("' ") +
                                quoted.join(QLatin1Char(' '));
        QProcess process;
        QProcessEnvironment env = m_fixture->environment();
        env.insert(kPinVar, QString::fromLatin1(SoftHsmFixture::kUserPin));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        process.waitForStarted();
        // Answer once the prompt is there (input typed earlier would be flushed by the terminal).
        QByteArray seen;
        while (!seen.contains("[y/N]") && process.waitForReadyRead(20000))
            seen += process.readAllStandardOutput();
        process.write(answer.toUtf8() + "\n");
        process.waitForFinished(60000);
        seen += process.readAllStandardOutput();
        return std::make_pair(process.exitCode(), QString::fromUtf8(seen));
    };
    const auto [noCode, noText] = viaTerminal(QStringLiteral("n"));
    QVERIFY2(noText.contains(QStringLiteral("Delete 1 object(s)? [y/N]")), qPrintable(noText));
    QCOMPARE(noCode, 1);
    QVERIFY(hasLabel(QStringLiteral("note-4")));
    const auto [yesCode, yesText] = viaTerminal(QStringLiteral("y"));
    QVERIFY2(yesCode == 0, qPrintable(yesText));
    QVERIFY(!hasLabel(QStringLiteral("note-4")));
    QVERIFY(hasLabel(QStringLiteral("keep-me")));
}

QTEST_GUILESS_MAIN(TestDeleteCli)
#include "test_delete_cli.moc"
