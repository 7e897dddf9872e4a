// The app's start does not wait for the speech service (review 6 of issue 14, #19): with a speech-dispatcher that
// accepts a connection and never answers, the first frame still comes within seconds. Reading aloud starts its voice
// at the first "read aloud", on a thread of its own (QtSpeechEngine); tests/app/readaloud_test.cpp checks that part.
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace samen::test;

TEST_CASE("App start: the first frame does not wait for a speech service that never answers", "[app][speech][review6]")
{
    TestDir dir;
    // A speech-dispatcher that takes the connection and says nothing, as a hung or half-started one does.
    QLocalServer speechd;
    REQUIRE(speechd.listen(dir.file(QStringLiteral("speechd.sock"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.file(QStringLiteral("config")));
    env.insert(QStringLiteral("SPEECHD_ADDRESS"), QStringLiteral("unix_socket:") + speechd.fullServerName());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("samen.app.start.info=true"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    // A person's run (one-shot runs and tours start no voice at all).
    QElapsedTimer clock;
    clock.start();
    app.start(QStringLiteral(SAMEN_BIN_DIR "/samen"),
              { QStringLiteral("--data-dir"), dir.file(QStringLiteral("plan")), QStringLiteral("--language"), QStringLiteral("en") });
    REQUIRE(app.waitForStarted(10000));
    QByteArray out;
    static const QRegularExpression firstFrame(QStringLiteral("first frame (\\d+) ms after start"));
    QRegularExpressionMatch seen;
    while (!seen.hasMatch() && clock.elapsed() < 20000 && app.state() == QProcess::Running) {
        app.waitForReadyRead(200);
        out += app.readAll();
        seen = firstFrame.match(QString::fromUtf8(out));
    }
    const qint64 waited = clock.elapsed();
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    INFO("after " << waited << " ms: " << out.constData());
    REQUIRE(seen.hasMatch());
    CHECK(seen.captured(1).toInt() < 5000);
    CHECK(waited < 8000);
}
