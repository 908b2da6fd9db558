// The Softcards tab, offscreen, clicked as a user would: create and delete a SoftHSM2 softcard
// (it appears in, and leaves, the module tree) and an nShield one through the softcardtool stand-in,
// including the "still has keys" path, where the keys are real keys on a SoftHSM2 token of the
// softcard's name that the stand-in counts (as nShield presents a softcard as a token of its name).
#include "MainWindow.h"
#include "ModuleTreeModel.h"
#include "SoftHsmFixture.h"
#include "SoftcardController.h"
#include "SoftcardModel.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <cstring>

using hsm::MainWindow;
using namespace windowtest;

namespace {

const QString kStandin = QStringLiteral(HSMWB_SOFTCARDTOOL_STANDIN);
const QString kKeysCard = QStringLiteral("gui-keys"); // softcard name = label of its SoftHSM2 token
const QString kKeysCardId = QStringLiteral("5eed0c0ffee0000000000000000000000000abcd");

} // namespace

class TestSoftcardsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hsmwb-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_softcards_gui"));
        QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
        QVERIFY(!m_ui.fixture().initToken(QStringLiteral("GUI Existing")).isEmpty());
        // The nShield softcard's token, with an EC key pair and an AES key; before the module loads,
        // as SoftHSM2 reads its tokens only then.
        QVERIFY(!m_ui.fixture().initToken(kKeysCard).isEmpty());
        QVERIFY(m_ui.fixture()
                    .pkcs11Tool(kKeysCard, {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                            QStringLiteral("EC:prime256v1"), QStringLiteral("--label"),
                                            QStringLiteral("card-pair")})
                    .ok());
        QVERIFY(m_ui.fixture()
                    .pkcs11Tool(kKeysCard, {QStringLiteral("--keygen"), QStringLiteral("--key-type"),
                                            QStringLiteral("AES:16"), QStringLiteral("--label"),
                                            QStringLiteral("card-aes")})
                    .ok());
        QCOMPARE(tokenKeyCount(), 3);
        m_state = std::make_unique<QTemporaryDir>();
        qputenv("SOFTCARDTOOL_STANDIN_STATE", m_state->path().toUtf8());
        m_ui.createManager(300);
        m_ui.openWindow(SoftHsmFixture::modulePath());
        m_tree = m_ui.tree();
        m_ui.waitForInTree(QStringLiteral("GUI Existing"));
        m_controller =
            m_ui.window()->findChild<hsm::SoftcardController*>(QStringLiteral("softcardController"));
        QVERIFY(m_controller);
        m_controller->setToolTimeoutMs(5000);
        showSoftcardsTab();
    }
    void cleanupTestCase() { m_ui.tearDown(); }

    /// Opening the tab lists the softcards; the user need not press Refresh first.
    void listsWhenTheTabOpens() { QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kTimeoutMs); }

    void softhsm2CreateAndDelete() {
        auto* provider = child<QComboBox>("softcardProviderCombo");
        QCOMPARE(provider->currentData().toString(), QStringLiteral("softhsm2")); // chosen from the module
        QVERIFY(child<QLabel>("softcardLocationLabel")->text().contains(m_ui.fixture().configPath()));
        click("refreshSoftcardsButton");
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kTimeoutMs);

        click("createSoftcardButton");
        auto* dialog = waitForTopLevel<QDialog>(QStringLiteral("softcardCreateDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        typeInto(dialog, "softcardNameEdit", "GUI Softcard");
        typeInto(dialog, "softcardSoPinEdit", "so-pin-1234");
        typeInto(dialog, "softcardSoPinAgainEdit", "so-pin-1234");
        typeInto(dialog, "softcardPinEdit", "12");
        typeInto(dialog, "softcardPinAgainEdit", "12");
        QVERIFY(!ok->isEnabled()); // too short for SoftHSM2 (4..255)
        typeInto(dialog, "softcardPinEdit", "user-5678");
        typeInto(dialog, "softcardPinAgainEdit", "user-5678");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // It appears in the module tree without a restart, and in the table.
        QTRY_VERIFY_WITH_TIMEOUT(findInTree(m_tree->model(), QStringLiteral("GUI Softcard")).isValid(),
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3, kTimeoutMs);
        QVERIFY(m_ui.fixture()
                    .run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                    .out.contains("GUI Softcard"));

        // Another token of the module, not its first, is selected and logged in while the softcard is
        // deleted (the window alone would select the first token after the reload).
        QString notFirst; // SoftHSM2 orders its slots by token folder: find which one is not first
        {
            QAbstractItemModel* m = m_tree->model();
            for (const QModelIndex& row : m->match(m->index(0, 0), hsm::ModuleTreeModel::KindRole,
                                                   int(hsm::ModuleTreeModel::Kind::Token), -1,
                                                   Qt::MatchExactly | Qt::MatchRecursive)) {
                const QString label =
                    row.data(hsm::ModuleTreeModel::TokenInfoRole).value<hsm::TokenInfo>().label;
                if (!label.isEmpty() && label != QStringLiteral("GUI Softcard"))
                    notFirst = label;
            }
        }
        QVERIFY(notFirst == kKeysCard || notFirst == QStringLiteral("GUI Existing"));
        selectToken(notFirst);
        logIn();
        const QString selectedSerial = m_ui.window()->currentToken()->serial;
        showSoftcardsTab();
        QSignalSpy statusMessages(m_ui.window()->statusBar(), &QStatusBar::messageChanged);

        // Delete it: the confirmation names it and what is lost.
        selectRow(QStringLiteral("GUI Softcard"));
        click("deleteSoftcardButton");
        auto* confirm = waitForTopLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("GUI Softcard")));
        QVERIFY(confirm->informativeText().contains(QStringLiteral("will be lost")));
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("softcardDeleteConfirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!findInTree(m_tree->model(), QStringLiteral("GUI Softcard")).isValid() &&
                                     findInTree(m_tree->model(), QStringLiteral("GUI Existing")).isValid(),
                                 kTimeoutMs);
        QVERIFY(!m_ui.fixture()
                     .run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                     .out.contains("GUI Softcard"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && model()->rowCount() == 2, kTimeoutMs);

        // SoftHSM2 was loaded again: no stale token. The same token is selected again, in a new
        // session that is not logged in, and the user was told the logins ended.
        QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->currentToken().has_value() &&
                                     m_ui.window()->currentToken()->serial == selectedSerial,
                                 kTimeoutMs);
        QCOMPARE(m_ui.window()->currentToken()->label, notFirst);
        const QModelIndex current = m_tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(hsm::ModuleTreeModel::TokenInfoRole).value<hsm::TokenInfo>().serial,
                 selectedSerial);
        QTRY_VERIFY_WITH_TIMEOUT(action("loginAction")->isEnabled(), kTimeoutMs);
        QVERIFY(!action("logoutAction")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->statusBar()->currentMessage().contains(
                                     QStringLiteral("logins to its tokens ended")),
                                 kTimeoutMs);
        QVERIFY(anyContains(statusMessages, QStringLiteral("Deleted softcard “GUI Softcard”")));
        QVERIFY(!anyContains(statusMessages, QStringLiteral("failed"))); // no listing while it was away
        QVERIFY(m_ui.window()->lastErrorText().isEmpty());
        // The tree holds each token once, and not the deleted one.
        QCOMPARE(countInTree(QStringLiteral("GUI Existing")), 1);
        QCOMPARE(countInTree(kKeysCard), 1);
        QCOMPARE(countInTree(QStringLiteral("GUI Softcard")), 0);
    }

    void nshieldCreateVerifyDelete() {
        auto* provider = child<QComboBox>("softcardProviderCombo");
        provider->setCurrentIndex(provider->findData(QStringLiteral("nshield")));
        auto* tool = child<QLineEdit>("softcardToolPathEdit");
        QVERIFY(!tool->parentWidget()->isHidden());
        tool->setText(kStandin);
        emit tool->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), kTimeoutMs);
        QCOMPARE(model()->rowCount(), 0);

        click("createSoftcardButton");
        auto* dialog = waitForTopLevel<QDialog>(QStringLiteral("softcardCreateDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("softcardSoPinEdit")) ==
                nullptr); // passphrase only
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        typeInto(dialog, "softcardNameEdit", "web server"); // space: refused before the tool runs
        typeInto(dialog, "softcardPinEdit", "Pass_phrase-1");
        typeInto(dialog, "softcardPinAgainEdit", "Pass_phrase-1");
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("softcardCreateProblem"))
                    ->text()
                    .contains(QStringLiteral("special characters")));
        typeInto(dialog, "softcardNameEdit", "web-server");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(model()->softcard(0).name, QStringLiteral("web-server"));
        QVERIFY(QFile::exists(m_state->filePath(QStringLiteral("cards/")) + model()->softcard(0).id));

        click("verifySoftcardButton");
        auto* report = waitForTopLevel<QMessageBox>(QStringLiteral("softcardVerifyBox"));
        QVERIFY(report);
        QVERIFY(report->text().contains(QStringLiteral("Connected")));
        report->close();

        // Still has keys: said so, nothing deleted; after the keys are gone it deletes.
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "has-keys");
        selectRow(QStringLiteral("web-server"));
        click("deleteSoftcardButton");
        confirmDelete();
        auto* keys = waitForTopLevel<QMessageBox>(QStringLiteral("softcardHasKeysBox"));
        QVERIFY(keys);
        QVERIFY(keys->text().contains(QStringLiteral("its keys must be removed first")));
        keys->close();
        QCOMPARE(QDir(m_state->filePath(QStringLiteral("cards"))).entryList(QDir::Files).size(), 1);
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");

        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), kTimeoutMs);
        selectRow(QStringLiteral("web-server"));
        click("deleteSoftcardButton");
        confirmDelete();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, kTimeoutMs);
        QVERIFY(QDir(m_state->filePath(QStringLiteral("cards"))).entryList(QDir::Files).isEmpty());
    }

    // A softcard whose token holds keys: the user declines (at the confirmation, then at the offer
    // to delete its keys) and nothing is deleted.
    void nshieldHasKeysDeclined() {
        useKeysCard();
        const QByteArray argvBefore = argvLog();

        // Declined at the confirmation: the tool is not even asked.
        selectRow(kKeysCard);
        click("deleteSoftcardButton");
        auto* confirm = waitForTopLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm")) == nullptr,
                                 kTimeoutMs);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(argvLog(), argvBefore);

        // Confirmed, but the offer to delete its keys is declined.
        QMessageBox* keys = deleteKeysCard();
        QVERIFY(keys);
        QVERIFY(keys->text().contains(
            QStringLiteral("“gui-keys” still has keys; its keys must be removed first")));
        QVERIFY(keys->findChild<QPushButton*>(QStringLiteral("softcardDeleteKeysButton")));
        QTest::mouseClick(keys->button(QMessageBox::Close), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>(QStringLiteral("softcardHasKeysBox")) == nullptr,
                                 kTimeoutMs);
        QTest::qWait(500); // nothing may follow on its own
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(argvLog().mid(argvBefore.size()), QByteArray("-d --ID=" + kKeysCardId.toLatin1() + "\n"));
        QCOMPARE(tokenKeyCount(), 3);
        QVERIFY(QFile::exists(cardFile()));
        QCOMPARE(objectRows(), 3);
        QVERIFY(m_ui.window()->currentToken().has_value() &&
                m_ui.window()->currentToken()->label == kKeysCard);
        QVERIFY(action("logoutAction")->isEnabled());
    }

    // The offer taken: the token's keys are destroyed, then the softcard is deleted, and the user is told.
    void nshieldDeleteKeysThenSoftcard() {
        useKeysCard();
        QSignalSpy statusMessages(m_ui.window()->statusBar(), &QStatusBar::messageChanged);
        QMessageBox* keys = deleteKeysCard();
        QVERIFY(keys);
        QVERIFY(keys->text().contains(
            QStringLiteral("“gui-keys” still has keys; its keys must be removed first")));
        auto* offer = keys->findChild<QPushButton*>(QStringLiteral("softcardDeleteKeysButton"));
        QVERIFY(offer);
        QTest::mouseClick(offer, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(cardFile()), kTimeoutMs); // the stand-in deleted it
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && model()->rowCount() == 0, kTimeoutMs);
        QCOMPARE(tokenKeyCount(), 0); // pkcs11-tool, logged in, finds no key on the token
        QTRY_COMPARE_WITH_TIMEOUT(objectRows(), 0, kTimeoutMs); // nor does our listing
        QVERIFY(argvLog().endsWith("-d --ID=" + kKeysCardId.toLatin1() + "\n-l\n"));
        QVERIFY(anyContains(statusMessages, QStringLiteral("Deleted 3 key(s) of “gui-keys”")));
        QVERIFY(anyContains(statusMessages, QStringLiteral("Deleted softcard “gui-keys”")));
        QCOMPARE(child<QLabel>("softcardStatusLabel")->text(), QStringLiteral("0 softcard(s)"));
        QVERIFY(!m_ui.window()->lastErrorText().contains(QStringLiteral("gui-keys")));
        qunsetenv("SOFTCARDTOOL_STANDIN_TOKEN_MODULE");
        qunsetenv("SOFTCARDTOOL_STANDIN_TOKEN_PIN");
    }

    void nshieldErrorsShown() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "unreachable");
        click("refreshSoftcardsButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui.window()->lastErrorText().contains(QStringLiteral("Connection refused")), kTimeoutMs);
        QVERIFY(child<QLabel>("softcardStatusLabel")->text().contains(QStringLiteral("Connection refused")));
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");
    }

private:
    /// Keys on the softcard's token as pkcs11-tool (logged in) lists them; -1 when it fails.
    int tokenKeyCount() const {
        const auto r = m_ui.fixture().pkcs11Tool(kKeysCard, {QStringLiteral("--list-objects")});
        if (!r.ok())
            return -1;
        int keys = 0;
        for (const QByteArray& line : r.out.split('\n'))
            if (line.startsWith("Private Key Object") || line.startsWith("Public Key Object") ||
                line.startsWith("Secret Key Object"))
                ++keys;
        return keys;
    }
    QString cardFile() const { return m_state->filePath(QStringLiteral("cards/")) + kKeysCardId; }
    QByteArray argvLog() const {
        QFile file(m_state->filePath(QStringLiteral("argv.log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    /// The nShield softcard "gui-keys" on the stand-in, keys counted on its token, which is selected
    /// and logged in in the main window; the Softcards tab lists it with its 3 keys.
    void useKeysCard() {
        qputenv("SOFTCARDTOOL_STANDIN_TOKEN_MODULE", SoftHsmFixture::modulePath().toUtf8());
        qputenv("SOFTCARDTOOL_STANDIN_TOKEN_PIN", SoftHsmFixture::kUserPin);
        if (!QFile::exists(cardFile())) {
            QDir().mkpath(m_state->filePath(QStringLiteral("cards")));
            QFile card(cardFile());
            QVERIFY(card.open(QIODevice::WriteOnly));
            card.write("name=" + kKeysCard.toLatin1() + "\nkeys=0\n");
        }
        selectToken(kKeysCard);
        if (!action("logoutAction")->isEnabled())
            logIn();
        QTRY_COMPARE_WITH_TIMEOUT(objectRows(), 3, kTimeoutMs);
        showSoftcardsTab();
        auto* provider = child<QComboBox>("softcardProviderCombo");
        QCOMPARE(provider->currentData().toString(), QStringLiteral("nshield"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), kTimeoutMs);
        click("refreshSoftcardsButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && model()->rowCount() == 1, kTimeoutMs);
        QCOMPARE(model()->softcard(0).name, kKeysCard);
        QCOMPARE(model()->softcard(0).keyCount, 3);
    }
    /// Deletes the keys card (confirmed) and returns the box saying it still has keys; nullptr when none.
    QMessageBox* deleteKeysCard() {
        selectRow(kKeysCard);
        click("deleteSoftcardButton");
        confirmDelete();
        return waitForTopLevel<QMessageBox>(QStringLiteral("softcardHasKeysBox"));
    }
    void selectToken(const QString& label) { m_ui.selectToken(label); }
    void logIn() { m_ui.logIn(); }
    void showSoftcardsTab() {
        m_ui.window()
            ->findChild<QTabWidget*>(QStringLiteral("centreTabs"))
            ->setCurrentWidget(m_controller->view());
    }
    QAction* action(const char* name) { return child<QAction>(name); }
    int objectRows() { return child<QTableView>("objectTable")->model()->rowCount(); }
    int countInTree(const QString& text) const {
        QAbstractItemModel* m = m_tree->model();
        if (m->rowCount() == 0)
            return 0;
        int n = 0;
        for (const QModelIndex& row :
             m->match(m->index(0, 0), Qt::DisplayRole, text, -1, Qt::MatchContains | Qt::MatchRecursive))
            if (row.data(hsm::ModuleTreeModel::KindRole).toInt() == int(hsm::ModuleTreeModel::Kind::Token))
                ++n;
        return n;
    }
    static bool anyContains(const QSignalSpy& spy, const QString& text) {
        for (const QList<QVariant>& args : spy)
            if (args.value(0).toString().contains(text))
                return true;
        return false;
    }
    template <typename T> T* child(const char* name) { return m_ui.widget<T>(name); }
    void click(const char* name) {
        auto* button = child<QPushButton>(name);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeoutMs);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectRow(const QString& name) {
        auto* table = child<QTableView>("softcardTable");
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->softcard(row).name == name) {
                table->selectRow(row);
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no softcard row %1").arg(name)));
    }
    void confirmDelete() {
        auto* confirm = waitForTopLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("softcardDeleteConfirmButton")),
                          Qt::LeftButton);
    }
    hsm::SoftcardModel* model() const { return m_controller->model(); }

    MainWindowHarness m_ui;
    std::unique_ptr<QTemporaryDir> m_state;
    QTreeView* m_tree = nullptr;
    hsm::SoftcardController* m_controller = nullptr;
};

QTEST_MAIN(TestSoftcardsGui)
#include "tst_softcards_gui.moc"
