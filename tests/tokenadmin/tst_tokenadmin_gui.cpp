// Token and PIN management in the main window, offscreen on real SoftHSM2 tokens: initialising the
// free slot and re-initialising a token (the typed label guards OK), changing PINs through the dialog;
// the dialogs alone for pin-pad, locked and final-try tokens and the length limits.
#include "InitTokenDialog.h"
#include "MainWindow.h"
#include "PinChangeDialog.h"
#include "SoftHsmFixture.h"
#include "TokenAdminController.h"
#include "WindowTestSupport.h"

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
#include <functional>
#include <memory>

using hsm::InitTokenDialog;
using hsm::MainWindow;
using hsm::PinChangeDialog;
using namespace windowtest;

namespace {

const QString kPins = QStringLiteral("Gui Pins");
const QString kReinit = QStringLiteral("Gui Reinit");

bool isInitialised(const hsm::TokenInfo& token) {
    return token.has(CKF_TOKEN_INITIALIZED);
}

/// A dialog's token with PINs of 6 to 12 bytes.
hsm::TokenInfo tokenWithFlags(CK_FLAGS flags) {
    return dialogToken(flags, 6, 12);
}

QPushButton* okButton(QWidget* dialog) {
    return child<QPushButton>(dialog, "okButton");
}

} // namespace

class TestTokenAdminGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() {
        m_ui.openWindow(SoftHsmFixture::modulePath());
        auto* tree = widget<QTreeView>("moduleTree");
        QTRY_VERIFY_WITH_TIMEOUT(
            findToken(tree->model(), [](const hsm::TokenInfo& t) { return t.label == kPins; }).isValid(),
            kTimeoutMs);
    }
    void cleanup() { m_ui.closeWindow(); }
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionsInTokenMenu();
    void initFreeSlotShowsNewToken();
    void reinitRequiresTypedLabel();
    void changeUserPinThroughDialog();
    void changeSoPinWhileLoggedInLogsOut();
    void pinPadGetsPromptInsteadOfFields();
    void lengthLimitMessage();
    void lockedAndFinalTryFlags();

private:
    void selectIndex(const std::function<bool(const hsm::TokenInfo&)>& match) { m_ui.selectToken(match); }
    void selectLabel(const QString& label) {
        selectIndex([label](const hsm::TokenInfo& t) { return isInitialised(t) && t.label == label; });
    }
    hsm::TokenAdminController* controller() {
        return widget<hsm::TokenAdminController>("tokenAdminController");
    }
    template <typename T> T* widget(const char* name) { return m_ui.widget<T>(name); }

    MainWindowHarness m_ui;
};

void TestTokenAdminGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    for (const QString& label : {kPins, kReinit})
        QVERIFY2(!fixture.initToken(label).isEmpty(), qPrintable(fixture.lastError()));
    const auto write = fixture.pkcs11Tool(
        kReinit, {QStringLiteral("--write-object"), fixture.configPath(), QStringLiteral("--type"),
                  QStringLiteral("data"), QStringLiteral("--label"), QStringLiteral("reinit-victim")});
    QVERIFY2(write.ok(), write.err.constData());
    m_ui.createManager(300);
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
    auto* dialog = m_ui.window()->findChild<InitTokenDialog*>(QStringLiteral("initTokenDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // No label to type back: the dialog asks for a fixed word and says why.
    QCOMPARE(dialog->confirmationText(), QStringLiteral("INITIALISE"));
    QVERIFY(child<QLabel>(dialog, "destroyWarning")->text().contains(QStringLiteral("not initialised")));
    typeInto(dialog, "labelEdit", QStringLiteral("Gui Fresh"));
    typeInto(dialog, "soPinEdit", QStringLiteral("so-pin-fresh"));
    typeInto(dialog, "soPinRepeatEdit", QStringLiteral("so-pin-fresh"));
    child<QCheckBox>(dialog, "setUserPin")->setChecked(true);
    typeInto(dialog, "userPinEdit", QStringLiteral("user-fresh"));
    typeInto(dialog, "userPinRepeatEdit", QStringLiteral("user-fresh"));
    QVERIFY(!okButton(dialog)->isEnabled());
    typeInto(dialog, "confirmLabelEdit", QStringLiteral("INITIALIS"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->problemText().contains(QStringLiteral("INITIALISE")));
    typeInto(dialog, "confirmLabelEdit", QStringLiteral("INITIALISE"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_ui.window()->lastErrorText()));

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
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->currentToken() &&
                                 m_ui.window()->currentToken()->label == QStringLiteral("Gui Fresh"),
                             kTimeoutMs);
    const auto login = m_ui.fixture().pkcs11Tool(QStringLiteral("Gui Fresh"),
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
    auto* dialog = m_ui.window()->findChild<InitTokenDialog*>(QStringLiteral("initTokenDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->confirmationText(), kReinit);
    const QString warning = child<QLabel>(dialog, "destroyWarning")->text();
    QVERIFY2(warning.contains(kReinit) && warning.contains(m_ui.window()->currentToken()->serial) &&
                 warning.contains(QStringLiteral("1 object")) &&
                 warning.contains(QStringLiteral("destroyed")),
             qPrintable(warning));
    typeInto(dialog, "labelEdit", QStringLiteral("Gui Reinit 2"));
    typeInto(dialog, "soPinEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    typeInto(dialog, "soPinRepeatEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    typeInto(dialog, "confirmLabelEdit",
             QStringLiteral("Gui Reinit 2")); // the new label is not the confirmation
    QVERIFY(!okButton(dialog)->isEnabled());
    typeInto(dialog, "confirmLabelEdit", kReinit);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_ui.window()->lastErrorText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window()->currentToken() &&
                                 m_ui.window()->currentToken()->label == QStringLiteral("Gui Reinit 2"),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeoutMs);
    // No user PIN any more; pkcs11-tool sees an empty token.
    QVERIFY(!m_ui.window()->currentToken()->has(CKF_USER_PIN_INITIALIZED));
    const auto list =
        m_ui.fixture().pkcs11Tool(QStringLiteral("Gui Reinit 2"), {QStringLiteral("-O")}, false);
    QVERIFY2(list.ok(), list.err.constData());
    QVERIFY(!list.out.contains("reinit-victim"));
}

void TestTokenAdminGui::changeUserPinThroughDialog() {
    selectLabel(kPins);
    auto* action = widget<QAction>("changeUserPinAction");
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
    action->trigger();
    auto* dialog = m_ui.window()->findChild<PinChangeDialog*>(QStringLiteral("pinChangeDialog"));
    QVERIFY(dialog);
    QVERIFY(!child<QLineEdit>(dialog, "currentPinEdit")->isHidden());
    QVERIFY(child<QLabel>(dialog, "pinPadNote")->isHidden());
    typeInto(dialog, "currentPinEdit", QString::fromLatin1(SoftHsmFixture::kUserPin));
    typeInto(dialog, "newPinEdit", QStringLiteral("gui-new-1"));
    typeInto(dialog, "repeatPinEdit", QStringLiteral("gui-new-2"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog->problemText().contains(QStringLiteral("does not match")));
    typeInto(dialog, "repeatPinEdit", QStringLiteral("gui-new-1"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problemText()));
    const QPointer<PinChangeDialog> guard(dialog);
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // The fields were wiped and the dialog is gone.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_ui.window()->lastErrorText()));
    const auto login = m_ui.fixture().pkcs11Tool(kPins,
                                                 {QStringLiteral("--login"), QStringLiteral("--pin"),
                                                  QStringLiteral("gui-new-1"), QStringLiteral("-O")},
                                                 false);
    QVERIFY2(login.ok(), login.err.constData());
    const auto old =
        m_ui.fixture().pkcs11Tool(kPins,
                                  {QStringLiteral("--login"), QStringLiteral("--pin"),
                                   QString::fromLatin1(SoftHsmFixture::kUserPin), QStringLiteral("-O")},
                                  false);
    QVERIFY(!old.ok());
}

void TestTokenAdminGui::changeSoPinWhileLoggedInLogsOut() {
    selectLabel(kPins);
    // Log in as user with the PIN the previous test set (or the fixture's, when run alone).
    const bool changedBefore = m_ui.fixture()
                                   .pkcs11Tool(kPins,
                                               {QStringLiteral("--login"), QStringLiteral("--pin"),
                                                QStringLiteral("gui-new-1"), QStringLiteral("-O")},
                                               false)
                                   .ok();
    const QByteArray userPin = changedBefore ? QByteArray("gui-new-1") : QByteArray(SoftHsmFixture::kUserPin);
    m_ui.logIn(userPin);

    widget<QAction>("changeSoPinAction")->trigger();
    auto* dialog = m_ui.window()->findChild<PinChangeDialog*>(QStringLiteral("pinChangeDialog"));
    QVERIFY(dialog);
    // One login state per token: the dialog says the user is logged out first.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("logoutNote")) != nullptr);
    typeInto(dialog, "currentPinEdit", QString::fromLatin1(SoftHsmFixture::kSoPin));
    typeInto(dialog, "newPinEdit", QStringLiteral("gui-so-new"));
    typeInto(dialog, "repeatPinEdit", QStringLiteral("gui-so-new"));
    QSignalSpy finished(controller(), &hsm::TokenAdminController::finished);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_ui.window()->lastErrorText()));
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("loginAction")->isEnabled(), kTimeoutMs);
    QVERIFY(!widget<QAction>("logoutAction")->isEnabled());
    const auto so = m_ui.fixture().pkcs11Tool(kPins,
                                              {QStringLiteral("--login"), QStringLiteral("--login-type"),
                                               QStringLiteral("so"), QStringLiteral("--so-pin"),
                                               QStringLiteral("gui-so-new"), QStringLiteral("--session-rw"),
                                               QStringLiteral("-O")},
                                              false);
    QVERIFY2(so.ok(), so.err.constData());
    const auto oldSo = m_ui.fixture().pkcs11Tool(kPins,
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
    typeInto(&init, "labelEdit", QStringLiteral("Pad"));
    QVERIFY(!okButton(&init)->isEnabled());
    typeInto(&init, "confirmLabelEdit", init.confirmationText());
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
    typeInto(&dialog, "currentPinEdit", QStringLiteral("so-secret"));
    typeInto(&dialog, "newPinEdit", QStringLiteral("12345"));
    typeInto(&dialog, "repeatPinEdit", QStringLiteral("12345"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("too short")), qPrintable(dialog.problemText()));
    QVERIFY(!child<QLabel>(&dialog, "pinProblem")->isHidden());
    typeInto(&dialog, "newPinEdit", QStringLiteral("1234567890123"));
    typeInto(&dialog, "repeatPinEdit", QStringLiteral("1234567890123"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("too long")), qPrintable(dialog.problemText()));
    // Bytes, not characters: six two-byte characters are twelve bytes and fit; seven do not.
    typeInto(&dialog, "newPinEdit", QString(6, QChar(0xE9)));
    typeInto(&dialog, "repeatPinEdit", QString(6, QChar(0xE9)));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problemText()));
    typeInto(&dialog, "newPinEdit", QString(7, QChar(0xE9)));
    typeInto(&dialog, "repeatPinEdit", QString(7, QChar(0xE9)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    // accept() without the button is refused as well.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    typeInto(&dialog, "newPinEdit", QStringLiteral("123456"));
    typeInto(&dialog, "repeatPinEdit", QStringLiteral("123456"));
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
        typeInto(&dialog, "currentPinEdit", QStringLiteral("123456"));
        typeInto(&dialog, "newPinEdit", QStringLiteral("654321"));
        typeInto(&dialog, "repeatPinEdit", QStringLiteral("654321"));
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
        typeInto(&dialog, "currentPinEdit", QStringLiteral("so-secret"));
        typeInto(&dialog, "newPinEdit", QStringLiteral("654321"));
        typeInto(&dialog, "repeatPinEdit", QStringLiteral("654321"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problemText()));
    }
}

QTEST_MAIN(TestTokenAdminGui)
#include "tst_tokenadmin_gui.moc"
