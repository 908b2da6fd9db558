// The nShield Web Services provider driving the softcardtool stand-in: every documented command
// and every failure mode, with what must not happen (a secret in argv, a call after a refusal).
#include "SoftcardNShieldProvider.h"
#include "SoftcardProvider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hsm;

namespace {

const QString kStandin = QStringLiteral(HSMWB_SOFTCARDTOOL_STANDIN);

SecureBuffer secret(const char* text) {
    return SecureBuffer(text, std::strlen(text));
}

} // namespace

class TestSoftcardNShield : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
        qputenv("SOFTCARDTOOL_STANDIN_STATE", m_state->path().toUtf8());
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");
        qunsetenv("SOFTCARDTOOL_STANDIN_CONFIRM");
    }
    void cleanup() {
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");
        qunsetenv("SOFTCARDTOOL_STANDIN_CONFIRM");
    }

    void createListDelete() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        auto empty = provider.list();
        QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().text()));
        QVERIFY(empty->isEmpty());

        const SecureBuffer pass = secret("Passphrase-1_ok");
        auto created = provider.create({QStringLiteral("alpha-1"), nullptr, &pass});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QCOMPARE(created->name, QStringLiteral("alpha-1"));
        QCOMPARE(created->id.size(), 40);
        QVERIFY(QFile::exists(cardFile(created->id)));
        // The passphrase reached the prompt intact and never the argument list.
        QCOMPARE(cardField(created->id, "passhash"),
                 QCryptographicHash::hash("Passphrase-1_ok", QCryptographicHash::Sha256).toHex());
        QVERIFY(!argvLog().contains("Passphrase-1_ok"));
        QVERIFY(argvLog().contains("-g --name=alpha-1\n"));

        auto listed = provider.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).id, created->id);
        QCOMPARE(listed->at(0).keyCount, 0);

        auto removed = provider.remove(*created);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text()));
        QVERIFY(argvLog().contains(QStringLiteral("-d --ID=%1\n").arg(created->id).toUtf8()));
        QVERIFY(!QFile::exists(cardFile(created->id)));
        QVERIFY(provider.list()->isEmpty());
    }

    void answersConfirmationPrompt() {
        qputenv("SOFTCARDTOOL_STANDIN_CONFIRM", "1");
        NShieldSoftcardProvider provider(kStandin, 10000);
        const SecureBuffer pass = secret("twiceAsked");
        auto created = provider.create({QStringLiteral("beta"), nullptr, &pass});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QCOMPARE(cardField(created->id, "passhash"),
                 QCryptographicHash::hash("twiceAsked", QCryptographicHash::Sha256).toHex());
    }

    void refusesSpecialCharactersBeforeRunning_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("space in name") << QStringLiteral("my card") << QByteArray("goodpass1");
        QTest::newRow("quote in name") << QStringLiteral("card\"x") << QByteArray("goodpass1");
        QTest::newRow("umlaut in name") << QStringLiteral("kärtchen") << QByteArray("goodpass1");
        QTest::newRow("option-like") << QStringLiteral("a=b") << QByteArray("goodpass1");
        QTest::newRow("empty name") << QString() << QByteArray("goodpass1");
        QTest::newRow("long name") << QString(33, QLatin1Char('a')) << QByteArray("goodpass1");
        QTest::newRow("special in passphrase") << QStringLiteral("ok") << QByteArray("pass word!");
        QTest::newRow("short passphrase") << QStringLiteral("ok") << QByteArray("short");
    }
    void refusesSpecialCharactersBeforeRunning() {
        QFETCH(QString, name);
        QFETCH(QByteArray, passphrase);
        NShieldSoftcardProvider provider(kStandin, 10000);
        const SecureBuffer pass(passphrase.constData(), static_cast<std::size_t>(passphrase.size()));
        auto created = provider.create({name, nullptr, &pass});
        QVERIFY(!created.ok());
        QCOMPARE(created.problem(), SoftcardProblem::InvalidInput);
        QVERIFY(!created.error().message.contains(QString::fromLatin1(passphrase)));
        QVERIFY2(argvLog().isEmpty(), argvLog().constData()); // the tool never ran
    }
    void allowsDashAndUnderscore() {
        QVERIFY(NShieldSoftcardProvider::checkName(QStringLiteral("Web_Server-01")).ok());
        QVERIFY(NShieldSoftcardProvider::checkPassphrase(secret("pass_word-99")).ok());
        QVERIFY(!NShieldSoftcardProvider::checkId(QStringLiteral("ab;rm")).ok());
    }

    void duplicateNameRefused() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        const SecureBuffer pass = secret("goodpass1");
        QVERIFY(provider.create({QStringLiteral("dup"), nullptr, &pass}).ok());
        auto again = provider.create({QStringLiteral("dup"), nullptr, &pass});
        QVERIFY(!again.ok());
        QCOMPARE(again.problem(), SoftcardProblem::InvalidInput);
        QCOMPARE(QDir(m_state->filePath(QStringLiteral("cards"))).entryList(QDir::Files).size(), 1);
    }

    void verifyConnection() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        auto report = provider.verify();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QVERIFY(report->contains(QStringLiteral("Connected to https://wsop.example.test:18001")));
        QVERIFY(argvLog().contains("-v1\n"));
    }

    void serverUnreachable() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "unreachable");
        NShieldSoftcardProvider provider(kStandin, 10000);
        for (auto problem : {provider.list().problem(), provider.verify().problem()})
            QCOMPARE(problem, SoftcardProblem::ServerUnreachable);
        auto listed = provider.list();
        // Verbatim, with a hint.
        QVERIFY2(listed.error().message.contains(QStringLiteral(
                     "cannot connect to the Web Services server at https://wsop.example.test:18001: "
                     "Connection refused")),
                 qPrintable(listed.error().message));
        QVERIFY(listed.error().message.contains(QStringLiteral("exit code 3")));
        QVERIFY(listed.error().hint.contains(QStringLiteral("pkcs11webservices.cfg")));
        const SecureBuffer pass = secret("goodpass1");
        QCOMPARE(provider.create({QStringLiteral("x"), nullptr, &pass}).problem(),
                 SoftcardProblem::ServerUnreachable);
    }

    void unsupportedCharactersFromTool() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "charset");
        NShieldSoftcardProvider provider(kStandin, 10000);
        const SecureBuffer pass = secret("goodpass1");
        auto created = provider.create({QStringLiteral("fine"), nullptr, &pass});
        QCOMPARE(created.problem(), SoftcardProblem::InvalidInput);
        QVERIFY(created.error().message.contains(QStringLiteral("unsupported characters in softcard name")));
    }

    void unknownId() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        Softcard ghost;
        ghost.id = QStringLiteral("00ff00ff");
        ghost.name = QStringLiteral("ghost");
        auto removed = provider.remove(ghost);
        QCOMPARE(removed.problem(), SoftcardProblem::UnknownSoftcard);
        QVERIFY(removed.error().message.contains(QStringLiteral("no softcard with ID 00ff00ff")));
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "unknown-id");
        QCOMPARE(provider.remove(ghost).problem(), SoftcardProblem::UnknownSoftcard);
    }

    void hasKeys() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        const SecureBuffer pass = secret("goodpass1");
        auto created = provider.create({QStringLiteral("keyed"), nullptr, &pass});
        QVERIFY(created.ok());
        setCardField(created->id, "keys", "2");
        auto listed = provider.list();
        QCOMPARE(listed->at(0).keyCount, 2);
        auto removed = provider.remove(*created);
        QCOMPARE(removed.problem(), SoftcardProblem::HasKeys);
        QVERIFY(removed.error().message.contains(QStringLiteral("its keys must be removed first")));
        QVERIFY(removed.error().message.contains(QStringLiteral("still has 2 keys")));
        QVERIFY(QFile::exists(cardFile(created->id))); // nothing changed
        // Once the keys are gone the same delete works.
        setCardField(created->id, "keys", "0");
        QVERIFY(provider.remove(*created).ok());
        // Forced mode, for a softcard whose keys the stand-in does not count.
        auto other = provider.create({QStringLiteral("forced"), nullptr, &pass});
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "has-keys");
        QCOMPARE(provider.remove(*other).problem(), SoftcardProblem::HasKeys);
    }

    void garbageOutput() {
        NShieldSoftcardProvider provider(kStandin, 10000);
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "garbage");
        auto listed = provider.list();
        QCOMPARE(listed.problem(), SoftcardProblem::UnexpectedOutput);
        QVERIFY(listed.error().message.contains(QStringLiteral("502 Bad Gateway")));
        QVERIFY(listed.error().hint.contains(QStringLiteral("softcardtool -V")));
    }

    void hangIsKilled() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "hang");
        NShieldSoftcardProvider provider(kStandin, 1500);
        QElapsedTimer timer;
        timer.start();
        auto listed = provider.list();
        QCOMPARE(listed.problem(), SoftcardProblem::ToolTimeout);
        QVERIFY(listed.error().message.contains(QStringLiteral("was stopped")));
        QCOMPARE(provider.verify().problem(), SoftcardProblem::ToolTimeout);
        QVERIFY2(timer.elapsed() < 10000, "the tool was not killed in time");
    }

    void missingAndFailingTool() {
        NShieldSoftcardProvider missing(m_state->filePath(QStringLiteral("no-such-softcardtool")), 10000);
        auto listed = missing.list();
        QCOMPARE(listed.problem(), SoftcardProblem::ToolMissing);
        QVERIFY(listed.error().message.contains(QStringLiteral("no-such-softcardtool")));
        QVERIFY(listed.error().hint.contains(QStringLiteral("path")));

        // Not executable.
        const QString plain = m_state->filePath(QStringLiteral("plain"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QCOMPARE(NShieldSoftcardProvider(plain, 1000).list().problem(), SoftcardProblem::ToolMissing);

        // Non-zero exit with a message we do not know: verbatim, ToolFailed.
        const QString failing = m_state->filePath(QStringLiteral("failing"));
        QFile script(failing);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'internal error 17' >&2\nexit 9\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        auto failed = NShieldSoftcardProvider(failing, 5000).list();
        QCOMPARE(failed.problem(), SoftcardProblem::ToolFailed);
        QVERIFY(failed.error().message.contains(QStringLiteral("exit code 9")));
        QVERIFY(failed.error().message.contains(QStringLiteral("internal error 17")));

        // A -g that never asks for the passphrase is not taken for success.
        const QString silent = m_state->filePath(QStringLiteral("silent"));
        QFile s(silent);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("#!/bin/sh\ncase \"$1\" in -l) echo 'Softcards: 0';; esac\nexit 0\n");
        s.close();
        s.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        const SecureBuffer pass = secret("goodpass1");
        QCOMPARE(
            NShieldSoftcardProvider(silent, 5000).create({QStringLiteral("x"), nullptr, &pass}).problem(),
            SoftcardProblem::UnexpectedOutput);
    }

    void detection() {
        ModuleInfo m;
        m.path = QStringLiteral("/opt/nfast/webservices/pkcs11/lib/libpkcs11webservices.so");
        QCOMPARE(detectSoftcardProvider(m), SoftcardProviderKind::NShield);
        m.path = QStringLiteral("/usr/lib/x/libvendor.so");
        m.manufacturer = QStringLiteral("nCipher Corp. Ltd");
        QCOMPARE(detectSoftcardProvider(m), SoftcardProviderKind::NShield);
        m.manufacturer = QStringLiteral("SoftHSM");
        QCOMPARE(detectSoftcardProvider(m), SoftcardProviderKind::SoftHsm2);
        m.manufacturer = QStringLiteral("OpenSC Project");
        QCOMPARE(detectSoftcardProvider(m), SoftcardProviderKind::Generic);
        m.path = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
        QCOMPARE(detectSoftcardProvider(m), SoftcardProviderKind::SoftHsm2);
        QCOMPARE(softcardProviderFromId(QStringLiteral("nshield")), SoftcardProviderKind::NShield);
        QVERIFY(!softcardProviderFromId(QStringLiteral("thales")));
    }

private:
    QString cardFile(const QString& id) const { return m_state->filePath(QStringLiteral("cards/") + id); }
    QByteArray cardField(const QString& id, const char* key) const {
        QFile f(cardFile(id));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith(QByteArray(key) + '='))
                return line.mid(static_cast<qsizetype>(std::strlen(key)) + 1);
        return {};
    }
    void setCardField(const QString& id, const char* key, const char* value) {
        QFile f(cardFile(id));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        for (QByteArray& line : lines)
            if (line.startsWith(QByteArray(key) + '='))
                line = QByteArray(key) + '=' + value;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
    }
    QByteArray argvLog() const {
        QFile f(m_state->filePath(QStringLiteral("argv.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_state;
};

QTEST_GUILESS_MAIN(TestSoftcardNShield)
#include "test_softcard_nshield.moc"
