// Key generation stall benchmark: the real main window (offscreen by default) on a fresh SoftHSM2
// token generates an RSA key pair through the key generation wizard, as a user clicks it. Prints the
// generation time (click on Generate until the result is shown), the module's own C_GenerateKeyPair
// time from the call trace, and the worst event-loop stall meanwhile (a 1 ms precise timer records
// the largest gap between its ticks). A program that prints figures, not a timed test.
//
//   bench_keygen_stall [--bits 4096] [--runs 3]
#include "BenchToken.h"
#include "CallTrace.h"
#include "KeyGenController.h"
#include "KeyGenWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "SecureBuffer.h"
#include "ViewsResources.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>

using bench::spinUntil;

namespace {

void spin(int ms) {
    spinUntil([] { return false; }, ms);
}

int fail(const QString& what) {
    std::fprintf(stderr, "bench_keygen_stall: %s\n", qPrintable(what));
    return 1;
}

/// Records the largest gap between the ticks of a 1 ms precise timer while it runs.
class StallMeter {
public:
    StallMeter() {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 gap = m_sinceTick.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, gap);
            m_over16 += gap > 16'000'000 ? 1 : 0;
            ++m_ticks;
            m_sinceTick.restart();
        });
    }
    void start() {
        m_worstNs = 0;
        m_over16 = 0;
        m_ticks = 0;
        m_sinceTick.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    [[nodiscard]] double worstMs() const { return double(m_worstNs) / 1e6; }
    [[nodiscard]] int over16() const { return m_over16; }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_worstNs = 0;
    int m_over16 = 0;
    int m_ticks = 0;
};

qint64 lastCallNs(const hsm::CallTrace& trace, const QString& function) {
    const QList<hsm::CallRecord> records = trace.snapshot();
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        if (it->function == function)
            return it->durationNs;
    return -1;
}

template <typename T> T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

/// Clicks through the wizard up to its preview page: RSA of `bits`, the given label.
QString fillWizard(hsm::KeyGenWizard* wizard, int bits, const QString& label) {
    auto* kinds = child<QComboBox>(wizard, "keyKindCombo");
    auto* sizes = child<QComboBox>(wizard, "keySizeCombo");
    auto* other = child<QSpinBox>(wizard, "keySizeSpin");
    if (!kinds || !sizes || !other)
        return QStringLiteral("wizard widgets not found");
    if (!spinUntil([&] { return kinds->count() > 0; }, 30000))
        return QStringLiteral("the token's mechanisms never arrived");
    const int rsa = kinds->findText(QStringLiteral("RSA"));
    if (rsa < 0)
        return QStringLiteral("the token offers no RSA");
    kinds->setCurrentIndex(rsa);
    const int size = sizes->findData(QVariant::fromValue<qulonglong>(bits));
    if (size >= 0) {
        sizes->setCurrentIndex(size);
    } else {
        sizes->setCurrentIndex(sizes->findData(QVariant::fromValue<qulonglong>(0)));
        other->setValue(bits);
        if (other->value() != bits)
            return QStringLiteral("%1 bits is outside the mechanism's range %2..%3")
                .arg(bits)
                .arg(other->minimum())
                .arg(other->maximum());
    }
    for (int page = 0; page < 3; ++page) {
        if (page == 1)
            child<QLineEdit>(wizard, "labelEdit")->setText(label);
        QAbstractButton* next = wizard->button(QWizard::NextButton);
        if (!next->isEnabled())
            return QStringLiteral("Next is disabled on page %1").arg(wizard->currentId());
        next->click();
    }
    if (wizard->currentId() != hsm::KeyGenWizard::PreviewPageId)
        return QStringLiteral("the preview page was not reached");
    return {};
}

} // namespace

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HSM Workbench benchmarks"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("RSA key generation through the wizard: event-loop stall."));
    parser.addHelpOption();
    const QCommandLineOption bitsOption(QStringLiteral("bits"), QStringLiteral("RSA modulus length."),
                                        QStringLiteral("BITS"), QStringLiteral("4096"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Generations, one after another."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({bitsOption, runsOption});
    parser.process(app);
    const int bits = parser.value(bitsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    hsm::registerMetaTypes();
    hsm::initViewsResources();
    QTemporaryDir dir;
    if (auto r = bench::prepareConfig(dir.path()); !r)
        return fail(r.error().text());
    if (auto r = bench::initToken(dir.path()); !r)
        return fail(r.error().text());

    hsm::CallTrace trace;
    hsm::ModuleManager manager(&trace);
    manager.setPollInterval(0);
    hsm::MainWindow window(&manager, &trace);
    window.resize(1400, 860);
    window.setPinPrompt([](QWidget*, const hsm::TokenInfo&) {
        hsm::LoginRequest request;
        request.pin = std::make_shared<hsm::SecureBuffer>(bench::kUserPin, std::strlen(bench::kUserPin));
        return std::optional<hsm::LoginRequest>(std::move(request));
    });
    window.show();
    spin(300);
    auto* login = window.findChild<QAction*>(QStringLiteral("loginAction"));
    auto* logout = window.findChild<QAction*>(QStringLiteral("logoutAction"));
    auto* generate = window.findChild<QAction*>(QStringLiteral("generateKeyAction"));
    auto* controller = window.findChild<hsm::KeyGenController*>(QStringLiteral("keyGenController"));
    if (!login || !logout || !generate || !controller)
        return fail(
            QStringLiteral("loginAction, generateKeyAction or the key generation controller not found"));

    window.addUserModule(QStringLiteral(HSMWB_SOFTHSM_MODULE));
    if (!spinUntil([&] { return window.currentToken().has_value() && login->isEnabled(); }, 60000))
        return fail(QStringLiteral("the bench token was never selected"));
    login->trigger();
    if (!spinUntil([&] { return logout->isEnabled(); }, 60000))
        return fail(QStringLiteral("login failed: %1").arg(window.lastErrorText()));
    spin(500);

    StallMeter meter;
    meter.start();
    spin(1000);
    meter.stop();
    const double idleStall = meter.worstMs();

    std::printf("RSA-%d through the wizard, %d run(s); idle event loop's worst stall: %.1f ms\n", bits, runs,
                idleStall);
    double worstOverall = 0;
    for (int run = 1; run <= runs; ++run) {
        generate->trigger();
        hsm::KeyGenWizard* wizard = controller->wizard();
        if (wizard == nullptr)
            return fail(QStringLiteral("the wizard did not open"));
        if (const QString problem = fillWizard(wizard, bits, QStringLiteral("bench-rsa-%1").arg(run));
            !problem.isEmpty())
            return fail(problem);
        QAbstractButton* commit = wizard->button(QWizard::CommitButton);
        if (!commit->isEnabled())
            return fail(QStringLiteral("Generate is disabled"));
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        auto* result = child<QPlainTextEdit>(wizard, "resultText");

        QElapsedTimer clock;
        meter.start();
        clock.start();
        commit->click();
        const bool done = spinUntil(
            [&] { return finish->isEnabled() && wizard->currentId() == hsm::KeyGenWizard::RunPageId; },
            600000);
        const qint64 elapsedMs = clock.elapsed();
        meter.stop();
        if (!done)
            return fail(QStringLiteral("the generation did not finish within 10 minutes"));
        const QString text = result->toPlainText();
        if (text.count(QStringLiteral("pkcs11:")) != 2)
            return fail(QStringLiteral("the generation failed: %1").arg(text));
        const qint64 moduleNs = lastCallNs(trace, QStringLiteral("C_GenerateKeyPair"));
        std::printf("run %d: generation %lld ms (C_GenerateKeyPair %.0f ms); worst event-loop stall %.1f ms "
                    "(target <= 100 ms); %d of %d timer gaps over 16 ms\n",
                    run, static_cast<long long>(elapsedMs), double(moduleNs) / 1e6, meter.worstMs(),
                    meter.over16(), meter.ticks());
        std::fflush(stdout);
        worstOverall = std::max(worstOverall, meter.worstMs());
        finish->click();
        spin(200);
    }
    std::printf("worst event-loop stall over all runs: %.1f ms\n", worstOverall);
    return 0;
}
