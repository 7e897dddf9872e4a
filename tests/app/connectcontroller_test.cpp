// The Connect page's controller against the real samen-service over TLS: the pin shown
// in groups, comparing it before trusting an unknown certificate, and every failure
// in plain words with nothing saved.
#include "serviceprocess.h"
#include "store/devicestore.h"
#include "store/planstore.h"
#include "sync/synchttp.h"
#include "testdir.h"
#include "ui/people/connectcontroller.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using samen::app::ConnectController;
using samen::app::Session;
using samen::test::ServiceProcess;
using samen::test::TestDir;

namespace {

using samen::test::waitFor;

const QString kPass = QStringLiteral("connect-test-1");

/** Runs check() to its end and returns the state it ended in. */
QString checked(ConnectController &c, const QString &address, const QString &pin = {})
{
    c.check(address, pin);
    REQUIRE(waitFor([&] { return c.state() != QLatin1String("checking"); }));
    UNSCOPED_INFO("check ended: " << c.state().toStdString() << ": " << c.message().toStdString());
    return c.state();
}

QString address(const ServiceProcess &service)
{
    return QStringLiteral("127.0.0.1:%1").arg(service.port());
}

} // namespace

TEST_CASE("A service with a certificate this device does not know shows its pin in groups, and connects only once the person compared it", "[connect]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(kPass));
    ConnectController c;
    c.setPlan(session.plan());
    CHECK(c.state() == QLatin1String("idle"));
    CHECK_FALSE(c.connected());

    REQUIRE(checked(c, address(service)) == QLatin1String("checked"));
    CHECK(c.address() == QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    REQUIRE(c.pinGroups().size() == 16);
    CHECK(c.pinGroups().join(QString()) == service.pin());
    for (const QString &group : c.pinGroups())
        CHECK(group.size() == 4);
    CHECK(c.needsComparison());

    // Not compared: nothing is saved, the page still waits for the comparison.
    c.connectService(QStringLiteral("Robin's laptop"), false);
    CHECK(c.state() == QLatin1String("checked"));
    CHECK_FALSE(c.message().isEmpty());
    CHECK(session.plan()->store().setting(QStringLiteral("sync.service")).isEmpty());

    c.connectService(QStringLiteral("Robin's laptop"), true);
    REQUIRE(waitFor([&] { return c.state() != QLatin1String("connecting"); }, 30000));
    INFO(c.message().toStdString() << " / " << c.detail().toStdString());
    REQUIRE(c.state() == QLatin1String("connected"));
    CHECK(c.connected());
    CHECK(session.plan()->store().setting(QStringLiteral("sync.pin")) == service.pin());
    CHECK_FALSE(session.plan()->store().setting(QStringLiteral("sync.serviceMemberId")).isEmpty());
    // The plan syncs from now on, without reopening it.
    REQUIRE(session.plan()->sync()->client() != nullptr);
    REQUIRE(waitFor([&] { return session.plan()->sync()->state() == QLatin1String("synced"); }, 30000));

    // A new page on the connected plan shows the service and its pin.
    ConnectController again;
    again.setPlan(session.plan());
    CHECK(again.state() == QLatin1String("connected"));
    CHECK(again.pinGroups().join(QString()) == service.pin());
}

TEST_CASE("A typed check code that matches needs no comparison, and one that does not is refused in words and saves nothing", "[connect]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(kPass));
    ConnectController c;
    c.setPlan(session.plan());

    // As people read it aloud: groups with spaces, upper case.
    QStringList spaced = ConnectController::groups(service.pin());
    REQUIRE(checked(c, address(service), spaced.join(QLatin1Char(' ')).toUpper()) == QLatin1String("checked"));
    CHECK_FALSE(c.needsComparison());

    QString wrong = service.pin();
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    REQUIRE(checked(c, address(service), wrong) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("not the one you were given")));
    CHECK(c.pinGroups().join(QString()) == service.pin()); // shown, to compare
    c.connectService(QStringLiteral("laptop"), true);
    CHECK(c.state() == QLatin1String("failed"));

    REQUIRE(checked(c, address(service), QStringLiteral("12ab")) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("64 characters")));
    CHECK(session.plan()->store().setting(QStringLiteral("sync.service")).isEmpty());
}

TEST_CASE("Every way an address can fail is said in plain words, and nothing is saved", "[connect]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(kPass));
    ConnectController c;
    c.setPlan(session.plan());

    REQUIRE(checked(c, QString()) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("Fill in the address")));
    REQUIRE(checked(c, QStringLiteral("http://127.0.0.1:8443")) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("https://")));
    REQUIRE(checked(c, QStringLiteral("https://127.0.0.1:8443/some/path?x=1")) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("not a service address")));

    // Nothing listens on the port (a server that was just closed).
    quint16 freePort = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    REQUIRE(checked(c, QStringLiteral("127.0.0.1:%1").arg(freePort)) == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("Nothing answers")));

    // Something listens but does not speak TLS: it answers the handshake with plain text and hangs up.
    QTcpServer plain;
    REQUIRE(plain.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        }
    });
    REQUIRE(checked(c, QStringLiteral("127.0.0.1:%1").arg(plain.serverPort())) == QLatin1String("failed"));
    INFO(c.message().toStdString());
    CHECK((c.message().contains(QStringLiteral("secure connection could not be made")) || c.message().contains(QStringLiteral("closed the connection"))));

    CHECK(session.plan()->store().setting(QStringLiteral("sync.service")).isEmpty());
    CHECK(session.plan()->sync()->state() == QLatin1String("local"));
}

TEST_CASE("A network failure while connecting is said in the person's language, and the network's own English is only the detail", "[connect]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("nl"));
    REQUIRE(session.createDemoPlan(kPass));
    ConnectController c;
    c.setPlan(session.plan());
    REQUIRE(checked(c, address(service)) == QLatin1String("checked"));
    // The service goes away between the check and the connect: nothing answers at the address any more.
    service.stop();
    c.connectService(QStringLiteral("Robins laptop"), true);
    REQUIRE(waitFor([&] { return c.state() != QLatin1String("connecting"); }, 30000));
    INFO(c.message().toStdString() << " / " << c.detail().toStdString());
    CHECK(c.state() == QLatin1String("failed"));
    // What happened, in Dutch, from the network's own reason (not only "could not reach the service").
    CHECK(c.message() == samen::app::NetworkWords::network(QNetworkReply::ConnectionRefusedError));
    CHECK(c.message().startsWith(QStringLiteral("Er antwoordt niets op dit adres")));
    // Qt's English ("Connection refused") only in the detail, which the page shows behind "Show the technical details".
    CHECK_FALSE(c.message().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
    CHECK_FALSE(c.detail().isEmpty());
    CHECK_FALSE(c.detail().contains(c.message()));
    CHECK(session.plan()->store().setting(QStringLiteral("sync.service")).isEmpty());
}

TEST_CASE("A plan opened from a professional's caseload is not connected on its own, the controller refuses and writes nothing (review 4, finding 25)",
          "[connect][caseload]")
{
    TestDir serviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    TestDir dir, deviceDir;
    // What CaseloadController does for a plan it opens: the plan's rounds are the caseload's, on device.db's sign-in.
    auto device = samen::DeviceStore::create(deviceDir.path(), samen::DatabaseKey::passphrase(kPass));
    REQUIRE(device);
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(kPass));
    session.plan()->sync()->followCaseload(*device.value(), [] {});
    REQUIRE(session.plan()->sync()->inCaseload());
    ConnectController c;
    c.setPlan(session.plan());
    REQUIRE(checked(c, address(service), service.pin()) == QLatin1String("checked"));
    c.connectService(QStringLiteral("laptop"), true);
    CHECK(c.state() == QLatin1String("failed"));
    CHECK(c.message().contains(QStringLiteral("in your caseload")));
    CHECK(session.plan()->store().setting(QStringLiteral("sync.service")).isEmpty());
    CHECK(session.plan()->store().setting(QStringLiteral("sync.deviceId")).isEmpty());
}

TEST_CASE("A refused enrolment code is said as the code's fault and a refused certificate never is", "[app][connect]")
{
    using samen::app::NetworkWords;
    // Review 6, #3: the service's enrolment-code-invalid was said as "did not accept this device, or its certificate ...".
    const QString code = NetworkWords::error(
        samen::Error { samen::ErrorCode::Permission, QStringLiteral("x"), QStringLiteral("English detail"), QStringLiteral("enrolment-code-invalid") });
    CHECK(code == samen::SyncHttp::enrolmentCodeInvalidSentence());
    CHECK(code.contains(QStringLiteral("enrolment code")));
    const QString other = NetworkWords::error(samen::Error { samen::ErrorCode::Permission, QStringLiteral("x"), {}, QStringLiteral("forbidden") });
    CHECK_FALSE(other.contains(QStringLiteral("enrolment code")));
}
