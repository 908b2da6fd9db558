// Exporting certificates, public keys (also from private keys) and data values (ObjectExport) from a
// real SoftHSM2 token; the files are checked with openssl against the keys openssl made.
#include "ObjectExport.h"
#include "ObjectLister.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hsm;
using namespace tokentest;

namespace {
const QString kToken = QStringLiteral("ExportToken");
}

class TestObjectExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void certificateIsByteIdentical();
    void rsaPrivateKeyFromItsAttributes();
    void ecPublicKeyObject();
    void ecPrivateKeyUsesPublicKeyObject();
    void ecPrivateKeyUsesCertificate();
    void ecPrivateKeyAloneNamesWhatIsMissing();
    void ed25519PublicKey();
    void dataObjectValue();
    void secretKeyHasNothingToExport();
    void formatsAndPem();

private:
    QString path(const QString& name) const { return m_tmp.filePath(name); }
    QByteArray readFile(const QString& name) const {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool writeFile(const QString& name, const QByteArray& bytes) const {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    /// openssl with `args`; stdout on success, a failed test otherwise.
    QByteArray openssl(const QStringList& args) {
        const auto r = m_fixture->run(QStringLiteral("openssl"), args);
        if (!r.ok())
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.ok() ? r.out : QByteArray("openssl failed");
    }
    /// The public key of openssl key file `keyFile` as DER SPKI.
    QByteArray opensslSpki(const QString& keyFile) {
        return openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(keyFile),
                        QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
    }
    ObjectSummary object(CK_OBJECT_CLASS cls, const char* label) {
        const auto h = findObject(*m_open.session, cls, QByteArray(label));
        if (!h)
            return {};
        auto s = summarizeObject(*m_open.session, m_open.token, *h);
        return s ? *s : ObjectSummary{};
    }
    void tool(const QStringList& args) { CHECK_TOOL(m_fixture->pkcs11Tool(kToken, args)); }
    void importKey(const QString& keyFile, const QString& label, const QString& id) {
        tool({QStringLiteral("--write-object"), path(keyFile), QStringLiteral("--type"),
              QStringLiteral("privkey"), QStringLiteral("--label"), label, QStringLiteral("--id"), id});
    }
    void importCert(const QString& derFile, const QString& label, const QString& id) {
        tool({QStringLiteral("--write-object"), path(derFile), QStringLiteral("--type"),
              QStringLiteral("cert"), QStringLiteral("--label"), label, QStringLiteral("--id"), id});
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    OpenedToken m_open;
    QTemporaryDir m_tmp;
};

void TestObjectExport::initTestCase() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    QVERIFY2(!m_fixture->initToken(kToken).isEmpty(), qPrintable(m_fixture->lastError()));

    // RSA (id 01): key made by openssl, imported as a private key only, with a certificate.
    const auto rsa = makeSelfSignedCertificate(*m_fixture, path(QStringLiteral("rsa.der")),
                                               {QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                QStringLiteral("-subj"), QStringLiteral("/CN=rsa export")});
    CHECK_TOOL(rsa);
    importKey(QStringLiteral("rsa.der.key"), QStringLiteral("rsa-key"), QStringLiteral("01"));
    importCert(QStringLiteral("rsa.der"), QStringLiteral("rsa-cert"), QStringLiteral("01"));

    // EC (id 02): generated on the token, so a public key object exists beside the private key.
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
          QStringLiteral("--label"), QStringLiteral("ec-pair"), QStringLiteral("--id"),
          QStringLiteral("02")});

    // EC P-384 (id 05): private key and certificate only (SoftHSM2 keeps no CKA_EC_POINT on it).
    const auto ec =
        makeSelfSignedCertificate(*m_fixture, path(QStringLiteral("ec.der")),
                                  {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-384"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=ec export")});
    CHECK_TOOL(ec);
    importKey(QStringLiteral("ec.der.key"), QStringLiteral("ec-cert-key"), QStringLiteral("05"));
    importCert(QStringLiteral("ec.der"), QStringLiteral("ec-cert"), QStringLiteral("05"));

    // EC (id 06): a private key with no partner at all.
    const auto lone = makeSelfSignedCertificate(
        *m_fixture, path(QStringLiteral("lone.der")),
        {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-subj"), QStringLiteral("/CN=lone")});
    CHECK_TOOL(lone);
    importKey(QStringLiteral("lone.der.key"), QStringLiteral("ec-lone"), QStringLiteral("06"));

    // Ed25519 (id 03) and an AES key (id 04).
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:edwards25519"),
          QStringLiteral("--label"), QStringLiteral("ed-pair"), QStringLiteral("--id"),
          QStringLiteral("03")});
    tool({QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:32"),
          QStringLiteral("--label"), QStringLiteral("aes"), QStringLiteral("--id"), QStringLiteral("04")});

    QVERIFY(writeFile(QStringLiteral("data.bin"), QByteArray("\x00\x01binary\xff value", 15)));
    tool({QStringLiteral("--write-object"), path(QStringLiteral("data.bin")), QStringLiteral("--type"),
          QStringLiteral("data"), QStringLiteral("--label"), QStringLiteral("blob")});
}

void TestObjectExport::cleanupTestCase() {
    m_open = {};
    m_fixture.reset();
}

void TestObjectExport::init() {
    OpenOptions options;
    options.loginUser = true;
    m_open = openToken(kToken, options);
    QVERIFY2(m_open.ok(), qPrintable(m_open.error));
}

void TestObjectExport::cleanup() {
    m_open = {};
}

void TestObjectExport::certificateIsByteIdentical() {
    const ObjectSummary cert = object(CKO_CERTIFICATE, "rsa-cert");
    QCOMPARE(exporting::kindOf(cert), exporting::Kind::Certificate);
    const auto payload = exporting::fetch(*m_open.session, m_open.token, cert);
    CHECK_OK(payload);
    const auto der = exporting::encode(*payload, exporting::Format::Der);
    CHECK_OK(der);
    QCOMPARE(*der, readFile(QStringLiteral("rsa.der")));
    QCOMPARE(payload->suggestedName, QStringLiteral("rsa-cert"));

    // PEM: openssl x509 reads it and gives back the same DER.
    const auto pem = exporting::encode(*payload, exporting::Format::Pem);
    CHECK_OK(pem);
    QVERIFY(pem->startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(writeFile(QStringLiteral("out.pem"), *pem));
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("out.pem")),
                      QStringLiteral("-outform"), QStringLiteral("DER")}),
             readFile(QStringLiteral("rsa.der")));
    const QByteArray subject =
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("out.pem")),
                 QStringLiteral("-noout"), QStringLiteral("-subject")});
    QVERIFY2(subject.contains("rsa export"), subject.constData());
}

void TestObjectExport::rsaPrivateKeyFromItsAttributes() {
    const ObjectSummary key = object(CKO_PRIVATE_KEY, "rsa-key");
    QString source;
    const auto spki = exporting::publicKeyInfo(*m_open.session, m_open.token, key, &source);
    CHECK_OK(spki);
    QCOMPARE(*spki, opensslSpki(QStringLiteral("rsa.der.key")));
    QVERIFY2(source.contains(QStringLiteral("CKA_MODULUS")), qPrintable(source));
}

void TestObjectExport::ecPublicKeyObject() {
    const ObjectSummary pub = object(CKO_PUBLIC_KEY, "ec-pair");
    const auto payload = exporting::fetch(*m_open.session, m_open.token, pub);
    CHECK_OK(payload);
    QCOMPARE(payload->kind, exporting::Kind::PublicKey);
    const auto pem = exporting::encode(*payload, exporting::Format::Pem);
    CHECK_OK(pem);
    QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(writeFile(QStringLiteral("ec.pub.pem"), *pem));
    const QByteArray text =
        openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                 path(QStringLiteral("ec.pub.pem")), QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.contains("prime256v1") || text.contains("P-256"), text.constData());
    // openssl re-encodes it to the same DER.
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                      path(QStringLiteral("ec.pub.pem")), QStringLiteral("-outform"), QStringLiteral("DER")}),
             payload->der);
}

void TestObjectExport::ecPrivateKeyUsesPublicKeyObject() {
    const ObjectSummary priv = object(CKO_PRIVATE_KEY, "ec-pair");
    const ObjectSummary pub = object(CKO_PUBLIC_KEY, "ec-pair");
    QString source;
    const auto fromPrivate = exporting::publicKeyInfo(*m_open.session, m_open.token, priv, &source);
    CHECK_OK(fromPrivate);
    const auto fromPublic = exporting::publicKeyInfo(*m_open.session, m_open.token, pub);
    CHECK_OK(fromPublic);
    QCOMPARE(*fromPrivate, *fromPublic);
    QVERIFY2(source.contains(QStringLiteral("public key object")), qPrintable(source));
}

void TestObjectExport::ecPrivateKeyUsesCertificate() {
    const ObjectSummary priv = object(CKO_PRIVATE_KEY, "ec-cert-key");
    QString source;
    const auto spki = exporting::publicKeyInfo(*m_open.session, m_open.token, priv, &source);
    CHECK_OK(spki);
    QCOMPARE(*spki, opensslSpki(QStringLiteral("ec.der.key")));
    QVERIFY2(source.contains(QStringLiteral("certificate")), qPrintable(source));
}

void TestObjectExport::ecPrivateKeyAloneNamesWhatIsMissing() {
    const ObjectSummary priv = object(CKO_PRIVATE_KEY, "ec-lone");
    const auto spki = exporting::publicKeyInfo(*m_open.session, m_open.token, priv);
    QVERIFY(!spki);
    const QString message = spki.error().message;
    QVERIFY2(message.contains(QStringLiteral("CKA_EC_POINT")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ec-lone")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("06")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no public key or certificate")), qPrintable(message));
}

void TestObjectExport::ed25519PublicKey() {
    const ObjectSummary pub = object(CKO_PUBLIC_KEY, "ed-pair");
    const auto payload = exporting::fetch(*m_open.session, m_open.token, pub);
    CHECK_OK(payload);
    QVERIFY(writeFile(QStringLiteral("ed.der"), payload->der));
    const QByteArray text =
        openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), path(QStringLiteral("ed.der")),
                 QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.contains("ED25519"), text.constData());
    // The private half exports the same key through its public partner.
    const auto fromPrivate =
        exporting::publicKeyInfo(*m_open.session, m_open.token, object(CKO_PRIVATE_KEY, "ed-pair"));
    CHECK_OK(fromPrivate);
    QCOMPARE(*fromPrivate, payload->der);
}

void TestObjectExport::dataObjectValue() {
    const ObjectSummary blob = object(CKO_DATA, "blob");
    const auto payload = exporting::fetch(*m_open.session, m_open.token, blob);
    CHECK_OK(payload);
    const auto raw = exporting::encode(*payload, exporting::Format::Raw);
    CHECK_OK(raw);
    QCOMPARE(*raw, readFile(QStringLiteral("data.bin")));
    QVERIFY(!exporting::encode(*payload, exporting::Format::Pem));
}

void TestObjectExport::secretKeyHasNothingToExport() {
    const ObjectSummary aes = object(CKO_SECRET_KEY, "aes");
    QCOMPARE(exporting::kindOf(aes), exporting::Kind::None);
    const auto payload = exporting::fetch(*m_open.session, m_open.token, aes);
    QVERIFY(!payload);
    QVERIFY2(payload.error().message.contains(QStringLiteral("secret")), qPrintable(payload.error().message));
}

void TestObjectExport::formatsAndPem() {
    // 64 columns, armour lines, a trailing newline: what openssl and every PEM reader expect.
    const QByteArray der(100, '\x5a');
    const QByteArray pem = exporting::toPem(der, "PUBLIC KEY");
    const QList<QByteArray> lines = pem.split('\n');
    QCOMPARE(lines.first(), QByteArray("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(lines.at(1).size(), 64);
    QCOMPARE(lines.at(lines.size() - 2), QByteArray("-----END PUBLIC KEY-----"));
    QVERIFY(pem.endsWith('\n'));
    QCOMPARE(lines.size(), 6); // BEGIN, 64 + 64 + 8 characters, END, and the empty rest after the last '\n'
    QCOMPARE(QByteArray::fromBase64(lines.at(1) + lines.at(2) + lines.at(3)), der);
}

QTEST_GUILESS_MAIN(TestObjectExport)
#include "test_object_export.moc"
