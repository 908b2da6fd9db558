#pragma once

// A small PKI made with the openssl command line for the client bundle tests: a root, an
// intermediate, client certificates (clientAuth, serverAuth only, no EKU) issued by the intermediate,
// their keys, a DER copy, PFX files with and without the chain, and PEM files in right and wrong
// orders. Everything lives in one temporary folder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace bundletest {

inline constexpr const char* kPfxPassword = "pfx-secret";
inline const QString kRootName = QStringLiteral("Bundle Test Root");
inline const QString kIntermediateName = QStringLiteral("Bundle Test Intermediate");
/// Non-ASCII on purpose: names must be kept exactly.
inline const QString kClientName = QStringLiteral("Bundle Client Zürich");

inline const char* kConfig = R"([req]
distinguished_name = dn
prompt = no
utf8 = yes
string_mask = utf8only
[dn]
CN = unused
[v3_root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[v3_int]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_client]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_noeku]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
)";

class TestPki {
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString lastError() const { return m_error; }

    /// Runs openssl in the folder; false (lastError set) when it fails.
    bool openssl(const QStringList& args) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), args);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1: %2%3")
                          .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError()),
                               process.errorString());
            return false;
        }
        m_lastOutput = process.readAllStandardOutput() + process.readAllStandardError();
        return true;
    }
    [[nodiscard]] QByteArray lastOutput() const { return m_lastOutput; }

    [[nodiscard]] QByteArray read(const QString& name) const {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    bool write(const QString& name, const QByteArray& data) const {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }
    /// Concatenates PEM files into `name`.
    bool concat(const QString& name, const QStringList& parts) const {
        QByteArray all;
        for (const QString& part : parts)
            all += read(part);
        return write(name, all);
    }

    /// A key pair (P-256) and certificate `name`.pem with subject CN=`cn`, issued by `issuer` (empty:
    /// self-signed) with the extension section `section`.
    bool issue(const QString& name, const QString& cn, const QString& issuer, const QString& section,
               int serial) {
        const QString key = name + QStringLiteral(".key");
        const QString subject = QStringLiteral("/O=Example/CN=") + cn;
        const QStringList newKey{QStringLiteral("-newkey"),
                                 QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:P-256"),
                                 QStringLiteral("-nodes"),
                                 QStringLiteral("-keyout"),
                                 key};
        if (issuer.isEmpty())
            return openssl(
                QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-utf8"),
                            QStringLiteral("-config"), QStringLiteral("bundle.cnf"),
                            QStringLiteral("-extensions"), section, QStringLiteral("-subj"), subject,
                            QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-set_serial"),
                            QString::number(serial), QStringLiteral("-out"), name + QStringLiteral(".pem")}
                << newKey);
        const QString csr = name + QStringLiteral(".csr");
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-utf8"),
                                   QStringLiteral("-config"), QStringLiteral("bundle.cnf"),
                                   QStringLiteral("-subj"), subject, QStringLiteral("-out"), csr}
                       << newKey) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                        QStringLiteral("-CA"), issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                        issuer + QStringLiteral(".key"), QStringLiteral("-set_serial"),
                        QString::number(serial), QStringLiteral("-days"), QStringLiteral("825"),
                        QStringLiteral("-extfile"), QStringLiteral("bundle.cnf"),
                        QStringLiteral("-extensions"), section, QStringLiteral("-out"),
                        name + QStringLiteral(".pem")});
    }

    /// The whole PKI; false with lastError() on the first failure.
    bool make() {
        if (!write(QStringLiteral("bundle.cnf"), kConfig))
            return fail(QStringLiteral("cannot write bundle.cnf"));
        const QString pass = QStringLiteral("pass:") + QLatin1String(kPfxPassword);
        return issue(QStringLiteral("root"), kRootName, {}, QStringLiteral("v3_root"), 1) &&
               issue(QStringLiteral("int"), kIntermediateName, QStringLiteral("root"),
                     QStringLiteral("v3_int"), 2) &&
               issue(QStringLiteral("client"), kClientName, QStringLiteral("int"),
                     QStringLiteral("v3_client"), 3) &&
               issue(QStringLiteral("server"), QStringLiteral("Server Only"), QStringLiteral("int"),
                     QStringLiteral("v3_server"), 4) &&
               issue(QStringLiteral("noeku"), QStringLiteral("No EKU"), QStringLiteral("int"),
                     QStringLiteral("v3_noeku"), 5) &&
               issue(QStringLiteral("otherroot"), QStringLiteral("Other Root"), {}, QStringLiteral("v3_root"),
                     6) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("client.pem"),
                        QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                        QStringLiteral("client.der")}) &&
               openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"),
                        QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                        QStringLiteral("client.key.der")}) &&
               openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                        QStringLiteral("client.pem"), QStringLiteral("-inkey"), QStringLiteral("client.key"),
                        QStringLiteral("-passout"), pass, QStringLiteral("-out"),
                        QStringLiteral("single.pfx")}) &&
               openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                        QStringLiteral("client.pem"), QStringLiteral("-inkey"), QStringLiteral("client.key"),
                        QStringLiteral("-certfile"), QStringLiteral("int.pem"), QStringLiteral("-passout"),
                        pass, QStringLiteral("-out"), QStringLiteral("chain.pfx")}) &&
               concat(QStringLiteral("bundle-good.pem"),
                      {QStringLiteral("client.pem"), QStringLiteral("int.pem")}) &&
               concat(
                   QStringLiteral("bundle-root.pem"),
                   {QStringLiteral("client.pem"), QStringLiteral("int.pem"), QStringLiteral("root.pem")}) &&
               concat(QStringLiteral("bundle-wrong-order.pem"),
                      {QStringLiteral("int.pem"), QStringLiteral("client.pem")}) &&
               concat(QStringLiteral("ca-with-int.pem"),
                      {QStringLiteral("root.pem"), QStringLiteral("int.pem")}) &&
               concat(QStringLiteral("server-bundle.pem"),
                      {QStringLiteral("server.pem"), QStringLiteral("int.pem")}) &&
               concat(QStringLiteral("noeku-bundle.pem"),
                      {QStringLiteral("noeku.pem"), QStringLiteral("int.pem")});
    }

private:
    bool fail(const QString& error) {
        m_error = error;
        return false;
    }
    QTemporaryDir m_dir;
    QString m_error;
    QByteArray m_lastOutput;
};

} // namespace bundletest
