// The softcardtool output parser on sample outputs: what is read, and what is refused.
#include "SoftcardToolOutput.h"
#include "SoftcardToolProcess.h"

#include <QTest>

using namespace hsm;

class TestSoftcardOutput : public QObject {
    Q_OBJECT
private slots:
    void parsesList() {
        const QString out = QStringLiteral("Softcards: 2\n"
                                           "softcard 1:\n"
                                           "  ID: 6f4c33f1d32aa6265044e993bffa505263998970\n"
                                           "  Name: beta\n"
                                           "  Keys: 0\n"
                                           "softcard 2:\r\n"
                                           "  ID: 95e0cde6\n"
                                           "  Name: alpha-1_x\n"
                                           "  Keys: 3\n"
                                           "  Created: 2025-01-01\n");
        const auto cards = softcardtool::parseList(out);
        QVERIFY2(cards.ok(), qPrintable(cards.ok() ? QString() : cards.error().text()));
        QCOMPARE(cards->size(), 2);
        QCOMPARE(cards->at(0).id, QStringLiteral("6f4c33f1d32aa6265044e993bffa505263998970"));
        QCOMPARE(cards->at(0).name, QStringLiteral("beta"));
        QCOMPARE(cards->at(0).keyCount, 0);
        QCOMPARE(cards->at(1).id, QStringLiteral("95e0cde6"));
        QCOMPARE(cards->at(1).name, QStringLiteral("alpha-1_x"));
        QCOMPARE(cards->at(1).keyCount, 3);
    }
    void parsesEmptyList() {
        const auto cards = softcardtool::parseList(QStringLiteral("Softcards: 0\n"));
        QVERIFY(cards.ok());
        QVERIFY(cards->isEmpty());
    }
    void keysAreOptional() {
        const auto cards =
            softcardtool::parseList(QStringLiteral("Softcards: 1\nsoftcard 1:\n  ID: ab12\n  Name: n\n"));
        QVERIFY(cards.ok());
        QCOMPARE(cards->at(0).keyCount, -1);
    }
    void refusesUnexpected_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("html") << QStringLiteral("<html>502 Bad Gateway</html>\n") << QStringLiteral("<html>");
        QTest::newRow("empty") << QString() << QStringLiteral("no output");
        QTest::newRow("count mismatch") << QStringLiteral("Softcards: 2\nsoftcard 1:\n  ID: ab\n  Name: x\n")
                                        << QStringLiteral("2 softcards announced, 1 listed");
        QTest::newRow("field outside block")
            << QStringLiteral("Softcards: 1\n  ID: ab\n") << QStringLiteral("ID: ab");
        QTest::newRow("junk line")
            << QStringLiteral("Softcards: 1\nsoftcard 1:\n  ID: ab\n  Name: x\nSegmentation fault\n")
            << QStringLiteral("Segmentation fault");
        QTest::newRow("missing name") << QStringLiteral("Softcards: 1\nsoftcard 1:\n  ID: ab\n")
                                      << QStringLiteral("without ID or name");
        QTest::newRow("bad id") << QStringLiteral("Softcards: 1\nsoftcard 1:\n  ID: a;b\n  Name: x\n")
                                << QStringLiteral("a;b");
        QTest::newRow("bad keys") << QStringLiteral(
                                         "Softcards: 1\nsoftcard 1:\n  ID: ab\n  Name: x\n  Keys: many\n")
                                  << QStringLiteral("Keys: many");
    }
    void refusesUnexpected() {
        QFETCH(QString, output);
        QFETCH(QString, quoted);
        const auto cards = softcardtool::parseList(output);
        QVERIFY(!cards.ok());
        QCOMPARE(cards.problem(), SoftcardProblem::UnexpectedOutput);
        QVERIFY2(cards.error().message.contains(quoted), qPrintable(cards.error().message));
        QVERIFY(!cards.error().hint.isEmpty());
    }
    void generatedIdAndCount() {
        QCOMPARE(softcardtool::parseGeneratedId(QStringLiteral("Softcard a generated with ID 95e0cde6b5"))
                     .value_or(QString()),
                 QStringLiteral("95e0cde6b5"));
        QCOMPARE(softcardtool::parseGeneratedId(QStringLiteral("ID: 0123456789abcdef\n")).value_or(QString()),
                 QStringLiteral("0123456789abcdef"));
        QVERIFY(!softcardtool::parseGeneratedId(QStringLiteral("done")));
        QCOMPARE(softcardtool::parseSoftcardCount(QStringLiteral("Connected\nSoftcards: 7\n")).value_or(-1),
                 7);
        QVERIFY(!softcardtool::parseSoftcardCount(QStringLiteral("Connected\n")));
    }
    void classifiesFailures_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("problem");
        QTest::newRow("unreachable")
            << QStringLiteral("error: cannot connect to the Web Services server: Connection refused")
            << int(SoftcardProblem::ServerUnreachable);
        QTest::newRow("has keys") << QStringLiteral(
                                         "softcard 12 still has 2 keys; remove all keys associated first")
                                  << int(SoftcardProblem::HasKeys);
        QTest::newRow("unknown") << QStringLiteral("no softcard with ID 12")
                                 << int(SoftcardProblem::UnknownSoftcard);
        QTest::newRow("charset") << QStringLiteral("unsupported characters in softcard name")
                                 << int(SoftcardProblem::InvalidInput);
        QTest::newRow("other") << QStringLiteral("internal error 17") << int(SoftcardProblem::ToolFailed);
    }
    void classifiesFailures() {
        QFETCH(QString, output);
        QFETCH(int, problem);
        QCOMPARE(int(softcardtool::classifyFailure(output)), problem);
    }
    void recognisesPrompts() {
        QVERIFY(endsWithSecretPrompt("Enter passphrase for new softcard a: "));
        QVERIFY(endsWithSecretPrompt("line before\nConfirm pass phrase:"));
        QVERIFY(endsWithSecretPrompt("Password?"));
        QVERIFY(!endsWithSecretPrompt("Enter passphrase for new softcard a: \n"));
        QVERIFY(!endsWithSecretPrompt("Connecting to server"));
    }
};

QTEST_GUILESS_MAIN(TestSoftcardOutput)
#include "test_softcard_output.moc"
