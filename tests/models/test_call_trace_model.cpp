#include "CallTrace.h"
#include "CallTraceModel.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "SecureBuffer.h"
#include "SoftHsmFixture.h"
#include "TokenWorker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <cstring>

using namespace hsm;

class TestCallTraceModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerMetaTypes(); }
    void filledByRealCalls();
    void ringBufferKeepsTheNewest();
};

void TestCallTraceModel::filledByRealCalls() {
    SoftHsmFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.lastError()));
    QVERIFY2(!fixture.initToken(QStringLiteral("traced")).isEmpty(), qPrintable(fixture.lastError()));
    CallTrace trace;
    CallTraceModel model(&trace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    {
        ModuleManager manager(&trace);
        manager.setPollInterval(0);
        QSignalSpy loaded(&manager, &ModuleManager::moduleLoaded);
        manager.addModule(SoftHsmFixture::modulePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        const QString path = loaded.at(0).at(0).value<ModuleInfo>().path;
        TokenWorker* worker = nullptr;
        CK_SLOT_ID slot = 0;
        for (const SlotInfo& s : loaded.at(0).at(1).value<QList<SlotInfo>>())
            if (s.token && s.token->label == QLatin1String("traced")) {
                slot = s.id;
                worker = manager.tokenWorker(path, s.id);
            }
        QVERIFY(worker != nullptr);
        QSignalSpy login(worker, &TokenWorker::loginFinished);
        worker->login(CKU_USER, std::make_shared<SecureBuffer>("999999", std::size_t{6}));
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 30000);

        // Every call the gate recorded reaches the model, in order.
        QTRY_COMPARE(model.rowCount(), static_cast<int>(trace.size()));
        int failedLogins = 0;
        bool getInfo = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString function = model.index(row, CallTraceModel::FunctionColumn).data().toString();
            getInfo = getInfo || function == QLatin1String("C_GetInfo");
            if (function != QLatin1String("C_Login"))
                continue;
            ++failedLogins;
            QCOMPARE(model.index(row, CallTraceModel::ResultColumn).data().toString(),
                     QStringLiteral("CKR_PIN_INCORRECT"));
            QVERIFY(model.index(row, 0).data(CallTraceModel::FailedRole).toBool());
            QCOMPARE(model.index(row, CallTraceModel::SlotColumn).data().toString(), QString::number(slot));
            QVERIFY(!model.index(row, CallTraceModel::SessionColumn).data().toString().isEmpty());
            QVERIFY(model.index(row, 0).data(CallTraceModel::DurationNsRole).toLongLong() > 0);
            QVERIFY(!model.index(row, CallTraceModel::DurationColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, CallTraceModel::ModuleColumn).data().toString().isEmpty());
        }
        QCOMPARE(failedLogins, 1);
        QVERIFY(getInfo);
    }
    // Unloading adds the closing calls (C_CloseSession, C_Finalize) as well.
    QTRY_COMPARE(model.index(model.rowCount() - 1, CallTraceModel::FunctionColumn).data().toString(),
                 QStringLiteral("C_Finalize"));
}

void TestCallTraceModel::ringBufferKeepsTheNewest() {
    CallTrace trace;
    for (int i = 0; i < 5; ++i)
        trace.append(CallRecord{QDateTime::currentDateTime(), QStringLiteral("m"),
                                QStringLiteral("C_Early%1").arg(i), std::nullopt, std::nullopt, CKR_OK,
                                1000});
    CallTraceModel model(&trace, nullptr, 8);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5); // what the trace held before the model existed
    for (int i = 0; i < 20; ++i)
        trace.append(CallRecord{QDateTime::currentDateTime(), QStringLiteral("m"),
                                QStringLiteral("C_Late%1").arg(i), CK_SLOT_ID{1}, CK_SESSION_HANDLE{2},
                                CKR_GENERAL_ERROR, 2500});
    QTRY_COMPARE(model.index(7, CallTraceModel::FunctionColumn).data().toString(),
                 QStringLiteral("C_Late19"));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(0, CallTraceModel::FunctionColumn).data().toString(), QStringLiteral("C_Late12"));
    QCOMPARE(model.index(0, CallTraceModel::DurationColumn).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(model.index(0, CallTraceModel::ResultColumn).data().toString(),
             QStringLiteral("CKR_GENERAL_ERROR"));
}

QTEST_GUILESS_MAIN(TestCallTraceModel)
#include "test_call_trace_model.moc"
