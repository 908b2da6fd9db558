#pragma once

#include "SoftHsmFixture.h"

#include <QString>

/// Token contents shared by the model and async backend tests, made with real tools and real calls.
namespace modeltest {

/// The token labelled `label` gets: an EC P-256 key pair "ec-key" (ID 01), an AES-256 key "aes-key"
/// (ID 02), a data object "notes" and a self-signed certificate "leaf-cert" (ID 04, subject
/// CN=Model Test Leaf), all made with pkcs11-tool/openssl. Returns an empty string or the error.
QString populateMixedToken(SoftHsmFixture& fixture, const QString& label);

/// `count` public token data objects "<prefix>-NNNN" on the token, created with C_CreateObject
/// through a module loaded (and finalized again) inside this call: load the module under test after.
QString createDataObjects(const QString& label, int count, const QString& prefix = QStringLiteral("bulk"));

} // namespace modeltest
