// Issuing certificates in the real main window, offscreen, on a real SoftHSM2 token: a self-signed
// CA made with the self-signed dialog, then a certificate issued from an openssl CSR with that CA's
// key on the token, checked with `openssl verify`; a CSR whose signature is broken cannot be issued.
// The self-signed dialog's usages and validity reach the certificate (`openssl x509 -text`), and
// neither dialog closes while its token job runs, so a certificate already signed is not lost.
#include "CertificateController.h"
#include "IssueCertificateDialog.h"
#include "MainWindow.h"
#include "SelfSignDialog.h"
#include "SoftHsmFixture.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace windowtest;

namespace {

/// Clicks `button` of `dialog` once it is enabled; false, saying what blocks it, when it stays off.
template <typename Dialog> bool clickWhenEnabled(Dialog* dialog, const char* button) {
    auto* push = child<QPushButton>(dialog, button);
    if (!QTest::qWaitFor([&] { return push->isEnabled(); }, kTimeoutMs)) {
        qWarning("%s stays disabled: %s", button, qPrintable(dialog->blocker()));
        return false;
    }
    push->click();
    return true;
}

const QString kToken = QStringLiteral("Issue GUI");
const QString kCaSubject = QStringLiteral("Test Root CA Ω");

} // namespace

class TestIssueGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_ui.tearDown(); }

    void selfSignedCaStoredBesideKey();
    void issueFromCsrAndStore();
    void brokenCsrBlocksIssue();
    void notACaCannotIssue();
    void warningsNeedIssueAnyway();
    void selfSignUsagesAndDatesReachCertificate();
    void selfSignDaysAndCaDefaults();
    void selfSignCloseWaitsForJob();
    void issueCloseWaitsForJob();
    void failedJobKeepsDialogOpen();

private:
    hsm::CertificateController* controller() {
        return m_ui.widget<hsm::CertificateController>("certificateController");
    }
    int objectRows() { return m_ui.widget<QTableView>("objectTable")->model()->rowCount(); }
    QString openssl(const QStringList& args);
    /// Whether pkcs11-tool lists a certificate with CKA_ID `idHex` on the token.
    bool tokenHasCertificate(const char* idHex);
    /// Makes the CA certificate through the self-signed dialog unless an earlier test did.
    void ensureCa();
    /// Opens the issue dialog and waits until the CA `keyLabel` is chosen and checked.
    hsm::IssueCertificateDialog* openIssueDialog(const QString& keyLabel);
    /// Opens the self-signed dialog with `keyLabel` chosen, its algorithms read and CN `cn` typed.
    hsm::SelfSignDialog* openSelfSignDialog(const QString& keyLabel, const QString& cn);
    /// notBefore/notAfter of a PEM certificate as `openssl x509 -dates` prints them.
    std::pair<QDateTime, QDateTime> certificateDates(const QString& path);
    /// Tries every way to close `dialog` while its job runs; each must leave it open and say why.
    void tryToCloseWhileRunning(QDialog* dialog, const char* resultName);

    MainWindowHarness m_ui;
    QTemporaryDir m_tmp;
    QString m_caPath;
    QString m_csrPath;
    QString m_brokenCsrPath;
};

void TestIssueGui::initTestCase() {
    QVERIFY2(m_ui.createFixture(), qPrintable(m_ui.fixture().lastError()));
    SoftHsmFixture& fixture = m_ui.fixture();
    QVERIFY2(!fixture.initToken(kToken).isEmpty(), qPrintable(fixture.lastError()));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "EC:prime256v1", "--label", "ca-key",
                                           "--id", "a1", "--usage-sign"}));
    // A key whose certificate is no CA: it must not be able to issue.
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "RSA:2048", "--label", "plain-key",
                                           "--id", "b2", "--usage-sign"}));
    // Keys for the self-signed dialog's usage, validity and close-while-running tests.
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "EC:prime256v1", "--label",
                                           "usage-key", "--id", "d4", "--usage-sign"}));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--keypairgen", "--key-type", "EC:prime256v1", "--label",
                                           "close-key", "--id", "e5", "--usage-sign"}));
    m_caPath = m_tmp.filePath(QStringLiteral("ca.pem"));

    // The request comes from elsewhere: openssl with a software key.
    m_csrPath = m_tmp.filePath(QStringLiteral("leaf.csr"));
    CHECK_TOOL(
        fixture.run(QStringLiteral("openssl"),
                    {"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                     "-keyout", m_tmp.filePath(QStringLiteral("leaf.key")), "-subj",
                     "/O=Example/CN=leaf.example", "-addext", "subjectAltName=DNS:leaf.example,IP:192.0.2.7",
                     "-addext", "extendedKeyUsage=clientAuth", "-out", m_csrPath}));
    // The same request with one bit of its signature flipped, as DER.
    const QString der = m_tmp.filePath(QStringLiteral("leaf.der"));
    CHECK_TOOL(
        fixture.run(QStringLiteral("openssl"), {"req", "-in", m_csrPath, "-outform", "DER", "-out", der}));
    QFile file(der);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() - 5] = char(bytes.at(bytes.size() - 5) ^ 0x01);
    m_brokenCsrPath = m_tmp.filePath(QStringLiteral("broken.der"));
    QFile broken(m_brokenCsrPath);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QCOMPARE(broken.write(bytes), bytes.size());
    broken.close();

    // A CA whose certificate lacks keyCertSign (a warning, not an error): its key made by openssl and
    // written to the token, its certificate beside it with the same ID.
    const QString warnKey = m_tmp.filePath(QStringLiteral("warn.key"));
    const QString warnKeyDer = m_tmp.filePath(QStringLiteral("warn.key.der"));
    const QString warnCert = m_tmp.filePath(QStringLiteral("warn.der"));
    CHECK_TOOL(fixture.run(QStringLiteral("openssl"), {"genpkey", "-algorithm", "EC", "-pkeyopt",
                                                       "ec_paramgen_curve:P-256", "-out", warnKey}));
    CHECK_TOOL(fixture.run(QStringLiteral("openssl"),
                           {"pkey", "-in", warnKey, "-outform", "DER", "-out", warnKeyDer}));
    CHECK_TOOL(fixture.run(QStringLiteral("openssl"),
                           {"req", "-x509", "-new", "-key", warnKey, "-subj", "/CN=Warn CA", "-days", "30",
                            "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                            "keyUsage=critical,digitalSignature", "-outform", "DER", "-out", warnCert}));
    CHECK_TOOL(fixture.pkcs11Tool(kToken, {"--write-object", warnKeyDer, "--type", "privkey", "--id", "c3",
                                           "--label", "warn-ca", "--usage-sign"}));
    CHECK_TOOL(fixture.pkcs11Tool(
        kToken, {"--write-object", warnCert, "--type", "cert", "--id", "c3", "--label", "warn-ca"}));
    m_ui.createManager(0);
}

void TestIssueGui::init() {
    m_ui.openWindow(SoftHsmFixture::modulePath());
    m_ui.window()->setPinPrompt(answerPin());
    m_ui.selectToken(kToken);
    m_ui.waitForListing();
    m_ui.logIn();
    m_ui.waitForListing();
}

void TestIssueGui::cleanup() {
    m_ui.logOut();
    m_ui.closeWindow();
}

QString TestIssueGui::openssl(const QStringList& args) {
    const auto run = m_ui.fixture().run(QStringLiteral("openssl"), args);
    const QString output = QString::fromUtf8(run.out + run.err);
    if (!run.ok())
        qWarning("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(output));
    return run.ok() ? output : QString();
}

bool TestIssueGui::tokenHasCertificate(const char* idHex) {
    const auto listed = m_ui.fixture().pkcs11Tool(kToken, {"--list-objects", "--type", "cert"});
    const bool found =
        QString::fromUtf8(listed.out).contains(QStringLiteral("ID:         ") + QLatin1String(idHex));
    if (!found)
        qWarning("no certificate with ID %s: %s", idHex, listed.out.constData());
    return found;
}

void TestIssueGui::ensureCa() {
    if (QFile::exists(m_caPath))
        return;
    hsm::SelfSignDialog* dialog = openSelfSignDialog(QStringLiteral("ca-key"), kCaSubject);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->objectName(), QStringLiteral("selfSignDialog"));
    QVERIFY(dialog->isVisible());
    typeInto(dialog, "subjectC", QStringLiteral("GB"));
    typeInto(dialog, "subjectO", QStringLiteral("Example"));
    QVERIFY(child<QCheckBox>(dialog, "isCa")->isChecked());
    child<QSpinBox>(dialog, "pathLength")->setValue(1);
    typeInto(dialog, "certOutputPath", m_caPath);
    QVERIFY(child<QCheckBox>(dialog, "storeOnToken")->isChecked());
    const int rows = objectRows();
    QVERIFY(clickWhenEnabled(dialog, "createButton"));
    auto* result = child<QLabel>(dialog, "selfSignResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Written to")), kTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("beside its key")), qPrintable(result->text()));
    // The stored certificate adds a row once the window listed the token again.
    QTRY_COMPARE_WITH_TIMEOUT(objectRows(), rows + 1, kTimeoutMs);
    dialog->close();
}

hsm::IssueCertificateDialog* TestIssueGui::openIssueDialog(const QString& keyLabel) {
    QAction* action = controller()->issueAction();
    if (!QTest::qWaitFor([&] { return action->isEnabled(); }, kTimeoutMs))
        return nullptr;
    action->trigger();
    hsm::IssueCertificateDialog* dialog = controller()->issueDialog();
    if (dialog == nullptr || dialog->objectName() != QStringLiteral("issueDialog"))
        return nullptr;
    auto* cas = child<QComboBox>(dialog, "caKeyCombo");
    if (!QTest::qWaitFor([&] { return cas->findText(keyLabel, Qt::MatchStartsWith) >= 0; }, kTimeoutMs))
        return nullptr;
    cas->setCurrentIndex(cas->findText(keyLabel, Qt::MatchStartsWith));
    auto* check = child<QLabel>(dialog, "issuerProblems");
    if (!QTest::qWaitFor([&] { return !check->text().startsWith(QStringLiteral("Checking")); }, kTimeoutMs))
        return nullptr;
    return dialog;
}

void TestIssueGui::selfSignedCaStoredBesideKey() {
    ensureCa();
    QVERIFY(QFile::exists(m_caPath));
    const QString text =
        openssl({"x509", "-text", "-noout", "-nameopt", "oneline,-esc_msb", "-in", m_caPath});
    QVERIFY2(text.contains(QStringLiteral("CA:TRUE, pathlen:1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Certificate Sign")), qPrintable(text));
    QVERIFY2(text.contains(kCaSubject), qPrintable(text));
    const QString verified = openssl({"verify", "-CAfile", m_caPath, m_caPath});
    QVERIFY2(verified.contains(QStringLiteral(": OK")), qPrintable(verified));
    // On the token with the key's ID: pkcs11-tool lists a certificate with ID a1.
    QVERIFY(tokenHasCertificate("a1"));
}

void TestIssueGui::issueFromCsrAndStore() {
    ensureCa();
    hsm::IssueCertificateDialog* dialog = openIssueDialog(QStringLiteral("ca-key"));
    QVERIFY(dialog != nullptr);
    auto* check = child<QLabel>(dialog, "issuerProblems");
    QVERIFY2(check->text().contains(QStringLiteral("matches its key")), qPrintable(check->text()));
    QVERIFY2(child<QComboBox>(dialog, "caKeyCombo")->currentText().contains(kCaSubject),
             qPrintable(child<QComboBox>(dialog, "caKeyCombo")->currentText()));

    typeInto(dialog, "csrPath", m_csrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    auto* summary = child<QLabel>(dialog, "csrSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("leaf.example")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("Signature: verified")), qPrintable(summary->text()));
    // The SAN can be copied; the requested EKU is adopted as the issuer's choice.
    auto* extensions = child<QListWidget>(dialog, "copyExtensions");
    QVERIFY(extensions->count() >= 2);
    QVERIFY(child<QCheckBox>(dialog, "eku_clientAuth")->isChecked());

    const QString leaf = m_tmp.filePath(QStringLiteral("leaf.pem"));
    typeInto(dialog, "certOutputPath", leaf);
    child<QSpinBox>(dialog, "validityDays")->setValue(30);
    child<QCheckBox>(dialog, "storeOnToken")->setChecked(true);
    const int rows = objectRows();
    QVERIFY(clickWhenEnabled(dialog, "issueButton"));
    auto* result = child<QLabel>(dialog, "issueResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Written to")), kTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("Stored on the token")), qPrintable(result->text()));

    const QString verified = openssl({"verify", "-CAfile", m_caPath, leaf});
    QVERIFY2(verified.contains(QStringLiteral("leaf.pem: OK")), qPrintable(verified));
    const QString text = openssl({"x509", "-text", "-noout", "-in", leaf});
    QVERIFY2(text.contains(QStringLiteral("DNS:leaf.example")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("IP Address:192.0.2.7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TLS Web Client Authentication")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CA:FALSE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("X509v3 Authority Key Identifier")), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(objectRows(), rows + 1, kTimeoutMs);
    dialog->close();
}

void TestIssueGui::brokenCsrBlocksIssue() {
    ensureCa();
    hsm::IssueCertificateDialog* dialog = openIssueDialog(QStringLiteral("ca-key"));
    QVERIFY(dialog != nullptr);
    typeInto(dialog, "certOutputPath", m_tmp.filePath(QStringLiteral("never.pem")));
    typeInto(dialog, "csrPath", m_brokenCsrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    auto* summary = child<QLabel>(dialog, "csrSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("does not verify")), qPrintable(summary->text()));
    auto* issue = child<QPushButton>(dialog, "issueButton");
    QVERIFY(!issue->isEnabled());
    auto* blocker = child<QLabel>(dialog, "issueBlocker");
    QVERIFY(blocker->isVisible());
    QVERIFY2(blocker->text().contains(QStringLiteral("does not verify")), qPrintable(blocker->text()));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never.pem"))));

    // The good request enables it again: the block was the signature, nothing else.
    typeInto(dialog, "csrPath", m_csrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    QTRY_VERIFY2(issue->isEnabled(), qPrintable(dialog->blocker()));
    dialog->close();
}

void TestIssueGui::notACaCannotIssue() {
    // A self-signed end-entity certificate for plain-key, stored beside it.
    const QString plain = m_tmp.filePath(QStringLiteral("plain.pem"));
    hsm::SelfSignDialog* selfSign =
        openSelfSignDialog(QStringLiteral("plain-key"), QStringLiteral("not a CA"));
    QVERIFY(selfSign != nullptr);
    child<QCheckBox>(selfSign, "isCa")->setChecked(false);
    typeInto(selfSign, "certOutputPath", plain);
    QVERIFY(clickWhenEnabled(selfSign, "createButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(selfSign, "selfSignResult")->text().contains(QStringLiteral("Written")), kTimeoutMs);
    selfSign->close();
    m_ui.waitForListing();

    hsm::IssueCertificateDialog* dialog = openIssueDialog(QStringLiteral("plain-key"));
    QVERIFY(dialog != nullptr);
    typeInto(dialog, "csrPath", m_csrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    typeInto(dialog, "certOutputPath", m_tmp.filePath(QStringLiteral("refused.pem")));
    auto* check = child<QLabel>(dialog, "issuerProblems");
    QVERIFY2(check->text().contains(QStringLiteral("cannot issue")), qPrintable(check->text()));
    QVERIFY(!child<QPushButton>(dialog, "issueButton")->isEnabled());
    // Errors cannot be overridden: there is no "Issue anyway" for them.
    QVERIFY(!child<QCheckBox>(dialog, "overrideWarnings")->isVisible());
    dialog->close();
}

void TestIssueGui::warningsNeedIssueAnyway() {
    hsm::IssueCertificateDialog* dialog = openIssueDialog(QStringLiteral("warn-ca"));
    QVERIFY(dialog != nullptr);
    auto* check = child<QLabel>(dialog, "issuerProblems");
    QVERIFY2(check->text().startsWith(QStringLiteral("Warnings")), qPrintable(check->text()));
    auto* override = child<QCheckBox>(dialog, "overrideWarnings");
    QVERIFY(override->isVisible());
    typeInto(dialog, "csrPath", m_csrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    const QString out = m_tmp.filePath(QStringLiteral("warned.der"));
    typeInto(dialog, "certOutputPath", out);
    child<QRadioButton>(dialog, "outputDer")->setChecked(true);
    auto* issue = child<QPushButton>(dialog, "issueButton");
    QVERIFY(!issue->isEnabled());
    QVERIFY2(dialog->blocker().contains(QStringLiteral("Issue anyway")), qPrintable(dialog->blocker()));
    override->setChecked(true);
    QTRY_VERIFY2(issue->isEnabled(), qPrintable(dialog->blocker()));
    issue->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "issueResult")->text().contains(QStringLiteral("Written to")), kTimeoutMs);
    const QString text = openssl({"x509", "-inform", "DER", "-in", out, "-text", "-noout"});
    QVERIFY2(text.contains(QStringLiteral("Issuer: CN = Warn CA")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Subject: O = Example, CN = leaf.example")), qPrintable(text));
    dialog->close();
}

hsm::SelfSignDialog* TestIssueGui::openSelfSignDialog(const QString& keyLabel, const QString& cn) {
    QAction* action = controller()->selfSignAction();
    if (!QTest::qWaitFor([&] { return action->isEnabled(); }, kTimeoutMs))
        return nullptr;
    action->trigger();
    hsm::SelfSignDialog* dialog = controller()->selfSignDialog();
    if (dialog == nullptr)
        return nullptr;
    auto* keys = child<QComboBox>(dialog, "selfSignKeyCombo");
    if (!QTest::qWaitFor([&] { return keys->findText(keyLabel, Qt::MatchStartsWith) >= 0; }, kTimeoutMs))
        return nullptr;
    keys->setCurrentIndex(keys->findText(keyLabel, Qt::MatchStartsWith));
    auto* algorithm = child<QComboBox>(dialog, "signatureAlgorithm");
    if (!QTest::qWaitFor([&] { return algorithm->count() > 0; }, kTimeoutMs))
        return nullptr;
    typeInto(dialog, "subjectCN", cn);
    return dialog;
}

std::pair<QDateTime, QDateTime> TestIssueGui::certificateDates(const QString& path) {
    const QString dates = openssl({"x509", "-noout", "-dates", "-in", path});
    const auto parse = [&](const QString& key) {
        for (const QString& line : dates.split(QLatin1Char('\n')))
            if (line.startsWith(key + QLatin1Char('='))) {
                // "Jan  1 00:00:00 2030 GMT"
                const QString text = line.mid(key.size() + 1).simplified();
                QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
                when.setTimeSpec(Qt::UTC);
                return when;
            }
        return QDateTime();
    };
    return {parse(QStringLiteral("notBefore")), parse(QStringLiteral("notAfter"))};
}

void TestIssueGui::selfSignUsagesAndDatesReachCertificate() {
    hsm::SelfSignDialog* dialog =
        openSelfSignDialog(QStringLiteral("usage-key"), QStringLiteral("usage leaf"));
    QVERIFY(dialog != nullptr);
    // The issue dialog's fields, in the self-signed dialog too.
    for (const char* name : {"validityDays", "useDates", "notBefore", "notAfter", "ku_digitalSignature",
                             "ku_keyCertSign", "eku_clientAuth", "eku_codeSigning"})
        QVERIFY2(dialog->findChild<QWidget*>(QString::fromLatin1(name)) != nullptr, name);
    // A leaf: unticking CA drops the CA usages and leaves a signature usage.
    child<QCheckBox>(dialog, "isCa")->setChecked(false);
    QVERIFY(!child<QCheckBox>(dialog, "ku_keyCertSign")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "ku_cRLSign")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "ku_digitalSignature")->isChecked());
    child<QCheckBox>(dialog, "ku_nonRepudiation")->setChecked(true);
    child<QCheckBox>(dialog, "eku_clientAuth")->setChecked(true);
    child<QCheckBox>(dialog, "eku_codeSigning")->setChecked(true);

    child<QCheckBox>(dialog, "useDates")->setChecked(true);
    QVERIFY(!child<QSpinBox>(dialog, "validityDays")->isEnabled());
    const QDateTime notBefore(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime notAfter(QDate(2031, 6, 30), QTime(12, 0), Qt::UTC);
    // Dates in the wrong order block Create and say why.
    child<QDateTimeEdit>(dialog, "notBefore")->setDateTime(notAfter);
    child<QDateTimeEdit>(dialog, "notAfter")->setDateTime(notBefore);
    QVERIFY2(dialog->blocker().contains(QStringLiteral("Not after")), qPrintable(dialog->blocker()));
    QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
    child<QDateTimeEdit>(dialog, "notBefore")->setDateTime(notBefore);
    child<QDateTimeEdit>(dialog, "notAfter")->setDateTime(notAfter);

    const QString out = m_tmp.filePath(QStringLiteral("usage.pem"));
    typeInto(dialog, "certOutputPath", out);
    child<QCheckBox>(dialog, "storeOnToken")->setChecked(false);
    QVERIFY(clickWhenEnabled(dialog, "createButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "selfSignResult")->text().contains(QStringLiteral("Written to")), kTimeoutMs);

    const QString text = openssl({"x509", "-text", "-noout", "-in", out});
    QVERIFY2(text.contains(QStringLiteral("Digital Signature, Non Repudiation\n")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Certificate Sign")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TLS Web Client Authentication, Code Signing")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("CA:TRUE")), qPrintable(text));
    const auto [before, after] = certificateDates(out);
    QCOMPARE(before, notBefore);
    QCOMPARE(after, notAfter);
    dialog->close();
}

void TestIssueGui::selfSignDaysAndCaDefaults() {
    hsm::SelfSignDialog* dialog = openSelfSignDialog(QStringLiteral("usage-key"), QStringLiteral("usage CA"));
    QVERIFY(dialog != nullptr);
    // A CA by default: CA ticked, certificate and CRL signing, nothing else.
    QVERIFY(child<QCheckBox>(dialog, "isCa")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "ku_keyCertSign")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "ku_cRLSign")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "ku_digitalSignature")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "eku_serverAuth")->isChecked());
    child<QCheckBox>(dialog, "ku_digitalSignature")->setChecked(true);
    child<QCheckBox>(dialog, "eku_serverAuth")->setChecked(true);
    child<QSpinBox>(dialog, "validityDays")->setValue(42);
    const QString out = m_tmp.filePath(QStringLiteral("usage-ca.der"));
    typeInto(dialog, "certOutputPath", out);
    child<QRadioButton>(dialog, "outputDer")->setChecked(true);
    child<QCheckBox>(dialog, "storeOnToken")->setChecked(false);
    QVERIFY(clickWhenEnabled(dialog, "createButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "selfSignResult")->text().contains(QStringLiteral("Written to")), kTimeoutMs);

    const QString pem = m_tmp.filePath(QStringLiteral("usage-ca.pem"));
    CHECK_TOOL(
        m_ui.fixture().run(QStringLiteral("openssl"), {"x509", "-inform", "DER", "-in", out, "-out", pem}));
    const QString text = openssl({"x509", "-text", "-noout", "-in", pem});
    QVERIFY2(text.contains(QStringLiteral("CA:TRUE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Digital Signature, Certificate Sign, CRL Sign")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TLS Web Server Authentication")), qPrintable(text));
    const auto [before, after] = certificateDates(pem);
    QVERIFY2(before.isValid() && after.isValid(), qPrintable(text));
    QCOMPARE(before.secsTo(after), qint64(42) * 24 * 3600);
    dialog->close();
}

void TestIssueGui::tryToCloseWhileRunning(QDialog* dialog, const char* resultName) {
    // No event loop runs between the click and these calls: the token job cannot have finished.
    dialog->close(); // the window's close button
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Close)->click();
    QVERIFY(dialog->isVisible());
    const QString said = child<QLabel>(dialog, resultName)->text();
    QVERIFY2(said.contains(QStringLiteral("closes by itself")), qPrintable(said));
}

void TestIssueGui::selfSignCloseWaitsForJob() {
    QPointer<hsm::SelfSignDialog> dialog =
        openSelfSignDialog(QStringLiteral("close-key"), QStringLiteral("closed early"));
    QVERIFY(dialog != nullptr);
    const QString out = m_tmp.filePath(QStringLiteral("closed-early.pem"));
    typeInto(dialog, "certOutputPath", out);
    QVERIFY(child<QCheckBox>(dialog, "storeOnToken")->isChecked());
    bool writtenWhenClosed = false;
    connect(dialog, &QDialog::finished, this, [&] { writtenWhenClosed = QFile::exists(out); });
    QVERIFY(clickWhenEnabled(dialog.data(), "createButton"));
    tryToCloseWhileRunning(dialog, "selfSignResult");
    if (QTest::currentTestFailed())
        return;
    // Once the certificate is written and stored, the dialog closes as it was asked to.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeoutMs);
    QVERIFY(writtenWhenClosed);
    const QString text = openssl({"x509", "-noout", "-subject", "-in", out});
    QVERIFY2(text.contains(QStringLiteral("closed early")), qPrintable(text));
    QVERIFY(tokenHasCertificate("e5"));
}

void TestIssueGui::issueCloseWaitsForJob() {
    ensureCa();
    QPointer<hsm::IssueCertificateDialog> dialog = openIssueDialog(QStringLiteral("ca-key"));
    QVERIFY(dialog != nullptr);
    typeInto(dialog, "csrPath", m_csrPath);
    child<QPushButton>(dialog, "loadCsr")->click();
    const QString out = m_tmp.filePath(QStringLiteral("issued-closed.pem"));
    typeInto(dialog, "certOutputPath", out);
    bool writtenWhenClosed = false;
    connect(dialog, &QDialog::finished, this, [&] { writtenWhenClosed = QFile::exists(out); });
    QVERIFY(clickWhenEnabled(dialog.data(), "issueButton"));
    QVERIFY(!child<QPushButton>(dialog, "issueButton")->isEnabled()); // no second job while the first runs
    tryToCloseWhileRunning(dialog, "issueResult");
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeoutMs);
    QVERIFY(writtenWhenClosed);
    const QString verified = openssl({"verify", "-CAfile", m_caPath, out});
    QVERIFY2(verified.contains(QStringLiteral(": OK")), qPrintable(verified));
}

void TestIssueGui::failedJobKeepsDialogOpen() {
    // Writing the file fails (no such directory): a close asked for meanwhile is dropped, so the
    // user sees that the certificate was not written.
    QPointer<hsm::SelfSignDialog> dialog =
        openSelfSignDialog(QStringLiteral("usage-key"), QStringLiteral("not written"));
    QVERIFY(dialog != nullptr);
    typeInto(dialog, "certOutputPath", m_tmp.filePath(QStringLiteral("missing-dir/never.pem")));
    child<QCheckBox>(dialog, "storeOnToken")->setChecked(false);
    QVERIFY(clickWhenEnabled(dialog.data(), "createButton"));
    dialog->close();
    QVERIFY(dialog->isVisible());
    auto* result = child<QLabel>(dialog, "selfSignResult");
    QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>(dialog, "selfSignProgress")->isVisible(), kTimeoutMs);
    QTest::qWait(50); // a deferred close would have happened by now
    QVERIFY(!dialog.isNull());
    QVERIFY(dialog->isVisible());
    QVERIFY2(!result->text().contains(QStringLiteral("closes by itself")), qPrintable(result->text()));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("missing-dir/never.pem"))));
    // Now nothing runs: Close closes.
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeoutMs);
}

int main(int argc, char* argv[]) {
    return runWithPrivateSettings<TestIssueGui>(argc, argv, "tst_issue_gui");
}

#include "tst_issue_gui.moc"
