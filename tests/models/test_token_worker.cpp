#include "CallTrace.h"
#include "MetaTypes.h"
#include "ModelTestSupport.h"
#include "Module.h"
#include "SecureBuffer.h"
#include "SoftHsmFixture.h"
#include "TokenWorker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <cstring>
#include <memory>

using namespace hsm;

namespace {
constexpr int kBulk = 600;
constexpr int kMixed = 5;  // EC private + public key, AES key, data object, certificate
constexpr int kPublic = 4; // without login: all but the EC private key (pkcs11-tool makes it private)
constexpr int kTimeout = 60000;

QList<ObjectSummary> batchOf(const QList<QVariant>& args) {
    return args.at(1).value<QList<ObjectSummary>>();
}

std::shared_ptr<SecureBuffer> pinBuffer(const char* pin) {
    return std::make_shared<SecureBuffer>(pin, std::strlen(pin));
}
} // namespace

class TestTokenWorker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }
    void init();
    void cleanup();

    void listsInBatchesFromTheWorkerThread();
    void secondListingAbandonsTheFirst();
    void wrongPinFailsOnceAndIsNotRetried();
    void attributesAfterLogin();
    void mechanismsAndTokenInfo();
    void reopensAClosedSession();
    void destructorStopsARunningListing();

private:
    std::unique_ptr<TokenWorker> makeWorker();

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<CallTrace> m_trace;
    std::shared_ptr<Module> m_module;
    CK_SLOT_ID m_slot = 0;
    TokenInfo m_token;
};

// One token for all cases (making 600 objects takes a while); each case loads the module afresh.
void TestTokenWorker::initTestCase() {
    registerMetaTypes();
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("worker")).isEmpty(), qPrintable(m_fixture->lastError()));
    const QString mixed = modeltest::populateMixedToken(*m_fixture, QStringLiteral("worker"));
    QVERIFY2(mixed.isEmpty(), qPrintable(mixed));
    const QString bulk = modeltest::createDataObjects(QStringLiteral("worker"), kBulk);
    QVERIFY2(bulk.isEmpty(), qPrintable(bulk));
}

void TestTokenWorker::init() {
    m_trace = std::make_unique<CallTrace>();
    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm2"), m_trace.get());
    QVERIFY2(module.ok(), module.ok() ? "" : qPrintable(module.error().text()));
    m_module = *module;
    auto found = m_module->slotList();
    QVERIFY(found.ok());
    bool have = false;
    for (const SlotInfo& s : *found) {
        if (s.token && s.token->label == QLatin1String("worker")) {
            m_slot = s.id;
            m_token = *s.token;
            have = true;
        }
    }
    QVERIFY(have);
}

void TestTokenWorker::cleanup() {
    m_module.reset();
    m_trace.reset();
}

std::unique_ptr<TokenWorker> TestTokenWorker::makeWorker() {
    return std::make_unique<TokenWorker>(m_module, m_slot, m_token);
}

void TestTokenWorker::listsInBatchesFromTheWorkerThread() {
    auto worker = makeWorker();
    QSignalSpy batches(worker.get(), &TokenWorker::objectsBatch);
    QSignalSpy finished(worker.get(), &TokenWorker::objectsFinished);
    QThread* emittingThread = nullptr;
    connect(
        worker.get(), &TokenWorker::objectsBatch, this,
        [&emittingThread](quint64, const QList<ObjectSummary>&) {
            emittingThread = QThread::currentThread();
        },
        Qt::DirectConnection);

    const quint64 generation = worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    const QList<QVariant> done = finished.takeFirst();
    QCOMPARE(done.at(0).toULongLong(), generation);
    QVERIFY2(done.at(2).toBool(), qPrintable(done.at(3).value<Error>().text()));
    const int expected = kBulk + kPublic;
    QCOMPARE(done.at(1).toInt(), expected);

    int rows = 0;
    QVERIFY2(batches.count() >= 3, "600 objects must arrive in several batches");
    for (const QList<QVariant>& args : std::as_const(batches)) {
        QCOMPARE(args.at(0).toULongLong(), generation);
        const auto batch = batchOf(args);
        QVERIFY(!batch.isEmpty());
        QVERIFY(batch.size() <= 250);
        for (const ObjectSummary& o : batch)
            QVERIFY2(o.objectClass != CKO_PRIVATE_KEY, "a private object was listed before login");
        rows += static_cast<int>(batch.size());
    }
    QCOMPARE(rows, expected);
    QVERIFY(emittingThread != nullptr);
    QVERIFY2(emittingThread != QThread::currentThread(), "results are emitted from the token's thread");
}

void TestTokenWorker::secondListingAbandonsTheFirst() {
    auto worker = makeWorker();
    QSignalSpy batches(worker.get(), &TokenWorker::objectsBatch);
    QSignalSpy finished(worker.get(), &TokenWorker::objectsFinished);

    const quint64 first = worker->listObjects();
    const quint64 second = worker->listObjects();
    QVERIFY(second > first);

    auto finishedFor = [&](quint64 g) -> std::optional<QList<QVariant>> {
        for (const QList<QVariant>& args : std::as_const(finished))
            if (args.at(0).toULongLong() == g)
                return args;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(finishedFor(second).has_value(), kTimeout);
    const QList<QVariant> secondDone = *finishedFor(second);
    QVERIFY(secondDone.at(2).toBool());
    QCOMPARE(secondDone.at(1).toInt(), kBulk + kPublic);
    if (const auto firstDone = finishedFor(first))
        QVERIFY2(!firstDone->at(2).toBool(), "an abandoned listing must not report success");

    int firstRows = 0;
    int secondRows = 0;
    bool secondStarted = false;
    for (const QList<QVariant>& args : std::as_const(batches)) {
        const quint64 g = args.at(0).toULongLong();
        if (g == first) {
            QVERIFY2(!secondStarted, "no batch of the old listing after the new one started");
            firstRows += static_cast<int>(batchOf(args).size());
        } else {
            QCOMPARE(g, second);
            secondStarted = true;
            secondRows += static_cast<int>(batchOf(args).size());
        }
    }
    QVERIFY2(firstRows < kBulk + kPublic, "the first listing was abandoned before it ended");
    QCOMPARE(secondRows, kBulk + kPublic);
}

void TestTokenWorker::wrongPinFailsOnceAndIsNotRetried() {
    auto worker = makeWorker();
    QSignalSpy login(worker.get(), &TokenWorker::loginFinished);
    auto pin = pinBuffer("000000");
    const std::weak_ptr<SecureBuffer> watch = pin;
    worker->login(CKU_USER, std::move(pin));
    QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, kTimeout);
    QCOMPARE(login.at(0).at(0).toBool(), false);
    const Error error = login.at(0).at(1).value<Error>();
    QCOMPARE(error.rv, CKR_PIN_INCORRECT);
    QVERIFY(error.text().contains(QLatin1String("CKR_PIN_INCORRECT")));
    QVERIFY2(watch.expired(), "the PIN buffer is released (and so wiped) after the job");

    // Give a hypothetical retry time to happen, then count the C_Login calls that reached the module.
    QTest::qWait(300);
    QCOMPARE(login.count(), 1);
    int calls = 0;
    for (const CallRecord& r : m_trace->snapshot())
        if (r.function == QLatin1String("C_Login"))
            ++calls;
    QCOMPARE(calls, 1);
}

void TestTokenWorker::attributesAfterLogin() {
    auto worker = makeWorker();
    QSignalSpy login(worker.get(), &TokenWorker::loginFinished);
    QSignalSpy batches(worker.get(), &TokenWorker::objectsBatch);
    QSignalSpy finished(worker.get(), &TokenWorker::objectsFinished);
    QSignalSpy attributes(worker.get(), &TokenWorker::attributesReady);
    QSignalSpy tokenInfo(worker.get(), &TokenWorker::tokenInfoReady);

    worker->login(CKU_USER, pinBuffer(SoftHsmFixture::kUserPin));
    QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, kTimeout);
    QVERIFY2(login.at(0).at(0).toBool(), qPrintable(login.at(0).at(1).value<Error>().text()));
    QTRY_VERIFY(tokenInfo.count() >= 1);

    const quint64 generation = worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QCOMPARE(finished.at(0).at(1).toInt(), kBulk + kMixed);
    std::optional<ObjectSummary> privateKey;
    for (const QList<QVariant>& args : std::as_const(batches))
        for (const ObjectSummary& o : batchOf(args))
            if (o.objectClass == CKO_PRIVATE_KEY)
                privateKey = o;
    QVERIFY2(privateKey.has_value(), "the private key is listed after login");
    QCOMPARE(privateKey->label, QStringLiteral("ec-key"));

    worker->readAttributes(generation, privateKey->handle);
    QTRY_COMPARE_WITH_TIMEOUT(attributes.count(), 1, kTimeout);
    QCOMPARE(attributes.at(0).at(0).toULongLong(), generation);
    QCOMPARE(attributes.at(0).at(1).value<CK_OBJECT_HANDLE>(), privateKey->handle);
    const auto list = attributes.at(0).at(2).value<QList<AttributeValue>>();
    bool label = false;
    bool keyType = false;
    for (const AttributeValue& a : list) {
        if (a.type == CKA_LABEL) {
            label = true;
            QCOMPARE(a.display, QStringLiteral("ec-key"));
        }
        if (a.type == CKA_KEY_TYPE)
            keyType = a.display.contains(QLatin1String("CKK_EC"));
    }
    QVERIFY(label);
    QVERIFY(keyType);

    QSignalSpy loggedOut(worker.get(), &TokenWorker::loggedOut);
    worker->logout();
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.count(), 1, kTimeout);
    QVERIFY(loggedOut.at(0).at(0).toBool());
}

void TestTokenWorker::mechanismsAndTokenInfo() {
    auto worker = makeWorker();
    QSignalSpy mechanisms(worker.get(), &TokenWorker::mechanismsReady);
    QSignalSpy tokenInfo(worker.get(), &TokenWorker::tokenInfoReady);
    worker->listMechanisms();
    worker->refreshTokenInfo();
    QTRY_COMPARE_WITH_TIMEOUT(mechanisms.count(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(tokenInfo.count(), 1, kTimeout);
    bool ecdsa = false;
    for (const MechanismInfo& m : mechanisms.at(0).at(0).value<QList<MechanismInfo>>())
        ecdsa = ecdsa || m.type == CKM_ECDSA;
    QVERIFY(ecdsa);
    QCOMPARE(tokenInfo.at(0).at(0).value<TokenInfo>().label, QStringLiteral("worker"));
    QCOMPARE(worker->token().serial, m_token.serial);
}

void TestTokenWorker::reopensAClosedSession() {
    auto worker = makeWorker();
    QSignalSpy finished(worker.get(), &TokenWorker::objectsFinished);
    worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QVERIFY(finished.at(0).at(2).toBool());

    // Another part of the application closes every session on the slot behind the worker's back.
    const CallTarget target{m_slot, std::nullopt};
    const CK_RV closed = P11_CALL(*m_module, C_CloseAllSessions, target, m_slot);
    QCOMPARE(closed, CKR_OK);
    worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
    QVERIFY2(finished.at(1).at(2).toBool(), qPrintable(finished.at(1).at(3).value<Error>().text()));
    QCOMPARE(finished.at(1).at(1).toInt(), kBulk + kPublic);
    int opens = 0;
    for (const CallRecord& r : m_trace->snapshot())
        if (r.function == QLatin1String("C_OpenSession"))
            ++opens;
    QCOMPARE(opens, 2);
}

void TestTokenWorker::destructorStopsARunningListing() {
    auto worker = makeWorker();
    QSignalSpy batches(worker.get(), &TokenWorker::objectsBatch);
    worker->listObjects();
    QTRY_VERIFY_WITH_TIMEOUT(batches.count() >= 1, kTimeout);
    QElapsedTimer timer;
    timer.start();
    worker.reset(); // must return promptly: the listing is cancelled between batches
    QVERIFY2(timer.elapsed() < 5000, "the destructor waited for the whole listing");
    // The worker's session is closed: nothing of ours is open on the slot any more.
    int opens = 0;
    int closes = 0;
    for (const CallRecord& r : m_trace->snapshot()) {
        opens += r.function == QLatin1String("C_OpenSession") && r.rv == CKR_OK;
        closes += r.function == QLatin1String("C_CloseSession") && r.rv == CKR_OK;
    }
    QCOMPARE(closes, opens);
}

QTEST_GUILESS_MAIN(TestTokenWorker)
#include "test_token_worker.moc"
