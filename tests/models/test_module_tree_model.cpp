#include "CallTrace.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "SoftHsmFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hsm;
using Kind = ModuleTreeModel::Kind;

namespace {
constexpr int kTimeout = 30000;

Kind kindOf(const QModelIndex& index) {
    return static_cast<Kind>(index.data(ModuleTreeModel::KindRole).toInt());
}

/// The slot row whose token has this label; invalid when none.
QModelIndex slotWithLabel(const QAbstractItemModel& model, const QModelIndex& module, const QString& label) {
    for (int row = 0; row < model.rowCount(module); ++row) {
        const QModelIndex slot = model.index(row, 0, module);
        const QVariant token = slot.data(ModuleTreeModel::TokenInfoRole);
        if (token.isValid() && token.value<TokenInfo>().label == label)
            return slot;
    }
    return {};
}

SlotInfo fakeSlot(CK_SLOT_ID id, const QString& label = {}) {
    SlotInfo slot;
    slot.id = id;
    slot.description = QStringLiteral("slot %1").arg(id);
    if (!label.isEmpty()) {
        slot.flags = CKF_TOKEN_PRESENT;
        TokenInfo token;
        token.label = label;
        token.serial = QStringLiteral("serial-%1").arg(id);
        slot.token = token;
    }
    return slot;
}
} // namespace

class TestModuleTreeModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerMetaTypes(); }
    void init();
    void cleanup();

    void showsModulesSlotsAndTokens();
    void followsTokenRemovalAndModuleRemoval();
    void updatesSlotsInPlace();

private:
    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<CallTrace> m_trace;
    std::unique_ptr<ModuleManager> m_manager;
    QString m_serial;
};

void TestModuleTreeModel::init() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    m_serial = m_fixture->initToken(QStringLiteral("alpha"));
    QVERIFY2(!m_serial.isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("beta")).isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY(m_fixture->setFaults({}));
    m_trace = std::make_unique<CallTrace>();
    m_manager = std::make_unique<ModuleManager>(m_trace.get());
    m_manager->setPollInterval(100);
}

void TestModuleTreeModel::cleanup() {
    m_manager.reset();
    m_trace.reset();
    m_fixture.reset();
}

void TestModuleTreeModel::showsModulesSlotsAndTokens() {
    ModuleTreeModel model(m_manager.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    m_manager->addModule(SoftHsmFixture::faultModulePath());
    m_manager->addModule(SoftHsmFixture::trustModulePath());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kTimeout);
    QCOMPARE(model.rowCount(), 2);

    const QString shimPath = QFileInfo(SoftHsmFixture::faultModulePath()).absoluteFilePath();
    const QModelIndex shim = model.moduleIndex(shimPath);
    QVERIFY(shim.isValid());
    QCOMPARE(kindOf(shim), Kind::Module);
    QCOMPARE(shim.data(ModuleTreeModel::ModulePathRole).toString(), shimPath);
    QVERIFY(!shim.data(Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(model.rowCount(shim), 3); // alpha, beta, SoftHSM2's free slot

    for (int row = 0; row < model.rowCount(shim); ++row) {
        const QModelIndex slot = model.index(row, 0, shim);
        QCOMPARE(kindOf(slot), Kind::Slot);
        QCOMPARE(model.rowCount(slot), 1); // exactly one child: the token or "(no token)"
        QCOMPARE(slot.data(ModuleTreeModel::ModulePathRole).toString(), shimPath);
        QVERIFY(slot.data(ModuleTreeModel::SlotIdRole).isValid());
        QVERIFY(slot.data(Qt::DisplayRole)
                    .toString()
                    .contains(slot.data(ModuleTreeModel::SlotIdRole).toString()));
    }
    const QModelIndex alphaSlot = slotWithLabel(model, shim, QStringLiteral("alpha"));
    QVERIFY(alphaSlot.isValid());
    const QModelIndex alpha = model.index(0, 0, alphaSlot);
    QCOMPARE(kindOf(alpha), Kind::Token);
    QCOMPARE(alpha.data(Qt::DisplayRole).toString(), QStringLiteral("alpha"));
    QCOMPARE(alpha.data(ModuleTreeModel::TokenPresentRole).toBool(), true);
    QCOMPARE(alpha.data(ModuleTreeModel::SlotIdRole), alphaSlot.data(ModuleTreeModel::SlotIdRole));
    QCOMPARE(alpha.data(ModuleTreeModel::TokenInfoRole).value<TokenInfo>().serial, m_serial);
    const QString uri = alpha.data(ModuleTreeModel::TokenUriRole).toString();
    QVERIFY2(uri.startsWith(QLatin1String("pkcs11:")), qPrintable(uri));
    QVERIFY2(uri.contains(QLatin1String("token=alpha")), qPrintable(uri));
    QVERIFY2(uri.contains(m_serial), qPrintable(uri));
    QCOMPARE(model.parent(alpha), alphaSlot);
    QCOMPARE(model.parent(alphaSlot), shim);

    // The trust module: one read-only token with the system's certificates.
    const QModelIndex trust =
        model.moduleIndex(QFileInfo(SoftHsmFixture::trustModulePath()).absoluteFilePath());
    QVERIFY(trust.isValid());
    QVERIFY(model.rowCount(trust) >= 1);
}

void TestModuleTreeModel::followsTokenRemovalAndModuleRemoval() {
    ModuleTreeModel model(m_manager.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    m_manager->addModule(SoftHsmFixture::faultModulePath());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    const QString path = loaded.at(0).at(0).value<ModuleInfo>().path;
    const QModelIndex module = model.moduleIndex(path);
    const QPersistentModelIndex alphaSlot = slotWithLabel(model, module, QStringLiteral("alpha"));
    QVERIFY(alphaSlot.isValid());

    QSignalSpy removed(m_manager.get(), &ModuleManager::tokenRemoved);
    QVERIFY(m_fixture->setFaults("hide_serial=" + m_serial.toLatin1() + "\n"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kTimeout);
    // The slot stays; its child now says there is no token.
    QVERIFY(alphaSlot.isValid());
    const QModelIndex child = model.index(0, 0, alphaSlot);
    QCOMPARE(kindOf(child), Kind::NoToken);
    QCOMPARE(child.data(Qt::DisplayRole).toString(), QStringLiteral("(no token)"));
    QCOMPARE(child.data(ModuleTreeModel::TokenPresentRole).toBool(), false);
    QVERIFY(!child.data(ModuleTreeModel::TokenUriRole).isValid());
    QVERIFY(!slotWithLabel(model, module, QStringLiteral("alpha")).isValid());
    QVERIFY(slotWithLabel(model, module, QStringLiteral("beta")).isValid());

    QSignalSpy inserted(m_manager.get(), &ModuleManager::tokenInserted);
    QVERIFY(m_fixture->setFaults({}));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, kTimeout);
    QCOMPARE(kindOf(model.index(0, 0, alphaSlot)), Kind::Token);
    QCOMPARE(model.index(0, 0, alphaSlot).data(Qt::DisplayRole).toString(), QStringLiteral("alpha"));

    m_manager->removeModule(path);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!alphaSlot.isValid());
}

void TestModuleTreeModel::updatesSlotsInPlace() {
    // The diffing itself, with every kind of change a module can report.
    ModuleTreeModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModuleInfo info;
    info.path = QStringLiteral("/test/module.so");
    info.name = QStringLiteral("test");
    model.addModule(info, {fakeSlot(1, "one"), fakeSlot(2), fakeSlot(3, "three")});
    const QModelIndex module = model.moduleIndex(info.path);
    QCOMPARE(model.rowCount(module), 3);
    const QPersistentModelIndex three = model.slotIndex(info.path, 3);
    QVERIFY(three.isValid());
    QCOMPARE(kindOf(model.index(0, 0, model.slotIndex(info.path, 2))), Kind::NoToken);

    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto ids = [&] {
        QList<CK_SLOT_ID> out;
        for (int row = 0; row < model.rowCount(module); ++row)
            out << model.index(row, 0, module).data(ModuleTreeModel::SlotIdRole).value<CK_SLOT_ID>();
        return out;
    };

    model.updateSlots(info.path, {fakeSlot(2, "two"), fakeSlot(3, "three"), fakeSlot(4)});
    QCOMPARE(ids(), (QList<CK_SLOT_ID>{2, 3, 4}));
    QCOMPARE(kindOf(model.index(0, 0, model.slotIndex(info.path, 2))), Kind::Token);
    QVERIFY(three.isValid()); // slot 3 kept its row object: updated in place, not re-created
    QCOMPARE(three.row(), 1);

    model.updateSlots(info.path, {fakeSlot(4), fakeSlot(2, "two")});
    QCOMPARE(ids(), (QList<CK_SLOT_ID>{4, 2}));
    QVERIFY(!three.isValid());

    model.markTokenRemoved(info.path, 2);
    QCOMPARE(kindOf(model.index(0, 0, model.slotIndex(info.path, 2))), Kind::NoToken);

    model.updateSlots(info.path, {});
    QCOMPARE(model.rowCount(module), 0);
    model.updateSlots(info.path, {fakeSlot(7, "seven")});
    QCOMPARE(ids(), (QList<CK_SLOT_ID>{7}));
    QVERIFY(inserts.count() > 0);
    QVERIFY(removes.count() > 0);
    QCOMPARE(resets.count(), 0);

    model.removeModule(info.path);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModuleTreeModel)
#include "test_module_tree_model.moc"
