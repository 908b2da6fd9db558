#include "ChainTestSupport.h"

#include <QDir>
#include <QFile>

namespace chaintest {

namespace {

// Extension sections for the certificates the tests need; subject key identifiers everywhere so
// issuers are matched by AKI/SKI as well as by name.
const char* const kConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = index.txt
new_certs_dir = newcerts
serial = serial
default_md = sha256
policy = any
unique_subject = no
email_in_dn = no
[any]
commonName = supplied
[root_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ca_pathlen0_ext]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[not_ca_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,keyCertSign,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[no_certsign_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

} // namespace

Pki::Pki(const SoftHsmFixture& fixture) : m_fixture(fixture), m_dir(fixture.dir() + QStringLiteral("/pki")) {
    QDir().mkpath(m_dir + QStringLiteral("/newcerts"));
    QFile config(path(QStringLiteral("openssl.cnf")));
    if (config.open(QIODevice::WriteOnly))
        config.write(kConfig);
    QFile index(path(QStringLiteral("index.txt")));
    if (index.open(QIODevice::WriteOnly))
        index.close();
    QFile serial(path(QStringLiteral("serial")));
    if (serial.open(QIODevice::WriteOnly))
        serial.write("1000\n");
}

QString Pki::path(const QString& file) const {
    return m_dir + QLatin1Char('/') + file;
}

QString Pki::pemPath(const QString& name) const {
    return path(name + QStringLiteral(".pem"));
}

QString Pki::derPath(const QString& name) const {
    return path(name + QStringLiteral(".der"));
}

QByteArray Pki::der(const QString& name) const {
    QFile file(derPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

hsm::chain::Candidate Pki::fileCandidate(const QString& name) const {
    return {der(name), hsm::chain::Source::file(pemPath(name)), false};
}

bool Pki::openssl(const QStringList& args) {
    // openssl ca resolves its database relative to the working directory: run from the PKI folder.
    const QString previous = QDir::currentPath();
    QDir::setCurrent(m_dir);
    const SoftHsmFixture::ProcessResult run = m_fixture.run(QStringLiteral("openssl"), args);
    QDir::setCurrent(previous);
    if (!run.ok())
        m_error = QStringLiteral("openssl %1: %2")
                      .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(run.err + run.out));
    return run.ok();
}

bool Pki::root(const QString& name, const QString& cn) {
    return openssl({"req", "-x509", "-config", path("openssl.cnf"), "-extensions", kRootExt, "-newkey", "ec",
                    "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", path(name + ".key"), "-subj",
                    "/CN=" + cn, "-days", "3650", "-out", pemPath(name)}) &&
           openssl({"x509", "-in", pemPath(name), "-outform", "DER", "-out", derPath(name)});
}

bool Pki::issue(const QString& name, const QString& cn, const QString& issuer, const QString& ext,
                const QString& keyOf, const QString& start, const QString& end) {
    const QString csr = path(name + ".csr");
    const QString key = path((keyOf.isEmpty() ? name : keyOf) + ".key");
    QStringList request{"req", "-new", "-config", path("openssl.cnf"), "-subj", "/CN=" + cn, "-out", csr};
    if (keyOf.isEmpty())
        request << "-newkey"
                << "ec"
                << "-pkeyopt"
                << "ec_paramgen_curve:P-256"
                << "-nodes"
                << "-keyout" << key;
    else
        request << "-key" << key;
    if (!openssl(request))
        return false;
    const QString issuerPem = pemPath(issuer);
    const QString issuerKey = path(issuer + ".key");
    bool signedOk = false;
    if (start.isEmpty())
        signedOk = openssl({"x509", "-req", "-in", csr, "-CA", issuerPem, "-CAkey", issuerKey, "-days", "365",
                            "-extfile", path("openssl.cnf"), "-extensions", ext, "-out", pemPath(name)});
    else
        signedOk = openssl({"ca",          "-batch",  "-config",    path("openssl.cnf"),
                            "-cert",       issuerPem, "-keyfile",   issuerKey,
                            "-in",         csr,       "-startdate", start,
                            "-enddate",    end,       "-extfile",   path("openssl.cnf"),
                            "-extensions", ext,       "-notext",    "-out",
                            pemPath(name)});
    return signedOk && openssl({"x509", "-in", pemPath(name), "-outform", "DER", "-out", derPath(name)});
}

bool Pki::opensslVerifies(const QString& root, const QStringList& intermediates, const QString& leaf,
                          QString* output) const {
    QStringList args{"verify", "-CAfile", pemPath(root)};
    for (const QString& intermediate : intermediates)
        args << "-untrusted" << pemPath(intermediate);
    args << pemPath(leaf);
    const SoftHsmFixture::ProcessResult run = m_fixture.run(QStringLiteral("openssl"), args);
    if (output != nullptr)
        *output = QString::fromLocal8Bit(run.out + run.err);
    return run.ok();
}

bool Pki::store(const QString& token, const QString& name, const QString& label, const QString& id) {
    const SoftHsmFixture::ProcessResult run = m_fixture.pkcs11Tool(
        token, {"--write-object", derPath(name), "--type", "cert", "--label", label, "--id", id});
    if (!run.ok())
        m_error = QStringLiteral("pkcs11-tool: %1").arg(QString::fromLocal8Bit(run.err + run.out));
    return run.ok();
}

bool makeDemoChain(Pki& pki) {
    return pki.root(QStringLiteral("root"), QStringLiteral("Demo Root CA")) &&
           pki.issue(QStringLiteral("intermediate"), QStringLiteral("Demo Intermediate CA"),
                     QStringLiteral("root"), kCaExt) &&
           pki.issue(QStringLiteral("leaf"), QStringLiteral("Demo Leaf"), QStringLiteral("intermediate"),
                     kLeafExt);
}

} // namespace chaintest
