#pragma once

#include "CertRequest.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <optional>

// Building and reading the parts of requests and certificates that CertRequest and CertIssue share:
// names, the extensions we set (key usage, EKU, alternative names, basic constraints, key
// identifiers), their text as `openssl x509 -text` prints it, and OpenSSL errors as our Errors.
namespace hsm::certs {

/// unique_ptr deleter calling an OpenSSL free function.
template <auto FreeFunction> struct OpenSslFree {
    template <typename T> void operator()(T* pointer) const { FreeFunction(pointer); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslFree<X509_REQ_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslFree<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;

/// The failure OpenSSL queued for `function`: its oldest reason (ERR_error_string_n), the queue
/// emptied. `fallback` is the message when OpenSSL queued nothing.
[[nodiscard]] Error openSslError(const QString& function, const QString& hint = {},
                                 const QString& fallback = {});
/// The oldest queued OpenSSL reason as text (queue emptied); empty when there is none.
[[nodiscard]] QString takeOpenSslReason();

/// The X509_NAME of `name`, every value as UTF-8 input (MBSTRING_UTF8) so OpenSSL picks the string
/// type each attribute allows (PrintableString for C, IA5String for emailAddress, else UTF8String).
[[nodiscard]] Result<X509NamePtr> buildName(const DistinguishedName& name);
/// The entries of `name` in order; fields as short names where OpenSSL has one, else dotted OIDs.
[[nodiscard]] DistinguishedName readName(const X509_NAME* name);
/// "/C=GB/O=Example/CN=host" of an X509_NAME.
[[nodiscard]] QString nameText(const X509_NAME* name);

[[nodiscard]] Result<X509ExtensionPtr> keyUsageExtension(unsigned keyUsage);
[[nodiscard]] Result<X509ExtensionPtr> extendedKeyUsageExtension(const QStringList& usages);
[[nodiscard]] Result<X509ExtensionPtr> altNameExtension(const QList<AltName>& names);
[[nodiscard]] Result<X509ExtensionPtr> basicConstraintsExtension(bool isCa, std::optional<int> pathLength);
[[nodiscard]] Result<X509ExtensionPtr> subjectKeyIdExtension(const QByteArray& keyId);
[[nodiscard]] Result<X509ExtensionPtr> authorityKeyIdExtension(const QByteArray& keyId);

/// RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING of `key`.
[[nodiscard]] Result<QByteArray> keyIdentifier(EVP_PKEY* key);

/// `requested`, or the key's preferred algorithm when `requested` is default-constructed.
[[nodiscard]] signing::Algorithm effectiveAlgorithm(const signing::TokenKey& key,
                                                    const signing::Algorithm& requested);

/// An extension as `openssl req -text` shows it.
[[nodiscard]] RequestInfo::Extension describeExtension(X509_EXTENSION* extension);
/// Dotted form of an object identifier.
[[nodiscard]] QString dottedOid(const ASN1_OBJECT* object);
/// "RSA 2048 bits", "EC P-256", "Ed25519".
[[nodiscard]] QString keyDescription(EVP_PKEY* key);
/// The DER SubjectPublicKeyInfo of `key`.
[[nodiscard]] Result<QByteArray> spkiOf(EVP_PKEY* key);

} // namespace hsm::certs
