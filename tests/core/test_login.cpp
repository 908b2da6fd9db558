// Login and logout against SoftHSM2, and the PIN-flag rules through our fault-injection module
// (SoftHSM2 never reports a locked or final-try PIN by itself).
#include "CallTrace.h"
#include "Module.h"
#include "PinPolicy.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QTest>

using namespace hsm;
using namespace tokentest;

namespace {
/// Read-only sessions through the fault module with the call trace: the PIN-flag rules under test.
OpenOptions readOnly(CallTrace& trace) {
    return {.readWrite = false, .trace = &trace};
}
} // namespace

class TestLogin : public QObject {
    Q_OBJECT
private slots:
    void rightPinLogsInAndOut();
    void wrongPinFailsWithAdviceAndIsSentOnce();
    void soLogin();
    void lockedPinIsNeverSent();
    void finalTryNeedsConfirmation();
    void countLowWarnsButAllows();
    void pinPadSendsNullPin();
    void assessmentTexts();
};

void TestLogin::rightPinLogsInAndOut() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Login")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Login"), {.readWrite = false, .trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(*o.session->isLoggedIn(), false);
    const SecureBuffer p = testPin(SoftHsmFixture::kUserPin);
    auto r = o.session->login(CKU_USER, &p);
    CHECK_OK(r);
    QCOMPARE(*o.session->isLoggedIn(), true);
    QVERIFY(o.session->logout().ok());
    QCOMPARE(*o.session->isLoggedIn(), false);
}

void TestLogin::wrongPinFailsWithAdviceAndIsSentOnce() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Wrong")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Wrong"), {.readWrite = false, .trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer p = testPin("999999");
    auto r = o.session->login(CKU_USER, &p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rv, CK_RV(CKR_PIN_INCORRECT));
    QCOMPARE(r.error().call, QStringLiteral("C_Login"));
    // SoftHSM2 raises COUNT_LOW after a failure; the advice says what the flags tell.
    QVERIFY2(r.error().hint.contains(QStringLiteral("few tries")), qPrintable(r.error().hint));
    QCOMPARE(countCalls(trace, "C_Login"), 1);
}

void TestLogin::soLogin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("SO")).isEmpty());
    CallTrace trace;
    // SO login needs a read-write session (PKCS#11: CKR_SESSION_READ_ONLY_EXISTS otherwise).
    OpenedToken o = openToken(QStringLiteral("SO"), {.readWrite = true, .trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer p = testPin(SoftHsmFixture::kSoPin);
    auto r = o.session->login(CKU_SO, &p);
    CHECK_OK(r);
    auto info = o.session->info();
    QVERIFY(info.ok());
    QCOMPARE(info->state, CK_STATE(CKS_RW_SO_FUNCTIONS));
}

void TestLogin::lockedPinIsNeverSent() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o = openWithTokenFlags(fx, QStringLiteral("Locked"), CKF_USER_PIN_LOCKED, readOnly(trace));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer p = testPin(SoftHsmFixture::kUserPin);
    auto r = o.session->login(CKU_USER, &p);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(countCalls(trace, "C_Login"), 0);
}

void TestLogin::finalTryNeedsConfirmation() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o = openWithTokenFlags(fx, QStringLiteral("Final"), CKF_USER_PIN_FINAL_TRY, readOnly(trace));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer p = testPin(SoftHsmFixture::kUserPin);
    auto refused = o.session->login(CKU_USER, &p, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Final try")));
    QCOMPARE(countCalls(trace, "C_Login"), 0);
    auto confirmed = o.session->login(CKU_USER, &p, true);
    CHECK_OK(confirmed);
    QCOMPARE(countCalls(trace, "C_Login"), 1);
}

void TestLogin::countLowWarnsButAllows() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o = openWithTokenFlags(fx, QStringLiteral("Low"), CKF_USER_PIN_COUNT_LOW, readOnly(trace));
    QVERIFY2(o.ok(), qPrintable(o.error));
    auto token = o.module->tokenInfo(o.session->slot());
    QVERIFY(token.ok());
    const PinAssessment a = assessPin(*token, CKU_USER);
    QCOMPARE(a.verdict, PinAssessment::Verdict::Warn);
    QVERIFY(!a.message.isEmpty());
    const SecureBuffer p = testPin(SoftHsmFixture::kUserPin);
    QVERIFY(o.session->login(CKU_USER, &p).ok());
}

void TestLogin::pinPadSendsNullPin() {
    {
        SoftHsmFixture fx;
        CallTrace trace;
        OpenedToken o = openWithTokenFlags(fx, QStringLiteral("PinPad"), CKF_PROTECTED_AUTHENTICATION_PATH,
                                           readOnly(trace));
        QVERIFY2(o.ok(), qPrintable(o.error));
        // No PIN from us: the call goes out with a NULL PIN (SoftHSM2 has no pad and rejects it, which
        // shows the call was made rather than refused by our own "no PIN" check).
        auto r = o.session->login(CKU_USER, nullptr);
        QCOMPARE(countCalls(trace, "C_Login"), 1);
        if (!r.ok())
            QCOMPARE(r.error().call, QStringLiteral("C_Login"));
    }
    // Without a pin pad, a missing PIN is refused before any call. The scope above finalized
    // SoftHSM2, so this load reads the new fixture's configuration and sees its token.
    SoftHsmFixture plain;
    QVERIFY(!plain.initToken(QStringLiteral("Plain")).isEmpty());
    CallTrace trace2;
    OpenedToken p = openToken(QStringLiteral("Plain"), {.readWrite = false, .trace = &trace2});
    QVERIFY2(p.ok(), qPrintable(p.error));
    auto refused = p.session->login(CKU_USER, nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(countCalls(trace2, "C_Login"), 0);
}

void TestLogin::assessmentTexts() {
    TokenInfo t;
    t.flags = CKF_USER_PIN_INITIALIZED;
    QCOMPARE(assessPin(t, CKU_USER).verdict, PinAssessment::Verdict::Ok);
    t.flags |= CKF_SO_PIN_LOCKED;
    QCOMPARE(assessPin(t, CKU_USER).verdict, PinAssessment::Verdict::Ok);
    QCOMPARE(assessPin(t, CKU_SO).verdict, PinAssessment::Verdict::Locked);
    t.flags = CKF_USER_PIN_INITIALIZED | CKF_USER_PIN_TO_BE_CHANGED;
    QCOMPARE(assessPin(t, CKU_USER).verdict, PinAssessment::Verdict::Warn);
    t.flags = 0;
    QCOMPARE(assessPin(t, CKU_USER).verdict, PinAssessment::Verdict::Warn); // PIN not initialised
    t.flags = CKF_USER_PIN_INITIALIZED | CKF_USER_PIN_FINAL_TRY;
    QVERIFY(pinFailureAdvice(t, CKU_USER).contains(QStringLiteral("next wrong PIN locks")));
}

QTEST_GUILESS_MAIN(TestLogin)
#include "test_login.moc"
