// hsmwb token init | change-pin | unblock | init-pin, run as a user would against real SoftHSM2
// tokens, checked with pkcs11-tool; locked and write-protected tokens through the fault shim.
#include "CliTestSupport.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kSoVar = QStringLiteral("HSMWB_TEST_SO");
const QString kUserVar = QStringLiteral("HSMWB_TEST_USER");
const QString kNewVar = QStringLiteral("HSMWB_TEST_NEW");

QString softhsm() {
    return SoftHsmFixture::modulePath();
}

/// The ID of the slot whose token is not initialised, from hsmwb slots --json; -1 when none.
qint64 freeSlot(const SoftHsmFixture& fx) {
    const CliRun run = runCli(
        fx, {QStringLiteral("slots"), QStringLiteral("--module"), softhsm(), QStringLiteral("--json")});
    for (const QJsonValue& v : run.json()) {
        const QJsonObject slot = v.toObject();
        const QJsonValue token = slot[QStringLiteral("token")];
        if (!token.isObject())
            continue;
        const QJsonArray flags = token.toObject()[QStringLiteral("flags")].toArray();
        if (!flags.contains(QStringLiteral("CKF_TOKEN_INITIALIZED")))
            return slot[QStringLiteral("slot_id")].toInteger();
    }
    return -1;
}

/// The slot ID of the token labelled `label`; -1 when none.
qint64 slotOf(const SoftHsmFixture& fx, const QString& label) {
    const CliRun run = runCli(
        fx, {QStringLiteral("slots"), QStringLiteral("--module"), softhsm(), QStringLiteral("--json")});
    for (const QJsonValue& v : run.json()) {
        const QJsonObject slot = v.toObject();
        if (slot[QStringLiteral("token")].toObject()[QStringLiteral("label")].toString() == label)
            return slot[QStringLiteral("slot_id")].toInteger();
    }
    return -1;
}

QList<QPair<QString, QString>> pins(const QString& so, const QString& user, const QString& fresh = {}) {
    return {{kSoVar, so}, {kUserVar, user}, {kNewVar, fresh}};
}

/// pkcs11-tool -O logged in with `pin` on the token labelled `label`.
SoftHsmFixture::ProcessResult listWithPin(const SoftHsmFixture& fx, const QString& label,
                                          const QString& pin) {
    return fx.pkcs11Tool(
        label, {QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("-O")}, false);
}

QStringList changePinArgs(const QString& token) {
    return {QStringLiteral("token"),    QStringLiteral("change-pin"),
            QStringLiteral("--module"), softhsm(),
            QStringLiteral("--token"),  token};
}
} // namespace

class TestTokenCli : public QObject {
    Q_OBJECT
private slots:
    void initFreeSlotThenReinitNeedsYes();
    void initRefusals();
    void changeUserPin();
    void changeUserPinRefusals();
    void changeSoPinThenInitPin();
    void unblockLockedUserPin();
    void writeProtectedTokenRefused();
    void onlyOnePinFromStandardInput();
    void terminalAsksForTheLabel();
};

void TestTokenCli::initFreeSlotThenReinitNeedsYes() {
    SoftHsmFixture fx;
    QVERIFY(fx.isValid());
    const qint64 slot = freeSlot(fx);
    QVERIFY(slot >= 0);
    // SoftHSM2 numbers an initialised token's slot after its serial, so each run looks the slot up again.
    const auto init = [](qint64 slotId) {
        return QStringList{QStringLiteral("token"),    QStringLiteral("init"),
                           QStringLiteral("--module"), softhsm(),
                           QStringLiteral("--slot"),   QString::number(slotId),
                           QStringLiteral("--so-pin"), QStringLiteral("env:") + kSoVar};
    };
    CliRun run = runCli(fx,
                        init(slot) + QStringList{QStringLiteral("--label"), QStringLiteral("Cli New"),
                                                 QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar},
                        {}, pins(QString::fromLatin1(SoftHsmFixture::kSoPin), QStringLiteral("cli-user-1")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Cli New") && run.out.contains("user PIN set"), run.out.constData());
    // SoftHSM2 offers the next free slot; the new token works with its user PIN.
    QVERIFY(freeSlot(fx) >= 0);
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli New"), QStringLiteral("cli-user-1")));
    const auto write =
        fx.pkcs11Tool(QStringLiteral("Cli New"),
                      {QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("cli-user-1"),
                       QStringLiteral("--write-object"), fx.configPath(), QStringLiteral("--type"),
                       QStringLiteral("data"), QStringLiteral("--label"), QStringLiteral("victim")},
                      false);
    CHECK_TOOL(write);

    // Initialised: without --yes it says what would be destroyed and changes nothing.
    const qint64 newSlot = slotOf(fx, QStringLiteral("Cli New"));
    QVERIFY(newSlot >= 0);
    run = runCli(fx, init(newSlot) + QStringList{QStringLiteral("--label"), QStringLiteral("Cli Renewed")},
                 {}, pins(QString::fromLatin1(SoftHsmFixture::kSoPin), {}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("\"Cli New\"")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("serial")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("1 public object")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("--yes")), run.err.constData());
    auto listed = listWithPin(fx, QStringLiteral("Cli New"), QStringLiteral("cli-user-1"));
    QVERIFY2(listed.out.contains("victim"), listed.out.constData());

    // A wrong SO PIN: refused by the token, nothing changed.
    run = runCli(fx,
                 init(newSlot) + QStringList{QStringLiteral("--label"), QStringLiteral("Cli Renewed"),
                                             QStringLiteral("--yes")},
                 {}, pins(QStringLiteral("87654321"), {}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("C_InitToken")) &&
                 run.errText().contains(QStringLiteral("CKR_PIN_INCORRECT")),
             run.err.constData());
    QCOMPARE(slotOf(fx, QStringLiteral("Cli New")), newSlot);

    // With --yes and the SO PIN: re-initialised, the object is gone, no user PIN yet.
    run = runCli(fx,
                 init(newSlot) + QStringList{QStringLiteral("--label"), QStringLiteral("Cli Renewed"),
                                             QStringLiteral("--yes")},
                 {}, pins(QString::fromLatin1(SoftHsmFixture::kSoPin), {}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("init-pin"), run.out.constData());
    QVERIFY(slotOf(fx, QStringLiteral("Cli Renewed")) >= 0);
    QCOMPARE(slotOf(fx, QStringLiteral("Cli New")), qint64(-1));
    run = runCli(fx,
                 {QStringLiteral("token"), QStringLiteral("init-pin"), QStringLiteral("--module"), softhsm(),
                  QStringLiteral("--token"), QStringLiteral("Cli Renewed"), QStringLiteral("--so-pin"),
                  QStringLiteral("env:") + kSoVar, QStringLiteral("--new-pin"),
                  QStringLiteral("env:") + kNewVar},
                 {}, pins(QString::fromLatin1(SoftHsmFixture::kSoPin), {}, QStringLiteral("cli-user-2")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    listed = listWithPin(fx, QStringLiteral("Cli Renewed"), QStringLiteral("cli-user-2"));
    CHECK_TOOL(listed);
    QVERIFY2(!listed.out.contains("victim"), listed.out.constData());
}

void TestTokenCli::initRefusals() {
    SoftHsmFixture fx;
    QVERIFY(fx.isValid());
    const qint64 slot = freeSlot(fx);
    QVERIFY(slot >= 0);
    const auto env = pins(QString::fromLatin1(SoftHsmFixture::kSoPin), QStringLiteral("123"));
    auto init = [&](const QString& slotText, const QString& label, bool withPin) {
        QStringList args = {QStringLiteral("token"),    QStringLiteral("init"),
                            QStringLiteral("--module"), softhsm(),
                            QStringLiteral("--slot"),   slotText,
                            QStringLiteral("--label"),  label,
                            QStringLiteral("--so-pin"), QStringLiteral("env:") + kSoVar};
        if (withPin)
            args << QStringLiteral("--pin") << QStringLiteral("env:") + kUserVar;
        return runCli(fx, args, {}, env);
    };
    // Unknown slot.
    CliRun run = init(QStringLiteral("999999"), QStringLiteral("X"), false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("CKR_SLOT_ID_INVALID")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("hsmwb slots")), run.err.constData());
    // Not a number: a usage error.
    QCOMPARE(init(QStringLiteral("first"), QStringLiteral("X"), false).exitCode, 2);
    // A label longer than 32 bytes.
    run = init(QString::number(slot), QString(33, QLatin1Char('L')), false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("32")), run.err.constData());
    // A user PIN shorter than the token allows: refused before C_InitToken, the slot stays free.
    run = init(QString::number(slot), QStringLiteral("Short Pin"), true);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("too short")), run.err.constData());
    QCOMPARE(freeSlot(fx), slot);
    QCOMPARE(slotOf(fx, QStringLiteral("Short Pin")), qint64(-1));
}

void TestTokenCli::changeUserPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Pin")).isEmpty());
    const auto env = pins({}, QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("cli-new-pin"));
    CliRun run = runCli(fx,
                        changePinArgs(QStringLiteral("Cli Pin")) +
                            QStringList{QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar,
                                        QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar},
                        {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Changed the user PIN"), run.out.constData());
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli Pin"), QStringLiteral("cli-new-pin")));
    QVERIFY(!listWithPin(fx, QStringLiteral("Cli Pin"), QString::fromLatin1(SoftHsmFixture::kUserPin)).ok());

    // The new PIN from standard input.
    run = runCli(fx,
                 changePinArgs(QStringLiteral("Cli Pin")) +
                     QStringList{QStringLiteral("--pin"), QStringLiteral("env:") + kNewVar,
                                 QStringLiteral("--new-pin"), QStringLiteral("-")},
                 "from-stdin-1\n", env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli Pin"), QStringLiteral("from-stdin-1")));
}

void TestTokenCli::changeUserPinRefusals() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Refuse")).isEmpty());
    auto change = [&](const QString& oldPin, const QString& newPin) {
        return runCli(fx,
                      changePinArgs(QStringLiteral("Cli Refuse")) +
                          QStringList{QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar,
                                      QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar},
                      {}, pins({}, oldPin, newPin));
    };
    // Wrong old PIN: the token says so once, nothing is retried.
    CliRun run = change(QStringLiteral("000000"), QStringLiteral("good-new-pin"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("C_SetPIN")) &&
                 run.errText().contains(QStringLiteral("CKR_PIN_INCORRECT")),
             run.err.constData());
    // Too short and too long: refused before any call.
    run = change(QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("12"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("too short")) &&
                 run.errText().contains(QStringLiteral("4 to 255")),
             run.err.constData());
    run = change(QString::fromLatin1(SoftHsmFixture::kUserPin), QString(300, QLatin1Char('9')));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("too long")), run.err.constData());
    // Nothing changed.
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli Refuse"), QString::fromLatin1(SoftHsmFixture::kUserPin)));
    // Usage: no --pin, or --so-pin without --so.
    run = runCli(fx, changePinArgs(QStringLiteral("Cli Refuse")) +
                         QStringList{QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar});
    QCOMPARE(run.exitCode, 2);
    run = runCli(fx, changePinArgs(QStringLiteral("Cli Refuse")) +
                         QStringList{QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar,
                                     QStringLiteral("--so-pin"), QStringLiteral("env:") + kSoVar,
                                     QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar});
    QCOMPARE(run.exitCode, 2);
    // Unknown token.
    run = runCli(fx,
                 {QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--module"),
                  softhsm(), QStringLiteral("--token"), QStringLiteral("No Such Token"),
                  QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar, QStringLiteral("--new-pin"),
                  QStringLiteral("env:") + kNewVar},
                 {}, pins({}, QStringLiteral("123456"), QStringLiteral("654321")));
    QCOMPARE(run.exitCode, 1);
}

void TestTokenCli::changeSoPinThenInitPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli So")).isEmpty());
    CliRun run = runCli(
        fx,
        changePinArgs(QStringLiteral("Cli So")) +
            QStringList{QStringLiteral("--so"), QStringLiteral("--so-pin"), QStringLiteral("env:") + kSoVar,
                        QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar},
        {}, pins(QString::fromLatin1(SoftHsmFixture::kSoPin), {}, QStringLiteral("new-so-pin")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Changed the SO PIN"), run.out.constData());
    // --so needs --so-pin.
    QCOMPARE(runCli(fx, changePinArgs(QStringLiteral("Cli So")) +
                            QStringList{QStringLiteral("--so"), QStringLiteral("--new-pin"),
                                        QStringLiteral("env:") + kNewVar})
                 .exitCode,
             2);
    const QStringList initPin = {QStringLiteral("token"),     QStringLiteral("init-pin"),
                                 QStringLiteral("--module"),  softhsm(),
                                 QStringLiteral("--token"),   QStringLiteral("Cli So"),
                                 QStringLiteral("--so-pin"),  QStringLiteral("env:") + kSoVar,
                                 QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar};
    // The old SO PIN no longer works; the new one does.
    run = runCli(fx, initPin, {},
                 pins(QString::fromLatin1(SoftHsmFixture::kSoPin), {}, QStringLiteral("user-by-so")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("CKR_PIN_INCORRECT")), run.err.constData());
    run = runCli(fx, initPin, {}, pins(QStringLiteral("new-so-pin"), {}, QStringLiteral("user-by-so")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli So"), QStringLiteral("user-by-so")));
}

void TestTokenCli::unblockLockedUserPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Locked")).isEmpty());
    QVERIFY(fx.setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_LOCKED)) + "\n"));
    const QString shim = SoftHsmFixture::faultModulePath();
    const auto env = pins(QString::fromLatin1(SoftHsmFixture::kSoPin),
                          QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("unblocked-1"));
    CliRun run = runCli(fx,
                        {QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--module"),
                         shim, QStringLiteral("--token"), QStringLiteral("Cli Locked"),
                         QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar,
                         QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar},
                        {}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("locked")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("unblock")), run.err.constData());
    run = runCli(fx,
                 {QStringLiteral("token"), QStringLiteral("unblock"), QStringLiteral("--module"), shim,
                  QStringLiteral("--token"), QStringLiteral("Cli Locked"), QStringLiteral("--so-pin"),
                  QStringLiteral("env:") + kSoVar, QStringLiteral("--new-pin"),
                  QStringLiteral("env:") + kNewVar},
                 {}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Unblocked"), run.out.constData());
    QVERIFY(fx.setFaults({}));
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli Locked"), QStringLiteral("unblocked-1")));
}

void TestTokenCli::writeProtectedTokenRefused() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Protected")).isEmpty());
    const qint64 slot = slotOf(fx, QStringLiteral("Cli Protected"));
    QVERIFY(slot >= 0);
    QVERIFY(fx.setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_WRITE_PROTECTED)) + "\n"));
    const QString shim = SoftHsmFixture::faultModulePath();
    const auto env = pins(QString::fromLatin1(SoftHsmFixture::kSoPin),
                          QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("whatever-1"));
    CliRun run = runCli(fx,
                        {QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--module"),
                         shim, QStringLiteral("--token"), QStringLiteral("Cli Protected"),
                         QStringLiteral("--pin"), QStringLiteral("env:") + kUserVar,
                         QStringLiteral("--new-pin"), QStringLiteral("env:") + kNewVar},
                        {}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("write-protected")), run.err.constData());
    run = runCli(fx,
                 {QStringLiteral("token"), QStringLiteral("init"), QStringLiteral("--module"), shim,
                  QStringLiteral("--slot"), QString::number(slot), QStringLiteral("--label"),
                  QStringLiteral("Wiped"), QStringLiteral("--so-pin"), QStringLiteral("env:") + kSoVar,
                  QStringLiteral("--yes")},
                 {}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("write-protected")), run.err.constData());
    QVERIFY(fx.setFaults({}));
    QCOMPARE(slotOf(fx, QStringLiteral("Cli Protected")), slot);
    CHECK_TOOL(
        listWithPin(fx, QStringLiteral("Cli Protected"), QString::fromLatin1(SoftHsmFixture::kUserPin)));
}

void TestTokenCli::onlyOnePinFromStandardInput() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Stdin")).isEmpty());
    const CliRun run = runCli(fx,
                              changePinArgs(QStringLiteral("Cli Stdin")) +
                                  QStringList{QStringLiteral("--pin"), QStringLiteral("-"),
                                              QStringLiteral("--new-pin"), QStringLiteral("-")},
                              "123456\nabcdef\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Only one PIN")), run.err.constData());
    CHECK_TOOL(listWithPin(fx, QStringLiteral("Cli Stdin"), QString::fromLatin1(SoftHsmFixture::kUserPin)));
}

void TestTokenCli::terminalAsksForTheLabel() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Cli Typed")).isEmpty());
    const qint64 slot = slotOf(fx, QStringLiteral("Cli Typed"));
    QVERIFY(slot >= 0);
    const QString soFile = fx.dir() + QStringLiteral("/so-pin");
    QFile file(soFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SoftHsmFixture::kSoPin);
    file.close();
    // script(1) gives hsmwb a terminal as standard input, as when a user runs it by hand.
    const QString command = QStringLiteral("'%1' token init --module '%2' --slot %3 --label 'Cli Retyped' "
                                           "--so-pin 'file:%4'")
                                .arg(SoftHsmFixture::cliPath(), softhsm())
                                .arg(slot)
                                .arg(soFile);
    auto typed = [&](const QByteArray& line) {
        return fx.run(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, line);
    };
    auto run = typed("Cli Typ\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Type the token's label"), run.out.constData());
    QVERIFY2(run.out.contains("does not match"), run.out.constData());
    QCOMPARE(slotOf(fx, QStringLiteral("Cli Typed")), slot);
    run = typed("Cli Typed\n");
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(slotOf(fx, QStringLiteral("Cli Retyped")) >= 0);
    QCOMPARE(slotOf(fx, QStringLiteral("Cli Typed")), qint64(-1));
}

QTEST_GUILESS_MAIN(TestTokenCli)
#include "test_token_cli.moc"
