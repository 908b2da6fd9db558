// Certificate chains across tokens, files and the system trust store: a valid chain whose links
// sit on two SoftHSM2 tokens, every kind of broken link with its reason in words (and OpenSSL
// agreeing that it is broken), loops, and the anchors of p11-kit's trust module.
#include "CertChain.h"
#include "CertCollect.h"
#include "CertificateInfo.h"
#include "ChainTestSupport.h"
#include "TokenHelpers.h"
#include "TrustStore.h"

#include <QFile>
#include <QTest>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace hsm;
using chaintest::Pki;

namespace {

QString describe(const chain::Chain& c) {
    QStringList lines;
    for (const chain::Link& link : c.links)
        lines << QStringLiteral("%1 [%2] %3")
                     .arg(link.subject, link.source.text(), link.problems.join(QLatin1String("; ")));
    return lines.join(QLatin1Char('\n'));
}

QList<chain::Candidate> candidatesOn(tokentest::OpenedToken& opened) {
    QList<chain::Candidate> out;
    auto certificates = certcollect::collectCertificates(*opened.session, opened.token);
    if (!certificates)
        return out;
    for (const certcollect::TokenCertificate& c : *certificates)
        out << chain::Candidate{c.der, chain::Source::token(opened.token.label), false};
    return out;
}

/// DER of the first certificate in a PEM file.
QByteArray pemFileDer(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (cert == nullptr)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    X509_free(cert);
    return out;
}

} // namespace

class TestChain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void chainAcrossTokensIsValid();
    void wrongSignature();
    void expiredIntermediate();
    void intermediateNotCa();
    void pathLengthExceeded();
    void issuerMissing();
    void keyUsageWithoutCertSign();
    void loopIsGuarded();
    void unparsableLeaf();
    void trustModuleAnchors();
    void systemRootIsAnchor();

private:
    /// Builds the chain of `leaf` from file candidates `pool` (plus the leaf's own issuer chain).
    chain::Chain fromFiles(const QString& leaf, const QStringList& pool) const;
    /// The link of `c` whose subject is CN=`cn`; fails the test when there is none.
    const chain::Link* linkNamed(const chain::Chain& c, const QString& cn) const;

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<Pki> m_pki;
};

void TestChain::init() {
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY(m_fixture->isValid());
    m_pki = std::make_unique<Pki>(*m_fixture);
    QVERIFY2(chaintest::makeDemoChain(*m_pki), qPrintable(m_pki->error()));
}

void TestChain::cleanup() {
    m_pki.reset();
    m_fixture.reset();
}

chain::Chain TestChain::fromFiles(const QString& leaf, const QStringList& pool) const {
    QList<chain::Candidate> candidates;
    for (const QString& name : pool)
        candidates << m_pki->fileCandidate(name);
    return chain::build(m_pki->fileCandidate(leaf), candidates);
}

const chain::Link* TestChain::linkNamed(const chain::Chain& c, const QString& cn) const {
    for (const chain::Link& link : c.links)
        if (link.subject == QStringLiteral("CN=") + cn)
            return &link;
    return nullptr;
}

void TestChain::chainAcrossTokensIsValid() {
    QVERIFY(!m_fixture->initToken(QStringLiteral("Token A")).isEmpty());
    QVERIFY(!m_fixture->initToken(QStringLiteral("Token B")).isEmpty());
    QVERIFY2(m_pki->store(QStringLiteral("Token B"), QStringLiteral("root"), QStringLiteral("Demo Root CA"),
                          QStringLiteral("01")),
             qPrintable(m_pki->error()));
    QVERIFY2(m_pki->store(QStringLiteral("Token B"), QStringLiteral("intermediate"),
                          QStringLiteral("Demo Intermediate CA"), QStringLiteral("02")),
             qPrintable(m_pki->error()));
    QVERIFY2(m_pki->store(QStringLiteral("Token A"), QStringLiteral("leaf"), QStringLiteral("Demo Leaf"),
                          QStringLiteral("03")),
             qPrintable(m_pki->error()));

    auto tokenA = tokentest::openToken(QStringLiteral("Token A"));
    auto tokenB = tokentest::openToken(QStringLiteral("Token B"));
    QVERIFY2(tokenA.ok(), qPrintable(tokenA.error));
    QVERIFY2(tokenB.ok(), qPrintable(tokenB.error));
    auto onA = certcollect::collectCertificates(*tokenA.session, tokenA.token);
    CHECK_OK(onA);
    QCOMPARE(onA->size(), 1);
    QCOMPARE(onA->first().der, m_pki->der(QStringLiteral("leaf")));
    QCOMPARE(onA->first().summary.label, QStringLiteral("Demo Leaf"));
    QCOMPARE(onA->first().summary.subject, QStringLiteral("CN=Demo Leaf"));

    QList<chain::Candidate> pool = candidatesOn(tokenA) + candidatesOn(tokenB);
    QCOMPARE(pool.size(), 3);
    const chain::Candidate leaf{onA->first().der, chain::Source::token(QStringLiteral("Token A")), false};
    const chain::Chain c = chain::build(leaf, pool);
    QVERIFY2(c.ok(), qPrintable(describe(c)));
    QCOMPARE(c.links.size(), 3);
    QCOMPARE(c.links[0].subject, QStringLiteral("CN=Demo Leaf"));
    QCOMPARE(c.links[1].subject, QStringLiteral("CN=Demo Intermediate CA"));
    QCOMPARE(c.links[2].subject, QStringLiteral("CN=Demo Root CA"));
    QCOMPARE(c.links[0].source.text(), QStringLiteral("token Token A"));
    QCOMPARE(c.links[1].source.text(), QStringLiteral("token Token B"));
    QCOMPARE(c.links[2].source.text(), QStringLiteral("token Token B"));
    QVERIFY(c.complete());
    QVERIFY(c.links[2].selfSigned);
    QVERIFY(!c.rootIsAnchor()); // a private test root is not in the system store
    for (const chain::Link& link : c.links) {
        QCOMPARE(link.signature.state, chain::Check::State::Passed);
        QCOMPARE(link.validity.state, chain::Check::State::Passed);
    }
    QCOMPARE(c.links[1].ca.state, chain::Check::State::Passed);
    QCOMPARE(c.links[1].keyUsage.state, chain::Check::State::Passed);
    QCOMPARE(c.links[0].ca.state, chain::Check::State::NotApplicable);
    QVERIFY(c.summary().contains(QLatin1String("not in the system trust store")));
    // OpenSSL agrees.
    QString output;
    QVERIFY2(m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("intermediate")},
                                    QStringLiteral("leaf"), &output),
             qPrintable(output));
}

void TestChain::wrongSignature() {
    // Same name as the real intermediate, another key: the leaf's signature cannot verify with it.
    QVERIFY2(m_pki->issue(QStringLiteral("impostor"), QStringLiteral("Demo Intermediate CA"),
                          QStringLiteral("root"), chaintest::kCaExt),
             qPrintable(m_pki->error()));
    const chain::Chain c =
        fromFiles(QStringLiteral("leaf"), {QStringLiteral("root"), QStringLiteral("impostor")});
    QVERIFY(!c.ok());
    QCOMPARE(c.links.size(), 3);
    QCOMPARE(c.firstBroken(), 0);
    QCOMPARE(c.links[0].signature.state, chain::Check::State::Failed);
    const QString expected =
        QStringLiteral("The signature does not verify with the key of “CN=Demo Intermediate CA” "
                       "(the issuer certificate was found in file %1)")
            .arg(m_pki->pemPath(QStringLiteral("impostor")));
    QCOMPARE(c.links[0].problems, QStringList{expected});
    QVERIFY(c.links[1].ok()); // the impostor itself is a valid certificate of the root
    QVERIFY(!m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("impostor")},
                                    QStringLiteral("leaf")));

    // With both intermediates available the one whose key verifies wins.
    const chain::Chain both =
        fromFiles(QStringLiteral("leaf"),
                  {QStringLiteral("impostor"), QStringLiteral("root"), QStringLiteral("intermediate")});
    QVERIFY2(both.ok(), qPrintable(describe(both)));
    QCOMPARE(both.links[1].der, m_pki->der(QStringLiteral("intermediate")));
}

void TestChain::expiredIntermediate() {
    // The intermediate's key, certified for 2023-01-01 .. 2024-01-30 only.
    QVERIFY2(m_pki->issue(QStringLiteral("expired"), QStringLiteral("Demo Intermediate CA"),
                          QStringLiteral("root"), chaintest::kCaExt, QStringLiteral("intermediate"),
                          QStringLiteral("20230101000000Z"), QStringLiteral("20240130120000Z")),
             qPrintable(m_pki->error()));
    const chain::Chain c =
        fromFiles(QStringLiteral("leaf"), {QStringLiteral("root"), QStringLiteral("expired")});
    QVERIFY(!c.ok());
    const chain::Link* intermediate = linkNamed(c, QStringLiteral("Demo Intermediate CA"));
    QVERIFY(intermediate != nullptr);
    QCOMPARE(intermediate->validity.state, chain::Check::State::Failed);
    QCOMPARE(intermediate->problems, QStringList{QStringLiteral("Expired on 2024-01-30")});
    QVERIFY(c.links[0].ok()); // its key still verifies the leaf
    QCOMPARE(c.firstBroken(), 1);
    QVERIFY(c.summary().contains(QLatin1String("Expired on 2024-01-30")));
    QString output;
    QVERIFY(!m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("expired")},
                                    QStringLiteral("leaf"), &output));
    QVERIFY2(output.contains(QLatin1String("expired")), qPrintable(output));

    // A clock before the end date sees it valid: the check follows the time asked for.
    chain::BuildOptions options;
    options.now = QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC);
    const chain::Chain then = chain::build(
        m_pki->fileCandidate(QStringLiteral("leaf")),
        {m_pki->fileCandidate(QStringLiteral("root")), m_pki->fileCandidate(QStringLiteral("expired"))},
        options);
    QCOMPARE(then.links[1].validity.state, chain::Check::State::Passed);
    QVERIFY(then.links[0].validity.text.startsWith(QLatin1String("Not valid before"))); // the leaf is new
}

void TestChain::intermediateNotCa() {
    QVERIFY2(m_pki->issue(QStringLiteral("notca"), QStringLiteral("Not A CA"), QStringLiteral("root"),
                          chaintest::kNotCaExt),
             qPrintable(m_pki->error()));
    QVERIFY2(m_pki->issue(QStringLiteral("leaf2"), QStringLiteral("Leaf Of Not A CA"),
                          QStringLiteral("notca"), chaintest::kLeafExt),
             qPrintable(m_pki->error()));
    const chain::Chain c =
        fromFiles(QStringLiteral("leaf2"), {QStringLiteral("root"), QStringLiteral("notca")});
    QVERIFY(!c.ok());
    QCOMPARE(c.links.size(), 3);
    QCOMPARE(c.links[1].ca.state, chain::Check::State::Failed);
    QCOMPARE(c.links[1].problems, QStringList{QStringLiteral("Not a CA: basicConstraints CA:FALSE")});
    QCOMPARE(c.links[0].signature.state, chain::Check::State::Passed);
    QVERIFY(
        !m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("notca")}, QStringLiteral("leaf2")));
}

void TestChain::pathLengthExceeded() {
    QVERIFY(m_pki->issue(QStringLiteral("ca0"), QStringLiteral("Path Zero CA"), QStringLiteral("root"),
                         chaintest::kCaPathLen0Ext));
    QVERIFY(m_pki->issue(QStringLiteral("sub"), QStringLiteral("Sub CA"), QStringLiteral("ca0"),
                         chaintest::kCaExt));
    QVERIFY2(m_pki->issue(QStringLiteral("leaf3"), QStringLiteral("Deep Leaf"), QStringLiteral("sub"),
                          chaintest::kLeafExt),
             qPrintable(m_pki->error()));
    const chain::Chain c = fromFiles(QStringLiteral("leaf3"),
                                     {QStringLiteral("root"), QStringLiteral("ca0"), QStringLiteral("sub")});
    QVERIFY(!c.ok());
    QCOMPARE(c.links.size(), 4);
    const chain::Link* ca0 = linkNamed(c, QStringLiteral("Path Zero CA"));
    QVERIFY(ca0 != nullptr);
    QCOMPARE(ca0->pathLength.state, chain::Check::State::Failed);
    QCOMPARE(ca0->problems.size(), 1);
    QVERIFY2(ca0->problems.first().startsWith(QLatin1String("Path length 0 exceeded")),
             qPrintable(ca0->problems.first()));
    QVERIFY(c.links[1].ok());
    QVERIFY(c.links[3].ok());
    QVERIFY(!m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("ca0"), QStringLiteral("sub")},
                                    QStringLiteral("leaf3")));
    // Directly below the pathlen:0 CA, a leaf is fine.
    QVERIFY(m_pki->issue(QStringLiteral("leaf4"), QStringLiteral("Shallow Leaf"), QStringLiteral("ca0"),
                         chaintest::kLeafExt));
    const chain::Chain shallow =
        fromFiles(QStringLiteral("leaf4"), {QStringLiteral("root"), QStringLiteral("ca0")});
    QVERIFY2(shallow.ok(), qPrintable(describe(shallow)));
}

void TestChain::issuerMissing() {
    const chain::Chain c = fromFiles(QStringLiteral("leaf"), {QStringLiteral("root")});
    QVERIFY(!c.ok());
    QVERIFY(!c.complete());
    QCOMPARE(c.links.size(), 2);
    QVERIFY(c.links[1].missing);
    QCOMPARE(c.links[1].subject, QStringLiteral("CN=Demo Intermediate CA"));
    QCOMPARE(c.links[1].problems, QStringList{QStringLiteral("Issuer not found: CN=Demo Intermediate CA")});
    QCOMPARE(c.links[0].signature.state, chain::Check::State::NotApplicable);
    QCOMPARE(c.firstBroken(), 1);
    QCOMPARE(c.summary(), QStringLiteral("The chain is broken: Issuer not found: CN=Demo Intermediate CA"));
}

void TestChain::keyUsageWithoutCertSign() {
    QVERIFY(m_pki->issue(QStringLiteral("noks"), QStringLiteral("Signing Only CA"), QStringLiteral("root"),
                         chaintest::kNoCertSignExt));
    QVERIFY2(m_pki->issue(QStringLiteral("leaf5"), QStringLiteral("Leaf Of Signing Only CA"),
                          QStringLiteral("noks"), chaintest::kLeafExt),
             qPrintable(m_pki->error()));
    const chain::Chain c =
        fromFiles(QStringLiteral("leaf5"), {QStringLiteral("root"), QStringLiteral("noks")});
    QVERIFY(!c.ok());
    QCOMPARE(c.links[1].keyUsage.state, chain::Check::State::Failed);
    QCOMPARE(c.links[1].problems, QStringList{QStringLiteral(
                                      "Key usage does not include keyCertSign (it has: digitalSignature)")});
    QCOMPARE(c.links[1].ca.state, chain::Check::State::Passed);
    QVERIFY(
        !m_pki->opensslVerifies(QStringLiteral("root"), {QStringLiteral("noks")}, QStringLiteral("leaf5")));
}

void TestChain::loopIsGuarded() {
    // X and Y each certified by the other; no self-signed certificate of either name in the pool.
    QVERIFY(m_pki->root(QStringLiteral("x0"), QStringLiteral("Loop X")));
    QVERIFY(m_pki->root(QStringLiteral("y0"), QStringLiteral("Loop Y")));
    QVERIFY(m_pki->issue(QStringLiteral("x"), QStringLiteral("Loop X"), QStringLiteral("y0"),
                         chaintest::kCaExt, QStringLiteral("x0")));
    QVERIFY(m_pki->issue(QStringLiteral("y"), QStringLiteral("Loop Y"), QStringLiteral("x0"),
                         chaintest::kCaExt, QStringLiteral("y0")));
    QVERIFY2(m_pki->issue(QStringLiteral("loopleaf"), QStringLiteral("Loop Leaf"), QStringLiteral("x0"),
                          chaintest::kLeafExt),
             qPrintable(m_pki->error()));
    const chain::Chain c = fromFiles(QStringLiteral("loopleaf"), {QStringLiteral("x"), QStringLiteral("y")});
    QVERIFY(!c.ok());
    QCOMPARE(c.links.size(), 4);
    QCOMPARE(c.links[1].subject, QStringLiteral("CN=Loop X"));
    QCOMPARE(c.links[2].subject, QStringLiteral("CN=Loop Y"));
    QVERIFY(c.links[3].missing);
    QCOMPARE(c.links[3].problems,
             QStringList{QStringLiteral("Loop: the issuer “CN=Loop X” is already in the chain below")});
}

void TestChain::unparsableLeaf() {
    const chain::Chain c =
        chain::build({QByteArray("not a certificate"), chain::Source::file(QStringLiteral("x")), false},
                     {m_pki->fileCandidate(QStringLiteral("root"))});
    QVERIFY(!c.ok());
    QCOMPARE(c.links.size(), 1);
    QVERIFY(c.links[0].problems.first().contains(QLatin1String("does not parse")));
    QVERIFY(!chain::isCertificate(QByteArray("junk")));
    QVERIFY(chain::isCertificate(m_pki->der(QStringLiteral("root"))));
}

void TestChain::trustModuleAnchors() {
    auto module = Module::load(SoftHsmFixture::trustModulePath(), QStringLiteral("p11-kit-trust"));
    CHECK_OK(module);
    auto certificates = truststore::readCertificates(*module);
    CHECK_OK(certificates);
    const QList<QByteArray> anchors = truststore::anchorsOf(*certificates);
    QVERIFY2(anchors.size() > 50, qPrintable(QString::number(anchors.size())));
    bool isrg = false;
    for (const QByteArray& der : anchors) {
        const auto summary = x509::decodeCertificate(der);
        QVERIFY(summary.has_value());
        isrg |= summary->subject.contains(QLatin1String("CN=ISRG Root X1"));
    }
    QVERIFY(isrg);
    // The loading convenience reads the same store.
    auto loaded = truststore::loadSystemCertificates();
    CHECK_OK(loaded);
    QCOMPARE(loaded->size(), certificates->size());
}

void TestChain::systemRootIsAnchor() {
    auto loaded = truststore::loadSystemCertificates(SoftHsmFixture::trustModulePath());
    CHECK_OK(loaded);
    const QList<chain::Candidate> trust = truststore::candidatesOf(*loaded);
    // The same root read from a file is recognised as the system's anchor.
    const QByteArray isrg = pemFileDer(QStringLiteral("/etc/ssl/certs/ISRG_Root_X1.pem"));
    QVERIFY(!isrg.isEmpty());
    const chain::Chain c = chain::build(
        {isrg, chain::Source::file(QStringLiteral("/etc/ssl/certs/ISRG_Root_X1.pem")), false}, trust);
    QVERIFY2(c.ok(), qPrintable(describe(c)));
    QCOMPARE(c.links.size(), 1);
    QVERIFY(c.rootIsAnchor());
    QVERIFY(c.summary().contains(QLatin1String("is a trust anchor")));
    // Our demo chain with the trust store in the pool: complete, valid, root not an anchor.
    QList<chain::Candidate> pool = trust;
    pool << m_pki->fileCandidate(QStringLiteral("intermediate"))
         << m_pki->fileCandidate(QStringLiteral("root"));
    const chain::Chain demo = chain::build(m_pki->fileCandidate(QStringLiteral("leaf")), pool);
    QVERIFY2(demo.ok(), qPrintable(describe(demo)));
    QVERIFY(!demo.rootIsAnchor());
    // Without the trust store the ISRG root is still self-signed and valid, just not an anchor.
    const chain::Chain alone = chain::build(
        {isrg, chain::Source::file(QStringLiteral("/etc/ssl/certs/ISRG_Root_X1.pem")), false}, {});
    QVERIFY(alone.ok());
    QVERIFY(!alone.rootIsAnchor());
}

QTEST_GUILESS_MAIN(TestChain)
#include "test_chain.moc"
