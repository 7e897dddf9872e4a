// Desktop notifications through the real D-Bus: a private dbus-daemon, a stand-in
// notification server (tests/support/notification_server.py) that records every
// Notify call, and the app's DBusNotifier and ReviewReminders on a real demo plan.
#include "privatebus.h"
#include "testdir.h"
#include "waitfor.h"

#ifdef SAMEN_HAVE_QTDBUS
#include "ui/notify/dbusnotifier.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/team/reviewreminders.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#endif

#include <catch2/catch.hpp>

#ifdef SAMEN_HAVE_QTDBUS

using samen::app::DBusNotifier;
using samen::app::ReviewReminders;
using samen::app::Session;
using samen::test::PrivateBus;
using samen::test::TestDir;
using samen::test::waitFor;

namespace {

/** The stand-in notification server on a bus, recording into a file of JSON lines. */
class NotificationServer
{
public:
    NotificationServer(const PrivateBus &bus, const QString &capabilities)
    {
        m_process.setProcessEnvironment(bus.environment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        { QStringLiteral(SAMEN_SOURCE_DIR "/tests/support/notification_server.py"), record(), capabilities });
        m_process.waitForStarted(5000);
        QByteArray out;
        while (!out.contains("ready") && m_process.state() == QProcess::Running && m_process.waitForReadyRead(10000))
            out += m_process.readAllStandardOutput();
        m_ready = out.contains("ready");
    }
    ~NotificationServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool ready() const { return m_ready; }
    QString record() const { return m_dir.file(QStringLiteral("calls.jsonl")); }
    /** The Notify calls so far, in order. */
    QList<QJsonObject> calls() const
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : samen::test::readRaw(record()).split('\n'))
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        return out;
    }

private:
    TestDir m_dir;
    QProcess m_process;
    bool m_ready = false;
};

/** Sends one notification and waits for the desktop's answer: true when it was taken. */
bool notifyAndWait(DBusNotifier &notifier, const QString &summary, const QString &body)
{
    std::optional<bool> shown;
    notifier.notify(summary, body, [&shown](bool s) { shown = s; });
    REQUIRE(waitFor([&] { return shown.has_value(); }));
    return *shown;
}

bool pythonDBusAvailable()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QStringLiteral("import dbus, dbus.mainloop.glib, gi.repository.GLib") });
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

TEST_CASE("A notification reaches the desktop's notification server as the specification says, the body escaped only where it reads markup", "[notify]")
{
    REQUIRE(pythonDBusAvailable()); // python3-dbus and python3-gi: scripts/setup installs them
    PrivateBus bus;
    REQUIRE_FALSE(bus.address().isEmpty());
    const QString summary = QStringLiteral("Ellen & Robin");
    const QString body = QStringLiteral("Keep <quieter> hours & breaks\nlook back on 10 December");

    SECTION("a server that reads markup gets the body as XML text")
    {
        NotificationServer server(bus, QStringLiteral("body,body-markup"));
        REQUIRE(server.ready());
        QDBusConnection connection = QDBusConnection::connectToBus(bus.address(), QStringLiteral("notify-markup"));
        REQUIRE(connection.isConnected());
        {
            DBusNotifier notifier(connection);
            CHECK(notifyAndWait(notifier, summary, body));
            CHECK(notifyAndWait(notifier, QStringLiteral("Second"), QStringLiteral("two"))); // capabilities asked once, still fine
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("notify-markup"));
        const QList<QJsonObject> calls = server.calls();
        REQUIRE(calls.size() == 2);
        const QJsonObject call = calls.first();
        CHECK(call.value(QStringLiteral("app_name")).toString() == QStringLiteral("Samen"));
        CHECK(call.value(QStringLiteral("replaces_id")).toInt() == 0);
        CHECK(call.value(QStringLiteral("summary")).toString() == summary); // the summary is plain text by the specification
        CHECK(call.value(QStringLiteral("body")).toString() == QStringLiteral("Keep &lt;quieter&gt; hours &amp; breaks\nlook back on 10 December"));
        CHECK(call.value(QStringLiteral("actions")).toArray().isEmpty());
        CHECK(call.value(QStringLiteral("expire_timeout")).toInt() == -1);
        CHECK(calls.at(1).value(QStringLiteral("summary")).toString() == QStringLiteral("Second"));
    }

    SECTION("a server without markup gets the body as written")
    {
        NotificationServer server(bus, QStringLiteral("body"));
        REQUIRE(server.ready());
        QDBusConnection connection = QDBusConnection::connectToBus(bus.address(), QStringLiteral("notify-plain"));
        {
            DBusNotifier notifier(connection);
            CHECK(notifyAndWait(notifier, summary, body));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("notify-plain"));
        const QList<QJsonObject> calls = server.calls();
        REQUIRE(calls.size() == 1);
        CHECK(calls.first().value(QStringLiteral("body")).toString() == body);
    }

    SECTION("without a notification server nothing is shown, and the caller hears so")
    {
        QDBusConnection connection = QDBusConnection::connectToBus(bus.address(), QStringLiteral("notify-none"));
        REQUIRE(connection.isConnected());
        {
            DBusNotifier notifier(connection);
            CHECK_FALSE(notifyAndWait(notifier, summary, body));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("notify-none"));
    }
}

TEST_CASE("Robin's due review reaches the desktop once, in words and without ids, and a new start does not repeat it", "[notify]")
{
    REQUIRE(pythonDBusAvailable());
    PrivateBus bus;
    REQUIRE_FALSE(bus.address().isEmpty());
    NotificationServer server(bus, QStringLiteral("body"));
    REQUIRE(server.ready());
    QDBusConnection connection = QDBusConnection::connectToBus(bus.address(), QStringLiteral("notify-robin"));
    REQUIRE(connection.isConnected());
    {
        DBusNotifier notifier(connection);
        TestDir dir;
        Session session(dir.path(), false);
        session.setLanguage(QStringLiteral("en"));
        REQUIRE(session.createDemoPlan(QStringLiteral("notify-demo-1")));
        {
            ReviewReminders reminders(session.plan(), &notifier);
            REQUIRE(waitFor([&] { return server.calls().size() == 1; }));
        }
        const QJsonObject call = server.calls().first();
        // The demo's one agreement looked back on within two weeks (in 10 days); the next meeting is three weeks away.
        CHECK(call.value(QStringLiteral("summary")).toString() == QStringLiteral("1 agreement to look back on"));
        const QString text = call.value(QStringLiteral("body")).toString();
        CHECK(text.startsWith(QStringLiteral("Keep Robin's quieter hours for two more months (look back on it ")));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-")))); // no ids

        // The app starts again on the same plan file: nothing new to tell. A marker sent after it on the
        // same connection arrives after anything the new start would have sent (D-Bus keeps a sender's order).
        session.lock();
        REQUIRE(session.unlock(QStringLiteral("notify-demo-1")));
        {
            ReviewReminders again(session.plan(), &notifier);
            CHECK(notifyAndWait(notifier, QStringLiteral("marker"), QString()));
        }
        const QList<QJsonObject> calls = server.calls();
        REQUIRE(calls.size() == 2);
        CHECK(calls.at(1).value(QStringLiteral("summary")).toString() == QStringLiteral("marker"));
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("notify-robin"));
}

#else

TEST_CASE("Without Qt D-Bus the app has no desktop notifications", "[notify]")
{
    WARN("Qt6::DBus was not found at configure time: DBusNotifier is not built");
}

#endif
