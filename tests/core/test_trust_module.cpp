// p11-kit's trust module: a real, read-only module holding the system CA store. It browses without a
// login, and its NSS/p11-kit vendor objects are named and decoded, not shown as raw numbers.
#include "AttributeReader.h"
#include "Module.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "Session.h"
#include "SoftHsmFixture.h"

#include <QTest>

using namespace hsm;

class TestTrustModule : public QObject {
    Q_OBJECT
private slots:
    void browsesWithoutLoginAndNamesVendorObjects();
};

void TestTrustModule::browsesWithoutLoginAndNamesVendorObjects() {
    auto module = Module::load(SoftHsmFixture::trustModulePath(), QStringLiteral("p11-kit-trust"));
    QVERIFY2(module.ok(), module.ok() ? "" : qPrintable(module.error().text()));
    auto slotsResult = (*module)->slotList();
    QVERIFY(slotsResult.ok());
    std::optional<SlotInfo> system;
    for (const SlotInfo& s : *slotsResult)
        if (s.token && s.token->label == QLatin1String("System Trust"))
            system = s;
    QVERIFY(system.has_value());
    QVERIFY(!system->token->has(CKF_LOGIN_REQUIRED));
    QVERIFY(system->token->has(CKF_WRITE_PROTECTED));

    auto session = Session::open(*module, system->id, false);
    QVERIFY(session.ok());
    auto objects = listAllObjects(*session, *system->token);
    QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().text()));
    int certificates = 0;
    std::optional<ObjectSummary> trustObject;
    for (const ObjectSummary& o : *objects) {
        // Every class the trust module uses has a name now.
        QVERIFY2(!names::objectClass(o.objectClass).contains(QLatin1String("VENDOR_DEFINED")),
                 qPrintable(names::objectClass(o.objectClass)));
        if (o.objectClass == CKO_CERTIFICATE) {
            ++certificates;
            QVERIFY(!o.subject.isEmpty());
        }
        if (names::objectClass(o.objectClass) == QLatin1String("CKO_NSS_TRUST") && !trustObject)
            trustObject = o;
    }
    QVERIFY(certificates >= 100);
    QVERIFY(trustObject.has_value());

    auto attributes = readAllAttributes(*session, trustObject->handle);
    QVERIFY(attributes.ok());
    bool sawServerAuth = false;
    for (const AttributeValue& a : *attributes) {
        if (a.name == QLatin1String("CKA_TRUST_SERVER_AUTH")) {
            sawServerAuth = true;
            QVERIFY2(a.display.startsWith(QLatin1String("CKT_NSS_")), qPrintable(a.display));
        }
    }
    QVERIFY(sawServerAuth);
}

QTEST_GUILESS_MAIN(TestTrustModule)
#include "test_trust_module.moc"
