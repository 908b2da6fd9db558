// Key specs without generating: type and hex parsing, templates and their preview, capabilities and
// size checks against SoftHSM2's real mechanism list, key identifiers, template error suspects.
#include "KeyGenerator.h"
#include "KeySpec.h"
#include "KeygenKeyId.h"
#include "KeygenTemplateErrors.h"
#include "Pkcs11Names.h"
#include "TokenHelpers.h"

#include <QtTest>
#include <cstring>

using namespace hsm;
using namespace hsm::keygen;

namespace {

CK_ULONG ulongOf(const TemplateAttribute* a) {
    CK_ULONG v = 0;
    if (a != nullptr && a->value.size() == sizeof v)
        std::memcpy(&v, a->value.constData(), sizeof v);
    return v;
}

bool boolOf(const TemplateAttribute* a) {
    return a != nullptr && a->value.size() == 1 && a->value.at(0) != 0;
}

MechanismInfo mech(CK_MECHANISM_TYPE type, CK_ULONG min, CK_ULONG max, CK_FLAGS flags) {
    MechanismInfo m;
    m.type = type;
    m.minKeySize = min;
    m.maxKeySize = max;
    m.flags = flags;
    return m;
}

} // namespace

class TestKeySpec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        QVERIFY2(!m_fixture.initToken(QStringLiteral("caps")).isEmpty(), qPrintable(m_fixture.lastError()));
        tokentest::OpenedToken opened = tokentest::openToken(QStringLiteral("caps"));
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        Result<QList<MechanismInfo>> list = opened.module->mechanisms(opened.session->slot());
        CHECK_OK(list);
        m_softhsm = list.value();
    }

    void parseTypes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qulonglong>("size");
        QTest::addColumn<QString>("curve");
        QTest::newRow("rsa") << "rsa:3072" << true << int(KeyKind::Rsa) << 3072ULL << "";
        QTest::newRow("rsa upper") << "RSA:2048" << true << int(KeyKind::Rsa) << 2048ULL << "";
        QTest::newRow("ec p256") << "ec:P-256" << true << int(KeyKind::Ec) << 0ULL << "P-256";
        QTest::newRow("ec k1") << "ec:secp256k1" << true << int(KeyKind::Ec) << 0ULL << "secp256k1";
        QTest::newRow("ed25519") << "ed25519" << true << int(KeyKind::Ed25519) << 0ULL << "";
        QTest::newRow("aes") << "aes:192" << true << int(KeyKind::Aes) << 192ULL << "";
        QTest::newRow("generic") << "generic:40" << true << int(KeyKind::GenericSecret) << 40ULL << "";
        QTest::newRow("hmac256") << "hmac-sha256:32" << true << int(KeyKind::HmacSha256) << 32ULL << "";
        QTest::newRow("hmac384") << "hmac-sha384:48" << true << int(KeyKind::HmacSha384) << 48ULL << "";
        QTest::newRow("hmac512") << "hmac-sha512:64" << true << int(KeyKind::HmacSha512) << 64ULL << "";
        QTest::newRow("unknown") << "dsa:1024" << false << 0 << 0ULL << "";
        QTest::newRow("no size") << "rsa" << false << 0 << 0ULL << "";
        QTest::newRow("bad size") << "rsa:big" << false << 0 << 0ULL << "";
        QTest::newRow("zero") << "generic:0" << false << 0 << 0ULL << "";
        QTest::newRow("aes 100") << "aes:100" << false << 0 << 0ULL << "";
        QTest::newRow("bad curve") << "ec:P-999" << false << 0 << 0ULL << "";
        QTest::newRow("ed size") << "ed25519:256" << false << 0 << 0ULL << "";
    }
    void parseTypes() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const Result<KeySpec> spec = parseKeyType(text);
        QCOMPARE(spec.ok(), ok);
        if (!ok) {
            QVERIFY(!spec.error().message.isEmpty());
            QVERIFY(spec.error().hint.contains(QLatin1String("rsa:BITS")));
            return;
        }
        QFETCH(int, kind);
        QFETCH(qulonglong, size);
        QFETCH(QString, curve);
        QCOMPARE(int(spec->kind), kind);
        if (spec->kind == KeyKind::Rsa || spec->kind == KeyKind::Aes)
            QCOMPARE(qulonglong(spec->bits), size);
        else if (size != 0)
            QCOMPARE(qulonglong(spec->bytes), size);
        QCOMPARE(spec->curve, curve.isEmpty() && spec->kind != KeyKind::Ec ? QString() : curve);
        // keyTypeText is the inverse.
        QCOMPARE(keyTypeText(spec.value()).toLower(), text.toLower());
    }

    void defaults() {
        const KeySpec rsa = KeySpec::defaults(KeyKind::Rsa);
        QVERIFY(rsa.token && rsa.isPrivate && rsa.sensitive && !rsa.extractable);
        QVERIFY(rsa.usage.sign && rsa.usage.verify && rsa.usage.encrypt && rsa.usage.decrypt);
        const KeySpec aes = KeySpec::defaults(KeyKind::Aes);
        QVERIFY(aes.usage.encrypt && aes.usage.decrypt && !aes.usage.sign);
        const KeySpec hmac = KeySpec::defaults(KeyKind::HmacSha384);
        QVERIFY(hmac.usage.sign && hmac.usage.verify && !hmac.usage.encrypt);
        QCOMPARE(hmac.bytes, CK_ULONG(48));
        QVERIFY(isKeyPair(KeyKind::Ed25519) && !isKeyPair(KeyKind::HmacSha256));
    }

    void hexIds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << "a1b2" << true << QByteArray("\xa1\xb2", 2);
        QTest::newRow("upper colons") << "A1:B2:0C" << true << QByteArray("\xa1\xb2\x0c", 3);
        QTest::newRow("0x") << "0x0102" << true << QByteArray("\x01\x02", 2);
        QTest::newRow("spaces") << " 01 02 " << true << QByteArray("\x01\x02", 2);
        QTest::newRow("blank") << "" << true << QByteArray();
        QTest::newRow("odd") << "abc" << false << QByteArray();
        QTest::newRow("not hex") << "zz" << false << QByteArray();
        QTest::newRow("label-like") << "my key" << false << QByteArray();
    }
    void hexIds() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QByteArray, bytes);
        const Result<QByteArray> id = parseHexId(text);
        QCOMPARE(id.ok(), ok);
        if (ok)
            QCOMPARE(id.value(), bytes);
        else
            QVERIFY(id.error().message.contains(text));
    }

    void rsaTemplates() {
        KeySpec spec = KeySpec::defaults(KeyKind::Rsa);
        spec.bits = 3072;
        spec.label = QStringLiteral("signing key");
        spec.id = QByteArray::fromHex("0a0b");
        const KeyTemplates t = buildTemplates(spec);
        QCOMPARE(t.mechanism, CK_MECHANISM_TYPE(CKM_RSA_PKCS_KEY_PAIR_GEN));
        QVERIFY(t.isPair());
        QCOMPARE(ulongOf(findAttribute(t.publicKey, CKA_CLASS)), CK_ULONG(CKO_PUBLIC_KEY));
        QCOMPARE(ulongOf(findAttribute(t.privateKey, CKA_CLASS)), CK_ULONG(CKO_PRIVATE_KEY));
        QCOMPARE(ulongOf(findAttribute(t.publicKey, CKA_KEY_TYPE)), CK_ULONG(CKK_RSA));
        QCOMPARE(ulongOf(findAttribute(t.publicKey, CKA_MODULUS_BITS)), CK_ULONG(3072));
        QCOMPARE(findAttribute(t.publicKey, CKA_PUBLIC_EXPONENT)->value, QByteArray::fromHex("010001"));
        QCOMPARE(findAttribute(t.privateKey, CKA_ID)->value, spec.id);
        QCOMPARE(findAttribute(t.publicKey, CKA_LABEL)->value, QByteArray("signing key"));
        QVERIFY(boolOf(findAttribute(t.privateKey, CKA_SENSITIVE)));
        QVERIFY(!boolOf(findAttribute(t.privateKey, CKA_EXTRACTABLE)));
        QVERIFY(findAttribute(t.publicKey, CKA_SENSITIVE) == nullptr);
        // Usage split: private side sign/decrypt/unwrap/derive, public side verify/encrypt/wrap.
        QVERIFY(boolOf(findAttribute(t.privateKey, CKA_SIGN)));
        QVERIFY(boolOf(findAttribute(t.publicKey, CKA_VERIFY)));
        QVERIFY(findAttribute(t.publicKey, CKA_SIGN) == nullptr);
        QVERIFY(findAttribute(t.privateKey, CKA_VERIFY) == nullptr);
        // What makes the key is never optional; usage, sensitivity and extractability are.
        for (CK_ATTRIBUTE_TYPE type :
             {CKA_CLASS, CKA_KEY_TYPE, CKA_TOKEN, CKA_MODULUS_BITS, CKA_PUBLIC_EXPONENT})
            QVERIFY2(!findAttribute(t.publicKey, type)->optional, qPrintable(names::attribute(type)));
        for (CK_ATTRIBUTE_TYPE type : {CKA_SENSITIVE, CKA_EXTRACTABLE, CKA_SIGN, CKA_DECRYPT, CKA_DERIVE})
            QVERIFY2(findAttribute(t.privateKey, type)->optional, qPrintable(names::attribute(type)));
    }

    void ecAndEdTemplates() {
        KeySpec spec = KeySpec::defaults(KeyKind::Ec);
        spec.curve = QStringLiteral("P-384");
        const KeyTemplates ec = buildTemplates(spec);
        QCOMPARE(ec.mechanism, CK_MECHANISM_TYPE(CKM_EC_KEY_PAIR_GEN));
        // DER OID 1.3.132.0.34 (secp384r1), as in RFC 5480.
        QCOMPARE(findAttribute(ec.publicKey, CKA_EC_PARAMS)->value, QByteArray::fromHex("06052b81040022"));
        QVERIFY(!findAttribute(ec.publicKey, CKA_EC_PARAMS)->optional);
        QCOMPARE(ecParamsForCurve(QStringLiteral("P-256")), QByteArray::fromHex("06082a8648ce3d030107"));
        QCOMPARE(ecParamsForCurve(QStringLiteral("prime256v1")), QByteArray::fromHex("06082a8648ce3d030107"));
        QCOMPARE(curveBits(QStringLiteral("P-521")), 521);
        QVERIFY(ecParamsForCurve(QStringLiteral("nonsense")).isEmpty());

        const KeyTemplates ed = buildTemplates(KeySpec::defaults(KeyKind::Ed25519));
        QCOMPARE(ed.mechanism, CK_MECHANISM_TYPE(CKM_EC_EDWARDS_KEY_PAIR_GEN));
        QCOMPARE(ulongOf(findAttribute(ed.privateKey, CKA_KEY_TYPE)), CK_ULONG(CKK_EC_EDWARDS));
        QCOMPARE(findAttribute(ed.publicKey, CKA_EC_PARAMS)->value, QByteArray::fromHex("06032b6570"));
    }

    void secretTemplates() {
        KeySpec aes = KeySpec::defaults(KeyKind::Aes);
        aes.bits = 192;
        const KeyTemplates t = buildTemplates(aes);
        QVERIFY(!t.isPair());
        QCOMPARE(ulongOf(findAttribute(t.privateKey, CKA_VALUE_LEN)), CK_ULONG(24)); // bytes
        QCOMPARE(ulongOf(findAttribute(t.privateKey, CKA_CLASS)), CK_ULONG(CKO_SECRET_KEY));
        QVERIFY(findAttribute(t.privateKey, CKA_ID) == nullptr); // no ID asked for
        QVERIFY(!findAttribute(t.privateKey, CKA_VALUE_LEN)->optional);

        // HMAC: standard CKM_SHA256_KEY_GEN + CKK_SHA256_HMAC unless the list says otherwise.
        const KeySpec hmac = KeySpec::defaults(KeyKind::HmacSha256);
        const KeyTemplates standard = buildTemplates(hmac);
        QCOMPARE(standard.mechanism, CK_MECHANISM_TYPE(CKM_SHA256_KEY_GEN));
        QCOMPARE(ulongOf(findAttribute(standard.privateKey, CKA_KEY_TYPE)), CK_ULONG(CKK_SHA256_HMAC));
        const KeyTemplates onSoftHsm = buildTemplates(hmac, m_softhsm);
        QCOMPARE(onSoftHsm.mechanism, CK_MECHANISM_TYPE(CKM_GENERIC_SECRET_KEY_GEN));
        QCOMPARE(ulongOf(findAttribute(onSoftHsm.privateKey, CKA_KEY_TYPE)), CK_ULONG(CKK_GENERIC_SECRET));
        QCOMPARE(ulongOf(findAttribute(onSoftHsm.privateKey, CKA_VALUE_LEN)), CK_ULONG(32));
        // A module listing CKM_SHA384_KEY_GEN (nShield) gets it.
        const QList<MechanismInfo> nshield{mech(CKM_SHA384_KEY_GEN, 1, 512, CKF_GENERATE),
                                           mech(CKM_AES_KEY_GEN, 16, 32, CKF_GENERATE)};
        const KeyTemplates sha384 = buildTemplates(KeySpec::defaults(KeyKind::HmacSha384), nshield);
        QCOMPARE(sha384.mechanism, CK_MECHANISM_TYPE(CKM_SHA384_KEY_GEN));
        QCOMPARE(ulongOf(findAttribute(sha384.privateKey, CKA_KEY_TYPE)), CK_ULONG(CKK_SHA384_HMAC));
    }

    void preview() {
        KeySpec spec = KeySpec::defaults(KeyKind::Aes);
        spec.label = QStringLiteral("vault");
        const QString text = formatTemplates(buildTemplates(spec));
        QVERIFY2(text.contains(QLatin1String("Mechanism: CKM_AES_KEY_GEN")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Secret key template:")));
        QVERIFY(text.contains(QLatin1String("  CKA_CLASS = CKO_SECRET_KEY\n")));
        QVERIFY(text.contains(QLatin1String("  CKA_KEY_TYPE = CKK_AES\n")));
        QVERIFY(text.contains(QLatin1String("  CKA_VALUE_LEN = 32\n")));
        QVERIFY(text.contains(QLatin1String("  CKA_LABEL = \"vault\"\n")));
        QVERIFY(text.contains(QLatin1String("  CKA_EXTRACTABLE = CK_FALSE\n")));
        QVERIFY(!text.contains(QLatin1String("Public key template")));
        const QString pair = formatTemplates(buildTemplates(KeySpec::defaults(KeyKind::Ec)));
        QVERIFY(pair.contains(QLatin1String("Public key template:")) &&
                pair.contains(QLatin1String("Private key template:")));
        QVERIFY(pair.contains(QLatin1String("CKA_EC_PARAMS = 06 08 2a 86 48 ce 3d 03 01 07 (P-256)")));
        QVERIFY(formatTemplates(buildTemplates(KeySpec::defaults(KeyKind::HmacSha512)))
                    .contains(QLatin1String("CKM_SHA512_KEY_GEN")));
    }

    void capabilitiesOfSoftHsm() {
        const QList<KeyCapability> caps = capabilities(m_softhsm);
        const auto find = [&caps](KeyKind kind) -> const KeyCapability* {
            for (const KeyCapability& c : caps)
                if (c.kind == kind)
                    return &c;
            return nullptr;
        };
        // SoftHSM2 2.6 lists every kind (HMAC through generic secret generation).
        for (KeyKind kind :
             {KeyKind::Rsa, KeyKind::Ec, KeyKind::Ed25519, KeyKind::Aes, KeyKind::GenericSecret,
              KeyKind::HmacSha256, KeyKind::HmacSha384, KeyKind::HmacSha512})
            QVERIFY2(find(kind) != nullptr, qPrintable(kindName(kind)));
        const KeyCapability* rsa = find(KeyKind::Rsa);
        QCOMPARE(rsa->suggestedSizes, (QList<CK_ULONG>{2048, 3072, 4096}));
        QCOMPARE(rsa->minSpecSize, CK_ULONG(512));
        const KeyCapability* ec = find(KeyKind::Ec);
        QCOMPARE(ec->curves.mid(0, 3), (QStringList{"P-256", "P-384", "P-521"}));
        QVERIFY(ec->curves.contains(QLatin1String("secp256k1")));
        QVERIFY(ec->curves.contains(QLatin1String("brainpoolP512r1")));
        // SoftHSM2's ECDSA generation says CKF_EC_F_P only: no binary curves.
        QVERIFY(!ec->curves.contains(QLatin1String("sect283k1")));
        // AES range is reported in bytes (16..32): offered in bits.
        const KeyCapability* aes = find(KeyKind::Aes);
        QCOMPARE(aes->suggestedSizes, (QList<CK_ULONG>{128, 192, 256}));
        QCOMPARE(aes->minSpecSize, CK_ULONG(128));
        QCOMPARE(aes->maxSpecSize, CK_ULONG(256));
        // HMAC via generic secret, limited by CKM_SHA384_HMAC's key range (48..512 bytes).
        const KeyCapability* hmac = find(KeyKind::HmacSha384);
        QCOMPARE(hmac->mechanism, CK_MECHANISM_TYPE(CKM_GENERIC_SECRET_KEY_GEN));
        QCOMPARE(hmac->minSpecSize, CK_ULONG(48));
        QCOMPARE(hmac->maxSpecSize, CK_ULONG(512));
        QCOMPARE(hmac->suggestedSizes, (QList<CK_ULONG>{48, 128}));
    }

    void capabilitiesFollowRanges() {
        // A module with a small RSA range and AES reported in bits, no EC.
        const QList<MechanismInfo> list{
            mech(CKM_RSA_PKCS_KEY_PAIR_GEN, 1024, 3072, CKF_GENERATE_KEY_PAIR),
            mech(CKM_AES_KEY_GEN, 128, 192, CKF_GENERATE),
            mech(CKM_EC_KEY_PAIR_GEN, 384, 521, CKF_GENERATE_KEY_PAIR | 0x00100000),
            mech(CKM_SHA256_HMAC, 32, 64, CKF_SIGN)};
        const QList<KeyCapability> caps = capabilities(list);
        QCOMPARE(caps.size(), 3); // no HMAC (no generator), no Ed25519, no generic
        QCOMPARE(caps[0].suggestedSizes, (QList<CK_ULONG>{2048, 3072}));
        QCOMPARE(caps[1].curves.mid(0, 2), (QStringList{"P-384", "P-521"}));
        QVERIFY(!caps[1].curves.contains(QLatin1String("P-256")));
        QCOMPARE(caps[2].suggestedSizes, (QList<CK_ULONG>{128, 192}));

        KeySpec rsa = KeySpec::defaults(KeyKind::Rsa);
        rsa.bits = 4096;
        Result<void> r = checkSupported(rsa, list);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("CKM_RSA_PKCS_KEY_PAIR_GEN")) &&
                     r.error().message.contains(QLatin1String("1024 to 3072")),
                 qPrintable(r.error().text()));
        rsa.bits = 2048;
        QVERIFY(checkSupported(rsa, list).ok());
        KeySpec ec = KeySpec::defaults(KeyKind::Ec); // P-256 < 384
        r = checkSupported(ec, list);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("CKM_EC_KEY_PAIR_GEN")));
        QVERIFY(r.error().hint.contains(QLatin1String("P-384")));
        KeySpec aes = KeySpec::defaults(KeyKind::Aes); // 256 > 192
        QVERIFY(!checkSupported(aes, list).ok());
        r = checkSupported(KeySpec::defaults(KeyKind::HmacSha256), list);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("CKM_SHA256_KEY_GEN")),
                 qPrintable(r.error().text()));
        QVERIFY(!checkSupported(KeySpec::defaults(KeyKind::Ed25519), list).ok());
    }

    void checkAgainstSoftHsm() {
        KeySpec rsa = KeySpec::defaults(KeyKind::Rsa);
        rsa.bits = 256;
        QVERIFY(!checkSupported(rsa, m_softhsm).ok());
        rsa.bits = 20000;
        QVERIFY(!checkSupported(rsa, m_softhsm).ok());
        rsa.bits = 1536; // any size in range
        QVERIFY(checkSupported(rsa, m_softhsm).ok());
        KeySpec hmac = KeySpec::defaults(KeyKind::HmacSha512);
        hmac.bytes = 32; // CKM_SHA512_HMAC needs 64 bytes on SoftHSM2
        QVERIFY(!checkSupported(hmac, m_softhsm).ok());
        KeySpec generic = KeySpec::defaults(KeyKind::GenericSecret);
        generic.bytes = 1;
        QVERIFY(checkSupported(generic, m_softhsm).ok());
        KeySpec forced = KeySpec::defaults(KeyKind::HmacSha256);
        forced.mechanism = CKM_SHA256_KEY_GEN; // not listed by SoftHSM2
        QVERIFY(!checkSupported(forced, m_softhsm).ok());
        QVERIFY(checkSupported(KeySpec::defaults(KeyKind::Ed25519), m_softhsm).ok());
    }

    void keyIds() {
        // RSA: SHA-1 over the DER RSAPublicKey, here built by hand (the token tests compare with OpenSSL).
        const QByteArray modulus = QByteArray::fromHex("00c3") + QByteArray(62, '\x11');
        const QByteArray exponent = QByteArray::fromHex("010001");
        // SEQUENCE { INTEGER 00 c3 11.. (64 bytes: a leading 00 keeps it positive), INTEGER 65537 }
        QByteArray integer = QByteArray::fromHex("c3") + QByteArray(62, '\x11');
        integer.prepend('\0');
        const QByteArray der = QByteArray::fromHex("3047") + QByteArray::fromHex("0240") + integer +
                               QByteArray::fromHex("0203010001");
        Result<QByteArray> id = rsaKeyId(modulus, exponent);
        CHECK_OK(id);
        QCOMPARE(id.value(), QCryptographicHash::hash(der, QCryptographicHash::Sha1));

        const QByteArray point = QByteArray::fromHex("04") + QByteArray(64, '\x22');
        const QByteArray wrapped = QByteArray::fromHex("0441") + point;
        const QByteArray expected = QCryptographicHash::hash(point, QCryptographicHash::Sha1);
        QCOMPARE(ecPointKeyId(wrapped, 65).value(), expected);
        QCOMPARE(ecPointKeyId(point, 65).value(), expected); // raw point from a module that skips DER
        const QByteArray ed(32, '\x33');
        QCOMPARE(ecPointKeyId(QByteArray::fromHex("0420") + ed, 32).value(),
                 QCryptographicHash::hash(ed, QCryptographicHash::Sha1));
        QCOMPARE(ecPointKeyId(ed, 32).value(), QCryptographicHash::hash(ed, QCryptographicHash::Sha1));
    }

    void templateErrorSuspects() {
        KeySpec aes = KeySpec::defaults(KeyKind::Aes);
        aes.bits = 160; // 20 bytes: not an AES length
        const KeyTemplates t = buildTemplates(aes);
        QCOMPARE(suspectAttributes(CKR_ATTRIBUTE_VALUE_INVALID, aes, t),
                 (QList<CK_ATTRIBUTE_TYPE>{CKA_VALUE_LEN}));
        const Error e =
            templateAwareError(QStringLiteral("C_GenerateKey"), CKR_ATTRIBUTE_VALUE_INVALID, aes, t);
        QVERIFY2(e.message.contains(QLatin1String("CKA_VALUE_LEN")), qPrintable(e.text()));
        QVERIFY(e.message.startsWith(QLatin1String("CKR_ATTRIBUTE_VALUE_INVALID")));

        KeySpec ec = KeySpec::defaults(KeyKind::Ec);
        ec.usage.encrypt = true; // EC keys cannot encrypt
        QCOMPARE(suspectAttributes(CKR_TEMPLATE_INCONSISTENT, ec, buildTemplates(ec)),
                 (QList<CK_ATTRIBUTE_TYPE>{CKA_ENCRYPT}));

        KeyTemplates odd = buildTemplates(KeySpec::defaults(KeyKind::Aes));
        odd.privateKey << TemplateAttribute{CKA_MODULUS_BITS, QByteArray(sizeof(CK_ULONG), '\0'), "0", true};
        QCOMPARE(suspectAttributes(CKR_ATTRIBUTE_TYPE_INVALID, KeySpec::defaults(KeyKind::Aes), odd),
                 (QList<CK_ATTRIBUTE_TYPE>{CKA_MODULUS_BITS}));

        // Nothing stands out: the error says so and offers the optional attributes.
        const KeySpec plain = KeySpec::defaults(KeyKind::Aes);
        const Error vague = templateAwareError(QStringLiteral("C_GenerateKey"), CKR_TEMPLATE_INCONSISTENT,
                                               plain, buildTemplates(plain));
        QVERIFY(vague.message.contains(QLatin1String("did not say")));
        QVERIFY(vague.hint.contains(QLatin1String("CKA_SENSITIVE")));
        QVERIFY(isTemplateError(CKR_ATTRIBUTE_TYPE_INVALID) && !isTemplateError(CKR_PIN_INCORRECT));
    }

private:
    SoftHsmFixture m_fixture;
    QList<MechanismInfo> m_softhsm;
};

QTEST_GUILESS_MAIN(TestKeySpec)
#include "test_keyspec.moc"
