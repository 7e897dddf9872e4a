// samen-cli as a process against the real service over TLS, for what a person types about the people
// around the citizen and their own devices: the next-device link the app shows (and its QR), the words
// for a relation and a kind in the person's language, and an invitation asked for twice.
#include "robinonline.h"

#include <catch2/catch.hpp>

#include "network/networkjson.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

TEST_CASE("samen-cli: the next-device link of device add (the app's QR) connects a new folder with connect LINK or join LINK, trusting the link's pin",
          "[sync][cli][people][devices]")
{
    RobinOnline w;
    REQUIRE(cli(w.robin, { QStringLiteral("sync") }).exitCode == 0);
    auto nextDeviceLink = [&] {
        const CliRun made = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") });
        REQUIRE(made.exitCode == 0);
        const QString link = made.object().value(QStringLiteral("link")).toString();
        REQUIRE(link.startsWith(QStringLiteral("samen://device?")));
        REQUIRE(link.contains(QStringLiteral("pin=") + w.service.pin()));
        REQUIRE(link.contains(QStringLiteral("code=") + made.object().value(QStringLiteral("code")).toString()));
        return link;
    };
    // The plain output gives the link too, and says what to do with it.
    const CliRun plain = cli(w.robin, { QStringLiteral("device"), QStringLiteral("add") });
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains("Link: samen://device?"));
    CHECK(plain.out.contains("in a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK"));

    // connect LINK, no --service, no --ca-file: the pin in the link is the trust anchor; the plan comes with the next sync.
    TestDir laptop;
    const CliRun connected = cli(laptop, { QStringLiteral("connect"), nextDeviceLink(), QStringLiteral("--device-name"), QStringLiteral("laptop") });
    REQUIRE(connected.exitCode == 0);
    REQUIRE(cli(laptop, { QStringLiteral("sync") }).exitCode == 0);
    CHECK(cli(laptop, { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Robin"));

    // join LINK (what a person who got "a link" may well type) does the same.
    TestDir tablet;
    const CliRun joined = cli(tablet, { QStringLiteral("join"), nextDeviceLink(), QStringLiteral("--device-name"), QStringLiteral("tablet") });
    REQUIRE(joined.exitCode == 0);
    REQUIRE(cli(tablet, { QStringLiteral("sync") }).exitCode == 0);
    CHECK(cli(tablet, { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Robin"));
    const CliRun devices = cli(w.robin, { QStringLiteral("device"), QStringLiteral("list") });
    CHECK(devices.out.contains("laptop"));
    CHECK(devices.out.contains("tablet"));

    // A tampered pin is refused in words about the link, and nothing is made.
    TestDir tampered;
    QString other = nextDeviceLink();
    other.replace(w.service.pin(), QString(64, QLatin1Char('a')));
    const CliRun refused = cli(tampered, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("connect"), other });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("does not match the pin in the link from your other device"));
    CHECK_FALSE(refused.err.contains("--pin-sha256"));

    // An invitation link given to connect says how to use it.
    const QString invitation
        = w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") }).value(QStringLiteral("link")).toString();
    TestDir ellen;
    const CliRun wrongWay = cli(ellen, { QStringLiteral("connect"), invitation });
    CHECK(wrongWay.exitCode != 0);
    CHECK(wrongWay.err.contains("in a new data folder: samen-cli --data-dir NEW_FOLDER join LINK"));
}

namespace {

/** An invitation made at the service as a device did before NetworkClient::invite refused a second one (straight POST, Robin's own store). */
void inviteAsBefore(const TestDir &robin, const QString &name)
{
    auto store = PlanStore::open(robin.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(store);
    QNetworkAccessManager network;
    SyncClient client(*store.value(), network);
    REQUIRE(client.isConfigured());
    InvitationRequest request;
    request.kind = QStringLiteral("network");
    request.name = name;
    request.grants = { AccessGrant { QStringLiteral("social"), QStringLiteral("read"), {}, 0, {} } };
    const QString path = QStringLiteral("/v1/plans/%1/invitations").arg(store.value()->setting(QStringLiteral("planId")));
    const auto made = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { client.call("POST", path, NetworkJson::invitationBody(request), d); });
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made);
}

int openInvitations(const TestDir &robin)
{
    const CliRun listed = cli(robin, { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    return int(listed.json().array().size());
}

} // namespace

TEST_CASE("samen-cli: a person with an open invitation is not invited twice, and withdraw by name takes all of a name's invitations, no ids needed",
          "[sync][cli][people][invitations]")
{
    RobinOnline w;
    const QStringList noor { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"),  QStringLiteral("network"),
                             QStringLiteral("--name"), QStringLiteral("Noor"),   QStringLiteral("--grant"), QStringLiteral("social:read") };
    REQUIRE(cli(w.robin, noor).exitCode == 0);
    // Asked again (a person who taps Invite twice): refused in words, with how to see it and how to give a new code.
    const CliRun again = cli(w.robin, QStringList { QStringLiteral("--language"), QStringLiteral("nl") } + noor);
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(again.suggested("invite list")));
    CHECK(again.err.contains(again.suggested("invite withdraw Noor")));
    CHECK_FALSE(again.err.contains("has an invitation already")); // in Dutch
    const CliRun english = cli(w.robin, QStringList { QStringLiteral("--language"), QStringLiteral("en") } + noor);
    CHECK(english.err.contains(QStringLiteral("\u2068Noor\u2069 has an invitation already that is not used yet").toUtf8()));
    CHECK(openInvitations(w.robin) == 1);
    // The same for someone in the plan invited by --member, and with another spelling of the name.
    REQUIRE(w.invite(QStringLiteral("Sam"), QStringLiteral("network"), { QStringLiteral("social:read") }).contains(QStringLiteral("code")));
    const CliRun member = cli(w.robin,
                              { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"),
                                QStringLiteral("--member"), QStringLiteral("sam"), QStringLiteral("--grant"), QStringLiteral("social:read") });
    CHECK(member.exitCode != 0);
    CHECK(member.err.contains("has an invitation already"));
    CHECK(openInvitations(w.robin) == 2);

    // Two more for Noor, made as devices did before this was refused: the list names the person, never an id, and
    // withdraw by name takes all three, saying so.
    inviteAsBefore(w.robin, QStringLiteral("Noor"));
    inviteAsBefore(w.robin, QStringLiteral("noor"));
    REQUIRE(openInvitations(w.robin) == 4);
    const CliRun listed = cli(w.robin, { QStringLiteral("invite"), QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    CHECK(QString::fromUtf8(listed.out).count(QString::fromUtf8(listed.suggested("invite withdraw Noor")), Qt::CaseInsensitive) == 3);
    CHECK_FALSE(QString::fromUtf8(listed.out).contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
    const CliRun withdrawn = cli(w.robin, { QStringLiteral("invite"), QStringLiteral("withdraw"), QStringLiteral("Noor") });
    REQUIRE(withdrawn.exitCode == 0);
    CHECK(withdrawn.out.contains(QStringLiteral("\u2068Noor\u2069 had 3 invitations that were not used yet. All of them are withdrawn").toUtf8()));
    CHECK(openInvitations(w.robin) == 1); // Sam's stays
    // Now Noor can be invited again.
    CHECK(cli(w.robin, noor).exitCode == 0);
}

TEST_CASE("samen-cli in Dutch takes the relation and kind as Dutch words, and a refusal lists the Dutch words, no codes", "[sync][cli][people][words]")
{
    RobinOnline w;
    const QStringList nl { QStringLiteral("--language"), QStringLiteral("nl") };
    auto memberOf = [&](const QString &name) {
        const CliRun shown = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") });
        REQUIRE(shown.exitCode == 0);
        for (const QJsonValue &m : shown.object().value(QStringLiteral("members")).toArray()) {
            if (m[QStringLiteral("name")].toString() == name)
                return m.toObject();
        }
        return QJsonObject();
    };
    // Words as a Dutch person says them, any case: stored as the plan's codes.
    REQUIRE(cli(w.robin,
                nl
                    + QStringList { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("netwerk"),
                                    QStringLiteral("--name"), QStringLiteral("Kees"), QStringLiteral("--relation"), QStringLiteral("Buur") })
                .exitCode
            == 0);
    CHECK(memberOf(QStringLiteral("Kees")).value(QStringLiteral("kind")).toString() == QStringLiteral("network"));
    CHECK(memberOf(QStringLiteral("Kees")).value(QStringLiteral("relation")).toString() == QStringLiteral("neighbour"));
    REQUIRE(cli(w.robin,
                nl
                    + QStringList { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("hulpverlener"),
                                    QStringLiteral("--name"), QStringLiteral("Monique"), QStringLiteral("--organisation"), QStringLiteral("Wijkteam") })
                .exitCode
            == 0);
    CHECK(memberOf(QStringLiteral("Monique")).value(QStringLiteral("kind")).toString() == QStringLiteral("professional"));
    // The codes still work, in either language.
    REQUIRE(cli(w.robin,
                nl
                    + QStringList { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("network"),
                                    QStringLiteral("--name"), QStringLiteral("Lotte"), QStringLiteral("--relation"), QStringLiteral("volunteer") })
                .exitCode
            == 0);
    CHECK(memberOf(QStringLiteral("Lotte")).value(QStringLiteral("relation")).toString() == QStringLiteral("volunteer"));

    // A word that is not one of them: refused with the Dutch words to choose from, no English codes; nothing is added or sent.
    const CliRun relation = cli(w.robin,
                                nl
                                    + QStringList { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("netwerk"),
                                                    QStringLiteral("--name"), QStringLiteral("Mariam"), QStringLiteral("--relation"),
                                                    QStringLiteral("buurvrouw"), QStringLiteral("--grant"), QStringLiteral("social:read") });
    CHECK(relation.exitCode == 3);
    for (const char *word : { "vriend", "familie", "partner", "buur", "werkgever", "vrijwilliger", "anders" })
        CHECK(relation.err.contains(word));
    for (const char *code : { "friend", "family", "neighbour", "employer", "volunteer", "other" })
        CHECK_FALSE(relation.err.contains(code));
    const CliRun open = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("list") });
    REQUIRE(open.exitCode == 0);
    CHECK(open.json().array().isEmpty());
    const CliRun kind = cli(w.robin,
                            nl
                                + QStringList { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("buur"),
                                                QStringLiteral("--name"), QStringLiteral("Xander") });
    CHECK(kind.exitCode == 3);
    CHECK(kind.err.contains("netwerk"));
    CHECK(kind.err.contains("hulpverlener"));
    for (const char *code : { "network", "professional", "citizen" })
        CHECK_FALSE(kind.err.contains(code));
    CHECK(memberOf(QStringLiteral("Xander")).isEmpty());

    // The invitation with the Dutch word is made, for a neighbour.
    const CliRun invited = cli(w.robin,
                               nl
                                   + QStringList { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"),
                                                   QStringLiteral("netwerk"), QStringLiteral("--name"), QStringLiteral("Mariam"), QStringLiteral("--relation"),
                                                   QStringLiteral("buur"), QStringLiteral("--grant"), QStringLiteral("social:read") });
    REQUIRE(invited.exitCode == 0);
    CHECK(invited.object().value(QStringLiteral("code")).toString().size() > 0);
}
