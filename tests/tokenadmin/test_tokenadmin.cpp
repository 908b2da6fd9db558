// Token initialisation and PIN management (backend/TokenAdmin) against real SoftHSM2 tokens; the
// PIN-state, pin-pad and write-protected flags (which SoftHSM2 never reports) through the fault shim.
#include "CallTrace.h"
#include "Module.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenAdmin.h"
#include "TokenHelpers.h"

#include <QTest>

using namespace hsm;
using namespace tokentest;

namespace {
/// The calls of `trace`, for failure messages.
QByteArray callList(const CallTrace& trace) {
    QStringList names;
    for (const CallRecord& r : trace.snapshot())
        names << r.function;
    return names.join(QLatin1Char(' ')).toUtf8();
}

std::optional<SlotInfo> slotLabelled(Module& module, const QString& label) {
    auto slotList = module.slotList();
    if (!slotList)
        return std::nullopt;
    for (const SlotInfo& s : *slotList)
        if (s.token && s.token->has(CKF_TOKEN_INITIALIZED) && s.token->label == label)
            return s;
    return std::nullopt;
}

std::optional<SlotInfo> freeSlot(Module& module) {
    auto slotList = module.slotList();
    if (!slotList)
        return std::nullopt;
    for (const SlotInfo& s : *slotList)
        if (s.token && !s.token->has(CKF_TOKEN_INITIALIZED))
            return s;
    return std::nullopt;
}

/// Logs in on a fresh session of `slot` with `pin` and logs out again.
Result<void> tryLogin(const std::shared_ptr<Module>& module, CK_SLOT_ID slot, CK_USER_TYPE type,
                      const char* pin) {
    auto session = Session::open(module, slot, true);
    if (!session)
        return session.error();
    const SecureBuffer p = testPin(pin);
    auto r = session->login(type, &p);
    if (r)
        (void)session->logout();
    return r;
}

} // namespace

class TestTokenAdmin : public QObject {
    Q_OBJECT
private slots:
    void initFreeSlotWithUserPin();
    void reinitWithSoPinDestroysObjects();
    void reinitWrongSoPinChangesNothing();
    void initRefusedWhileSessionOpen();
    void labelLimits();
    void pinLengthLimitsRefusedWithoutCall();
    void initUserPinAsSo();
    void changeUserPin();
    void wrongOldPinIsSentOnce();
    void changeSoPin();
    void soActionsRefusedWhileUserLoggedIn();
    void lockedUserPinUnblockedBySo();
    void unblockWrongSoPinLeavesNothingLoggedIn();
    void finalTryNeedsConfirmation();
    void writeProtectedRefusedWithoutCall();
    void pinPadSendsNullPins();
};

void TestTokenAdmin::initFreeSlotWithUserPin() {
    SoftHsmFixture fx;
    QVERIFY(fx.isValid());
    CallTrace trace;
    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm"), &trace);
    CHECK_OK(module);
    auto free = freeSlot(**module);
    QVERIFY(free.has_value());
    const int slotsBefore = int((*module)->slotList()->size());
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    const SecureBuffer user = testPin("user-1234");
    auto r = tokenadmin::initToken(**module, *module, free->id, QStringLiteral("Fresh Token"), &so, &user);
    CHECK_OK(r);
    auto info = (*module)->tokenInfo(free->id);
    CHECK_OK(info);
    QCOMPARE(info->label, QStringLiteral("Fresh Token"));
    QVERIFY(info->has(CKF_TOKEN_INITIALIZED));
    QVERIFY(info->has(CKF_USER_PIN_INITIALIZED));
    CHECK_OK(tryLogin(*module, free->id, CKU_USER, "user-1234"));
    // SoftHSM2 offers a new free slot once the last one is taken, without reloading the module.
    QCOMPARE(int((*module)->slotList()->size()), slotsBefore + 1);
    QVERIFY(freeSlot(**module).has_value());
    // The SO was logged out again after C_InitPIN.
    QVERIFY2(countCalls(trace, "C_Logout") == 2, callList(trace).constData());
    // Other tools see it with the user PIN.
    const auto tool = fx.pkcs11Tool(QStringLiteral("Fresh Token"),
                                    {QStringLiteral("--login"), QStringLiteral("--pin"),
                                     QStringLiteral("user-1234"), QStringLiteral("-O")},
                                    false);
    CHECK_TOOL(tool);
}

void TestTokenAdmin::reinitWithSoPinDestroysObjects() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Old")).isEmpty());
    {
        OpenedToken o = openToken(QStringLiteral("Old"), {.loginUser = true});
        QVERIFY2(o.ok(), qPrintable(o.error));
        CHECK_OK(createDataObject(*o.session, "doomed", false));
    }
    auto module = Module::load(SoftHsmFixture::modulePath());
    CHECK_OK(module);
    auto slot = slotLabelled(**module, QStringLiteral("Old"));
    QVERIFY(slot.has_value());
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    CHECK_OK(tokenadmin::initToken(**module, *module, slot->id, QStringLiteral("New"), &so, nullptr));
    auto info = (*module)->tokenInfo(slot->id);
    QCOMPARE(info->label, QStringLiteral("New"));
    QVERIFY(!info->has(CKF_USER_PIN_INITIALIZED));
    auto session = Session::open(*module, slot->id, false);
    CHECK_OK(session);
    QVERIFY(!findObject(*session, CKO_DATA, "doomed").has_value());
}

void TestTokenAdmin::reinitWrongSoPinChangesNothing() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Keep")).isEmpty());
    {
        OpenedToken o = openToken(QStringLiteral("Keep"), {.loginUser = true});
        QVERIFY2(o.ok(), qPrintable(o.error));
        CHECK_OK(createDataObject(*o.session, "kept", false));
    }
    CallTrace trace;
    auto module = Module::load(SoftHsmFixture::modulePath(), {}, &trace);
    CHECK_OK(module);
    auto slot = slotLabelled(**module, QStringLiteral("Keep"));
    QVERIFY(slot.has_value());
    const SecureBuffer so = testPin("87654321");
    auto r = tokenadmin::initToken(**module, *module, slot->id, QStringLiteral("Gone"), &so, nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rv, CK_RV(CKR_PIN_INCORRECT));
    QCOMPARE(r.error().call, QStringLiteral("C_InitToken"));
    QCOMPARE(countCalls(trace, "C_InitToken"), 1);
    QCOMPARE((*module)->tokenInfo(slot->id)->label, QStringLiteral("Keep"));
    auto session = Session::open(*module, slot->id, false);
    CHECK_OK(session);
    QVERIFY(findObject(*session, CKO_DATA, "kept").has_value());
}

void TestTokenAdmin::initRefusedWhileSessionOpen() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Busy")).isEmpty());
    OpenedToken o = openToken(QStringLiteral("Busy"));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    auto r = tokenadmin::initToken(*o.module, o.module, o.session->slot(), QStringLiteral("X"), &so, nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rv, CK_RV(CKR_SESSION_EXISTS));
    QVERIFY(r.error().hint.contains(QStringLiteral("session")));
    QCOMPARE(o.module->tokenInfo(o.session->slot())->label, QStringLiteral("Busy"));
}

void TestTokenAdmin::labelLimits() {
    QVERIFY(tokenadmin::checkLabel(QString(32, QLatin1Char('a'))).ok());
    QVERIFY(!tokenadmin::checkLabel(QString(33, QLatin1Char('a'))).ok());
    // 16 two-byte characters fit exactly; 17 do not.
    QVERIFY(tokenadmin::checkLabel(QString(16, QChar(0xE9))).ok());
    QVERIFY(!tokenadmin::checkLabel(QString(17, QChar(0xE9))).ok());
    QVERIFY(!tokenadmin::checkLabel(QString()).ok());
    QVERIFY(!tokenadmin::checkLabel(QStringLiteral("trailing ")).ok());

    SoftHsmFixture fx;
    CallTrace trace;
    auto module = Module::load(SoftHsmFixture::modulePath(), {}, &trace);
    CHECK_OK(module);
    auto free = freeSlot(**module);
    QVERIFY(free.has_value());
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    auto r = tokenadmin::initToken(**module, *module, free->id, QString(17, QChar(0xE9)), &so, nullptr);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("34")));
    QCOMPARE(countCalls(trace, "C_InitToken"), 0);
    CHECK_OK(tokenadmin::initToken(**module, *module, free->id, QString(16, QChar(0xE9)), &so, nullptr));
    QCOMPARE((*module)->tokenInfo(free->id)->label, QString(16, QChar(0xE9)));
}

void TestTokenAdmin::pinLengthLimitsRefusedWithoutCall() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Len")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Len"), {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.token.minPinLen, CK_ULONG(4));
    QCOMPARE(o.token.maxPinLen, CK_ULONG(255));

    const SecureBuffer shortPin = testPin("123");
    const SecureBuffer longPin(QByteArray(256, '7').constData(), 256);
    const SecureBuffer okPin = testPin("1234");
    auto r = tokenadmin::checkPinLength(o.token, shortPin, QStringLiteral("new user PIN"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("too short")), qPrintable(r.error().text()));
    QVERIFY2(r.error().hint.contains(QStringLiteral("4 to 255")), qPrintable(r.error().text()));
    QVERIFY(!tokenadmin::checkPinLength(o.token, longPin, QStringLiteral("PIN")).ok());
    QVERIFY(!tokenadmin::checkPinLength(o.token, SecureBuffer(), QStringLiteral("PIN")).ok());
    QVERIFY(tokenadmin::checkPinLength(o.token, okPin, QStringLiteral("PIN")).ok());

    const SecureBuffer user = testPin(SoftHsmFixture::kUserPin);
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    QVERIFY(!tokenadmin::changePin(*o.session, &user, &shortPin).ok());
    QVERIFY(!tokenadmin::changePin(*o.session, &user, &longPin).ok());
    QVERIFY(!tokenadmin::changeSoPin(*o.session, &so, &shortPin).ok());
    QVERIFY(!tokenadmin::unblockUserPin(*o.session, &so, &longPin).ok());
    const CK_SLOT_ID slot = o.session->slot();
    o.session.reset();
    QVERIFY(!tokenadmin::initToken(*o.module, o.module, slot, QStringLiteral("L"), &shortPin, nullptr).ok());
    QVERIFY(!tokenadmin::initToken(*o.module, o.module, slot, QStringLiteral("L"), &so, &longPin).ok());
    QCOMPARE(countCalls(trace, "C_SetPIN"), 0);
    QCOMPARE(countCalls(trace, "C_InitPIN"), 0);
    QCOMPARE(countCalls(trace, "C_InitToken"), 0);
    QCOMPARE(countCalls(trace, "C_Login"), 0);
    // The old PIN still works: nothing changed.
    CHECK_OK(tryLogin(o.module, slot, CKU_USER, SoftHsmFixture::kUserPin));
}

void TestTokenAdmin::initUserPinAsSo() {
    SoftHsmFixture fx;
    QVERIFY(fx.isValid());
    auto module = Module::load(SoftHsmFixture::modulePath());
    CHECK_OK(module);
    auto free = freeSlot(**module);
    QVERIFY(free.has_value());
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    CHECK_OK(tokenadmin::initToken(**module, *module, free->id, QStringLiteral("NoUser"), &so, nullptr));
    QVERIFY(!(*module)->tokenInfo(free->id)->has(CKF_USER_PIN_INITIALIZED));
    auto session = Session::open(*module, free->id, true);
    CHECK_OK(session);
    const SecureBuffer user = testPin("fresh-user");
    // Not logged in as SO: refused.
    QVERIFY(!tokenadmin::initUserPin(*session, &user).ok());
    CHECK_OK(session->login(CKU_SO, &so));
    CHECK_OK(tokenadmin::initUserPin(*session, &user));
    CHECK_OK(session->logout());
    QVERIFY((*module)->tokenInfo(free->id)->has(CKF_USER_PIN_INITIALIZED));
    CHECK_OK(tryLogin(*module, free->id, CKU_USER, "fresh-user"));
}

void TestTokenAdmin::changeUserPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Change")).isEmpty());
    OpenedToken o = openToken(QStringLiteral("Change"));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer oldPin = testPin(SoftHsmFixture::kUserPin);
    const SecureBuffer newPin = testPin("new-pin-1");
    // Not logged in: C_SetPIN checks the old PIN itself.
    CHECK_OK(tokenadmin::changePin(*o.session, &oldPin, &newPin));
    const CK_SLOT_ID slot = o.session->slot();
    QCOMPARE(tryLogin(o.module, slot, CKU_USER, SoftHsmFixture::kUserPin).error().rv,
             CK_RV(CKR_PIN_INCORRECT));
    CHECK_OK(tryLogin(o.module, slot, CKU_USER, "new-pin-1"));
    // Logged in as user: changes the user PIN again.
    CHECK_OK(o.session->login(CKU_USER, &newPin));
    const SecureBuffer third = testPin("third-pin");
    CHECK_OK(tokenadmin::changePin(*o.session, &newPin, &third));
    CHECK_OK(o.session->logout());
    o.session.reset();
    const auto tool = fx.pkcs11Tool(QStringLiteral("Change"),
                                    {QStringLiteral("--login"), QStringLiteral("--pin"),
                                     QStringLiteral("third-pin"), QStringLiteral("-O")},
                                    false);
    CHECK_TOOL(tool);
}

void TestTokenAdmin::wrongOldPinIsSentOnce() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Wrong")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Wrong"), {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer wrong = testPin("000000");
    const SecureBuffer newPin = testPin("new-pin-1");
    auto r = tokenadmin::changePin(*o.session, &wrong, &newPin);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rv, CK_RV(CKR_PIN_INCORRECT));
    QCOMPARE(r.error().call, QStringLiteral("C_SetPIN"));
    QVERIFY2(r.error().hint.contains(QStringLiteral("few tries")), qPrintable(r.error().hint));
    QCOMPARE(countCalls(trace, "C_SetPIN"), 1);
    CHECK_OK(tryLogin(o.module, o.session->slot(), CKU_USER, SoftHsmFixture::kUserPin));
}

void TestTokenAdmin::changeSoPin() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("SoChange")).isEmpty());
    OpenedToken o = openToken(QStringLiteral("SoChange"));
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer oldSo = testPin(SoftHsmFixture::kSoPin);
    const SecureBuffer newSo = testPin("new-so-pin");
    CHECK_OK(tokenadmin::changeSoPin(*o.session, &oldSo, &newSo));
    QCOMPARE(*o.session->isLoggedIn(), false);
    const CK_SLOT_ID slot = o.session->slot();
    QCOMPARE(tryLogin(o.module, slot, CKU_SO, SoftHsmFixture::kSoPin).error().rv, CK_RV(CKR_PIN_INCORRECT));
    CHECK_OK(tryLogin(o.module, slot, CKU_SO, "new-so-pin"));
    // A wrong current SO PIN fails at C_Login; nothing is left logged in.
    auto r = tokenadmin::changeSoPin(*o.session, &oldSo, &newSo);
    QCOMPARE(r.error().rv, CK_RV(CKR_PIN_INCORRECT));
    QCOMPARE(r.error().call, QStringLiteral("C_Login"));
    QCOMPARE(*o.session->isLoggedIn(), false);
}

void TestTokenAdmin::soActionsRefusedWhileUserLoggedIn() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("UserIn")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("UserIn"), {.loginUser = true, .trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    const SecureBuffer pin = testPin("another-1");
    auto r = tokenadmin::changeSoPin(*o.session, &so, &pin);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rv, CK_RV(CKR_USER_ANOTHER_ALREADY_LOGGED_IN));
    QVERIFY(r.error().message.contains(QStringLiteral("log out")));
    auto u = tokenadmin::unblockUserPin(*o.session, &so, &pin);
    QCOMPARE(u.error().rv, CK_RV(CKR_USER_ANOTHER_ALREADY_LOGGED_IN));
    QCOMPARE(countCalls(trace, "C_Login"), 1); // only the user login of openToken
    QCOMPARE(*o.session->isLoggedIn(), true);
}

void TestTokenAdmin::lockedUserPinUnblockedBySo() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o = openWithTokenFlags(fx, QStringLiteral("Locked"), CKF_USER_PIN_LOCKED, {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer user = testPin(SoftHsmFixture::kUserPin);
    const SecureBuffer newUser = testPin("unblocked");
    // A locked user PIN is not sent, neither to log in nor to change it.
    QVERIFY(!o.session->login(CKU_USER, &user).ok());
    auto c = tokenadmin::changePin(*o.session, &user, &newUser);
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.contains(QStringLiteral("locked")));
    QVERIFY(c.error().hint.contains(QStringLiteral("unblock")));
    QCOMPARE(countCalls(trace, "C_SetPIN"), 0);
    QCOMPARE(countCalls(trace, "C_Login"), 0);
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    CHECK_OK(tokenadmin::unblockUserPin(*o.session, &so, &newUser));
    QVERIFY2(countCalls(trace, "C_InitPIN") == 1, callList(trace).constData());
    QCOMPARE(*o.session->isLoggedIn(), false);
    QVERIFY(fx.setFaults({}));
    CHECK_OK(tryLogin(o.module, o.session->slot(), CKU_USER, "unblocked"));
}

void TestTokenAdmin::unblockWrongSoPinLeavesNothingLoggedIn() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Unblock")).isEmpty());
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Unblock"), {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer wrongSo = testPin("99999999");
    const SecureBuffer newUser = testPin("unblocked");
    auto r = tokenadmin::unblockUserPin(*o.session, &wrongSo, &newUser);
    QCOMPARE(r.error().rv, CK_RV(CKR_PIN_INCORRECT));
    QCOMPARE(countCalls(trace, "C_Login"), 1);
    QCOMPARE(countCalls(trace, "C_InitPIN"), 0);
    QCOMPARE(*o.session->isLoggedIn(), false);
    CHECK_OK(tryLogin(o.module, o.session->slot(), CKU_USER, SoftHsmFixture::kUserPin));
}

void TestTokenAdmin::finalTryNeedsConfirmation() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o =
        openWithTokenFlags(fx, QStringLiteral("Final"), CKF_USER_PIN_FINAL_TRY, {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer user = testPin(SoftHsmFixture::kUserPin);
    const SecureBuffer newUser = testPin("after-final");
    auto r = tokenadmin::changePin(*o.session, &user, &newUser);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("Final try")));
    QCOMPARE(countCalls(trace, "C_SetPIN"), 0);
    CHECK_OK(tokenadmin::changePin(*o.session, &user, &newUser, true));
    QVERIFY2(countCalls(trace, "C_SetPIN") == 1, callList(trace).constData());
}

void TestTokenAdmin::writeProtectedRefusedWithoutCall() {
    SoftHsmFixture fx;
    CallTrace trace;
    OpenedToken o =
        openWithTokenFlags(fx, QStringLiteral("Protected"), CKF_WRITE_PROTECTED, {.trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const SecureBuffer user = testPin(SoftHsmFixture::kUserPin);
    const SecureBuffer so = testPin(SoftHsmFixture::kSoPin);
    const SecureBuffer newPin = testPin("whatever1");
    auto c = tokenadmin::changePin(*o.session, &user, &newPin);
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.contains(QStringLiteral("write-protected")));
    QVERIFY(!tokenadmin::changeSoPin(*o.session, &so, &newPin).ok());
    QVERIFY(!tokenadmin::unblockUserPin(*o.session, &so, &newPin).ok());
    const CK_SLOT_ID slot = o.session->slot();
    o.session.reset();
    auto i = tokenadmin::initToken(*o.module, o.module, slot, QStringLiteral("Wiped"), &so, nullptr);
    QVERIFY(!i.ok());
    QCOMPARE(i.error().call, QStringLiteral("C_InitToken"));
    QCOMPARE(countCalls(trace, "C_SetPIN"), 0);
    QCOMPARE(countCalls(trace, "C_InitPIN"), 0);
    QCOMPARE(countCalls(trace, "C_InitToken"), 0);
    QCOMPARE(countCalls(trace, "C_Login"), 0);
    QCOMPARE(o.module->tokenInfo(slot)->label, QStringLiteral("Protected"));
}

void TestTokenAdmin::pinPadSendsNullPins() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Plain")).isEmpty());
    {
        // Without a pin pad a missing PIN is refused before any call.
        CallTrace trace;
        OpenedToken o = openToken(QStringLiteral("Plain"), {.trace = &trace});
        QVERIFY2(o.ok(), qPrintable(o.error));
        const SecureBuffer newPin = testPin("whatever1");
        auto r = tokenadmin::changePin(*o.session, nullptr, &newPin);
        QVERIFY(!r.ok());
        QVERIFY(r.error().hint.contains(QStringLiteral("PIN pad")));
        QCOMPARE(countCalls(trace, "C_SetPIN"), 0);
    }
    // With the pin-pad flag the call is made with NULL PINs; SoftHSM2 has no pad and refuses them.
    QVERIFY(fx.setFaults(
        "token_flags_add=" + QByteArray::number(qulonglong(CKF_PROTECTED_AUTHENTICATION_PATH)) + "\n"));
    CallTrace trace;
    OpenedToken o = openToken(QStringLiteral("Plain"),
                              {.modulePath = SoftHsmFixture::faultModulePath(), .trace = &trace});
    QVERIFY2(o.ok(), qPrintable(o.error));
    auto r = tokenadmin::changePin(*o.session, nullptr, nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().call, QStringLiteral("C_SetPIN"));
    QCOMPARE(countCalls(trace, "C_SetPIN"), 1);
    QVERIFY(fx.setFaults({}));
    CHECK_OK(tryLogin(o.module, o.session->slot(), CKU_USER, SoftHsmFixture::kUserPin));
}

QTEST_GUILESS_MAIN(TestTokenAdmin)
#include "test_tokenadmin.moc"
