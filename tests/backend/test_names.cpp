// Names and hints of PKCS#11 constants, flag decoding and fixed-width text fields.
#include "Pkcs11Names.h"
#include "Result.h"

#include <QTest>
#include <cstring>

using namespace hsm;

class TestNames : public QObject {
    Q_OBJECT
private slots:
    void returnValueNames_data();
    void returnValueNames();
    void hintsForCommonCodes_data();
    void hintsForCommonCodes();
    void unknownAndVendorDefined();
    void constantsByName();
    void mechanismRoundTrip();
    void flags();
    void paddedText();
    void errorCarriesNameAndHint();
};

void TestNames::returnValueNames_data() {
    QTest::addColumn<quint64>("rv");
    QTest::addColumn<QString>("name");
    QTest::newRow("ok") << quint64(CKR_OK) << "CKR_OK";
    QTest::newRow("pin incorrect") << quint64(CKR_PIN_INCORRECT) << "CKR_PIN_INCORRECT";
    QTest::newRow("pin locked") << quint64(CKR_PIN_LOCKED) << "CKR_PIN_LOCKED";
    QTest::newRow("not logged in") << quint64(CKR_USER_NOT_LOGGED_IN) << "CKR_USER_NOT_LOGGED_IN";
    QTest::newRow("token not present") << quint64(CKR_TOKEN_NOT_PRESENT) << "CKR_TOKEN_NOT_PRESENT";
    QTest::newRow("sensitive") << quint64(CKR_ATTRIBUTE_SENSITIVE) << "CKR_ATTRIBUTE_SENSITIVE";
    QTest::newRow("function rejected") << quint64(CKR_FUNCTION_REJECTED) << "CKR_FUNCTION_REJECTED";
    QTest::newRow("pin too weak") << quint64(CKR_PIN_TOO_WEAK) << "CKR_PIN_TOO_WEAK";
    QTest::newRow("not initialized") << quint64(CKR_CRYPTOKI_NOT_INITIALIZED)
                                     << "CKR_CRYPTOKI_NOT_INITIALIZED";
}

void TestNames::returnValueNames() {
    QFETCH(quint64, rv);
    QFETCH(QString, name);
    QCOMPARE(names::rv(static_cast<CK_RV>(rv)), name);
}

void TestNames::hintsForCommonCodes_data() {
    QTest::addColumn<quint64>("rv");
    QTest::addColumn<QString>("word"); // a word the advice must contain, so each hint is specific
    QTest::newRow("pin incorrect") << quint64(CKR_PIN_INCORRECT) << "wrong";
    QTest::newRow("pin locked") << quint64(CKR_PIN_LOCKED) << "locked";
    QTest::newRow("not logged in") << quint64(CKR_USER_NOT_LOGGED_IN) << "log in";
    QTest::newRow("token not present") << quint64(CKR_TOKEN_NOT_PRESENT) << "Insert";
    QTest::newRow("device removed") << quint64(CKR_DEVICE_REMOVED) << "removed";
    QTest::newRow("session handle") << quint64(CKR_SESSION_HANDLE_INVALID) << "session";
    QTest::newRow("template inconsistent") << quint64(CKR_TEMPLATE_INCONSISTENT) << "contradict";
    QTest::newRow("attribute sensitive") << quint64(CKR_ATTRIBUTE_SENSITIVE) << "sensitive";
    QTest::newRow("attribute type invalid") << quint64(CKR_ATTRIBUTE_TYPE_INVALID) << "does not have";
    QTest::newRow("attribute value invalid") << quint64(CKR_ATTRIBUTE_VALUE_INVALID) << "value";
    QTest::newRow("mechanism invalid") << quint64(CKR_MECHANISM_INVALID) << "Mechanisms";
    QTest::newRow("key size range") << quint64(CKR_KEY_SIZE_RANGE) << "size";
    QTest::newRow("write protected") << quint64(CKR_TOKEN_WRITE_PROTECTED) << "read-only";
    QTest::newRow("general error") << quint64(CKR_GENERAL_ERROR) << "log";
    QTest::newRow("arguments bad") << quint64(CKR_ARGUMENTS_BAD) << "arguments";
    QTest::newRow("not supported") << quint64(CKR_FUNCTION_NOT_SUPPORTED) << "implement";
    QTest::newRow("not initialized") << quint64(CKR_CRYPTOKI_NOT_INITIALIZED) << "C_Initialize";
    QTest::newRow("pin len range") << quint64(CKR_PIN_LEN_RANGE) << "length";
}

void TestNames::hintsForCommonCodes() {
    QFETCH(quint64, rv);
    QFETCH(QString, word);
    const QString hint = names::rvHint(static_cast<CK_RV>(rv));
    QVERIFY2(hint.contains(word, Qt::CaseInsensitive), qPrintable(hint));
    // Not the catch-all text for unknown codes.
    QVERIFY(hint != names::rvHint(0x7777));
}

void TestNames::unknownAndVendorDefined() {
    QCOMPARE(names::rv(0x7777), QStringLiteral("CKR_0x7777"));
    QCOMPARE(names::rv(CKR_VENDOR_DEFINED | 0x42), QStringLiteral("CKR_VENDOR_DEFINED+0x42"));
    QVERIFY(!names::rvHint(CKR_VENDOR_DEFINED | 0x42).isEmpty());
    QVERIFY(names::rvHint(CKR_VENDOR_DEFINED | 0x42) != names::rvHint(0x7777));
    QCOMPARE(names::mechanism(CKM_VENDOR_DEFINED | 0x1), QStringLiteral("CKM_VENDOR_DEFINED+0x1"));
    QCOMPARE(names::attribute(CKA_VENDOR_DEFINED | 0x130), QStringLiteral("CKA_VENDOR_DEFINED+0x130"));
    QCOMPARE(names::objectClass(CKO_VENDOR_DEFINED | 3), QStringLiteral("CKO_VENDOR_DEFINED+0x3"));
    QCOMPARE(names::keyType(CKK_VENDOR_DEFINED | 0x10), QStringLiteral("CKK_VENDOR_DEFINED+0x10"));
    QCOMPARE(names::certificateType(0x55), QStringLiteral("CKC_0x55"));
    QCOMPARE(names::userType(7), QStringLiteral("CKU_0x7"));
    QCOMPARE(names::hwFeatureType(CKH_VENDOR_DEFINED | 0xabc), QStringLiteral("CKH_VENDOR_DEFINED+0xabc"));
    QCOMPARE(names::mechanism(0x7fff0000UL), QStringLiteral("CKM_0x7fff0000"));
}

void TestNames::constantsByName() {
    QCOMPARE(names::mechanism(CKM_SHA256_RSA_PKCS), QStringLiteral("CKM_SHA256_RSA_PKCS"));
    // Aliases share a value; the current name is shown.
    QCOMPARE(names::mechanism(CKM_EC_KEY_PAIR_GEN), QStringLiteral("CKM_EC_KEY_PAIR_GEN"));
    QCOMPARE(names::mechanism(CKM_EDDSA), QStringLiteral("CKM_EDDSA"));
    QCOMPARE(names::attribute(CKA_EC_PARAMS), QStringLiteral("CKA_EC_PARAMS"));
    QCOMPARE(names::attribute(CKA_ALLOWED_MECHANISMS), QStringLiteral("CKA_ALLOWED_MECHANISMS"));
    QCOMPARE(names::attribute(CKA_WRAP_TEMPLATE), QStringLiteral("CKA_WRAP_TEMPLATE"));
    QCOMPARE(names::objectClass(CKO_PRIVATE_KEY), QStringLiteral("CKO_PRIVATE_KEY"));
    QCOMPARE(names::keyType(CKK_EC), QStringLiteral("CKK_EC"));
    QCOMPARE(names::keyType(CKK_EC_EDWARDS), QStringLiteral("CKK_EC_EDWARDS"));
    QCOMPARE(names::certificateType(CKC_X_509), QStringLiteral("CKC_X_509"));
    QCOMPARE(names::certificateType(CKC_OPENPGP), QStringLiteral("CKC_OPENPGP"));
    QCOMPARE(names::userType(CKU_SO), QStringLiteral("CKU_SO"));
    QCOMPARE(names::userType(CKU_CONTEXT_SPECIFIC), QStringLiteral("CKU_CONTEXT_SPECIFIC"));
    QCOMPARE(names::hwFeatureType(CKH_CLOCK), QStringLiteral("CKH_CLOCK"));
}

void TestNames::mechanismRoundTrip() {
    QCOMPARE(names::mechanismFromName(QStringLiteral("CKM_AES_GCM")),
             std::optional<CK_MECHANISM_TYPE>(CKM_AES_GCM));
    QCOMPARE(names::mechanismFromName(QStringLiteral("CKM_ECDSA_KEY_PAIR_GEN")),
             std::optional<CK_MECHANISM_TYPE>(CKM_EC_KEY_PAIR_GEN));
    QVERIFY(!names::mechanismFromName(QStringLiteral("CKM_NO_SUCH_THING")).has_value());
    for (const CK_MECHANISM_TYPE m :
         {CK_MECHANISM_TYPE(CKM_RSA_PKCS_OAEP), CK_MECHANISM_TYPE(CKM_VENDOR_DEFINED | 0x99),
          CK_MECHANISM_TYPE(0x7abcUL)})
        QCOMPARE(names::mechanismFromName(names::mechanism(m)), std::optional<CK_MECHANISM_TYPE>(m));
}

void TestNames::flags() {
    QCOMPARE(names::slotFlags(CKF_TOKEN_PRESENT | CKF_HW_SLOT),
             QStringList({QStringLiteral("CKF_TOKEN_PRESENT"), QStringLiteral("CKF_HW_SLOT")}));
    const QStringList token = names::tokenFlags(CKF_RNG | CKF_LOGIN_REQUIRED | CKF_USER_PIN_COUNT_LOW |
                                                CKF_SO_PIN_LOCKED | CKF_TOKEN_INITIALIZED);
    QCOMPARE(token,
             QStringList({QStringLiteral("CKF_RNG"), QStringLiteral("CKF_LOGIN_REQUIRED"),
                          QStringLiteral("CKF_TOKEN_INITIALIZED"), QStringLiteral("CKF_USER_PIN_COUNT_LOW"),
                          QStringLiteral("CKF_SO_PIN_LOCKED")}));
    QCOMPARE(names::mechanismFlags(CKF_SIGN | CKF_VERIFY | CKF_EC_NAMEDCURVE),
             QStringList({QStringLiteral("CKF_SIGN"), QStringLiteral("CKF_VERIFY"),
                          QStringLiteral("CKF_EC_NAMEDCURVE")}));
    // Unnamed bits are shown, not dropped.
    QCOMPARE(names::slotFlags(CKF_TOKEN_PRESENT | 0x100),
             QStringList({QStringLiteral("CKF_TOKEN_PRESENT"), QStringLiteral("0x100")}));
    QVERIFY(names::tokenFlags(0).isEmpty());
}

void TestNames::paddedText() {
    const unsigned char label[32] = {'M', 'y', ' ', 't', 'o', 'k', 'e', 'n', ' ', ' ', ' ',
                                     ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                     ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    QCOMPARE(names::paddedText(label, sizeof label), QStringLiteral("My token"));
    // UTF-8 is decoded; NUL padding is trimmed like blanks.
    unsigned char utf8[16] = {};
    const char* text = "Schl\xc3\xbcssel";
    std::memcpy(utf8, text, std::strlen(text));
    QCOMPARE(names::paddedText(utf8, sizeof utf8), QString::fromUtf8("Schlüssel"));
    unsigned char blanks[8];
    std::memset(blanks, ' ', sizeof blanks);
    QCOMPARE(names::paddedText(blanks, sizeof blanks), QString());
    QCOMPARE(names::paddedText(nullptr, 0), QString());
    // Leading blanks are content.
    const unsigned char lead[4] = {' ', 'a', ' ', ' '};
    QCOMPARE(names::paddedText(lead, sizeof lead), QStringLiteral(" a"));
    QCOMPARE(names::version(CK_VERSION{2, 40}), QStringLiteral("2.40"));
}

void TestNames::errorCarriesNameAndHint() {
    const Error e = Error::fromRv(QStringLiteral("C_Login"), CKR_PIN_INCORRECT);
    QVERIFY2(e.message.startsWith(QLatin1String("CKR_PIN_INCORRECT")), qPrintable(e.message));
    QCOMPARE(e.hint, names::rvHint(CKR_PIN_INCORRECT));
    QVERIFY(e.text().contains(QLatin1String("C_Login")));
}

QTEST_GUILESS_MAIN(TestNames)
#include "test_names.moc"
