#include "LogModel.h"
#include "Logging.h"
#include "MetaTypes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <spdlog/spdlog.h>

using namespace hsm;

namespace {
LogLine line(int n, int level = 2) {
    return LogLine{QDateTime::currentDateTime(), level, QStringLiteral("test"),
                   QStringLiteral("line %1").arg(n)};
}
} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerMetaTypes(); }
    void ringBufferWrapsAround();
    void filterProxyByMinimumLevel();
    void fedBySpdlogFromAnyThread();
};

void TestLogModel::ringBufferWrapsAround() {
    LogModel model(nullptr, 10, false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 10; ++i)
        model.append(line(i));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.count(), 0);
    for (int i = 10; i < 35; ++i)
        model.append(line(i));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.count(), 25);
    // Oldest rows went first: the model now holds lines 25..34 in order.
    for (int row = 0; row < 10; ++row)
        QCOMPARE(model.index(row, LogModel::TextColumn).data().toString(),
                 QStringLiteral("line %1").arg(25 + row));
    QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("info"));
    QCOMPARE(model.index(0, LogModel::LoggerColumn).data().toString(), QStringLiteral("test"));
    QVERIFY(!model.index(0, LogModel::TimeColumn).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLogModel::filterProxyByMinimumLevel() {
    LogModel model(nullptr, 100, false);
    LogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    for (int i = 0; i < 12; ++i)
        model.append(line(i, i % 6)); // two lines of each level 0..5
    QCOMPARE(proxy.rowCount(), 12);
    proxy.setMinimumLevel(3); // warning and worse
    QCOMPARE(proxy.rowCount(), 6);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(LogModel::LevelRole).toInt() >= 3);
    model.append(line(99, 1));
    QCOMPARE(proxy.rowCount(), 6);
    model.append(line(100, 4));
    QCOMPARE(proxy.rowCount(), 7);
    proxy.setMinimumLevel(0);
    QCOMPARE(proxy.rowCount(), 14);
}

void TestLogModel::fedBySpdlogFromAnyThread() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    logging::init(dir.path(), 0);
    LogModel model(nullptr, 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    logging::get("pkcs11")->info("from the test thread");
    QThread* thread = QThread::create([] {
        for (int i = 0; i < 80; ++i)
            logging::get("gui")->warn("worker line {}", i);
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    // 81 lines through a 50-line buffer: the oldest went, the newest is last.
    QTRY_COMPARE(model.rowCount(), 50);
    QTRY_COMPARE(model.index(49, LogModel::TextColumn).data().toString(), QStringLiteral("worker line 79"));
    QCOMPARE(model.index(49, LogModel::LoggerColumn).data().toString(), QStringLiteral("gui"));
    QCOMPARE(model.index(49, 0).data(LogModel::LevelRole).toInt(), 3);
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), QStringLiteral("worker line 30"));

    // Below the level: not logged, not shown.
    logging::setLevel(4);
    QCOMPARE(logging::level(), 4);
    logging::get("cli")->info("hidden");
    logging::get("cli")->error("shown");
    QTRY_COMPARE(model.index(49, LogModel::TextColumn).data().toString(), QStringLiteral("shown"));
    QCOMPARE(model.index(48, LogModel::TextColumn).data().toString(), QStringLiteral("worker line 79"));

    // The rotating file got the lines too.
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    QFile file(dir.filePath(QStringLiteral("hsm-workbench.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("from the test thread"));
    QVERIFY(text.contains("worker line 79"));
    QVERIFY(!text.contains("hidden"));
    logging::init({}, 2); // release the file before the folder goes
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "test_log_model.moc"
