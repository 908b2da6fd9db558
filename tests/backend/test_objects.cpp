// Object listing against real SoftHSM2 tokens (objects made with pkcs11-tool, openssl and raw
// C_CreateObject for odd labels) and against p11-kit's trust module.
#include "Module.h"
#include "ObjectLister.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QDate>
#include <QTest>
#include <optional>

using namespace hsm;
using namespace tokentest;

namespace {

const ObjectSummary* find(const QList<ObjectSummary>& objects, CK_OBJECT_CLASS cls, const QString& label) {
    for (const ObjectSummary& o : objects) {
        if (o.objectClass == cls && o.label == label)
            return &o;
    }
    return nullptr;
}

QString describe(const QList<ObjectSummary>& objects) {
    QStringList lines;
    for (const ObjectSummary& o : objects)
        lines << QStringLiteral("class=%1 label=%2 id=%3 size=%4")
                     .arg(o.objectClass)
                     .arg(o.label, QString::fromLatin1(o.id.toHex()), o.size);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestObjects : public QObject {
    Q_OBJECT
private slots:
    void keysDataAndCertificateFromTools();
    void oddLabelsAndIds();
    void publicObjectsWithoutLogin();
    void batchesAndCancel();
    void summarizeSingleObject();
    void trustModuleCertificates();
};

void TestObjects::keysDataAndCertificateFromTools() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Objects");
    QVERIFY2(!fx.initToken(label).isEmpty(), qPrintable(fx.lastError()));

    auto r =
        fx.pkcs11Tool(label, {"--keypairgen", "--key-type", "rsa:2048", "--label", "rsa-key", "--id", "01"});
    CHECK_TOOL(r);
    r = fx.pkcs11Tool(label,
                      {"--keypairgen", "--key-type", "EC:prime256v1", "--label", "ec-key", "--id", "02"});
    CHECK_TOOL(r);
    r = fx.pkcs11Tool(label, {"--keygen", "--key-type", "AES:32", "--label", "aes-key", "--id", "03"});
    CHECK_TOOL(r);

    const QString dataFile = fx.dir() + QStringLiteral("/data.bin");
    {
        QFile f(dataFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("some data");
    }
    r = fx.pkcs11Tool(label, {"--write-object", dataFile, "--type", "data", "--label", "data-obj"});
    CHECK_TOOL(r);

    const QString certFile = fx.dir() + QStringLiteral("/cert.der");
    r = makeSelfSignedCertificate(fx, certFile,
                                  {"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-subj",
                                   "/O=Example Org/CN=Leaf Certificate", "-days", "30", "-set_serial",
                                   "0x1234ab"});
    CHECK_TOOL(r);
    r = fx.pkcs11Tool(label,
                      {"--write-object", certFile, "--type", "cert", "--id", "04", "--label", "leaf-cert"});
    CHECK_TOOL(r);

    OpenedToken o = openToken(label, {.readWrite = false, .loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));
    auto listed = listAllObjects(*o.session, o.token);
    CHECK_OK(listed);
    const QList<ObjectSummary>& objects = *listed;
    QCOMPARE(objects.size(), 7);

    const ObjectSummary* rsaPub = find(objects, CKO_PUBLIC_KEY, QStringLiteral("rsa-key"));
    const ObjectSummary* rsaPriv = find(objects, CKO_PRIVATE_KEY, QStringLiteral("rsa-key"));
    QVERIFY2(rsaPub && rsaPriv, qPrintable(describe(objects)));
    QCOMPARE(rsaPub->id, QByteArray::fromHex("01"));
    QCOMPARE(rsaPub->keyType, std::optional<CK_KEY_TYPE>(CKK_RSA));
    QCOMPARE(rsaPub->size, QStringLiteral("2048 bits"));
    QCOMPARE(rsaPriv->keyType, std::optional<CK_KEY_TYPE>(CKK_RSA));
    QCOMPARE(rsaPriv->size, QStringLiteral("2048 bits")); // from CKA_MODULUS length
    QCOMPARE(rsaPriv->isPrivate, std::optional<bool>(true));
    QCOMPARE(rsaPriv->sensitive, std::optional<bool>(true));
    QCOMPARE(rsaPriv->token, std::optional<bool>(true));
    QVERIFY(!rsaPriv->certificateType.has_value());
    QVERIFY(rsaPriv->uri.startsWith(QLatin1String("pkcs11:")));
    QVERIFY2(rsaPriv->uri.contains(QLatin1String("object=rsa-key")), qPrintable(rsaPriv->uri));

    const ObjectSummary* ecPub = find(objects, CKO_PUBLIC_KEY, QStringLiteral("ec-key"));
    const ObjectSummary* ecPriv = find(objects, CKO_PRIVATE_KEY, QStringLiteral("ec-key"));
    QVERIFY(ecPub && ecPriv);
    QCOMPARE(ecPub->keyType, std::optional<CK_KEY_TYPE>(CKK_EC));
    QCOMPARE(ecPub->size, QStringLiteral("P-256"));
    QCOMPARE(ecPriv->size, QStringLiteral("P-256"));
    QCOMPARE(ecPriv->id, QByteArray::fromHex("02"));
    QVERIFY(!ecPub->sensitive.has_value()); // public keys have no CKA_SENSITIVE

    const ObjectSummary* aes = find(objects, CKO_SECRET_KEY, QStringLiteral("aes-key"));
    QVERIFY(aes);
    QCOMPARE(aes->keyType, std::optional<CK_KEY_TYPE>(CKK_AES));
    QCOMPARE(aes->size, QStringLiteral("32 bytes"));
    QCOMPARE(aes->id, QByteArray::fromHex("03"));
    QVERIFY(aes->extractable.has_value());

    const ObjectSummary* data = find(objects, CKO_DATA, QStringLiteral("data-obj"));
    QVERIFY(data);
    QVERIFY(!data->keyType.has_value());
    QVERIFY(data->size.isEmpty());
    QVERIFY(data->id.isEmpty());
    QCOMPARE(data->modifiable, std::optional<bool>(true));

    const ObjectSummary* cert = find(objects, CKO_CERTIFICATE, QStringLiteral("leaf-cert"));
    QVERIFY(cert);
    QCOMPARE(cert->certificateType, std::optional<CK_CERTIFICATE_TYPE>(CKC_X_509));
    QCOMPARE(cert->id, QByteArray::fromHex("04"));
    QCOMPARE(cert->subject, QStringLiteral("CN=Leaf Certificate,O=Example Org"));
    QCOMPARE(cert->issuer, cert->subject);
    QCOMPARE(cert->serialNumber, QStringLiteral("1234ab"));
    QVERIFY(cert->notAfter.isValid());
    const qint64 days = QDate::currentDate().daysTo(cert->notAfter.date());
    QVERIFY2(days >= 29 && days <= 31, qPrintable(cert->notAfter.toString(Qt::ISODate)));
    QCOMPARE(cert->isPrivate, std::optional<bool>(false));
}

void TestObjects::oddLabelsAndIds() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Odd");
    QVERIFY2(!fx.initToken(label).isEmpty(), qPrintable(fx.lastError()));
    OpenedToken o = openToken(label, {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));

    const QByteArray notUtf8("bad\xff\xfe label");
    QByteArray longLabel;
    for (int i = 0; longLabel.size() < 1500; ++i)
        longLabel += QByteArray::number(i % 10);
    longLabel.truncate(1500);
    const QByteArray longId(200, '\x07'); // over the preallocated ID buffer too
    const QByteArray utf8Label = QString::fromUtf8("Schlüssel ключ").toUtf8();

    auto a = createSecretKey(*o.session, notUtf8, QByteArray::fromHex("0a"));
    CHECK_OK(a);
    auto b = createSecretKey(*o.session, longLabel, longId);
    CHECK_OK(b);
    auto c = createSecretKey(*o.session, QByteArray(), QByteArray());
    CHECK_OK(c);
    auto d = createDataObject(*o.session, utf8Label, false);
    CHECK_OK(d);

    auto listed = listAllObjects(*o.session, o.token);
    CHECK_OK(listed);
    QCOMPARE(listed->size(), 4);
    const auto byHandle = [&](CK_OBJECT_HANDLE h) -> const ObjectSummary* {
        for (const ObjectSummary& s : *listed) {
            if (s.handle == h)
                return &s;
        }
        return nullptr;
    };

    const ObjectSummary* bad = byHandle(*a);
    QVERIFY(bad);
    QCOMPARE(bad->labelBytes, notUtf8);
    QVERIFY(!bad->labelIsUtf8);
    QVERIFY2(bad->label.startsWith(QLatin1String("bad")) && bad->label.endsWith(QLatin1String(" label")),
             qPrintable(bad->label));
    QVERIFY(bad->label.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(!bad->uri.isEmpty());

    const ObjectSummary* longOne = byHandle(*b);
    QVERIFY(longOne);
    QCOMPARE(longOne->labelBytes, longLabel);
    QCOMPARE(longOne->label, QString::fromLatin1(longLabel));
    QVERIFY(longOne->labelIsUtf8);
    QCOMPARE(longOne->id, longId);
    QCOMPARE(longOne->size, QStringLiteral("16 bytes"));

    const ObjectSummary* empty = byHandle(*c);
    QVERIFY(empty);
    QVERIFY(empty->labelBytes.isEmpty());
    QVERIFY(empty->label.isEmpty());
    QVERIFY(empty->labelIsUtf8);
    QVERIFY(empty->id.isEmpty());
    QCOMPARE(empty->keyType, std::optional<CK_KEY_TYPE>(CKK_GENERIC_SECRET));
    QVERIFY(!empty->uri.isEmpty());

    const ObjectSummary* utf8 = byHandle(*d);
    QVERIFY(utf8);
    QCOMPARE(utf8->label, QString::fromUtf8("Schlüssel ключ"));
    QVERIFY(utf8->labelIsUtf8);
}

void TestObjects::publicObjectsWithoutLogin() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Visibility");
    QVERIFY2(!fx.initToken(label).isEmpty(), qPrintable(fx.lastError()));
    auto r =
        fx.pkcs11Tool(label, {"--keypairgen", "--key-type", "EC:secp384r1", "--label", "pair", "--id", "11"});
    CHECK_TOOL(r);

    OpenedToken o = openToken(label);
    QVERIFY2(o.ok(), qPrintable(o.error));
    {
        auto login = loginUser(*o.session);
        CHECK_OK(login);
        auto pub = createDataObject(*o.session, "public-data", false);
        CHECK_OK(pub);
        auto priv = createDataObject(*o.session, "private-data", true);
        CHECK_OK(priv);
        auto logout = o.session->logout();
        CHECK_OK(logout);
    }

    auto before = listAllObjects(*o.session, o.token);
    CHECK_OK(before);
    QVERIFY2(find(*before, CKO_PUBLIC_KEY, QStringLiteral("pair")), qPrintable(describe(*before)));
    QVERIFY(find(*before, CKO_DATA, QStringLiteral("public-data")));
    QVERIFY(!find(*before, CKO_PRIVATE_KEY, QStringLiteral("pair")));
    QVERIFY(!find(*before, CKO_DATA, QStringLiteral("private-data")));
    for (const ObjectSummary& s : *before)
        QCOMPARE(s.isPrivate, std::optional<bool>(false));
    QCOMPARE(find(*before, CKO_PUBLIC_KEY, QStringLiteral("pair"))->size, QStringLiteral("P-384"));

    auto login = loginUser(*o.session);
    CHECK_OK(login);
    auto after = listAllObjects(*o.session, o.token);
    CHECK_OK(after);
    QCOMPARE(after->size(), before->size() + 2);
    QVERIFY(find(*after, CKO_PRIVATE_KEY, QStringLiteral("pair")));
    QCOMPARE(find(*after, CKO_DATA, QStringLiteral("private-data"))->isPrivate, std::optional<bool>(true));
}

void TestObjects::batchesAndCancel() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Batches");
    QVERIFY2(!fx.initToken(label).isEmpty(), qPrintable(fx.lastError()));
    OpenedToken o = openToken(label, {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));
    for (int i = 0; i < 11; ++i) {
        auto h = createDataObject(*o.session, "item-" + QByteArray::number(i), i % 2 == 0);
        CHECK_OK(h);
    }

    ListOptions options;
    options.findBatch = 4;
    options.emitBatch = 3;
    QList<int> sizes;
    QStringList labels;
    auto count = listObjects(
        *o.session, o.token,
        [&](QList<ObjectSummary>&& batch) {
            sizes << int(batch.size());
            for (const ObjectSummary& s : batch)
                labels << s.label;
        },
        options);
    CHECK_OK(count);
    QCOMPARE(*count, 11);
    QCOMPARE(sizes, QList<int>({3, 3, 3, 2}));
    labels.sort();
    QCOMPARE(labels.size(), 11);
    QCOMPARE(labels.removeDuplicates(), 0);

    // Cancel after the first batch: the listing stops there.
    std::atomic_bool cancel = false;
    int calls = 0;
    auto cancelled = listObjects(
        *o.session, o.token,
        [&](QList<ObjectSummary>&&) {
            ++calls;
            cancel = true;
        },
        options, &cancel);
    CHECK_OK(cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(*cancelled, 3);

    // Cancelled before it starts: nothing is emitted.
    calls = 0;
    auto none = listObjects(
        *o.session, o.token, [&](QList<ObjectSummary>&&) { ++calls; }, options, &cancel);
    CHECK_OK(none);
    QCOMPARE(calls, 0);
    QCOMPARE(*none, 0);
}

void TestObjects::summarizeSingleObject() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const QString label = QStringLiteral("Single");
    QVERIFY2(!fx.initToken(label).isEmpty(), qPrintable(fx.lastError()));
    OpenedToken o = openToken(label, {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));
    auto h = createSecretKey(*o.session, "single", QByteArray::fromHex("beef"));
    CHECK_OK(h);
    auto s = summarizeObject(*o.session, o.token, *h);
    CHECK_OK(s);
    QCOMPARE(s->label, QStringLiteral("single"));
    QCOMPARE(s->id, QByteArray::fromHex("beef"));
    QCOMPARE(s->objectClass, CK_OBJECT_CLASS(CKO_SECRET_KEY));
    // A handle that does not exist is an error naming the CK_RV.
    auto missing = summarizeObject(*o.session, o.token, *h + 1000);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().isPkcs11());
}

void TestObjects::trustModuleCertificates() {
    auto module = Module::load(SoftHsmFixture::trustModulePath(), QStringLiteral("p11-kit-trust"));
    CHECK_OK(module);
    auto slotInfos = (*module)->slotList();
    CHECK_OK(slotInfos);
    int certificates = 0;
    int withSubject = 0;
    for (const SlotInfo& slot : *slotInfos) {
        if (!slot.token)
            continue;
        auto session = Session::open(*module, slot.id, false);
        CHECK_OK(session);
        auto listed = listAllObjects(*session, *slot.token);
        CHECK_OK(listed);
        for (const ObjectSummary& s : *listed) {
            if (s.objectClass != CKO_CERTIFICATE || s.certificateType != CKC_X_509)
                continue;
            ++certificates;
            if (!s.subject.isEmpty() && s.notAfter.isValid() && !s.serialNumber.isEmpty())
                ++withSubject;
        }
    }
    QVERIFY2(certificates >= 100, qPrintable(QString::number(certificates)));
    QCOMPARE(withSubject, certificates);
}

QTEST_GUILESS_MAIN(TestObjects)
#include "test_objects.moc"
