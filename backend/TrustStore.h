#pragma once

#include "CertChain.h"
#include "Module.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

// The system trust store as p11-kit's trust module presents it: read through our own Module and
// Session like any other token, so the call trace shows it and no second parser of the CA bundle
// is needed.
namespace hsm::truststore {

/// Where Debian installs p11-kit's trust module.
[[nodiscard]] QString defaultModulePath();

/// One certificate of the trust module.
struct TrustedCertificate {
    QByteArray der;          ///< CKA_VALUE
    QString slotLabel;       ///< "System Trust", "Default Trust"
    bool trusted = false;    ///< CKA_TRUSTED: an anchor
    bool distrusted = false; ///< CKA_X_DISTRUSTED: explicitly blocked, never an anchor

    [[nodiscard]] bool isAnchor() const { return trusted && !distrusted; }
};

/// Every X.509 certificate of every token of `module` (a module like p11-kit's trust module, which
/// needs no login), each certificate once even when several slots hold it.
[[nodiscard]] Result<QList<TrustedCertificate>> readCertificates(const std::shared_ptr<Module>& module);

/// The anchors' DER only.
[[nodiscard]] QList<QByteArray> anchorsOf(const QList<TrustedCertificate>& certificates);

/// Chain candidates: every certificate of the store, anchors marked, source "system trust (p11-kit)".
[[nodiscard]] QList<chain::Candidate> candidatesOf(const QList<TrustedCertificate>& certificates);

/// Loads the module at `modulePath` (the default trust module when empty), reads its certificates
/// and releases it. Blocking: call it off the GUI thread.
[[nodiscard]] Result<QList<TrustedCertificate>> loadSystemCertificates(const QString& modulePath = {});

} // namespace hsm::truststore
