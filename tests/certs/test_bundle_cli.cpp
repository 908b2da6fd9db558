// hsmwb bundle-check: exit codes, text and JSON reports, the PFX password source, --write-pem.

#include "BundleTestSupport.h"
#include "CliTestSupport.h"

#include <QJsonObject>
#include <QTest>

class TestBundleCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void correctBundleExitsZero();
    void serverAuthOnlyExitsOne();
    void jsonReport();
    void writePemFixesTheOrder();
    void writePemRefusesIncompleteChain();
    void pfxWithChainAndPassword();
    void usageErrors();
    void unreadableFile();

private:
    CliRun check(const QStringList& args, const QList<QPair<QString, QString>>& env = {}) {
        return runCli(m_fixture, QStringList{QStringLiteral("bundle-check")} << args, {}, env);
    }
    QString p(const char* name) const { return m_pki.path(QString::fromLatin1(name)); }
    /// The finding for `rule` in a --json report.
    static QJsonObject finding(const QJsonObject& report, const QString& rule) {
        for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray())
            if (value.toObject().value(QStringLiteral("rule")).toString() == rule)
                return value.toObject();
        return {};
    }

    SoftHsmFixture m_fixture;
    bundletest::TestPki m_pki;
};

void TestBundleCli::initTestCase() {
    QVERIFY2(m_fixture.isValid(), qPrintable(m_fixture.lastError()));
    QVERIFY(m_pki.isValid());
    QVERIFY2(m_pki.make(), qPrintable(m_pki.lastError()));
}

void TestBundleCli::correctBundleExitsZero() {
    const CliRun run =
        check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--key"), p("client.key"),
               QStringLiteral("--bundle"), p("bundle-good.pem"), QStringLiteral("--ca"), p("root.pem")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("0 error(s), 0 warning(s)")), qPrintable(out));
    QVERIFY(out.contains(bundletest::kClientName)); // UTF-8 kept on the way out
    QVERIFY(out.contains(QStringLiteral("✓")));
    QVERIFY(!out.contains(QStringLiteral("✗")));
}

void TestBundleCli::serverAuthOnlyExitsOne() {
    const CliRun run =
        check({QStringLiteral("--cert"), p("server-bundle.pem"), QStringLiteral("--ca"), p("root.pem")});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("✗")) && out.contains(QStringLiteral("serverAuth")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("1 error(s)")));
}

void TestBundleCli::jsonReport() {
    const CliRun run =
        check({QStringLiteral("--cert"), p("client.der"), QStringLiteral("--bundle"), p("bundle-root.pem"),
               QStringLiteral("--ca"), p("root.pem"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("findings")).toArray().size(), 7);
    QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("warnings")).toInt(), 1); // the DER certificate file
    const QJsonObject order = finding(report, QStringLiteral("bundle-order"));
    QCOMPARE(order.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(order.value(QStringLiteral("details"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("The root client certificate should not be included in this file")));
    QCOMPARE(finding(report, QStringLiteral("pem-format")).value(QStringLiteral("severity")).toString(),
             QStringLiteral("warning"));
    QCOMPARE(finding(report, QStringLiteral("key-match")).value(QStringLiteral("severity")).toString(),
             QStringLiteral("not-checked"));
    QCOMPARE(report.value(QStringLiteral("chain")).toArray().size(), 3);
    QVERIFY(report.value(QStringLiteral("client")).toString().contains(bundletest::kClientName));
}

void TestBundleCli::writePemFixesTheOrder() {
    const QString out = p("cli-ordered.pem");
    const CliRun run = check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--bundle"),
                              p("bundle-wrong-order.pem"), QStringLiteral("--ca"), p("root.pem"),
                              QStringLiteral("--write-pem"), out});
    // The input was wrong (exit 1), and the ordered file was written all the same.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Wrote the ordered PEM"), run.out + run.err);
    QVERIFY(QFile::exists(out));
    const CliRun again =
        check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--key"), p("client.key"),
               QStringLiteral("--bundle"), out, QStringLiteral("--ca"), p("root.pem")});
    QVERIFY2(again.exitCode == 0, again.out + again.err);
    // openssl agrees: the client certificate verifies with the written intermediates, and no root is in it.
    const QByteArray pem = m_pki.read(QStringLiteral("cli-ordered.pem"));
    QCOMPARE(pem.count("-----BEGIN CERTIFICATE-----"), 2);
    QVERIFY(pem.startsWith(m_pki.read(QStringLiteral("client.pem")).trimmed()));
    QVERIFY(
        m_pki.write(QStringLiteral("cli-rest.pem"), pem.mid(pem.indexOf("-----BEGIN CERTIFICATE-----", 1))));
    QVERIFY2(m_pki.openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("root.pem"),
                            QStringLiteral("-untrusted"), QStringLiteral("cli-rest.pem"),
                            QStringLiteral("client.pem")}),
             qPrintable(m_pki.lastError()));
    QVERIFY2(!m_pki.openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                             QStringLiteral("cli-rest.pem"), QStringLiteral("client.pem")}),
             "the written file must not hold a root that could serve as a trust anchor");
}

void TestBundleCli::writePemRefusesIncompleteChain() {
    const QString out = p("cli-incomplete.pem");
    const CliRun run = check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--ca"),
                              p("root.pem"), QStringLiteral("--write-pem"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("CN=") + bundletest::kIntermediateName),
             qPrintable(run.errText()));
    QVERIFY(!QFile::exists(out));
}

void TestBundleCli::pfxWithChainAndPassword() {
    const QList<QPair<QString, QString>> env{
        {QStringLiteral("BUNDLE_PFX_PW"), QString::fromLatin1(bundletest::kPfxPassword)}};
    const QStringList common{QStringLiteral("--cert"),     p("bundle-good.pem"),
                             QStringLiteral("--ca"),       p("root.pem"),
                             QStringLiteral("--password"), QStringLiteral("env:BUNDLE_PFX_PW"),
                             QStringLiteral("--json"),     QStringLiteral("--pfx")};
    CliRun run = check(common + QStringList{p("chain.pfx")}, env);
    QCOMPARE(run.exitCode, 1);
    QJsonObject pfx = finding(QJsonDocument::fromJson(run.out).object(), QStringLiteral("pfx-contents"));
    QCOMPARE(pfx.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(pfx.value(QStringLiteral("details"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("2 certificates")));

    run = check(common + QStringList{p("single.pfx")}, env);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    pfx = finding(QJsonDocument::fromJson(run.out).object(), QStringLiteral("pfx-contents"));
    QCOMPARE(pfx.value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));

    run = check(common + QStringList{p("single.pfx")},
                {{QStringLiteral("BUNDLE_PFX_PW"), QStringLiteral("wrong")}});
    QCOMPARE(run.exitCode, 1);
    pfx = finding(QJsonDocument::fromJson(run.out).object(), QStringLiteral("pfx-contents"));
    QVERIFY(pfx.value(QStringLiteral("details"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("password")));
    // The password never shows up in the output.
    QVERIFY(!run.out.contains(bundletest::kPfxPassword) && !run.err.contains(bundletest::kPfxPassword));
}

void TestBundleCli::usageErrors() {
    // --pfx without its password, --password without --pfx, no --ca, a password typed in place of a source.
    QCOMPARE(check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--ca"), p("root.pem"),
                    QStringLiteral("--pfx"), p("single.pfx")})
                 .exitCode,
             2);
    QCOMPARE(check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--ca"), p("root.pem"),
                    QStringLiteral("--password"), QStringLiteral("env:X")})
                 .exitCode,
             2);
    QCOMPARE(check({QStringLiteral("--cert"), p("client.pem")}).exitCode, 2);
    const CliRun typed = check({QStringLiteral("--cert"), p("client.pem"), QStringLiteral("--ca"),
                                p("root.pem"), QStringLiteral("--pfx"), p("single.pfx"),
                                QStringLiteral("--password"), QStringLiteral("hunter2")});
    QCOMPARE(typed.exitCode, 2);
    QVERIFY(!typed.err.contains("hunter2"));
}

void TestBundleCli::unreadableFile() {
    CliRun run =
        check({QStringLiteral("--cert"), p("does-not-exist.pem"), QStringLiteral("--ca"), p("root.pem")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("does not exist")));
    QVERIFY(m_pki.write(QStringLiteral("not-a-cert.pem"), "hello\n"));
    run = check({QStringLiteral("--cert"), p("not-a-cert.pem"), QStringLiteral("--ca"), p("root.pem")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("d2i_X509")), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "test_bundle_cli.moc"
