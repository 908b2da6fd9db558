// Certificates ▸ Show chain… and ▸ Expiring certificates… in the main window, offscreen, on two real
// SoftHSM2 tokens: the chain leaf -> intermediate -> root gathered from both tokens' workers (and
// the system trust store) with ✓ on every link; a broken link with its reason in words, repaired
// by adding the issuer's file; the expiry list and the object table's Expires column.
#include "ChainController.h"
#include "ChainTestSupport.h"
#include "ChainView.h"
#include "ExpiringCertificatesModel.h"
#include "ExpiryView.h"
#include "ObjectTableModel.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QColor>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace windowtest;

namespace {
const QString kTokenA = QStringLiteral("Chain GUI A");
const QString kTokenB = QStringLiteral("Chain GUI B");

QString asn1Time(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

/// The texts of the tree's items from the top item down its first children.
QStringList pathTexts(QTreeWidget* tree, int column) {
    QStringList out;
    for (QTreeWidgetItem* item = tree->topLevelItem(0); item != nullptr;
         item = item->childCount() > 0 ? item->child(0) : nullptr)
        out << item->text(column);
    return out;
}

/// Each link as the user reads it: ✓ or ✗ from what its tooltip says (the icon shows the same), then its
/// name.
QStringList pathLinks(QTreeWidget* tree) {
    const int column = hsm::ChainView::CertificateColumn;
    QStringList out;
    for (QTreeWidgetItem* item = tree->topLevelItem(0); item != nullptr;
         item = item->childCount() > 0 ? item->child(0) : nullptr) {
        const bool valid = item->toolTip(column) == QStringLiteral("Valid");
        out << (valid ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + item->text(column);
    }
    return out;
}
} // namespace

class TestChainGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ui.closeWindow(); }
    void cleanupTestCase() {
        m_pki.reset();
        m_ui.tearDown();
    }

    void actionsAreInstalled();
    void chainAcrossTokensIsValid();
    void brokenLinkShowsReasonUntilIssuerAdded();
    void expiringCertificates();
    void objectTableMarksExpiry();

private:
    template <typename T> T* widget(const char* name) { return m_ui.widget<T>(name); }
    QTableView* table() { return widget<QTableView>("objectTable"); }
    void selectCertificate(const QString& label);
    hsm::ChainView* openChain(const QString& label);

    MainWindowHarness m_ui;
    std::unique_ptr<chaintest::Pki> m_pki;
};

void TestChainGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    m_pki = std::make_unique<chaintest::Pki>(fixture);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(chaintest::makeDemoChain(*m_pki) &&
                 m_pki->issue(QStringLiteral("notca"), QStringLiteral("Not A CA"), QStringLiteral("root"),
                              chaintest::kNotCaExt) &&
                 m_pki->issue(QStringLiteral("broken"), QStringLiteral("Broken Leaf"),
                              QStringLiteral("notca"), chaintest::kLeafExt) &&
                 m_pki->issue(QStringLiteral("old"), QStringLiteral("Old Cert"), QStringLiteral("root"),
                              chaintest::kLeafExt, {}, QStringLiteral("20230101000000Z"),
                              QStringLiteral("20240130120000Z")) &&
                 m_pki->issue(QStringLiteral("soon"), QStringLiteral("Soon Cert"), QStringLiteral("root"),
                              chaintest::kLeafExt, {}, asn1Time(now.addDays(-1)), asn1Time(now.addDays(10))),
             qPrintable(m_pki->error()));
    QVERIFY(!fixture.initToken(kTokenA).isEmpty());
    QVERIFY(!fixture.initToken(kTokenB).isEmpty());
    QVERIFY2(
        m_pki->store(kTokenB, QStringLiteral("root"), QStringLiteral("Demo Root CA"), QStringLiteral("01")) &&
            m_pki->store(kTokenB, QStringLiteral("intermediate"), QStringLiteral("Demo Intermediate CA"),
                         QStringLiteral("02")) &&
            m_pki->store(kTokenA, QStringLiteral("leaf"), QStringLiteral("Demo Leaf"),
                         QStringLiteral("03")) &&
            m_pki->store(kTokenA, QStringLiteral("broken"), QStringLiteral("Broken Leaf"),
                         QStringLiteral("04")) &&
            m_pki->store(kTokenA, QStringLiteral("old"), QStringLiteral("Old Cert"), QStringLiteral("05")) &&
            m_pki->store(kTokenA, QStringLiteral("soon"), QStringLiteral("Soon Cert"), QStringLiteral("06")),
        qPrintable(m_pki->error()));
    m_ui.createManager(300);
}

void TestChainGui::init() {
    m_ui.openWindow(SoftHsmFixture::modulePath());
    m_ui.selectToken(kTokenA);
    m_ui.waitForListing();
    QTRY_VERIFY_WITH_TIMEOUT(
        findObjectRow(table()->model(), QStringLiteral("Soon Cert"), CKO_CERTIFICATE) >= 0, kTimeoutMs);
}

void TestChainGui::selectCertificate(const QString& label) {
    QTableView* view = table();
    view->setFocus();
    view->clearSelection();
    const int row = findObjectRow(view->model(), label, CKO_CERTIFICATE);
    QVERIFY(row >= 0);
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

hsm::ChainView* TestChainGui::openChain(const QString& label) {
    selectCertificate(label);
    auto* action = widget<QAction>("showChainAction");
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    auto* view = waitForChild<hsm::ChainView>(m_ui.window(), "chainDialog");
    if (view == nullptr)
        return nullptr;
    // Every token and the trust store answered.
    auto* status = view->findChild<QLabel*>(QStringLiteral("chainStatus"));
    if (!QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("Built from")); }, kTimeoutMs))
        return nullptr;
    return view;
}

void TestChainGui::actionsAreInstalled() {
    auto* show = widget<QAction>("showChainAction");
    auto* expiring = widget<QAction>("expiringCertificatesAction");
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(!show->toolTip().isEmpty());
    QVERIFY(!show->property("accessibleName").toString().isEmpty());
    QVERIFY(!expiring->property("accessibleName").toString().isEmpty());
    auto* menu = widget<QMenu>("certificateMenu");
    QVERIFY(menu->actions().contains(show));
    QVERIFY(menu->actions().contains(expiring));
    QVERIFY(table()->actions().contains(show)); // the object table's context menu
    table()->clearSelection();
    QTRY_VERIFY(!show->isEnabled());
    selectCertificate(QStringLiteral("Demo Leaf"));
    QTRY_VERIFY(show->isEnabled());
}

void TestChainGui::chainAcrossTokensIsValid() {
    hsm::ChainView* view = openChain(QStringLiteral("Demo Leaf"));
    QVERIFY(view);
    auto* tree = view->findChild<QTreeWidget*>(QStringLiteral("chainTree"));
    QVERIFY(tree);
    QTRY_COMPARE_WITH_TIMEOUT(
        pathLinks(tree),
        (QStringList{QStringLiteral("✓ CN=Demo Leaf"), QStringLiteral("✓ CN=Demo Intermediate CA"),
                     QStringLiteral("✓ CN=Demo Root CA")}),
        kTimeoutMs);
    QCOMPARE(pathTexts(tree, hsm::ChainView::SourceColumn),
             (QStringList{QStringLiteral("token ") + kTokenA, QStringLiteral("token ") + kTokenB,
                          QStringLiteral("token ") + kTokenB}));
    QCOMPARE(pathTexts(tree, hsm::ChainView::SignatureColumn),
             (QStringList{QStringLiteral("✓"), QStringLiteral("✓"), QStringLiteral("✓")}));
    QCOMPARE(pathTexts(tree, hsm::ChainView::CaColumn),
             (QStringList{QStringLiteral("–"), QStringLiteral("✓"), QStringLiteral("✓")}));
    QVERIFY(view->chain().ok());
    // The system trust store was read too (off the GUI thread): far more candidates than the tokens hold.
    QVERIFY2(view->candidateCount() > 50, qPrintable(QString::number(view->candidateCount())));
    const QString summary = view->findChild<QLabel*>(QStringLiteral("chainSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Every link is valid")), qPrintable(summary));
    view->close();
}

void TestChainGui::brokenLinkShowsReasonUntilIssuerAdded() {
    hsm::ChainView* view = openChain(QStringLiteral("Broken Leaf"));
    QVERIFY(view);
    auto* tree = view->findChild<QTreeWidget*>(QStringLiteral("chainTree"));
    auto* details = view->findChild<QTextBrowser*>(QStringLiteral("chainDetails"));
    auto* summary = view->findChild<QLabel*>(QStringLiteral("chainSummary"));
    QCOMPARE(pathLinks(tree),
             (QStringList{QStringLiteral("✓ CN=Broken Leaf"), QStringLiteral("✗ CN=Not A CA — not found")}));
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Issuer not found: CN=Not A CA")),
             qPrintable(details->toPlainText()));

    // The user adds the issuer's file: the link is found, and says why it is not valid.
    const QString file = m_pki->pemPath(QStringLiteral("notca"));
    view->setFilePrompt([file](QWidget*) { return QStringList{file}; });
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("addChainFileButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        pathLinks(tree),
        (QStringList{QStringLiteral("✓ CN=Broken Leaf"), QStringLiteral("✗ CN=Not A CA"),
                     QStringLiteral("✓ CN=Demo Root CA")}),
        kTimeoutMs);
    QCOMPARE(tree->currentItem()->text(hsm::ChainView::CertificateColumn), QStringLiteral("CN=Not A CA"));
    QVERIFY(
        tree->currentItem()->toolTip(hsm::ChainView::CertificateColumn).contains(QStringLiteral("Not a CA")));
    QCOMPARE(tree->currentItem()->text(hsm::ChainView::CaColumn), QStringLiteral("✗"));
    QCOMPARE(tree->currentItem()->text(hsm::ChainView::SourceColumn), QStringLiteral("file ") + file);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Not a CA: basicConstraints CA:FALSE")),
             qPrintable(details->toPlainText()));
    QVERIFY2(summary->text().contains(QStringLiteral("The chain breaks at “CN=Not A CA”: Not a CA")),
             qPrintable(summary->text()));

    // A file that is not a certificate is reported, the chain stays as it was.
    const QString junk = m_ui.fixture().dir() + QStringLiteral("/junk.pem");
    QFile out(junk);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("not a certificate\n");
    out.close();
    view->addFiles({junk});
    auto* status = view->findChild<QLabel*>(QStringLiteral("chainStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("junk.pem could not be read")),
             qPrintable(status->text()));
    QCOMPARE(view->chain().links.size(), 3);
    view->close();
}

void TestChainGui::expiringCertificates() {
    widget<QAction>("expiringCertificatesAction")->trigger();
    auto* view = waitForChild<hsm::ExpiryView>(m_ui.window(), "expiryDialog");
    QVERIFY(view);
    auto* days = view->findChild<QSpinBox*>(QStringLiteral("expiryDays"));
    QCOMPARE(days->value(), 30);
    QAbstractItemModel* model = view->findChild<QTableView*>(QStringLiteral("expiryTable"))->model();
    using M = hsm::ExpiringCertificatesModel;
    // Token A's expired and soon-expiring certificates, soonest first; token B's CAs expire later.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kTimeoutMs);
    QCOMPARE(model->index(0, M::LabelColumn).data().toString(), QStringLiteral("Old Cert"));
    QCOMPARE(model->index(0, M::TokenColumn).data().toString(), kTokenA);
    QCOMPARE(model->index(0, M::DaysLeftColumn).data().toString(), QStringLiteral("expired"));
    QCOMPARE(model->index(0, M::DaysLeftColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb0, 0x00, 0x20));
    QCOMPARE(model->index(1, M::LabelColumn).data().toString(), QStringLiteral("Soon Cert"));
    QCOMPARE(model->index(1, M::SubjectColumn).data().toString(), QStringLiteral("CN=Soon Cert"));
    QVERIFY(model->index(1, M::DaysLeftColumn).data().toString().startsWith(QLatin1String("9 day")) ||
            model->index(1, M::DaysLeftColumn).data().toString().startsWith(QLatin1String("10 day")));
    QVERIFY(!model->index(1, M::DaysLeftColumn).data(Qt::ForegroundRole).isValid());

    days->setValue(400); // the year-long leaf and intermediate (token B) now too
    QTRY_COMPARE(model->rowCount(), 5);
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row)
        labels << model->index(row, M::LabelColumn).data().toString();
    QVERIFY2(labels.contains(QStringLiteral("Demo Intermediate CA")) &&
                 labels.contains(QStringLiteral("Demo Leaf")),
             qPrintable(labels.join(QLatin1Char(','))));
    view->close();
}

void TestChainGui::objectTableMarksExpiry() {
    QAbstractItemModel* model = table()->model();
    const int old = findObjectRow(model, QStringLiteral("Old Cert"), CKO_CERTIFICATE);
    const int soon = findObjectRow(model, QStringLiteral("Soon Cert"), CKO_CERTIFICATE);
    const int leaf = findObjectRow(model, QStringLiteral("Demo Leaf"), CKO_CERTIFICATE);
    QVERIFY(old >= 0 && soon >= 0 && leaf >= 0);
    const int column = hsm::ObjectTableModel::ExpiryColumn;
    QVERIFY(model->index(old, column).data().toString().startsWith(QLatin1String("2024-01-30")));
    QCOMPARE(model->index(old, column).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(model->index(old, column)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("Expired on 2024-01-30")));
    QCOMPARE(model->index(soon, column).data(Qt::ForegroundRole).value<QColor>(), QColor(0xa0, 0x5a, 0x00));
    QVERIFY2(model->index(soon, column)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QLatin1String("Expires within")),
             qPrintable(model->index(soon, column).data(Qt::ToolTipRole).toString()));
    QVERIFY(!model->index(leaf, column).data(Qt::ForegroundRole).isValid());
    QVERIFY(
        model->index(leaf, column).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Valid until")));
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestChainGui>(argc, argv, "tst_chain_gui");
}

#include "tst_chain_gui.moc"
