// The operator's commands (samen-service admin ...) run as the real binary on the
// data folder of a real service, while it runs and while it is stopped.
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace samen::test;

namespace {

/** The text after "label" up to the end of its line, trimmed. */
QString after(const QByteArray &text, const QByteArray &label)
{
    const int at = text.indexOf(label);
    if (at < 0)
        return {};
    const int start = at + label.size();
    const int end = text.indexOf('\n', start);
    return QString::fromUtf8(text.mid(start, end < 0 ? -1 : end - start)).trimmed();
}

QString firstUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return uuid.match(text).captured(0);
}

} // namespace

TEST_CASE("The operator registers an organisation and a professional whose one-time code enrols one device", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--no-signup") }));
    ApiClient api(service.port(), service.certificate());
    QByteArray text;

    REQUIRE(service.admin({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Wijkteam Noord") }, &text) == 0);
    const QString orgId = firstUuid(after(text, "Organisation added:"));
    REQUIRE_FALSE(orgId.isEmpty());
    CHECK(text.contains("Wijkteam Noord"));

    REQUIRE(service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"),
                            QStringLiteral("André Jansen") },
                          &text)
            == 0);
    const QString professionalId = firstUuid(after(text, "Professional added:"));
    const QString accountId = after(text, "Account:");
    const QString code = after(text, "it is not shown again):");
    REQUIRE_FALSE(professionalId.isEmpty());
    REQUIRE_FALSE(code.isEmpty());
    CHECK(QByteArray::fromBase64(code.toLatin1(), QByteArray::Base64UrlEncoding).size() >= 16);

    // The running service accepts the code once: the device joins the professional's account.
    TestDevice laptop(31);
    const Reply enrolled = api.post(QStringLiteral("/v1/enrol"),
                                    { { QStringLiteral("code"), code },
                                      { QStringLiteral("publicKey"), laptop.publicKeyBase64() },
                                      { QStringLiteral("displayName"), QStringLiteral("Laptop of Andre") } });
    REQUIRE(enrolled.status == 201);
    CHECK(enrolled.json.value(QStringLiteral("accountId")).toString() == accountId);
    laptop.deviceId = enrolled.json.value(QStringLiteral("deviceId")).toString();
    CHECK(laptop.signIn(api));
    TestDevice thief(32);
    const Reply replay = api.post(
        QStringLiteral("/v1/enrol"),
        { { QStringLiteral("code"), code }, { QStringLiteral("publicKey"), thief.publicKeyBase64() }, { QStringLiteral("displayName"), QStringLiteral("x") } });
    CHECK(replay.status == 403);

    // The list shows what the operator typed and ids; of a device, its name only when it is a professional's work device
    // (to tell which one to revoke: review 15, F6), never a citizen's (admin revoke's test lists one).
    REQUIRE(service.admin({ QStringLiteral("list") }, &text) == 0);
    CHECK(text.contains("Organisations (1)"));
    CHECK(text.contains("Professionals (1)"));
    CHECK(text.contains("Devices (1)"));
    CHECK(text.contains(orgId.toLatin1()));
    CHECK(text.contains(QStringLiteral("André Jansen").toUtf8()));
    CHECK(text.contains(laptop.deviceId.toLatin1() + "  professional " + professionalId.toLatin1() + "  \"Laptop of Andre\"  enrolled "));
    CHECK_FALSE(text.contains(code.toLatin1()));

    SECTION("bad admin input is refused and stores nothing")
    {
        CHECK(service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), newUuid(), QStringLiteral("--name"),
                              QStringLiteral("Someone") },
                            &text)
              == 1);
        CHECK(text.contains("no organisation"));
        CHECK(service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId }, &text) == 2);
        CHECK(service.admin({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("   ") }, &text) == 2);
        CHECK(service.admin({ QStringLiteral("org"), QStringLiteral("add"), QString(121, QLatin1Char('x')) }, &text) == 2);
        CHECK(service.admin({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Line\nbreak") }, &text) == 2);
        // The name rule (NameRule): nothing hidden, so no two professionals look the same in a member's list.
        CHECK(service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"),
                              QStringLiteral("Andr\u00E9 Jansen\u3164") },
                            &text)
              == 2);
        CHECK(service.admin({ QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"),
                              QStringLiteral("Andr\u00E9\u200BJansen") },
                            &text)
              == 2);
        CHECK(service.admin({ QStringLiteral("list") }, &text) == 0);
        CHECK(text.contains("Organisations (1)"));
        CHECK(text.contains("Professionals (1)"));
    }
    SECTION("every admin change is in the audit chain, which stays intact")
    {
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
        CHECK(text.contains("intact"));
    }
    CHECK(service.running());
}

TEST_CASE("admin revoke cuts a device off the running service at once", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--live-sweep"), QStringLiteral("1") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(33);
    TestDevice other(34);
    REQUIRE(phone.enrolAndSignIn(api));
    REQUIRE(other.enrolAndSignIn(api));
    LiveClient phoneSocket(service.port(), service.certificate());
    LiveClient otherSocket(service.port(), service.certificate());
    REQUIRE(phoneSocket.signIn(phone.token));
    REQUIRE(otherSocket.signIn(other.token));
    QByteArray text;
    // Signed in and answered: the token is in the service's token cache (AuthApi), which must not outlive the revocation.
    REQUIRE(api.get(QStringLiteral("/v1/devices"), phone.token).status == 200);

    REQUIRE(service.admin({ QStringLiteral("revoke"), phone.deviceId }, &text) == 0);
    CHECK(text.contains("revoked"));
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 401);
    // The service finds the revocation made by the other process within its sweep.
    CHECK_FALSE(phoneSocket.next(QStringLiteral("revoked"), 4000).isEmpty());
    CHECK(phoneSocket.waitClosed());
    CHECK_FALSE(otherSocket.isClosed());
    CHECK(api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), phone.deviceId } }).status == 403);
    CHECK(api.get(QStringLiteral("/v1/devices"), other.token).status == 200);

    CHECK(service.admin({ QStringLiteral("revoke"), phone.deviceId }, &text) == 0);
    CHECK(text.contains("already revoked"));
    CHECK(service.admin({ QStringLiteral("revoke"), newUuid() }, &text) == 1);
    CHECK(service.admin({ QStringLiteral("revoke") }, &text) == 2);
    REQUIRE(service.admin({ QStringLiteral("list") }, &text) == 0);
    CHECK(text.contains(phone.deviceId.toLatin1() + "  citizen or network member  enrolled ")); // no device name
    CHECK(text.contains("revoked 20"));

    // The revocation survives a restart and is an admin entry in an intact chain.
    REQUIRE(service.stop() == 0);
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
    REQUIRE(service.start());
    api.retarget(service.port());
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 401);
    CHECK(api.get(QStringLiteral("/v1/devices"), other.token).status == 200);
}

TEST_CASE("Admin commands on a folder without a service store fail plainly", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("empty")));
    QByteArray text;
    CHECK(service.admin({ QStringLiteral("list") }, &text) == 1);
    CHECK_FALSE(text.isEmpty());
}
