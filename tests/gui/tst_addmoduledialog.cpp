#include "AddModuleDialog.h"
#include "SoftHsmFixture.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

class TestAddModuleDialog : public QObject {
    Q_OBJECT
private slots:
    void listsRegisteredModulesWithoutPickingOne();
    void pickingAModuleFillsThePath();
    void typedPath();
};

namespace {
QPushButton* okButton(hsm::AddModuleDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
int rowFor(QListWidget* list, const QString& path) {
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == path)
            return row;
    return -1;
}
} // namespace

void TestAddModuleDialog::listsRegisteredModulesWithoutPickingOne() {
    hsm::AddModuleDialog dialog;
    QCOMPARE(dialog.objectName(), QStringLiteral("addModuleDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.registryLoaded(), 20000);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("registeredModules"));
    // Debian's softhsm2 package registers its module with p11-kit.
    QVERIFY(rowFor(list, SoftHsmFixture::modulePath()) >= 0);
    QVERIFY(rowFor(list, SoftHsmFixture::trustModulePath()) >= 0);
    QVERIFY(dialog.selectedModule().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestAddModuleDialog::pickingAModuleFillsThePath() {
    hsm::AddModuleDialog dialog;
    QTRY_VERIFY_WITH_TIMEOUT(dialog.registryLoaded(), 20000);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("registeredModules"));
    const int row = rowFor(list, SoftHsmFixture::modulePath());
    QVERIFY(row >= 0);
    list->setCurrentRow(row);
    QCOMPARE(dialog.selectedModule(), SoftHsmFixture::modulePath());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestAddModuleDialog::typedPath() {
    hsm::AddModuleDialog dialog;
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("modulePath"));
    QTest::keyClicks(path, QStringLiteral("  /opt/hsm/libvendor.so "));
    QCOMPARE(dialog.selectedModule(), QStringLiteral("/opt/hsm/libvendor.so"));
    QVERIFY(okButton(dialog)->isEnabled());
    path->clear();
    QVERIFY(!okButton(dialog)->isEnabled());
}

QTEST_MAIN(TestAddModuleDialog)
#include "tst_addmoduledialog.moc"
