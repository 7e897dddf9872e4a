// The app's command-line flags (review 5 of issue 14), on the real samen binary: --help needs no display,
// and --text-scale and --language apply to that run only (docs/running.md), never saved into Samen.conf.
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace samen::test;

namespace {

/** The environment of a machine without any display: no X, no Wayland, no Qt platform chosen. */
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    return env;
}

} // namespace

TEST_CASE("samen --help and --version without a display print and exit 0", "[app][flags]")
{
    for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("--version") }) {
        QProcess app;
        app.setProcessEnvironment(withoutDisplay());
        app.start(QStringLiteral(SAMEN_BIN_DIR "/samen"), { flag });
        REQUIRE(app.waitForFinished(30000));
        const QByteArray out = app.readAllStandardOutput();
        INFO(flag.toStdString() << "\n" << out.constData() << app.readAllStandardError().constData());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        if (flag == QLatin1String("--help")) {
            CHECK(out.contains("--text-scale"));
            CHECK(out.contains("--language"));
        } else {
            CHECK(out.contains("Samen"));
        }
    }
}

TEST_CASE("samen --text-scale and --language apply to that run only: nothing saved", "[app][flags]")
{
    TestDir dir;
    const QString config = dir.file(QStringLiteral("config"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("samen.*=true"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    // A person's run (not a one-shot test run, which never saves anything), stopped once its window is up.
    app.start(QStringLiteral(SAMEN_BIN_DIR "/samen"),
              { QStringLiteral("--data-dir"), dir.file(QStringLiteral("plan")), QStringLiteral("--text-scale"), QStringLiteral("2"),
                QStringLiteral("--language"), QStringLiteral("en") });
    REQUIRE(app.waitForStarted(10000));
    CHECK_FALSE(app.waitForFinished(6000)); // still running: it did not stop on the flags
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    QFile saved(config + QStringLiteral("/Samen/Samen.conf"));
    const QByteArray settings = saved.open(QIODevice::ReadOnly) ? saved.readAll() : QByteArray();
    INFO(settings.constData());
    CHECK_FALSE(settings.contains("textScale"));
    CHECK_FALSE(settings.contains("language"));
}
