// hsmwb softcard list|create|delete|verify, run as a user would: SoftHSM2 on a private
// configuration, nShield against the softcardtool stand-in.
#include "../cli/CliTestSupport.h"
#include "SoftHsmFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {
const QString kStandin = QStringLiteral(HSMWB_SOFTCARDTOOL_STANDIN);
}

class TestSoftcardCli : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_fixture = std::make_unique<SoftHsmFixture>();
        QVERIFY(m_fixture->isValid());
        m_state = std::make_unique<QTemporaryDir>();
        m_env = {{QStringLiteral("SOFTCARDTOOL_STANDIN_STATE"), m_state->path()},
                 {QStringLiteral("SO"), QStringLiteral("so-pin-1234")},
                 {QStringLiteral("USERPIN"), QStringLiteral("user-5678")},
                 {QStringLiteral("PASS"), QStringLiteral("Pass_phrase-1")}};
    }

    void softhsm2CreateListDelete() {
        const QString module = SoftHsmFixture::modulePath();
        auto created = cli({"softcard", "create", "--provider", "softhsm2", "--module", module, "--name",
                            "cli-card", "--so-pin", "env:SO", "--pin", "env:USERPIN", "--json"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.errText()));
        const QString serial = created.json().at(0).toObject().value(QStringLiteral("serial")).toString();
        QVERIFY(!serial.isEmpty());
        const auto shown = m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")});
        QVERIFY(shown.out.contains("cli-card"));
        // The user PIN we gave works.
        QVERIFY(m_fixture
                    ->run(QStringLiteral("pkcs11-tool"),
                          {QStringLiteral("--module"), module, QStringLiteral("--token-label"),
                           QStringLiteral("cli-card"), QStringLiteral("--login"), QStringLiteral("--pin"),
                           QStringLiteral("user-5678"), QStringLiteral("-O")})
                    .ok());

        auto listed = cli({"softcard", "list", "--provider", "softhsm2", "--module", module, "--json"});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().size(), 1);
        QCOMPARE(listed.json().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("cli-card"));
        auto table = cli({"softcard", "list", "--provider", "softhsm2", "--module", module});
        QVERIFY(table.out.contains("cli-card"));

        // Not confirmed (no terminal, no --yes): refused, nothing changed.
        auto unconfirmed =
            cli({"softcard", "delete", "--provider", "softhsm2", "--module", module, "--serial", serial});
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY(unconfirmed.errText().contains(QStringLiteral("--yes")));
        QVERIFY(unconfirmed.errText().contains(QStringLiteral("cli-card")));
        QVERIFY(m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                    .out.contains("cli-card"));

        auto deleted = cli({"softcard", "delete", "--provider", "softhsm2", "--module", module, "--serial",
                            serial, "--yes"});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.errText()));
        QVERIFY(!m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                     .out.contains("cli-card"));
    }

    void softhsm2BadInput() {
        const QString module = SoftHsmFixture::modulePath();
        // PIN on the command line is refused by the parser without echo.
        auto pinInArgv = cli({"softcard", "create", "--provider", "softhsm2", "--module", module, "--name",
                              "x", "--so-pin", "env:SO", "--pin", "123456"});
        QCOMPARE(pinInArgv.exitCode, 2);
        QVERIFY(!pinInArgv.errText().contains(QStringLiteral("123456")));
        auto noSo = cli({"softcard", "create", "--provider", "softhsm2", "--module", module, "--name", "x",
                         "--pin", "env:USERPIN"});
        QCOMPARE(noSo.exitCode, 1);
        QVERIFY(noSo.errText().contains(QStringLiteral("--so-pin")));
        auto badProvider = cli({"softcard", "list", "--provider", "thales"});
        QCOMPARE(badProvider.exitCode, 1);
        QVERIFY(badProvider.errText().contains(QStringLiteral("softhsm2, nshield or generic")));
        auto both = cli({"softcard", "delete", "--provider", "nshield", "--id", "a", "--serial", "b"});
        QCOMPARE(both.exitCode, 2);
        // Token folder not writable (immutable: root ignores mode bits): refused, nothing created.
        if (::geteuid() == 0)
            QCOMPARE(
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_fixture->tokenDir()}),
                0);
        else
            QVERIFY(QFile::setPermissions(m_fixture->tokenDir(), QFile::ReadOwner | QFile::ExeOwner));
        auto locked = cli({"softcard", "create", "--provider", "softhsm2", "--module", module, "--name", "x",
                           "--so-pin", "env:SO", "--pin", "env:USERPIN"});
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_fixture->tokenDir()});
        else
            QFile::setPermissions(m_fixture->tokenDir(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.errText().contains(QStringLiteral("SoftHSM2's configuration not writable")),
                 qPrintable(locked.errText()));
        QVERIFY(QDir(m_fixture->tokenDir()).isEmpty());
        // Token folder gone: SoftHSM2 cannot even start; the configuration is named as the cause.
        QVERIFY(QDir(m_fixture->tokenDir()).removeRecursively());
        auto unwritable = cli({"softcard", "create", "--provider", "softhsm2", "--module", module, "--name",
                               "x", "--so-pin", "env:SO", "--pin", "env:USERPIN"});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.errText().contains(QStringLiteral("SoftHSM2's configuration not writable")),
                 qPrintable(unwritable.errText()));
        QVERIFY(!QFileInfo::exists(m_fixture->tokenDir()));
    }

    void nshieldCreateListDeleteVerify() {
        auto created = cli({"softcard", "create", "--provider", "nshield", "--tool", kStandin, "--name",
                            "web-01", "--pin", "env:PASS", "--json"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.errText()));
        const QString id = created.json().at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 40);
        QFile card(m_state->filePath(QStringLiteral("cards/") + id));
        QVERIFY(card.open(QIODevice::ReadOnly));
        QVERIFY(card.readAll().contains(
            QCryptographicHash::hash("Pass_phrase-1", QCryptographicHash::Sha256).toHex()));

        auto listed = cli({"softcard", "list", "--provider", "nshield", "--tool", kStandin, "--json"});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(listed.json().at(0).toObject().value(QStringLiteral("keys")).toInt(), 0);

        auto verified = cli({"softcard", "verify", "--provider", "nshield", "--tool", kStandin});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains("Connected"));

        auto hasKeys =
            cli({"softcard", "delete", "--provider", "nshield", "--tool", kStandin, "--id", id, "--yes"},
                {{QStringLiteral("SOFTCARDTOOL_STANDIN_FAIL"), QStringLiteral("has-keys")}});
        QCOMPARE(hasKeys.exitCode, 1);
        QVERIFY(hasKeys.errText().contains(QStringLiteral("keys must be removed first")));

        auto deleted =
            cli({"softcard", "delete", "--provider", "nshield", "--tool", kStandin, "--id", id, "--yes"});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.errText()));
        QVERIFY(!card.exists());
        QFile argv(m_state->filePath(QStringLiteral("argv.log")));
        QVERIFY(argv.open(QIODevice::ReadOnly));
        QVERIFY(!argv.readAll().contains("Pass_phrase-1"));
    }

    void nshieldFailures() {
        auto special = cli({"softcard", "create", "--provider", "nshield", "--tool", kStandin, "--name",
                            "a b", "--pin", "env:PASS"});
        QCOMPARE(special.exitCode, 1);
        QVERIFY(special.errText().contains(QStringLiteral("special characters")));
        QVERIFY(!QFileInfo::exists(m_state->filePath(QStringLiteral("argv.log")))); // never ran
        auto missing =
            cli({"softcard", "list", "--provider", "nshield", "--tool", m_state->filePath("none")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.errText().contains(QStringLiteral("softcardtool not found")));
        auto unreachable =
            cli({"softcard", "verify", "--provider", "nshield", "--tool", kStandin},
                {{QStringLiteral("SOFTCARDTOOL_STANDIN_FAIL"), QStringLiteral("unreachable")}});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.errText().contains(QStringLiteral("Connection refused")));
        auto garbage = cli({"softcard", "list", "--provider", "nshield", "--tool", kStandin},
                           {{QStringLiteral("SOFTCARDTOOL_STANDIN_FAIL"), QStringLiteral("garbage")}});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.errText().contains(QStringLiteral("unexpected output")));
        auto hang = cli({"softcard", "list", "--provider", "nshield", "--tool", kStandin, "--timeout", "1"},
                        {{QStringLiteral("SOFTCARDTOOL_STANDIN_FAIL"), QStringLiteral("hang")}});
        QCOMPARE(hang.exitCode, 1);
        QVERIFY(hang.errText().contains(QStringLiteral("was stopped")));
        auto unknown =
            cli({"softcard", "delete", "--provider", "nshield", "--tool", kStandin, "--id", "abcd", "--yes"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.errText().contains(QStringLiteral("no softcard with ID or serial abcd")));
    }

private:
    CliRun cli(std::initializer_list<const char*> args, const QList<QPair<QString, QString>>& extra = {}) {
        QStringList list;
        for (const char* a : args)
            list << QString::fromUtf8(a);
        return cli(list, extra);
    }
    CliRun cli(const QStringList& args, const QList<QPair<QString, QString>>& extra = {}) {
        return runCli(*m_fixture, args, {}, m_env + extra);
    }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_state;
    QList<QPair<QString, QString>> m_env;
};

QTEST_GUILESS_MAIN(TestSoftcardCli)
#include "test_softcard_cli.moc"
