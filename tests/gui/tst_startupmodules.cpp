#include "StartupModules.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using hsm::StartupModules;

class TestStartupModules : public QObject {
    Q_OBJECT
private slots:
    void rememberedModulesWin();
    void demoWhenNothingConfigured();
    void demoKeepsExistingSoftHsmConf();
    void hintWhenNoDemo();
    void rememberAndForget();
    void demoPathFollowsXdgDataHome();
    void applyEnvironmentOnlyWhenUnset();
};

void TestStartupModules::rememberedModulesWin() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("softhsm2.conf"));
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto plan = StartupModules::plan({QStringLiteral("/opt/vendor/libpkcs11.so")}, conf, false);
    QCOMPARE(plan.modules, QStringList{QStringLiteral("/opt/vendor/libpkcs11.so")});
    QVERIFY(!plan.demo);
    QVERIFY(plan.softHsmConf.isEmpty());
    QVERIFY(plan.hint.isEmpty());
}

void TestStartupModules::demoWhenNothingConfigured() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("softhsm2.conf"));
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto plan = StartupModules::plan({}, conf, false);
    QVERIFY(plan.demo);
    QCOMPARE(plan.modules, QStringList{StartupModules::softHsmModule()});
    QCOMPARE(plan.softHsmConf, conf);
    QVERIFY(plan.hint.isEmpty());
}

void TestStartupModules::demoKeepsExistingSoftHsmConf() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("softhsm2.conf"));
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto plan = StartupModules::plan({}, conf, true);
    QVERIFY(plan.demo);
    QVERIFY(plan.softHsmConf.isEmpty());
}

void TestStartupModules::hintWhenNoDemo() {
    QTemporaryDir dir;
    const auto plan = StartupModules::plan({}, dir.filePath(QStringLiteral("missing/softhsm2.conf")), false);
    QVERIFY(plan.modules.isEmpty());
    QVERIFY(!plan.demo);
    QVERIFY(plan.hint.contains(QStringLiteral("demo-env.sh")));
}

void TestStartupModules::rememberAndForget() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QVERIFY(StartupModules::remembered(settings).isEmpty());
    StartupModules::remember(settings, QStringLiteral("/a.so"));
    StartupModules::remember(settings, QStringLiteral("/b.so"));
    StartupModules::remember(settings, QStringLiteral("/a.so"));
    QCOMPARE(StartupModules::remembered(settings),
             (QStringList{QStringLiteral("/a.so"), QStringLiteral("/b.so")}));
    StartupModules::forget(settings, QStringLiteral("/a.so"));
    QCOMPARE(StartupModules::remembered(settings), QStringList{QStringLiteral("/b.so")});
    // Nothing but module paths goes into the settings.
    QCOMPARE(settings.allKeys(), QStringList{QString::fromLatin1(StartupModules::kSettingsKey)});
}

void TestStartupModules::demoPathFollowsXdgDataHome() {
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = StartupModules::demoConfigPath();
    if (previous.isEmpty())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);
    QCOMPARE(path, QDir(dir.path()).filePath(QStringLiteral("hsm-workbench/demo/softhsm2.conf")));
}

void TestStartupModules::applyEnvironmentOnlyWhenUnset() {
    const QByteArray previous = qgetenv("SOFTHSM2_CONF");
    const bool had = qEnvironmentVariableIsSet("SOFTHSM2_CONF");
    StartupModules::Plan plan;
    plan.softHsmConf = QStringLiteral("/tmp/demo/softhsm2.conf");
    qunsetenv("SOFTHSM2_CONF");
    StartupModules::applyEnvironment(plan);
    QCOMPARE(qgetenv("SOFTHSM2_CONF"), QByteArray("/tmp/demo/softhsm2.conf"));
    qputenv("SOFTHSM2_CONF", "/somewhere/else.conf");
    StartupModules::applyEnvironment(plan);
    QCOMPARE(qgetenv("SOFTHSM2_CONF"), QByteArray("/somewhere/else.conf"));
    if (had)
        qputenv("SOFTHSM2_CONF", previous);
    else
        qunsetenv("SOFTHSM2_CONF");
}

QTEST_GUILESS_MAIN(TestStartupModules)
#include "tst_startupmodules.moc"
