// Vendor profiles: the nShield Web Services rules one by one (each row breaks one rule and then fixes
// it), and automatic profile selection from module and token information (also through the fault
// shim, which makes SoftHSM2 look like other vendors).
#include "KeySpec.h"
#include "Pkcs11Names.h"
#include "TokenHelpers.h"
#include "VendorProfile.h"

#include <QtTest>
#include <cstring>

using namespace hsm;
using namespace hsm::keygen;

namespace {

TemplateAttribute boolAttr(CK_ATTRIBUTE_TYPE type, bool value) {
    const char b = value ? 1 : 0;
    return {type, QByteArray(&b, 1), value ? QStringLiteral("CK_TRUE") : QStringLiteral("CK_FALSE"), true};
}

TemplateAttribute ulongAttr(CK_ATTRIBUTE_TYPE type, CK_ULONG value) {
    return {type, QByteArray(reinterpret_cast<const char*>(&value), sizeof value), QString::number(value),
            false};
}

void put(QList<TemplateAttribute>& list, const TemplateAttribute& a) {
    for (TemplateAttribute& existing : list)
        if (existing.type == a.type) {
            existing = a;
            return;
        }
    list << a;
}

void remove(QList<TemplateAttribute>& list, CK_ATTRIBUTE_TYPE type) {
    list.removeIf([type](const TemplateAttribute& a) { return a.type == type; });
}

const VendorProfile& nshield() {
    return *profileById(QStringLiteral("nshield-wsop"));
}

/// A spec the nShield profile accepts: applyDefaults on top of the kind's defaults, with a label.
KeySpec nshieldSpec(KeyKind kind) {
    KeySpec spec = KeySpec::defaults(kind);
    nshield().applyDefaults(spec);
    spec.label = QStringLiteral("payments key");
    return spec;
}

bool hasViolation(const QList<RuleViolation>& list, CK_ATTRIBUTE_TYPE attribute,
                  RuleViolation::Severity severity) {
    for (const RuleViolation& v : list)
        if (v.attribute == attribute && v.severity == severity)
            return true;
    return false;
}

QString describe(const QList<RuleViolation>& list) {
    QStringList lines;
    for (const RuleViolation& v : list)
        lines << QStringLiteral("[%1] %2").arg(v.severity == RuleViolation::Severity::Error ? "E" : "W",
                                               v.message);
    return lines.join(QLatin1Char('\n'));
}

ModuleInfo moduleInfo(const QString& path, const QString& manufacturer, const QString& description) {
    ModuleInfo m;
    m.path = path;
    m.manufacturer = manufacturer;
    m.description = description;
    return m;
}

TokenInfo tokenInfo(const QString& manufacturer, const QString& model) {
    TokenInfo t;
    t.manufacturer = manufacturer;
    t.model = model;
    return t;
}

} // namespace

class TestKeygenProfiles : public QObject {
    Q_OBJECT

private slots:
    void nshieldDefaultsPass() {
        for (KeyKind kind : {KeyKind::Aes, KeyKind::HmacSha256, KeyKind::HmacSha384, KeyKind::HmacSha512}) {
            const KeySpec spec = nshieldSpec(kind);
            const QList<RuleViolation> v = nshield().check(spec, buildTemplates(spec));
            QVERIFY2(v.isEmpty(), qPrintable(kindName(kind) + QLatin1Char('\n') + describe(v)));
        }
        // applyDefaults repairs what an administrator may have set elsewhere.
        KeySpec spec = KeySpec::defaults(KeyKind::Aes);
        spec.extractable = true;
        spec.usage.wrap = spec.usage.unwrap = spec.usage.derive = true;
        spec.isPrivate = false;
        spec.id = QByteArray("\x01", 1);
        nshield().applyDefaults(spec);
        spec.label = QStringLiteral("k");
        QVERIFY(nshield().check(spec, buildTemplates(spec)).isEmpty());
        // HMAC keys are made with CKM_SHA*_KEY_GEN under this profile.
        QCOMPARE(buildTemplates(nshieldSpec(KeyKind::HmacSha512)).mechanism,
                 CK_MECHANISM_TYPE(CKM_SHA512_KEY_GEN));
    }

    // One row per rule of the WSOP guide, section 6. `op` breaks the rule; `fix` repairs it the way an
    // administrator would; the broken template must give the violation, the fixed one must not.
    void nshieldRules_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("op");
        QTest::addColumn<qulonglong>("attribute");
        QTest::addColumn<bool>("warning");

        const int aes = int(KeyKind::Aes);
        const int hmac = int(KeyKind::HmacSha256);
        // 6.4 object attributes: token and private required and true.
        QTest::newRow("token false") << aes << "false" << qulonglong(CKA_TOKEN) << false;
        QTest::newRow("token missing") << aes << "remove" << qulonglong(CKA_TOKEN) << false;
        QTest::newRow("private false") << aes << "false" << qulonglong(CKA_PRIVATE) << false;
        QTest::newRow("private missing") << hmac << "remove" << qulonglong(CKA_PRIVATE) << false;
        // Key attributes: class, key type, value length and label required.
        QTest::newRow("class not secret") << aes << "class" << qulonglong(CKA_CLASS) << false;
        QTest::newRow("key type generic") << hmac << "generic" << qulonglong(CKA_KEY_TYPE) << false;
        QTest::newRow("value len missing") << aes << "remove" << qulonglong(CKA_VALUE_LEN) << false;
        QTest::newRow("label missing") << aes << "remove" << qulonglong(CKA_LABEL) << false;
        QTest::newRow("label empty") << aes << "label:" << qulonglong(CKA_LABEL) << false;
        // 6.1.9: no HTML characters in string fields.
        QTest::newRow("label <") << aes << "label:a<b" << qulonglong(CKA_LABEL) << false;
        QTest::newRow("label >") << hmac << "label:a>b" << qulonglong(CKA_LABEL) << false;
        QTest::newRow("label &") << aes << "label:R&D" << qulonglong(CKA_LABEL) << false;
        // 6.3: AES keys of 16, 24 or 32 bytes.
        QTest::newRow("aes 20 bytes") << aes << "len:20" << qulonglong(CKA_VALUE_LEN) << false;
        QTest::newRow("aes 64 bytes") << aes << "len:64" << qulonglong(CKA_VALUE_LEN) << false;
        // 6.4: false when provided.
        for (CK_ATTRIBUTE_TYPE type : {CKA_DERIVE, CKA_EXTRACTABLE, CKA_COPYABLE, CKA_TRUSTED, CKA_UNWRAP,
                                       CKA_WRAP, CKA_WRAP_WITH_TRUSTED})
            QTest::newRow(qPrintable(names::attribute(type) + QStringLiteral(" true")))
                << aes << "true" << qulonglong(type) << false;
        // 6.4: true when provided.
        for (CK_ATTRIBUTE_TYPE type : {CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE, CKA_LOCAL, CKA_SENSITIVE})
            QTest::newRow(qPrintable(names::attribute(type) + QStringLiteral(" false")))
                << hmac << "false" << qulonglong(type) << false;
        // 6.4: attributes not in the tables are unsupported.
        QTest::newRow("CKA_ID given") << aes << "id" << qulonglong(CKA_ID) << false;
        QTest::newRow("CKA_MODIFIABLE given") << aes << "true" << qulonglong(CKA_MODIFIABLE) << false;
        QTest::newRow("CKA_START_DATE given") << hmac << "date" << qulonglong(CKA_START_DATE) << false;
        // "Should be CK_TRUE": warnings.
        QTest::newRow("AES encrypt off") << aes << "false" << qulonglong(CKA_ENCRYPT) << true;
        QTest::newRow("AES decrypt missing") << aes << "remove" << qulonglong(CKA_DECRYPT) << true;
        QTest::newRow("HMAC sign off") << hmac << "false" << qulonglong(CKA_SIGN) << true;
        QTest::newRow("HMAC verify off") << hmac << "false" << qulonglong(CKA_VERIFY) << true;
    }
    void nshieldRules() {
        QFETCH(int, kind);
        QFETCH(QString, op);
        QFETCH(qulonglong, attribute);
        QFETCH(bool, warning);
        const CK_ATTRIBUTE_TYPE type = CK_ATTRIBUTE_TYPE(attribute);
        const auto severity = warning ? RuleViolation::Severity::Warning : RuleViolation::Severity::Error;

        KeySpec spec = nshieldSpec(KeyKind(kind));
        KeyTemplates broken = buildTemplates(spec);
        KeyTemplates fixed = broken;
        QList<TemplateAttribute>& b = broken.privateKey;
        QList<TemplateAttribute>& f = fixed.privateKey;
        if (op == QLatin1String("false")) {
            put(b, boolAttr(type, false));
            put(f, boolAttr(type, true));
        } else if (op == QLatin1String("true")) {
            put(b, boolAttr(type, true));
            if (type == CKA_MODIFIABLE)
                remove(f, type); // unsupported: the fix is to leave it out
            else
                put(f, boolAttr(type, false));
        } else if (op == QLatin1String("remove")) {
            remove(b, type); // fixed: as built, with the attribute
        } else if (op == QLatin1String("class")) {
            put(b, ulongAttr(CKA_CLASS, CKO_DATA));
        } else if (op == QLatin1String("generic")) {
            // An HMAC key built the SoftHSM2 way (generic secret generation) is not a WSOP key type.
            KeySpec viaGeneric = spec;
            viaGeneric.mechanism = CKM_GENERIC_SECRET_KEY_GEN;
            broken = buildTemplates(viaGeneric);
        } else if (op.startsWith(QLatin1String("label:"))) {
            const QByteArray label = op.mid(6).toUtf8();
            put(b, TemplateAttribute{CKA_LABEL, label, QString::fromUtf8(label), false});
        } else if (op.startsWith(QLatin1String("len:"))) {
            put(b, ulongAttr(CKA_VALUE_LEN, op.mid(4).toULong()));
            put(f, ulongAttr(CKA_VALUE_LEN, 24));
        } else if (op == QLatin1String("id")) {
            KeySpec withId = spec;
            withId.id = QByteArray::fromHex("0102");
            broken = buildTemplates(withId); // fixed: no ID
        } else if (op == QLatin1String("date")) {
            put(b, TemplateAttribute{CKA_START_DATE, QByteArray("20250101"), QStringLiteral("2025-01-01"),
                                     true});
        } else {
            QFAIL("unknown op");
        }

        const QList<RuleViolation> found = nshield().check(spec, broken);
        QVERIFY2(hasViolation(found, type, severity), qPrintable(describe(found)));
        for (const RuleViolation& v : found)
            if (v.attribute == type)
                QVERIFY(v.message.startsWith(QLatin1String("nShield Web Services: ")) && !v.hint.isEmpty());
        const QList<RuleViolation> after = nshield().check(spec, fixed);
        QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    }

    void nshieldKinds_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("rsa") << int(KeyKind::Rsa) << false;
        QTest::newRow("ec") << int(KeyKind::Ec) << false;
        QTest::newRow("ed25519") << int(KeyKind::Ed25519) << false;
        QTest::newRow("generic") << int(KeyKind::GenericSecret) << false;
        QTest::newRow("aes") << int(KeyKind::Aes) << true;
        QTest::newRow("hmac256") << int(KeyKind::HmacSha256) << true;
        QTest::newRow("hmac384") << int(KeyKind::HmacSha384) << true;
        QTest::newRow("hmac512") << int(KeyKind::HmacSha512) << true;
    }
    void nshieldKinds() {
        QFETCH(int, kind);
        QFETCH(bool, allowed);
        QCOMPARE(nshield().allowsKind(KeyKind(kind)), allowed);
        const KeySpec spec = nshieldSpec(KeyKind(kind));
        const QList<RuleViolation> found = nshield().check(spec, buildTemplates(spec));
        QCOMPARE(hasViolation(found, 0, RuleViolation::Severity::Error), !allowed);
        QCOMPARE(found.isEmpty(), allowed);
    }

    void wrongKindStillReportsLabelRules() {
        // A user who picks RSA and a label with '&' learns both at once, not one after the other.
        KeySpec spec = nshieldSpec(KeyKind::Rsa);
        spec.label = QStringLiteral("a&b");
        const QList<RuleViolation> found = nshield().check(spec, buildTemplates(spec));
        QVERIFY2(hasViolation(found, 0, RuleViolation::Severity::Error), qPrintable(describe(found)));
        QVERIFY2(hasViolation(found, CKA_LABEL, RuleViolation::Severity::Error), qPrintable(describe(found)));
        // ...but not the key-pair attributes the profile would never see anyway.
        for (const RuleViolation& v : found)
            QVERIFY2(v.attribute == 0 || v.attribute == CKA_LABEL, qPrintable(describe(found)));
    }

    void otherProfilesAddNoRules() {
        // Only rules with a documented source; for these families the mechanism list says it all.
        for (const char* id : {"generic", "softhsm2", "opensc", "nethsm", "protectserver"}) {
            const VendorProfile* profile = profileById(QString::fromLatin1(id));
            QVERIFY2(profile != nullptr, id);
            KeySpec spec = KeySpec::defaults(KeyKind::Rsa);
            profile->applyDefaults(spec);
            QVERIFY(profile->allowsKind(KeyKind::Ed25519));
            QVERIFY(profile->check(spec, buildTemplates(spec)).isEmpty());
        }
        QCOMPARE(profiles().constLast()->id(), QStringLiteral("generic"));
        QCOMPARE(profiles().size(), 6);
        QVERIFY(profileById(QStringLiteral("NSHIELD-WSOP")) != nullptr);
        QVERIFY(profileById(QStringLiteral("luna")) == nullptr);
    }

    void autoSelection_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("libManufacturer");
        QTest::addColumn<QString>("libDescription");
        QTest::addColumn<QString>("tokenManufacturer");
        QTest::addColumn<QString>("tokenModel");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wsop library file") << "/opt/nfast/webservices/pkcs11/lib/libpkcs11webservices.so"
                                           << ""
                                           << ""
                                           << ""
                                           << ""
                                           << "nshield-wsop";
        QTest::newRow("wsop description") << "/x/lib.so"
                                          << "nCipher Corp. Ltd"
                                          << "nShield Web Services PKCS#11"
                                          << ""
                                          << ""
                                          << "nshield-wsop";
        QTest::newRow("wsop entrust token") << "/x/lib.so"
                                            << "Entrust"
                                            << ""
                                            << "Entrust"
                                            << "WebServices"
                                            << "nshield-wsop";
        // The classic nShield library has none of the WSOP restrictions.
        QTest::newRow("cknfast") << "/opt/nfast/toolkits/pkcs11/libcknfast.so"
                                 << "nCipher Corp. Ltd"
                                 << "nCipher PKCS#11 12.60"
                                 << "nCipher Corp. Ltd"
                                 << "nC3025E/nC4035E"
                                 << "generic";
        QTest::newRow("softhsm") << "/usr/lib/softhsm/libsofthsm2.so"
                                 << "SoftHSM"
                                 << "Implementation of PKCS11"
                                 << "SoftHSM project"
                                 << "SoftHSM v2"
                                 << "softhsm2";
        QTest::newRow("opensc") << "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"
                                << "OpenSC Project"
                                << "OpenSC smartcard framework"
                                << "www.CardContact.de"
                                << "PKCS#15 emulated"
                                << "opensc";
        QTest::newRow("cardcontact token") << "/usr/lib/other.so"
                                           << ""
                                           << ""
                                           << "www.CardContact.de"
                                           << ""
                                           << "opensc";
        QTest::newRow("nethsm") << "/usr/lib/libnethsm_pkcs11.so"
                                << "Nitrokey GmbH"
                                << "NetHSM PKCS#11 module"
                                << "Nitrokey GmbH"
                                << "NetHSM"
                                << "nethsm";
        QTest::newRow("protectserver") << "/opt/safenet/protecttoolkit7/cprov/lib/libcthsm.so"
                                       << "SafeNet"
                                       << "ProtectToolkit C"
                                       << "SafeNet"
                                       << "ProtectServer 3"
                                       << "protectserver";
        QTest::newRow("thales model") << "/x/lib.so"
                                      << "Thales"
                                      << ""
                                      << "Thales"
                                      << "ProtectServer"
                                      << "protectserver";
        QTest::newRow("luna is not protectserver") << "/usr/safenet/lunaclient/lib/libCryptoki2_64.so"
                                                   << "SafeNet"
                                                   << "Chrystoki"
                                                   << "Safenet, Inc."
                                                   << "Luna K7"
                                                   << "generic";
        QTest::newRow("unknown") << "/x/other.so"
                                 << "ACME"
                                 << ""
                                 << "ACME"
                                 << "Box"
                                 << "generic";
    }
    void autoSelection() {
        QFETCH(QString, path);
        QFETCH(QString, libManufacturer);
        QFETCH(QString, libDescription);
        QFETCH(QString, tokenManufacturer);
        QFETCH(QString, tokenModel);
        QFETCH(QString, expected);
        QCOMPARE(profileFor(moduleInfo(path, libManufacturer, libDescription),
                            tokenInfo(tokenManufacturer, tokenModel))
                     .id(),
                 expected);
    }

    // The same selection from what a real module reports: SoftHSM2 as itself, then dressed up by the
    // fault shim as an nShield Web Services token and as a NetHSM.
    void autoSelectionFromModule() {
        SoftHsmFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(!fixture.initToken(QStringLiteral("sel")).isEmpty());
        const auto selected = [&]() -> QString {
            tokentest::OpenOptions options;
            options.modulePath = SoftHsmFixture::faultModulePath();
            tokentest::OpenedToken opened = tokentest::openToken(QStringLiteral("sel"), options);
            if (!opened.ok())
                return opened.error;
            return profileFor(opened.module->info(), opened.token).id();
        };
        // Through the shim the file name is the shim's, so this comes from SoftHSM2's own strings.
        QCOMPARE(selected(), QStringLiteral("softhsm2"));
        QVERIFY(fixture.setFaults("token_manufacturer=nCipher Corp. Ltd\ntoken_model=WebServices\n"
                                  "library_manufacturer=nCipher Corp. Ltd\n"
                                  "library_description=nShield Web Services PKCS#11\n"));
        QCOMPARE(selected(), QStringLiteral("nshield-wsop"));
        QVERIFY(fixture.setFaults("token_manufacturer=Nitrokey GmbH\ntoken_model=NetHSM\n"
                                  "library_manufacturer=Nitrokey GmbH\n"));
        QCOMPARE(selected(), QStringLiteral("nethsm"));
        QVERIFY(fixture.setFaults({}));
    }
};

QTEST_GUILESS_MAIN(TestKeygenProfiles)
#include "test_keygen_profiles.moc"
