// The expiring-certificates model: the N-days filter (expired ones always shown), soonest first,
// rows per token replaced when a token answers again, and the model contract (QAbstractItemModelTester).
#include "ExpiringCertificatesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hsm;
using Entry = ExpiringCertificatesModel::Entry;

class TestExpiryModel : public QObject {
    Q_OBJECT
private slots:
    void filtersByDaysAndSorts();
    void tokensReplaceTheirRows();
    void daysLeftRoundsDown();

private:
    const QDateTime m_now{QDate(2025, 6, 1), QTime(12, 0), Qt::UTC};
};

namespace {

Entry entry(const QString& token, const QString& label, const QDateTime& notAfter) {
    return {token, label, QStringLiteral("CN=") + label, notAfter,
            QStringLiteral("pkcs11:token=%1;object=%2;type=cert").arg(token, label)};
}

QStringList labels(const ExpiringCertificatesModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, ExpiringCertificatesModel::LabelColumn)).toString();
    return out;
}

} // namespace

void TestExpiryModel::filtersByDaysAndSorts() {
    ExpiringCertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    QCOMPARE(model.days(), 30);
    model.setTokenCertificates(QStringLiteral("A"),
                               {entry(QStringLiteral("A"), QStringLiteral("in-90"), m_now.addDays(90)),
                                entry(QStringLiteral("A"), QStringLiteral("in-10"), m_now.addDays(10)),
                                entry(QStringLiteral("A"), QStringLiteral("expired"), m_now.addDays(-3)),
                                entry(QStringLiteral("A"), QStringLiteral("in-29"), m_now.addDays(29))});
    QCOMPARE(labels(model),
             (QStringList{QStringLiteral("expired"), QStringLiteral("in-10"), QStringLiteral("in-29")}));

    const QModelIndex expiredDays = model.index(0, ExpiringCertificatesModel::DaysLeftColumn);
    QCOMPARE(expiredDays.data().toString(), QStringLiteral("expired"));
    QCOMPARE(expiredDays.data(ExpiringCertificatesModel::ExpiredRole).toBool(), true);
    QCOMPARE(expiredDays.data(ExpiringCertificatesModel::DaysLeftRole).toInt(), -3);
    QVERIFY(expiredDays.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Expired on 2025-05-29")));
    const QModelIndex soon = model.index(1, ExpiringCertificatesModel::DaysLeftColumn);
    QCOMPARE(soon.data().toString(), QStringLiteral("10 day(s)"));
    QCOMPARE(soon.data(ExpiringCertificatesModel::ExpiredRole).toBool(), false);
    QCOMPARE(model.index(1, ExpiringCertificatesModel::SubjectColumn).data().toString(),
             QStringLiteral("CN=in-10"));
    QCOMPARE(model.index(1, ExpiringCertificatesModel::TokenColumn).data().toString(), QStringLiteral("A"));
    QVERIFY(model.index(1, ExpiringCertificatesModel::NotAfterColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("2025-06-")));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDays(5);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(labels(model), QStringList{QStringLiteral("expired")});
    model.setDays(5); // unchanged: no reset
    QCOMPARE(reset.size(), 1);
    model.setDays(365);
    QCOMPARE(labels(model), (QStringList{QStringLiteral("expired"), QStringLiteral("in-10"),
                                         QStringLiteral("in-29"), QStringLiteral("in-90")}));
    model.setDays(0);
    QCOMPARE(labels(model), QStringList{QStringLiteral("expired")});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestExpiryModel::tokensReplaceTheirRows() {
    ExpiringCertificatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    model.setTokenCertificates(QStringLiteral("A"),
                               {entry(QStringLiteral("A"), QStringLiteral("a1"), m_now.addDays(20))});
    model.setTokenCertificates(QStringLiteral("B"),
                               {entry(QStringLiteral("B"), QStringLiteral("b1"), m_now.addDays(2)),
                                entry(QStringLiteral("B"), QStringLiteral("b-none"), QDateTime())});
    QCOMPARE(labels(model), (QStringList{QStringLiteral("b1"), QStringLiteral("a1")})); // no date: left out
    // Another token with the same label (another module) keeps its rows apart by its key.
    model.setTokenCertificates(QStringLiteral("A2"),
                               {entry(QStringLiteral("A"), QStringLiteral("a2"), m_now.addDays(1))});
    QCOMPARE(labels(model), (QStringList{QStringLiteral("a2"), QStringLiteral("b1"), QStringLiteral("a1")}));
    model.setTokenCertificates(QStringLiteral("A"), {});
    model.setTokenCertificates(QStringLiteral("A2"), {});
    QCOMPARE(labels(model), QStringList{QStringLiteral("b1")});
    QCOMPARE(model.entry(0).uri, QStringLiteral("pkcs11:token=B;object=b1;type=cert"));
    QCOMPARE(model.headerData(ExpiringCertificatesModel::DaysLeftColumn, Qt::Horizontal).toString(),
             QStringLiteral("Days left"));
}

void TestExpiryModel::daysLeftRoundsDown() {
    QCOMPARE(ExpiringCertificatesModel::daysLeft(m_now.addSecs(86399), m_now), 0);
    QCOMPARE(ExpiringCertificatesModel::daysLeft(m_now.addDays(1), m_now), 1);
    QCOMPARE(ExpiringCertificatesModel::daysLeft(m_now.addSecs(-1), m_now), -1);
}

QTEST_GUILESS_MAIN(TestExpiryModel)
#include "test_expiry_model.moc"
