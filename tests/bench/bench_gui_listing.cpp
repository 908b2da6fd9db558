// GUI listing benchmark: the real main window (offscreen by default) lists a token of N objects.
// Prints the time to the first rows, the time to the last, the worst event-loop stall while the
// listing runs (a 1 ms precise timer records the largest gap between its ticks) and the memory the
// listing costs above the idle application. A program that prints figures, not a timed test.
//
//   bench_gui_listing --dir /tmp/bench10k --objects 10000 [--reuse]   (--reuse: the token bench_listing made)
#include "BenchToken.h"
#include "CallTrace.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModuleManager.h"
#include "ObjectLister.h"
#include "SecureBuffer.h"
#include "Session.h"
#include "ViewsResources.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <cstring>

using bench::spinUntil;

namespace {

/// VmRSS from /proc/self/status, in kB.
long residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void spin(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int fail(const QString& what) {
    std::fprintf(stderr, "bench_gui_listing: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Its own settings, so the module it adds is not remembered in the user's real configuration.
    QCoreApplication::setOrganizationName(QStringLiteral("HSM Workbench benchmarks"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI listing benchmark on a SoftHSM2 token."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Token folder (default: temporary)."), QStringLiteral("DIR"));
    const QCommandLineOption objectsOption(QStringLiteral("objects"), QStringLiteral("Objects on the token."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Use the token already in DIR (made by bench_listing)."));
    parser.addOptions({dirOption, objectsOption, reuseOption});
    parser.process(app);
    const int objects = parser.value(objectsOption).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);

    hsm::registerMetaTypes();
    hsm::initViewsResources();
    const bench::Mix mix = bench::mixFor(objects);
    if (auto r = bench::prepareConfig(dir); !r)
        return fail(r.error().text());
    // Reuse a token bench_listing (or an earlier run) made in this folder; otherwise make one.
    const bool haveToken =
        QFile::exists(dir + QStringLiteral("/.bench-objects-") + QString::number(mix.total())) ||
        (parser.isSet(reuseOption) &&
         !QDir(dir + QStringLiteral("/tokens")).isEmpty(QDir::Dirs | QDir::NoDotAndDotDot));
    if (!haveToken) {
        std::printf("creating a token of %d objects in %s (once)…\n", mix.total(), qPrintable(dir));
        std::fflush(stdout);
        if (auto r = bench::initToken(dir); !r)
            return fail(r.error().text());
        auto module = hsm::Module::load(QStringLiteral(HSMWB_SOFTHSM_MODULE));
        if (!module)
            return fail(module.error().text());
        auto ids = (*module)->slotIds(true);
        if (!ids || ids->isEmpty())
            return fail(QStringLiteral("no token slot"));
        if (auto r = bench::fillToken(*module, ids->first(), mix); !r)
            return fail(r.error().text());
        QFile marker(dir + QStringLiteral("/.bench-objects-") + QString::number(mix.total()));
        (void)marker.open(QIODevice::WriteOnly);
    }

    // The module's own memory for the token (SoftHSM2 keeps every object in memory once read) is not
    // the listing's cost: load it and read every object once here, before "idle" is measured. The
    // window's manager then finds the module already initialised and shares that state.
    auto warm = hsm::Module::load(QStringLiteral(HSMWB_SOFTHSM_MODULE));
    if (!warm)
        return fail(warm.error().text());
    {
        auto ids = (*warm)->slotIds(true);
        if (!ids || ids->isEmpty())
            return fail(QStringLiteral("no token slot"));
        auto session = hsm::Session::open(*warm, ids->first(), false);
        if (!session)
            return fail(session.error().text());
        const hsm::SecureBuffer pin(bench::kUserPin, std::strlen(bench::kUserPin));
        if (auto r = session->login(CKU_USER, &pin); !r)
            return fail(r.error().text());
        auto all = hsm::listAllObjects(*session, {});
        if (!all)
            return fail(all.error().text());
        (void)session->logout();
    }

    hsm::CallTrace trace;
    hsm::ModuleManager manager(&trace);
    hsm::MainWindow window(&manager, &trace);
    window.resize(1400, 860);
    window.setPinPrompt([](QWidget*, const hsm::TokenInfo&) {
        hsm::LoginRequest request;
        request.pin = std::make_shared<hsm::SecureBuffer>(bench::kUserPin, std::strlen(bench::kUserPin));
        return std::optional<hsm::LoginRequest>(std::move(request));
    });
    window.show();
    spin(500);
    const long idleKb = residentKb();

    auto* table = window.findChild<QTableView*>(QStringLiteral("objectTable"));
    auto* login = window.findChild<QAction*>(QStringLiteral("loginAction"));
    if (table == nullptr || login == nullptr)
        return fail(QStringLiteral("objectTable or loginAction not found"));
    QAbstractItemModel* rows = table->model();

    // The window selects the first token by itself and lists its public objects.
    window.addUserModule(QStringLiteral(HSMWB_SOFTHSM_MODULE));
    if (!spinUntil([&] { return window.currentToken().has_value() && rows->rowCount() > 0; }, 120000))
        return fail(QStringLiteral("the token's public objects never appeared"));
    spin(1000);
    const int publicRows = rows->rowCount();

    // Logging in lists everything again: that listing is what we measure.
    qint64 worstGapNs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worstGapNs = std::max(worstGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    bool sawEmpty = false;
    sinceTick.start();
    ticker.start();
    clock.start();
    login->trigger();
    const bool complete = spinUntil(
        [&] {
            const int n = rows->rowCount();
            if (n == 0 || n < publicRows)
                sawEmpty = true;
            if (sawEmpty && n > 0 && firstRowsMs < 0)
                firstRowsMs = clock.elapsed();
            return n >= mix.total();
        },
        600000);
    const qint64 allRowsMs = clock.elapsed();
    ticker.stop();
    if (!complete)
        return fail(QStringLiteral("listing did not reach %1 rows (%2 shown)")
                        .arg(mix.total())
                        .arg(rows->rowCount()));
    spin(300);
    const long afterKb = residentKb();

    std::printf("objects: %d (public before login: %d)\n", rows->rowCount(), publicRows);
    std::printf("first rows after login shown after: %lld ms\n", static_cast<long long>(firstRowsMs));
    std::printf("all rows shown after:               %lld ms\n", static_cast<long long>(allRowsMs));
    std::printf("worst event-loop stall during it:   %.1f ms (target <= 100 ms)\n", double(worstGapNs) / 1e6);
    std::printf("memory above idle application:      %.1f MB (idle, module loaded and warm: %.1f MB; after: "
                "%.1f MB; target < 30 MB)\n",
                double(afterKb - idleKb) / 1024.0, double(idleKb) / 1024.0, double(afterKb) / 1024.0);
    return 0;
}
