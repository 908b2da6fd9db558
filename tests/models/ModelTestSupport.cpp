#include "ModelTestSupport.h"

#include "Module.h"
#include "SecureBuffer.h"
#include "Session.h"

#include <QDir>
#include <cstring>

namespace modeltest {

QString populateMixedToken(SoftHsmFixture& fixture, const QString& label) {
    auto tool = [&](const QStringList& args) -> QString {
        const auto r = fixture.pkcs11Tool(label, args);
        return r.ok() ? QString() : fixture.lastError();
    };
    if (QString e = tool({"--keypairgen", "--key-type", "EC:prime256v1", "--label", "ec-key", "--id", "01"});
        !e.isEmpty())
        return e;
    if (QString e = tool({"--keygen", "--key-type", "AES:32", "--label", "aes-key", "--id", "02"});
        !e.isEmpty())
        return e;
    const QString dataFile = QDir(fixture.dir()).filePath(QStringLiteral("notes.txt"));
    QFile data(dataFile);
    if (!data.open(QIODevice::WriteOnly) || data.write("model test notes") < 0)
        return QStringLiteral("cannot write %1").arg(dataFile);
    data.close();
    if (QString e = tool({"--write-object", dataFile, "--type", "data", "--label", "notes"}); !e.isEmpty())
        return e;
    const QString keyFile = QDir(fixture.dir()).filePath(QStringLiteral("leaf.key"));
    const QString certFile = QDir(fixture.dir()).filePath(QStringLiteral("leaf.der"));
    const auto openssl = fixture.run(QStringLiteral("openssl"),
                                     {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                                      "-nodes", "-keyout", keyFile, "-out", certFile, "-outform", "DER",
                                      "-days", "365", "-subj", "/CN=Model Test Leaf/O=HSM Workbench"});
    if (!openssl.ok())
        return fixture.lastError();
    return tool({"--write-object", certFile, "--type", "cert", "--label", "leaf-cert", "--id", "04"});
}

QString createDataObjects(const QString& label, int count, const QString& prefix) {
    auto module = hsm::Module::load(SoftHsmFixture::modulePath());
    if (!module)
        return module.error().text();
    auto found = (*module)->slotList();
    if (!found)
        return found.error().text();
    std::optional<CK_SLOT_ID> slot;
    for (const hsm::SlotInfo& s : *found)
        if (s.token && s.token->label == label)
            slot = s.id;
    if (!slot)
        return QStringLiteral("no token labelled %1").arg(label);
    {
        auto session = hsm::Session::open(*module, *slot, true);
        if (!session)
            return session.error().text();
        const hsm::SecureBuffer pin(SoftHsmFixture::kUserPin, std::strlen(SoftHsmFixture::kUserPin));
        if (auto login = session->login(CKU_USER, &pin); !login)
            return login.error().text();
        CK_OBJECT_CLASS cls = CKO_DATA;
        CK_BBOOL yes = CK_TRUE;
        CK_BBOOL no = CK_FALSE;
        for (int i = 0; i < count; ++i) {
            QByteArray name = QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')).toUtf8();
            QByteArray value = "value " + name;
            CK_ATTRIBUTE attrs[] = {
                {CKA_CLASS, &cls, sizeof cls},
                {CKA_TOKEN, &yes, sizeof yes},
                {CKA_PRIVATE, &no, sizeof no},
                {CKA_LABEL, name.data(), static_cast<CK_ULONG>(name.size())},
                {CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())},
            };
            CK_OBJECT_HANDLE handle = CK_INVALID_HANDLE;
            const CK_RV rv = P11_CALL(session->module(), C_CreateObject, session->target(), session->handle(),
                                      attrs, static_cast<CK_ULONG>(std::size(attrs)), &handle);
            if (rv != CKR_OK)
                return hsm::Error::fromRv(QStringLiteral("C_CreateObject"), rv).text();
        }
        (void)session->logout();
    }
    return {};
}

} // namespace modeltest
