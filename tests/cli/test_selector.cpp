// Token selection by label, serial:SERIAL and pkcs11: URI on a SoftHSM2 module with two tokens
// that share a label.
#include "Module.h"
#include "Pkcs11Uri.h"
#include "SoftHsmFixture.h"
#include "TokenSelector.h"

#include <QTest>
#include <memory>

using namespace hsm;

class TestSelector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void duplicateLabelNamesBothSerials();
    void serialSelectsTheRightToken();
    void uriSelectsTheRightToken();
    void labelIsExactAndTrimmed();
    void absentTokenListsAvailable();
    void emptySlotIsNeverSelected();
    void badUriIsAnError();

private:
    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::shared_ptr<Module> m_module;
    QList<SlotInfo> m_slots;
    QString m_serialA, m_serialB, m_serialSolo;
};

void TestSelector::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    // Twin serials are read from the module below: initToken cannot tell two tokens of one label apart.
    QVERIFY2(!m_fixture->initToken(QStringLiteral("Twin")).isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("Twin")).isEmpty(), qPrintable(m_fixture->lastError()));
    m_serialSolo = m_fixture->initToken(QStringLiteral("Solo"));
    QVERIFY2(!m_serialSolo.isEmpty(), qPrintable(m_fixture->lastError()));

    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm2"));
    QVERIFY2(module.ok(), module.ok() ? "" : qPrintable(module.error().text()));
    m_module = module.value();
    auto slotList = m_module->slotList();
    QVERIFY(slotList.ok());
    m_slots = slotList.value();
    QStringList twins;
    for (const SlotInfo& slot : m_slots)
        if (slot.token && slot.token->label == QLatin1String("Twin"))
            twins << slot.token->serial;
    QCOMPARE(twins.size(), 2);
    m_serialA = twins.at(0);
    m_serialB = twins.at(1);
    QVERIFY(m_serialA != m_serialB);
}

void TestSelector::cleanupTestCase() {
    m_module.reset();
    m_fixture.reset();
}

void TestSelector::duplicateLabelNamesBothSerials() {
    auto selected = selectToken(m_slots, QStringLiteral("Twin"));
    QVERIFY(!selected.ok());
    const QString text = selected.error().text();
    QVERIFY2(text.contains(m_serialA), qPrintable(text));
    QVERIFY2(text.contains(m_serialB), qPrintable(text));
    QVERIFY2(!text.contains(m_serialSolo), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("serial:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("pkcs11:")), qPrintable(text));
}

void TestSelector::serialSelectsTheRightToken() {
    for (const QString& serial : {m_serialA, m_serialB}) {
        auto selected = selectToken(m_slots, QStringLiteral("serial:") + serial);
        QVERIFY2(selected.ok(), selected.ok() ? "" : qPrintable(selected.error().text()));
        QVERIFY(selected->token.has_value());
        QCOMPARE(selected->token->serial, serial);
        QCOMPARE(selected->token->label, QStringLiteral("Twin"));
    }
    QVERIFY(!selectToken(m_slots, QStringLiteral("serial:0000")).ok());
}

void TestSelector::uriSelectsTheRightToken() {
    for (const SlotInfo& slot : m_slots) {
        if (!slot.token || slot.token->label != QLatin1String("Twin"))
            continue;
        const QString uri = uri::forToken(*slot.token);
        auto selected = selectToken(m_slots, uri);
        QVERIFY2(selected.ok(), selected.ok() ? "" : qPrintable(selected.error().text()));
        QCOMPARE(selected->id, slot.id);
        QCOMPARE(selected->token->serial, slot.token->serial);
    }
    // A URI naming only the shared label is as ambiguous as the label.
    QVERIFY(!selectToken(m_slots, QStringLiteral("pkcs11:token=Twin")).ok());
    auto solo = selectToken(m_slots, QStringLiteral("pkcs11:token=Solo"));
    QVERIFY(solo.ok());
    QCOMPARE(solo->token->serial, m_serialSolo);
}

void TestSelector::labelIsExactAndTrimmed() {
    auto solo = selectToken(m_slots, QStringLiteral("  Solo "));
    QVERIFY(solo.ok());
    QCOMPARE(solo->token->serial, m_serialSolo);
    QVERIFY(!selectToken(m_slots, QStringLiteral("Sol")).ok());
    QVERIFY(!selectToken(m_slots, QStringLiteral("solo")).ok());
}

void TestSelector::absentTokenListsAvailable() {
    auto selected = selectToken(m_slots, QStringLiteral("Absent"));
    QVERIFY(!selected.ok());
    const QString text = selected.error().text();
    QVERIFY2(text.contains(QLatin1String("Absent")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Solo")) && text.contains(m_serialSolo), qPrintable(text));
    QVERIFY2(text.contains(m_serialA) && text.contains(m_serialB), qPrintable(text));
    // SoftHSM2's spare uninitialised token is not offered as a choice.
    QVERIFY2(!text.contains(QLatin1String("\"\" (serial")), qPrintable(text));

    QVERIFY(!selectToken({}, QStringLiteral("Solo")).ok());
    QVERIFY(!selectToken(m_slots, QString()).ok());
}

void TestSelector::emptySlotIsNeverSelected() {
    QList<SlotInfo> slotList = m_slots;
    for (SlotInfo& slot : slotList)
        slot.token.reset();
    QVERIFY(!selectToken(slotList, QStringLiteral("Solo")).ok());
    QVERIFY(!selectToken(slotList, QStringLiteral("pkcs11:")).ok());
}

void TestSelector::badUriIsAnError() {
    auto selected = selectToken(m_slots, QStringLiteral("pkcs11:token=%zz"));
    QVERIFY(!selected.ok());
    QVERIFY(selected.error().text().contains(QLatin1String("URI")));
}

QTEST_GUILESS_MAIN(TestSelector)
#include "test_selector.moc"
