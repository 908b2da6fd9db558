// The Softcards tab, offscreen, clicked as a user would: create and delete a SoftHSM2 softcard
// (it appears in, and leaves, the module tree) and an nShield one through the softcardtool stand-in.
#include "CallTrace.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "SoftHsmFixture.h"
#include "SoftcardController.h"
#include "SoftcardModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using hsm::MainWindow;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kStandin = QStringLiteral(HSMWB_SOFTCARDTOOL_STANDIN);

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

    void softhsm2CreateAndDelete() {
        auto* provider = child<QComboBox>("softcardProviderCombo");
        QCOMPARE(provider->currentData().toString(), QStringLiteral("softhsm2")); // chosen from the module
        QVERIFY(child<QLabel>("softcardLocationLabel")->text().contains(m_fixture->configPath()));
        click("refreshSoftcardsButton");
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kTimeoutMs);

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
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, kTimeoutMs);
        QVERIFY(m_fixture->run(QStringLiteral("softhsm2-util"), {QStringLiteral("--show-slots")})
                    .out.contains("GUI Softcard"));

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
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && model()->rowCount() == 1, kTimeoutMs);
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

    void nshieldErrorsShown() {
        qputenv("SOFTCARDTOOL_STANDIN_FAIL", "unreachable");
        click("refreshSoftcardsButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastErrorText().contains(QStringLiteral("Connection refused")),
                                 kTimeoutMs);
        QVERIFY(child<QLabel>("softcardStatusLabel")->text().contains(QStringLiteral("Connection refused")));
        qunsetenv("SOFTCARDTOOL_STANDIN_FAIL");
    }

private:
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
