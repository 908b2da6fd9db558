// Signing X.509 structures with keys that stay on a SoftHSM2 token: libp11 for RSA and ECDSA,
// CKM_EDDSA for Ed25519; the libp11 session hazard; refusals made before any signing call.

#include "KeyGenerator.h"
#include "KeySpec.h"
#include "ObjectLister.h"
#include "TokenAdmin.h"
#include "TokenHelpers.h"
#include "TokenSigner.h"

#include <QFile>
#include <QTest>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace hsm;

namespace {

/// Generates a pair on the opened token and returns its private key's listing.
Result<ObjectSummary> generatePair(tokentest::OpenedToken& opened, keygen::KeyKind kind, CK_ULONG bits,
                                   const QString& curve, const QString& label, bool canSign = true) {
    keygen::KeySpec spec = keygen::KeySpec::defaults(kind);
    spec.bits = bits;
    spec.curve = curve;
    spec.label = label;
    spec.usage.sign = canSign;
    auto mechanisms = opened.module->mechanisms(opened.session->slot());
    if (!mechanisms)
        return mechanisms.error();
    auto made =
        keygen::generate(*opened.session, opened.token, spec, keygen::buildTemplates(spec, *mechanisms));
    if (!made)
        return made.error();
    for (const keygen::CreatedObject& object : made->objects) {
        if (object.objectClass == CKO_PRIVATE_KEY)
            return summarizeObject(*opened.session, opened.token, object.handle);
    }
    return Error::other(QStringLiteral("generate"), QStringLiteral("no private key made"));
}

/// A request with a subject and the key's public key, not yet signed.
X509_REQ* unsignedRequest(const signing::TokenKey& key) {
    X509_REQ* request = X509_REQ_new();
    X509_NAME* name = X509_NAME_new();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("signer test"), -1, -1, 0);
    X509_REQ_set_subject_name(request, name);
    X509_NAME_free(name);
    auto pub = key.publicKey();
    if (pub)
        X509_REQ_set_pubkey(request, pub->get());
    return request;
}

/// Writes the request as DER and lets `openssl req -verify` judge it.
bool opensslVerifies(const SoftHsmFixture& fixture, X509_REQ* request, const QString& name, QString& output) {
    unsigned char* der = nullptr;
    const int length = i2d_X509_REQ(request, &der);
    if (length <= 0)
        return false;
    const QString path = fixture.dir() + QStringLiteral("/") + name + QStringLiteral(".csr");
    QFile file(path);
    const bool written =
        file.open(QIODevice::WriteOnly) && file.write(reinterpret_cast<const char*>(der), length) == length;
    OPENSSL_free(der);
    file.close();
    if (!written)
        return false;
    const auto run =
        fixture.run(QStringLiteral("openssl"), {"req", "-verify", "-noout", "-inform", "DER", "-in", path});
    output = QString::fromLocal8Bit(run.out + run.err);
    return run.ok() && output.contains(QLatin1String("verify OK"));
}

} // namespace

class TestTokenSigner : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_fixture.emplace();
        QVERIFY2(!m_fixture->initToken(QStringLiteral("signer")).isEmpty(), "token");
        tokentest::OpenOptions options;
        options.loginUser = true;
        m_opened = tokentest::openToken(QStringLiteral("signer"), options);
        QVERIFY2(m_opened.ok(), qPrintable(m_opened.error));
    }
    void cleanup() {
        m_opened = {};
        m_fixture.reset();
    }

    void signsRequestsWithEveryKeyType_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("curve");
        QTest::newRow("RSA-2048") << int(keygen::KeyKind::Rsa) << 2048 << QString();
        QTest::newRow("P-256") << int(keygen::KeyKind::Ec) << 0 << QStringLiteral("P-256");
        QTest::newRow("P-384") << int(keygen::KeyKind::Ec) << 0 << QStringLiteral("P-384");
        QTest::newRow("P-521") << int(keygen::KeyKind::Ec) << 0 << QStringLiteral("P-521");
        QTest::newRow("Ed25519") << int(keygen::KeyKind::Ed25519) << 0 << QString();
    }
    void signsRequestsWithEveryKeyType() {
        QFETCH(int, kind);
        QFETCH(int, bits);
        QFETCH(QString, curve);
        auto made = generatePair(m_opened, keygen::KeyKind(kind), CK_ULONG(bits), curve, QStringLiteral("k"));
        CHECK_OK(made);
        auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
        CHECK_OK(key);
        const QList<signing::Algorithm> algorithms = key->supportedAlgorithms();
        QVERIFY(!algorithms.isEmpty());
        for (const signing::Algorithm& algorithm : algorithms) {
            X509_REQ* request = unsignedRequest(*key);
            const Result<void> signedOk = key->sign(request, algorithm);
            QVERIFY2(signedOk.ok(), qPrintable(signing::algorithmName(algorithm) + QStringLiteral(": ") +
                                               (signedOk.ok() ? QString() : signedOk.error().text())));
            QString output;
            const bool verified = opensslVerifies(*m_fixture, request, QStringLiteral("req"), output);
            X509_REQ_free(request);
            QVERIFY2(verified, qPrintable(signing::algorithmName(algorithm) + QStringLiteral(": ") + output));
        }
        // The preferred hash follows the key's strength.
        if (curve == QLatin1String("P-384"))
            QCOMPARE(algorithms.first().hash, QStringLiteral("sha384"));
        if (curve == QLatin1String("P-521"))
            QCOMPARE(algorithms.first().hash, QStringLiteral("sha512"));
        if (kind == int(keygen::KeyKind::Ed25519))
            QCOMPARE(algorithms, (QList<signing::Algorithm>{{signing::Scheme::EdDsa, {}}}));
        if (kind == int(keygen::KeyKind::Rsa))
            QVERIFY(
                algorithms.contains(signing::Algorithm{signing::Scheme::RsaPss, QStringLiteral("sha256")}));
    }

    void signsCertificates() {
        // The last two come after an Ed25519 key is on the token, where libp11 cannot list keys and
        // RSA and ECDSA sign through our own session.
        struct Case {
            keygen::KeyKind kind;
            CK_ULONG bits;
            QString curve;
        };
        for (const Case& c :
             {Case{keygen::KeyKind::Ec, 0, QStringLiteral("P-256")}, Case{keygen::KeyKind::Ed25519, 0, {}},
              Case{keygen::KeyKind::Ec, 0, QStringLiteral("P-384")}, Case{keygen::KeyKind::Rsa, 2048, {}}}) {
            auto made = generatePair(m_opened, c.kind, c.bits, c.curve, QStringLiteral("ca"));
            CHECK_OK(made);
            auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
            CHECK_OK(key);
            X509* certificate = X509_new();
            X509_set_version(certificate, X509_VERSION_3);
            ASN1_INTEGER_set(X509_get_serialNumber(certificate), 7);
            X509_NAME* name = X509_NAME_new();
            X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>("root"), -1, -1, 0);
            X509_set_subject_name(certificate, name);
            X509_set_issuer_name(certificate, name);
            X509_NAME_free(name);
            X509_gmtime_adj(X509_getm_notBefore(certificate), 0);
            X509_gmtime_adj(X509_getm_notAfter(certificate), 3600);
            auto pub = key->publicKey();
            CHECK_OK(pub);
            X509_set_pubkey(certificate, pub->get());
            const Result<void> signedOk = key->sign(certificate, key->supportedAlgorithms().first());
            QVERIFY2(signedOk.ok(), signedOk.ok() ? "" : qPrintable(signedOk.error().text()));
            // Self-signed: OpenSSL checks the certificate against itself.
            const QString path = m_fixture->dir() + QStringLiteral("/root.pem");
            FILE* out = fopen(path.toLocal8Bit().constData(), "w");
            QVERIFY(out != nullptr);
            PEM_write_X509(out, certificate);
            fclose(out);
            X509_free(certificate);
            const auto run = m_fixture->run(QStringLiteral("openssl"), {"verify", "-CAfile", path, path});
            QVERIFY2(run.ok(), qPrintable(QString::fromLocal8Bit(run.out + run.err)));
        }
    }

    void sessionAndLoginSurviveSigning() {
        // Our session was opened (and logged in) before any signing: libp11's first session on the
        // slot must not have closed it.
        auto made =
            generatePair(m_opened, keygen::KeyKind::Ec, 0, QStringLiteral("P-256"), QStringLiteral("a"));
        CHECK_OK(made);
        auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
        CHECK_OK(key);
        X509_REQ* request = unsignedRequest(*key);
        CHECK_OK(key->sign(request, key->supportedAlgorithms().first()));
        X509_REQ_free(request);
        auto loggedIn = m_opened.session->isLoggedIn();
        CHECK_OK(loggedIn);
        QVERIFY(*loggedIn);
        // A key made after libp11 listed the keys once is found too.
        auto later = generatePair(m_opened, keygen::KeyKind::Rsa, 2048, {}, QStringLiteral("later"));
        CHECK_OK(later);
        auto laterKey = signing::TokenKey::open(*m_opened.session, m_opened.token, *later);
        CHECK_OK(laterKey);
        request = unsignedRequest(*laterKey);
        CHECK_OK(laterKey->sign(request, laterKey->supportedAlgorithms().first()));
        X509_REQ_free(request);
    }

    void tokenCanBeInitialisedAfterSigning() {
        // libp11 keeps pooled sessions after signing; C_InitToken needs none.
        auto made =
            generatePair(m_opened, keygen::KeyKind::Ec, 0, QStringLiteral("P-256"), QStringLiteral("a"));
        CHECK_OK(made);
        auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
        CHECK_OK(key);
        X509_REQ* request = unsignedRequest(*key);
        CHECK_OK(key->sign(request, key->supportedAlgorithms().first()));
        X509_REQ_free(request);
        const CK_SLOT_ID slot = m_opened.session->slot();
        m_opened.session.reset();
        SecureBuffer so = tokentest::testPin(SoftHsmFixture::kSoPin);
        CHECK_OK(tokenadmin::initToken(*m_opened.module, m_opened.module, slot, QStringLiteral("again"), &so,
                                       nullptr, false));
    }

    void refusesBeforeSigning() {
        // CKA_SIGN false: no algorithm, and sign() refuses without C_SignInit.
        auto made = generatePair(m_opened, keygen::KeyKind::Ec, 0, QStringLiteral("P-256"),
                                 QStringLiteral("nosign"), false);
        CHECK_OK(made);
        auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
        CHECK_OK(key);
        QVERIFY(key->supportedAlgorithms().isEmpty());
        X509_REQ* request = unsignedRequest(*key);
        const Result<void> refused = key->sign(request, {signing::Scheme::Ecdsa, QStringLiteral("sha256")});
        X509_REQ_free(request);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("CKA_SIGN")),
                 qPrintable(refused.error().text()));

        // An algorithm for another key type, and a hash we do not offer.
        signing::KeyFacts rsa{CKK_RSA, 1024, {}, true, {}};
        QList<MechanismInfo> mechanisms{{CKM_RSA_PKCS, {}, 512, 4096, CKF_SIGN},
                                        {CKM_RSA_X_509, {}, 512, 4096, CKF_SIGN}};
        QVERIFY(signing::whyUnsupported(rsa, mechanisms, {signing::Scheme::Ecdsa, QStringLiteral("sha256")})
                    .contains(QLatin1String("key type")));
        QVERIFY(signing::whyUnsupported(rsa, mechanisms, {signing::Scheme::RsaPss, QStringLiteral("sha512")})
                    .contains(QLatin1String("too small")));
        QVERIFY(signing::whyUnsupported(rsa, mechanisms, {signing::Scheme::RsaPss, QStringLiteral("sha256")})
                    .isEmpty());
        QVERIFY(signing::whyUnsupported(rsa, {mechanisms.first()},
                                        {signing::Scheme::RsaPss, QStringLiteral("sha256")})
                    .contains(QLatin1String("CKM_RSA_X_509")));
        QVERIFY(!signing::algorithmFor(rsa, QStringLiteral("md5")).ok());
        QCOMPARE(signing::algorithmFor(rsa, QStringLiteral("SHA-384"), true)->hash, QStringLiteral("sha384"));
        signing::KeyFacts ed{CKK_EC_EDWARDS, 255, QStringLiteral("Ed25519"), true, {}};
        QVERIFY(!signing::algorithmFor(ed, QStringLiteral("sha256")).ok());
    }

    void privateKeyNeedsLogin() {
        auto made =
            generatePair(m_opened, keygen::KeyKind::Ec, 0, QStringLiteral("P-256"), QStringLiteral("p"));
        CHECK_OK(made);
        auto key = signing::TokenKey::open(*m_opened.session, m_opened.token, *made);
        CHECK_OK(key);
        CHECK_OK(m_opened.session->logout());
        X509_REQ* request = unsignedRequest(*key);
        const Result<void> refused = key->sign(request, key->supportedAlgorithms().first());
        X509_REQ_free(request);
        QVERIFY(!refused.ok());
        QVERIFY2(!refused.error().hint.isEmpty(), qPrintable(refused.error().text()));
    }

private:
    std::optional<SoftHsmFixture> m_fixture;
    tokentest::OpenedToken m_opened;
};

QTEST_GUILESS_MAIN(TestTokenSigner)
#include "test_token_signer.moc"
