#include "security/keystore.h"
#include "testdir.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

#ifdef QT_DBUS_LIB
#include <QDBusConnection>
#endif

using namespace samen;
using samen::test::readRaw;
using samen::test::TestDir;

namespace {

/** True when any file under dir contains needle. */
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (readRaw(it.next()).contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Without a system keychain the key store says unavailable quickly and writes no plaintext", "[keystore]")
{
    TestDir home;
    // Where QtKeychain's insecure fallback (QSettings) would write, were it on.
    qputenv("XDG_CONFIG_HOME", home.file(QStringLiteral("config")).toUtf8());
    TestDir data;
    KeyStore store(data.path());
    const QByteArray key = KeyStore::generateKey();

    QElapsedTimer clock;
    clock.start();
    const KeyReply written = store.writeKeySync(key, 5000);
    const KeyReply read = store.readKeySync(5000);
    CHECK(clock.elapsed() < 8000);

    if (written.ok()) {
        // A developer machine with a secret service: the key must round-trip, then go.
        CHECK(read.ok());
        CHECK(read.key == key);
        CHECK(store.deleteKeySync(5000).ok());
        CHECK(store.readKeySync(5000).status == KeyReply::Status::NotFound);
    } else {
        CHECK(written.status == KeyReply::Status::Unavailable);
        CHECK(read.status == KeyReply::Status::Unavailable);
        CHECK(read.key.isEmpty());
        CHECK_FALSE(written.message.isEmpty());
        CHECK(written.toError().code == ErrorCode::Io);
    }
    for (const QByteArray &form : { key, key.toHex(), key.toBase64() }) {
        CHECK_FALSE(anyFileContains(home.path(), form));
        CHECK_FALSE(anyFileContains(data.path(), form));
    }
    qunsetenv("XDG_CONFIG_HOME");
}

TEST_CASE("The keymode file records how the data folder is unlocked", "[keystore]")
{
    TestDir data;
    KeyStore store(data.path());
    CHECK(store.mode() == KeyStore::Mode::Unknown);
    REQUIRE(store.setMode(KeyStore::Mode::Keychain).ok());
    CHECK(store.mode() == KeyStore::Mode::Keychain);
    CHECK(readRaw(KeyStore::modeFilePath(data.path())) == QByteArray("keychain\n"));
    REQUIRE(store.setMode(KeyStore::Mode::Passphrase).ok());
    CHECK(KeyStore(data.path()).mode() == KeyStore::Mode::Passphrase);
    {
        QFile f(KeyStore::modeFilePath(data.path()));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("something else");
    }
    CHECK(store.mode() == KeyStore::Mode::Unknown);
    REQUIRE(store.setMode(KeyStore::Mode::Unknown).ok());
    CHECK_FALSE(QFile::exists(KeyStore::modeFilePath(data.path())));
}

TEST_CASE("New database keys are 32 random bytes", "[keystore]")
{
    const QByteArray a = KeyStore::generateKey();
    const QByteArray b = KeyStore::generateKey();
    CHECK(a.size() == 32);
    CHECK(a != b);
    CHECK(a != QByteArray(32, '\0'));
}

TEST_CASE("Keychain callbacks arrive later on the event loop and are dropped with their context", "[keystore]")
{
    TestDir data;
    KeyStore store(data.path());
    bool called = false;
    KeyReply got;
    store.readKey([&](const KeyReply &r) {
        called = true;
        got = r;
    });
    CHECK_FALSE(called); // never inside the call
    samen::test::waitFor([&] { return called; }, 5000);
    CHECK(called);
    CHECK(got.status != KeyReply::Status::Ok); // nothing was stored for this new folder

    bool dropped = true;
    {
        QObject context;
        store.readKey([&](const KeyReply &) { dropped = false; }, &context);
    }
    samen::test::waitFor([] { return false; }, 300);
    CHECK(dropped);

    bool wrongSize = false;
    store.writeKey(QByteArray(5, 'x'), [&](const KeyReply &r) { wrongSize = r.status == KeyReply::Status::Failed; });
    samen::test::waitFor([&] { return wrongSize; }, 1000);
    CHECK(wrongSize);
}

// Runs in a child process started by the next test, with DBUS_SESSION_BUS_ADDRESS
// set to a private bus: hidden, so CTest and a plain run skip it.
TEST_CASE("Key store child: on a session bus without a secret service", "[.][keystore-child]")
{
    const QString dir = qEnvironmentVariable("SAMEN_KEYSTORE_CHILD_DIR");
    REQUIRE_FALSE(dir.isEmpty());
#ifdef QT_DBUS_LIB
    REQUIRE(QDBusConnection::sessionBus().isConnected()); // the probe really talks to a bus
#endif
    KeyStore store(dir);
    QElapsedTimer clock;
    clock.start();
    const KeyReply written = store.writeKeySync(KeyStore::generateKey(), 5000);
    const KeyReply read = store.readKeySync(5000);
    const KeyReply deleted = store.deleteKeySync(5000);
    CHECK(clock.elapsed() < 3000);
    CHECK(written.status == KeyReply::Status::Unavailable);
    CHECK(read.status == KeyReply::Status::Unavailable);
    CHECK(deleted.status == KeyReply::Status::Unavailable);
    CHECK(read.key.isEmpty());
}

TEST_CASE("On a session bus without a secret service the key store says unavailable within seconds", "[keystore]")
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        WARN("dbus-daemon is not installed: nothing to start a session bus with");
        return;
    }
    TestDir runtime;
    // A private session bus that can start no services: so no secret service either.
    const QString config = runtime.file(QStringLiteral("session.conf"));
    {
        QFile f(config);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                               "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                               "<allow own=\"*\"/></policy></busconfig>\n")
                    .arg(runtime.path())
                    .toUtf8());
    }
    QProcess bus;
    bus.start(daemon, { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    REQUIRE(bus.waitForStarted(5000));
    QByteArray address;
    QElapsedTimer wait;
    wait.start();
    while (!address.contains('\n') && wait.elapsed() < 5000 && bus.state() == QProcess::Running) {
        bus.waitForReadyRead(500);
        address += bus.readAllStandardOutput();
    }
    INFO("dbus-daemon: " << bus.readAllStandardError().toStdString());
    REQUIRE(address.startsWith("unix:"));

    TestDir data;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address.trimmed()));
    env.insert(QStringLiteral("SAMEN_KEYSTORE_CHILD_DIR"), data.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("[keystore-child]") });
    REQUIRE(child.waitForStarted(5000));
    const bool finished = child.waitForFinished(20000);
    const QByteArray output = child.readAll();
    bus.kill();
    bus.waitForFinished(5000);
    INFO("child: " << output.toStdString());
    REQUIRE(finished);
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains("All tests passed")); // the child test ran and did not just match nothing
    CHECK(clock.elapsed() < 8000);
    CHECK(QDir(data.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no fallback file with the key
}

namespace {

/** The probe's answer, run through sh in the given environment (with or without a private D-Bus session). */
QJsonObject runProbe(const TestDir &home, const QString &script, bool privateBus)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.file(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.file(QStringLiteral("data")));
    env.insert(QStringLiteral("PROBE"), QStringLiteral(SAMEN_BIN_DIR "/keystore_probe"));
    env.insert(QStringLiteral("DATA"), home.file(QStringLiteral("plan")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    QDir().mkpath(home.file(QStringLiteral("run")));
    QFile::setPermissions(home.file(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess p;
    p.setProcessEnvironment(env);
    if (privateBus)
        p.start(QStringLiteral("dbus-run-session"), { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script });
    else
        p.start(QStringLiteral("sh"), { QStringLiteral("-c"), script });
    REQUIRE(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    INFO(out.toStdString() << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject answer = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    REQUIRE_FALSE(answer.isEmpty());
    return answer;
}

} // namespace

TEST_CASE("A key store that is there, locked, without a keyring or absent is told apart, and only a usable one is offered", "[keystore]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty());
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty());
    TestDir home;

    SECTION("absent: no D-Bus session at all")
    {
        const QJsonObject a = runProbe(home, QStringLiteral("exec \"$PROBE\" \"$DATA\""), false);
        CHECK(a.value(QStringLiteral("probe")).toString() == QLatin1String("unavailable"));
        CHECK(a.value(QStringLiteral("write")).toString() == QLatin1String("unavailable"));
        CHECK_FALSE(a.value(QStringLiteral("canKeepKeys")).toBool());
    }
    SECTION("installed, but no keyring to keep keys in (and no prompt to make one)")
    {
        const QJsonObject a = runProbe(home, QStringLiteral("exec \"$PROBE\" \"$DATA\""), true);
        CHECK(a.value(QStringLiteral("probe")).toString() == QLatin1String("unavailable"));
        CHECK(a.value(QStringLiteral("write")).toString() == QLatin1String("unavailable"));
        CHECK_FALSE(a.value(QStringLiteral("canKeepKeys")).toBool());
    }
    SECTION("available (unlocked), then locked: the key is kept, then the locked store says locked, never not-found or failed")
    {
        const QJsonObject open
            = runProbe(home, QStringLiteral("printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$PROBE\" \"$DATA\""), true);
        CHECK(open.value(QStringLiteral("probe")).toString() == QLatin1String("not-found"));
        CHECK(open.value(QStringLiteral("canKeepKeys")).toBool());
        CHECK(open.value(QStringLiteral("write")).toString() == QLatin1String("ok"));
        CHECK(open.value(QStringLiteral("roundTrip")).toBool());

        // The keyring made above, now started without its password: locked.
        const QJsonObject shut
            = runProbe(home, QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; exec \"$PROBE\" \"$DATA\""), true);
        CHECK(shut.value(QStringLiteral("probe")).toString() == QLatin1String("locked"));
        CHECK(shut.value(QStringLiteral("write")).toString() == QLatin1String("locked"));
        CHECK(shut.value(QStringLiteral("read")).toString() == QLatin1String("locked"));
        CHECK_FALSE(shut.value(QStringLiteral("canKeepKeys")).toBool());
        CHECK(shut.value(QStringLiteral("message")).toString().contains(QLatin1String("locked")));
    }
}
