#include "CertFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

namespace hsm::certfile {

namespace {

// lupdate files a free tr() under whatever class or namespace encloses the call; a named context
// keeps the extracted strings and the runtime lookup under the same name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hsm::certfile)
};

struct BioFree {
    void operator()(BIO* p) const noexcept { BIO_free(p); }
};
struct X509Free {
    void operator()(X509* p) const noexcept { X509_free(p); }
};
struct Pkcs7Free {
    void operator()(PKCS7* p) const noexcept { PKCS7_free(p); }
};
struct Pkcs12Free {
    void operator()(PKCS12* p) const noexcept { PKCS12_free(p); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* p) const noexcept { EVP_PKEY_free(p); }
};
struct StackFree {
    void operator()(STACK_OF(X509) * p) const noexcept { sk_X509_pop_free(p, X509_free); }
};
struct OpenSslFree {
    void operator()(void* p) const noexcept { OPENSSL_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

/// The reason of the newest OpenSSL error ("mac verify failure"), the queue cleared.
QString opensslReason(const QString& fallback = {}) {
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr;
    if (reason != nullptr)
        return QString::fromLatin1(reason);
    return fallback.isEmpty() ? Text::tr("no reason given") : fallback;
}

Error notCertificateFile(const QString& detail) {
    return Error::other(
        Text::tr("Reading the certificate file"), Text::tr("This is not a certificate file: %1").arg(detail),
        Text::tr("Choose a PEM or DER certificate, a PKCS#7 bundle (.p7b) or a PKCS#12 file (.p12, "
                 ".pfx)."));
}

Error truncated(const QString& call, const QString& detail) {
    return Error::other(call, Text::tr("The file is truncated or corrupt: %1").arg(detail),
                        Text::tr("Copy or download the file again; it ends before its content does."));
}

Error tooLarge(qint64 size) {
    return Error::other(Text::tr("Reading the certificate file"),
                        Text::tr("The file is %1 bytes; certificate files are limited to %2 bytes here.")
                            .arg(size)
                            .arg(kMaxFileSize),
                        Text::tr("Choose the certificate file itself, not an archive or a disk image."));
}

/// A whole DER certificate; nullopt when it does not parse or has bytes after it.
std::optional<QByteArray> wholeCertificate(const unsigned char* data, long length) {
    const unsigned char* in = data;
    X509Ptr cert(d2i_X509(nullptr, &in, length));
    if (!cert || in != data + length)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<int>(length));
}

QByteArray derOf(X509* cert) {
    unsigned char* out = nullptr;
    const int length = i2d_X509(cert, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

Result<ParsedFile> fromPkcs7(PKCS7* p7) {
    STACK_OF(X509)* certs = nullptr;
    if (PKCS7_type_is_signed(p7) && p7->d.sign != nullptr)
        certs = p7->d.sign->cert;
    else if (PKCS7_type_is_signedAndEnveloped(p7) && p7->d.signed_and_enveloped != nullptr)
        certs = p7->d.signed_and_enveloped->cert;
    ParsedFile parsed;
    parsed.format = Format::Pkcs7;
    for (int i = 0; i < sk_X509_num(certs); ++i)
        parsed.certificates << derOf(sk_X509_value(certs, i));
    if (parsed.certificates.isEmpty())
        return notCertificateFile(Text::tr("the PKCS#7 structure holds no certificates."));
    return parsed;
}

Result<ParsedFile> parsePem(const QByteArray& data) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    ParsedFile parsed;
    parsed.format = Format::PemCertificates;
    int blocks = 0;
    // A PEM file cut short has a BEGIN line without its END line.
    if (data.count("-----BEGIN ") > data.count("-----END "))
        return truncated(QStringLiteral("PEM_read_bio"), Text::tr("a PEM block has no END line."));
    ERR_clear_error();
    for (;;) {
        char* rawName = nullptr;
        char* rawHeader = nullptr;
        unsigned char* rawData = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &rawName, &rawHeader, &rawData, &length) != 1) {
            const unsigned long code = ERR_peek_last_error();
            if (ERR_GET_LIB(code) == ERR_LIB_PEM && ERR_GET_REASON(code) == PEM_R_NO_START_LINE) {
                ERR_clear_error();
                break; // no more blocks
            }
            return truncated(
                QStringLiteral("PEM_read_bio"),
                Text::tr("PEM block %1 does not end properly (%2).").arg(blocks + 1).arg(opensslReason()));
        }
        std::unique_ptr<char, OpenSslFree> name(rawName), header(rawHeader);
        std::unique_ptr<unsigned char, OpenSslFree> body(rawData);
        ++blocks;
        const QByteArray type(rawName);
        if (type == "CERTIFICATE" || type == "X509 CERTIFICATE") {
            const std::optional<QByteArray> der = wholeCertificate(rawData, length);
            if (!der)
                return truncated(
                    QStringLiteral("d2i_X509"),
                    Text::tr("PEM block %1 (CERTIFICATE) is not a complete X.509 certificate.").arg(blocks));
            parsed.certificates << *der;
        } else if (type == "PKCS7" || type == "PKCS #7 SIGNED DATA" || type == "CMS") {
            const unsigned char* in = rawData;
            std::unique_ptr<PKCS7, Pkcs7Free> p7(d2i_PKCS7(nullptr, &in, length));
            if (!p7)
                return truncated(QStringLiteral("d2i_PKCS7"),
                                 Text::tr("PEM block %1 (%2) is not a complete PKCS#7 structure (%3).")
                                     .arg(blocks)
                                     .arg(QString::fromLatin1(type), opensslReason()));
            Result<ParsedFile> bundle = fromPkcs7(p7.get());
            if (!bundle)
                return bundle.error();
            parsed.certificates << bundle->certificates;
            if (blocks == 1)
                parsed.format = Format::Pkcs7;
        } else if (type.contains("PRIVATE KEY")) {
            return Error::other(
                Text::tr("Reading the certificate file"),
                Text::tr("The file holds a private key (%1); private keys are imported only from "
                         "password-protected PKCS#12 files.")
                    .arg(QString::fromLatin1(type)),
                Text::tr("Make a PKCS#12: openssl pkcs12 -export -in cert.pem -inkey key.pem -out "
                         "file.p12, or import the certificate alone."));
        } else {
            return notCertificateFile(Text::tr("PEM block %1 is “%2”, not a certificate.")
                                          .arg(blocks)
                                          .arg(QString::fromLatin1(type)));
        }
    }
    if (blocks == 0)
        return notCertificateFile(Text::tr("no PEM block was found."));
    if (parsed.certificates.isEmpty())
        return notCertificateFile(Text::tr("the file holds no certificates."));
    return parsed;
}

/// A nul-terminated copy of the password for OpenSSL, wiped with the buffer.
SecureBuffer terminated(const SecureBuffer* password) {
    SecureBuffer copy(password ? password->size() + 1 : 1);
    if (password && password->size() > 0)
        std::memcpy(copy.data(), password->data(), password->size());
    copy.data()[copy.size() - 1] = 0;
    return copy;
}

Result<ParsedFile> parsePkcs12(PKCS12* p12, const SecureBuffer* password) {
    SecureBuffer pass = terminated(password);
    const char* secret = reinterpret_cast<const char*>(pass.data());
    // OpenSSL tells an empty password from none; files are written with either.
    if (PKCS12_mac_present(p12) == 1) {
        ERR_clear_error();
        bool verified = PKCS12_verify_mac(p12, secret, -1) == 1;
        if (!verified && pass.size() == 1) {
            verified = PKCS12_verify_mac(p12, nullptr, 0) == 1;
            if (verified)
                secret = nullptr;
        }
        if (!verified) {
            // A MAC that does not match queues no error: say what the check found.
            const QString reason =
                opensslReason(Text::tr("the MAC computed with it does not match the file's"));
            const bool noPassword = password == nullptr || password->isEmpty();
            return Error::other(QStringLiteral("PKCS12_verify_mac"),
                                noPassword ? Text::tr("The PKCS#12 file needs a password (%1).").arg(reason)
                                           : Text::tr("Wrong PKCS#12 password (%1).").arg(reason),
                                Text::tr("Enter the password the file was exported with."));
        }
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCert = nullptr;
    STACK_OF(X509)* rawCa = nullptr;
    ERR_clear_error();
    if (PKCS12_parse(p12, secret, &rawKey, &rawCert, &rawCa) != 1) {
        const QString reason = opensslReason();
        return Error::other(
            QStringLiteral("PKCS12_parse"), Text::tr("The PKCS#12 file could not be read (%1).").arg(reason),
            Text::tr("A wrong password, or a file written with legacy algorithms (RC2, 3DES): export "
                     "it again with OpenSSL 3's defaults (AES)."));
    }
    std::shared_ptr<EVP_PKEY> key(rawKey, PkeyFree());
    X509Ptr cert(rawCert);
    std::unique_ptr<STACK_OF(X509), StackFree> ca(rawCa);

    ParsedFile parsed;
    parsed.format = Format::Pkcs12;
    parsed.privateKey = key;
    if (cert) {
        parsed.certificates << derOf(cert.get());
        int aliasLength = 0;
        if (const unsigned char* alias = X509_alias_get0(cert.get(), &aliasLength); alias && aliasLength > 0)
            parsed.friendlyName = QString::fromUtf8(reinterpret_cast<const char*>(alias), aliasLength);
    }
    for (int i = 0; i < sk_X509_num(ca.get()); ++i)
        parsed.certificates << derOf(sk_X509_value(ca.get(), i));
    if (key) {
        unsigned char* spki = nullptr;
        const int length = i2d_PUBKEY(key.get(), &spki);
        if (length > 0)
            parsed.privateKeySpki = QByteArray(reinterpret_cast<const char*>(spki), length);
        OPENSSL_free(spki);
        for (int i = 0; i < parsed.certificates.size(); ++i) {
            const unsigned char* in = bytes(parsed.certificates[i]);
            X509Ptr c(d2i_X509(nullptr, &in, parsed.certificates[i].size()));
            if (c && EVP_PKEY_eq(X509_get0_pubkey(c.get()), key.get()) == 1) {
                parsed.keyCertificate = i;
                break;
            }
        }
    }
    if (parsed.certificates.isEmpty() && !key)
        return notCertificateFile(Text::tr("the PKCS#12 file holds neither a certificate nor a key."));
    return parsed;
}

/// The length a DER SEQUENCE header declares (header included); -1 when there is no valid header,
/// 0 for BER's indefinite length.
qint64 declaredLength(const QByteArray& data, bool* headerCut) {
    *headerCut = false;
    if (data.size() < 2 || static_cast<unsigned char>(data[0]) != 0x30)
        return -1;
    const auto first = static_cast<unsigned char>(data[1]);
    if (first < 0x80)
        return 2 + first;
    if (first == 0x80)
        return 0;
    const int count = first & 0x7f;
    if (count > 4)
        return -1;
    if (data.size() < 2 + count) {
        *headerCut = true;
        return -1;
    }
    qint64 length = 0;
    for (int i = 0; i < count; ++i)
        length = (length << 8) | static_cast<unsigned char>(data[2 + i]);
    return 2 + count + length;
}

Result<ParsedFile> parseDer(const QByteArray& data, const SecureBuffer* password) {
    bool headerCut = false;
    const qint64 declared = declaredLength(data, &headerCut);
    if (headerCut)
        return truncated(QStringLiteral("d2i_X509"), Text::tr("the file ends inside its first DER header."));
    if (declared < 0)
        return notCertificateFile(Text::tr("it is neither PEM text nor a DER structure."));
    if (declared > data.size())
        return truncated(QStringLiteral("d2i_X509"),
                         Text::tr("the DER structure declares %1 bytes but the file has %2.")
                             .arg(declared)
                             .arg(data.size()));
    if (declared > 0 && declared < data.size())
        return notCertificateFile(Text::tr("%1 bytes follow the DER structure.").arg(data.size() - declared));

    ERR_clear_error();
    if (std::optional<QByteArray> der = wholeCertificate(bytes(data), data.size())) {
        ParsedFile parsed;
        parsed.format = Format::DerCertificate;
        parsed.certificates << *der;
        return parsed;
    }
    const unsigned char* in = bytes(data);
    std::unique_ptr<PKCS7, Pkcs7Free> p7(d2i_PKCS7(nullptr, &in, data.size()));
    if (p7)
        return fromPkcs7(p7.get());
    in = bytes(data);
    std::unique_ptr<PKCS12, Pkcs12Free> p12(d2i_PKCS12(nullptr, &in, data.size()));
    if (p12)
        return parsePkcs12(p12.get(), password);
    ERR_clear_error();
    return notCertificateFile(
        Text::tr("the DER structure is not a certificate, a PKCS#7 bundle or a PKCS#12 file."));
}

} // namespace

QString formatName(Format format) {
    switch (format) {
    case Format::PemCertificates:
        return Text::tr("PEM certificates");
    case Format::DerCertificate:
        return Text::tr("DER certificate");
    case Format::Pkcs7:
        return Text::tr("PKCS#7 bundle");
    case Format::Pkcs12:
        return Text::tr("PKCS#12");
    }
    return {};
}

bool looksLikePkcs12(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("p12") || suffix == QLatin1String("pfx");
}

bool isPkcs12(const QByteArray& data) {
    const unsigned char* in = bytes(data);
    std::unique_ptr<PKCS12, Pkcs12Free> p12(d2i_PKCS12(nullptr, &in, data.size()));
    ERR_clear_error();
    return p12 != nullptr;
}

Result<ParsedFile> parse(const QByteArray& data, const SecureBuffer* password) {
    if (data.size() > kMaxFileSize)
        return tooLarge(data.size());
    if (data.isEmpty())
        return notCertificateFile(Text::tr("the file is empty."));
    if (data.contains("-----BEGIN "))
        return parsePem(data);
    return parseDer(data, password);
}

Result<ParsedFile> readFile(const QString& path, const SecureBuffer* password) {
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::other(QStringLiteral("open"),
                            Text::tr("“%1” does not exist or is not a file.").arg(path),
                            Text::tr("Check the path."));
    if (info.size() > kMaxFileSize)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::other(QStringLiteral("open"),
                            Text::tr("“%1” cannot be read: %2").arg(path, file.errorString()),
                            Text::tr("Check the file's permissions."));
    // Read one byte more than allowed: a file that grew since it was checked is still refused.
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize)
        return tooLarge(data.size());
    return parse(data, password);
}

} // namespace hsm::certfile
