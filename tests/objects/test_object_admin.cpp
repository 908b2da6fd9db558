// Deleting, editing and creating objects through the backend (ObjectAdmin) on a real SoftHSM2 token;
// keys made with pkcs11-tool, results cross-checked with pkcs11-tool and the call trace.
#include "CallTrace.h"
#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hsm;
using namespace tokentest;

namespace {
const QString kToken = QStringLiteral("AdminToken");
} // namespace

class TestObjectAdmin : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void hexIds();
    void oids();
    void describeNamesClassLabelAndId();
    void relatedFindsPublicKeyAndCertificate();
    void deleteManyAndPartialFailure();
    void staleHandleIsNotDeleted();
    void setOnlyRules_data();
    void setOnlyRules();
    void readOnlyRefusedWithoutCall();
    void unmodifiableRefusedWithoutCall();
    void labelAndIdEdit();
    void onlyChangedAttributesAreSent();
    void moduleRejectionNamesAttribute();
    void createDataObject();
    void dataObjectLimitsAndLogin();
    void writeProtectedTokenRefused();

private:
    ObjectSummary summary(CK_OBJECT_HANDLE handle) {
        Result<ObjectSummary> s = summarizeObject(*m_open.session, m_open.token, handle);
        if (!s)
            qFatal("summarize failed: %s", qPrintable(s.error().text()));
        return *s;
    }
    CK_OBJECT_HANDLE find(CK_OBJECT_CLASS cls, const char* label) {
        const auto h = findObject(*m_open.session, cls, QByteArray(label));
        return h.value_or(CK_INVALID_HANDLE);
    }
    /// A private generic secret key with chosen booleans, for the one-way rules.
    CK_OBJECT_HANDLE secretKey(const QByteArray& label, CK_ATTRIBUTE_TYPE flag, bool value) {
        CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
        CK_KEY_TYPE type = CKK_GENERIC_SECRET;
        CK_BBOOL yes = CK_TRUE, v = value ? CK_TRUE : CK_FALSE;
        QByteArray labelCopy = label, key(16, '\x33');
        CK_ATTRIBUTE templ[] = {
            {CKA_CLASS, &cls, sizeof cls},
            {CKA_KEY_TYPE, &type, sizeof type},
            {CKA_TOKEN, &yes, sizeof yes},
            {CKA_PRIVATE, &yes, sizeof yes},
            {CKA_LABEL, labelCopy.data(), static_cast<CK_ULONG>(labelCopy.size())},
            {CKA_VALUE, key.data(), static_cast<CK_ULONG>(key.size())},
            {flag, &v, sizeof v},
        };
        Result<CK_OBJECT_HANDLE> h = createObject(*m_open.session, templ);
        if (!h)
            qFatal("create failed: %s", qPrintable(h.error().text()));
        return *h;
    }
    std::optional<bool> boolean(CK_OBJECT_HANDLE handle, CK_ATTRIBUTE_TYPE type) {
        Result<objects::EditableObject> e = objects::readEditable(*m_open.session, m_open.token, handle);
        return e ? e->boolean(type) : std::nullopt;
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<CallTrace> m_trace;
    OpenedToken m_open;
    QTemporaryDir m_tmp;
};

void TestObjectAdmin::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(kToken).isEmpty(), qPrintable(m_fixture->lastError()));
    auto tool = [this](const QStringList& args) {
        CHECK_TOOL(m_fixture->pkcs11Tool(kToken, args));
    };
    // An EC pair (id 01) with a certificate of the same ID, and an RSA pair (id 02) without one.
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
          QStringLiteral("--label"), QStringLiteral("pair-ec"), QStringLiteral("--id"),
          QStringLiteral("01")});
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("rsa:2048"),
          QStringLiteral("--label"), QStringLiteral("pair-rsa"), QStringLiteral("--id"),
          QStringLiteral("02")});
    const QString cert = m_tmp.filePath(QStringLiteral("cert.der"));
    const auto made =
        makeSelfSignedCertificate(*m_fixture, cert,
                                  {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=admin test")});
    CHECK_TOOL(made);
    tool({QStringLiteral("--write-object"), cert, QStringLiteral("--type"), QStringLiteral("cert"),
          QStringLiteral("--label"), QStringLiteral("pair-cert"), QStringLiteral("--id"),
          QStringLiteral("01")});
}

void TestObjectAdmin::cleanupTestCase() {
    m_open = {};
    m_fixture.reset();
}

void TestObjectAdmin::init() {
    m_trace = std::make_unique<CallTrace>();
    OpenOptions options;
    options.loginUser = true;
    options.trace = m_trace.get();
    m_open = openToken(kToken, options);
    QVERIFY2(m_open.ok(), qPrintable(m_open.error));
}

void TestObjectAdmin::cleanup() {
    m_open = {};
    m_trace.reset();
}

void TestObjectAdmin::hexIds() {
    QCOMPARE(*objects::parseHexId(QStringLiteral("01a2FF")), QByteArray::fromHex("01a2ff"));
    QCOMPARE(*objects::parseHexId(QStringLiteral("01:a2:ff")), QByteArray::fromHex("01a2ff"));
    QCOMPARE(*objects::parseHexId(QStringLiteral(" 01 a2 ")), QByteArray::fromHex("01a2"));
    QVERIFY(objects::parseHexId(QString())->isEmpty());
    const auto odd = objects::parseHexId(QStringLiteral("abc"));
    QVERIFY(!odd);
    QVERIFY2(odd.error().message.contains(QStringLiteral("odd")), qPrintable(odd.error().message));
    const auto bad = objects::parseHexId(QStringLiteral("0g"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("“g”")), qPrintable(bad.error().message));
}

void TestObjectAdmin::oids() {
    // 1.2.840.113549.1.7.1 (PKCS#7 data) as DER, checked against its known encoding.
    const auto der = objects::encodeOid(QStringLiteral("1.2.840.113549.1.7.1"));
    CHECK_OK(der);
    QCOMPARE(der->toHex(), QByteArray("06092a864886f70d010701"));
    QCOMPARE(objects::decodeOid(*der), QStringLiteral("1.2.840.113549.1.7.1"));
    const auto big = objects::encodeOid(QStringLiteral("2.999.18446744073709551617"));
    CHECK_OK(big);
    QCOMPARE(objects::decodeOid(*big), QStringLiteral("2.999.18446744073709551617"));
    for (const QString& bad :
         {QStringLiteral("1"), QStringLiteral("1.2.x"), QStringLiteral("3.1"), QStringLiteral("1.40"),
          QStringLiteral("1..2"), QStringLiteral(".1.2"), QStringLiteral("prime256v1")}) {
        const auto r = objects::encodeOid(bad);
        QVERIFY2(!r, qPrintable(bad));
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestObjectAdmin::describeNamesClassLabelAndId() {
    const ObjectSummary key = summary(find(CKO_PRIVATE_KEY, "pair-ec"));
    const QString text = objects::describe(key);
    QVERIFY2(text.contains(QStringLiteral("private key")) && text.contains(QStringLiteral("pair-ec")) &&
                 text.contains(QStringLiteral("01")),
             qPrintable(text));
}

void TestObjectAdmin::relatedFindsPublicKeyAndCertificate() {
    const ObjectSummary ec = summary(find(CKO_PRIVATE_KEY, "pair-ec"));
    const auto related = objects::findRelated(*m_open.session, m_open.token, ec);
    CHECK_OK(related);
    QSet<QString> found;
    for (const ObjectSummary& o : *related) {
        QCOMPARE(o.id, QByteArray::fromHex("01"));
        QVERIFY(!o.uri.isEmpty());
        found.insert(QString::number(o.objectClass) + QLatin1Char('/') + o.label);
    }
    QCOMPARE(found, (QSet<QString>{QString::number(CKO_PUBLIC_KEY) + QStringLiteral("/pair-ec"),
                                   QString::number(CKO_CERTIFICATE) + QStringLiteral("/pair-cert")}));
    // The RSA key has its public key only; a public key or a data object has no partners to offer.
    const ObjectSummary rsa = summary(find(CKO_PRIVATE_KEY, "pair-rsa"));
    const auto rsaRelated = objects::findRelated(*m_open.session, m_open.token, rsa);
    CHECK_OK(rsaRelated);
    QCOMPARE(rsaRelated->size(), 1);
    QCOMPARE(rsaRelated->first().objectClass, CKO_PUBLIC_KEY);
    const ObjectSummary pub = summary(find(CKO_PUBLIC_KEY, "pair-ec"));
    QVERIFY(objects::findRelated(*m_open.session, m_open.token, pub)->isEmpty());
    // findRelatedAll leaves out what is already selected.
    const auto all = objects::findRelatedAll(*m_open.session, m_open.token, {ec, pub});
    CHECK_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().objectClass, CKO_CERTIFICATE);
}

void TestObjectAdmin::deleteManyAndPartialFailure() {
    CHECK_OK(tokentest::createDataObject(*m_open.session, "del-a", false));
    CHECK_OK(tokentest::createDataObject(*m_open.session, "del-b", true));
    const ObjectSummary a = summary(find(CKO_DATA, "del-a"));
    const ObjectSummary b = summary(find(CKO_DATA, "del-b"));
    objects::DeleteReport report = objects::deleteObjects(*m_open.session, {a, b});
    QVERIFY(report.complete());
    QCOMPARE(report.deleted.size(), 2);
    QCOMPARE(find(CKO_DATA, "del-a"), CK_INVALID_HANDLE);
    QCOMPARE(find(CKO_DATA, "del-b"), CK_INVALID_HANDLE);

    // One gone already, one still there: the report says which is which.
    const auto createdC = tokentest::createDataObject(*m_open.session, "del-c", false);
    CHECK_OK(createdC);
    const ObjectSummary c = summary(find(CKO_DATA, "del-c"));
    report = objects::deleteObjects(*m_open.session, {a, c});
    QVERIFY(!report.complete());
    QCOMPARE(report.deleted.size(), 1);
    QCOMPARE(report.deleted.first().label, QStringLiteral("del-c"));
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().first.label, QStringLiteral("del-a"));
    const Error e = report.summaryError();
    QVERIFY2(e.message.contains(QStringLiteral("del-a")) &&
                 e.message.contains(QStringLiteral("Deleted: data object “del-c”")),
             qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("CKR_OBJECT_HANDLE_INVALID")), qPrintable(e.message));
}

void TestObjectAdmin::staleHandleIsNotDeleted() {
    const auto created = tokentest::createDataObject(*m_open.session, "stale", false);
    CHECK_OK(created);
    ObjectSummary listed = summary(find(CKO_DATA, "stale"));
    listed.labelBytes = "something else"; // what a stale listing would hold
    const int destroys = countCalls(*m_trace, QStringLiteral("C_DestroyObject"));
    const objects::DeleteReport report = objects::deleteObjects(*m_open.session, {listed});
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_DestroyObject")), destroys);
    QVERIFY(find(CKO_DATA, "stale") != CK_INVALID_HANDLE);
}

void TestObjectAdmin::setOnlyRules_data() {
    QTest::addColumn<qulonglong>("attribute");
    QTest::addColumn<bool>("allowedFrom"); // the value the allowed direction starts from
    // SoftHSM2 2.6 treats CKA_WRAP_WITH_TRUSTED as settable at creation only, stricter than the spec:
    // the allowed direction is sent and its refusal must name the attribute.
    QTest::addColumn<bool>("moduleAccepts");
    QTest::newRow("sensitive: set, not clear") << qulonglong(CKA_SENSITIVE) << false << true;
    QTest::newRow("wrap-with-trusted: set, not clear") << qulonglong(CKA_WRAP_WITH_TRUSTED) << false << false;
    QTest::newRow("extractable: clear, not set") << qulonglong(CKA_EXTRACTABLE) << true << true;
}

void TestObjectAdmin::setOnlyRules() {
    QFETCH(qulonglong, attribute);
    QFETCH(bool, allowedFrom);
    QFETCH(bool, moduleAccepts);
    const auto type = static_cast<CK_ATTRIBUTE_TYPE>(attribute);
    const QByteArray label = "rule-" + QByteArray::number(attribute);

    // Allowed direction: one C_SetAttributeValue, and the token shows the new value.
    const CK_OBJECT_HANDLE key = secretKey(label + "-ok", type, allowedFrom);
    QCOMPARE(boolean(key, type), std::optional<bool>(allowedFrom));
    QVERIFY(objects::canChange(type, allowedFrom, !allowedFrom));
    int sets = countCalls(*m_trace, QStringLiteral("C_SetAttributeValue"));
    objects::ObjectEdit edit;
    edit.booleans = {{type, !allowedFrom}};
    const auto ok = objects::applyEdit(*m_open.session, m_open.token, key, edit);
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_SetAttributeValue")), sets + 1);
    if (moduleAccepts) {
        CHECK_OK(ok);
        QCOMPARE(*ok, QList<CK_ATTRIBUTE_TYPE>{type});
        QCOMPARE(boolean(key, type), std::optional<bool>(!allowedFrom));
    } else {
        QVERIFY(!ok);
        QCOMPARE(ok.error().call, QStringLiteral("C_SetAttributeValue"));
        QVERIFY2(ok.error().message.contains(names::attribute(type)), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(ok.error().message));
        QCOMPARE(boolean(key, type), std::optional<bool>(allowedFrom));
    }

    // The other way: refused before any call, the message names the attribute and the rule.
    QVERIFY(!objects::canChange(type, !allowedFrom, allowedFrom));
    const CK_OBJECT_HANDLE other = secretKey(label + "-refused", type, !allowedFrom);
    sets = countCalls(*m_trace, QStringLiteral("C_SetAttributeValue"));
    edit.booleans = {{type, allowedFrom}};
    const auto refused = objects::applyEdit(*m_open.session, m_open.token, other, edit);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(names::attribute(type)), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("never")), qPrintable(refused.error().message));
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_SetAttributeValue")), sets);
    QCOMPARE(boolean(other, type), std::optional<bool>(!allowedFrom));
}

void TestObjectAdmin::readOnlyRefusedWithoutCall() {
    const CK_OBJECT_HANDLE key = find(CKO_PRIVATE_KEY, "pair-ec");
    QVERIFY(key != CK_INVALID_HANDLE);
    for (CK_ATTRIBUTE_TYPE type : {CKA_LOCAL, CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE, CKA_TOKEN}) {
        QCOMPARE(objects::changeRule(type), objects::ChangeRule::ReadOnly);
        QVERIFY(!objects::ruleExplanation(type).isEmpty());
        const std::optional<bool> now = boolean(key, type);
        QVERIFY2(now.has_value(), qPrintable(names::attribute(type)));
        const int sets = countCalls(*m_trace, QStringLiteral("C_SetAttributeValue"));
        objects::ObjectEdit edit;
        edit.booleans = {{type, !*now}};
        const auto r = objects::applyEdit(*m_open.session, m_open.token, key, edit);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(names::attribute(type)), qPrintable(r.error().message));
        QCOMPARE(countCalls(*m_trace, QStringLiteral("C_SetAttributeValue")), sets);
    }
    QCOMPARE(objects::changeRule(CKA_CLASS), objects::ChangeRule::ReadOnly);
    QCOMPARE(objects::changeRule(CKA_KEY_TYPE), objects::ChangeRule::ReadOnly);
    QCOMPARE(objects::changeRule(CKA_SIGN), objects::ChangeRule::Free);
}

void TestObjectAdmin::unmodifiableRefusedWithoutCall() {
    CK_OBJECT_CLASS cls = CKO_DATA;
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    QByteArray label("frozen"), value("v");
    CK_ATTRIBUTE templ[] = {
        {CKA_CLASS, &cls, sizeof cls},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_MODIFIABLE, &no, sizeof no},
        {CKA_LABEL, label.data(), static_cast<CK_ULONG>(label.size())},
        {CKA_VALUE, value.data(), CK_ULONG(1)},
    };
    const auto handle = createObject(*m_open.session, templ);
    CHECK_OK(handle);
    const auto editable = objects::readEditable(*m_open.session, m_open.token, *handle);
    CHECK_OK(editable);
    QVERIFY(!editable->modifiable);
    const int sets = countCalls(*m_trace, QStringLiteral("C_SetAttributeValue"));
    objects::ObjectEdit edit;
    edit.label = QByteArray("thawed");
    const auto r = objects::applyEdit(*m_open.session, m_open.token, *handle, edit);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("CKA_MODIFIABLE")), qPrintable(r.error().message));
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_SetAttributeValue")), sets);
    QVERIFY(find(CKO_DATA, "frozen") != CK_INVALID_HANDLE);
    // An edit that changes nothing is fine even here.
    edit.label = QByteArray("frozen");
    const auto nothing = objects::applyEdit(*m_open.session, m_open.token, *handle, edit);
    CHECK_OK(nothing);
    QVERIFY(nothing->isEmpty());
}

void TestObjectAdmin::labelAndIdEdit() {
    const auto key = createSecretKey(*m_open.session, "before", QByteArray::fromHex("aa"));
    CHECK_OK(key);
    objects::ObjectEdit edit;
    edit.label = QStringLiteral("Schlüssel ✓").toUtf8();
    edit.id = *objects::parseHexId(QStringLiteral("0b:0c"));
    const auto r = objects::applyEdit(*m_open.session, m_open.token, *key, edit);
    CHECK_OK(r);
    QCOMPARE(r->size(), 2);
    const ObjectSummary after = summary(*key);
    QCOMPARE(after.label, QStringLiteral("Schlüssel ✓"));
    QCOMPARE(after.id, QByteArray::fromHex("0b0c"));
    // pkcs11-tool sees the new label and ID.
    const auto listed = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")});
    CHECK_TOOL(listed);
    const QString out = QString::fromUtf8(listed.out);
    QVERIFY2(out.contains(QStringLiteral("Schlüssel ✓")) && out.contains(QStringLiteral("0b0c")),
             qPrintable(out));
}

void TestObjectAdmin::onlyChangedAttributesAreSent() {
    const auto key = createSecretKey(*m_open.session, "partial", QByteArray::fromHex("cc"));
    CHECK_OK(key);
    // CKA_LOCAL is read-only (SoftHSM2 would refuse it); given with its current value it is not sent.
    const std::optional<bool> local = boolean(*key, CKA_LOCAL);
    QVERIFY(local.has_value());
    const std::optional<bool> sign = boolean(*key, CKA_SIGN);
    QVERIFY(sign.has_value());
    objects::ObjectEdit edit;
    edit.label = QByteArray("partial-2");
    edit.id = QByteArray::fromHex("cc"); // unchanged
    edit.booleans = {{CKA_LOCAL, *local}, {CKA_SIGN, !*sign}};
    const int sets = countCalls(*m_trace, QStringLiteral("C_SetAttributeValue"));
    const auto r = objects::applyEdit(*m_open.session, m_open.token, *key, edit);
    CHECK_OK(r);
    QCOMPARE(*r, (QList<CK_ATTRIBUTE_TYPE>{CKA_LABEL, CKA_SIGN}));
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_SetAttributeValue")), sets + 1);
    QCOMPARE(boolean(*key, CKA_SIGN), std::optional<bool>(!*sign));
}

void TestObjectAdmin::moduleRejectionNamesAttribute() {
    // Our rules allow CKA_DESTROYABLE either way; SoftHSM2 refuses to make an object destroyable again.
    CK_OBJECT_CLASS cls = CKO_DATA;
    CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
    QByteArray label("sticky"), value("v");
    CK_ATTRIBUTE templ[] = {
        {CKA_CLASS, &cls, sizeof cls},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_DESTROYABLE, &no, sizeof no},
        {CKA_LABEL, label.data(), static_cast<CK_ULONG>(label.size())},
        {CKA_VALUE, value.data(), CK_ULONG(1)},
    };
    const auto handle = createObject(*m_open.session, templ);
    CHECK_OK(handle);
    objects::ObjectEdit edit;
    edit.booleans = {{CKA_DESTROYABLE, true}};
    const auto r = objects::applyEdit(*m_open.session, m_open.token, *handle, edit);
    if (r) {
        // The module allowed it: then the attribute really changed.
        QCOMPARE(boolean(*handle, CKA_DESTROYABLE), std::optional<bool>(true));
        QFAIL("SoftHSM2 accepted CKA_DESTROYABLE false -> true; pick another rejected attribute");
    }
    QCOMPARE(r.error().call, QStringLiteral("C_SetAttributeValue"));
    QVERIFY2(r.error().message.contains(QStringLiteral("CKA_DESTROYABLE")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("Nothing was changed")),
             qPrintable(r.error().message));
}

void TestObjectAdmin::createDataObject() {
    objects::DataObjectSpec spec;
    spec.label = "stored-note";
    spec.application = "hsmwb tests";
    spec.objectId = *objects::encodeOid(QStringLiteral("1.3.6.1.4.1.99999.1"));
    spec.isPrivate = true;
    spec.value = QByteArray("line one\nline two\x00\xff", 19);
    const auto created = objects::createDataObject(*m_open.session, m_open.token, spec);
    CHECK_OK(created);
    QCOMPARE(created->label, QStringLiteral("stored-note"));
    QCOMPARE(created->isPrivate, std::optional<bool>(true));
    QVERIFY(created->uri.contains(QStringLiteral("object=stored-note")));
    const auto oid = objects::readAttribute(*m_open.session, created->handle, CKA_OBJECT_ID);
    CHECK_OK(oid);
    QCOMPARE(objects::decodeOid(oid->value_or(QByteArray())), QStringLiteral("1.3.6.1.4.1.99999.1"));
    const auto app = objects::readAttribute(*m_open.session, created->handle, CKA_APPLICATION);
    QCOMPARE(app->value_or(QByteArray()), QByteArray("hsmwb tests"));

    // pkcs11-tool reads the same bytes back (logged in: the object is private).
    const QString out = m_tmp.filePath(QStringLiteral("read.bin"));
    const auto read = m_fixture->pkcs11Tool(
        kToken, {QStringLiteral("--read-object"), QStringLiteral("--type"), QStringLiteral("data"),
                 QStringLiteral("--label"), QStringLiteral("stored-note"), QStringLiteral("-o"), out});
    CHECK_TOOL(read);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), spec.value);
    // Without login the private object is invisible to pkcs11-tool.
    const auto anonymous = m_fixture->pkcs11Tool(kToken, {QStringLiteral("-O")}, false);
    QVERIFY(!QString::fromUtf8(anonymous.out).contains(QStringLiteral("stored-note")));
}

void TestObjectAdmin::dataObjectLimitsAndLogin() {
    objects::DataObjectSpec spec;
    spec.label = "too-big";
    spec.value = QByteArray(objects::kMaxDataObjectSize + 1, 'x');
    const int creates = countCalls(*m_trace, QStringLiteral("C_CreateObject"));
    const auto big = objects::createDataObject(*m_open.session, m_open.token, spec);
    QVERIFY(!big);
    QVERIFY2(big.error().message.contains(QString::number(objects::kMaxDataObjectSize)),
             qPrintable(big.error().message));

    // A private data object needs a login: refused without a call on a logged-out session.
    const auto logout = m_open.session->logout();
    CHECK_OK(logout);
    spec.value = "small";
    spec.isPrivate = true;
    const auto notLoggedIn = objects::createDataObject(*m_open.session, m_open.token, spec);
    QVERIFY(!notLoggedIn);
    QVERIFY2(notLoggedIn.error().message.contains(QStringLiteral("Not logged in")),
             qPrintable(notLoggedIn.error().message));
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_CreateObject")), creates);
    // A public one is fine without login.
    spec.isPrivate = false;
    spec.label = "public-note";
    const auto publicNote = objects::createDataObject(*m_open.session, m_open.token, spec);
    CHECK_OK(publicNote);
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_CreateObject")), creates + 1);
}

void TestObjectAdmin::writeProtectedTokenRefused() {
    m_open = {}; // one module instance at a time: the shim forwards to the same SoftHSM2
    QVERIFY(m_fixture->setFaults("token_flags_add=0x2\n")); // CKF_WRITE_PROTECTED
    OpenOptions options;
    options.modulePath = SoftHsmFixture::faultModulePath();
    options.loginUser = true;
    options.trace = m_trace.get();
    OpenedToken shim = openToken(kToken, options);
    QVERIFY2(shim.ok(), qPrintable(shim.error));
    QVERIFY(shim.token.has(CKF_WRITE_PROTECTED));
    objects::DataObjectSpec spec;
    spec.label = "never";
    spec.value = "x";
    const int creates = countCalls(*m_trace, QStringLiteral("C_CreateObject"));
    const auto r = objects::createDataObject(*shim.session, shim.token, spec);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("write-protected")), qPrintable(r.error().message));
    const auto w = objects::checkWritable(*shim.session, shim.token, QStringLiteral("Deleting"));
    QVERIFY(!w);
    QCOMPARE(countCalls(*m_trace, QStringLiteral("C_CreateObject")), creates);
    QVERIFY(findObject(*shim.session, CKO_DATA, "public-note").has_value());
    QVERIFY(m_fixture->setFaults(QByteArray()));
}

QTEST_GUILESS_MAIN(TestObjectAdmin)
#include "test_object_admin.moc"
