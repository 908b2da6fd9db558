#pragma once

#include "CertFile.h"
#include "CertStore.h"
#include "Result.h"
#include "Session.h"
#include "Types.h"

#include <QList>
#include <QString>
#include <optional>

// Importing a parsed certificate file onto a token: every certificate through
// certstore::storeCertificate, and a PKCS#12's private key (with its public key object) created
// sensitive and non-extractable, with the CKA_ID key generation would give it (SHA-1 of the public
// key), so the certificate pairs with it. A failure half way removes what the import created.
namespace hsm::certimport {

/// What one certificate of the file will do on the token (the preview, computed on the worker).
struct CertificatePlan {
    QByteArray der;
    QString subject;
    QString issuer;
    std::optional<certstore::KeyMatch> key; ///< a key on the token with the same public key
    bool pairsWithFileKey = false;          ///< pairs with the private key of this (PKCS#12) file
    bool alreadyPresent = false;            ///< the same certificate is on the token already
};

struct Preview {
    certfile::Format format = certfile::Format::DerCertificate;
    QList<CertificatePlan> certificates;
    bool hasPrivateKey = false;
    QString keyDescription;                        ///< "RSA 2048 bits", "EC P-256", "Ed25519"
    std::optional<certstore::KeyMatch> keyOnToken; ///< the file's private key is on the token already
    QString friendlyName;
    /// Several lines describing the preview for a dialog or the CLI.
    [[nodiscard]] QString text() const;
};
[[nodiscard]] Result<Preview> preview(Session& session, const TokenInfo& token,
                                      const certfile::ParsedFile& file);

struct CreatedKey {
    ObjectSummary privateKey;
    ObjectSummary publicKey;
};

struct ImportReport {
    QList<certstore::StoredCertificate> certificates;
    std::optional<CreatedKey> createdKey;                 ///< the PKCS#12 key, created now
    std::optional<certstore::KeyMatch> keyAlreadyPresent; ///< the PKCS#12 key was on the token already
    /// How many objects this import created.
    [[nodiscard]] int createdCount() const;
    /// One line per object: created, paired with which key, already present, or imported on its own.
    [[nodiscard]] QString text() const;
};

/// Imports `file` onto the token. `label` (UTF-8 kept as given) names the key and its certificate
/// (without a key: the file's first certificate); empty = the file's friendly name, the matching
/// key's label or the subject CN. A PKCS#12 key needs a logged-in read-write session.
[[nodiscard]] Result<ImportReport> importFile(Session& session, const TokenInfo& token,
                                              const certfile::ParsedFile& file, const QString& label = {});

} // namespace hsm::certimport
