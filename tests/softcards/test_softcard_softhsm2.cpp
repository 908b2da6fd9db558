// The SoftHSM2 provider on a private SoftHSM2: create (C_InitToken + C_InitPIN), list, delete
// (softhsm2-util), checked with softhsm2-util and pkcs11-tool; an unwritable token folder refused
// with nothing changed.
#include "Module.h"
#include "SoftHsmFixture.h"
#include "SoftcardSoftHsm2Provider.h"
#include "TokenHelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <unistd.h>

using namespace hsm;

namespace {
SecureBuffer secret(const char* text) {
    return SecureBuffer(text, std::strlen(text));
}
QStringList dirEntries(const QString& path) {
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}
} // namespace

class TestSoftcardSoftHsm2 : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_fixture = std::make_unique<SoftHsmFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    }
    void cleanup() {
        if (m_locked)
            setFolderWritable(m_fixture->tokenDir(), true);
        m_module.reset();
        m_fixture.reset();
    }

    void createListDelete() {
        QVERIFY(!m_fixture->initToken(QStringLiteral("existing")).isEmpty());
        loadModule();
        SoftHsm2SoftcardProvider provider(m_module);
        QVERIFY(provider.location().contains(m_fixture->configPath()));
        QVERIFY(provider.location().contains(QStringLiteral("SOFTHSM2_CONF")));

        const SecureBuffer so = secret("so-pin-1234");
        const SecureBuffer user = secret("user-5678");
        auto created = provider.create({QStringLiteral("Softcard One"), &so, &user});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QCOMPARE(created->name, QStringLiteral("Softcard One"));
        QVERIFY(!created->serial.isEmpty());
        QCOMPARE(created->id, created->serial);

        // Another process sees it, initialised, with the user PIN we gave.
        const auto shown = m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")});
        CHECK_TOOL(shown);
        QVERIFY(shown.out.contains("Softcard One"));
        QVERIFY(shown.out.contains(created->serial.toUtf8()));
        const auto login = m_fixture->run(QStringLiteral("pkcs11-tool"),
                                          {QStringLiteral("--module"), SoftHsmFixture::modulePath(),
                                           QStringLiteral("--token-label"), QStringLiteral("Softcard One"),
                                           QStringLiteral("--login"), QStringLiteral("--pin"),
                                           QStringLiteral("user-5678"), QStringLiteral("-O")});
        CHECK_TOOL(login);

        auto listed = provider.list();
        QVERIFY(listed.ok());
        QStringList names;
        for (const Softcard& card : *listed)
            names << card.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Softcard One"), QStringLiteral("existing")}));

        // SoftHSM2 adds a new free slot when the slot list is read again: a second one works.
        auto second = provider.create({QStringLiteral("Second"), &so, &user});
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().text()));

        auto removed = provider.remove(*created);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text()));
        const auto after = m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")});
        QVERIFY(!after.out.contains("Softcard One"));
        QVERIFY(after.out.contains("existing"));
        {
            auto stale = provider.list();
            // This process still has the deleted token's slot; its token info cannot be read, so it is not
            // listed.
            QVERIFY(stale.ok());
            for (const Softcard& card : *stale)
                QVERIFY(card.name != QStringLiteral("Softcard One"));
        }

        // Once loaded again the module no longer lists it and has a free slot again.
        m_module.reset();
        loadModule();
        SoftHsm2SoftcardProvider reloaded(m_module);
        auto relisted = reloaded.list();
        QVERIFY(relisted.ok());
        QCOMPARE(relisted->size(), 2);
        for (const Softcard& card : *relisted)
            QVERIFY(card.name == QStringLiteral("existing") || card.name == QStringLiteral("Second"));

        auto two = reloaded.create({QStringLiteral("Two"), &so, &user});
        QVERIFY2(two.ok(), qPrintable(two.ok() ? QString() : two.error().text()));

        // Unknown serial: softhsm2-util's words, typed.
        Softcard ghost;
        ghost.serial = QStringLiteral("0123456789abcdef");
        QCOMPARE(reloaded.remove(ghost).problem(), SoftcardProblem::UnknownSoftcard);
        ghost.serial = QStringLiteral("--help");
        QCOMPARE(reloaded.remove(ghost).problem(), SoftcardProblem::InvalidInput);
    }

    void pinLengthAndLabelRefused() {
        loadModule();
        SoftHsm2SoftcardProvider provider(m_module);
        const SecureBuffer so = secret("so-pin-1234");
        const SecureBuffer shortPin = secret("12"); // SoftHSM2 needs at least 4
        QCOMPARE(provider.create({QStringLiteral("x"), &so, &shortPin}).problem(),
                 SoftcardProblem::InvalidInput);
        QCOMPARE(provider.create({QString(33, QLatin1Char('L')), &so, &so}).problem(),
                 SoftcardProblem::InvalidInput);
        QVERIFY(dirEntries(m_fixture->tokenDir()).isEmpty()); // nothing was created
    }

    void tokenFolderNotWritable() {
        const QString serial = m_fixture->initToken(QStringLiteral("keep-me"));
        QVERIFY(!serial.isEmpty());
        loadModule();
        SoftHsm2SoftcardProvider provider(m_module);
        const QStringList before = dirEntries(m_fixture->tokenDir());
        setFolderWritable(m_fixture->tokenDir(), false);
        m_locked = true;

        const SecureBuffer so = secret("so-pin-1234");
        const SecureBuffer user = secret("user-5678");
        auto created = provider.create({QStringLiteral("refused"), &so, &user});
        QCOMPARE(created.problem(), SoftcardProblem::ConfigNotWritable);
        QVERIFY2(created.error().message.contains(QStringLiteral("SoftHSM2's configuration not writable")),
                 qPrintable(created.error().message));
        QVERIFY(created.error().message.contains(m_fixture->tokenDir()));
        QVERIFY(created.error().hint.contains(QStringLiteral("Nothing was changed")));

        Softcard keep;
        keep.serial = serial;
        keep.name = QStringLiteral("keep-me");
        QCOMPARE(provider.remove(keep).problem(), SoftcardProblem::ConfigNotWritable);

        setFolderWritable(m_fixture->tokenDir(), true);
        m_locked = false;
        QCOMPARE(dirEntries(m_fixture->tokenDir()), before);
        // The free slot is still free, the token still there.
        auto listed = provider.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).name, QStringLiteral("keep-me"));
    }

    void configProblems() {
        SoftHsmConfig config;
        config.path = QStringLiteral("/x.conf");
        QCOMPARE(checkSoftHsmConfigWritable(config).problem(), SoftcardProblem::ConfigNotWritable);
        config.tokenDir = m_fixture->dir() + QStringLiteral("/missing");
        QVERIFY(
            checkSoftHsmConfigWritable(config).error().message.contains(QStringLiteral("does not exist")));
        config.tokenDir = m_fixture->configPath();
        QVERIFY(checkSoftHsmConfigWritable(config).error().message.contains(QStringLiteral("not a folder")));
        QCOMPARE(resolveSoftHsmConfig(m_fixture->dir() + QStringLiteral("/none.conf")).problem(),
                 SoftcardProblem::ConfigNotWritable);
        auto resolved = resolveSoftHsmConfig();
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->path, m_fixture->configPath());
        QCOMPARE(resolved->tokenDir, m_fixture->tokenDir());
    }

private:
    void loadModule() {
        auto module = Module::load(SoftHsmFixture::modulePath(), QStringLiteral("softhsm"));
        QVERIFY2(module.ok(), qPrintable(module.ok() ? QString() : module.error().text()));
        m_module = std::move(module).value();
    }
    /// Root ignores mode bits, so as root the folder is made immutable instead.
    static void setFolderWritable(const QString& path, bool writable) {
        if (::geteuid() == 0) {
            const int rc = QProcess::execute(QStringLiteral("chattr"),
                                             {writable ? QStringLiteral("-i") : QStringLiteral("+i"), path});
            QVERIFY2(rc == 0, "chattr failed: the test needs it to make the folder unwritable for root");
        } else {
            QVERIFY(QFile::setPermissions(path, writable
                                                    ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                    : QFile::ReadOwner | QFile::ExeOwner));
        }
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::shared_ptr<Module> m_module;
    bool m_locked = false;
};

QTEST_GUILESS_MAIN(TestSoftcardSoftHsm2)
#include "test_softcard_softhsm2.moc"
