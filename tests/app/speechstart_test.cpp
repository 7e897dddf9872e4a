// Read aloud's voice starts at the first "read aloud", never with the app (review 6 of issue 14, #19): the platform's
// engine (QtSpeechEngine over Qt's TextToSpeech and speech-dispatcher) starts on a thread of its own, so a speech
// service that never answers holds up nothing; after a while the button is off with a plain reason. The app's start
// with such a service: tests/integration/appstart_test.cpp.
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/speech/qtspeechengine.h"
#include "ui/speech/readaloud.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QTimer>

#include <catch2/catch.hpp>

using samen::app::QtSpeechEngine;
using samen::app::ReadAloud;
using samen::app::SpeechEngine;
using samen::test::TestDir;
using samen::test::waitFor;

namespace {

/** An engine that starts when asked and is made ready (or not) by the test; records what it is asked to say. */
class StartingEngine : public SpeechEngine
{
public:
    Readiness state = Readiness::Idle;
    int prepared = 0;
    QStringList said;

    Readiness readiness() const override { return state; }
    void prepare() override
    {
        ++prepared;
        set(Readiness::Starting);
    }
    void set(Readiness now)
    {
        state = now;
        Q_EMIT readinessChanged();
    }
    bool canSpeak(const QLocale &) const override { return state == Readiness::Ready; }
    QString whyNot(const QLocale &) const override { return state == Readiness::Failed ? QStringLiteral("it did not start") : QString(); }
    void say(const QString &text, const QLocale &) override { said.append(text); }
    void stop() override { }
    bool speaking() const override { return false; }
};

/** Points libspeechd (Qt's speechd plugin) at `address` while it lives. */
struct SpeechAddress {
    explicit SpeechAddress(const QString &address) { qputenv("SPEECHD_ADDRESS", address.toUtf8()); }
    ~SpeechAddress() { qunsetenv("SPEECHD_ADDRESS"); }
};

} // namespace

TEST_CASE("Read aloud: a text asked for while the voice starts is read once it is ready", "[readaloud][review6]")
{
    StartingEngine engine;
    ReadAloud reader(&engine, nullptr);
    CHECK(engine.prepared == 0); // nothing starts before the first read
    CHECK(reader.available());
    CHECK_FALSE(reader.starting());

    REQUIRE(reader.read(QStringLiteral("My story.")));
    CHECK(engine.prepared == 1);
    CHECK(reader.starting());
    CHECK(engine.said.isEmpty());
    engine.set(SpeechEngine::Readiness::Ready);
    CHECK_FALSE(reader.starting());
    CHECK(engine.said == QStringList { QStringLiteral("My story.") });
    REQUIRE(reader.read(QStringLiteral("A goal.")));
    CHECK(engine.prepared == 1);
    CHECK(engine.said.last() == QStringLiteral("A goal."));

    // A voice that does not start: nothing is read, and the button is off with the engine's reason.
    StartingEngine broken;
    ReadAloud other(&broken, nullptr);
    REQUIRE(other.read(QStringLiteral("My story.")));
    broken.set(SpeechEngine::Readiness::Failed);
    CHECK(broken.said.isEmpty());
    CHECK_FALSE(other.available());
    CHECK_FALSE(other.starting());
    CHECK(other.reason() == QStringLiteral("it did not start"));
    CHECK_FALSE(other.read(QStringLiteral("My story.")));
}

TEST_CASE("Read aloud: the voice starts off the UI thread and a speech service that never answers holds up nothing", "[readaloud][speech][review6]")
{
    TestDir dir;
    // A speech-dispatcher that takes the connection and says nothing, as a hung or half-started one does.
    QLocalServer speechd;
    REQUIRE(speechd.listen(dir.file(QStringLiteral("speechd.sock"))));
    const SpeechAddress address(QStringLiteral("unix_socket:") + speechd.fullServerName());

    QtSpeechEngine engine;
    engine.setGiveUpMs(1500);
    ReadAloud reader(&engine, nullptr);
    CHECK(engine.readiness() == SpeechEngine::Readiness::Idle);
    CHECK(reader.available());

    QElapsedTimer clock;
    clock.start();
    REQUIRE(reader.read(QStringLiteral("My story.")));
    CHECK(clock.elapsed() < 500);
    CHECK(reader.starting());
    // The event loop turns meanwhile: a 100 ms timer fires on time.
    bool ticked = false;
    QElapsedTimer tick;
    tick.start();
    QTimer::singleShot(100, [&] { ticked = true; });
    REQUIRE(waitFor([&] { return ticked; }, 1000));
    CHECK(tick.elapsed() < 600);

    REQUIRE(waitFor([&] { return !reader.starting(); }, 5000));
    CHECK(engine.readiness() == SpeechEngine::Readiness::Failed);
    CHECK_FALSE(reader.available());
    CHECK(reader.reason() == QStringLiteral("The voice of this device does not answer, so reading aloud does not work right now."));
    CHECK_FALSE(reader.read(QStringLiteral("My story.")));
}

TEST_CASE("Read aloud: without a speech service the voice fails to start with a plain reason", "[readaloud][speech][review6]")
{
    TestDir dir;
    const SpeechAddress address(QStringLiteral("unix_socket:") + dir.file(QStringLiteral("nobody-listens.sock")));
    QtSpeechEngine engine;
    ReadAloud reader(&engine, nullptr);
    REQUIRE(reader.read(QStringLiteral("My story.")));
    REQUIRE(waitFor([&] { return !reader.starting(); }, 10000));
    CHECK_FALSE(reader.available());
    CHECK(reader.reason() == QStringLiteral("Reading aloud does not work on this device right now."));
}
