// SoftcardModel under QAbstractItemModelTester: resets, clears, columns and roles.
#include "SoftcardModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hsm;

class TestSoftcardModel : public QObject {
    Q_OBJECT
private slots:
    void modelContract() {
        SoftcardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SoftcardModel::ColumnCount));

        Softcard a;
        a.id = QStringLiteral("95e0cde6");
        a.name = QStringLiteral("alpha");
        a.keyCount = 2;
        a.state = QStringLiteral("has keys");
        Softcard b;
        b.id = QStringLiteral("0123abcd");
        b.serial = QStringLiteral("0123abcd");
        b.name = QStringLiteral("beta");
        b.slot = 7;
        model.setSoftcards({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SoftcardModel::NameColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(0, SoftcardModel::KeysColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, SoftcardModel::KeysColumn).data().toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(1, SoftcardModel::SlotColumn).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(1, 0).data(SoftcardModel::SerialRole).toString(), QStringLiteral("0123abcd"));
        QCOMPARE(model.index(0, 0).data(SoftcardModel::KeyCountRole).toInt(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("0123abcd")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("none")), -1);
        QCOMPARE(model.headerData(SoftcardModel::IdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("ID / serial"));
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.clear();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.clear(); // clearing an empty model signals nothing
        QCOMPARE(removed.size(), 1);
        model.setSoftcards({b});
        QCOMPARE(model.softcard(0).name, QStringLiteral("beta"));
    }
};

QTEST_GUILESS_MAIN(TestSoftcardModel)
#include "test_softcard_model.moc"
