// PKCS#11 URIs through p11-kit: tokens and objects of a real SoftHSM2 token formatted, parsed back
// and matched, with special characters and non-UTF-8 bytes percent-encoded.
#include "Module.h"
#include "ObjectLister.h"
#include "Pkcs11Uri.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "SoftHsmFixture.h"

#include <QTemporaryFile>
#include <QTest>
#include <memory>
#include <optional>

using namespace hsm;

namespace {
// Characters RFC 7512 reserves (';', '/', '?', '=', '%', '&', '#') plus space and non-ASCII.
const QString kSpecialLabel = QStringLiteral("a b;c/d?e=f%g&h#Grüße 日本");
const QString kTokenLabel = QStringLiteral("URI Tøken;1");
} // namespace

class TestUri : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenRoundTrip();
    void objectRoundTrip();
    void specialCharactersArePercentEncoded();
    void nonUtf8LabelRoundTrips();
    void moduleAttributesMatch();
    void invalidUriIsAnError();

private:
    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::shared_ptr<Module> m_module;
    std::optional<Session> m_session;
    TokenInfo m_token;
    TokenInfo m_other;
    QList<ObjectSummary> m_objects;
};

void TestUri::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(kTokenLabel).isEmpty(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(QStringLiteral("Other")).isEmpty(), qPrintable(m_fixture->lastError()));

    QTemporaryFile data(m_fixture->dir() + QStringLiteral("/dataXXXXXX"));
    QVERIFY(data.open());
    data.write("payload");
    data.close();
    // Three objects that differ in label, id or class so each URI must select exactly one.
    const QList<QStringList> writes{
        {QStringLiteral("--write-object"), data.fileName(), QStringLiteral("--type"), QStringLiteral("data"),
         QStringLiteral("--label"), kSpecialLabel},
        {QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:16"),
         QStringLiteral("--label"), QStringLiteral("aes"), QStringLiteral("--id"), QStringLiteral("0a0b")},
        {QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:16"),
         QStringLiteral("--label"), QStringLiteral("aes"), QStringLiteral("--id"), QStringLiteral("0c0d")},
    };
    for (const QStringList& args : writes) {
        const auto r = m_fixture->pkcs11Tool(kTokenLabel, args);
        QVERIFY2(r.ok(), qPrintable(m_fixture->lastError()));
    }

    auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm2"));
    QVERIFY2(module.ok(), module.ok() ? "" : qPrintable(module.error().text()));
    m_module = module.value();
    auto slotList = m_module->slotList();
    QVERIFY(slotList.ok());
    std::optional<CK_SLOT_ID> slotId;
    for (const SlotInfo& slot : slotList.value()) {
        if (slot.token && slot.token->label == kTokenLabel) {
            m_token = *slot.token;
            slotId = slot.id;
        } else if (slot.token && slot.token->label == QLatin1String("Other")) {
            m_other = *slot.token;
        }
    }
    QVERIFY(slotId.has_value());
    QVERIFY(!m_other.serial.isEmpty());

    auto session = Session::open(m_module, *slotId, false);
    QVERIFY(session.ok());
    m_session.emplace(std::move(session).value());
    QByteArray pinBytes(SoftHsmFixture::kUserPin);
    const SecureBuffer pin = SecureBuffer::takeFrom(pinBytes);
    auto login = m_session->login(CKU_USER, &pin);
    QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().text()));
    auto objects = listAllObjects(*m_session, m_token);
    QVERIFY2(objects.ok(), objects.ok() ? "" : qPrintable(objects.error().text()));
    m_objects = objects.value();
    QCOMPARE(m_objects.size(), 3);
}

void TestUri::cleanupTestCase() {
    m_session.reset();
    m_module.reset();
    m_fixture.reset();
}

void TestUri::tokenRoundTrip() {
    const QString text = uri::forToken(m_token);
    QVERIFY(text.startsWith(QLatin1String("pkcs11:")));
    QVERIFY2(text.contains(QStringLiteral("serial=") + m_token.serial), qPrintable(text));
    // ';' inside the label must not end the attribute, and 'ø' is percent-encoded UTF-8.
    QVERIFY2(text.contains(QLatin1String("token=URI%20T%C3%B8ken%3B1")), qPrintable(text));

    auto matcher = UriMatcher::parse(text);
    QVERIFY(matcher.ok());
    QVERIFY(matcher->matchesToken(m_token));
    QVERIFY(!matcher->matchesToken(m_other));
    QVERIFY(!matcher->hasObjectAttributes());
    // A token URI selects every object on the token.
    for (const ObjectSummary& object : m_objects)
        QVERIFY(matcher->matchesObject(object));
}

void TestUri::objectRoundTrip() {
    for (const ObjectSummary& object : m_objects) {
        const QString text = uri::forObject(m_token, object);
        QVERIFY(text.startsWith(QLatin1String("pkcs11:")));
        auto matcher = UriMatcher::parse(text);
        QVERIFY2(matcher.ok(), qPrintable(text));
        QVERIFY(matcher->hasObjectAttributes());
        QVERIFY(matcher->matchesToken(m_token));
        QVERIFY(!matcher->matchesToken(m_other));
        int matches = 0;
        for (const ObjectSummary& candidate : m_objects)
            matches += matcher->matchesObject(candidate) ? 1 : 0;
        QVERIFY2(matcher->matchesObject(object), qPrintable(text));
        QCOMPARE(matches, 1);
    }
    // The same label and id with another class is a different object.
    ObjectSummary secret = m_objects.first();
    for (const ObjectSummary& object : m_objects)
        if (object.objectClass == CKO_SECRET_KEY)
            secret = object;
    QCOMPARE(secret.objectClass, CKO_SECRET_KEY);
    auto matcher = UriMatcher::parse(uri::forObject(m_token, secret));
    QVERIFY(matcher.ok());
    ObjectSummary asPublic = secret;
    asPublic.objectClass = CKO_PUBLIC_KEY;
    QVERIFY(!matcher->matchesObject(asPublic));
    QVERIFY2(uri::forObject(m_token, secret).contains(QLatin1String("type=secret-key")),
             qPrintable(uri::forObject(m_token, secret)));
    QVERIFY(uri::forObject(m_token, secret).contains(QLatin1String("id=%0A%0B")) ||
            uri::forObject(m_token, secret).contains(QLatin1String("id=%0C%0D")));
}

void TestUri::specialCharactersArePercentEncoded() {
    const ObjectSummary* data = nullptr;
    for (const ObjectSummary& object : m_objects)
        if (object.objectClass == CKO_DATA)
            data = &object;
    QVERIFY(data != nullptr);
    QCOMPARE(data->labelBytes, kSpecialLabel.toUtf8());
    const QString text = uri::forObject(m_token, *data);
    // Everything outside ASCII is percent-encoded; reserved characters of the label are too.
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x80 && c.unicode() > 0x20, qPrintable(text));
    const qsizetype start = text.indexOf(QLatin1String("object="));
    QVERIFY(start >= 0);
    const QString value = text.mid(start + 7).section(QLatin1Char(';'), 0, 0);
    QVERIFY2(!value.contains(QLatin1Char('?')) && !value.contains(QLatin1Char('=')) &&
                 !value.contains(QLatin1Char('&')) && !value.contains(QLatin1Char('#')),
             qPrintable(value));
    QVERIFY2(value.contains(QLatin1String("%C3%BC")), qPrintable(value)); // ü
    QVERIFY2(value.contains(QLatin1String("%25")), qPrintable(value));    // %
    QVERIFY2(value.contains(QLatin1String("type=data")) == false, qPrintable(value));
    QVERIFY(text.contains(QLatin1String("type=data")));

    auto matcher = UriMatcher::parse(text);
    QVERIFY(matcher.ok());
    QVERIFY(matcher->matchesObject(*data));
    ObjectSummary almost = *data;
    almost.labelBytes.chop(1);
    QVERIFY(!matcher->matchesObject(almost));
}

void TestUri::nonUtf8LabelRoundTrips() {
    ObjectSummary object;
    object.objectClass = CKO_DATA;
    object.labelBytes = QByteArray("\xff\xfe label", 8);
    object.id = QByteArray("\x00\x01", 2);
    const QString text = uri::forObject(m_token, object);
    QVERIFY2(text.contains(QLatin1String("%FF%FE")), qPrintable(text));
    auto matcher = UriMatcher::parse(text);
    QVERIFY(matcher.ok());
    QVERIFY(matcher->matchesObject(object));
    ObjectSummary other = object;
    other.labelBytes = QByteArray("\xff\xfd label", 8);
    QVERIFY(!matcher->matchesObject(other));
}

void TestUri::moduleAttributesMatch() {
    auto softhsm =
        UriMatcher::parse(QStringLiteral("pkcs11:library-manufacturer=") + m_module->info().manufacturer);
    QVERIFY(softhsm.ok());
    QVERIFY(softhsm->matchesModule(m_module->info()));
    auto other = UriMatcher::parse(QStringLiteral("pkcs11:library-manufacturer=Nobody"));
    QVERIFY(other.ok());
    QVERIFY(!other->matchesModule(m_module->info()));
}

void TestUri::invalidUriIsAnError() {
    QVERIFY(!UriMatcher::parse(QStringLiteral("http://example.com")).ok());
    auto bad = UriMatcher::parse(QStringLiteral("pkcs11:id=%zz"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("pkcs11:id=%zz")));
}

QTEST_GUILESS_MAIN(TestUri)
#include "test_uri.moc"
