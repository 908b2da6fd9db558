// Certificates ▸ Import… in the main window, offscreen, on a real SoftHSM2 token: pick a file, see the
// preview say which key it pairs with, import, see the result and the certificate row with the key's ID.
#include "ImportController.h"
#include "ImportDialog.h"
#include "ObjectTableModel.h"
#include "SoftHsmFixture.h"
#include "TokenHelpers.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace windowtest;

namespace {
const QString kToken = QStringLiteral("GUI Import");

QStringList words(const QString& text) {
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestImportGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ui.closeWindow(); }
    void cleanupTestCase() { m_ui.tearDown(); }

    void actionIsInstalled();
    void importPairsWithKeyAndShowsRow();
    void wrongPkcs12PasswordIsShown();

private:
    template <typename T> T* widget(const char* name) { return m_ui.widget<T>(name); }
    QTableView* table() { return widget<QTableView>("objectTable"); }
    hsm::ImportDialog* openDialog() {
        widget<QAction>("importCertificatesAction")->trigger();
        return waitForChild<hsm::ImportDialog>(m_ui.window(), "importDialog");
    }
    bool openssl(const QStringList& args) {
        const auto r = m_ui.fixture().run(QStringLiteral("openssl"), args);
        if (!r.ok())
            qWarning("openssl: %s", r.err.constData());
        return r.ok();
    }
    QString path(const QString& name) const { return m_tmp.filePath(name); }

    MainWindowHarness m_ui;
    QTemporaryDir m_tmp;
};

void TestImportGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    CHECK_TOOL(
        fixture.pkcs11Tool(kToken, words(QStringLiteral("--keypairgen --key-type EC:prime256v1 --id 4242 "
                                                        "--label gui-key"))));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, words(QStringLiteral("--read-object --type pubkey --id 4242 -o %1")
                                                    .arg(path(QStringLiteral("pub.der"))))));
    QVERIFY(openssl(words(QStringLiteral("pkey -pubin -inform DER -in %1 -out %2")
                              .arg(path(QStringLiteral("pub.der")), path(QStringLiteral("pub.pem"))))));
    QVERIFY(openssl(words(QStringLiteral("req -x509 -nodes -newkey rsa:2048 -days 30 -keyout %1 -out %2")
                              .arg(path(QStringLiteral("ca.key")), path(QStringLiteral("ca.pem"))))
                    << QStringLiteral("-subj") << QStringLiteral("/CN=GUI CA")));
    QVERIFY(openssl(words(QStringLiteral("x509 -new -days 30 -force_pubkey %1 -CA %2 -CAkey %3 -out %4")
                              .arg(path(QStringLiteral("pub.pem")), path(QStringLiteral("ca.pem")),
                                   path(QStringLiteral("ca.key")), path(QStringLiteral("leaf.pem"))))
                    << QStringLiteral("-subj") << QStringLiteral("/CN=gui leaf")));
    QVERIFY(openssl(words(QStringLiteral("pkcs12 -export -in %1 -inkey %2 -out %3 -passout pass:right")
                              .arg(path(QStringLiteral("ca.pem")), path(QStringLiteral("ca.key")),
                                   path(QStringLiteral("ca.p12"))))));
    m_ui.createManager(300);
}

void TestImportGui::init() {
    m_ui.openWindow(SoftHsmFixture::modulePath());
    m_ui.selectToken(kToken);
    if (!widget<QAction>("logoutAction")->isEnabled())
        m_ui.logIn();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QAction>("logoutAction")->isEnabled(), kTimeoutMs);
    m_ui.waitForListing();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > 0, kTimeoutMs);
}

void TestImportGui::actionIsInstalled() {
    auto* action = widget<QAction>("importCertificatesAction");
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!action->toolTip().isEmpty());
    QVERIFY(!action->property("accessibleName").toString().isEmpty());
    QVERIFY(widget<QMenu>("certificateMenu")->actions().contains(action));
    QVERIFY(action->isEnabled());
}

void TestImportGui::importPairsWithKeyAndShowsRow() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    auto* controller = m_ui.window()->findChild<hsm::ImportController*>(QStringLiteral("importController"));
    QVERIFY(controller);
    QSignalSpy previews(controller, &hsm::ImportController::previewFinished);
    QSignalSpy finished(controller, &hsm::ImportController::finished);

    // A PEM file: no password field.
    auto* fileEdit = dialog->findChild<QLineEdit*>(QStringLiteral("importFileEdit"));
    QVERIFY(fileEdit);
    dialog->setFilePath(path(QStringLiteral("leaf.pem")));
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("importPasswordEdit"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(previews.size(), 1, kTimeoutMs);
    const QString preview =
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("importPreviewText"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("CN=gui leaf")) &&
                 preview.contains(QStringLiteral("pairs with key “gui-key”")),
             qPrintable(preview));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRunButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(finished.first().at(0).toBool());
    const QString result = dialog->findChild<QLabel*>(QStringLiteral("importResultText"))->text();
    QVERIFY2(result.contains(QStringLiteral("paired with key “gui-key”")), qPrintable(result));

    // The object table lists the certificate with the key's label and ID.
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        (row = findObjectRow(table()->model(), QStringLiteral("gui-key"), CKO_CERTIFICATE)) >= 0, kTimeoutMs);
    QCOMPARE(table()->model()->index(row, 0).data(hsm::ObjectTableModel::IdHexRole).toString(),
             QStringLiteral("4242"));

    // The same file again: already present.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRunButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("importResultText"))
                 ->text()
                 .contains(QStringLiteral("Already present")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("importResultText"))->text()));
    dialog->close();
}

void TestImportGui::wrongPkcs12PasswordIsShown() {
    auto* dialog = openDialog();
    QVERIFY(dialog);
    auto* controller = m_ui.window()->findChild<hsm::ImportController*>(QStringLiteral("importController"));
    QSignalSpy finished(controller, &hsm::ImportController::finished);
    QSignalSpy previews(controller, &hsm::ImportController::previewFinished);
    const int rows = table()->model()->rowCount();
    typeInto(dialog, "importFileEdit", path(QStringLiteral("ca.p12")));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("importPasswordEdit"))->isVisible());
    typeInto(dialog, "importPasswordEdit", QStringLiteral("wrong"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRunButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(!finished.first().at(0).toBool());
    const QString result = dialog->findChild<QLabel*>(QStringLiteral("importResultText"))->text();
    QVERIFY2(result.contains(QStringLiteral("Wrong PKCS#12 password")), qPrintable(result));
    QCOMPARE(table()->model()->rowCount(), rows);

    // The right password: the CA's key and certificate are created.
    typeInto(dialog, "importPasswordEdit", QStringLiteral("right"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importRunButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("importResultText"))->text()));
    QTRY_VERIFY_WITH_TIMEOUT(findObjectRow(table()->model(), QStringLiteral("GUI CA"), CKO_PRIVATE_KEY) >= 0,
                             kTimeoutMs);
    QVERIFY(findObjectRow(table()->model(), QStringLiteral("GUI CA"), CKO_CERTIFICATE) >= 0);
    dialog->close();
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestImportGui>(argc, argv, "tst_import_gui");
}

#include "tst_import_gui.moc"
