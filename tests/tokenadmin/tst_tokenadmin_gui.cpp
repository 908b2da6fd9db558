// Token and PIN management in the main window, offscreen on real SoftHSM2 tokens: initialising the
// free slot and re-initialising a token (the typed label guards OK), changing PINs through the dialog;
// the dialogs alone for pin-pad, locked and final-try tokens and the length limits.
#include "CallTrace.h"
#include "InitTokenDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "ModuleTreeModel.h"
#include "PinChangeDialog.h"
#include "SoftHsmFixture.h"
#include "TokenAdminController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <cstring>
#include <functional>
#include <memory>

using hsm::InitTokenDialog;
using hsm::MainWindow;
using hsm::PinChangeDialog;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kPins = QStringLiteral("Gui Pins");
const QString kReinit = QStringLiteral("Gui Reinit");

/// The first tree row (any level) of a token that `match` accepts.
QModelIndex findToken(QAbstractItemModel* model, const std::function<bool(const hsm::TokenInfo&)>& match,
                      const QModelIndex& parent = {}) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(hsm::ModuleTreeModel::KindRole).toInt() ==
            static_cast<int>(hsm::ModuleTreeModel::Kind::Token)) {
            const auto token = index.data(hsm::ModuleTreeModel::TokenInfoRole).value<hsm::TokenInfo>();
            if (match(token))
                return index;
        }
        if (QModelIndex found = findToken(model, match, index); found.isValid())
            return found;
    }
    return {};
}

bool isInitialised(const hsm::TokenInfo& token) {
    return token.has(CKF_TOKEN_INITIALIZED);
}

hsm::TokenInfo tokenWithFlags(CK_FLAGS flags) {
    hsm::TokenInfo token;
    token.label = QStringLiteral("Dialog Token");
    token.serial = QStringLiteral("0123456789abcdef");
    token.flags = CKF_TOKEN_INITIALIZED | CKF_USER_PIN_INITIALIZED | CKF_LOGIN_REQUIRED | flags;
    token.minPinLen = 6;
    token.maxPinLen = 12;
    return token;
}

template <typename T> T* child(QWidget* parent, const char* name) {
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (w == nullptr)
        qFatal("widget %s not found", name);
    return w;
}

void type(QWidget* parent, const char* field, const QString& text) {
    auto* edit = child<QLineEdit>(parent, field);
    edit->clear();
    // QTest types Latin-1 keys only; other text is inserted as an input method would.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

QPushButton* okButton(QWidget* dialog) {
    return child<QPushButton>(dialog, "okButton");
}

} // namespace

class TestTokenAdminGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void actionsInTokenMenu();
    void initFreeSlotShowsNewToken();
    void reinitRequiresTypedLabel();
    void changeUserPinThroughDialog();
    void changeSoPinWhileLoggedInLogsOut();
    void pinPadGetsPromptInsteadOfFields();
    void lengthLimitMessage();
    void lockedAndFinalTryFlags();

private:
    void selectIndex(const std::function<bool(const hsm::TokenInfo&)>& match);
    void selectLabel(const QString& label) {
        selectIndex([label](const hsm::TokenInfo& t) { return isInitialised(t) && t.label == label; });
    }
    hsm::TokenAdminController* controller() {
        return child<hsm::TokenAdminController>(m_window.get(), "tokenAdminController");
    }
    template <typename T> T* widget(const char* name) { return child<T>(m_window.get(), name); }

    std::unique_ptr<SoftHsmFixture> m_fixture;
    std::unique_ptr<hsm::CallTrace> m_trace;
    std::unique_ptr<hsm::ModuleManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
    bool m_moduleAdded = false;
};

void TestTokenAdminGui::initTestCase() {
    hsm::registerMetaTypes();
    hsm::logging::init(QString());
    m_fixture = std::make_unique<SoftHsmFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->lastError()));
    for (const QString& label : {kPins, kReinit})
        QVERIFY2(!m_fixture->initToken(label).isEmpty(), qPrintable(m_fixture->lastError()));
    const auto write = m_fixture->pkcs11Tool(
        kReinit, {QStringLiteral("--write-object"), m_fixture->configPath(), QStringLiteral("--type"),
                  QStringLiteral("data"), QStringLiteral("--label"), QStringLiteral("reinit-victim")});
    QVERIFY2(write.ok(), write.err.constData());
    m_trace = std::make_unique<hsm::CallTrace>();
    m_manager = std::make_unique<hsm::ModuleManager>(m_trace.get());
    m_manager->setPollInterval(300);
}

void TestTokenAdminGui::init() {
    m_window = std::make_unique<MainWindow>(m_manager.get(), m_trace.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    if (!m_moduleAdded) {
        m_manager->addModule(SoftHsmFixture::modulePath());
        m_moduleAdded = true;
    }
    auto* tree = widget<QTreeView>("moduleTree");
    QTRY_VERIFY_WITH_TIMEOUT(
        findToken(tree->model(), [](const hsm::TokenInfo& t) { return t.label == kPins; }).isValid(),
        kTimeoutMs);
}

void TestTokenAdminGui::cleanup() {
    m_window.reset();
}

void TestTokenAdminGui::cleanupTestCase() {
    m_window.reset();
    m_manager.reset();
    m_trace.reset();
    m_fixture.reset();
}

void TestTokenAdminGui::selectIndex(const std::function<bool(const hsm::TokenInfo&)>& match) {
    auto* tree = widget<QTreeView>("moduleTree");
    QModelIndex index;
    QTRY_VERIFY_WITH_TIMEOUT((index = findToken(tree->model(), match)).isValid(), kTimeoutMs);
    tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentToken().has_value() && match(*m_window->currentToken()),
                             kTimeoutMs);
}

void TestTokenAdminGui::actionsInTokenMenu() {
    for (const char* name : {"initTokenAction", "initUserPinAction", "changeUserPinAction",
                             "changeSoPinAction", "unblockUserPinAction"}) {
        auto* action = widget<QAction>(name);
        QVERIFY2(!action->toolTip().isEmpty(), name);
        QVERIFY2(!action->property("accessibleName").toString().isEmpty(), name);
        QVERIFY2(!action->associatedObjects().isEmpty(), name); // in a menu
    }
    QCOMPARE(widget<QMenu>("pinsMenu")->actions().size(), 5); // four actions and a separator
    selectLabel(kPins);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("changeUserPinAction")->isEnabled(), kTimeoutMs);
    QVERIFY(widget<QAction>("initTokenAction")->isEnabled());
    QVERIFY(widget<QAction>("unblockUserPinAction")->isEnabled());
}

void TestTokenAdminGui::initFreeSlotShowsNewToken() {
    // SoftHSM2's free slot holds an uninitialised token; selecting it gives a worker.
    selectIndex([](const hsm::TokenInfo& t) { return !isInitialised(t); });
    auto* initAction = widget<QAction>("initTokenAction");
    QTRY_VERIFY_WITH_TIMEOUT(initAction->isEnabled(), kTimeoutMs);
    QVERIFY(!widget<QAction>("changeUserPinAction")->isEnabled());
    initAction->trigger();
    auto* dialog = m_window->findChild<InitTokenDialog*>(QStringLiteral("initTokenDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // No label to type back: the dialog asks for a fixed word and says why.
    QCOMPARE(dialog->confirmationText(), QStringLiteral("INITIALISE"));
    QVERIFY(child<QLabel>(dialog, "destroyWarning")->text().contains(QStringLiteral("not initialised")));
    type(dialog, "labelEdit", QStringLiteral("Gui Fresh"));
    type(dialog, "soPinEdit", QStringLiteral("so-pin-fresh"));
    type(dialog, "soPinRepeatEdit", QStringLiteral("so-pin-fresh"));
    child<QCheckBox>(dialog, "setUserPin")->setChecked(true);
    type(dialog, "userPinEdit", QStringLiteral("user-fresh"));
    type(dialog, "userPinRepeatEdit", QStringLiteral("user-fresh"));
    QVERIFY(!okButton(dialog)->isEnabled());
    type(dialog, "confirmLabelEdit", QStringLiteral("INITIALIS"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->problemText().contains(QStringLiteral("INITIALISE")));
    type(dialog, "confirmLabelEdit", QStringLiteral("INITIALISE"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_window->lastErrorText()));

    // The tree shows the new token and a new free slot without a restart; the window selects it.
    auto* tree = widget<QTreeView>("moduleTree");
    QTRY_VERIFY_WITH_TIMEOUT(
        findToken(tree->model(),
                  [](const hsm::TokenInfo& t) { return t.label == QStringLiteral("Gui Fresh"); })
            .isValid(),
        kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        findToken(tree->model(), [](const hsm::TokenInfo& t) { return !isInitialised(t); }).isValid(),
        kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentToken() &&
                                 m_window->currentToken()->label == QStringLiteral("Gui Fresh"),
                             kTimeoutMs);
    const auto login = m_fixture->pkcs11Tool(QStringLiteral("Gui Fresh"),
                                             {QStringLiteral("--login"), QStringLiteral("--pin"),
                                              QStringLiteral("user-fresh"), QStringLiteral("-O")},
                                             false);
    QVERIFY2(login.ok(), login.err.constData());
}

void TestTokenAdminGui::reinitRequiresTypedLabel() {
    selectLabel(kReinit);
    auto* table = widget<QTableView>("objectTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("listingLabel")->isHidden(), kTimeoutMs);
    widget<QAction>("initTokenAction")->trigger();
    auto* dialog = m_window->findChild<InitTokenDialog*>(QStringLiteral("initTokenDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmationText(), kReinit);
    const QString warning = child<QLabel>(dialog, "destroyWarning")->text();
    QVERIFY2(warning.contains(kReinit) && warning.contains(m_window->currentToken()->serial) &&
                 warning.contains(QStringLiteral("1 object")) &&
                 warning.contains(QStringLiteral("destroyed")),
             qPrintable(warning));
    type(dialog, "labelEdit", QStringLiteral("Gui Reinit 2"));
    type(dialog, "soPinEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    type(dialog, "soPinRepeatEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    type(dialog, "confirmLabelEdit", QStringLiteral("Gui Reinit 2")); // the new label is not the confirmation
    QVERIFY(!okButton(dialog)->isEnabled());
    type(dialog, "confirmLabelEdit", kReinit);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_window->lastErrorText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentToken() &&
                                 m_window->currentToken()->label == QStringLiteral("Gui Reinit 2"),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeoutMs);
    // No user PIN any more; pkcs11-tool sees an empty token.
    QVERIFY(!m_window->currentToken()->has(CKF_USER_PIN_INITIALIZED));
    const auto list = m_fixture->pkcs11Tool(QStringLiteral("Gui Reinit 2"), {QStringLiteral("-O")}, false);
    QVERIFY2(list.ok(), list.err.constData());
    QVERIFY(!list.out.contains("reinit-victim"));
}

void TestTokenAdminGui::changeUserPinThroughDialog() {
    selectLabel(kPins);
    auto* action = widget<QAction>("changeUserPinAction");
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
    action->trigger();
    auto* dialog = m_window->findChild<PinChangeDialog*>(QStringLiteral("pinChangeDialog"));
    QVERIFY(dialog);
    QVERIFY(!child<QLineEdit>(dialog, "currentPinEdit")->isHidden());
    QVERIFY(child<QLabel>(dialog, "pinPadNote")->isHidden());
    type(dialog, "currentPinEdit", QString::fromLatin1(SoftHsmFixture::kUserPin));
    type(dialog, "newPinEdit", QStringLiteral("gui-new-1"));
    type(dialog, "repeatPinEdit", QStringLiteral("gui-new-2"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->problemText().contains(QStringLiteral("does not match")));
    type(dialog, "repeatPinEdit", QStringLiteral("gui-new-1"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    const QPointer<PinChangeDialog> guard(dialog);
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // The fields were wiped and the dialog is gone.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_window->lastErrorText()));
    const auto login = m_fixture->pkcs11Tool(kPins,
                                             {QStringLiteral("--login"), QStringLiteral("--pin"),
                                              QStringLiteral("gui-new-1"), QStringLiteral("-O")},
                                             false);
    QVERIFY2(login.ok(), login.err.constData());
    const auto old =
        m_fixture->pkcs11Tool(kPins,
                              {QStringLiteral("--login"), QStringLiteral("--pin"),
                               QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("-O")},
                              false);
    QVERIFY(!old.ok());
}

void TestTokenAdminGui::changeSoPinWhileLoggedInLogsOut() {
    selectLabel(kPins);
    // Log in as user with the PIN the previous test set (or the fixture's, when run alone).
    const bool changedBefore = m_fixture
                                   ->pkcs11Tool(kPins,
                                                {QStringLiteral("--login"), QStringLiteral("--pin"),
                                                 QStringLiteral("gui-new-1"), QStringLiteral("-O")},
                                                false)
                                   .ok();
    const QByteArray userPin = changedBefore ? QByteArray("gui-new-1") : QByteArray(SoftHsmFixture::kUserPin);
    m_window->setPinPrompt([userPin](QWidget*, const hsm::TokenInfo&) {
        hsm::LoginRequest request;
        request.pin = std::make_shared<hsm::SecureBuffer>(userPin.constData(), std::size_t(userPin.size()));
        return std::optional<hsm::LoginRequest>(std::move(request));
    });
    widget<QAction>("loginAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("logoutAction")->isEnabled(), kTimeoutMs);

    widget<QAction>("changeSoPinAction")->trigger();
    auto* dialog = m_window->findChild<PinChangeDialog*>(QStringLiteral("pinChangeDialog"));
    QVERIFY(dialog);
    // One login state per token: the dialog says the user is logged out first.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("logoutNote")) != nullptr);
    type(dialog, "currentPinEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    type(dialog, "newPinEdit", QStringLiteral("gui-so-new"));
    type(dialog, "repeatPinEdit", QStringLiteral("gui-so-new"));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_window->lastErrorText()));
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("loginAction")->isEnabled(), kTimeoutMs);
    QVERIFY(!widget<QAction>("logoutAction")->isEnabled());
    const auto so =
        m_fixture->pkcs11Tool(kPins,
                              {QStringLiteral("--login"), QStringLiteral("--login-type"),
                               QStringLiteral("so"), QStringLiteral("--so-pin"), QStringLiteral("gui-so-new"),
                               QStringLiteral("--session-rw"), QStringLiteral("-O")},
                              false);
    QVERIFY2(so.ok(), so.err.constData());
    const auto oldSo = m_fixture->pkcs11Tool(kPins,
                                             {QStringLiteral("--login"), QStringLiteral("--login-type"),
                                              QStringLiteral("so"), QStringLiteral("--so-pin"),
                                              QString::fromLatin1(SoftHsmFixture::kSoPin),
                                              QStringLiteral("--session-rw"), QStringLiteral("-O")},
                                             false);
    QVERIFY(!oldSo.ok());
}

void TestTokenAdminGui::pinPadGetsPromptInsteadOfFields() {
    const hsm::TokenInfo token = tokenWithFlags(CKF_PROTECTED_AUTHENTICATION_PATH);
    PinChangeDialog dialog(PinChangeDialog::Mode::ChangeUserPin, token, false);
    dialog.show();
    QVERIFY(child<QLineEdit>(&dialog, "currentPinEdit")->isHidden());
    QVERIFY(child<QLineEdit>(&dialog, "newPinEdit")->isHidden());
    QVERIFY(child<QLineEdit>(&dialog, "repeatPinEdit")->isHidden());
    QVERIFY(!child<QLabel>(&dialog, "pinPadNote")->isHidden());
    QVERIFY(child<QLabel>(&dialog, "pinPadNote")->text().contains(QStringLiteral("PIN pad")));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const hsm::PinChangeRequest request = dialog.takeRequest();
    QVERIFY(!request.currentPin);
    QVERIFY(!request.newPin);

    hsm::TokenInfo uninitialised = token;
    uninitialised.flags = CKF_PROTECTED_AUTHENTICATION_PATH;
    InitTokenDialog init(uninitialised, 3, QStringLiteral("Reader 3"), std::nullopt);
    init.show();
    QVERIFY(child<QLineEdit>(&init, "soPinEdit")->isHidden());
    QVERIFY(!child<QLabel>(&init, "pinPadNote")->isHidden());
    type(&init, "labelEdit", QStringLiteral("Pad"));
    QVERIFY(!okButton(&init)->isEnabled());
    type(&init, "confirmLabelEdit", init.confirmationText());
    QVERIFY2(okButton(&init)->isEnabled(), qPrintable(init.problemText()));
    QTest::mouseClick(okButton(&init), Qt::LeftButton);
    const hsm::InitTokenRequest initRequest = init.takeRequest();
    QCOMPARE(initRequest.label, QStringLiteral("Pad"));
    QVERIFY(!initRequest.soPin);
}

void TestTokenAdminGui::lengthLimitMessage() {
    const hsm::TokenInfo token = tokenWithFlags(0); // PINs of 6 to 12 bytes
    PinChangeDialog dialog(PinChangeDialog::Mode::UnblockUserPin, token, false);
    dialog.show();
    QVERIFY(child<QLabel>(&dialog, "pinLimits")->text().contains(QStringLiteral("6 to 12 bytes")));
    type(&dialog, "currentPinEdit", QStringLiteral("so-secret"));
    type(&dialog, "newPinEdit", QStringLiteral("12345"));
    type(&dialog, "repeatPinEdit", QStringLiteral("12345"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("too short")), qPrintable(dialog.problemText()));
    QVERIFY(!child<QLabel>(&dialog, "pinProblem")->isHidden());
    type(&dialog, "newPinEdit", QStringLiteral("1234567890123"));
    type(&dialog, "repeatPinEdit", QStringLiteral("1234567890123"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("too long")), qPrintable(dialog.problemText()));
    // Bytes, not characters: six two-byte characters are twelve bytes and fit; seven do not.
    type(&dialog, "newPinEdit", QString(6, QChar(0xE9)));
    type(&dialog, "repeatPinEdit", QString(6, QChar(0xE9)));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problemText()));
    type(&dialog, "newPinEdit", QString(7, QChar(0xE9)));
    type(&dialog, "repeatPinEdit", QString(7, QChar(0xE9)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    // accept() without the button is refused as well.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    type(&dialog, "newPinEdit", QStringLiteral("123456"));
    type(&dialog, "repeatPinEdit", QStringLiteral("123456"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    hsm::PinChangeRequest request = dialog.takeRequest();
    QVERIFY(request.newPin && request.currentPin);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(request.newPin->data()), int(request.newPin->size())),
             QByteArray("123456"));
    QVERIFY(child<QLineEdit>(&dialog, "newPinEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "currentPinEdit")->text().isEmpty());
}

void TestTokenAdminGui::lockedAndFinalTryFlags() {
    {
        PinChangeDialog dialog(PinChangeDialog::Mode::ChangeUserPin, tokenWithFlags(CKF_USER_PIN_LOCKED),
                               false);
        dialog.show();
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "pinWarning")->text().contains(QStringLiteral("locked")));
        QVERIFY(dialog.problemText().contains(QStringLiteral("Unblock")));
        QVERIFY(!child<QLineEdit>(&dialog, "currentPinEdit")->isEnabled());
    }
    {
        PinChangeDialog dialog(PinChangeDialog::Mode::ChangeUserPin, tokenWithFlags(CKF_USER_PIN_FINAL_TRY),
                               false);
        dialog.show();
        auto* confirm = child<QCheckBox>(&dialog, "confirmFinalTry");
        QVERIFY(!confirm->isHidden());
        type(&dialog, "currentPinEdit", QStringLiteral("123456"));
        type(&dialog, "newPinEdit", QStringLiteral("654321"));
        type(&dialog, "repeatPinEdit", QStringLiteral("654321"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        confirm->setChecked(true);
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.takeRequest().confirmedFinalTry);
    }
    {
        // Unblocking checks the SO PIN's flags, not the (locked) user PIN's.
        PinChangeDialog dialog(PinChangeDialog::Mode::UnblockUserPin,
                               tokenWithFlags(CKF_USER_PIN_LOCKED | CKF_SO_PIN_COUNT_LOW), false);
        dialog.show();
        QVERIFY(child<QLabel>(&dialog, "pinWarning")->text().contains(QStringLiteral("SO PIN")));
        type(&dialog, "currentPinEdit", QStringLiteral("so-secret"));
        type(&dialog, "newPinEdit", QStringLiteral("654321"));
        type(&dialog, "repeatPinEdit", QStringLiteral("654321"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problemText()));
    }
}

QTEST_MAIN(TestTokenAdminGui)
#include "tst_tokenadmin_gui.moc"
