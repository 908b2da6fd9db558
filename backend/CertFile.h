#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <openssl/types.h>

// Reading a certificate file: PEM (one or more CERTIFICATE blocks, or a PKCS7 block), a DER
// certificate, a DER PKCS#7 bundle (certificates only) or a PKCS#12 with its password. Private keys
// come only from PKCS#12 files, where they are protected by the password in transit.
namespace hsm::certfile {

/// Larger files are refused before they are read: no certificate bundle comes near it.
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

enum class Format { PemCertificates, DerCertificate, Pkcs7, Pkcs12 };
[[nodiscard]] QString formatName(Format format);

/// What a file holds. The private key (PKCS#12 only) is an OpenSSL key whose private parts
/// OpenSSL wipes when it is freed (BN_clear_free and friends).
struct ParsedFile {
    Format format = Format::DerCertificate;
    QList<QByteArray> certificates;       ///< DER, in file order; PKCS#12: the key's certificate first
    std::shared_ptr<EVP_PKEY> privateKey; ///< PKCS#12 only; null when the file holds no key
    QByteArray privateKeySpki;            ///< DER SubjectPublicKeyInfo of privateKey
    QString friendlyName;                 ///< PKCS#12 friendlyName of the key or its certificate
    int keyCertificate = -1;              ///< index of the certificate whose public key is privateKey's
};

/// Whether the file name says PKCS#12 (.p12, .pfx), so a password is asked for before reading.
[[nodiscard]] bool looksLikePkcs12(const QString& path);
/// Whether `data` is a DER PKCS#12 (it then needs a password to be read completely).
[[nodiscard]] bool isPkcs12(const QByteArray& data);

/// Parses `data`. `password` is used for PKCS#12 only (null: an empty password is tried). Errors say
/// which: not a certificate file, truncated, too large, wrong PKCS#12 password.
[[nodiscard]] Result<ParsedFile> parse(const QByteArray& data, const SecureBuffer* password = nullptr);
/// Reads `path` (refusing files above kMaxFileSize before reading them) and parses it.
[[nodiscard]] Result<ParsedFile> readFile(const QString& path, const SecureBuffer* password = nullptr);

} // namespace hsm::certfile
