// The enrollment wizard in the real main window, offscreen, on a real SoftHSM2 token: a CSR from a
// key that stays on the token, checked with `openssl req`.
#include "CertificateController.h"
#include "EnrollWizard.h"
#include "KeyGenWizard.h"
#include "MainWindow.h"
#include "SoftHsmFixture.h"
#include "WindowTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using hsm::EnrollWizard;
using namespace windowtest;

namespace {

const QString kToken = QStringLiteral("Enroll GUI");
// Latin-1, a symbol and CJK: every byte must survive into the request as typed.
const QString kCommonName = QStringLiteral("Zürich ✓ 東京 host");

} // namespace

class TestEnrollGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionsInstalledAndNeedLogin();
    void enrollEndToEnd();
    void enrollEcAsDer();
    void invalidCountryKeepsNextDisabled();
    void badAltNameKeepsNextDisabled();
    void generatedKeyPairIsSelected();
    void keySelectedInWindowIsPreselected();

private:
    template <typename T> T* inWizard(const char* name) { return child<T>(m_wizard, name); }
    hsm::CertificateController* controller() {
        return m_ui.widget<hsm::CertificateController>("certificateController");
    }
    /// Opens the wizard through its action and selects the key pair `label`.
    void openWizardWithKey(const QString& label);
    void next();
    /// Runs openssl with `args`; fails the test when it fails.
    QString openssl(const QStringList& args);

    MainWindowHarness m_ui;
    QTemporaryDir m_tmp;
    QPointer<EnrollWizard> m_wizard;
};

void TestEnrollGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "RSA:2048", "--label", "enroll-rsa",
                                           "--id", "11", "--usage-sign"}));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "EC:prime256v1", "--label",
                                           "enroll-ec", "--id", "12", "--usage-sign"}));
    m_ui.createManager(0);
}

void TestEnrollGui::init() {
    m_ui.openWindow(SoftHsmFixture::modulePath());
    m_ui.window()->setPinPrompt(answerPin());
    m_ui.selectToken(kToken);
    m_ui.waitForListing();
    m_ui.logIn();
    m_ui.waitForListing();
}

void TestEnrollGui::cleanup() {
    if (m_wizard)
        m_wizard->close();
    m_wizard = nullptr;
    // The worker keeps its login across windows: every test starts logged out.
    m_ui.logOut();
    m_ui.closeWindow();
}

QString TestEnrollGui::openssl(const QStringList& args) {
    const auto run = m_ui.fixture().run(QStringLiteral("openssl"), args);
    const QString output = QString::fromUtf8(run.out + run.err);
    if (!run.ok())
        qWarning("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(output));
    return run.ok() ? output : QString();
}

void TestEnrollGui::openWizardWithKey(const QString& label) {
    QAction* action = controller()->enrollAction();
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
    action->trigger();
    m_wizard = controller()->wizard();
    QVERIFY(m_wizard != nullptr);
    QCOMPARE(m_wizard->objectName(), QStringLiteral("enrollWizard"));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->isVisible(), kTimeoutMs);
    auto* keys = inWizard<QTreeWidget>("enrollKeyList");
    QTRY_VERIFY_WITH_TIMEOUT(!keys->findItems(label, Qt::MatchExactly).isEmpty(), kTimeoutMs);
    // Only private keys are offered, once each.
    QCOMPARE(keys->findItems(QStringLiteral("enroll-rsa"), Qt::MatchExactly).size(), 1);
    keys->setCurrentItem(keys->findItems(label, Qt::MatchExactly).first());
    // Next is enabled once the key's facts and the token's mechanisms were read on the worker.
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kTimeoutMs);
    QVERIFY(inWizard<QLabel>("keyStatus")->text().contains(QStringLiteral("can sign with")));
}

void TestEnrollGui::keySelectedInWindowIsPreselected() {
    // The public key of "enroll-ec" selected in the object table: the wizard opens on its pair.
    auto* view = m_ui.widget<QTableView>("objectTable");
    const int row = findObjectRow(view->model(), QStringLiteral("enroll-ec"), CKO_PUBLIC_KEY);
    QVERIFY(row >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction* action = controller()->enrollAction();
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
    action->trigger();
    m_wizard = controller()->wizard();
    QVERIFY(m_wizard != nullptr);
    auto* keys = inWizard<QTreeWidget>("enrollKeyList");
    QTRY_VERIFY_WITH_TIMEOUT(keys->currentItem() != nullptr, kTimeoutMs);
    QCOMPARE(keys->currentItem()->text(0), QStringLiteral("enroll-ec"));
    QCOMPARE(keys->currentItem()->text(2), QStringLiteral("EC P-256"));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kTimeoutMs);
}

void TestEnrollGui::next() {
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    button->click();
    QTRY_VERIFY(m_wizard->currentId() != before);
}

void TestEnrollGui::actionsInstalledAndNeedLogin() {
    auto* menu = m_ui.widget<QMenu>("certificateMenu");
    QStringList names;
    for (QAction* action : menu->actions())
        names << action->objectName();
    QVERIFY(names.contains(QStringLiteral("enrollAction")));
    QVERIFY(names.contains(QStringLiteral("issueCertificateAction")));
    QVERIFY(names.contains(QStringLiteral("selfSignAction")));
    QAction* enroll = controller()->enrollAction();
    QCOMPARE(enroll->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(enroll->isEnabled());
    QVERIFY(!enroll->toolTip().isEmpty());
    QWidget* button = m_ui.widget<QToolBar>("mainToolBar")->widgetForAction(enroll);
    QVERIFY(button != nullptr);
    QCOMPARE(button->accessibleName(), QStringLiteral("Enroll (create CSR)"));
    m_ui.logOut();
    QTRY_VERIFY(!enroll->isEnabled());
    QVERIFY2(enroll->toolTip().contains(QStringLiteral("Log in first")), qPrintable(enroll->toolTip()));
    QVERIFY(!controller()->issueAction()->isEnabled());
    QVERIFY(!controller()->selfSignAction()->isEnabled());
    m_ui.logIn();
    QTRY_VERIFY(enroll->isEnabled());
}

void TestEnrollGui::enrollEndToEnd() {
    openWizardWithKey(QStringLiteral("enroll-rsa"));
    next();

    QCOMPARE(m_wizard->currentId(), int(EnrollWizard::SubjectPageId));
    typeInto(m_wizard, "subjectC", QStringLiteral("GB"));
    typeInto(m_wizard, "subjectO", QStringLiteral("Example Ltd"));
    typeInto(m_wizard, "subjectCN", kCommonName);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!inWizard<QLabel>("subjectProblems")->isVisible());
    next();

    QCOMPARE(m_wizard->currentId(), int(EnrollWizard::ExtensionsPageId));
    auto* sanType = inWizard<QComboBox>("sanType");
    sanType->setCurrentIndex(sanType->findText(QStringLiteral("DNS")));
    typeInto(m_wizard, "sanValue", QStringLiteral("host.example.com"));
    inWizard<QPushButton>("addSan")->click();
    sanType->setCurrentIndex(sanType->findText(QStringLiteral("IP")));
    typeInto(m_wizard, "sanValue", QStringLiteral("10.0.0.1"));
    inWizard<QPushButton>("addSan")->click();
    QCOMPARE(inWizard<QTableWidget>("sanTable")->rowCount(), 2);
    inWizard<QCheckBox>("eku_clientAuth")->setChecked(true);
    auto* algorithm = inWizard<QComboBox>("signatureAlgorithm");
    QVERIFY(algorithm->count() > 0);
    QVERIFY2(algorithm->currentText().contains(QStringLiteral("SHA-256")),
             qPrintable(algorithm->currentText()));
    next();

    QCOMPARE(m_wizard->currentId(), int(EnrollWizard::OutputPageId));
    const QString path = m_tmp.filePath(QStringLiteral("rsa.csr"));
    typeInto(m_wizard, "csrOutputPath", path);
    inWizard<QCheckBox>("csrToClipboard")->setChecked(true);
    QGuiApplication::clipboard()->clear();
    const QString review = inWizard<QWidget>("enrollReview")->property("plainText").toString();
    QVERIFY2(review.contains(kCommonName), qPrintable(review));
    QVERIFY2(review.contains(QStringLiteral("DNS:host.example.com")), qPrintable(review));
    QAbstractButton* finish = m_wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());
    finish->click();
    auto* result = inWizard<QLabel>("enrollResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("signature verified")), kTimeoutMs);
    QVERIFY2(result->text().contains(kCommonName), qPrintable(result->text()));
    QVERIFY(m_wizard->isDone());

    QVERIFY(QFile::exists(path));
    const QString verified = openssl({"req", "-verify", "-noout", "-in", path});
    QVERIFY2(verified.contains(QStringLiteral("verify OK")), qPrintable(verified));
    const QString text = openssl({"req", "-text", "-noout", "-nameopt", "oneline,-esc_msb", "-in", path});
    QVERIFY2(text.contains(QStringLiteral("X509v3 Subject Alternative Name")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("DNS:host.example.com")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("IP Address:10.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TLS Web Client Authentication")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("TLS Web Server Authentication")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sha256WithRSAEncryption")), qPrintable(text));
    QVERIFY2(text.contains(kCommonName), qPrintable(text));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), pem);

    // Finish (now "Close") closes the wizard.
    finish->click();
    QTRY_VERIFY(!m_wizard || !m_wizard->isVisible());
}

void TestEnrollGui::enrollEcAsDer() {
    openWizardWithKey(QStringLiteral("enroll-ec"));
    next();
    typeInto(m_wizard, "subjectCN", QStringLiteral("ec.example"));
    typeInto(m_wizard, "subjectEmail", QStringLiteral("pki@example.com"));
    next();
    inWizard<QCheckBox>("eku_serverAuth")->setChecked(true);
    QVERIFY(inWizard<QComboBox>("signatureAlgorithm")->currentText().contains(QStringLiteral("ECDSA")));
    next();
    inWizard<QRadioButton>("outputDer")->setChecked(true);
    const QString path = m_tmp.filePath(QStringLiteral("ec.der"));
    typeInto(m_wizard, "csrOutputPath", path);
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        inWizard<QLabel>("enrollResult")->text().contains(QStringLiteral("signature verified")), kTimeoutMs);
    const QString verified = openssl({"req", "-verify", "-noout", "-inform", "DER", "-in", path});
    QVERIFY2(verified.contains(QStringLiteral("verify OK")), qPrintable(verified));
    const QString text = openssl({"req", "-text", "-noout", "-inform", "DER", "-in", path});
    QVERIFY2(text.contains(QStringLiteral("ecdsa-with-SHA256")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TLS Web Server Authentication")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("pki@example.com")), qPrintable(text));
}

void TestEnrollGui::invalidCountryKeepsNextDisabled() {
    openWizardWithKey(QStringLiteral("enroll-rsa"));
    next();
    typeInto(m_wizard, "subjectCN", QStringLiteral("host"));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(m_wizard, "subjectC", QStringLiteral("GBR"));
    auto* problems = inWizard<QLabel>("subjectProblems");
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QStringLiteral("two")), qPrintable(problems->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // Nothing was made meanwhile: the wizard is still on the subject page.
    QCOMPARE(m_wizard->currentId(), int(EnrollWizard::SubjectPageId));
    typeInto(m_wizard, "subjectC", QStringLiteral("GB"));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problems->isVisible());
}

void TestEnrollGui::badAltNameKeepsNextDisabled() {
    openWizardWithKey(QStringLiteral("enroll-ec"));
    next();
    typeInto(m_wizard, "subjectCN", QStringLiteral("host"));
    next();
    auto* sanType = inWizard<QComboBox>("sanType");
    sanType->setCurrentIndex(sanType->findText(QStringLiteral("IP")));
    typeInto(m_wizard, "sanValue", QStringLiteral("10.0.0.999"));
    inWizard<QPushButton>("addSan")->click();
    auto* problems = inWizard<QLabel>("sanProblems");
    QTRY_VERIFY(problems->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto* table = inWizard<QTableWidget>("sanTable");
    table->setCurrentCell(0, 1);
    inWizard<QPushButton>("removeSan")->click();
    QCOMPARE(table->rowCount(), 0);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestEnrollGui::generatedKeyPairIsSelected() {
    openWizardWithKey(QStringLiteral("enroll-ec"));
    inWizard<QPushButton>("generateKeyPair")->click();
    auto* keyGen = m_wizard->findChild<hsm::KeyGenWizard*>(QStringLiteral("keyGenWizard"));
    QVERIFY(keyGen != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(keyGen->isVisible() && keyGen->mechanismsLoaded(), kTimeoutMs);
    auto keyGenNext = [keyGen] {
        QAbstractButton* button = keyGen->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeoutMs);
        button->click();
    };
    // The key generation wizard's defaults (an RSA pair) with a label of our own.
    keyGenNext();
    QCOMPARE(keyGen->currentId(), int(hsm::KeyGenWizard::AttributesPageId));
    typeInto(keyGen, "labelEdit", QStringLiteral("enroll-new"));
    keyGenNext();
    keyGenNext();
    QCOMPARE(keyGen->currentId(), int(hsm::KeyGenWizard::PreviewPageId));
    QAbstractButton* commit = keyGen->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(commit->isEnabled(), kTimeoutMs);
    commit->click();
    // Once the window listed the token again, the new pair is the one chosen here.
    auto* keys = inWizard<QTreeWidget>("enrollKeyList");
    QTRY_VERIFY_WITH_TIMEOUT(keys->currentItem() != nullptr &&
                                 keys->currentItem()->text(0) == QStringLiteral("enroll-new"),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kTimeoutMs);
    QVERIFY(m_wizard->key().has_value());
    QCOMPARE(m_wizard->key()->label, QStringLiteral("enroll-new"));
    keyGen->close();
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestEnrollGui>(argc, argv, "tst_enroll_gui");
}

#include "tst_enroll_gui.moc"
