#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <p11-kit/pkcs11.h>

// Names and plain-language descriptions of PKCS#11 constants, for errors, the call trace and display.
namespace hsm::names {

/// "CKR_PIN_INCORRECT"; unknown values as "CKR_0x...", vendor-defined as "CKR_VENDOR_DEFINED+0x..".
QString rv(CK_RV rv);
/// What the CK_RV means and what to try, in plain words (translated).
QString rvHint(CK_RV rv);

QString mechanism(CK_MECHANISM_TYPE type);
/// Looks a mechanism up by its name ("CKM_SHA256_RSA_PKCS"); nullopt when unknown.
std::optional<CK_MECHANISM_TYPE> mechanismFromName(const QString& name);
QString attribute(CK_ATTRIBUTE_TYPE type);
QString objectClass(CK_OBJECT_CLASS cls);
QString keyType(CK_KEY_TYPE type);
QString certificateType(CK_CERTIFICATE_TYPE type);
QString userType(CK_USER_TYPE type);
QString hwFeatureType(CK_HW_FEATURE_TYPE type);

QStringList slotFlags(CK_FLAGS flags);
QStringList tokenFlags(CK_FLAGS flags);
QStringList mechanismFlags(CK_FLAGS flags);

/// "2.40" style version text.
QString version(const CK_VERSION& v);
/// PKCS#11 fixed-width, blank-padded UTF-8 text fields (labels, manufacturer IDs) without the padding.
QString paddedText(const unsigned char* text, std::size_t size);

} // namespace hsm::names
