// Modules registered with p11-kit on this machine, and MODULE arguments resolved to files.
#include "ModuleRegistry.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hsm;

class TestRegistry : public QObject {
    Q_OBJECT

private slots:
    void registeredModulesFound_data();
    void registeredModulesFound();
    void resolvesNames();
    void resolvesExistingPathAsIs();
    void unknownNameListsRegistered();
    void missingPathSaysSo();
    void directoryIsNotAModule();
};

void TestRegistry::registeredModulesFound_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("softhsm2") << QStringLiteral("softhsm2");
    QTest::newRow("opensc") << QStringLiteral("opensc-pkcs11");
    QTest::newRow("trust") << QStringLiteral("p11-kit-trust");
}

void TestRegistry::registeredModulesFound() {
    QFETCH(QString, name);
    const QList<RegisteredModule> modules = registeredModules();
    const RegisteredModule* found = nullptr;
    for (const RegisteredModule& module : modules)
        if (module.name == name)
            found = &module;
    QVERIFY2(found != nullptr, qPrintable(name));
    QVERIFY2(QFileInfo(found->path).isAbsolute(), qPrintable(found->path));
    QVERIFY2(QFileInfo(found->path).isFile(), qPrintable(found->path));
}

void TestRegistry::resolvesNames() {
    auto softhsm = resolveModule(QStringLiteral("softhsm2"));
    QVERIFY2(softhsm.ok(), softhsm.ok() ? "" : qPrintable(softhsm.error().text()));
    QCOMPARE(softhsm->name, QStringLiteral("softhsm2"));
    QCOMPARE(
        QFileInfo(softhsm->path).canonicalFilePath(),
        QFileInfo(QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")).canonicalFilePath());
    auto trust = resolveModule(QStringLiteral("p11-kit-trust"));
    QVERIFY(trust.ok());
    QCOMPARE(trust->path, QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11/p11-kit-trust.so"));
}

void TestRegistry::resolvesExistingPathAsIs() {
    const QString path = QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so");
    auto resolved = resolveModule(path);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->path, path);
    // Given by path, a registered module keeps its registry name.
    QCOMPARE(resolved->name, QStringLiteral("opensc-pkcs11"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("libcustom.so"));
    QVERIFY(QFile::copy(path, copy));
    auto unregistered = resolveModule(copy);
    QVERIFY(unregistered.ok());
    QCOMPARE(unregistered->name, QStringLiteral("libcustom"));
}

void TestRegistry::unknownNameListsRegistered() {
    auto resolved = resolveModule(QStringLiteral("no-such-module"));
    QVERIFY(!resolved.ok());
    const QString text = resolved.error().text();
    QVERIFY2(text.contains(QLatin1String("no-such-module")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("softhsm2")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("p11-kit-trust")), qPrintable(text));
}

void TestRegistry::missingPathSaysSo() {
    auto resolved = resolveModule(QStringLiteral("/nonexistent/libnothing.so"));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().text().contains(QLatin1String("does not exist")),
             qPrintable(resolved.error().text()));
}

void TestRegistry::directoryIsNotAModule() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto resolved = resolveModule(dir.path());
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().text().contains(QLatin1String("not a file")),
             qPrintable(resolved.error().text()));
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
