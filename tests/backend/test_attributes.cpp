// Full attribute reads for the inspector against real SoftHSM2 objects, and the display decoding.
#include "AttributeReader.h"
#include "Module.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QTest>
#include <cstring>

using namespace hsm;
using namespace tokentest;

namespace {

const AttributeValue* attr(const QList<AttributeValue>& values, CK_ATTRIBUTE_TYPE type) {
    for (const AttributeValue& v : values) {
        if (v.type == type)
            return &v;
    }
    return nullptr;
}

QString dump(const QList<AttributeValue>& values) {
    QStringList lines;
    for (const AttributeValue& v : values)
        lines << v.name + QStringLiteral(" = ") + v.display;
    return lines.join(QLatin1Char('\n'));
}

QByteArray ulongBytes(CK_ULONG v) {
    return QByteArray(reinterpret_cast<const char*>(&v), sizeof v);
}

} // namespace

#define DISPLAY(values, type)                                                                                \
    [&]() -> QString {                                                                                       \
        const AttributeValue* a_ = attr(values, type);                                                       \
        return a_ ? a_->display : QStringLiteral("<missing>");                                               \
    }()

class TestAttributes : public QObject {
    Q_OBJECT
private slots:
    void rsaKeysModulusAndSensitiveMaterial();
    void ecKeyCurveAndBooleans();
    void certificateNamesAndValue();
    void secretKeysAllowedMechanismsAndWithheldValue();
    void dataObjectLabelDatesAndMissingAttributes();
    void formatting();
};

void TestAttributes::rsaKeysModulusAndSensitiveMaterial() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY2(!fx.initToken(QStringLiteral("Rsa")).isEmpty(), qPrintable(fx.lastError()));
    auto r = fx.pkcs11Tool(QStringLiteral("Rsa"), {"--keypairgen", "--key-type", "rsa:2048", "--label", "rsa",
                                                   "--id", "a1", "--sensitive"});
    CHECK_TOOL(r);
    OpenedToken o = openToken(QStringLiteral("Rsa"), {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));

    const auto pubHandle = findObject(*o.session, CKO_PUBLIC_KEY, "rsa");
    const auto privHandle = findObject(*o.session, CKO_PRIVATE_KEY, "rsa");
    QVERIFY(pubHandle && privHandle);

    auto pub = readAllAttributes(*o.session, *pubHandle);
    CHECK_OK(pub);
    QCOMPARE(DISPLAY(*pub, CKA_CLASS), QStringLiteral("CKO_PUBLIC_KEY"));
    QCOMPARE(DISPLAY(*pub, CKA_KEY_TYPE), QStringLiteral("CKK_RSA"));
    QCOMPARE(DISPLAY(*pub, CKA_MODULUS_BITS), QStringLiteral("2048"));
    QCOMPARE(DISPLAY(*pub, CKA_PUBLIC_EXPONENT), QStringLiteral("010001"));
    QCOMPARE(DISPLAY(*pub, CKA_KEY_GEN_MECHANISM), QStringLiteral("CKM_RSA_PKCS_KEY_PAIR_GEN"));
    const AttributeValue* modulus = attr(*pub, CKA_MODULUS);
    QVERIFY(modulus);
    QCOMPARE(modulus->raw.size(), 256);
    QCOMPARE(modulus->display, QString::fromLatin1(modulus->raw.toHex()));
    QCOMPARE(DISPLAY(*pub, CKA_ID), QStringLiteral("a1"));
    QCOMPARE(DISPLAY(*pub, CKA_TOKEN), QStringLiteral("true"));
    QVERIFY(!attr(*pub, CKA_PRIVATE_EXPONENT));

    auto priv = readAllAttributes(*o.session, *privHandle);
    CHECK_OK(priv);
    QCOMPARE(DISPLAY(*priv, CKA_SENSITIVE), QStringLiteral("true"));
    QCOMPARE(DISPLAY(*priv, CKA_PRIVATE), QStringLiteral("true"));
    QCOMPARE(attr(*priv, CKA_MODULUS)->raw, modulus->raw);
    for (CK_ATTRIBUTE_TYPE t :
         {CKA_PRIVATE_EXPONENT, CKA_PRIME_1, CKA_PRIME_2, CKA_EXPONENT_1, CKA_EXPONENT_2, CKA_COEFFICIENT}) {
        const AttributeValue* a = attr(*priv, t);
        QVERIFY2(a, qPrintable(dump(*priv)));
        QCOMPARE(a->state, AttributeValue::State::Sensitive);
        QCOMPARE(a->display, QStringLiteral("sensitive"));
        QVERIFY(a->raw.isEmpty());
    }
    QVERIFY(!attr(*priv, CKA_EC_PARAMS));
}

void TestAttributes::ecKeyCurveAndBooleans() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY2(!fx.initToken(QStringLiteral("Ec")).isEmpty(), qPrintable(fx.lastError()));
    auto r = fx.pkcs11Tool(QStringLiteral("Ec"),
                           {"--keypairgen", "--key-type", "EC:secp384r1", "--label", "ec", "--usage-sign"});
    CHECK_TOOL(r);
    OpenedToken o = openToken(QStringLiteral("Ec"), {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const auto pubHandle = findObject(*o.session, CKO_PUBLIC_KEY, "ec");
    const auto privHandle = findObject(*o.session, CKO_PRIVATE_KEY, "ec");
    QVERIFY(pubHandle && privHandle);

    auto pub = readAllAttributes(*o.session, *pubHandle);
    CHECK_OK(pub);
    QCOMPARE(DISPLAY(*pub, CKA_EC_PARAMS), QStringLiteral("P-384"));
    QCOMPARE(DISPLAY(*pub, CKA_KEY_TYPE), QStringLiteral("CKK_EC"));
    QCOMPARE(DISPLAY(*pub, CKA_VERIFY), QStringLiteral("true"));
    QCOMPARE(DISPLAY(*pub, CKA_PRIVATE), QStringLiteral("false"));
    QCOMPARE(DISPLAY(*pub, CKA_KEY_GEN_MECHANISM), QStringLiteral("CKM_EC_KEY_PAIR_GEN"));
    const AttributeValue* point = attr(*pub, CKA_EC_POINT);
    QVERIFY(point);
    QVERIFY(point->raw.size() >= 97);
    QCOMPARE(point->display, QString::fromLatin1(point->raw.toHex()));

    auto priv = readAllAttributes(*o.session, *privHandle);
    CHECK_OK(priv);
    QCOMPARE(DISPLAY(*priv, CKA_EC_PARAMS), QStringLiteral("P-384"));
    QCOMPARE(DISPLAY(*priv, CKA_SIGN), QStringLiteral("true"));
    QCOMPARE(DISPLAY(*priv, CKA_LOCAL), QStringLiteral("true"));
    // pkcs11-tool makes private keys sensitive by default: the value is refused by the token.
    const AttributeValue* value = attr(*priv, CKA_VALUE);
    QVERIFY2(value, qPrintable(dump(*priv)));
    QCOMPARE(value->state, AttributeValue::State::Sensitive);
    QCOMPARE(value->display, QStringLiteral("sensitive"));
}

void TestAttributes::certificateNamesAndValue() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY2(!fx.initToken(QStringLiteral("Cert")).isEmpty(), qPrintable(fx.lastError()));
    const QString certFile = fx.dir() + QStringLiteral("/c.der");
    auto r = makeSelfSignedCertificate(fx, certFile,
                                       {"-newkey", "rsa:2048", "-subj", "/C=DE/O=Grüne Bank/CN=Zertifikat",
                                        "-utf8", "-days", "10", "-set_serial", "77"});
    CHECK_TOOL(r);
    r = fx.pkcs11Tool(QStringLiteral("Cert"),
                      {"--write-object", certFile, "--type", "cert", "--label", "c1", "--id", "c1"});
    CHECK_TOOL(r);
    QFile der(certFile);
    QVERIFY(der.open(QIODevice::ReadOnly));
    const QByteArray derBytes = der.readAll();

    OpenedToken o = openToken(QStringLiteral("Cert"), {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));
    const auto handle = findObject(*o.session, CKO_CERTIFICATE, "c1");
    QVERIFY(handle);
    auto values = readAllAttributes(*o.session, *handle);
    CHECK_OK(values);
    const QString name = QString::fromUtf8("CN=Zertifikat,O=Grüne Bank,C=DE");
    QCOMPARE(DISPLAY(*values, CKA_SUBJECT), name);
    QCOMPARE(DISPLAY(*values, CKA_CERTIFICATE_TYPE), QStringLiteral("CKC_X_509"));
    QCOMPARE(DISPLAY(*values, CKA_CLASS), QStringLiteral("CKO_CERTIFICATE"));
    const AttributeValue* value = attr(*values, CKA_VALUE);
    QVERIFY2(value, qPrintable(dump(*values)));
    QCOMPARE(value->state, AttributeValue::State::Present);
    QCOMPARE(value->raw, derBytes);
    QCOMPARE(value->display, QStringLiteral("DER certificate, %1 bytes").arg(derBytes.size()));
    // pkcs11-tool fills issuer and serial from the certificate when it can; when present, decoded.
    if (const AttributeValue* issuer = attr(*values, CKA_ISSUER); issuer && !issuer->raw.isEmpty())
        QCOMPARE(issuer->display, name);
    QCOMPARE(DISPLAY(*values, CKA_CERTIFICATE_CATEGORY), QStringLiteral("unspecified"));
    QVERIFY(!attr(*values, CKA_KEY_TYPE));
    QVERIFY(!attr(*values, CKA_MODULUS));
}

void TestAttributes::secretKeysAllowedMechanismsAndWithheldValue() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY2(!fx.initToken(QStringLiteral("Secret")).isEmpty(), qPrintable(fx.lastError()));
    OpenedToken o = openToken(QStringLiteral("Secret"), {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));

    // AES key through C_GenerateKey: not sensitive, extractable, two allowed mechanisms.
    CK_MECHANISM mech{CKM_AES_KEY_GEN, nullptr, 0};
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    CK_ULONG len = 32;
    CK_MECHANISM_TYPE allowed[] = {CKM_AES_CBC_PAD, CKM_AES_GCM};
    char label[] = "open-aes";
    CK_ATTRIBUTE templ[] = {
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &yes, sizeof yes},
        {CKA_SENSITIVE, &no, sizeof no},
        {CKA_EXTRACTABLE, &yes, sizeof yes},
        {CKA_VALUE_LEN, &len, sizeof len},
        {CKA_LABEL, label, sizeof label - 1},
        {CKA_ALLOWED_MECHANISMS, allowed, sizeof allowed},
    };
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    const CK_RV rv = P11_CALL(o.session->module(), C_GenerateKey, o.session->target(), o.session->handle(),
                              &mech, templ, static_cast<CK_ULONG>(std::size(templ)), &key);
    QCOMPARE(rv, CK_RV(CKR_OK));

    auto values = readAllAttributes(*o.session, key);
    CHECK_OK(values);
    QCOMPARE(DISPLAY(*values, CKA_ALLOWED_MECHANISMS), QStringLiteral("CKM_AES_CBC_PAD, CKM_AES_GCM"));
    QCOMPARE(DISPLAY(*values, CKA_KEY_TYPE), QStringLiteral("CKK_AES"));
    QCOMPARE(DISPLAY(*values, CKA_VALUE_LEN), QStringLiteral("32"));
    QCOMPARE(DISPLAY(*values, CKA_SENSITIVE), QStringLiteral("false"));
    QCOMPARE(DISPLAY(*values, CKA_KEY_GEN_MECHANISM), QStringLiteral("CKM_AES_KEY_GEN"));
    // Readable by the token's rules, still never fetched: only its length is shown.
    const AttributeValue* value = attr(*values, CKA_VALUE);
    QVERIFY2(value, qPrintable(dump(*values)));
    QCOMPARE(value->state, AttributeValue::State::Unavailable);
    QCOMPARE(value->display, QStringLiteral("withheld (32 bytes)"));
    QVERIFY(value->raw.isEmpty());
    const AttributeValue* check = attr(*values, CKA_CHECK_VALUE);
    QVERIFY(check);
    QCOMPARE(check->raw.size(), 3);
    QCOMPARE(check->display, QString::fromLatin1(check->raw.toHex()));

    // pkcs11-tool's AES key is sensitive: shown as such, not as an error.
    auto r =
        fx.pkcs11Tool(QStringLiteral("Secret"), {"--keygen", "--key-type", "AES:16", "--label", "closed-aes",
                                                 "--sensitive", "--allowed-mechanisms", "AES-ECB,AES-CBC"});
    CHECK_TOOL(r);
    const auto closed = findObject(*o.session, CKO_SECRET_KEY, "closed-aes");
    QVERIFY(closed);
    auto closedValues = readAllAttributes(*o.session, *closed);
    CHECK_OK(closedValues);
    const AttributeValue* closedValue = attr(*closedValues, CKA_VALUE);
    QVERIFY2(closedValue, qPrintable(dump(*closedValues)));
    QCOMPARE(closedValue->state, AttributeValue::State::Sensitive);
    QCOMPARE(closedValue->display, QStringLiteral("sensitive"));
    QCOMPARE(DISPLAY(*closedValues, CKA_ALLOWED_MECHANISMS), QStringLiteral("CKM_AES_ECB, CKM_AES_CBC"));
}

void TestAttributes::dataObjectLabelDatesAndMissingAttributes() {
    SoftHsmFixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    QVERIFY2(!fx.initToken(QStringLiteral("Data")).isEmpty(), qPrintable(fx.lastError()));
    OpenedToken o = openToken(QStringLiteral("Data"), {.loginUser = true});
    QVERIFY2(o.ok(), qPrintable(o.error));

    CK_OBJECT_CLASS dataClass = CKO_DATA;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    QByteArray label("caf\xe9-bytes"); // Latin-1, not UTF-8
    QByteArray app("Prüfung");
    QByteArray value("\x00\x01\x02", 3);
    CK_ATTRIBUTE dataTempl[] = {
        {CKA_CLASS, &dataClass, sizeof dataClass},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &no, sizeof no},
        {CKA_LABEL, label.data(), static_cast<CK_ULONG>(label.size())},
        {CKA_APPLICATION, app.data(), static_cast<CK_ULONG>(app.size())},
        {CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())},
    };
    auto data = createObject(*o.session, dataTempl);
    CHECK_OK(data);
    auto values = readAllAttributes(*o.session, *data);
    CHECK_OK(values);
    const QString labelText = DISPLAY(*values, CKA_LABEL);
    QVERIFY2(labelText.startsWith(QLatin1String("caf")) &&
                 labelText.contains(QLatin1String("636166e92d6279746573")),
             qPrintable(labelText));
    QCOMPARE(DISPLAY(*values, CKA_APPLICATION), QString::fromUtf8("Prüfung"));
    QCOMPARE(DISPLAY(*values, CKA_VALUE), QStringLiteral("000102")); // data, not a certificate: hex
    QCOMPARE(DISPLAY(*values, CKA_PRIVATE), QStringLiteral("false"));
    // A data object has none of the key or certificate attributes: omitted, not errors.
    for (CK_ATTRIBUTE_TYPE t :
         {CKA_KEY_TYPE, CKA_MODULUS, CKA_EC_PARAMS, CKA_SUBJECT, CKA_SENSITIVE, CKA_START_DATE})
        QVERIFY2(!attr(*values, t), qPrintable(dump(*values)));
    for (const AttributeValue& v : *values)
        QCOMPARE(v.state, AttributeValue::State::Present);

    // Dates on a key: one set, one left empty.
    CK_OBJECT_CLASS secretClass = CKO_SECRET_KEY;
    CK_KEY_TYPE generic = CKK_GENERIC_SECRET;
    CK_DATE start;
    std::memcpy(start.year, "2025", 4);
    std::memcpy(start.month, "01", 2);
    std::memcpy(start.day, "31", 2);
    QByteArray secret(20, '\x11');
    CK_ATTRIBUTE keyTempl[] = {
        {CKA_CLASS, &secretClass, sizeof secretClass},
        {CKA_KEY_TYPE, &generic, sizeof generic},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &no, sizeof no},
        {CKA_SENSITIVE, &yes, sizeof yes},
        {CKA_START_DATE, &start, sizeof start},
        {CKA_VALUE, secret.data(), static_cast<CK_ULONG>(secret.size())},
    };
    auto key = createObject(*o.session, keyTempl);
    CHECK_OK(key);
    auto keyValues = readAllAttributes(*o.session, *key);
    CHECK_OK(keyValues);
    QCOMPARE(DISPLAY(*keyValues, CKA_START_DATE), QStringLiteral("2025-01-31"));
    QCOMPARE(DISPLAY(*keyValues, CKA_END_DATE), QStringLiteral("(empty)"));
    QCOMPARE(DISPLAY(*keyValues, CKA_LABEL), QStringLiteral("(empty)"));
    QCOMPARE(DISPLAY(*keyValues, CKA_KEY_GEN_MECHANISM), QStringLiteral("(none)"));
    QCOMPARE(attr(*keyValues, CKA_VALUE)->state, AttributeValue::State::Sensitive);

    // SoftHSM2 cannot read back a date of a private object and fails the whole batch with
    // CKR_GENERAL_ERROR; the inspector still shows every other attribute.
    CK_ATTRIBUTE privateTempl[] = {
        {CKA_CLASS, &secretClass, sizeof secretClass},
        {CKA_KEY_TYPE, &generic, sizeof generic},
        {CKA_TOKEN, &yes, sizeof yes},
        {CKA_PRIVATE, &yes, sizeof yes},
        {CKA_SENSITIVE, &yes, sizeof yes},
        {CKA_START_DATE, &start, sizeof start},
        {CKA_VALUE, secret.data(), static_cast<CK_ULONG>(secret.size())},
    };
    auto privateKey = createObject(*o.session, privateTempl);
    CHECK_OK(privateKey);
    auto privateValues = readAllAttributes(*o.session, *privateKey);
    CHECK_OK(privateValues);
    QCOMPARE(DISPLAY(*privateValues, CKA_KEY_TYPE), QStringLiteral("CKK_GENERIC_SECRET"));
    QCOMPARE(DISPLAY(*privateValues, CKA_PRIVATE), QStringLiteral("true"));
    QCOMPARE(attr(*privateValues, CKA_VALUE)->state, AttributeValue::State::Sensitive);
    const AttributeValue* date = attr(*privateValues, CKA_START_DATE);
    QVERIFY2(date, qPrintable(dump(*privateValues)));
    QVERIFY2(date->display == QLatin1String("2025-01-31") ||
                 (date->state == AttributeValue::State::Unavailable &&
                  date->display == QLatin1String("unreadable (CKR_GENERAL_ERROR)")),
             qPrintable(date->display));
}

void TestAttributes::formatting() {
    QCOMPARE(formatAttribute(CKA_TOKEN, QByteArray(1, '\1')), QStringLiteral("true"));
    QCOMPARE(formatAttribute(CKA_TOKEN, QByteArray(1, '\0')), QStringLiteral("false"));
    QCOMPARE(formatAttribute(CKA_CLASS, ulongBytes(CKO_SECRET_KEY)), QStringLiteral("CKO_SECRET_KEY"));
    QCOMPARE(formatAttribute(CKA_KEY_TYPE, ulongBytes(CKK_EC_EDWARDS)), QStringLiteral("CKK_EC_EDWARDS"));
    QCOMPARE(formatAttribute(CKA_CERTIFICATE_TYPE, ulongBytes(CKC_X_509_ATTR_CERT)),
             QStringLiteral("CKC_X_509_ATTR_CERT"));
    QCOMPARE(formatAttribute(CKA_KEY_GEN_MECHANISM, ulongBytes(CKM_VENDOR_DEFINED | 5)),
             QStringLiteral("CKM_VENDOR_DEFINED+0x5"));
    QCOMPARE(formatAttribute(CKA_MODULUS_BITS, ulongBytes(4096)), QStringLiteral("4096"));
    QCOMPARE(formatAttribute(CKA_START_DATE, QByteArray("20240229")), QStringLiteral("2024-02-29"));
    QCOMPARE(formatAttribute(CKA_START_DATE, QByteArray()), QStringLiteral("(empty)"));
    QCOMPARE(formatAttribute(CKA_START_DATE, QByteArray(8, '\0')), QStringLiteral("(empty)"));
    QVERIFY(formatAttribute(CKA_START_DATE, QByteArray("2024xx29")).contains(QLatin1String("invalid")));
    QCOMPARE(formatAttribute(CKA_SERIAL_NUMBER, QByteArray::fromHex("02021234")), QStringLiteral("02021234"));
    QCOMPARE(formatAttribute(CKA_CHECK_VALUE, QByteArray::fromHex("a1b2c3")), QStringLiteral("a1b2c3"));
    QCOMPARE(formatAttribute(CKA_ID, QByteArray()), QStringLiteral("(empty)"));
    // EC parameters: named curves by their common names, Edwards curves by OID or printable string.
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06082a8648ce3d030107")),
             QStringLiteral("P-256"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06052b81040023")), QStringLiteral("P-521"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06052b8104000a")),
             QStringLiteral("secp256k1"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06092b2403030208010107")),
             QStringLiteral("brainpoolP256r1"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06032b6570")), QStringLiteral("Ed25519"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06032b6571")), QStringLiteral("Ed448"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("130c656477617264733235353139")),
             QStringLiteral("Ed25519"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("06052a03040506")),
             QStringLiteral("1.2.3.4.5.6"));
    QCOMPARE(formatAttribute(CKA_EC_PARAMS, QByteArray::fromHex("ffff")), QStringLiteral("ffff"));
    // Mechanism lists.
    QByteArray list = ulongBytes(CKM_SHA256_RSA_PKCS) + ulongBytes(CKM_ECDSA_SHA384);
    QCOMPARE(formatAttribute(CKA_ALLOWED_MECHANISMS, list),
             QStringLiteral("CKM_SHA256_RSA_PKCS, CKM_ECDSA_SHA384"));
    QCOMPARE(formatAttribute(CKA_ALLOWED_MECHANISMS, QByteArray()), QStringLiteral("(empty)"));
    // UTF-8 text; invalid bytes also shown in hex.
    QCOMPARE(formatAttribute(CKA_LABEL, QString::fromUtf8("ключ").toUtf8()), QString::fromUtf8("ключ"));
    const QString bad = formatAttribute(CKA_LABEL, QByteArray("a\xff"));
    QVERIFY2(bad.contains(QLatin1String("61ff")), qPrintable(bad));
    // A DER name that does not parse falls back to hex.
    QCOMPARE(formatAttribute(CKA_SUBJECT, QByteArray::fromHex("3003")), QStringLiteral("3003"));
    // Vendor attributes are shown as bytes.
    QCOMPARE(formatAttribute(CKA_VENDOR_DEFINED | 1, QByteArray::fromHex("0102")), QStringLiteral("0102"));
}

QTEST_GUILESS_MAIN(TestAttributes)
#include "test_attributes.moc"
