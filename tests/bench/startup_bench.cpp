// Cold start of the app to the first frame of the plan home, with plans of 500,
// 2,000 and 5,000 goals and steps opened the keychain way (a raw 256-bit key, so
// no KDF), next to an anchor measured in the same run: a bare Qt Quick list of
// the same number of items (a ListView of their titles, no store, no app), also
// a fresh process to its first frame. Samen and anchor runs alternate, so a busy
// neighbour on a shared machine does not land on one side only; figures are
// medians. Also the resident memory after Samen's first frame.
// Prints figures; not a test. Aims: issue 4 (< 500 ms, < 150 MB at 500 items),
// issue 18 (< 250 ms at 5,000 items).
// Usage: samen_startup_bench [--runs N] [--sizes 500,2000,5000] [--baseline OTHER] [--keep DIR]
//   --baseline: also times OTHER (this benchmark built from another commit, e.g. before a
//   change) opening the same plans, in the same alternating runs: before and after side by side.
//   --keep DIR: writes the plans to DIR/items-N and keeps them (to profile one start:
//   perf record samen_startup_bench --child DIR/items-5000).
#include "domain/demoplan.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"
#include "ui/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(Samen_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)

namespace {

constexpr int kDemoItems = 8; // goals and steps of Robin's demo plan itself

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/** Reports the first frame of window, then quits. phases: what the child timed before, for the report line. */
int runToFirstFrame(QGuiApplication &app, QQmlApplicationEngine &engine, bool unlocked, const QByteArray &phases = {})
{
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 4;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&app, window, unlocked, phases] {
        QObject::disconnect(window, &QQuickWindow::frameSwapped, &app, nullptr);
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const double cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        std::printf("FIRST_FRAME rss_kib=%ld unlocked=%d cpu_ms=%.1f %s\n", residentKiB(), unlocked ? 1 : 0, cpuMs, phases.constData());
        std::fflush(stdout);
        app.exit(0);
    });
    return app.exec();
}

/** The measured process: open the plan, load the window, report after the first frame. */
int child(int argc, char **argv, const QString &dir)
{
    QGuiApplication app(argc, argv);
    QFile keyFile(dir + QStringLiteral("/bench.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray key = QByteArray::fromHex(keyFile.readAll());
    QElapsedTimer phase;
    phase.start();
    samen::app::Session session(dir + QStringLiteral("/plan"), false);
    samen::app::Session::setInstance(&session);
    if (!session.unlockWithKey(key))
        return 3;
    const double unlockMs = phase.nsecsElapsed() / 1e6;
    phase.restart();
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Samen/Main.qml")));
    const QByteArray phases
        = QByteArray("unlock_ms=") + QByteArray::number(unlockMs, 'f', 1) + " load_ms=" + QByteArray::number(phase.nsecsElapsed() / 1e6, 'f', 1);
    return runToFirstFrame(app, engine, session.plan() != nullptr, phases);
}

/** The anchor's process: a window as large as Samen's with a bare ListView of `items` titles. */
int anchorChild(int argc, char **argv, int items)
{
    QGuiApplication app(argc, argv);
    QStringList titles;
    titles.reserve(items);
    for (int i = 0; i < items; ++i)
        titles.append(QStringLiteral("Goal %1").arg(i + 1));
    QStringListModel model(titles);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({ { QStringLiteral("items"), QVariant::fromValue(static_cast<QObject *>(&model)) } });
    engine.loadData(
        QByteArrayLiteral("import QtQuick\n"
                          "Window {\n"
                          "    property var items\n"
                          "    width: 1280; height: 800; visible: true\n"
                          "    ListView { anchors.fill: parent; model: items; delegate: Text { required property string display; text: display } }\n"
                          "}\n"));
    return runToFirstFrame(app, engine, true);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Start {
    double ms = -1; ///< wall clock, process start to first frame; negative on failure
    long kib = 0; ///< resident memory at the first frame (the exit code on failure)
    double cpuMs = 0; ///< CPU time (user + system) of the process to its first frame: less at the mercy of a busy machine
};

/** Runs this program (or program) with args to its first frame. */
Start timeChild(const QStringList &args, const QString &program = QCoreApplication::applicationFilePath())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray line;
    while (!line.contains("FIRST_FRAME") && process.waitForReadyRead(120000))
        line += process.readAllStandardOutput();
    const double ms = timer.nsecsElapsed() / 1e6;
    process.waitForFinished(30000);
    if (!line.contains("FIRST_FRAME") || !line.contains("unlocked=1"))
        return { -1, process.exitCode(), 0 };
    const auto field = [&line](const char *name) { return line.mid(line.indexOf(name) + qstrlen(name)).split(' ').first().trimmed(); };
    // A baseline built before cpu_ms was reported gives -1: its CPU time is not known.
    return { ms, field("rss_kib=").toLong(), line.contains("cpu_ms=") ? field("cpu_ms=").toDouble() : -1 };
}

/** A store in dir/plan holding Robin's demo plan with extra goals (a step each) to `items` goals and steps; its key in dir/bench.key. */
bool writePlan(const QString &dir, int items)
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    auto store = samen::PlanStore::create(dir + QStringLiteral("/plan"), samen::DatabaseKey::raw(key));
    if (!store) {
        std::fprintf(stderr, "could not create the store: %s\n", qPrintable(store.error().message));
        return false;
    }
    samen::HlcClock clock(samen::newUuid7().right(12));
    auto demo = samen::buildDemoPlan(clock, QDate::currentDate(), (items - kDemoItems) / 2);
    if (!demo || !store.value()->applyLocal(demo->ops)) {
        std::fprintf(stderr, "could not write the demo plan\n");
        return false;
    }
    (void)store.value()->setSetting(QStringLiteral("node"), clock.node());
    (void)store.value()->setSetting(QStringLiteral("planId"), demo->planId);
    (void)store.value()->setSetting(QStringLiteral("memberId"), demo->ownerMemberId);
    QFile keyFile(dir + QStringLiteral("/bench.key"));
    return keyFile.open(QIODevice::WriteOnly) && keyFile.write(key.toHex()) == 64;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--anchor") == 0)
        return anchorChild(argc, argv, QByteArray(argv[2]).toInt());

    QCoreApplication app(argc, argv);
    int runs = 5;
    QList<int> sizes { 500, 2000, 5000 };
    const QStringList args = app.arguments();
    QString baseline;
    if (const qsizetype i = args.indexOf(QStringLiteral("--baseline")); i > 0 && i + 1 < args.size())
        baseline = args[i + 1];
    QString keep;
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        keep = args[i + 1];
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--sizes")); i > 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[i + 1].split(QLatin1Char(',')))
            sizes.append(std::max(kDemoItems, s.toInt()));
    }

    std::printf("app cold start to the first frame of the plan home (raw key: no KDF), offscreen, %d runs each, medians;\n"
                "anchor: a bare Qt Quick list of the same number of items, a fresh process to its first frame, runs alternating\n",
                runs);
    if (!baseline.isEmpty())
        std::printf("baseline: %s on the same plans, in the same runs\n", qPrintable(baseline));
    std::printf("wall clock to the first frame; [CPU time of the process to it, less affected by other load]\n");
    std::printf("%8s %24s %24s %16s %10s", "items", "Samen", "anchor", "ratio", "RSS");
    std::printf(baseline.isEmpty() ? "\n" : " %24s %16s\n", "baseline", "ratio");
    for (const int items : sizes) {
        QTemporaryDir dir(keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/samen_startup_bench-XXXXXX") : keep + QStringLiteral("/items-%1").arg(items));
        dir.setAutoRemove(keep.isEmpty());
        QElapsedTimer built;
        built.start();
        if (!writePlan(dir.path(), items))
            return 1;
        const double buildMs = built.nsecsElapsed() / 1e6;
        QList<double> samen, anchor, rss, before, samenCpu, anchorCpu, beforeCpu;
        for (int run = 0; run < runs; ++run) {
            if (!baseline.isEmpty()) {
                const Start base = timeChild({ QStringLiteral("--child"), dir.path() }, baseline);
                if (base.ms < 0) {
                    std::fprintf(stderr, "%d items, run %d: no first frame from the baseline (exit %ld)\n", items, run + 1, base.kib);
                    return 1;
                }
                before << base.ms;
                beforeCpu << base.cpuMs;
            }
            const Start start = timeChild({ QStringLiteral("--child"), dir.path() });
            const Start bare = timeChild({ QStringLiteral("--anchor"), QString::number(items) });
            if (start.ms < 0 || bare.ms < 0) {
                std::fprintf(stderr, "%d items, run %d: no first frame (exit %ld)\n", items, run + 1, start.ms < 0 ? start.kib : bare.kib);
                return 1;
            }
            samen << start.ms;
            samenCpu << start.cpuMs;
            anchor << bare.ms;
            anchorCpu << bare.cpuMs;
            rss << start.kib / 1024.0;
        }
        const double s = median(samen);
        const double a = median(anchor);
        const double sc = median(samenCpu);
        const double ac = median(anchorCpu);
        std::printf("%8d %8.1f ms [%6.1f ms] %8.1f ms [%6.1f ms] %6.2fx [%5.2fx] %6.1f MiB", items, s, sc, a, ac, a > 0 ? s / a : 0, ac > 0 ? sc / ac : 0,
                    median(rss));
        if (!baseline.isEmpty()) {
            const double b = median(before);
            const double bc = median(beforeCpu);
            if (bc >= 0)
                std::printf(" %8.1f ms [%6.1f ms] %6.2fx [%5.2fx]", b, bc, a > 0 ? b / a : 0, ac > 0 ? bc / ac : 0);
            else
                std::printf(" %8.1f ms [   n/a   ] %6.2fx [ n/a ]", b, a > 0 ? b / a : 0);
        }
        std::printf("   (plan written in %.0f ms)\n", buildMs);
        std::fflush(stdout);
    }
    std::printf("aims: < 500 ms and < 150 MB at 500 items (issue 4); < 250 ms at 5,000 items (issue 18)\n");
    return 0;
}
