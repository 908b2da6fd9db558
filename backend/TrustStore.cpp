#include "TrustStore.h"

#include "ObjectAdmin.h"
#include "ObjectSearch.h"
#include "Session.h"

#include <QSet>
#include <array>
#include <p11-kit/pkcs11x.h>

namespace hsm::truststore {

namespace {

bool isTrue(const std::optional<QByteArray>& value) {
    return value && !value->isEmpty() && value->at(0) != 0;
}

Result<void> readSlot(const std::shared_ptr<Module>& module, const SlotInfo& slot, QSet<QByteArray>& seen,
                      QList<TrustedCertificate>& out) {
    Result<Session> session = Session::open(module, slot.id, false);
    if (!session)
        return session.error();
    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE type = CKC_X_509;
    std::array<CK_ATTRIBUTE, 2> templ{
        {{CKA_CLASS, &cls, sizeof cls}, {CKA_CERTIFICATE_TYPE, &type, sizeof type}}};
    Result<QList<CK_OBJECT_HANDLE>> handles = ObjectSearch::findAll(*session, templ);
    if (!handles)
        return handles.error();
    for (CK_OBJECT_HANDLE handle : *handles) {
        Result<QList<std::optional<QByteArray>>> values =
            objects::readAttributes(*session, handle, {CKA_VALUE, CKA_TRUSTED, CKA_X_DISTRUSTED});
        if (!values)
            return values.error();
        const std::optional<QByteArray>& der = values->at(0);
        if (!der || der->isEmpty())
            continue;
        TrustedCertificate certificate{*der, slot.token ? slot.token->label : QString(),
                                       isTrue(values->at(1)), isTrue(values->at(2))};
        if (seen.contains(*der)) {
            // Listed by several slots: trusted if any says so, distrusted if any says so.
            for (TrustedCertificate& known : out)
                if (known.der == *der) {
                    known.trusted |= certificate.trusted;
                    known.distrusted |= certificate.distrusted;
                }
            continue;
        }
        seen.insert(*der);
        out << certificate;
    }
    return {};
}

} // namespace

QString defaultModulePath() {
    return QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11/p11-kit-trust.so");
}

Result<QList<TrustedCertificate>> readCertificates(const std::shared_ptr<Module>& module) {
    Result<QList<SlotInfo>> slotInfos = module->slotList();
    if (!slotInfos)
        return slotInfos.error();
    QList<TrustedCertificate> out;
    QSet<QByteArray> seen;
    for (const SlotInfo& slot : *slotInfos) {
        if (!slot.tokenPresent())
            continue;
        if (Result<void> read = readSlot(module, slot, seen, out); !read)
            return read.error();
    }
    return out;
}

QList<QByteArray> anchorsOf(const QList<TrustedCertificate>& certificates) {
    QList<QByteArray> out;
    for (const TrustedCertificate& certificate : certificates)
        if (certificate.isAnchor())
            out << certificate.der;
    return out;
}

QList<chain::Candidate> candidatesOf(const QList<TrustedCertificate>& certificates) {
    QList<chain::Candidate> out;
    out.reserve(certificates.size());
    for (const TrustedCertificate& certificate : certificates)
        out << chain::Candidate{certificate.der, chain::Source::systemTrust(), certificate.isAnchor()};
    return out;
}

Result<QList<TrustedCertificate>> loadSystemCertificates(const QString& modulePath) {
    Result<std::shared_ptr<Module>> module = Module::load(
        modulePath.isEmpty() ? defaultModulePath() : modulePath, QStringLiteral("p11-kit-trust"));
    if (!module)
        return module.error();
    return readCertificates(*module);
}

} // namespace hsm::truststore
