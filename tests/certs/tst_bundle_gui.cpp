// Certificates ▸ Check client certificate bundle… offscreen: paths typed into the dialog, Check, the
// findings with their marks, the ordered PEM written through the save seam, and a client certificate
// (with its key) taken from a SoftHSM2 token.

#include "BundleCheckController.h"
#include "BundleCheckDialog.h"
#include "BundleTestSupport.h"
#include "ObjectTableModel.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace windowtest;

namespace {

const QString kToken = QStringLiteral("Bundle GUI");
const QString kTokenCert = QStringLiteral("tok-client-cert");

/// The top-level row of the findings for the rule with id `rule`; nullptr when absent.
QTreeWidgetItem* findingItem(QTreeWidget* tree, const QString& rule) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == rule)
            return tree->topLevelItem(i);
    return nullptr;
}

/// The mark the row shows ("✓", "⚠", "✗", "–").
QString markOf(QTreeWidget* tree, const QString& rule) {
    QTreeWidgetItem* item = findingItem(tree, rule);
    return item != nullptr ? item->text(0).left(1) : QString();
}

/// Everything the row and its children say.
QString textOf(QTreeWidget* tree, const QString& rule) {
    QTreeWidgetItem* item = findingItem(tree, rule);
    if (item == nullptr)
        return {};
    QString text = item->text(0);
    for (int i = 0; i < item->childCount(); ++i)
        text += QLatin1Char('\n') + item->child(i)->text(0);
    return text;
}

} // namespace

class TestBundleGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_ui.openWindow(SoftHsmFixture::modulePath()); }
    void cleanup() { m_ui.closeWindow(); }
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionIsInstalled();
    void correctFilesAllTicked();
    void problemsMarked();
    void writeOrderedPemThroughSeam();
    void certificateFromToken();

private:
    hsm::BundleCheckDialog* openDialog();
    void fill(hsm::BundleCheckDialog* dialog, const QList<std::pair<const char*, QString>>& fields);
    /// Clicks Check and waits for the seven rows.
    QTreeWidget* runCheck(hsm::BundleCheckDialog* dialog);
    QString p(const char* name) const { return m_pki.path(QString::fromLatin1(name)); }

    MainWindowHarness m_ui;
    bundletest::TestPki m_pki;
};

void TestBundleGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    QVERIFY(m_pki.isValid());
    QVERIFY2(m_pki.make(), qPrintable(m_pki.lastError()));

    // A key pair made on the token, and a client certificate for its public key issued by the test CA.
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                           QStringLiteral("EC:prime256v1"), QStringLiteral("--id"),
                                           QStringLiteral("42"), QStringLiteral("--label"),
                                           QStringLiteral("tok-client")}));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {QStringLiteral("--read-object"), QStringLiteral("--type"),
                                           QStringLiteral("pubkey"), QStringLiteral("--id"),
                                           QStringLiteral("42"), QStringLiteral("-o"), p("tok.pub.der")}));
    QVERIFY2(m_pki.openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                            QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("tok.pub.der"),
                            QStringLiteral("-out"), QStringLiteral("tok.pub.pem")}),
             qPrintable(m_pki.lastError()));
    QVERIFY2(
        m_pki.openssl(
            {QStringLiteral("x509"),       QStringLiteral("-req"),          QStringLiteral("-in"),
             QStringLiteral("client.csr"), QStringLiteral("-force_pubkey"), QStringLiteral("tok.pub.pem"),
             QStringLiteral("-CA"),        QStringLiteral("int.pem"),       QStringLiteral("-CAkey"),
             QStringLiteral("int.key"),    QStringLiteral("-set_serial"),   QStringLiteral("42"),
             QStringLiteral("-days"),      QStringLiteral("400"),           QStringLiteral("-extfile"),
             QStringLiteral("bundle.cnf"), QStringLiteral("-extensions"),   QStringLiteral("v3_client"),
             QStringLiteral("-out"),       QStringLiteral("tokclient.pem")}),
        qPrintable(m_pki.lastError()));
    QVERIFY(m_pki.openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("tokclient.pem"),
                           QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                           QStringLiteral("tokclient.der")}));
    QVERIFY(m_pki.concat(QStringLiteral("tok-bundle.pem"),
                         {QStringLiteral("tokclient.pem"), QStringLiteral("int.pem")}));
    CHECK_TOOL(
        fixture.pkcs11Tool(kToken, {QStringLiteral("--write-object"), p("tokclient.der"),
                                    QStringLiteral("--type"), QStringLiteral("cert"), QStringLiteral("--id"),
                                    QStringLiteral("42"), QStringLiteral("--label"), kTokenCert}));
    QVERIFY(m_pki.concat(QStringLiteral("messy.pem"), {QStringLiteral("root.pem"), QStringLiteral("int.pem"),
                                                       QStringLiteral("client.pem")}));
    m_ui.createManager(300);
}

hsm::BundleCheckDialog* TestBundleGui::openDialog() {
    m_ui.widget<QAction>("bundleCheckAction")->trigger();
    return waitForChild<hsm::BundleCheckDialog>(m_ui.window(), "bundleCheckDialog");
}

void TestBundleGui::fill(hsm::BundleCheckDialog* dialog,
                         const QList<std::pair<const char*, QString>>& fields) {
    for (const char* name :
         {"clientCertPath", "clientKeyPath", "bundlePemPath", "caBundlePath", "pfxPath", "pfxPassword"})
        child<QLineEdit>(dialog, name)->clear();
    for (const auto& [name, text] : fields)
        typeInto(dialog, name, text);
}

QTreeWidget* TestBundleGui::runCheck(hsm::BundleCheckDialog* dialog) {
    auto* tree = child<QTreeWidget>(dialog, "bundleFindings");
    tree->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "runBundleCheck"), Qt::LeftButton);
    if (!QTest::qWaitFor([tree] { return tree->topLevelItemCount() == 7; }, kTimeoutMs))
        qWarning("status: %s", qPrintable(child<QLabel>(dialog, "bundleStatus")->text()));
    return tree;
}

void TestBundleGui::actionIsInstalled() {
    auto* action = m_ui.widget<QAction>("bundleCheckAction");
    QVERIFY(m_ui.widget<QMenu>("certificateMenu")->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QVERIFY(!action->toolTip().isEmpty());
    QVERIFY(!action->property("accessibleName").toString().isEmpty());
    QVERIFY(action->isEnabled()); // files need no token
    hsm::BundleCheckDialog* dialog = openDialog();
    QVERIFY(dialog);
    for (const char* name : {"clientCertPath", "clientKeyPath", "bundlePemPath", "caBundlePath", "pfxPath"}) {
        QVERIFY(!child<QLineEdit>(dialog, name)->accessibleName().isEmpty());
        QVERIFY(child<QPushButton>(dialog, (QByteArray(name) + "Browse").constData()));
    }
    QCOMPARE(child<QLineEdit>(dialog, "pfxPassword")->echoMode(), QLineEdit::Password);
    // No certificate selected on a token: the option is offered but not available.
    QVERIFY(!child<QCheckBox>(dialog, "certFromToken")->isEnabled());
}

void TestBundleGui::correctFilesAllTicked() {
    hsm::BundleCheckDialog* dialog = openDialog();
    QVERIFY(dialog);
    fill(dialog, {{"clientCertPath", p("client.pem")},
                  {"clientKeyPath", p("client.key")},
                  {"bundlePemPath", p("bundle-good.pem")},
                  {"caBundlePath", p("root.pem")},
                  {"pfxPath", p("single.pfx")},
                  {"pfxPassword", QString::fromLatin1(bundletest::kPfxPassword)}});
    QTreeWidget* tree = runCheck(dialog);
    QCOMPARE(tree->topLevelItemCount(), 7);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY2(tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("✓")),
                 qPrintable(tree->topLevelItem(i)->text(0)));
    QVERIFY(textOf(tree, QStringLiteral("bundle-order")).contains(QStringLiteral("in order")));
    const QString summary = child<QLabel>(dialog, "bundleSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("0 error(s), 0 warning(s)")) &&
                 summary.contains(bundletest::kClientName),
             qPrintable(summary));
}

void TestBundleGui::problemsMarked() {
    hsm::BundleCheckDialog* dialog = openDialog();
    QVERIFY(dialog);
    fill(dialog, {{"clientCertPath", p("client.der")},
                  {"clientKeyPath", p("server.key")},
                  {"bundlePemPath", p("bundle-root.pem")},
                  {"caBundlePath", p("root.pem")},
                  {"pfxPath", p("chain.pfx")},
                  {"pfxPassword", QString::fromLatin1(bundletest::kPfxPassword)}});
    QTreeWidget* tree = runCheck(dialog);
    QCOMPARE(tree->topLevelItemCount(), 7);
    QCOMPARE(markOf(tree, QStringLiteral("client-auth-eku")), QStringLiteral("✓"));
    QCOMPARE(markOf(tree, QStringLiteral("bundle-order")), QStringLiteral("✗"));
    QCOMPARE(markOf(tree, QStringLiteral("pem-format")), QStringLiteral("⚠"));
    QCOMPARE(markOf(tree, QStringLiteral("key-match")), QStringLiteral("✗"));
    QCOMPARE(markOf(tree, QStringLiteral("pfx-contents")), QStringLiteral("✗"));
    QCOMPARE(markOf(tree, QStringLiteral("chain-verifies")), QStringLiteral("✓"));
    const QString order = textOf(tree, QStringLiteral("bundle-order"));
    QVERIFY2(
        order.contains(QStringLiteral("The root client certificate should not be included in this file")) &&
            order.contains(QStringLiteral("What to do:")),
        qPrintable(order));
    QVERIFY(findingItem(tree, QStringLiteral("bundle-order"))->isExpanded());
    QVERIFY(!findingItem(tree, QStringLiteral("chain-verifies"))->isExpanded());
    QVERIFY(textOf(tree, QStringLiteral("pfx-contents")).contains(QStringLiteral("2 certificates")));

    // Without a client certificate: said in the dialog, nothing checked.
    fill(dialog, {{"caBundlePath", p("root.pem")}});
    tree->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "runBundleCheck"), Qt::LeftButton);
    auto* status = child<QLabel>(dialog, "bundleStatus");
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().contains(QStringLiteral("No client certificate")), kTimeoutMs);
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestBundleGui::writeOrderedPemThroughSeam() {
    hsm::BundleCheckDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* controller =
        m_ui.window()->findChild<hsm::BundleCheckController*>(QStringLiteral("bundleCheckController"));
    QVERIFY(controller);
    const QString out = p("gui-ordered.pem");
    QString suggested;
    controller->setSavePrompt(
        [&](QWidget*, const QString& suggestion, std::function<void(const QString&)> accept) {
            suggested = suggestion;
            accept(out);
        });
    // An incomplete chain is refused with the missing issuer named, and nothing is written.
    fill(dialog, {{"clientCertPath", p("client.pem")}, {"caBundlePath", p("root.pem")}});
    QTest::mouseClick(child<QPushButton>(dialog, "writeOrderedPem"), Qt::LeftButton);
    auto* status = child<QLabel>(dialog, "bundleStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(bundletest::kIntermediateName), kTimeoutMs);
    QVERIFY(!QFile::exists(out));
    QVERIFY(suggested.isEmpty()); // not even asked

    fill(dialog, {{"clientCertPath", p("client.pem")},
                  {"bundlePemPath", p("messy.pem")},
                  {"caBundlePath", p("root.pem")}});
    QTest::mouseClick(child<QPushButton>(dialog, "writeOrderedPem"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), kTimeoutMs);
    QVERIFY(!suggested.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Wrote")), kTimeoutMs);
    const QByteArray pem = m_pki.read(QStringLiteral("gui-ordered.pem"));
    QCOMPARE(pem.count("-----BEGIN CERTIFICATE-----"), 2);
    QVERIFY(pem.startsWith(m_pki.read(QStringLiteral("client.pem")).trimmed()));
    QVERIFY(!pem.contains(m_pki.read(QStringLiteral("root.pem")).trimmed()));
    // The written file passes the check in the same dialog.
    fill(dialog, {{"clientCertPath", p("client.pem")},
                  {"clientKeyPath", p("client.key")},
                  {"bundlePemPath", out},
                  {"caBundlePath", p("root.pem")}});
    QTreeWidget* tree = runCheck(dialog);
    QCOMPARE(tree->topLevelItemCount(), 7);
    QCOMPARE(markOf(tree, QStringLiteral("bundle-order")), QStringLiteral("✓"));
    QCOMPARE(markOf(tree, QStringLiteral("chain-verifies")), QStringLiteral("✓"));
}

void TestBundleGui::certificateFromToken() {
    m_ui.selectToken(kToken);
    if (!m_ui.widget<QAction>("logoutAction")->isEnabled())
        m_ui.logIn();
    m_ui.waitForListing();
    auto* table = m_ui.widget<QTableView>("objectTable");
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        (row =
             [&] {
                 for (int r = 0; r < table->model()->rowCount(); ++r)
                     if (table->model()->index(r, 0).data(hsm::ObjectTableModel::LabelRole).toString() ==
                         kTokenCert)
                         return r;
                 return -1;
             }()) >= 0,
        kTimeoutMs);
    hsm::BundleCheckDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* fromToken = child<QCheckBox>(dialog, "certFromToken");
    QVERIFY(!fromToken->isEnabled());
    table->setFocus();
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(fromToken->isEnabled(), kTimeoutMs);
    QVERIFY2(fromToken->text().contains(kTokenCert), qPrintable(fromToken->text()));
    fromToken->setChecked(true);
    auto* keyOnToken = child<QCheckBox>(dialog, "keyOnToken");
    QVERIFY(keyOnToken->isEnabled());
    keyOnToken->setChecked(true);
    QVERIFY(!child<QLineEdit>(dialog, "clientCertPath")->isEnabled());
    fill(dialog, {{"bundlePemPath", p("tok-bundle.pem")}, {"caBundlePath", p("root.pem")}});

    const int valueReadsBefore = countCalls(m_ui.trace(), QStringLiteral("C_GetAttributeValue"));
    QTreeWidget* tree = runCheck(dialog);
    QCOMPARE(tree->topLevelItemCount(), 7);
    // The certificate and the key's public key were read from the token (on its worker).
    QVERIFY(countCalls(m_ui.trace(), QStringLiteral("C_GetAttributeValue")) > valueReadsBefore);
    QCOMPARE(markOf(tree, QStringLiteral("client-auth-eku")), QStringLiteral("✓"));
    QCOMPARE(markOf(tree, QStringLiteral("bundle-order")), QStringLiteral("✓"));
    QCOMPARE(markOf(tree, QStringLiteral("chain-verifies")), QStringLiteral("✓"));
    const QString key = textOf(tree, QStringLiteral("key-match"));
    QVERIFY2(markOf(tree, QStringLiteral("key-match")) == QStringLiteral("✓") &&
                 key.contains(QStringLiteral("on the token")),
             qPrintable(key));

    // The token's certificate is not the one in another PEM file: the order rule says so.
    fill(dialog, {{"bundlePemPath", p("bundle-good.pem")}, {"caBundlePath", p("root.pem")}});
    tree = runCheck(dialog);
    QCOMPARE(tree->topLevelItemCount(), 7);
    QCOMPARE(markOf(tree, QStringLiteral("bundle-order")), QStringLiteral("✗"));
    QVERIFY(textOf(tree, QStringLiteral("bundle-order"))
                .contains(QStringLiteral("does not hold the client certificate")));
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestBundleGui>(argc, argv, "tst_bundle_gui");
}

#include "tst_bundle_gui.moc"
