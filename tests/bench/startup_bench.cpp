// Cold start of the app to the first frame of the plan home, with a plan of
// 500 goals and steps opened the keychain way (a raw 256-bit key, so no KDF),
// and the resident memory after that frame. Each run is a fresh process.
// Prints figures; not a test. Aim (issue 4): < 500 ms and < 150 MB offscreen.
#include "domain/demoplan.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"
#include "ui/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Samen_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)

namespace {

constexpr int kRuns = 7;
constexpr int kExtraGoals = 246; // the demo's 8 items + 2 x 246 = 500 goals and steps

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

/** The measured process: open the plan, load the window, report after the first frame. */
int child(int argc, char **argv, const QString &dir)
{
    QGuiApplication app(argc, argv);
    QFile keyFile(dir + QStringLiteral("/bench.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray key = QByteArray::fromHex(keyFile.readAll());
    samen::app::Session session(dir + QStringLiteral("/plan"), false);
    samen::app::Session::setInstance(&session);
    if (!session.unlockWithKey(key))
        return 3;
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Samen/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 4;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        QObject::disconnect(window, &QQuickWindow::frameSwapped, &app, nullptr);
        const int domains = session.plan() ? 1 : 0;
        std::printf("FIRST_FRAME rss_kib=%ld unlocked=%d\n", residentKiB(), domains);
        std::fflush(stdout);
        app.exit(0);
    });
    return app.exec();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    {
        auto store = samen::PlanStore::create(dir.filePath(QStringLiteral("plan")), samen::DatabaseKey::raw(key));
        if (!store) {
            std::fprintf(stderr, "could not create the store: %s\n", qPrintable(store.error().message));
            return 1;
        }
        samen::HlcClock clock(samen::newUuid7().right(12));
        auto demo = samen::buildDemoPlan(clock, QDate::currentDate(), kExtraGoals);
        if (!demo || !store.value()->applyLocal(demo->ops)) {
            std::fprintf(stderr, "could not write the demo plan\n");
            return 1;
        }
        (void)store.value()->setSetting(QStringLiteral("node"), clock.node());
        (void)store.value()->setSetting(QStringLiteral("planId"), demo->planId);
        (void)store.value()->setSetting(QStringLiteral("memberId"), demo->ownerMemberId);
    }
    QFile keyFile(dir.filePath(QStringLiteral("bench.key")));
    if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(key.toHex()) != 64)
        return 1;
    keyFile.close();

    std::printf("app cold start to the first frame of the plan home (500 goals and steps, raw key: no KDF), offscreen, %d runs\n", kRuns);
    QList<double> times;
    QList<double> rss;
    for (int run = 0; run < kRuns; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), dir.path() });
        QByteArray line;
        while (!line.contains("FIRST_FRAME") && process.waitForReadyRead(30000))
            line += process.readAllStandardOutput();
        const double ms = timer.nsecsElapsed() / 1e6;
        process.waitForFinished(30000);
        if (!line.contains("FIRST_FRAME") || !line.contains("unlocked=1")) {
            std::fprintf(stderr, "run %d: no first frame of the plan home (exit %d)\n", run + 1, process.exitCode());
            return 1;
        }
        const long kib = line.mid(line.indexOf("rss_kib=") + 8).split(' ').first().toLong();
        times << ms;
        rss << kib / 1024.0;
        std::printf("  run %d: %.1f ms, RSS %.1f MiB\n", run + 1, ms, kib / 1024.0);
    }
    std::printf("cold start median: %.1f ms (min %.1f ms)   aim < 500 ms\n", median(times), *std::min_element(times.begin(), times.end()));
    std::printf("resident memory after load, median: %.1f MiB   aim < 150 MB\n", median(rss));
    return 0;
}
