#pragma once

#include "CertChain.h"
#include "SoftHsmFixture.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A small PKI made with the openssl command line for the chain tests: roots, intermediates and
// leaves with chosen extensions and dates, as PEM and DER files in the fixture's folder, and
// helpers to store them on SoftHSM2 tokens with pkcs11-tool.
namespace chaintest {

/// Extension sections of the test configuration (see ChainTestSupport.cpp).
inline const QString kRootExt = QStringLiteral("root_ext");
inline const QString kCaExt = QStringLiteral("ca_ext");
inline const QString kCaPathLen0Ext = QStringLiteral("ca_pathlen0_ext");
inline const QString kNotCaExt = QStringLiteral("not_ca_ext");
inline const QString kNoCertSignExt = QStringLiteral("no_certsign_ext");
inline const QString kLeafExt = QStringLiteral("leaf_ext");

class Pki {
public:
    explicit Pki(const SoftHsmFixture& fixture);

    /// A self-signed CA certificate `name` with subject CN=`cn` and a new P-256 key.
    bool root(const QString& name, const QString& cn);
    /// Certificate `name` (CN=`cn`) signed by certificate `issuer`'s key, with extension section `ext`.
    /// `keyOf` reuses that certificate's key instead of a new one; `start`/`end` (YYYYMMDDHHMMSSZ)
    /// set the dates (openssl ca), otherwise it is valid for a year from now.
    bool issue(const QString& name, const QString& cn, const QString& issuer, const QString& ext,
               const QString& keyOf = {}, const QString& start = {}, const QString& end = {});

    [[nodiscard]] QString pemPath(const QString& name) const;
    [[nodiscard]] QString derPath(const QString& name) const;
    [[nodiscard]] QByteArray der(const QString& name) const;
    [[nodiscard]] hsm::chain::Candidate fileCandidate(const QString& name) const;
    /// openssl verify -CAfile root -untrusted intermediates... leaf: true when OpenSSL accepts it.
    bool opensslVerifies(const QString& root, const QStringList& intermediates, const QString& leaf,
                         QString* output = nullptr) const;
    /// Writes `name` to the token labelled `token` with pkcs11-tool (logged in as user).
    bool store(const QString& token, const QString& name, const QString& label, const QString& id);

    [[nodiscard]] const QString& error() const { return m_error; }

private:
    bool openssl(const QStringList& args);
    [[nodiscard]] QString path(const QString& file) const;

    const SoftHsmFixture& m_fixture;
    QString m_dir;
    QString m_error;
};

/// A PKI with Demo Root CA -> Demo Intermediate CA -> Demo Leaf ("root", "intermediate", "leaf").
bool makeDemoChain(Pki& pki);

} // namespace chaintest
