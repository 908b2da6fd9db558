// Object management in the main window, on a real SoftHSM2 token, driven through its widgets offscreen:
// delete with confirmation (and a private key's partners), edit, new data object, export.
#include "DeleteObjectsDialog.h"
#include "EditObjectDialog.h"
#include "MainWindow.h"
#include "ObjectTableModel.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using hsm::MainWindow;
using namespace windowtest;

namespace {

const QString kToken = QStringLiteral("GUI Objects");

} // namespace

class TestObjectActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() {
        m_ui.openWindow(SoftHsmFixture::modulePath());
        selectTokenAndLogIn();
    }
    void cleanup() { m_ui.closeWindow(); }
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionsAreInstalled();
    void deleteTwoObjects();
    void deletePrivateKeyOffersRelated();
    void deletePrivateKeyAlone();
    void editLabel();
    void editRefusesBadIdAndShowsRules();
    void createDataObject();
    void exportCertificate();

private:
    template <typename T> T* widget(const char* name) { return m_ui.widget<T>(name); }
    /// The dialog named `name` once it is shown (dialogs open non-modally).
    template <typename T> T* waitForDialog(const char* name) { return waitForChild<T>(m_ui.window(), name); }
    void selectTokenAndLogIn();
    /// Selects the rows of these (label, class) pairs in the object table.
    void select(const QList<std::pair<QString, CK_OBJECT_CLASS>>& objects);
    QTableView* table() { return widget<QTableView>("objectTable"); }
    bool onToken(const QString& label) {
        const auto r = m_ui.fixture().pkcs11Tool(kToken, {QStringLiteral("-O")});
        return QString::fromUtf8(r.out).contains(label);
    }

    MainWindowHarness m_ui;
    QTemporaryDir m_tmp;
    QByteArray m_certDer;
};

void TestObjectActions::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    auto tool = [&fixture](const QStringList& args) {
        CHECK_TOOL(fixture.pkcs11Tool(kToken, args));
    };
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
          QStringLiteral("--label"), QStringLiteral("gui-ec"), QStringLiteral("--id"), QStringLiteral("01")});
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
          QStringLiteral("--label"), QStringLiteral("keep-ec"), QStringLiteral("--id"),
          QStringLiteral("02")});
    for (const char* id : {"01", "03"}) {
        const QString cert = m_tmp.filePath(QStringLiteral("cert%1.der").arg(QLatin1String(id)));
        const auto made = tokentest::makeSelfSignedCertificate(
            fixture, cert,
            {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-subj"),
             QStringLiteral("/CN=gui cert")});
        CHECK_TOOL(made);
        tool({QStringLiteral("--write-object"), cert, QStringLiteral("--type"), QStringLiteral("cert"),
              QStringLiteral("--label"), QStringLiteral("cert-") + QLatin1String(id), QStringLiteral("--id"),
              QLatin1String(id)});
        QFile file(cert);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (QLatin1String(id) == QLatin1String("03"))
            m_certDer = file.readAll();
    }
    const QString data = m_tmp.filePath(QStringLiteral("data.bin"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("gui data");
    file.close();
    for (const char* label : {"note-a", "note-b", "note-c", "edit-me"})
        tool({QStringLiteral("--write-object"), data, QStringLiteral("--type"), QStringLiteral("data"),
              QStringLiteral("--label"), QLatin1String(label)});

    m_ui.createManager(300);
}

void TestObjectActions::selectTokenAndLogIn() {
    m_ui.selectToken(kToken);
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, kTimeoutMs);
    // The token's worker outlives the window: it may still be logged in from an earlier test.
    if (!widget<QAction>("logoutAction")->isEnabled())
        m_ui.logIn();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("logoutAction")->isEnabled(), kTimeoutMs);
    // The listing after the login has finished (private objects included).
    m_ui.waitForListing();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, kTimeoutMs);
}

void TestObjectActions::select(const QList<std::pair<QString, CK_OBJECT_CLASS>>& objects) {
    QTableView* view = table();
    view->setFocus();
    view->clearSelection();
    for (const auto& [label, cls] : objects) {
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = findObjectRow(view->model(), label, cls)) >= 0, kTimeoutMs);
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestObjectActions::actionsAreInstalled() {
    const QList<std::pair<const char*, QKeySequence>> actions = {
        {"deleteObjectsAction", QKeySequence(QKeySequence::Delete)},
        {"editObjectAction", QKeySequence(Qt::Key_F2)},
        {"newDataObjectAction", QKeySequence()},
        {"exportObjectAction", QKeySequence(Qt::CTRL | Qt::Key_E)}};
    auto* menu = widget<QMenu>("objectMenu");
    for (const auto& [name, keys] : actions) {
        auto* action = widget<QAction>(name);
        QCOMPARE(action->shortcut(), keys);
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(!action->property("accessibleName").toString().isEmpty());
        QVERIFY2(menu->actions().contains(action), name);
        QVERIFY2(table()->actions().contains(action), name);
    }
    // Enabled by the selection: export wants exactly one exportable object.
    auto* exportAction = widget<QAction>("exportObjectAction");
    auto* deleteAction = widget<QAction>("deleteObjectsAction");
    auto* editAction = widget<QAction>("editObjectAction");
    table()->clearSelection();
    QVERIFY(!deleteAction->isEnabled());
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(widget<QAction>("newDataObjectAction")->isEnabled());
    select({{QStringLiteral("cert-03"), CKO_CERTIFICATE}});
    QVERIFY(exportAction->isEnabled());
    QVERIFY(editAction->isEnabled());
    select({{QStringLiteral("cert-03"), CKO_CERTIFICATE}, {QStringLiteral("note-c"), CKO_DATA}});
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!editAction->isEnabled());
    QVERIFY(deleteAction->isEnabled());
}

void TestObjectActions::deleteTwoObjects() {
    select({{QStringLiteral("note-a"), CKO_DATA}, {QStringLiteral("note-b"), CKO_DATA}});
    const int before = table()->model()->rowCount();
    widget<QAction>("deleteObjectsAction")->trigger();
    auto* dialog = waitForDialog<hsm::DeleteObjectsDialog>("deleteObjectsDialog");
    QVERIFY(dialog);
    const QString text = dialog->text();
    QVERIFY2(text.contains(QStringLiteral("data object “note-a”")) &&
                 text.contains(QStringLiteral("data object “note-b”")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("cannot be undone")), qPrintable(text));
    QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("deleteList"))->count(), 2);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("deleteRelatedCheck")) == nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() == before - 2 &&
                                 findObjectRow(table()->model(), QStringLiteral("note-c")) >= 0,
                             kTimeoutMs);
    QCOMPARE(findObjectRow(table()->model(), QStringLiteral("note-a")), -1);
    QCOMPARE(findObjectRow(table()->model(), QStringLiteral("note-b")), -1);
    QVERIFY(!onToken(QStringLiteral("note-a")));
    QVERIFY(onToken(QStringLiteral("note-c")));
}

void TestObjectActions::deletePrivateKeyOffersRelated() {
    select({{QStringLiteral("gui-ec"), CKO_PRIVATE_KEY}});
    widget<QAction>("deleteObjectsAction")->trigger();
    auto* dialog = waitForDialog<hsm::DeleteObjectsDialog>("deleteObjectsDialog");
    QVERIFY(dialog);
    auto* related = dialog->findChild<QCheckBox*>(QStringLiteral("deleteRelatedCheck"));
    QVERIFY(related != nullptr);
    QVERIFY(!related->isChecked()); // off unless the user asks
    auto* relatedList = dialog->findChild<QListWidget*>(QStringLiteral("relatedList"));
    QCOMPARE(relatedList->count(), 2);
    const QString text = dialog->text();
    QVERIFY2(text.contains(QStringLiteral("public key “gui-ec” (ID 01)")) &&
                 text.contains(QStringLiteral("certificate “cert-01” (ID 01)")),
             qPrintable(text));
    QTest::mouseClick(related, Qt::LeftButton);
    QVERIFY(related->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findObjectRow(table()->model(), QStringLiteral("gui-ec")) < 0 &&
                                 findObjectRow(table()->model(), QStringLiteral("cert-01")) < 0 &&
                                 findObjectRow(table()->model(), QStringLiteral("keep-ec")) >= 0,
                             kTimeoutMs);
    QVERIFY(!onToken(QStringLiteral("gui-ec")));
    QVERIFY(!onToken(QStringLiteral("cert-01")));
    QVERIFY(onToken(QStringLiteral("keep-ec")));
}

void TestObjectActions::deletePrivateKeyAlone() {
    select({{QStringLiteral("keep-ec"), CKO_PRIVATE_KEY}});
    widget<QAction>("deleteObjectsAction")->trigger();
    auto* dialog = waitForDialog<hsm::DeleteObjectsDialog>("deleteObjectsDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("deleteRelatedCheck")) != nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    // The listing is reloaded: wait for it to show the key gone and its public key still there (the box
    // was not ticked).
    QTRY_VERIFY_WITH_TIMEOUT(
        findObjectRow(table()->model(), QStringLiteral("keep-ec"), CKO_PRIVATE_KEY) < 0 &&
            findObjectRow(table()->model(), QStringLiteral("keep-ec"), CKO_PUBLIC_KEY) >= 0,
        kTimeoutMs);
    QVERIFY(onToken(QStringLiteral("keep-ec")));
}

void TestObjectActions::editLabel() {
    select({{QStringLiteral("edit-me"), CKO_DATA}});
    widget<QAction>("editObjectAction")->trigger();
    auto* dialog = waitForDialog<hsm::EditObjectDialog>("editObjectDialog");
    QVERIFY(dialog);
    auto* label = dialog->findChild<QLineEdit*>(QStringLiteral("labelEdit"));
    QCOMPARE(label->text(), QStringLiteral("edit-me"));
    auto* ok =
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("editButtons"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing changed yet
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("edited "));
    label->insert(QStringLiteral("✓")); // QTest::keyClicks types ASCII only
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findObjectRow(table()->model(), QStringLiteral("edited ✓"), CKO_DATA) >= 0,
                             kTimeoutMs);
    QCOMPARE(findObjectRow(table()->model(), QStringLiteral("edit-me")), -1);
    QVERIFY(onToken(QStringLiteral("edited ✓")));
}

void TestObjectActions::editRefusesBadIdAndShowsRules() {
    select({{QStringLiteral("keep-ec"), CKO_PUBLIC_KEY}});
    widget<QAction>("editObjectAction")->trigger();
    auto* dialog = waitForDialog<hsm::EditObjectDialog>("editObjectDialog");
    QVERIFY(dialog);
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
    QCOMPARE(id->text(), QStringLiteral("02"));
    auto* ok =
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("editButtons"))->button(QDialogButtonBox::Ok);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("0xz"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("idError"));
    QVERIFY(error->isVisible());
    QVERIFY(!ok->isEnabled());
    // Read-only attributes are disabled with the reason; usage flags can change.
    auto* local = dialog->findChild<QCheckBox*>(QStringLiteral("flag_CKA_LOCAL"));
    QVERIFY(local != nullptr);
    QVERIFY(!local->isEnabled());
    QVERIFY2(local->toolTip().contains(QStringLiteral("Read-only")), qPrintable(local->toolTip()));
    auto* token = dialog->findChild<QCheckBox*>(QStringLiteral("flag_CKA_TOKEN"));
    QVERIFY(token != nullptr && !token->isEnabled());
    auto* verify = dialog->findChild<QCheckBox*>(QStringLiteral("flag_CKA_VERIFY"));
    QVERIFY(verify != nullptr && verify->isEnabled());
    // A valid ID and a flag change are saved together.
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("02:0f"));
    QVERIFY(!error->isVisible());
    const bool wasVerify = verify->isChecked();
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const int row = findObjectRow(table()->model(), QStringLiteral("keep-ec"), CKO_PUBLIC_KEY);
            return row >= 0 &&
                   table()->model()->index(row, 0).data(hsm::ObjectTableModel::IdHexRole).toString() ==
                       QStringLiteral("020f");
        }(),
        kTimeoutMs);
    const auto r = m_ui.fixture().pkcs11Tool(kToken, {QStringLiteral("-O"), QStringLiteral("--id"),
                                                      QStringLiteral("020f"), QStringLiteral("--type"),
                                                      QStringLiteral("pubkey")});
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("verify")) != wasVerify, r.out.constData());
}

void TestObjectActions::createDataObject() {
    widget<QAction>("newDataObjectAction")->trigger();
    auto* dialog = waitForDialog<QDialog>("dataObjectDialog");
    QVERIFY(dialog);
    auto* create =
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("dataButtons"))->button(QDialogButtonBox::Ok);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("privateCheck"))->isChecked());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("dataLabelEdit")),
                     QStringLiteral("gui-note"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("applicationEdit")),
                     QStringLiteral("gui test"));
    auto* oid = dialog->findChild<QLineEdit*>(QStringLiteral("oidEdit"));
    QTest::keyClicks(oid, QStringLiteral("1.2.x"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("oidError"))->isVisible());
    oid->clear();
    QTest::keyClicks(oid, QStringLiteral("1.3.6.1.4.1.99999.7"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("oidError"))->isVisible());
    QVERIFY(!create->isEnabled()); // no value yet
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("valueEdit")),
                     QStringLiteral("hello token"));
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("sizeLabel"))->text().contains(QStringLiteral("11")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("sizeLabel"))->text()));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findObjectRow(table()->model(), QStringLiteral("gui-note"), CKO_DATA) >= 0,
                             kTimeoutMs);
    const QString out = m_tmp.filePath(QStringLiteral("gui-note.bin"));
    CHECK_TOOL(m_ui.fixture().pkcs11Tool(kToken, {QStringLiteral("--read-object"), QStringLiteral("--type"),
                                                  QStringLiteral("data"), QStringLiteral("--label"),
                                                  QStringLiteral("gui-note"), QStringLiteral("-o"), out}));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello token"));

    // A file over the limit is refused in the dialog.
    widget<QAction>("newDataObjectAction")->trigger();
    dialog = waitForDialog<QDialog>("dataObjectDialog");
    QVERIFY(dialog);
    const QString big = m_tmp.filePath(QStringLiteral("big.bin"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray(hsm::objects::kMaxDataObjectSize + 1, 'x'));
    bigFile.close();
    QTest::mouseClick(dialog->findChild<QWidget*>(QStringLiteral("fileSourceRadio")), Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit")), big);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("dataError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("limited")), qPrintable(error->text()));
    QVERIFY(!dialog->findChild<QDialogButtonBox*>(QStringLiteral("dataButtons"))
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    dialog->reject();
}

void TestObjectActions::exportCertificate() {
    for (const bool pem : {false, true}) {
        select({{QStringLiteral("cert-03"), CKO_CERTIFICATE}});
        widget<QAction>("exportObjectAction")->trigger();
        auto* dialog = waitForDialog<QFileDialog>("exportFileDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->nameFilters().size() == 2);
        const QString path =
            m_tmp.filePath(pem ? QStringLiteral("exported.pem") : QStringLiteral("exported.der"));
        dialog->selectNameFilter(dialog->nameFilters().at(pem ? 0 : 1));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name != nullptr);
        name->clear();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kTimeoutMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (!pem) {
            QCOMPARE(bytes, m_certDer); // byte-identical to CKA_VALUE (what was imported)
        } else {
            QVERIFY(bytes.startsWith("-----BEGIN CERTIFICATE-----"));
            const auto r = m_ui.fixture().run(QStringLiteral("openssl"),
                                              {QStringLiteral("x509"), QStringLiteral("-in"), path,
                                               QStringLiteral("-outform"), QStringLiteral("DER")});
            CHECK_TOOL(r);
            QCOMPARE(r.out, m_certDer);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->findChild<QFileDialog*>(QStringLiteral("exportFileDialog")) ==
                                     nullptr,
                                 kTimeoutMs);
    }
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestObjectActions>(argc, argv, "tst_object_actions");
}

#include "tst_object_actions.moc"
