#include "BenchToken.h"

#include "SecureBuffer.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cstring>
#include <functional>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <vector>

using hsm::Error;
using hsm::Result;

namespace bench {

namespace {

// DER of a small self-signed EC certificate plus its subject and serial, made once per run.
struct CertificateDer {
    QByteArray value, subject, serial;
};

template <typename T, void (*Free)(T*)> struct OsslPtr {
    T* p = nullptr;
    ~OsslPtr() {
        if (p)
            Free(p);
    }
};

QByteArray toDer(int length, const std::function<int(unsigned char**)>& write) {
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    write(&out);
    return der;
}

Result<CertificateDer> makeCertificate() {
    OsslPtr<EVP_PKEY, EVP_PKEY_free> key{EVP_EC_gen("P-256")};
    OsslPtr<X509, X509_free> cert{X509_new()};
    if (!key.p || !cert.p)
        return Error::other(QStringLiteral("EVP_EC_gen"), QStringLiteral("cannot make a key"));
    X509_set_version(cert.p, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.p), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert.p), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.p), 365L * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(cert.p);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("bench certificate"), -1, -1, 0);
    X509_set_issuer_name(cert.p, name);
    X509_set_pubkey(cert.p, key.p);
    if (X509_sign(cert.p, key.p, EVP_sha256()) <= 0)
        return Error::other(QStringLiteral("X509_sign"), QStringLiteral("cannot sign the certificate"));
    CertificateDer der;
    der.value = toDer(i2d_X509(cert.p, nullptr), [&](unsigned char** out) { return i2d_X509(cert.p, out); });
    der.subject =
        toDer(i2d_X509_NAME(name, nullptr), [&](unsigned char** out) { return i2d_X509_NAME(name, out); });
    const ASN1_INTEGER* serial = X509_get0_serialNumber(cert.p);
    der.serial = toDer(i2d_ASN1_INTEGER(serial, nullptr),
                       [&](unsigned char** out) { return i2d_ASN1_INTEGER(serial, out); });
    return der;
}

Result<void> runTool(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral("softhsm2-util"), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error::other(
            QStringLiteral("softhsm2-util"),
            QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()));
    return {};
}

CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, const void* value, CK_ULONG length) {
    // PKCS#11 templates take non-const pointers; C_CreateObject only reads them.
    return {type, const_cast<void*>(value), length};
}

} // namespace

Mix mixFor(int count) {
    Mix mix;
    for (int i = 0; i < count;) {
        const int kind = i % 10;
        if (kind < 4) {
            ++mix.data;
            ++i;
        } else if (kind < 7) {
            ++mix.certificates;
            ++i;
        } else if (kind == 7) {
            ++mix.aesKeys;
            ++i;
        } else if (i + 2 <= count) {
            ++mix.ecPairs;
            i += 2;
        } else {
            ++mix.data; // one object left: an EC pair would overshoot
            ++i;
        }
    }
    return mix;
}

Result<void> prepareConfig(const QString& folder) {
    if (!QDir().mkpath(folder + QStringLiteral("/tokens")))
        return Error::other(QStringLiteral("mkpath"), QStringLiteral("cannot create %1/tokens").arg(folder));
    const QString confPath = folder + QStringLiteral("/softhsm2.conf");
    QFile conf(confPath);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error::other(QStringLiteral("open"), conf.errorString());
    conf.write("directories.tokendir = " + QFile::encodeName(folder + QStringLiteral("/tokens")) + "\n");
    conf.write("objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    conf.close();
    qputenv("SOFTHSM2_CONF", QFile::encodeName(confPath));
    return {};
}

Result<void> initToken(const QString& folder) {
    QDir tokens(folder + QStringLiteral("/tokens"));
    if (!tokens.removeRecursively() || !QDir().mkpath(tokens.path()))
        return Error::other(QStringLiteral("removeRecursively"),
                            QStringLiteral("cannot reset %1").arg(tokens.path()));
    return runTool({QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                    QString::fromLatin1(kTokenLabel), QStringLiteral("--so-pin"), QString::fromLatin1(kSoPin),
                    QStringLiteral("--pin"), QString::fromLatin1(kUserPin)});
}

Result<void> fillToken(const std::shared_ptr<hsm::Module>& module, CK_SLOT_ID slot, const Mix& mix) {
    auto cert = makeCertificate();
    if (!cert)
        return cert.error();
    auto opened = hsm::Session::open(module, slot, true);
    if (!opened)
        return opened.error();
    hsm::Session& session = opened.value();
    const hsm::SecureBuffer pin(kUserPin, std::strlen(kUserPin));
    if (auto login = session.login(CKU_USER, &pin); !login)
        return login.error();

    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    int serial = 0;
    auto create = [&](std::vector<CK_ATTRIBUTE>& templ) -> Result<void> {
        CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
        const CK_RV rv = P11_CALL(session.module(), C_CreateObject, session.target(), session.handle(),
                                  templ.data(), static_cast<CK_ULONG>(templ.size()), &handle);
        return hsm::Module::check("C_CreateObject", rv);
    };

    for (int i = 0; i < mix.data; ++i, ++serial) {
        const QByteArray label = "data-" + QByteArray::number(serial);
        const QByteArray value = "benchmark payload " + QByteArray::number(serial);
        CK_OBJECT_CLASS cls = CKO_DATA;
        std::vector<CK_ATTRIBUTE> templ{
            attr(CKA_CLASS, &cls, sizeof cls), attr(CKA_TOKEN, &yes, 1),
            attr(CKA_PRIVATE, (i % 2) ? &yes : &no, 1),
            attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
            attr(CKA_VALUE, value.constData(), static_cast<CK_ULONG>(value.size()))};
        if (auto r = create(templ); !r)
            return r;
    }
    for (int i = 0; i < mix.certificates; ++i, ++serial) {
        const QByteArray label = "cert-" + QByteArray::number(serial);
        const QByteArray id = QByteArray::number(serial, 16);
        CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
        CK_CERTIFICATE_TYPE type = CKC_X_509;
        const CertificateDer& der = cert.value();
        std::vector<CK_ATTRIBUTE> templ{
            attr(CKA_CLASS, &cls, sizeof cls),
            attr(CKA_CERTIFICATE_TYPE, &type, sizeof type),
            attr(CKA_TOKEN, &yes, 1),
            attr(CKA_PRIVATE, &no, 1),
            attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
            attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size())),
            attr(CKA_SUBJECT, der.subject.constData(), static_cast<CK_ULONG>(der.subject.size())),
            attr(CKA_ISSUER, der.subject.constData(), static_cast<CK_ULONG>(der.subject.size())),
            attr(CKA_SERIAL_NUMBER, der.serial.constData(), static_cast<CK_ULONG>(der.serial.size())),
            attr(CKA_VALUE, der.value.constData(), static_cast<CK_ULONG>(der.value.size()))};
        if (auto r = create(templ); !r)
            return r;
    }
    for (int i = 0; i < mix.aesKeys; ++i, ++serial) {
        const QByteArray label = "aes-" + QByteArray::number(serial);
        const QByteArray id = QByteArray::number(serial, 16);
        CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
        CK_KEY_TYPE type = CKK_AES;
        CK_ULONG length = 32;
        CK_MECHANISM mechanism{CKM_AES_KEY_GEN, nullptr, 0};
        std::vector<CK_ATTRIBUTE> templ{
            attr(CKA_CLASS, &cls, sizeof cls),
            attr(CKA_KEY_TYPE, &type, sizeof type),
            attr(CKA_TOKEN, &yes, 1),
            attr(CKA_PRIVATE, &yes, 1),
            attr(CKA_SENSITIVE, &yes, 1),
            attr(CKA_VALUE_LEN, &length, sizeof length),
            attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
            attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size()))};
        CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
        const CK_RV rv = P11_CALL(session.module(), C_GenerateKey, session.target(), session.handle(),
                                  &mechanism, templ.data(), static_cast<CK_ULONG>(templ.size()), &handle);
        if (auto r = hsm::Module::check("C_GenerateKey", rv); !r)
            return r;
    }
    static const unsigned char p256[] = {0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};
    for (int i = 0; i < mix.ecPairs; ++i, ++serial) {
        const QByteArray label = "ec-" + QByteArray::number(serial);
        const QByteArray id = QByteArray::number(serial, 16);
        CK_MECHANISM mechanism{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
        std::vector<CK_ATTRIBUTE> pub{attr(CKA_TOKEN, &yes, 1), attr(CKA_VERIFY, &yes, 1),
                                      attr(CKA_EC_PARAMS, p256, sizeof p256),
                                      attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
                                      attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size()))};
        std::vector<CK_ATTRIBUTE> priv{
            attr(CKA_TOKEN, &yes, 1),
            attr(CKA_PRIVATE, &yes, 1),
            attr(CKA_SENSITIVE, &yes, 1),
            attr(CKA_SIGN, &yes, 1),
            attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
            attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size()))};
        CK_OBJECT_HANDLE pubHandle = CK_INVALID_HANDLE;
        CK_OBJECT_HANDLE privHandle = CK_INVALID_HANDLE;
        const CK_RV rv = P11_CALL(session.module(), C_GenerateKeyPair, session.target(), session.handle(),
                                  &mechanism, pub.data(), static_cast<CK_ULONG>(pub.size()), priv.data(),
                                  static_cast<CK_ULONG>(priv.size()), &pubHandle, &privHandle);
        if (auto r = hsm::Module::check("C_GenerateKeyPair", rv); !r)
            return r;
    }
    return {};
}

bool spinUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace bench
