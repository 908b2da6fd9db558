// The key generation wizard in the real main window, offscreen, on a real SoftHSM2 token reached
// through the fault shim (which forwards to SoftHSM2 and slows chosen calls when told to).
#include "KeyGenController.h"
#include "KeyGenWizard.h"
#include "KeySpec.h"
#include "MainWindow.h"
#include "SoftHsmFixture.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <memory>

using hsm::KeyGenWizard;
using hsm::MainWindow;
using namespace windowtest;

namespace {

const QString kToken = QStringLiteral("Keygen GUI");

QStringList comboTexts(const QComboBox* combo) {
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestKeyGenWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() {
        m_ui.openWindow(SoftHsmFixture::faultModulePath());
        m_ui.window()->setPinPrompt(answerPin());
        m_ui.selectToken(kToken);
        m_ui.waitForListing();
    }
    void cleanup() {
        m_ui.fixture().setFaults(QByteArray());
        if (m_wizard) {
            m_wizard->close();
            m_wizard = nullptr;
        }
        // The worker keeps its login across windows: start every test logged out.
        m_ui.logOut();
        m_ui.closeWindow();
    }
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionIsInstalled();
    void offersOnlySupportedKinds();
    void sizesLimitedToRange();
    void previewShowsExactTemplates();
    void invalidHexIdBlocks();
    void duplicateLabelWarns();
    void nShieldViolationsBlockBeforeSending();
    void loginNeeded();
    void generateRsaPairAndAesByClicking();
    void generateEveryOfferedKind();
    void abandonKeepsPairComplete();
    void templateErrorRetriesOnlyWithConsent();
    void screenshots();

private:
    template <typename T> T* inWindow(const char* name) { return m_ui.widget<T>(name); }
    template <typename T> T* inWizard(const char* name) { return child<T>(m_wizard, name); }

    void logIn() {
        m_ui.logIn();
        m_ui.waitForListing();
    }
    /// Opens the wizard and waits for the mechanism list.
    void openWizard();
    void chooseKind(const QString& name);
    void chooseSize(qulonglong size);
    void next();
    /// From the kind page to the preview page with `label` (profile left as chosen unless given).
    void toPreview(const QString& kind, qulonglong size, const QString& label, const QString& profileId = {});
    void closeWizard();
    /// Generates through the open wizard (on the preview page) and waits for the outcome.
    void generate();
    int objectRows() { return inWindow<QTableView>("objectTable")->model()->rowCount(); }
    /// Lists the token again and waits for the listing to finish.
    void relist();

    MainWindowHarness m_ui;
    KeyGenWizard* m_wizard = nullptr;
};

void TestKeyGenWizard::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    QVERIFY(fixture.setFaults(QByteArray()));
    // An existing key whose label the duplicate check finds.
    const auto made = fixture.pkcs11Tool(kToken, {QStringLiteral("--keygen"), QStringLiteral("--key-type"),
                                                  QStringLiteral("AES:16"), QStringLiteral("--label"),
                                                  QStringLiteral("existing-aes"), QStringLiteral("--id"),
                                                  QStringLiteral("09")});
    QVERIFY2(made.ok(), made.err.constData());
    m_ui.createManager(0);
}

void TestKeyGenWizard::relist() {
    inWindow<QAction>("refreshAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!inWindow<QWidget>("listingLabel")->isHidden(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(inWindow<QWidget>("listingLabel")->isHidden(), kTimeoutMs);
}

void TestKeyGenWizard::openWizard() {
    auto* action = inWindow<QAction>("generateKeyAction");
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
    action->trigger();
    auto* controller = inWindow<hsm::KeyGenController>("keyGenController");
    QVERIFY(controller->wizard() != nullptr);
    m_wizard = controller->wizard();
    QCOMPARE(m_wizard->objectName(), QStringLiteral("keyGenWizard"));
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!m_wizard->isModal()); // the window stays usable
    QTRY_VERIFY_WITH_TIMEOUT(inWizard<QComboBox>("keyKindCombo")->count() > 0, kTimeoutMs);
}

void TestKeyGenWizard::chooseKind(const QString& name) {
    auto* kinds = inWizard<QComboBox>("keyKindCombo");
    const int index = kinds->findText(name);
    QVERIFY2(index >= 0, qPrintable(comboTexts(kinds).join(QLatin1Char(','))));
    kinds->setCurrentIndex(index);
}

void TestKeyGenWizard::chooseSize(qulonglong size) {
    auto* sizes = inWizard<QComboBox>("keySizeCombo");
    const int index = sizes->findData(QVariant::fromValue<qulonglong>(size));
    if (index >= 0) {
        sizes->setCurrentIndex(index);
        return;
    }
    sizes->setCurrentIndex(sizes->findData(QVariant::fromValue<qulonglong>(0)));
    auto* other = inWizard<QSpinBox>("keySizeSpin");
    QVERIFY(other->isVisibleTo(m_wizard));
    other->setValue(static_cast<int>(size));
    QCOMPARE(other->value(), static_cast<int>(size));
}

void TestKeyGenWizard::next() {
    QAbstractButton* button = m_wizard->button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    const int before = m_wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_wizard->currentId() != before);
}

void TestKeyGenWizard::toPreview(const QString& kind, qulonglong size, const QString& label,
                                 const QString& profileId) {
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::KindPageId));
    chooseKind(kind);
    if (size != 0)
        chooseSize(size);
    next();
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::AttributesPageId));
    auto* labelEdit = inWizard<QLineEdit>("labelEdit");
    labelEdit->clear();
    QTest::keyClicks(labelEdit, label);
    next();
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::ProfilePageId));
    if (!profileId.isEmpty()) {
        auto* profiles = inWizard<QComboBox>("profileCombo");
        const int index = profiles->findData(profileId);
        QVERIFY(index >= 0);
        profiles->setCurrentIndex(index);
        emit profiles->activated(index); // as when the user picks it
    }
    next();
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::PreviewPageId));
}

void TestKeyGenWizard::generate() {
    QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(commit->isEnabled(), kTimeoutMs);
    QCOMPARE(commit->text().remove(QLatin1Char('&')), QStringLiteral("Generate"));
    QTest::mouseClick(commit, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::RunPageId));
}

void TestKeyGenWizard::closeWizard() {
    m_wizard->close();
    m_wizard = nullptr;
}

void TestKeyGenWizard::actionIsInstalled() {
    auto* action = inWindow<QAction>("generateKeyAction");
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    QVERIFY(!action->toolTip().isEmpty());
    QCOMPARE(action->property("accessibleName").toString(), QStringLiteral("Generate key"));
    QVERIFY(inWindow<QMenu>("tokenMenu")->actions().contains(action));
    auto* toolBar = inWindow<QToolBar>("mainToolBar");
    QWidget* button = toolBar->widgetForAction(action);
    QVERIFY(button != nullptr);
    QCOMPARE(button->accessibleName(), QStringLiteral("Generate key"));
    QVERIFY(action->isEnabled()); // a token is selected
    // Ctrl+G opens the wizard.
    QTest::keyClick(m_ui.window(), Qt::Key_G, Qt::ControlModifier);
    auto* controller = inWindow<hsm::KeyGenController>("keyGenController");
    QTRY_VERIFY_WITH_TIMEOUT(controller->wizard() != nullptr && controller->wizard()->isVisible(),
                             kTimeoutMs);
    controller->wizard()->close();
    // No token selected: nothing to generate on.
    auto* tree = inWindow<QTreeView>("moduleTree");
    tree->selectionModel()->setCurrentIndex(tree->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY_WITH_TIMEOUT(!m_ui.window()->currentToken().has_value(), kTimeoutMs);
    QVERIFY(!action->isEnabled());
}

void TestKeyGenWizard::offersOnlySupportedKinds() {
    // What the token lists, read by the window's own Mechanisms tab (a separate path from the wizard's).
    auto* mechanisms = inWindow<QTableView>("mechanismTable")->model();
    QTRY_VERIFY_WITH_TIMEOUT(mechanisms->rowCount() > 10, kTimeoutMs);
    QSet<QString> listed;
    for (int row = 0; row < mechanisms->rowCount(); ++row)
        listed << mechanisms->index(row, 0).data().toString();
    QSet<QString> expected;
    const QList<std::pair<QString, QString>> generators = {
        {QStringLiteral("CKM_RSA_PKCS_KEY_PAIR_GEN"), QStringLiteral("RSA")},
        {QStringLiteral("CKM_EC_KEY_PAIR_GEN"), QStringLiteral("EC")},
        {QStringLiteral("CKM_EC_EDWARDS_KEY_PAIR_GEN"), QStringLiteral("Ed25519")},
        {QStringLiteral("CKM_AES_KEY_GEN"), QStringLiteral("AES")},
        {QStringLiteral("CKM_GENERIC_SECRET_KEY_GEN"), QStringLiteral("Generic secret")}};
    for (const auto& [mechanism, kind] : generators)
        if (listed.contains(mechanism))
            expected << kind;
    // HMAC keys: the SHA-2 key generators, or generic secret keys used with the listed HMAC.
    for (const QString& bits : {QStringLiteral("256"), QStringLiteral("384"), QStringLiteral("512")})
        if (listed.contains(QStringLiteral("CKM_SHA%1_KEY_GEN").arg(bits)) ||
            (listed.contains(QStringLiteral("CKM_GENERIC_SECRET_KEY_GEN")) &&
             listed.contains(QStringLiteral("CKM_SHA%1_HMAC").arg(bits))))
            expected << QStringLiteral("HMAC-SHA%1").arg(bits);
    QVERIFY(expected.contains(QStringLiteral("RSA")) && expected.contains(QStringLiteral("AES")));

    openWizard();
    auto* kinds = inWizard<QComboBox>("keyKindCombo");
    const QStringList offered = comboTexts(kinds);
    QCOMPARE(QSet<QString>(offered.begin(), offered.end()), expected);
    QCOMPARE(offered.size(), expected.size()); // each once
    QVERIFY(inWizard<QLabel>("mechanismStatus")->text().contains(QString::number(expected.size())));
}

void TestKeyGenWizard::sizesLimitedToRange() {
    auto* mechanisms = inWindow<QTableView>("mechanismTable")->model();
    QTRY_VERIFY_WITH_TIMEOUT(mechanisms->rowCount() > 10, kTimeoutMs);
    const QModelIndexList rsaRows =
        mechanisms->match(mechanisms->index(0, 0), Qt::DisplayRole,
                          QStringLiteral("CKM_RSA_PKCS_KEY_PAIR_GEN"), 1, Qt::MatchExactly);
    QVERIFY(!rsaRows.isEmpty());
    const int rsaMin = mechanisms->index(rsaRows.first().row(), 2).data().toInt();
    const int rsaMax = mechanisms->index(rsaRows.first().row(), 3).data().toInt();
    QVERIFY2(rsaMin > 0 && rsaMax > rsaMin, qPrintable(QStringLiteral("%1..%2").arg(rsaMin).arg(rsaMax)));

    openWizard();
    chooseKind(QStringLiteral("RSA"));
    auto* sizes = inWizard<QComboBox>("keySizeCombo");
    auto* other = inWizard<QSpinBox>("keySizeSpin");
    QVERIFY(sizes->isVisibleTo(m_wizard));
    QVERIFY(!inWizard<QComboBox>("curveCombo")->isVisibleTo(m_wizard));
    QVERIFY(sizes->findData(QVariant::fromValue<qulonglong>(2048)) >= 0);
    QVERIFY(sizes->findData(QVariant::fromValue<qulonglong>(4096)) >= 0);
    for (int i = 0; i < sizes->count(); ++i) {
        const qulonglong size = sizes->itemData(i).toULongLong();
        QVERIFY2(size == 0 || (size >= qulonglong(rsaMin) && size <= qulonglong(rsaMax)),
                 qPrintable(sizes->itemText(i)));
    }
    QVERIFY(!other->isVisibleTo(m_wizard));
    sizes->setCurrentIndex(sizes->findData(QVariant::fromValue<qulonglong>(0))); // "Other size…"
    QVERIFY(other->isVisibleTo(m_wizard));
    QCOMPARE(other->minimum(), rsaMin);
    QCOMPARE(other->maximum(), rsaMax);
    other->setValue(3000);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    // Out of range cannot be typed in: the box keeps to the mechanism's limits.
    other->setValue(rsaMax + 1024);
    QCOMPARE(other->value(), rsaMax);

    // AES: exactly the three AES lengths, no other size.
    chooseKind(QStringLiteral("AES"));
    QStringList aes;
    for (int i = 0; i < sizes->count(); ++i)
        aes << sizes->itemData(i).toString();
    QCOMPARE(aes, (QStringList{QStringLiteral("128"), QStringLiteral("192"), QStringLiteral("256")}));
    QVERIFY(!other->isVisibleTo(m_wizard));

    // EC: curves instead of sizes, the NIST curves first.
    chooseKind(QStringLiteral("EC"));
    QVERIFY(!sizes->isVisibleTo(m_wizard));
    auto* curves = inWizard<QComboBox>("curveCombo");
    QVERIFY(curves->isVisibleTo(m_wizard));
    QCOMPARE(curves->itemText(0), QStringLiteral("P-256"));
    QVERIFY(curves->findText(QStringLiteral("P-384")) >= 0);
    QVERIFY(curves->findText(QStringLiteral("P-521")) >= 0);
}

void TestKeyGenWizard::previewShowsExactTemplates() {
    openWizard();
    toPreview(QStringLiteral("AES"), 256, QStringLiteral("preview-aes"));
    const QString aes = inWizard<QPlainTextEdit>("previewText")->toPlainText();
    QVERIFY2(aes.contains(QStringLiteral("CKA_VALUE_LEN = 32")), qPrintable(aes));
    QVERIFY2(aes.contains(QStringLiteral("CKM_AES_KEY_GEN")), qPrintable(aes));
    QVERIFY(aes.contains(QStringLiteral("preview-aes")));
    QVERIFY(!aes.contains(QStringLiteral("CKA_MODULUS_BITS")));
    // Exactly what will be sent: the templates the generation page builds from the same spec.
    QCOMPARE(aes, hsm::keygen::formatTemplates(
                      hsm::keygen::buildTemplates(m_wizard->spec(), m_wizard->mechanisms())));
    QCOMPARE(m_wizard->spec().bits, CK_ULONG(256));
    closeWizard();

    openWizard();
    toPreview(QStringLiteral("RSA"), 2048, QStringLiteral("preview-rsa"));
    const QString rsa = inWizard<QPlainTextEdit>("previewText")->toPlainText();
    QVERIFY2(rsa.contains(QStringLiteral("CKA_MODULUS_BITS = 2048")), qPrintable(rsa));
    QVERIFY(rsa.contains(QStringLiteral("Public key template")));
    QVERIFY(rsa.contains(QStringLiteral("Private key template")));
    QCOMPARE(rsa, hsm::keygen::formatTemplates(
                      hsm::keygen::buildTemplates(m_wizard->spec(), m_wizard->mechanisms())));
    // Back to change the size: the preview follows.
    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(KeyGenWizard::KindPageId));
    chooseSize(3072);
    next();
    next();
    next();
    QVERIFY(inWizard<QPlainTextEdit>("previewText")
                ->toPlainText()
                .contains(QStringLiteral("CKA_MODULUS_BITS = 3072")));
    QCOMPARE(inWizard<QLineEdit>("labelEdit")->text(), QStringLiteral("preview-rsa")); // kept
}

void TestKeyGenWizard::invalidHexIdBlocks() {
    openWizard();
    chooseKind(QStringLiteral("AES"));
    next();
    auto* id = inWizard<QLineEdit>("idEdit");
    auto* error = inWizard<QLabel>("idError");
    QTest::keyClicks(inWizard<QLineEdit>("labelEdit"), QStringLiteral("hex-check"));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(id, QStringLiteral("zz12"));
    QVERIFY(error->isVisibleTo(m_wizard));
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    id->clear();
    QTest::keyClicks(id, QStringLiteral("0A:1b"));
    QVERIFY(!error->isVisibleTo(m_wizard));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next();
    QCOMPARE(m_wizard->spec().id, QByteArray::fromHex("0a1b"));
}

void TestKeyGenWizard::duplicateLabelWarns() {
    logIn(); // the existing key is private
    QTRY_VERIFY_WITH_TIMEOUT(
        rowsWithText(inWindow<QTableView>("objectTable")->model(), QStringLiteral("existing-aes")) == 1,
        kTimeoutMs);
    openWizard();
    chooseKind(QStringLiteral("AES"));
    next();
    auto* warning = inWizard<QLabel>("duplicateLabelWarning");
    QTest::keyClicks(inWizard<QLineEdit>("labelEdit"), QStringLiteral("existing-aes"));
    QVERIFY(warning->isVisibleTo(m_wizard));
    QVERIFY(warning->text().contains(QStringLiteral("already")));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled()); // warned, allowed
    QTest::keyClick(inWizard<QLineEdit>("labelEdit"), Qt::Key_Backspace);
    QVERIFY(!warning->isVisibleTo(m_wizard));
}

void TestKeyGenWizard::nShieldViolationsBlockBeforeSending() {
    logIn();
    const int before = objectRows();
    const int pairCalls = countCalls(m_ui.trace(), QStringLiteral("C_GenerateKeyPair"));
    const int keyCalls = countCalls(m_ui.trace(), QStringLiteral("C_GenerateKey"));

    // An RSA key under the nShield Web Services profile: the family makes only AES and HMAC keys.
    openWizard();
    toPreview(QStringLiteral("RSA"), 2048, QStringLiteral("nshield-rsa"), QStringLiteral("nshield-wsop"));
    auto* violations = inWizard<QListWidget>("violationList");
    QVERIFY(violations->count() >= 1);
    QVERIFY(violations->isVisibleTo(m_wizard));
    bool anError = false;
    for (int i = 0; i < violations->count(); ++i)
        anError = anError || violations->item(i)->data(Qt::UserRole).toBool();
    QVERIFY(anError);
    QVERIFY(violations->item(0)->text().startsWith(QStringLiteral("Error: ")));
    QVERIFY(violations->item(0)->text().contains(QStringLiteral("Hint: ")));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(
        inWizard<QLabel>("violationSummary")->text().contains(QStringLiteral("nothing can be generated")));
    closeWizard();

    // An AES key whose label has '&', which the nShield tools cannot handle.
    openWizard();
    toPreview(QStringLiteral("AES"), 256, QStringLiteral("a&b"), QStringLiteral("nshield-wsop"));
    violations = inWizard<QListWidget>("violationList");
    QVERIFY(violations->count() >= 1);
    bool labelRule = false;
    for (int i = 0; i < violations->count(); ++i)
        labelRule = labelRule || (violations->item(i)->data(Qt::UserRole).toBool() &&
                                  violations->item(i)->text().contains(QStringLiteral("CKA_LABEL")));
    QVERIFY2(labelRule, qPrintable(violations->item(0)->text()));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    // Fixing the label (Back) lifts the block.
    m_wizard->back();
    m_wizard->back();
    auto* label = inWizard<QLineEdit>("labelEdit");
    label->clear();
    QTest::keyClicks(label, QStringLiteral("a-and-b"));
    next();
    next();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::CommitButton)->isEnabled(), kTimeoutMs);
    QVERIFY(!inWizard<QCheckBox>("acceptWarningsCheck")->isVisibleTo(m_wizard));

    // A "should" of the guide (AES keys should encrypt) only warns: generation waits for the user's consent.
    m_wizard->back();
    m_wizard->back();
    inWizard<QCheckBox>("encryptCheck")->setChecked(false);
    next();
    next();
    violations = inWizard<QListWidget>("violationList");
    QCOMPARE(violations->count(), 1);
    QVERIFY(!violations->item(0)->data(Qt::UserRole).toBool());
    QVERIFY2(violations->item(0)->text().startsWith(QStringLiteral("Warning: ")) &&
                 violations->item(0)->text().contains(QStringLiteral("CKA_ENCRYPT")),
             qPrintable(violations->item(0)->text()));
    auto* accept = inWizard<QCheckBox>("acceptWarningsCheck");
    QVERIFY(accept->isVisibleTo(m_wizard));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    accept->setChecked(true);
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    closeWizard();

    // Nothing was sent, nothing created.
    QCOMPARE(countCalls(m_ui.trace(), QStringLiteral("C_GenerateKeyPair")), pairCalls);
    QCOMPARE(countCalls(m_ui.trace(), QStringLiteral("C_GenerateKey")), keyCalls);
    relist();
    QCOMPARE(objectRows(), before);
}

void TestKeyGenWizard::loginNeeded() {
    m_ui.logOut();
    openWizard();
    auto* notice = inWizard<QWidget>("kindLoginNotice");
    QVERIFY(notice->isVisibleTo(m_wizard));
    QVERIFY(inWizard<QLabel>("kindLoginText")->text().contains(QStringLiteral("log in")));
    toPreview(QStringLiteral("AES"), 128, QStringLiteral("after-login"));
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(inWizard<QWidget>("previewLoginNotice")->isVisibleTo(m_wizard));
    if (qEnvironmentVariableIsSet("HSMWB_KEYGEN_SCREENSHOTS"))
        QVERIFY(m_wizard->grab().save(QDir::temp().filePath(QStringLiteral("keygen-4-preview-login.png"))));
    // The wizard's button triggers the window's login (the PIN prompt seam answers).
    QTest::mouseClick(inWizard<QPushButton>("previewLoginButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::CommitButton)->isEnabled(), kTimeoutMs);
    QVERIFY(!inWizard<QWidget>("previewLoginNotice")->isVisibleTo(m_wizard));
    QVERIFY(inWindow<QAction>("logoutAction")->isEnabled());
}

void TestKeyGenWizard::generateRsaPairAndAesByClicking() {
    logIn();
    auto* table = inWindow<QTableView>("objectTable")->model();
    const int before = table->rowCount();

    openWizard();
    toPreview(QStringLiteral("RSA"), 2048, QStringLiteral("clicked-rsa"));
    generate();
    QVERIFY(inWizard<QProgressBar>("generateProgress")->isVisibleTo(m_wizard));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
    const QString rsaResult = inWizard<QPlainTextEdit>("resultText")->toPlainText();
    QCOMPARE(rsaResult.count(QStringLiteral("pkcs11:")), 2);
    QVERIFY2(rsaResult.contains(QStringLiteral("object=clicked-rsa")), qPrintable(rsaResult));
    // No ID given: the SHA-1 of the public key, 20 bytes.
    QVERIFY2(QRegularExpression(QStringLiteral("ID: [0-9a-f]{40}\\b")).match(rsaResult).hasMatch(),
             qPrintable(rsaResult));
    QVERIFY(!inWizard<QPushButton>("abandonButton")->isEnabled());
    // Both halves appear in the object table.
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(table, QStringLiteral("clicked-rsa")), 2, kTimeoutMs);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    m_wizard = nullptr;

    openWizard();
    toPreview(QStringLiteral("AES"), 256, QStringLiteral("clicked-aes"));
    generate();
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
    const QString aesResult = inWizard<QPlainTextEdit>("resultText")->toPlainText();
    QCOMPARE(aesResult.count(QStringLiteral("pkcs11:")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(table, QStringLiteral("clicked-aes")), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before + 3, kTimeoutMs);
    // And pkcs11-tool sees them with their labels.
    const auto listed = m_ui.fixture().pkcs11Tool(kToken, {QStringLiteral("--list-objects")});
    QVERIFY(listed.ok());
    QCOMPARE(listed.out.count("label:      clicked-rsa"), 2);
    QCOMPARE(listed.out.count("label:      clicked-aes"), 1);
    QVERIFY(listed.out.contains("AES length 32"));
}

void TestKeyGenWizard::generateEveryOfferedKind() {
    logIn();
    auto* table = inWindow<QTableView>("objectTable")->model();
    openWizard();
    const QStringList kinds = comboTexts(inWizard<QComboBox>("keyKindCombo"));
    closeWizard();
    QVERIFY(kinds.size() >= 4);
    for (const QString& kind : kinds) {
        const QString label =
            QStringLiteral("every-%1").arg(kind).replace(QLatin1Char(' '), QLatin1Char('-'));
        openWizard();
        toPreview(kind, 0, label); // the kind's default size or curve
        generate();
        QTRY_VERIFY2_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), qPrintable(kind),
                                  60000);
        const QString result = inWizard<QPlainTextEdit>("resultText")->toPlainText();
        const bool pair = kind == QStringLiteral("RSA") || kind == QStringLiteral("EC") ||
                          kind == QStringLiteral("Ed25519");
        QVERIFY2(result.count(QStringLiteral("pkcs11:")) == (pair ? 2 : 1),
                 qPrintable(kind + QLatin1Char('\n') + result));
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(table, label), pair ? 2 : 1, kTimeoutMs);
        closeWizard();
    }
}

void TestKeyGenWizard::abandonKeepsPairComplete() {
    logIn();
    auto* table = inWindow<QTableView>("objectTable")->model();
    openWizard();
    toPreview(QStringLiteral("RSA"), 2048, QStringLiteral("abandoned-rsa"));
    QVERIFY(m_ui.fixture().setFaults("delay=C_GenerateKeyPair:2000\n"));
    generate();
    auto* abandon = inWizard<QPushButton>("abandonButton");
    QVERIFY(abandon->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    // Wait until the module is inside C_GenerateKeyPair (the shim sleeps there), then abandon.
    QTest::qWait(600);
    QVERIFY2(!m_wizard->button(QWizard::FinishButton)->isEnabled(), "the generation was not slowed down");
    // The window is usable meanwhile: its actions respond.
    QVERIFY(inWindow<QAction>("copyUriAction")->isEnabled());
    QTest::mouseClick(abandon, Qt::LeftButton);
    QVERIFY(!abandon->isEnabled());
    QVERIFY(inWizard<QLabel>("runStatus")->text().startsWith(QStringLiteral("Abandoned")));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    const QString result = inWizard<QPlainTextEdit>("resultText")->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("Abandoned while the module was generating: ")),
             qPrintable(result));
    QVERIFY2(inWizard<QLabel>("runStatus")->text().startsWith(QStringLiteral("Abandoned: ")),
             qPrintable(inWizard<QLabel>("runStatus")->text()));
    // The pair is complete: both halves, with the same ID.
    QCOMPARE(result.count(QStringLiteral("pkcs11:")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(table, QStringLiteral("abandoned-rsa")), 2, kTimeoutMs);
    const auto listed = m_ui.fixture().pkcs11Tool(kToken, {QStringLiteral("--list-objects")});
    QVERIFY(listed.ok());
    QCOMPARE(listed.out.count("label:      abandoned-rsa"), 2);
}

void TestKeyGenWizard::templateErrorRetriesOnlyWithConsent() {
    logIn();
    auto* table = inWindow<QTableView>("objectTable")->model();
    // The module refuses CKA_EXTRACTABLE (0x162) with CKR_ATTRIBUTE_VALUE_INVALID.
    QVERIFY(m_ui.fixture().setFaults("reject_attribute=0x162:0x13\n"));
    auto question = [this]() -> QMessageBox* {
        QMessageBox* box = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_wizard->findChild<QMessageBox*>(QStringLiteral("relaxQuestion"))) &&
                    box->isVisible(),
                kTimeoutMs);
        }();
        return box;
    };

    // Declined: nothing generated, the error is shown (window and page).
    openWizard();
    toPreview(QStringLiteral("AES"), 128, QStringLiteral("relax-declined"));
    generate();
    QMessageBox* box = question();
    QVERIFY(box != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("CKR_ATTRIBUTE_VALUE_INVALID")));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), kTimeoutMs);
    QVERIFY(inWizard<QLabel>("runStatus")->text().contains(QStringLiteral("not generated")));
    QVERIFY(inWizard<QPlainTextEdit>("resultText")->toPlainText().contains(QStringLiteral("C_GenerateKey")));
    QVERIFY(m_ui.window()->lastErrorText().contains(QStringLiteral("C_GenerateKey")));
    closeWizard();
    relist();
    QCOMPARE(rowsWithText(table, QStringLiteral("relax-declined")), 0);

    // Accepted: generated without the refused attribute, and the user is told which it was.
    openWizard();
    toPreview(QStringLiteral("AES"), 128, QStringLiteral("relax-accepted"));
    generate();
    box = question();
    QVERIFY(box != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), kTimeoutMs);
    const QString result = inWizard<QPlainTextEdit>("resultText")->toPlainText();
    QVERIFY2(
        result.contains(QStringLiteral("Left out so that the module accepted the template: CKA_EXTRACTABLE")),
        qPrintable(result));
    QVERIFY(inWizard<QLabel>("runStatus")->text().contains(QStringLiteral("without CKA_EXTRACTABLE")));
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(table, QStringLiteral("relax-accepted")), 1, kTimeoutMs);
}

void TestKeyGenWizard::screenshots() {
    logIn();
    openWizard();
    const bool save = qEnvironmentVariableIsSet("HSMWB_KEYGEN_SCREENSHOTS");
    auto shoot = [&](const QString& name) {
        QApplication::processEvents();
        const QPixmap pixmap = m_wizard->grab();
        QVERIFY(!pixmap.isNull());
        if (save)
            QVERIFY(pixmap.save(QDir::temp().filePath(QStringLiteral("keygen-%1.png").arg(name))));
    };
    chooseKind(QStringLiteral("RSA"));
    chooseSize(3000);
    shoot(QStringLiteral("1-kind"));
    chooseSize(4096);
    next();
    QTest::keyClicks(inWizard<QLineEdit>("labelEdit"), QStringLiteral("existing-aes"));
    QTest::keyClicks(inWizard<QLineEdit>("idEdit"), QStringLiteral("xy"));
    shoot(QStringLiteral("2-attributes"));
    inWizard<QLineEdit>("idEdit")->clear();
    next();
    auto* profiles = inWizard<QComboBox>("profileCombo");
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("nshield-wsop")));
    emit profiles->activated(profiles->currentIndex());
    shoot(QStringLiteral("3-profile"));
    next();
    shoot(QStringLiteral("4-preview-violations"));
    closeWizard();

    openWizard();
    toPreview(QStringLiteral("AES"), 256, QStringLiteral("nshield-aes"), QStringLiteral("nshield-wsop"));
    shoot(QStringLiteral("4-preview-nshield-aes"));
    if (save) {
        QFile text(QDir::temp().filePath(QStringLiteral("keygen-preview-nshield-aes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(inWizard<QPlainTextEdit>("previewText")->toPlainText().toUtf8());
        text.write("\n--- profile check ---\n");
        text.write(inWizard<QLabel>("violationSummary")->text().toUtf8() + '\n');
        auto* violations = inWizard<QListWidget>("violationList");
        for (int i = 0; i < violations->count(); ++i)
            text.write(violations->item(i)->text().toUtf8() + '\n');
    }
    m_ui.fixture().setFaults("delay=C_GenerateKey:1500\n");
    generate();
    QTest::qWait(300);
    shoot(QStringLiteral("5-running"));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    shoot(QStringLiteral("5-done"));
}

QTEST_MAIN(TestKeyGenWizard)
#include "tst_keygenwizard.moc"
