#include "CallTrace.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "SoftHsmFixture.h"
#include "TokenWorker.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hsm;

namespace {
constexpr int kTimeout = 30000;

std::optional<SlotInfo> slotWithLabel(const QList<SlotInfo>& list, const QString& label) {
    for (const SlotInfo& s : list)
        if (s.token && s.token->label == label)
            return s;
    return std::nullopt;
}
} // namespace

class TestModuleManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerMetaTypes(); }
    void init();
    void cleanup();

    void loadsSoftHsmByPath();
    void badModulesFail_data();
    void badModulesFail();
    void secondLoadOfTheSameModuleFails();
    void softHsmTokenDeletedWhileLoaded();
    void hiddenTokenIsRemovedAndComesBack();
    void removeModuleDropsWorkers();

private:
    /// Loads `path` into m_manager and waits for it; returns the slots it reported.
    QList<SlotInfo> load(const QString& path);

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<CallTrace> m_trace;
    std::unique_ptr<ModuleManager> m_manager;
    QString m_serial;
};

void TestModuleManager::init() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    m_serial = m_fixture->initToken(QStringLiteral("alpha"));
    QVERIFY2(!m_serial.isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("beta")).isEmpty(), qPrintable(m_fixture->lastError()));
    m_trace = std::make_unique<CallTrace>();
    m_manager = std::make_unique<ModuleManager>(m_trace.get());
    m_manager->setPollInterval(100);
}

void TestModuleManager::cleanup() {
    m_manager.reset(); // finalizes the modules before the fixture's folder goes
    m_trace.reset();
    m_fixture.reset();
}

QList<SlotInfo> TestModuleManager::load(const QString& path) {
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    QSignalSpy failed(m_manager.get(), &ModuleManager::moduleFailed);
    m_manager->addModule(path);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, kTimeout);
    }();
    if (failed.count() > 0) {
        qWarning("loading %s failed: %s", qPrintable(path),
                 qPrintable(failed.at(0).at(1).value<Error>().text()));
        return {};
    }
    return loaded.at(0).at(1).value<QList<SlotInfo>>();
}

void TestModuleManager::loadsSoftHsmByPath() {
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    m_manager->addModule(SoftHsmFixture::modulePath());
    QCOMPARE(loaded.count(), 0); // never answered synchronously: loading runs off this thread
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    const ModuleInfo info = loaded.at(0).at(0).value<ModuleInfo>();
    const QString path = info.path;
    QCOMPARE(QFileInfo(path).canonicalFilePath(),
             QFileInfo(SoftHsmFixture::modulePath()).canonicalFilePath());
    QVERIFY(info.manufacturer.contains(QLatin1String("SoftHSM")));
    const auto found = loaded.at(0).at(1).value<QList<SlotInfo>>();
    QCOMPARE(found.size(), 3); // alpha, beta and the free slot SoftHSM2 always offers
    const auto alpha = slotWithLabel(found, QStringLiteral("alpha"));
    QVERIFY(alpha.has_value());
    QCOMPARE(alpha->token->serial, m_serial);

    QCOMPARE(m_manager->modules().size(), 1);
    QCOMPARE(m_manager->slotList(path).size(), 3);
    TokenWorker* worker = m_manager->tokenWorker(path, alpha->id);
    QVERIFY(worker != nullptr);
    QCOMPARE(m_manager->tokenWorker(path, alpha->id), worker);
    QCOMPARE(worker->token().label, QStringLiteral("alpha"));
    for (const SlotInfo& s : found)
        if (!s.token || !s.token->has(CKF_TOKEN_INITIALIZED))
            QVERIFY(s.token.has_value() ? true : m_manager->tokenWorker(path, s.id) == nullptr);
    QCOMPARE(m_manager->tokenWorker(QStringLiteral("/not/loaded.so"), alpha->id), nullptr);
}

void TestModuleManager::badModulesFail_data() {
    QTest::addColumn<QString>("module");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/libnothing-pkcs11.so");
    QTest::newRow("not a library") << QDir::current().absoluteFilePath(QStringLiteral("CTestTestfile.cmake"));
    QTest::newRow("library without PKCS#11") << QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1");
    QTest::newRow("unknown registry name") << QStringLiteral("no-such-registered-module");
}

void TestModuleManager::badModulesFail() {
    QFETCH(QString, module);
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    QSignalSpy failed(m_manager.get(), &ModuleManager::moduleFailed);
    m_manager->addModule(module);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QCOMPARE(failed.at(0).at(0).toString(), module);
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.text().isEmpty());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(m_manager->modules().isEmpty());
}

void TestModuleManager::secondLoadOfTheSameModuleFails() {
    QVERIFY(!load(SoftHsmFixture::modulePath()).isEmpty());
    QSignalSpy failed(m_manager.get(), &ModuleManager::moduleFailed);
    m_manager->addModule(SoftHsmFixture::modulePath());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QVERIFY(failed.at(0).at(1).value<Error>().message.contains(QLatin1String("already loaded")));
    QCOMPARE(m_manager->modules().size(), 1);
}

void TestModuleManager::softHsmTokenDeletedWhileLoaded() {
    const QList<SlotInfo> before = load(SoftHsmFixture::modulePath());
    const auto alpha = slotWithLabel(before, QStringLiteral("alpha"));
    QVERIFY(alpha.has_value());
    const QString path = m_manager->modules().at(0).path;
    QPointer<TokenWorker> worker = m_manager->tokenWorker(path, alpha->id);
    QVERIFY(worker);
    QSignalSpy removed(m_manager.get(), &ModuleManager::tokenRemoved);
    // SoftHSM2 2.6 rescans its token folder when asked for slots, so a token deleted by another
    // process disappears from the running module without any help (no refresh() call here).
    const auto r = m_fixture->run(QStringLiteral("softhsm2-util"), {"--delete-token", "--serial", m_serial});
    QVERIFY2(r.ok(), qPrintable(m_fixture->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kTimeout);
    QCOMPARE(removed.at(0).at(1).value<CK_SLOT_ID>(), alpha->id);
    QCOMPARE(removed.at(0).at(2).toString(), QStringLiteral("alpha"));
    QVERIFY(!slotWithLabel(m_manager->slotList(path), QStringLiteral("alpha")));
    QVERIFY(slotWithLabel(m_manager->slotList(path), QStringLiteral("beta")));
    QTRY_VERIFY(worker.isNull());
}

void TestModuleManager::hiddenTokenIsRemovedAndComesBack() {
    QVERIFY(m_fixture->setFaults({}));
    const QList<SlotInfo> before = load(SoftHsmFixture::faultModulePath());
    const auto alpha = slotWithLabel(before, QStringLiteral("alpha"));
    QVERIFY(alpha.has_value());
    const QString path = m_manager->modules().at(0).path;
    QPointer<TokenWorker> worker = m_manager->tokenWorker(path, alpha->id);
    QVERIFY(worker);

    QSignalSpy removed(m_manager.get(), &ModuleManager::tokenRemoved);
    QSignalSpy inserted(m_manager.get(), &ModuleManager::tokenInserted);
    QSignalSpy changed(m_manager.get(), &ModuleManager::slotsChanged);
    QVERIFY(m_fixture->setFaults("hide_serial=" + m_serial.toLatin1() + "\n"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kTimeout);
    QCOMPARE(removed.at(0).at(0).toString(), path);
    QCOMPARE(removed.at(0).at(1).value<CK_SLOT_ID>(), alpha->id);
    QCOMPARE(removed.at(0).at(2).toString(), QStringLiteral("alpha"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(!slotWithLabel(changed.last().at(1).value<QList<SlotInfo>>(), QStringLiteral("alpha")));
    QVERIFY(!slotWithLabel(m_manager->slotList(path), QStringLiteral("alpha")));
    QTRY_VERIFY2(worker.isNull(), "the removed token's worker is deleted");
    QCOMPARE(m_manager->tokenWorker(path, alpha->id), nullptr);
    QCOMPARE(inserted.count(), 0);

    QVERIFY(m_fixture->setFaults({}));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, kTimeout);
    QCOMPARE(inserted.at(0).at(2).toString(), QStringLiteral("alpha"));
    QVERIFY(m_manager->tokenWorker(path, alpha->id) != nullptr);
    QCOMPARE(removed.count(), 1);
}

void TestModuleManager::removeModuleDropsWorkers() {
    const QList<SlotInfo> before = load(SoftHsmFixture::modulePath());
    const auto alpha = slotWithLabel(before, QStringLiteral("alpha"));
    QVERIFY(alpha.has_value());
    const QString path = m_manager->modules().at(0).path;
    QPointer<TokenWorker> worker = m_manager->tokenWorker(path, alpha->id);
    QVERIFY(worker);
    QSignalSpy listed(worker.data(), &TokenWorker::objectsFinished);
    worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, kTimeout);

    QSignalSpy removedModule(m_manager.get(), &ModuleManager::moduleRemoved);
    m_manager->removeModule(path);
    QCOMPARE(removedModule.count(), 1);
    QCOMPARE(removedModule.at(0).at(0).toString(), path);
    QVERIFY(worker.isNull());
    QVERIFY(m_manager->modules().isEmpty());
    QVERIFY(m_manager->slotList(path).isEmpty());
    // Finalized off this thread, but before the next load of it starts: loading again works.
    QVERIFY(slotWithLabel(load(SoftHsmFixture::modulePath()), QStringLiteral("alpha")).has_value());
}

QTEST_GUILESS_MAIN(TestModuleManager)
#include "test_module_manager.moc"
