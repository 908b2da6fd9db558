// Key generation against real SoftHSM2 tokens: every kind offered, the ID of a pair against OpenSSL's
// subject key identifier, what SoftHSM2 accepts for HMAC and Ed25519, half-pair cleanup, abandoning,
// template errors and the relaxed retry (faults through the shim), and refusals before sending.
#include "KeyGenerator.h"
#include "KeySpec.h"
#include "KeygenTestSupport.h"
#include "ObjectLister.h"
#include "Pkcs11Names.h"
#include "TokenHelpers.h"

#include <QtTest>

using namespace hsm;
using namespace hsm::keygen;
using namespace keygentest;

namespace {

const QString kToken = QStringLiteral("keys");

tokentest::OpenedToken openLoggedIn(bool viaShim = false) {
    tokentest::OpenOptions options;
    options.loginUser = true;
    if (viaShim)
        options.modulePath = SoftHsmFixture::faultModulePath();
    return tokentest::openToken(kToken, options);
}

KeySpec specFor(KeyKind kind, const QString& label) {
    KeySpec spec = KeySpec::defaults(kind);
    spec.label = label;
    return spec;
}

/// C_GenerateKey with a hand-made template, for probing what SoftHSM2 accepts.
CK_RV rawGenerateKey(Session& session, CK_MECHANISM_TYPE mechanism, CK_KEY_TYPE keyType, CK_ULONG length,
                     CK_OBJECT_HANDLE& key) {
    CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
    CK_BBOOL no = CK_FALSE;
    CK_BBOOL yes = CK_TRUE;
    CK_ATTRIBUTE templ[] = {{CKA_CLASS, &cls, sizeof cls}, {CKA_KEY_TYPE, &keyType, sizeof keyType},
                            {CKA_TOKEN, &no, sizeof no},   {CKA_VALUE_LEN, &length, sizeof length},
                            {CKA_SIGN, &yes, sizeof yes},  {CKA_VERIFY, &yes, sizeof yes}};
    CK_MECHANISM mech{mechanism, nullptr, 0};
    return P11_CALL(session.module(), C_GenerateKey, session.target(), session.handle(), &mech, templ,
                    CK_ULONG(std::size(templ)), &key);
}

} // namespace

class TestKeygen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_fixture.isValid());
        QVERIFY2(!m_fixture.initToken(kToken).isEmpty(), qPrintable(m_fixture.lastError()));
    }
    void cleanup() { QVERIFY(m_fixture.setFaults({})); }

    void everyKind_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("keyType");
        // RSA 3072/4096 take seconds each on SoftHSM2; 2048 proves the path (the wizard's RSA-4096
        // stall measurement generates one).
        QTest::newRow("rsa 2048") << "rsa:2048"
                                  << "CKK_RSA";
        QTest::newRow("ec P-256") << "ec:P-256"
                                  << "CKK_EC";
        QTest::newRow("ec P-384") << "ec:P-384"
                                  << "CKK_EC";
        QTest::newRow("ec P-521") << "ec:P-521"
                                  << "CKK_EC";
        QTest::newRow("ec secp256k1") << "ec:secp256k1"
                                      << "CKK_EC";
        QTest::newRow("ed25519") << "ed25519"
                                 << "CKK_EC_EDWARDS";
        QTest::newRow("aes 128") << "aes:128"
                                 << "CKK_AES";
        QTest::newRow("aes 192") << "aes:192"
                                 << "CKK_AES";
        QTest::newRow("aes 256") << "aes:256"
                                 << "CKK_AES";
        QTest::newRow("generic 32") << "generic:32"
                                    << "CKK_GENERIC_SECRET";
        // SoftHSM2 has no CKM_SHA*_KEY_GEN: HMAC keys are generic secrets (see hmacOnSoftHsm).
        QTest::newRow("hmac-sha256") << "hmac-sha256:32"
                                     << "CKK_GENERIC_SECRET";
        QTest::newRow("hmac-sha384") << "hmac-sha384:48"
                                     << "CKK_GENERIC_SECRET";
        QTest::newRow("hmac-sha512") << "hmac-sha512:64"
                                     << "CKK_GENERIC_SECRET";
    }
    void everyKind() {
        QFETCH(QString, type);
        QFETCH(QString, keyType);
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        Result<KeySpec> parsed = parseKeyType(type);
        CHECK_OK(parsed);
        KeySpec spec = parsed.value();
        spec.label = QStringLiteral("every ") + type;
        Result<QList<MechanismInfo>> mechanisms = opened.module->mechanisms(opened.session->slot());
        CHECK_OK(mechanisms);
        CHECK_OK(checkSupported(spec, mechanisms.value()));

        Result<GenerationResult> result = generateOn(opened, spec);
        CHECK_OK(result);
        const bool pair = isKeyPair(spec.kind);
        QCOMPARE(result->objects.size(), pair ? 2 : 1);
        QVERIFY(result->abandonNote.isEmpty() && result->droppedAttributes.isEmpty());
        QCOMPARE(result->id.size(), pair ? 20 : 0); // SHA-1 for pairs, no ID asked for secrets
        for (const CreatedObject& created : result->objects) {
            QVERIFY(created.handle != CK_INVALID_HANDLE);
            QVERIFY2(created.uri.startsWith(QLatin1String("pkcs11:")) &&
                         created.uri.contains(QLatin1String("token=keys")),
                     qPrintable(created.uri));
            QVERIFY(created.uri.contains(QLatin1String("object=every%20")));
        }

        // The listing sees exactly what was made, with the ID on both halves.
        const QList<ObjectSummary> objects = objectsLabelled(*opened.session, opened.token, spec.label);
        QCOMPARE(objects.size(), pair ? 2 : 1);
        for (const ObjectSummary& o : objects) {
            QVERIFY(o.keyType.has_value());
            QCOMPARE(names::keyType(*o.keyType), keyType);
            QCOMPARE(o.id, result->id);
            QCOMPARE(o.token, std::optional<bool>(true));
            if (o.objectClass != CKO_PUBLIC_KEY) {
                QCOMPARE(o.isPrivate, std::optional<bool>(true));
                QCOMPARE(o.sensitive, std::optional<bool>(true));
                QCOMPARE(o.extractable, std::optional<bool>(false));
            }
        }
    }

    // The ID of a pair is the SHA-1 of its public key, computed independently by OpenSSL as the
    // subject key identifier of a certificate for the exported key.
    void idMatchesOpenSsl_data() {
        QTest::addColumn<QString>("type");
        QTest::newRow("rsa") << "rsa:2048";
        QTest::newRow("ec P-256") << "ec:P-256";
        QTest::newRow("ec P-521") << "ec:P-521";
        QTest::newRow("ed25519") << "ed25519";
    }
    void idMatchesOpenSsl() {
        QFETCH(QString, type);
        QByteArray id;
        {
            tokentest::OpenedToken opened = openLoggedIn();
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            KeySpec spec = parseKeyType(type).value();
            spec.label = QStringLiteral("ski ") + type;
            Result<GenerationResult> result = generateOn(opened, spec);
            CHECK_OK(result);
            id = result->id;
        }
        QString error;
        const QString pem = exportPublicKeyPem(m_fixture, kToken, id, error);
        QVERIFY2(!pem.isEmpty(), qPrintable(error));
        const QByteArray ski = opensslSubjectKeyId(m_fixture, pem, error);
        QVERIFY2(!ski.isEmpty(), qPrintable(error));
        QCOMPARE(id.toHex(), ski.toHex());
    }

    void explicitIdIsUsed() {
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        KeySpec spec = specFor(KeyKind::Ec, QStringLiteral("explicit id"));
        spec.id = QByteArray::fromHex("c0ffee");
        Result<GenerationResult> result = generateOn(opened, spec);
        CHECK_OK(result);
        QCOMPARE(result->id, spec.id);
        for (const ObjectSummary& o : objectsLabelled(*opened.session, opened.token, spec.label))
            QCOMPARE(o.id, spec.id);
        QVERIFY(result->objects.first().uri.contains(QLatin1String("id=%C0%FF%EE")));
    }

    // Which HMAC key SoftHSM2 2.6 makes: it lists no CKM_SHA*_KEY_GEN and refuses CKK_SHA256_HMAC with
    // CKM_GENERIC_SECRET_KEY_GEN, but a CKK_GENERIC_SECRET key signs and verifies with CKM_SHA256_HMAC.
    void hmacOnSoftHsm() {
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        CK_OBJECT_HANDLE probe = CK_INVALID_HANDLE;
        const CK_RV refused =
            rawGenerateKey(*opened.session, CKM_GENERIC_SECRET_KEY_GEN, CKK_SHA256_HMAC, 32, probe);
        QVERIFY2(refused == CKR_TEMPLATE_INCONSISTENT, qPrintable(names::rv(refused)));
        const CK_RV noKeyGen =
            rawGenerateKey(*opened.session, CKM_SHA256_KEY_GEN, CKK_SHA256_HMAC, 32, probe);
        QVERIFY2(noKeyGen == CKR_MECHANISM_INVALID, qPrintable(names::rv(noKeyGen)));

        Result<GenerationResult> result =
            generateOn(opened, specFor(KeyKind::HmacSha256, QStringLiteral("mac")));
        CHECK_OK(result);
        const CK_OBJECT_HANDLE key = result->objects.first().handle;
        Module& m = opened.session->module();
        CK_MECHANISM mech{CKM_SHA256_HMAC, nullptr, 0};
        QByteArray data("message to authenticate");
        CK_RV rv = P11_CALL(m, C_SignInit, opened.session->target(), opened.session->handle(), &mech, key);
        QCOMPARE(names::rv(rv), names::rv(CKR_OK));
        unsigned char mac[64];
        CK_ULONG macLen = sizeof mac;
        rv = P11_CALL(m, C_Sign, opened.session->target(), opened.session->handle(),
                      reinterpret_cast<CK_BYTE_PTR>(data.data()), CK_ULONG(data.size()), mac, &macLen);
        QCOMPARE(names::rv(rv), names::rv(CKR_OK));
        QCOMPARE(macLen, CK_ULONG(32));
        rv = P11_CALL(m, C_VerifyInit, opened.session->target(), opened.session->handle(), &mech, key);
        QCOMPARE(names::rv(rv), names::rv(CKR_OK));
        rv = P11_CALL(m, C_Verify, opened.session->target(), opened.session->handle(),
                      reinterpret_cast<CK_BYTE_PTR>(data.data()), CK_ULONG(data.size()), mac, macLen);
        QCOMPARE(names::rv(rv), names::rv(CKR_OK));
    }

    // SoftHSM2 2.6 takes the Ed25519 OID as CKA_EC_PARAMS (everyKind) and also PKCS#11 3.0's
    // PrintableString "edwards25519" (checked here on a session key); the templates send the OID, the
    // form RFC 8410 and older modules know.
    void ed25519Params() {
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        KeySpec spec = specFor(KeyKind::Ed25519, QStringLiteral("ed printable"));
        spec.token = false;
        KeyTemplates templates = buildTemplates(spec);
        for (TemplateAttribute& a : templates.publicKey)
            if (a.type == CKA_EC_PARAMS)
                a.value = QByteArray::fromHex("130c") + QByteArray("edwards25519");
        Result<GenerationResult> result = generate(*opened.session, opened.token, spec, templates);
        CHECK_OK(result);
        QCOMPARE(result->id.size(), 20);
    }

    // If anything fails after C_GenerateKeyPair, both halves go: the shim fails C_SetAttributeValue
    // (setting the computed ID) and nothing with the label is left.
    void halfPairIsRemoved() {
        const QString label = QStringLiteral("half pair");
        {
            QVERIFY(m_fixture.setFaults("fail=C_SetAttributeValue:0x5\n"));
            tokentest::OpenedToken opened = openLoggedIn(true);
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            Result<GenerationResult> result = generateOn(opened, specFor(KeyKind::Ec, label));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().call, QStringLiteral("C_SetAttributeValue"));
            QCOMPARE(result.error().rv, CK_RV(CKR_GENERAL_ERROR));
            QVERIFY2(result.error().message.contains(
                         QLatin1String("both halves of the new key pair were removed")),
                     qPrintable(result.error().text()));
        }
        QVERIFY(m_fixture.setFaults({}));
        tokentest::OpenedToken check = openLoggedIn();
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(objectsLabelled(*check.session, check.token, label).size(), 0);
        // pkcs11-tool agrees.
        const auto listing = m_fixture.pkcs11Tool(kToken, {"-O"});
        CHECK_TOOL(listing);
        QVERIFY(!listing.out.contains("half pair"));
    }

    void failedCleanupIsReported() {
        const QString label = QStringLiteral("stuck pair");
        QVERIFY(m_fixture.setFaults("fail=C_SetAttributeValue:0x5\nfail=C_DestroyObject:0x5\n"));
        {
            tokentest::OpenedToken opened = openLoggedIn(true);
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            Result<GenerationResult> result = generateOn(opened, specFor(KeyKind::Ec, label));
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(QLatin1String("by hand")),
                     qPrintable(result.error().text()));
        }
        QVERIFY(m_fixture.setFaults({}));
        tokentest::OpenedToken check = openLoggedIn();
        QVERIFY2(check.ok(), qPrintable(check.error));
        const QList<ObjectSummary> left = objectsLabelled(*check.session, check.token, label);
        QCOMPARE(left.size(), 2); // what the message told the user to delete
        for (const ObjectSummary& o : left)
            QCOMPARE(P11_CALL(check.session->module(), C_DestroyObject, check.session->target(),
                              check.session->handle(), o.handle),
                     CK_RV(CKR_OK));
    }

    void abandonedPairIsCompletedAndKept() {
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const std::atomic_bool abandoned{true};
        Result<GenerationResult> result =
            generateOn(opened, specFor(KeyKind::Ec, QStringLiteral("abandoned")), &abandoned);
        CHECK_OK(result);
        QVERIFY2(result->abandonNote.contains(QLatin1String("completed and kept")),
                 qPrintable(result->abandonNote));
        const QList<ObjectSummary> objects =
            objectsLabelled(*opened.session, opened.token, QStringLiteral("abandoned"));
        QCOMPARE(objects.size(), 2);
        for (const ObjectSummary& o : objects)
            QCOMPARE(o.id, result->id);
    }

    void abandonedAndFailedIsRemoved() {
        QVERIFY(m_fixture.setFaults("fail=C_SetAttributeValue:0x30\n"));
        tokentest::OpenedToken opened = openLoggedIn(true);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const std::atomic_bool abandoned{true};
        Result<GenerationResult> result =
            generateOn(opened, specFor(KeyKind::Ec, QStringLiteral("abandoned fail")), &abandoned);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("removed")));
        QVERIFY(result.error().message.contains(QLatin1String("abandoned")));
        QVERIFY(m_fixture.setFaults({}));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, QStringLiteral("abandoned fail")).size(), 0);
    }

    // A real SoftHSM2 rejection: an AES key of 20 bytes. The error names CKA_VALUE_LEN.
    void templateErrorNamesAttribute() {
        tokentest::OpenedToken opened = openLoggedIn();
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        KeySpec spec = specFor(KeyKind::Aes, QStringLiteral("aes 160"));
        spec.bits = 160;
        Result<GenerationResult> result = generateOn(opened, spec);
        QVERIFY(!result.ok());
        QVERIFY2(isTemplateError(result.error().rv), qPrintable(result.error().text()));
        QCOMPARE(result.error().call, QStringLiteral("C_GenerateKey"));
        QVERIFY2(result.error().message.contains(QLatin1String("the module refused CKA_VALUE_LEN")),
                 qPrintable(result.error().text()));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, spec.label).size(), 0);
    }

    // The module refuses one optional attribute (the shim rejects CKA_SIGN / CKA_DERIVE): generate()
    // fails with a template error; generateRelaxed leaves that one out and says so.
    void relaxedRetry_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qulonglong>("rejected");
        QTest::newRow("aes without CKA_SIGN") << int(KeyKind::Aes) << qulonglong(CKA_SIGN);
        QTest::newRow("ec without CKA_DERIVE") << int(KeyKind::Ec) << qulonglong(CKA_DERIVE);
        QTest::newRow("rsa without CKA_WRAP") << int(KeyKind::Rsa) << qulonglong(CKA_WRAP);
    }
    void relaxedRetry() {
        QFETCH(int, kind);
        QFETCH(qulonglong, rejected);
        const QString label = QStringLiteral("relaxed %1").arg(kind);
        QVERIFY(m_fixture.setFaults(
            QStringLiteral("reject_attribute=0x%1:0x12\n").arg(rejected, 0, 16).toLatin1()));
        tokentest::OpenedToken opened = openLoggedIn(true);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const KeySpec spec = specFor(KeyKind(kind), label);
        Result<QList<MechanismInfo>> mechanisms = opened.module->mechanisms(opened.session->slot());
        CHECK_OK(mechanisms);
        const KeyTemplates templates = buildTemplates(spec, mechanisms.value());

        Result<GenerationResult> strict = generate(*opened.session, opened.token, spec, templates);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().rv, CK_RV(CKR_ATTRIBUTE_TYPE_INVALID));
        QVERIFY(strict.error().hint.contains(names::attribute(CK_ATTRIBUTE_TYPE(rejected))));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, label).size(), 0);

        Result<GenerationResult> relaxed = generateRelaxed(*opened.session, opened.token, spec, templates);
        CHECK_OK(relaxed);
        QCOMPARE(relaxed->droppedAttributes, (QList<CK_ATTRIBUTE_TYPE>{CK_ATTRIBUTE_TYPE(rejected)}));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, label).size(), isKeyPair(spec.kind) ? 2 : 1);
    }

    void relaxedGivesUpOnRequiredAttribute() {
        QVERIFY(m_fixture.setFaults("reject_attribute=0x161:0x13\n")); // CKA_VALUE_LEN, VALUE_INVALID
        tokentest::OpenedToken opened = openLoggedIn(true);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const KeySpec spec = specFor(KeyKind::Aes, QStringLiteral("never"));
        Result<GenerationResult> relaxed =
            generateRelaxed(*opened.session, opened.token, spec, buildTemplates(spec));
        QVERIFY(!relaxed.ok());
        QCOMPARE(relaxed.error().rv, CK_RV(CKR_ATTRIBUTE_VALUE_INVALID));
        QVERIFY(relaxed.error().message.contains(QLatin1String("did not help")));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, spec.label).size(), 0);
    }

    void writeProtectedIsRefusedBeforeSending() {
        QVERIFY(m_fixture.setFaults("token_flags_add=0x2\n")); // CKF_WRITE_PROTECTED
        tokentest::OpenedToken opened = openLoggedIn(true);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY(opened.token.has(CKF_WRITE_PROTECTED));
        Result<GenerationResult> result = generateOn(opened, specFor(KeyKind::Aes, QStringLiteral("wp")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().rv, CK_RV(CKR_TOKEN_WRITE_PROTECTED));
        QVERIFY(result.error().message.contains(QLatin1String("nothing was sent")));
        QCOMPARE(objectsLabelled(*opened.session, opened.token, QStringLiteral("wp")).size(), 0);
    }

    void notLoggedInOrReadOnly() {
        {
            tokentest::OpenedToken opened = tokentest::openToken(kToken); // read-write, no login
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            Result<GenerationResult> result =
                generateOn(opened, specFor(KeyKind::Ec, QStringLiteral("nologin")));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().rv, CK_RV(CKR_USER_NOT_LOGGED_IN));
        }
        tokentest::OpenOptions options;
        options.readWrite = false;
        options.loginUser = true;
        tokentest::OpenedToken readOnly = tokentest::openToken(kToken, options);
        QVERIFY2(readOnly.ok(), qPrintable(readOnly.error));
        Result<GenerationResult> result = generateOn(readOnly, specFor(KeyKind::Aes, QStringLiteral("ro")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().rv, CK_RV(CKR_SESSION_READ_ONLY));
        QCOMPARE(objectsLabelled(*readOnly.session, readOnly.token, QStringLiteral("ro")).size(), 0);
    }

private:
    SoftHsmFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestKeygen)
#include "test_keygen.moc"
