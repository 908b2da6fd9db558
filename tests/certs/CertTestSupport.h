#pragma once

// Shared by test_csr, test_issue and test_cert_cli: the key types of the matrix, key pairs
// generated on a SoftHSM2 token with the keygen backend, files, and OpenSSL's verdicts.

#include "KeyGenerator.h"
#include "KeySpec.h"
#include "ObjectLister.h"
#include "Session.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"

#include <QFile>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace certtest {

/// One row of the algorithm matrix.
struct KeyType {
    const char* name; ///< also the key's label
    hsm::keygen::KeyKind kind;
    CK_ULONG bits;
    const char* curve;
    const char* cliType; ///< hsmwb keygen --type
};

inline const QList<KeyType>& keyTypes() {
    static const QList<KeyType> types{
        {"RSA-2048", hsm::keygen::KeyKind::Rsa, 2048, "", "rsa:2048"},
        {"RSA-3072", hsm::keygen::KeyKind::Rsa, 3072, "", "rsa:3072"},
        {"P-256", hsm::keygen::KeyKind::Ec, 0, "P-256", "ec:P-256"},
        {"P-384", hsm::keygen::KeyKind::Ec, 0, "P-384", "ec:P-384"},
        {"P-521", hsm::keygen::KeyKind::Ec, 0, "P-521", "ec:P-521"},
        {"Ed25519", hsm::keygen::KeyKind::Ed25519, 0, "", "ed25519"},
    };
    return types;
}

/// Generates a pair on the token and returns its private key's listing.
inline hsm::Result<hsm::ObjectSummary> generatePair(hsm::Session& session, const hsm::TokenInfo& token,
                                                    const KeyType& type, const QString& label,
                                                    bool canSign = true) {
    hsm::keygen::KeySpec spec = hsm::keygen::KeySpec::defaults(type.kind);
    spec.bits = type.bits;
    spec.curve = QString::fromLatin1(type.curve);
    spec.label = label;
    spec.usage.sign = canSign;
    auto mechanisms = session.module().mechanisms(session.slot());
    if (!mechanisms)
        return mechanisms.error();
    auto made = hsm::keygen::generate(session, token, spec, hsm::keygen::buildTemplates(spec, *mechanisms));
    if (!made)
        return made.error();
    for (const hsm::keygen::CreatedObject& object : made->objects) {
        if (object.objectClass == CKO_PRIVATE_KEY)
            return hsm::summarizeObject(session, token, object.handle);
    }
    return hsm::Error::other(QStringLiteral("generate"), QStringLiteral("no private key made"));
}

/// libp11 0.4.12 cannot list the keys of a token that holds an Ed25519 private key
/// (PKCS11_enumerate_keys fails) and TokenKey then signs RSA PKCS#1 and ECDSA through its own session
/// instead. The matrix keeps Ed25519 keys on a token of their own so it exercises the libp11 path
/// (RSA-PSS included); test_csr's signsBesideEd25519Key covers the fallback.
inline bool isEdwards(const KeyType& type) {
    return type.kind == hsm::keygen::KeyKind::Ed25519;
}

/// A second token on the module another test token was opened with, logged in as user.
struct SecondToken {
    std::optional<hsm::Session> session;
    hsm::TokenInfo token;
    QString error;
};
inline SecondToken openSecondToken(const std::shared_ptr<hsm::Module>& module, const QString& label) {
    SecondToken opened;
    auto slots_ = module->slotList();
    if (!slots_) {
        opened.error = slots_.error().text();
        return opened;
    }
    for (const hsm::SlotInfo& slot : *slots_) {
        if (!slot.token || slot.token->label != label)
            continue;
        auto session = hsm::Session::open(module, slot.id, true);
        if (!session) {
            opened.error = session.error().text();
            return opened;
        }
        opened.session.emplace(std::move(session).value());
        opened.token = *slot.token;
        if (auto login = tokentest::loginUser(*opened.session); !login)
            opened.error = login.error().text();
        return opened;
    }
    opened.error = QStringLiteral("no token labelled ") + label;
    return opened;
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// openssl with `args`; output and errors together, for messages and for checks.
struct OpenSslRun {
    bool ok = false;
    QString text;
};
inline OpenSslRun openssl(const SoftHsmFixture& fixture, const QStringList& args) {
    const auto run = fixture.run(QStringLiteral("openssl"), args);
    return {run.ok(), QString::fromUtf8(run.out + run.err)};
}

} // namespace certtest
