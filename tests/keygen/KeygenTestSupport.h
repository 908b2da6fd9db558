#pragma once

// Shared by the key generation tests: generating through the backend, exporting a public key with
// pkcs11-tool, and OpenSSL's own subject key identifier of that key.

#include "KeyGenerator.h"
#include "KeySpec.h"
#include "ObjectLister.h"
#include "TokenHelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace keygentest {

/// Objects on the session's token whose label is `label`.
inline QList<hsm::ObjectSummary> objectsLabelled(hsm::Session& session, const hsm::TokenInfo& token,
                                                 const QString& label) {
    QList<hsm::ObjectSummary> found;
    hsm::Result<QList<hsm::ObjectSummary>> all = hsm::listAllObjects(session, token);
    if (!all)
        return found;
    for (const hsm::ObjectSummary& o : all.value())
        if (o.label == label)
            found << o;
    return found;
}

/// Builds the templates for the token's mechanism list and generates.
inline hsm::Result<hsm::keygen::GenerationResult> generateOn(tokentest::OpenedToken& opened,
                                                             const hsm::keygen::KeySpec& spec,
                                                             const std::atomic_bool* abandoned = nullptr) {
    hsm::Result<QList<hsm::MechanismInfo>> mechanisms = opened.module->mechanisms(opened.session->slot());
    if (!mechanisms)
        return mechanisms.error();
    return hsm::keygen::generate(*opened.session, opened.token, spec,
                                 hsm::keygen::buildTemplates(spec, mechanisms.value()), abandoned);
}

/// The public key with this ID as a PEM file in the fixture's folder (pkcs11-tool writes DER for RSA
/// and EC keys, PEM for Ed25519); empty on failure, with `error` saying why.
inline QString exportPublicKeyPem(const SoftHsmFixture& fixture, const QString& tokenLabel,
                                  const QByteArray& id, QString& error) {
    const QString raw =
        QDir(fixture.dir()).filePath(QStringLiteral("pub-%1.out").arg(QString::fromLatin1(id.toHex())));
    const QString pem =
        QDir(fixture.dir()).filePath(QStringLiteral("pub-%1.pem").arg(QString::fromLatin1(id.toHex())));
    const SoftHsmFixture::ProcessResult read = fixture.pkcs11Tool(
        tokenLabel, {"--read-object", "--type", "pubkey", "--id", QString::fromLatin1(id.toHex()), "-o", raw},
        false);
    if (!read.ok()) {
        error = QString::fromLocal8Bit(read.err + read.out);
        return {};
    }
    QFile file(raw);
    const bool isPem = file.open(QIODevice::ReadOnly) && file.peek(5) == "-----";
    file.close();
    const SoftHsmFixture::ProcessResult convert =
        fixture.run(QStringLiteral("openssl"),
                    {"pkey", "-pubin", "-inform", isPem ? "PEM" : "DER", "-in", raw, "-out", pem});
    if (!convert.ok()) {
        error = QString::fromLocal8Bit(convert.err);
        return {};
    }
    return pem;
}

/// The subject key identifier OpenSSL puts in a certificate for the key in `publicPem`
/// (subjectKeyIdentifier=hash), read back with `openssl x509 -noout -ext subjectKeyIdentifier`.
inline QByteArray opensslSubjectKeyId(const SoftHsmFixture& fixture, const QString& publicPem,
                                      QString& error) {
    const QDir dir(fixture.dir());
    const QString signer = dir.filePath(QStringLiteral("signer.pem"));
    const QString ext = dir.filePath(QStringLiteral("ski.cnf"));
    const QString cert = dir.filePath(QStringLiteral("ski-cert.pem"));
    if (!QFile::exists(signer)) {
        const auto gen =
            fixture.run(QStringLiteral("openssl"), {"genpkey", "-algorithm", "ed25519", "-out", signer});
        if (!gen.ok()) {
            error = QString::fromLocal8Bit(gen.err);
            return {};
        }
    }
    QFile cnf(ext);
    if (!cnf.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        cnf.write("subjectKeyIdentifier=hash\n") <= 0) {
        error = QStringLiteral("cannot write %1").arg(ext);
        return {};
    }
    cnf.close();
    const auto make =
        fixture.run(QStringLiteral("openssl"), {"x509", "-new", "-subj", "/CN=ski", "-key", signer,
                                                "-force_pubkey", publicPem, "-extfile", ext, "-out", cert});
    if (!make.ok()) {
        error = QString::fromLocal8Bit(make.err);
        return {};
    }
    const auto show = fixture.run(QStringLiteral("openssl"),
                                  {"x509", "-in", cert, "-noout", "-ext", "subjectKeyIdentifier"});
    static const QRegularExpression hex(QStringLiteral("((?:[0-9A-F]{2}:)+[0-9A-F]{2})"));
    const QRegularExpressionMatch m = hex.match(QString::fromLatin1(show.out));
    if (!show.ok() || !m.hasMatch()) {
        error = QString::fromLocal8Bit(show.err + show.out);
        return {};
    }
    return QByteArray::fromHex(m.captured(1).remove(QLatin1Char(':')).toLatin1());
}

} // namespace keygentest
