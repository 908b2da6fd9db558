#include "AttributeModel.h"
#include "CallTrace.h"
#include "MechanismModel.h"
#include "MetaTypes.h"
#include "ModelTestSupport.h"
#include "ModuleManager.h"
#include "ObjectFilterProxy.h"
#include "ObjectTableModel.h"
#include "SecureBuffer.h"
#include "SoftHsmFixture.h"
#include "TokenWorker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <cstring>
#include <memory>

using namespace hsm;
using Col = ObjectTableModel::Column;

namespace {
constexpr int kBulk = 600;
constexpr int kAll = kBulk + 5; // after login: EC pair, AES key, data object, certificate
constexpr int kTimeout = 60000;

int rowWithLabel(const QAbstractItemModel& model, const QString& label, CK_OBJECT_CLASS cls) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, Col::LabelColumn);
        if (index.data().toString() == label && index.data(ObjectTableModel::ClassRole).toULongLong() == cls)
            return row;
    }
    return -1;
}
} // namespace

/// The object table, its proxy, the attribute and mechanism models, filled from one logged-in
/// SoftHSM2 token through ModuleManager and TokenWorker.
class TestObjectModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void objectTableFillsInBatches();
    void filterProxyByTextAndClass();
    void sortsByRawValues();
    void newerListingReplacesRowsAndStaleBatchesAreIgnored();
    void attributeModelMarksSensitiveRows();
    void mechanismModel();
    void tokenRemovedClearsTheTable();

private:
    /// Lists the token into m_objects (fresh generation) and waits for the end.
    void listAll();

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<CallTrace> m_trace;
    std::unique_ptr<ModuleManager> m_manager;
    TokenWorker* m_worker = nullptr;
    std::unique_ptr<ObjectTableModel> m_objects;
    std::unique_ptr<QAbstractItemModelTester> m_objectsTester;
};

void TestObjectModels::initTestCase() {
    registerMetaTypes();
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("objects")).isEmpty(), qPrintable(m_fixture->lastError()));
    const QString mixed = modeltest::populateMixedToken(*m_fixture, QStringLiteral("objects"));
    QVERIFY2(mixed.isEmpty(), qPrintable(mixed));
    const QString bulk = modeltest::createDataObjects(QStringLiteral("objects"), kBulk);
    QVERIFY2(bulk.isEmpty(), qPrintable(bulk));

    m_trace = std::make_unique<CallTrace>();
    m_manager = std::make_unique<ModuleManager>(m_trace.get());
    QSignalSpy loaded(m_manager.get(), &ModuleManager::moduleLoaded);
    m_manager->addModule(SoftHsmFixture::modulePath());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    const QString path = loaded.at(0).at(0).value<ModuleInfo>().path;
    for (const SlotInfo& s : loaded.at(0).at(1).value<QList<SlotInfo>>())
        if (s.token && s.token->label == QLatin1String("objects"))
            m_worker = m_manager->tokenWorker(path, s.id);
    QVERIFY(m_worker != nullptr);

    QSignalSpy login(m_worker, &TokenWorker::loginFinished);
    m_worker->login(CKU_USER, std::make_shared<SecureBuffer>(SoftHsmFixture::kUserPin,
                                                             std::strlen(SoftHsmFixture::kUserPin)));
    QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, kTimeout);
    QVERIFY2(login.at(0).at(0).toBool(), qPrintable(login.at(0).at(1).value<Error>().text()));

    m_objects = std::make_unique<ObjectTableModel>();
    m_objectsTester = std::make_unique<QAbstractItemModelTester>(
        m_objects.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_worker, &TokenWorker::objectsBatch, m_objects.get(),
            qOverload<quint64, const QList<ObjectSummary>&>(&ObjectTableModel::appendObjects));
    connect(m_worker, &TokenWorker::objectsFinished, m_objects.get(), &ObjectTableModel::finishListing);
}

void TestObjectModels::cleanupTestCase() {
    m_objectsTester.reset();
    m_objects.reset();
    m_manager.reset();
    m_trace.reset();
    m_fixture.reset();
}

void TestObjectModels::listAll() {
    QSignalSpy finished(m_worker, &TokenWorker::objectsFinished);
    m_objects->startListing(m_worker->listObjects());
    QTRY_COMPARE_WITH_TIMEOUT(m_objects->state(), ObjectTableModel::State::Ready, kTimeout);
}

void TestObjectModels::objectTableFillsInBatches() {
    int inserts = 0;
    int rowsAtFirstInsert = -1;
    bool listingAtFirstInsert = false;
    const auto c = connect(m_objects.get(), &QAbstractItemModel::rowsInserted, this, [&] {
        if (inserts++ == 0) {
            rowsAtFirstInsert = m_objects->rowCount();
            listingAtFirstInsert = m_objects->state() == ObjectTableModel::State::Listing;
        }
    });
    listAll();
    disconnect(c);
    QCOMPARE(m_objects->rowCount(), kAll);
    QCOMPARE(m_objects->columnCount(), int(ObjectTableModel::ColumnCount));
    QVERIFY2(inserts >= 3, "rows are inserted per batch");
    QVERIFY2(listingAtFirstInsert && rowsAtFirstInsert < kAll,
             "the first rows appear before the listing ends");

    const int cert = rowWithLabel(*m_objects, QStringLiteral("leaf-cert"), CKO_CERTIFICATE);
    QVERIFY(cert >= 0);
    auto cell = [&](int row, int column) {
        return m_objects->index(row, column).data().toString();
    };
    QCOMPARE(cell(cert, Col::ClassColumn), QStringLiteral("Certificate"));
    QCOMPARE(cell(cert, Col::IdColumn), QStringLiteral("04"));
    QCOMPARE(cell(cert, Col::TypeColumn), QStringLiteral("CKC_X_509"));
    QVERIFY(cell(cert, Col::SubjectColumn).contains(QLatin1String("Model Test Leaf")));
    QVERIFY(cell(cert, Col::IssuerColumn).contains(QLatin1String("Model Test Leaf")));
    QVERIFY(!cell(cert, Col::SerialColumn).isEmpty());
    const QDateTime expiry =
        m_objects->index(cert, Col::ExpiryColumn).data(ObjectTableModel::SortRole).toDateTime();
    QVERIFY(expiry > QDateTime::currentDateTimeUtc().addDays(360));
    QVERIFY(!cell(cert, Col::ExpiryColumn).isEmpty());
    QVERIFY(m_objects->index(cert, 0)
                .data(ObjectTableModel::UriRole)
                .toString()
                .contains(QLatin1String("type=cert")));

    const int key = rowWithLabel(*m_objects, QStringLiteral("ec-key"), CKO_PRIVATE_KEY);
    QVERIFY(key >= 0);
    QCOMPARE(cell(key, Col::TypeColumn), QStringLiteral("CKK_EC"));
    QCOMPARE(cell(key, Col::IdColumn), QStringLiteral("01"));
    QCOMPARE(cell(key, Col::PrivateColumn), QStringLiteral("yes"));
    QCOMPARE(cell(key, Col::SensitiveColumn), QStringLiteral("yes"));
    QCOMPARE(cell(key, Col::TokenColumn), QStringLiteral("yes"));
    QVERIFY(!cell(key, Col::SizeColumn).isEmpty());
    const auto summary = m_objects->index(key, 3).data(ObjectTableModel::SummaryRole).value<ObjectSummary>();
    QCOMPARE(summary.label, QStringLiteral("ec-key"));
    QCOMPARE(m_objects->index(key, 0).data(ObjectTableModel::HandleRole).toULongLong(), summary.handle);
    QCOMPARE(m_objects->object(key).handle, summary.handle);

    const int aes = rowWithLabel(*m_objects, QStringLiteral("aes-key"), CKO_SECRET_KEY);
    QVERIFY(aes >= 0);
    QCOMPARE(cell(aes, Col::TypeColumn), QStringLiteral("CKK_AES"));
    QVERIFY(cell(aes, Col::SizeColumn).contains(QLatin1String("32")));
}

void TestObjectModels::filterProxyByTextAndClass() {
    if (m_objects->rowCount() != kAll)
        listAll();
    ObjectFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_objects.get());
    QCOMPARE(proxy.rowCount(), kAll);

    proxy.setFilterText(QStringLiteral("model TEST leaf")); // subject only, any case
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, Col::LabelColumn).data().toString(), QStringLiteral("leaf-cert"));

    proxy.setFilterText(QStringLiteral("BULK-00")); // label: bulk-0000 .. bulk-0099
    QCOMPARE(proxy.rowCount(), 100);

    proxy.setFilterText(QStringLiteral("04")); // the certificate's ID, plus labels with "04"
    int labelled = 0;
    for (int i = 0; i < kBulk; ++i)
        labelled += QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')).contains(QLatin1String("04"));
    QCOMPARE(proxy.rowCount(), labelled + 1);

    proxy.setFilterText({});
    proxy.setClassFilter(CKO_PRIVATE_KEY);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setClassFilter(CKO_DATA);
    QCOMPARE(proxy.rowCount(), kBulk + 1);
    proxy.setFilterText(QStringLiteral("notes"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setClassFilter(CKO_CERTIFICATE);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setClassFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), kAll);

    // Rows arriving while a filter is set are filtered too.
    proxy.setClassFilter(CKO_CERTIFICATE);
    listAll();
    QCOMPARE(proxy.rowCount(), 1);
}

void TestObjectModels::sortsByRawValues() {
    if (m_objects->rowCount() != kAll)
        listAll();
    ObjectFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_objects.get());
    proxy.sort(Col::LabelColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, Col::LabelColumn).data().toString(), QStringLiteral("aes-key"));
    QCOMPARE(proxy.index(kAll - 1, Col::LabelColumn).data().toString(), QStringLiteral("notes"));
    proxy.sort(Col::ClassColumn, Qt::DescendingOrder);
    // CKO_SECRET_KEY (4) is the largest class value present.
    QCOMPARE(proxy.index(0, 0).data(ObjectTableModel::ClassRole).toULongLong(), CKO_SECRET_KEY);
    proxy.sort(Col::ExpiryColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, Col::LabelColumn).data().toString(), QStringLiteral("leaf-cert"));
}

void TestObjectModels::newerListingReplacesRowsAndStaleBatchesAreIgnored() {
    listAll();
    const quint64 current = m_objects->generation();
    QCOMPARE(m_objects->rowCount(), kAll);
    // A late batch of an older listing changes nothing.
    m_objects->appendObjects(current - 1, {m_objects->object(0)});
    QCOMPARE(m_objects->rowCount(), kAll);
    // A newer listing that the model was not told about replaces the rows as its batches arrive.
    QSignalSpy finished(m_worker, &TokenWorker::objectsFinished);
    const quint64 next = m_worker->listObjects();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QCOMPARE(m_objects->generation(), next);
    QCOMPARE(m_objects->rowCount(), kAll);
    QCOMPARE(m_objects->state(), ObjectTableModel::State::Ready);
}

void TestObjectModels::attributeModelMarksSensitiveRows() {
    if (m_objects->rowCount() != kAll)
        listAll();
    AttributeModel attributes;
    QAbstractItemModelTester tester(&attributes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_worker, &TokenWorker::attributesReady, &attributes,
            [&attributes](quint64, CK_OBJECT_HANDLE, const QList<AttributeValue>& list) {
                attributes.setAttributes(list);
            });
    const int key = rowWithLabel(*m_objects, QStringLiteral("ec-key"), CKO_PRIVATE_KEY);
    QVERIFY(key >= 0);
    m_worker->readAttributes(m_objects->generation(), m_objects->object(key).handle);
    QTRY_VERIFY_WITH_TIMEOUT(attributes.rowCount() > 0, kTimeout);
    QCOMPARE(attributes.columnCount(), int(AttributeModel::ColumnCount));

    int sensitive = 0;
    bool label = false;
    for (int row = 0; row < attributes.rowCount(); ++row) {
        const QString name = attributes.index(row, AttributeModel::NameColumn).data().toString();
        const QString value = attributes.index(row, AttributeModel::ValueColumn).data().toString();
        if (name == QLatin1String("CKA_LABEL")) {
            label = true;
            QCOMPARE(value, QStringLiteral("ec-key"));
            QVERIFY(!attributes.index(row, 0).data(AttributeModel::SensitiveRole).toBool());
        }
        if (attributes.index(row, 0).data(AttributeModel::SensitiveRole).toBool()) {
            ++sensitive;
            QCOMPARE(value, QStringLiteral("sensitive"));
            QCOMPARE(attributes.index(row, AttributeModel::StateColumn).data().toString(),
                     QStringLiteral("sensitive"));
            QVERIFY(attributes.index(row, 0).data(AttributeModel::RawRole).toByteArray().isEmpty());
        }
    }
    QVERIFY(label);
    QVERIFY2(sensitive >= 1, "the EC private key's value is sensitive");
    attributes.clear();
    QCOMPARE(attributes.rowCount(), 0);
}

void TestObjectModels::mechanismModel() {
    MechanismModel mechanisms;
    QAbstractItemModelTester tester(&mechanisms, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_worker, &TokenWorker::mechanismsReady, &mechanisms, &MechanismModel::setMechanisms);
    m_worker->listMechanisms();
    QTRY_VERIFY_WITH_TIMEOUT(mechanisms.rowCount() > 10, kTimeout);
    bool ecdsa = false;
    for (int row = 0; row < mechanisms.rowCount(); ++row) {
        if (mechanisms.index(row, 0).data(MechanismModel::TypeRole).toULongLong() != CKM_ECDSA)
            continue;
        ecdsa = true;
        QCOMPARE(mechanisms.index(row, MechanismModel::NameColumn).data().toString(),
                 QStringLiteral("CKM_ECDSA"));
        QCOMPARE(mechanisms.index(row, MechanismModel::CodeColumn).data().toString(),
                 QStringLiteral("0x00001041"));
        QVERIFY(mechanisms.index(row, MechanismModel::MaxKeySizeColumn).data().toString().toULong() >= 256);
        QVERIFY(mechanisms.index(row, MechanismModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("SIGN")));
    }
    QVERIFY(ecdsa);
    mechanisms.clear();
    QCOMPARE(mechanisms.rowCount(), 0);
}

void TestObjectModels::tokenRemovedClearsTheTable() {
    if (m_objects->rowCount() != kAll)
        listAll();
    QSignalSpy state(m_objects.get(), &ObjectTableModel::stateChanged);
    m_objects->markTokenRemoved();
    QCOMPARE(m_objects->rowCount(), 0);
    QCOMPARE(m_objects->state(), ObjectTableModel::State::TokenRemoved);
    QVERIFY(state.count() >= 1);
    m_objects->clear();
    QCOMPARE(m_objects->state(), ObjectTableModel::State::Empty);
}

QTEST_GUILESS_MAIN(TestObjectModels)
#include "test_object_models.moc"
