// Listing speed and memory on a SoftHSM2 token of many objects: a minimal C loop (a), the
// backend's listAllObjects (b) and pkcs11-tool -O (c). Prints medians, b/a, b/c and the peak RSS
// growth of (b). Usage: bench_listing [--dir DIR] [--objects N] [--runs N] [--reuse]
#include "BenchToken.h"
#include "Module.h"
#include "ObjectLister.h"
#include "RawListing.h"
#include "SecureBuffer.h"
#include "Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

const QString kModule = QStringLiteral(HSMWB_SOFTHSM_MODULE);

void say(const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& what) {
    std::fputs(qPrintable(QStringLiteral("bench_listing: %1\n").arg(what)), stderr);
    return 1;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

// kB from /proc/self/status ("VmRSS:", "VmHWM:").
long statusKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(std::strlen(field)))
                .trimmed()
                .split(' ')
                .value(0)
                .toLong();
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the next peak belongs to what runs next.
bool resetPeak() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

std::optional<hsm::SlotInfo> findBenchSlot(const hsm::Module& module) {
    auto slotList = module.slotList();
    if (!slotList)
        return std::nullopt;
    for (const hsm::SlotInfo& slot : slotList.value())
        if (slot.token && slot.token->label == QLatin1String(bench::kTokenLabel))
            return slot;
    return std::nullopt;
}

// pkcs11-tool -O with login; returns wall milliseconds, or -1 when it fails or sees another count.
double timePkcs11Tool(int expected, QString* error) {
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("pkcs11-tool"),
                  {QStringLiteral("--module"), kModule, QStringLiteral("--token-label"),
                   QString::fromLatin1(bench::kTokenLabel), QStringLiteral("--login"),
                   QStringLiteral("--pin"), QString::fromLatin1(bench::kUserPin), QStringLiteral("-O")});
    QByteArray out;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
            break;
    }
    process.waitForFinished(-1);
    out += process.readAllStandardOutput();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pkcs11-tool failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    int objects = 0;
    for (const QByteArray& line : out.split('\n'))
        if (line.contains(" Object;") || line.startsWith("Data object"))
            ++objects;
    if (objects != expected) {
        *error = QStringLiteral("pkcs11-tool listed %1 objects, expected %2").arg(objects).arg(expected);
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Listing benchmark on a SoftHSM2 token."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Token folder (default: temporary)."), QStringLiteral("DIR"));
    const QCommandLineOption objectsOption(QStringLiteral("objects"), QStringLiteral("Objects on the token."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per variant (median)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Reuse the token in DIR when it has the right object count."));
    parser.addOptions({dirOption, objectsOption, runsOption, reuseOption});
    parser.process(app);

    const int objectCount = parser.value(objectsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (objectCount <= 0)
        return fail(QStringLiteral("--objects must be a positive number"));
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (auto r = bench::prepareConfig(folder); !r)
        return fail(r.error().text());
    const bench::Mix mix = bench::mixFor(objectCount);

    // (a) first: the raw loop decides whether an existing token can be reused.
    bench::RawListing raw;
    QString error;
    bool reuse = parser.isSet(reuseOption) && QFile::exists(folder + QStringLiteral("/tokens"));
    std::shared_ptr<hsm::Module> module;
    std::optional<hsm::SlotInfo> slot;
    if (reuse) {
        auto loaded = hsm::Module::load(kModule, QStringLiteral("softhsm2"));
        if (!loaded)
            return fail(loaded.error().text());
        module = loaded.value();
        slot = findBenchSlot(*module);
        if (slot && raw.open(kModule, &error) && raw.login(slot->id, bench::kUserPin, &error)) {
            const long existing = raw.list();
            raw.close();
            reuse = existing == objectCount;
            if (!reuse)
                say(QStringLiteral("token has %1 objects, not %2: recreating it")
                        .arg(existing)
                        .arg(objectCount));
        } else {
            reuse = false;
        }
        if (!reuse) {
            slot.reset();
            module.reset(); // C_Finalize, so SoftHSM2 rereads the token folder
        }
    }
    if (!reuse) {
        say(QStringLiteral(
                "creating %1 objects in %2 (%3 data, %4 certificates, %5 AES keys, %6 EC P-256 pairs)")
                .arg(objectCount)
                .arg(folder)
                .arg(mix.data)
                .arg(mix.certificates)
                .arg(mix.aesKeys)
                .arg(mix.ecPairs));
        if (auto r = bench::initToken(folder); !r)
            return fail(r.error().text());
        auto loaded = hsm::Module::load(kModule, QStringLiteral("softhsm2"));
        if (!loaded)
            return fail(loaded.error().text());
        module = loaded.value();
        slot = findBenchSlot(*module);
        if (!slot)
            return fail(QStringLiteral("the bench token was not found after softhsm2-util --init-token"));
        QElapsedTimer timer;
        timer.start();
        if (auto r = bench::fillToken(module, slot->id, mix); !r)
            return fail(r.error().text());
        say(QStringLiteral("created in %1 s").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    } else {
        say(QStringLiteral("reusing the token of %1 objects in %2").arg(objectCount).arg(folder));
    }

    if (!raw.open(kModule, &error) || !raw.login(slot->id, bench::kUserPin, &error))
        return fail(error);
    auto opened = hsm::Session::open(module, slot->id, false);
    if (!opened)
        return fail(opened.error().text());
    hsm::Session& session = opened.value();
    {
        const hsm::SecureBuffer pin(bench::kUserPin, std::strlen(bench::kUserPin));
        if (auto login = session.login(CKU_USER, &pin);
            !login && login.error().rv != CKR_USER_ALREADY_LOGGED_IN)
            return fail(login.error().text());
    }
    const hsm::TokenInfo token = *slot->token;

    // Warm-up: SoftHSM2 loads its object cache on first use; neither variant should pay for that.
    if (raw.list() != objectCount)
        return fail(QStringLiteral("the minimal loop did not see %1 objects").arg(objectCount));

    // Peak memory of one backend listing, its result kept alive until the peak is read.
    const bool peakReset = resetPeak();
    const long rssBefore = statusKb("VmRSS:");
    long hwmAfter = 0;
    {
        auto listed = hsm::listAllObjects(session, token);
        if (!listed)
            return fail(listed.error().text());
        if (listed->size() != objectCount)
            return fail(QStringLiteral("listAllObjects saw %1 objects, expected %2")
                            .arg(listed->size())
                            .arg(objectCount));
        hwmAfter = statusKb("VmHWM:");
    }

    QList<double> rawMs, backendMs, toolMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const long count = raw.list();
        rawMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (count != objectCount)
            return fail(QStringLiteral("the minimal loop saw %1 objects").arg(count));

        timer.start();
        auto listed = hsm::listAllObjects(session, token);
        backendMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!listed || listed->size() != objectCount)
            return fail(listed ? QStringLiteral("listAllObjects saw %1 objects").arg(listed->size())
                               : listed.error().text());
    }
    raw.close();
    for (int run = 0; run < runs; ++run) {
        const double ms = timePkcs11Tool(objectCount, &error);
        if (ms < 0)
            return fail(error);
        toolMs << ms;
    }

    const double a = median(rawMs), b = median(backendMs), c = median(toolMs);
    say(QStringLiteral("objects: %1, runs: %2 (medians)").arg(objectCount).arg(runs));
    say(QStringLiteral("(a) minimal C loop (FindObjects x256, 1 GetAttributeValue/object): %1 ms")
            .arg(a, 0, 'f', 1));
    say(QStringLiteral("(b) hsm::listAllObjects (all listing columns):                  %1 ms")
            .arg(b, 0, 'f', 1));
    say(QStringLiteral("(c) pkcs11-tool -O --login (wall time, incl. process start):      %1 ms")
            .arg(c, 0, 'f', 1));
    say(QStringLiteral("b/a = %1 (target <= 1.5)   b/c = %2 (target < 1)")
            .arg(a > 0 ? b / a : 0.0, 0, 'f', 2)
            .arg(c > 0 ? b / c : 0.0, 0, 'f', 2));
    if (peakReset && rssBefore > 0 && hwmAfter > 0)
        say(QStringLiteral("peak RSS growth during (b): %1 MB (target < 30 MB)")
                .arg(static_cast<double>(hwmAfter - rssBefore) / 1024.0, 0, 'f', 1));
    else
        say(QStringLiteral(
            "peak RSS growth during (b): not measurable here (/proc/self/clear_refs unavailable)"));
    return 0;
}
