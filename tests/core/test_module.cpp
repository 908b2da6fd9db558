// Module loading, the call gate and slot/token/mechanism queries against real SoftHSM2 tokens.
#include "CallTrace.h"
#include "Module.h"
#include "Pkcs11Names.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hsm;

class TestModule : public QObject {
    Q_OBJECT
private slots:
    void loadsSoftHsmAndReadsInfo();
    void listsSlotsWithTokensAndTheFreeSlot();
    void fixtureReturnsTheNewTokensSerialAmongTwins();
    void listsMechanismsWithInfo();
    void callGateRecordsEveryCallWithoutArguments();
    void missingFileIsAClearError();
    void textFileIsAClearError();
    void sharedLibraryThatIsNotAModule();
    void initializeFailureNamesTheCall();
    void reloadAfterUnloadWorks();
    void errorCarriesRvNameAndHint();
};

void TestModule::loadsSoftHsmAndReadsInfo() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm2"));
    QVERIFY2(module.ok(), module.ok() ? "" : qPrintable(module.error().text()));
    const ModuleInfo& info = (*module)->info();
    QCOMPARE(info.name, QStringLiteral("softhsm2"));
    QCOMPARE(info.manufacturer, QStringLiteral("SoftHSM"));
    QVERIFY(info.description.contains(QStringLiteral("PKCS")) || !info.description.isEmpty());
    QVERIFY(info.cryptokiVersion.startsWith(QLatin1Char('2')) ||
            info.cryptokiVersion.startsWith(QLatin1Char('3')));
    QVERIFY(!info.libraryVersion.isEmpty());
}

void TestModule::listsSlotsWithTokensAndTheFreeSlot() {
    SoftHsmFixture fx;
    const QString serialA = fx.initToken(QStringLiteral("Alpha"));
    QVERIFY2(!serialA.isEmpty(), qPrintable(fx.lastError()));
    const QString serialB = fx.initToken(QStringLiteral("Beta token"));
    QVERIFY2(!serialB.isEmpty(), qPrintable(fx.lastError()));
    auto module = Module::load(SoftHsmFixture::modulePath());
    QVERIFY(module.ok());
    auto slotsResult = (*module)->slotList();
    QVERIFY2(slotsResult.ok(), slotsResult.ok() ? "" : qPrintable(slotsResult.error().text()));
    // Two initialised tokens plus SoftHSM2's one free, uninitialised slot.
    QCOMPARE(slotsResult->size(), 3);
    QStringList labels;
    int uninitialised = 0;
    for (const SlotInfo& s : *slotsResult) {
        QVERIFY(s.tokenPresent());
        QVERIFY(s.token.has_value());
        if (s.token->has(CKF_TOKEN_INITIALIZED)) {
            labels << s.token->label;
            QCOMPARE(s.token->manufacturer, QStringLiteral("SoftHSM project"));
            QCOMPARE(s.token->model, QStringLiteral("SoftHSM v2"));
            QVERIFY(s.token->has(CKF_LOGIN_REQUIRED));
            QVERIFY(s.token->has(CKF_USER_PIN_INITIALIZED));
            QVERIFY(s.token->minPinLen >= 4);
            QVERIFY(s.token->maxPinLen >= s.token->minPinLen);
            QVERIFY(s.token->serial == serialA || s.token->serial == serialB);
        } else {
            ++uninitialised;
        }
        QVERIFY(!s.description.isEmpty());
    }
    labels.sort();
    QCOMPARE(labels, QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta token")}));
    QCOMPARE(uninitialised, 1);
    for (const SlotInfo& s : *slotsResult)
        QCOMPARE(names::tokenFlags(s.token->flags).contains(QStringLiteral("CKF_TOKEN_INITIALIZED")),
                 s.token->has(CKF_TOKEN_INITIALIZED));
}

void TestModule::fixtureReturnsTheNewTokensSerialAmongTwins() {
    // Same label, different user PINs: a PIN only opens the token initToken said it made.
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Twin");
    const QList<QByteArray> pins{"111111", "222222", "333333", "444444"};
    QStringList serials;
    for (const QByteArray& userPin : pins) {
        const QString serial =
            fx.initToken(label, QString::fromLatin1(SoftHsmFixture::kSoPin), QString::fromLatin1(userPin));
        QVERIFY2(!serial.isEmpty(), qPrintable(fx.lastError()));
        QVERIFY2(!serials.contains(serial), qPrintable(serial));
        serials << serial;
    }
    auto module = Module::load(SoftHsmFixture::modulePath());
    CHECK_OK(module);
    auto slotsResult = (*module)->slotList();
    CHECK_OK(slotsResult);
    QStringList seen;
    for (const SlotInfo& s : *slotsResult) {
        if (!s.token || !s.token->has(CKF_TOKEN_INITIALIZED))
            continue;
        QCOMPARE(s.token->label, label);
        const qsizetype index = serials.indexOf(s.token->serial);
        QVERIFY2(index >= 0, qPrintable(s.token->serial));
        seen << s.token->serial;
        auto session = Session::open(*module, s.id, false);
        CHECK_OK(session);
        const SecureBuffer pin = tokentest::testPin(pins.at(index).constData());
        auto login = session->login(CKU_USER, &pin);
        CHECK_OK(login);
    }
    seen.sort();
    serials.sort();
    QCOMPARE(seen, serials);
}

void TestModule::listsMechanismsWithInfo() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Mech")).isEmpty());
    auto module = Module::load(SoftHsmFixture::modulePath());
    QVERIFY(module.ok());
    auto ids = (*module)->slotIds(true);
    QVERIFY(ids.ok());
    QVERIFY(!ids->isEmpty());
    auto mechs = (*module)->mechanisms(ids->first());
    QVERIFY2(mechs.ok(), mechs.ok() ? "" : qPrintable(mechs.error().text()));
    QVERIFY(mechs->size() > 20);
    bool sawRsaGen = false, sawEcdsa = false;
    for (const MechanismInfo& m : *mechs) {
        QCOMPARE(m.name, names::mechanism(m.type));
        if (m.type == CKM_RSA_PKCS_KEY_PAIR_GEN) {
            sawRsaGen = true;
            QCOMPARE(m.name, QStringLiteral("CKM_RSA_PKCS_KEY_PAIR_GEN"));
            QVERIFY(m.minKeySize <= 1024);
            QVERIFY(m.maxKeySize >= 4096);
            QVERIFY(m.flags & CKF_GENERATE_KEY_PAIR);
            QVERIFY(names::mechanismFlags(m.flags).contains(QStringLiteral("CKF_GENERATE_KEY_PAIR")));
        }
        if (m.type == CKM_ECDSA) {
            sawEcdsa = true;
            QVERIFY(m.flags & CKF_SIGN);
        }
    }
    QVERIFY(sawRsaGen);
    QVERIFY(sawEcdsa);
}

void TestModule::callGateRecordsEveryCallWithoutArguments() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Trace")).isEmpty());
    CallTrace trace;
    {
        auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm2"), &trace);
        QVERIFY(module.ok());
        auto slotsResult = (*module)->slotList();
        QVERIFY(slotsResult.ok());
    }
    const QList<CallRecord> records = trace.snapshot();
    QStringList functions;
    for (const CallRecord& r : records) {
        functions << r.function;
        QCOMPARE(r.module, QStringLiteral("softhsm2"));
        QVERIFY(r.durationNs >= 0);
        QVERIFY(r.time.isValid());
    }
    QVERIFY(functions.contains(QStringLiteral("C_Initialize")));
    QVERIFY(functions.contains(QStringLiteral("C_GetInfo")));
    QVERIFY(functions.contains(QStringLiteral("C_GetSlotList")));
    QVERIFY(functions.contains(QStringLiteral("C_GetTokenInfo")));
    QCOMPARE(functions.last(), QStringLiteral("C_Finalize")); // the module's last owner finalizes it
    for (const CallRecord& r : records)
        if (r.function == QLatin1String("C_GetTokenInfo"))
            QVERIFY(r.slot.has_value());
}

void TestModule::missingFileIsAClearError() {
    auto module = Module::load(QStringLiteral("/nonexistent/libnothing.so"));
    QVERIFY(!module.ok());
    QCOMPARE(module.error().call, QStringLiteral("dlopen"));
    QVERIFY(module.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!module.error().hint.isEmpty());
}

void TestModule::textFileIsAClearError() {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("notes.so")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a library\n");
    f.close();
    auto module = Module::load(f.fileName());
    QVERIFY(!module.ok());
    QCOMPARE(module.error().call, QStringLiteral("dlopen"));
    QVERIFY(module.error().message.contains(f.fileName()));
    QVERIFY(module.error().hint.contains(QStringLiteral("PKCS#11")));
}

void TestModule::sharedLibraryThatIsNotAModule() {
    const QString libz = QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1");
    QVERIFY(QFile::exists(libz));
    auto module = Module::load(libz);
    QVERIFY(!module.ok());
    QCOMPARE(module.error().call, QStringLiteral("dlsym"));
    QVERIFY(module.error().message.contains(QStringLiteral("not a PKCS#11 module")));
}

void TestModule::initializeFailureNamesTheCall() {
    // SoftHSM2 fails C_Initialize when its configuration file is missing: a real failing module.
    SoftHsmFixture fx;
    qputenv("SOFTHSM2_CONF", QByteArrayLiteral("/nonexistent/softhsm2.conf"));
    auto module = Module::load(SoftHsmFixture::modulePath());
    QVERIFY(!module.ok());
    QCOMPARE(module.error().call, QStringLiteral("C_Initialize"));
    QCOMPARE(module.error().rv, CK_RV(CKR_GENERAL_ERROR));
    QVERIFY(module.error().text().contains(QStringLiteral("CKR_GENERAL_ERROR")));
    // And with the configuration back the same module loads: nothing was left half-initialised.
    qputenv("SOFTHSM2_CONF", fx.configPath().toUtf8());
    auto again = Module::load(SoftHsmFixture::modulePath());
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().text()));
}

void TestModule::reloadAfterUnloadWorks() {
    SoftHsmFixture fx;
    QVERIFY(!fx.initToken(QStringLiteral("Reload")).isEmpty());
    for (int i = 0; i < 3; ++i) {
        auto module = Module::load(SoftHsmFixture::modulePath());
        QVERIFY(module.ok());
        auto slotsResult = (*module)->slotList();
        QVERIFY(slotsResult.ok());
        QCOMPARE(slotsResult->size(), 2);
    }
}

void TestModule::errorCarriesRvNameAndHint() {
    const Error e = Error::fromRv(QStringLiteral("C_Login"), CKR_PIN_INCORRECT);
    QCOMPARE(e.rv, CK_RV(CKR_PIN_INCORRECT));
    QVERIFY(e.message.startsWith(QStringLiteral("CKR_PIN_INCORRECT")));
    QVERIFY(!e.hint.isEmpty());
    QVERIFY(e.text().startsWith(QStringLiteral("C_Login failed: CKR_PIN_INCORRECT")));
    QVERIFY(e.isPkcs11());
    const Error other = Error::other(QStringLiteral("dlopen"), QStringLiteral("boom"));
    QVERIFY(!other.isPkcs11());
    // Refused before the call: no CK_RV to show, even though it names the call it prevented.
    QVERIFY(!Error::other(QStringLiteral("C_InitToken"), QStringLiteral("label too long")).isPkcs11());
    QCOMPARE(other.text(), QStringLiteral("dlopen failed: boom"));
}

QTEST_GUILESS_MAIN(TestModule)
#include "test_module.moc"
