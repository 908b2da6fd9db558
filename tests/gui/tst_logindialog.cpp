#include "LoginDialog.h"
#include "WindowTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using hsm::LoginDialog;
using hsm::TokenInfo;

namespace {
TokenInfo tokenWith(CK_FLAGS flags) {
    return windowtest::dialogToken(flags, 4, 255);
}

QPushButton* okButton(LoginDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestLoginDialog : public QObject {
    Q_OBJECT
private slots:
    void pinGoesIntoSecureBufferAndFieldIsCleared();
    void countLowWarns();
    void finalTryNeedsConfirmation();
    void lockedRefuses();
    void soFlagsFollowUserType();
    void pinPadHasNoField();
};

void TestLoginDialog::pinGoesIntoSecureBufferAndFieldIsCleared() {
    LoginDialog dialog(tokenWith(0));
    QCOMPARE(dialog.objectName(), QStringLiteral("loginDialog"));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
    QVERIFY(pin);
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing typed yet
    QTest::keyClicks(pin, QStringLiteral("4711"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.warningText().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(pin->text().isEmpty());
    hsm::LoginRequest request = dialog.takeRequest();
    QCOMPARE(request.userType, CK_USER_TYPE(CKU_USER));
    QVERIFY(request.pin);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(request.pin->data()), int(request.pin->size())),
             QByteArray("4711"));
    QVERIFY(!dialog.takeRequest().pin); // moved out: a second take gets nothing
}

void TestLoginDialog::countLowWarns() {
    LoginDialog dialog(tokenWith(CKF_USER_PIN_COUNT_LOW));
    QVERIFY(dialog.warningText().contains(QStringLiteral("wrong user PIN")));
    auto* confirm = dialog.findChild<QCheckBox*>(QStringLiteral("confirmFinalTry"));
    QVERIFY(confirm->isHidden());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit")), QStringLiteral("1234"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestLoginDialog::finalTryNeedsConfirmation() {
    LoginDialog dialog(tokenWith(CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW));
    QVERIFY(dialog.warningText().contains(QStringLiteral("Final try")));
    auto* confirm = dialog.findChild<QCheckBox*>(QStringLiteral("confirmFinalTry"));
    QVERIFY(confirm);
    QVERIFY(!confirm->isHidden());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit")), QStringLiteral("1234"));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.accept(); // refused without the tick
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    confirm->setChecked(true);
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeRequest().confirmedFinalTry);
}

void TestLoginDialog::lockedRefuses() {
    LoginDialog dialog(tokenWith(CKF_USER_PIN_LOCKED));
    QVERIFY(dialog.warningText().contains(QStringLiteral("locked")));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
    QVERIFY(!pin->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    pin->setText(QStringLiteral("1234")); // even with text forced in, nothing is accepted
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeRequest().pin);
}

void TestLoginDialog::soFlagsFollowUserType() {
    LoginDialog dialog(tokenWith(CKF_SO_PIN_LOCKED));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
    QVERIFY(pin->isEnabled()); // the user PIN is fine
    auto* userType = dialog.findChild<QComboBox*>(QStringLiteral("userType"));
    userType->setCurrentIndex(1);
    QCOMPARE(dialog.userType(), CK_USER_TYPE(CKU_SO));
    QVERIFY(!pin->isEnabled());
    QVERIFY(dialog.warningText().contains(QStringLiteral("SO PIN")));
}

void TestLoginDialog::pinPadHasNoField() {
    LoginDialog dialog(tokenWith(CKF_PROTECTED_AUTHENTICATION_PATH));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit"))->isHidden());
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("pinPadNote"));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("PIN pad")));
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.takeRequest().pin); // null PIN: the protected authentication path
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
