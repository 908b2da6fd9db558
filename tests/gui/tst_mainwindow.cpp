// The main window on real SoftHSM2 tokens, driven through its widgets offscreen.
#include "AddModuleDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SoftHsmFixture.h"
#include "StartupModules.h"
#include "TokenInfoWidget.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <memory>

using hsm::MainWindow;
using namespace windowtest;

namespace {

const QString kAlpha = QStringLiteral("GUI Alpha");
const QString kBeta = QStringLiteral("GUI Beta");
const QString kGamma = QStringLiteral("GUI Gamma");

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() {
        m_ui.openWindow(SoftHsmFixture::modulePath());
        m_ui.waitForInTree(kAlpha);
    }
    void cleanup() {
        // Close any error box a test left open so the next window starts clean.
        m_ui.closeWindow();
    }
    void cleanupTestCase() { m_ui.tearDown(); }

    void opensOnFixtureModule();
    void selectingTokenListsObjects();
    void tokenTabAndMechanisms();
    void uninitialisedTokenSaysHowToSetItUp();
    void selectingObjectFillsInspector();
    void filterFiltersAsYouType();
    void classFilter();
    void wrongPinShowsError();
    void wrongPinThroughDialog();
    void rightPinListsPrivateObjects();
    void copyUri();
    void screenshot();
    void userModulesAreRemembered();
    void badModuleShowsError();
    void removedTokenUpdatesTreeAndShowsBanner();

private:
    void selectToken(const QString& label) { m_ui.selectToken(label); }
    template <typename T> T* widget(const char* name) { return m_ui.widget<T>(name); }

    MainWindowHarness m_ui;
};

void TestMainWindow::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    for (const QString& label : {kAlpha, kBeta, kGamma})
        QVERIFY2(!fixture.initToken(label).isEmpty(), qPrintable(fixture.lastError()));

    // Alpha: an EC key pair (public half public, private half private), a private AES key and a
    // public data object.
    auto tool = [&fixture](const QStringList& args, bool login = true) {
        const auto r = fixture.pkcs11Tool(kAlpha, args, login);
        QVERIFY2(r.ok(), qPrintable(fixture.lastError()));
    };
    tool({QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1"),
          QStringLiteral("--label"), QStringLiteral("alpha-ec"), QStringLiteral("--id"),
          QStringLiteral("01")});
    if (QTest::currentTestFailed())
        return;
    tool({QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:32"),
          QStringLiteral("--label"), QStringLiteral("alpha-aes"), QStringLiteral("--id"),
          QStringLiteral("02"), QStringLiteral("--private")});
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir tmp;
    const QString dataFile = tmp.filePath(QStringLiteral("data.bin"));
    QFile file(dataFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello from the GUI test");
    file.close();
    tool({QStringLiteral("--write-object"), dataFile, QStringLiteral("--type"), QStringLiteral("data"),
          QStringLiteral("--label"), QStringLiteral("alpha-data")});
    if (QTest::currentTestFailed())
        return;
    tool({QStringLiteral("--write-object"), dataFile, QStringLiteral("--type"), QStringLiteral("data"),
          QStringLiteral("--label"), QStringLiteral("alpha-note")});
    if (QTest::currentTestFailed())
        return;

    m_ui.createManager(300);
}

void TestMainWindow::opensOnFixtureModule() {
    QCOMPARE(m_ui.window()->objectName(), QStringLiteral("mainWindow"));
    auto* tree = widget<QTreeView>("moduleTree");
    QVERIFY(findInTree(tree->model(), kBeta).isValid());
    QVERIFY(findInTree(tree->model(), kGamma).isValid());
    auto* tabs = widget<QTabWidget>("centreTabs");
    // Objects, Mechanisms, Token, and the module's Softcards.
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(3).remove(QLatin1Char('&')), QStringLiteral("Softcards"));
    QVERIFY(m_ui.window()->findChild<QWidget*>(QStringLiteral("logDock")));
    QVERIFY(m_ui.window()->findChild<QTableView*>(QStringLiteral("attributeTable")));
    // Actions carry the agreed shortcuts and accessible names.
    const QList<std::pair<const char*, QKeySequence>> shortcuts = {
        {"addModuleAction", QKeySequence(Qt::CTRL | Qt::Key_O)},
        {"refreshAction", QKeySequence(Qt::Key_F5)},
        {"loginAction", QKeySequence(Qt::CTRL | Qt::Key_L)},
        {"logoutAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {"copyUriAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}};
    // The log level combo filters the dock and sets the logger's level.
    auto* level = widget<QComboBox>("logLevel");
    level->setCurrentIndex(level->findData(3));
    QCOMPARE(hsm::logging::level(), 3);
    level->setCurrentIndex(level->findData(2));
    QCOMPARE(hsm::logging::level(), 2);

    auto* toolBar = widget<QToolBar>("mainToolBar");
    for (const auto& [name, keys] : shortcuts) {
        auto* action = widget<QAction>(name);
        QCOMPARE(action->shortcut(), keys);
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(!action->property("accessibleName").toString().isEmpty());
        if (QWidget* button = toolBar->widgetForAction(action))
            QCOMPARE(button->accessibleName(), action->property("accessibleName").toString());
    }
}

void TestMainWindow::selectingTokenListsObjects() {
    selectToken(kAlpha);
    // The listing runs on the token's thread; until its results come back the status bar says so.
    auto* listing = widget<QLabel>("listingLabel");
    QVERIFY(!listing->isHidden());
    QVERIFY2(listing->text().startsWith(QStringLiteral("Listing objects… ")), qPrintable(listing->text()));
    QVERIFY(!widget<QProgressBar>("listingProgress")->isHidden());
    auto* table = widget<QTableView>("objectTable");
    // Without login: the EC public key and the two data objects; the private key and AES key are private.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    QVERIFY(findRow(table->model(), QStringLiteral("alpha-data")) >= 0);
    QVERIFY(findRow(table->model(), QStringLiteral("alpha-ec")) >= 0);
    QVERIFY(findRow(table->model(), QStringLiteral("alpha-aes")) < 0);

    // Another token replaces the listing.
    selectToken(kBeta);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(listing->isHidden(), kTimeoutMs);
    QVERIFY(widget<QProgressBar>("listingProgress")->isHidden());
}

void TestMainWindow::uninitialisedTokenSaysHowToSetItUp() {
    const QString lastError = m_ui.window()->lastErrorText();
    const int opensBefore = countCalls(m_ui.trace(), QStringLiteral("C_OpenSession"));
    // SoftHSM2 always offers one free slot with an uninitialised token.
    m_ui.selectToken([](const hsm::TokenInfo& token) { return !token.has(CKF_TOKEN_INITIALIZED); });
    auto* banner = widget<QLabel>("tokenBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
    QVERIFY2(banner->text().contains(QStringLiteral("not initialised")), qPrintable(banner->text()));
    QCOMPARE(widget<QTableView>("objectTable")->model()->rowCount(), 0);
    // No listing was tried (no session can be opened on it), so no error, and no login offered.
    QTest::qWait(300);
    QCOMPARE(countCalls(m_ui.trace(), QStringLiteral("C_OpenSession")), opensBefore);
    QCOMPARE(m_ui.window()->lastErrorText(), lastError);
    QVERIFY(!widget<QAction>("loginAction")->isEnabled());
    // Another token hides the banner again.
    selectToken(kBeta);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeoutMs);
    QVERIFY(widget<QAction>("loginAction")->isEnabled());
}

void TestMainWindow::tokenTabAndMechanisms() {
    selectToken(kAlpha);
    auto* info = widget<hsm::TokenInfoWidget>("tokenInfo");
    QTRY_COMPARE_WITH_TIMEOUT(info->fieldText(QStringLiteral("label")), kAlpha, kTimeoutMs);
    QVERIFY(info->fieldText(QStringLiteral("flags")).contains(QStringLiteral("CKF_TOKEN_INITIALIZED")));
    QCOMPARE(info->fieldText(QStringLiteral("userPin")), QStringLiteral("OK"));
    QVERIFY(!info->fieldText(QStringLiteral("serial")).isEmpty());
    auto* mechanisms = widget<QTableView>("mechanismTable");
    QTRY_VERIFY_WITH_TIMEOUT(mechanisms->model()->rowCount() > 10, kTimeoutMs);
    QVERIFY(findRow(mechanisms->model(), QStringLiteral("CKM_SHA256")) >= 0);
}

void TestMainWindow::selectingObjectFillsInspector() {
    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    auto* attributes = widget<QTableView>("attributeTable");
    QCOMPARE(attributes->model()->rowCount(), 0);
    const int row = findRow(table->model(), QStringLiteral("alpha-data"));
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 1)).center());
    QCOMPARE(table->currentIndex().row(), row);
    QTRY_VERIFY_WITH_TIMEOUT(attributes->model()->rowCount() > 5, kTimeoutMs);
    QVERIFY(findRow(attributes->model(), QStringLiteral("CKA_LABEL")) >= 0);
    QVERIFY(findRow(attributes->model(), QStringLiteral("CKA_VALUE")) >= 0);
    QVERIFY(findRow(attributes->model(), QStringLiteral("CKA_KEY_TYPE")) < 0); // a data object has none
}

void TestMainWindow::filterFiltersAsYouType() {
    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    auto* filter = widget<QLineEdit>("objectFilter");
    QTest::keyClicks(filter, QStringLiteral("alpha-"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("n"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(findRow(table->model(), QStringLiteral("alpha-note")) == 0);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(table->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::classFilter() {
    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    auto* classes = widget<QComboBox>("classFilter");
    classes->setCurrentIndex(classes->findData(QVariant::fromValue<qulonglong>(CKO_DATA)));
    QCOMPARE(table->model()->rowCount(), 2);
    classes->setCurrentIndex(classes->findData(QVariant::fromValue<qulonglong>(CKO_PUBLIC_KEY)));
    QCOMPARE(table->model()->rowCount(), 1);
    classes->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::wrongPinShowsError() {
    selectToken(kBeta);
    int prompts = 0;
    m_ui.window()->setPinPrompt([&prompts](QWidget*, const hsm::TokenInfo&) {
        ++prompts;
        hsm::LoginRequest request;
        request.userType = CKU_USER;
        request.pin = std::make_shared<hsm::SecureBuffer>("999999", 6);
        return std::optional<hsm::LoginRequest>(std::move(request));
    });
    const int loginsBefore = countCalls(m_ui.trace(), QStringLiteral("C_Login"));
    widget<QAction>("loginAction")->trigger();
    QCOMPARE(prompts, 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->lastErrorText().contains(QStringLiteral("CKR_PIN_INCORRECT")),
                             kTimeoutMs);
    auto* box = m_ui.window()->findChild<QMessageBox*>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("CKR_PIN_INCORRECT")));
    QVERIFY(box->informativeText().contains(QStringLiteral("C_Login")));
    // Exactly one C_Login went out, and none follows on its own.
    QTest::qWait(500);
    QCOMPARE(countCalls(m_ui.trace(), QStringLiteral("C_Login")), loginsBefore + 1);
    // The worker's warning reaches the log dock.
    auto* log = widget<QTableView>("logView");
    QTRY_VERIFY_WITH_TIMEOUT(
        [log] {
            for (int row = 0; row < log->model()->rowCount(); ++row)
                for (int column = 0; column < log->model()->columnCount(); ++column)
                    if (log->model()
                            ->index(row, column)
                            .data()
                            .toString()
                            .contains(QStringLiteral("CKR_PIN_INCORRECT")))
                        return true;
            return false;
        }(),
        kTimeoutMs);
    // The token tab now reports the failed attempt in words.
    auto* info = widget<hsm::TokenInfoWidget>("tokenInfo");
    QTRY_VERIFY_WITH_TIMEOUT(info->fieldText(QStringLiteral("userPin")) != QStringLiteral("OK"), kTimeoutMs);
}

void TestMainWindow::wrongPinThroughDialog() {
    selectToken(kGamma);
    bool answered = false;
    // The real dialog: typed into through its widgets once it is the active modal window.
    QTimer::singleShot(0, this, [&answered] {
        std::function<void()> answer;
        answer = [&answered, &answer] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr || dialog->objectName() != QStringLiteral("loginDialog")) {
                QTimer::singleShot(20, answer);
                return;
            }
            auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit"));
            QTest::keyClicks(pin, QStringLiteral("000000"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            answered = true;
        };
        answer();
    });
    widget<QAction>("loginAction")->trigger(); // blocks in exec() until answered
    QVERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->lastErrorText().contains(QStringLiteral("CKR_PIN_INCORRECT")),
                             kTimeoutMs);
    QVERIFY(m_ui.window()->lastErrorText().contains(QStringLiteral("C_Login")));
}

void TestMainWindow::rightPinListsPrivateObjects() {
    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    m_ui.window()->setPinPrompt(answerPin());
    QVERIFY(widget<QAction>("loginAction")->isEnabled());
    QVERIFY(!widget<QAction>("logoutAction")->isEnabled());
    widget<QAction>("loginAction")->trigger();
    // Logged in: the private EC key and the AES key join the listing.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, kTimeoutMs);
    QVERIFY(findRow(table->model(), QStringLiteral("alpha-aes")) >= 0);
    QVERIFY(!widget<QAction>("loginAction")->isEnabled());
    QVERIFY(widget<QAction>("logoutAction")->isEnabled());
    widget<QAction>("logoutAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("loginAction")->isEnabled(), kTimeoutMs);
    QVERIFY(!widget<QAction>("logoutAction")->isEnabled());
}

void TestMainWindow::copyUri() {
    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    QApplication::clipboard()->clear();

    // Token URI while no object is selected.
    widget<QAction>("copyUriAction")->trigger();
    QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("pkcs11:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("token=GUI%20Alpha")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("object=")));

    // Object URI once an object was clicked.
    const int row = findRow(table->model(), QStringLiteral("alpha-data"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 1)).center());
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), row);
    widget<QAction>("copyUriAction")->trigger();
    text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("pkcs11:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("object=alpha-data")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("token=GUI%20Alpha")), qPrintable(text));

    // Back in the tree: the token's URI again.
    auto* tree = widget<QTreeView>("moduleTree");
    tree->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    widget<QAction>("copyUriAction")->trigger();
    text = QApplication::clipboard()->text();
    QVERIFY2(!text.contains(QStringLiteral("object=")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("token=GUI%20Alpha")), qPrintable(text));
}

void TestMainWindow::screenshot() {
    // Grabs the window and the dialogs; saved as PNGs when HSMWB_SCREENSHOT_DIR is set (to look at).
    const QString dir = qEnvironmentVariable("HSMWB_SCREENSHOT_DIR");
    auto save = [&dir](QWidget* w, const char* name) {
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), w->size() * shot.devicePixelRatio());
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        QVERIFY(shot.save(path));
        qInfo("screenshot saved to %s", qPrintable(path));
    };

    selectToken(kAlpha);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    const int row = findRow(table->model(), QStringLiteral("alpha-ec"));
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* attributes = widget<QTableView>("attributeTable");
    QTRY_VERIFY_WITH_TIMEOUT(attributes->model()->rowCount() > 5, kTimeoutMs);
    QTest::qWait(200); // let the log dock and status bar settle
    save(m_ui.window(), "main-window.png");

    auto* tabs = widget<QTabWidget>("centreTabs");
    tabs->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QTableView>("mechanismTable")->model()->rowCount() > 0, kTimeoutMs);
    save(m_ui.window(), "mechanisms.png");
    tabs->setCurrentIndex(2);
    widget<QTabWidget>("logTabs")->setCurrentIndex(1);
    save(m_ui.window(), "token-info.png");

    hsm::TokenInfo token = *m_ui.window()->currentToken();
    token.flags |= CKF_USER_PIN_FINAL_TRY;
    hsm::LoginDialog login(token, m_ui.window());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    save(&login, "login-dialog.png");

    hsm::AddModuleDialog addModule(m_ui.window());
    addModule.show();
    QTRY_VERIFY_WITH_TIMEOUT(addModule.registryLoaded(), kTimeoutMs);
    save(&addModule, "add-module-dialog.png");
}

void TestMainWindow::userModulesAreRemembered() {
    {
        QSettings settings;
        QVERIFY(hsm::StartupModules::remembered(settings).isEmpty()); // the fixture module was not user-added
    }
    m_ui.window()->addUserModule(SoftHsmFixture::trustModulePath());
    auto* tree = widget<QTreeView>("moduleTree");
    QTRY_VERIFY_WITH_TIMEOUT(findInTree(tree->model(), QStringLiteral("p11-kit-trust")).isValid(),
                             kTimeoutMs);
    QSettings settings;
    QCOMPARE(hsm::StartupModules::remembered(settings), QStringList{SoftHsmFixture::trustModulePath()});
    // Nothing secret and nothing but paths: the window geometry is written on close only.
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QString::fromLatin1(SoftHsmFixture::kUserPin)),
                 qPrintable(key));
    m_ui.manager().removeModule(SoftHsmFixture::trustModulePath());
    QTRY_VERIFY_WITH_TIMEOUT(!findInTree(tree->model(), QStringLiteral("p11-kit-trust")).isValid(),
                             kTimeoutMs);
}

void TestMainWindow::badModuleShowsError() {
    const QString missing = QStringLiteral("/nonexistent/libnothing-pkcs11.so");
    m_ui.window()->addUserModule(missing);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->lastErrorText().contains(missing), kTimeoutMs);
    auto* box = m_ui.window()->findChild<QMessageBox*>(QStringLiteral("errorBox"));
    QVERIFY(box && box->isVisible());
    QSettings settings;
    QVERIFY(!hsm::StartupModules::remembered(settings).contains(missing));
    // The window still works: the fixture's tokens are there.
    QVERIFY(findInTree(widget<QTreeView>("moduleTree")->model(), kAlpha).isValid());
}

void TestMainWindow::removedTokenUpdatesTreeAndShowsBanner() {
    selectToken(kGamma);
    auto* banner = widget<QLabel>("tokenBanner");
    QVERIFY(banner->isHidden());
    const auto r = m_ui.fixture().run(QStringLiteral("softhsm2-util"),
                                      {QStringLiteral("--delete-token"), QStringLiteral("--token"), kGamma});
    QVERIFY2(r.ok(), qPrintable(m_ui.fixture().lastError()));
    m_ui.window()->refresh(); // the watcher notices on its own too; refresh makes the test quicker
    auto* tree = widget<QTreeView>("moduleTree");
    QTRY_VERIFY_WITH_TIMEOUT(!findInTree(tree->model(), kGamma).isValid(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), kTimeoutMs);
    QVERIFY2(banner->text().contains(kGamma), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("removed")));
    QCOMPARE(widget<QTableView>("objectTable")->model()->rowCount(), 0);
    QVERIFY(!m_ui.window()->currentToken().has_value());
    QVERIFY(findInTree(tree->model(), kAlpha).isValid());
    // Nothing else gets selected behind the user's back while the banner is up.
    QTest::qWait(1000);
    QVERIFY(!banner->isHidden());
    QVERIFY(!m_ui.window()->currentToken().has_value());
    QCOMPARE(widget<QTableView>("objectTable")->model()->rowCount(), 0);
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestMainWindow>(argc, argv, "tst_mainwindow");
}

#include "tst_mainwindow.moc"
