// The Softcards tab, offscreen, clicked as a user would: create and delete a SoftHSM2 softcard
// (it appears in, and leaves, the module tree) and an nShield one through the softcardtool stand-in,
// including the "still has keys" path, where the keys are real keys on a SoftHSM2 token of the
// softcard's name that the stand-in counts (as nShield presents a softcard as a token of its name).
#include "CallTrace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "SoftHsmFixture.h"
#include "SoftcardController.h"
#include "SoftcardModel.h"

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

namespace {

constexpr int kTimeoutMs = 20000;
const QString kStandin = QStringLiteral(HSMWB_SOFTCARDTOOL_STANDIN);
const QString kKeysCard = QStringLiteral("gui-keys"); // softcard name = label of its SoftHSM2 token
const QString kKeysCardId = QStringLiteral("5eed0c0ffee0000000000000000000000000abcd");

QModelIndex findInTree(QAbstractItemModel* model, const QString& text) {
    if (model->rowCount() == 0)
        return {};
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, text, 1,
                                              Qt::MatchContains | Qt::MatchRecursive | Qt::MatchWrap);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

template <typename T> T* topLevel(const QString& name) {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* t = qobject_cast<T*>(w); t && t->objectName() == name && t->isVisible())
            return t;
    return nullptr;
}

} // namespace

class TestSoftcardsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hsmwb-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_softcards_gui"));
        hsm::registerMetaTypes();
        hsm::logging::init(QString());
        m_fixture = std::make_unique<SoftHsmFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(!m_fixture->initToken(QStringLiteral("GUI Existing")).isEmpty());
        // The nShield softcard's token, with an EC key pair and an AES key; before the module loads,
        // as SoftHSM2 reads its tokens only then.
        QVERIFY(!m_fixture->initToken(kKeysCard).isEmpty());
        QVERIFY(m_fixture
                    ->pkcs11Tool(kKeysCard, {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                             QStringLiteral("EC:prime256v1"), QStringLiteral("--label"),
                                             QStringLiteral("card-pair")})
                    .ok());
        QVERIFY(m_fixture
                    ->pkcs11Tool(kKeysCard, {QStringLiteral("--keygen"), QStringLiteral("--key-type"),
                                             QStringLiteral("AES:16"), QStringLiteral("--label"),
                                             QStringLiteral("card-aes")})
                    .ok());
        QCOMPARE(tokenKeyCount(), 3);
        m_state = std::make_unique<QTemporaryDir>();
        qputenv("SOFTCARDTOOL_STANDIN_STATE", m_state->path().toUtf8());
        m_trace = std::make_unique<hsm::CallTrace>();
        m_manager = std::make_unique<hsm::ModuleManager>(m_trace.get());
        m_manager->setPollInterval(300);
        m_window = std::make_unique<MainWindow>(m_manager.get(), m_trace.get());
        m_window->show();
        m_manager->addModule(SoftHsmFixture::modulePath());
        m_tree = m_window->findChild<QTreeView*>(QStringLiteral("moduleTree"));
        QTRY_VERIFY_WITH_TIMEOUT(findInTree(m_tree->model(), QStringLiteral("GUI Existing")).isValid(),
                                 kTimeoutMs);
        m_controller = m_window->findChild<hsm::SoftcardController*>(QStringLiteral("softcardController"));
        QVERIFY(m_controller);
        m_controller->setToolTimeoutMs(5000);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("centreTabs"));
        tabs->setCurrentWidget(m_controller->view());
    }
    void cleanupTestCase() {
        m_window.reset();
        m_manager.reset();
        m_trace.reset();
        m_fixture.reset();
    }

    /// Opening the tab lists the softcards; the user need not press Refresh first.
    void listsWhenTheTabOpens() { QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kTimeoutMs); }

    void softhsm2CreateAndDelete() {
        auto* provider = child<QComboBox>("softcardProviderCombo");
        QCOMPARE(provider->currentData().toString(), QStringLiteral("softhsm2")); // chosen from the module
        QVERIFY(child<QLabel>("softcardLocationLabel")->text().contains(m_fixture->configPath()));
        click("refreshSoftcardsButton");
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kTimeoutMs);

        click("createSoftcardButton");
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = topLevel<QDialog>(QStringLiteral("softcardCreateDialog"))) != nullptr, kTimeoutMs);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        type(dialog, "softcardNameEdit", "GUI Softcard");
        type(dialog, "softcardSoPinEdit", "so-pin-1234");
        type(dialog, "softcardSoPinAgainEdit", "so-pin-1234");
        type(dialog, "softcardPinEdit", "12");
        type(dialog, "softcardPinAgainEdit", "12");
        QVERIFY(!ok->isEnabled()); // too short for SoftHSM2 (4..255)
        type(dialog, "softcardPinEdit", "user-5678");
        type(dialog, "softcardPinAgainEdit", "user-5678");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // It appears in the module tree without a restart, and in the table.
        QTRY_VERIFY_WITH_TIMEOUT(findInTree(m_tree->model(), QStringLiteral("GUI Softcard")).isValid(),
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3, kTimeoutMs);
        QVERIFY(m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
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
        const QString selectedSerial = m_window->currentToken()->serial;
        showSoftcardsTab();
        QSignalSpy statusMessages(m_window->statusBar(), &QStatusBar::messageChanged);

        // Delete it: the confirmation names it and what is lost.
        selectRow(QStringLiteral("GUI Softcard"));
        click("deleteSoftcardButton");
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = topLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"))) !=
                                     nullptr,
                                 kTimeoutMs);
        QVERIFY(confirm->text().contains(QStringLiteral("GUI Softcard")));
        QVERIFY(confirm->informativeText().contains(QStringLiteral("will be lost")));
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("softcardDeleteConfirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!findInTree(m_tree->model(), QStringLiteral("GUI Softcard")).isValid() &&
                                     findInTree(m_tree->model(), QStringLiteral("GUI Existing")).isValid(),
                                 kTimeoutMs);
        QVERIFY(!m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                     .out.contains("GUI Softcard"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && model()->rowCount() == 2, kTimeoutMs);

        // SoftHSM2 was loaded again: no stale token. The same token is selected again, in a new
        // session that is not logged in, and the user was told the logins ended.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentToken().has_value() &&
                                     m_window->currentToken()->serial == selectedSerial,
                                 kTimeoutMs);
        QCOMPARE(m_window->currentToken()->label, notFirst);
        const QModelIndex current = m_tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(hsm::ModuleTreeModel::TokenInfoRole).value<hsm::TokenInfo>().serial,
                 selectedSerial);
        QTRY_VERIFY_WITH_TIMEOUT(action("loginAction")->isEnabled(), kTimeoutMs);
        QVERIFY(!action("logoutAction")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("logins to its tokens ended")),
            kTimeoutMs);
        QVERIFY(anyContains(statusMessages, QStringLiteral("Deleted softcard “GUI Softcard”")));
        QVERIFY(!anyContains(statusMessages, QStringLiteral("failed"))); // no listing while it was away
        QVERIFY(m_window->lastErrorText().isEmpty());
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
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = topLevel<QDialog>(QStringLiteral("softcardCreateDialog"))) != nullptr, kTimeoutMs);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("softcardSoPinEdit")) ==
                nullptr); // passphrase only
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        type(dialog, "softcardNameEdit", "web server"); // space: refused before the tool runs
        type(dialog, "softcardPinEdit", "Pass_phrase-1");
        type(dialog, "softcardPinAgainEdit", "Pass_phrase-1");
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("softcardCreateProblem"))
                    ->text()
                    .contains(QStringLiteral("special characters")));
        type(dialog, "softcardNameEdit", "web-server");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(model()->softcard(0).name, QStringLiteral("web-server"));
        QVERIFY(QFile::exists(m_state->filePath(QStringLiteral("cards/")) + model()->softcard(0).id));

        click("verifySoftcardButton");
        QMessageBox* report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (report = topLevel<QMessageBox>(QStringLiteral("softcardVerifyBox"))) != nullptr, kTimeoutMs);
        QVERIFY(report->text().contains(QStringLiteral("Connected")));
        report->close();

        // Still has keys: said so, nothing deleted; after the keys are gone it deletes.
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "has-keys");
        selectRow(QStringLiteral("web-server"));
        click("deleteSoftcardButton");
        confirmDelete();
        QMessageBox* keys = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (keys = topLevel<QMessageBox>(QStringLiteral("softcardHasKeysBox"))) != nullptr, kTimeoutMs);
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
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = topLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"))) !=
                                     nullptr,
                                 kTimeoutMs);
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm")) == nullptr,
                                 kTimeoutMs);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(argvLog(), argvBefore);

        // Confirmed, but the offer to delete its keys is declined.
        selectRow(kKeysCard);
        click("deleteSoftcardButton");
        confirmDelete();
        QMessageBox* keys = hasKeysBox();
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
        QVERIFY(m_window->currentToken().has_value() && m_window->currentToken()->label == kKeysCard);
        QVERIFY(action("logoutAction")->isEnabled());
    }

    // The offer taken: the token's keys are destroyed, then the softcard is deleted, and the user is told.
    void nshieldDeleteKeysThenSoftcard() {
        useKeysCard();
        QSignalSpy statusMessages(m_window->statusBar(), &QStatusBar::messageChanged);
        selectRow(kKeysCard);
        click("deleteSoftcardButton");
        confirmDelete();
        QMessageBox* keys = hasKeysBox();
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
        QVERIFY(!m_window->lastErrorText().contains(QStringLiteral("gui-keys")));
        qunsetenv("SOFTCARDTOOL_STANDIN_TOKEN_MODULE");
        qunsetenv("SOFTCARDTOOL_STANDIN_TOKEN_PIN");
    }

    void nshieldErrorsShown() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "unreachable");
        click("refreshSoftcardsButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastErrorText().contains(QStringLiteral("Connection refused")),
                                 kTimeoutMs);
        QVERIFY(child<QLabel>("softcardStatusLabel")->text().contains(QStringLiteral("Connection refused")));
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");
    }

private:
    /// Keys on the softcard's token as pkcs11-tool (logged in) lists them; -1 when it fails.
    int tokenKeyCount() const {
        const auto r = m_fixture->pkcs11Tool(kKeysCard, {QStringLiteral("--list-objects")});
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
    QMessageBox* hasKeysBox() {
        QMessageBox* keys = nullptr;
        for (int i = 0; i < kTimeoutMs / 50 && keys == nullptr; ++i) {
            keys = topLevel<QMessageBox>(QStringLiteral("softcardHasKeysBox"));
            if (keys == nullptr)
                QTest::qWait(50);
        }
        return keys;
    }
    void selectToken(const QString& label) {
        QModelIndex index;
        QTRY_VERIFY_WITH_TIMEOUT((index = findInTree(m_tree->model(), label)).isValid(), kTimeoutMs);
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentToken().has_value() && m_window->currentToken()->label == label, kTimeoutMs);
    }
    void logIn() {
        m_window->setPinPrompt([](QWidget*, const hsm::TokenInfo&) {
            hsm::LoginRequest request;
            request.pin = std::make_shared<hsm::SecureBuffer>(SoftHsmFixture::kUserPin,
                                                              std::strlen(SoftHsmFixture::kUserPin));
            return std::optional<hsm::LoginRequest>(std::move(request));
        });
        QTRY_VERIFY_WITH_TIMEOUT(action("loginAction")->isEnabled(), kTimeoutMs);
        action("loginAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(action("logoutAction")->isEnabled(), kTimeoutMs);
    }
    void showSoftcardsTab() {
        m_window->findChild<QTabWidget*>(QStringLiteral("centreTabs"))
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
    template <typename T> T* child(const char* name) {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (w == nullptr)
            qFatal("widget %s not found", name);
        return w;
    }
    void click(const char* name) {
        auto* button = child<QPushButton>(name);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeoutMs);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void type(QWidget* dialog, const char* name, const char* text) {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, QString::fromUtf8(text));
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
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = topLevel<QMessageBox>(QStringLiteral("softcardDeleteConfirm"))) !=
                                     nullptr,
                                 kTimeoutMs);
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("softcardDeleteConfirmButton")),
                          Qt::LeftButton);
    }
    hsm::SoftcardModel* model() const { return m_controller->model(); }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<hsm::CallTrace> m_trace;
    std::unique_ptr<hsm::ModuleManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    QTreeView* m_tree = nullptr;
    hsm::SoftcardController* m_controller = nullptr;
};

QTEST_MAIN(TestSoftcardsGui)
#include "tst_softcards_gui.moc"
