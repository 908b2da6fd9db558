// Login and logout against SoftHSM2, and the PIN-flag rules through our fault-injection module
// (SoftHSM2 never reports a locked or final-try PIN by itself).
#include "CallTrace.h"
#include "Module.h"
#include "PinPolicy.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "SoftHsmFixture.h"

#include <QTest>
#include <cstring>

using namespace hsm;

namespace {
SecureBuffer pin(const char* text) {
    return SecureBuffer(text, std::strlen(text));
}

int countCalls(const CallTrace& trace, const char* function) {
    int n = 0;
    for (const CallRecord& r : trace.snapshot())
        n += r.function == QLatin1String(function) ? 1 : 0;
    return n;
}

struct Opened {
    std::shared_ptr<Module> module;
    std::optional<Session> session;
};

Opened openFirstToken(const QString& modulePath, CallTrace* trace) {
    Opened o;
    auto module = Module::load(modulePath, QStringLiteral("test"), trace);
    if (!module)
        return o;
    o.module = *module;
    auto ids = o.module->slotIds(true);
    if (!ids || ids->isEmpty())
        return o;
    // The initialised token is listed before SoftHSM2's free slot.
    for (CK_SLOT_ID id : *ids) {
        auto t = o.module->tokenInfo(id);
        if (t && t->has(CKF_TOKEN_INITIALIZED)) {
            auto s = Session::open(o.module, id, false);
            if (s)
                o.session.emplace(std::move(s).value());
            break;
        }
    }
    return o;
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
    Opened o = openFirstToken(SoftHsmFixture::modulePath(), &trace);
    QVERIFY(o.session.has_value());
    QCOMPARE(*o.session->isLoggedIn(), false);
    const SecureBuffer p = pin(SoftHsmFixture::kUserPin);
    auto r = o.session->login(CKU_USER, &p);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QCOMPARE(*o.session->isLoggedIn(), true);
    QVERIFY(o.session->logout().ok());
    QCOMPARE(*o.session->isLoggedIn(), false);
}

void TestLogin::wrongPinFailsWithAdviceAndIsSentOnce() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Wrong")).isEmpty());
    CallTrace trace;
    Opened o = openFirstToken(SoftHsmFixture::modulePath(), &trace);
    QVERIFY(o.session.has_value());
    const SecureBuffer p = pin("999999");
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
    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("t"), &trace);
    QVERIFY(module.ok());
    auto ids = (*module)->slotIds(true);
    QVERIFY(ids.ok());
    // SO login needs a read-write session (PKCS#11: CKR_SESSION_READ_ONLY_EXISTS otherwise).
    auto session = Session::open(*module, ids->first(), true);
    QVERIFY(session.ok());
    const SecureBuffer p = pin(SoftHsmFixture::kSoPin);
    auto r = session->login(CKU_SO, &p);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    auto info = session->info();
    QVERIFY(info.ok());
    QCOMPARE(info->state, CK_STATE(CKS_RW_SO_FUNCTIONS));
}

void TestLogin::lockedPinIsNeverSent() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Locked")).isEmpty());
    QVERIFY(fx.setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_LOCKED)) + "\n"));
    CallTrace trace;
    Opened o = openFirstToken(SoftHsmFixture::faultModulePath(), &trace);
    QVERIFY(o.session.has_value());
    const SecureBuffer p = pin(SoftHsmFixture::kUserPin);
    auto r = o.session->login(CKU_USER, &p);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(countCalls(trace, "C_Login"), 0);
}

void TestLogin::finalTryNeedsConfirmation() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Final")).isEmpty());
    QVERIFY(fx.setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_FINAL_TRY)) + "\n"));
    CallTrace trace;
    Opened o = openFirstToken(SoftHsmFixture::faultModulePath(), &trace);
    QVERIFY(o.session.has_value());
    const SecureBuffer p = pin(SoftHsmFixture::kUserPin);
    auto refused = o.session->login(CKU_USER, &p, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Final try")));
    QCOMPARE(countCalls(trace, "C_Login"), 0);
    auto confirmed = o.session->login(CKU_USER, &p, true);
    QVERIFY2(confirmed.ok(), confirmed.ok() ? "" : qPrintable(confirmed.error().text()));
    QCOMPARE(countCalls(trace, "C_Login"), 1);
}

void TestLogin::countLowWarnsButAllows() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Low")).isEmpty());
    QVERIFY(fx.setFaults("token_flags_add=" + QByteArray::number(qulonglong(CKF_USER_PIN_COUNT_LOW)) + "\n"));
    CallTrace trace;
    Opened o = openFirstToken(SoftHsmFixture::faultModulePath(), &trace);
    QVERIFY(o.session.has_value());
    auto token = o.module->tokenInfo(o.session->slot());
    QVERIFY(token.ok());
    const PinAssessment a = assessPin(*token, CKU_USER);
    QCOMPARE(a.verdict, PinAssessment::Verdict::Warn);
    QVERIFY(!a.message.isEmpty());
    const SecureBuffer p = pin(SoftHsmFixture::kUserPin);
    QVERIFY(o.session->login(CKU_USER, &p).ok());
}

void TestLogin::pinPadSendsNullPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("PinPad")).isEmpty());
    QVERIFY(fx.setFaults(
        "token_flags_add=" + QByteArray::number(qulonglong(CKF_PROTECTED_AUTHENTICATION_PATH)) + "\n"));
    CallTrace trace;
    Opened o = openFirstToken(SoftHsmFixture::faultModulePath(), &trace);
    QVERIFY(o.session.has_value());
    // No PIN from us: the call goes out with a NULL PIN (SoftHSM2 has no pad and rejects it, which
    // shows the call was made rather than refused by our own "no PIN" check).
    auto r = o.session->login(CKU_USER, nullptr);
    QCOMPARE(countCalls(trace, "C_Login"), 1);
    if (!r.ok())
        QCOMPARE(r.error().call, QStringLiteral("C_Login"));
    // Without a pin pad, a missing PIN is refused before any call.
    SoftHsmFixture plain;
    QVERIFY(!plain.initToken(QStringLiteral("Plain")).isEmpty());
    CallTrace trace2;
    Opened p = openFirstToken(SoftHsmFixture::modulePath(), &trace2);
    QVERIFY(p.session.has_value());
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
