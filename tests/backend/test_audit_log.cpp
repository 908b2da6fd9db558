// Administrative changes leave one line each in the "admin" log channel, whether they worked or
// not, and never a PIN. Checked on real SoftHSM2 tokens through the same backend functions the GUI
// and the CLI call.
#include "KeyGenerator.h"
#include "KeySpec.h"
#include "Logging.h"
#include "ObjectAdmin.h"
#include "ObjectLister.h"
#include "SoftHsmFixture.h"
#include "TokenAdmin.h"
#include "TokenHelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace hsm;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QStringList m_lines;

    QStringList adminLines() const {
        QStringList lines;
        for (const QString& line : m_lines)
            if (line.startsWith(QLatin1String("admin: ")))
                lines << line;
        return lines;
    }

private slots:
    void initTestCase() {
        logging::init(QString()); // no file: the LogHub sink alone
        connect(&LogHub::instance(), &LogHub::lineLogged, this, [this](const LogLine& line) {
            m_lines << QStringLiteral("%1: %2").arg(line.logger, line.text);
        });
    }

    void init() { m_lines.clear(); }

    void keyGenerationAndDeletionAreLogged() {
        SoftHsmFixture fixture;
        fixture.initToken(QStringLiteral("audit"));
        tokentest::OpenedToken opened = tokentest::openToken(QStringLiteral("audit"), {.loginUser = true});
        QVERIFY2(opened.ok(), qPrintable(opened.error));

        Result<keygen::KeySpec> spec = keygen::parseKeyType(QStringLiteral("aes:256"));
        CHECK_OK(spec);
        spec->label = QStringLiteral("audited-aes");
        Result<keygen::GenerationResult> generated =
            keygen::generate(*opened.session, opened.token, *spec, keygen::buildTemplates(*spec));
        CHECK_OK(generated);
        QTRY_COMPARE(adminLines().size(), 1);
        QVERIFY2(adminLines().first().contains(QLatin1String("aes:256")) &&
                     adminLines().first().contains(QLatin1String("audited-aes")) &&
                     adminLines().first().contains(QLatin1String(": done")),
                 qPrintable(adminLines().first()));

        Result<QList<ObjectSummary>> listed = listAllObjects(*opened.session, opened.token);
        CHECK_OK(listed);
        QCOMPARE(listed->size(), 1);
        const objects::DeleteReport report = objects::deleteObjects(*opened.session, listed.value());
        QVERIFY(report.complete());
        QTRY_COMPARE(adminLines().size(), 2);
        QVERIFY2(adminLines().at(1).startsWith(QLatin1String("admin: deleted")) &&
                     adminLines().at(1).contains(QLatin1String("audited-aes")),
                 qPrintable(adminLines().at(1)));
    }

    void failedPinChangeIsLoggedWithoutPins() {
        SoftHsmFixture fixture;
        fixture.initToken(QStringLiteral("audit-pin"));
        tokentest::OpenedToken opened = tokentest::openToken(QStringLiteral("audit-pin"));
        QVERIFY2(opened.ok(), qPrintable(opened.error));

        const SecureBuffer wrongOld = tokentest::testPin("999999");
        const SecureBuffer newPin = tokentest::testPin("654321");
        QVERIFY(!tokenadmin::changePin(*opened.session, &wrongOld, &newPin).ok());
        const SecureBuffer rightOld = tokentest::testPin(SoftHsmFixture::kUserPin);
        CHECK_OK(tokenadmin::changePin(*opened.session, &rightOld, &newPin));

        QTRY_COMPARE(adminLines().size(), 2);
        QVERIFY2(adminLines().at(0).contains(QLatin1String("changing the user PIN")) &&
                     adminLines().at(0).contains(QLatin1String("CKR_PIN_INCORRECT")),
                 qPrintable(adminLines().at(0)));
        QVERIFY2(adminLines().at(1).contains(QLatin1String("changing the user PIN")) &&
                     adminLines().at(1).endsWith(QLatin1String(": done")),
                 qPrintable(adminLines().at(1)));
        for (const QString& line : m_lines)
            for (const char* pin : {"999999", "654321", SoftHsmFixture::kUserPin})
                QVERIFY2(!line.contains(QLatin1String(pin)), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
