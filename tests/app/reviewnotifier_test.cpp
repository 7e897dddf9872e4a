// The desktop notification for agreements to look back on, through a real D-Bus session bus
// (a private dbus-daemon) and a stand-in for the desktop's org.freedesktop.Notifications.
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/team/agreementcontroller.h"
#include "ui/team/reviewnotifier.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#ifdef QT_DBUS_LIB
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using samen::app::AgreementController;
using samen::app::ReviewNotifier;
using samen::app::Session;
using samen::test::TestDir;

namespace {

/** What a desktop's notification service receives. */
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body, const QStringList &, const QVariantMap &, int)
    {
        summaries.append(summary);
        bodies.append(body);
        return static_cast<uint>(bodies.size());
    }
};

/** A private session bus for one test; stopped with it. */
struct PrivateBus {
    TestDir dir;
    QProcess process;
    QString address;

    bool start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return false;
        QFile f(dir.file(QStringLiteral("session.conf")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                               "<policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/></policy></busconfig>\n")
                    .arg(dir.path())
                    .toUtf8());
        f.close();
        process.start(daemon, { QStringLiteral("--config-file=") + f.fileName(), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        if (!process.waitForStarted(5000))
            return false;
        QByteArray out;
        QElapsedTimer wait;
        wait.start();
        while (!out.contains('\n') && wait.elapsed() < 5000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(500);
            out += process.readAllStandardOutput();
        }
        address = QString::fromUtf8(out.trimmed());
        return address.startsWith(QLatin1String("unix:"));
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("app"));
        process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

TEST_CASE("Agreements that come due are announced once on the desktop, without plan content", "[team][notify]")
{
    PrivateBus bus;
    if (!bus.start()) {
        WARN("no dbus-daemon: no session bus to test the desktop notification with");
        return;
    }
    QDBusConnection desktop = QDBusConnection::connectToBus(bus.address, QStringLiteral("desktop"));
    REQUIRE(desktop.isConnected());
    FakeNotifications notifications;
    REQUIRE(desktop.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications, QDBusConnection::ExportAllSlots));
    REQUIRE(desktop.registerService(QStringLiteral("org.freedesktop.Notifications")));
    REQUIRE(QDBusConnection::connectToBus(bus.address, QStringLiteral("app")).isConnected());

    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("notify-test-1")));
    ReviewNotifier notifier;
    notifier.setConnectionName(QStringLiteral("app"));
    notifier.setPlan(session.plan()); // checks at once: the demo plan has an agreement due
    REQUIRE(samen::test::waitFor([&] { return notifications.bodies.size() == 1; }, 10000));
    CHECK(notifications.bodies.first().contains(QLatin1String("to look back on")));
    CHECK(notifier.unannounced().isEmpty());

    // Nothing new: nothing announced again, also not after a restart (the store remembers).
    CHECK_FALSE(notifier.check());
    ReviewNotifier again;
    again.setConnectionName(QStringLiteral("app"));
    again.setPlan(session.plan());
    CHECK(again.unannounced().isEmpty());

    // A new agreement due in a week: one more notification, for one agreement, naming nothing of the plan.
    AgreementController agreements;
    agreements.setPlan(session.plan());
    const QString secret = QStringLiteral("Pay the energy company");
    REQUIRE(!agreements
                 .add({ { QStringLiteral("what"), secret },
                        { QStringLiteral("domainKey"), QStringLiteral("money") },
                        { QStringLiteral("evaluationDate"), session.plan()->today().addDays(7).toString(Qt::ISODate) } })
                 .isEmpty());
    REQUIRE(samen::test::waitFor([&] { return notifications.bodies.size() == 2; }, 10000));
    CHECK(notifications.bodies.last() == ReviewNotifier::body(1));
    CHECK_FALSE(notifications.bodies.last().contains(secret));
    CHECK_FALSE(notifications.summaries.last().contains(secret));
}

TEST_CASE("Without a notification service on the bus nothing is remembered as announced", "[team][notify]")
{
    PrivateBus bus;
    if (!bus.start()) {
        WARN("no dbus-daemon: no session bus to test the desktop notification with");
        return;
    }
    REQUIRE(QDBusConnection::connectToBus(bus.address, QStringLiteral("app")).isConnected());
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("notify-test-2")));
    ReviewNotifier notifier;
    notifier.setConnectionName(QStringLiteral("app"));
    bool refused = false;
    QObject::connect(&notifier, &ReviewNotifier::notShown, [&] { refused = true; });
    notifier.setPlan(session.plan());
    const QStringList due = notifier.unannounced();
    REQUIRE(!due.isEmpty());
    // The bus answers "no such service"; the next check may try again.
    REQUIRE(samen::test::waitFor([&] { return refused; }, 10000));
    CHECK(notifier.unannounced() == due);
}

#include "reviewnotifier_test.moc"
#endif
