// Issue 13's cases, synced across the citizen's and members' devices through the
// real samen-service over TLS, each device a samen-cli process with its own
// encrypted store: Robin's (André coordinates and plans a meeting every six weeks;
// Ellen adapts Robin's work; the benefits adviser takes a step), Monique's (four
// professionals, one explicit coordinator, shown first) and Tess's (turning 18: her
// youth-care worker leaves, a social-team worker arrives; both stay in the history).
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>

#include <list>

using namespace samen;
using namespace samen::test;

namespace {

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0)
{
    return expectCli(dir.path(), args, expectedExit);
}

QJsonValue json(const TestDir &dir, const QStringList &args)
{
    const CliRun run = cli(dir, QStringList { QStringLiteral("--json") } + args);
    const QJsonDocument doc = run.json();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

QStringList names(const QJsonArray &people)
{
    QStringList out;
    for (const QJsonValue &p : people)
        out << str(p, "name");
    return out;
}

QString at(int daysFromNow)
{
    return QDateTime::currentDateTime().addDays(daysFromNow).toString(QStringLiteral("yyyy-MM-dd'T'10:00"));
}

/** A start this many seconds from now, local time: a meeting that is planned ahead and can be marked held at once. */
QString inSeconds(int seconds)
{
    return QDateTime::currentDateTime().addSecs(seconds).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QString day(int daysFromNow)
{
    return QDate::currentDate().addDays(daysFromNow).toString(Qt::ISODate);
}

/** A citizen's plan at the real service, and the people who join it, each with their own device (a samen-cli data folder). */
struct Circle {
    TestDir serviceDir, owner;
    ServiceProcess service { serviceDir.path() };
    std::list<TestDir> devices;

    explicit Circle(const QString &citizen)
    {
        REQUIRE(service.start());
        cli(owner, { QStringLiteral("init"), QStringLiteral("--name"), citizen });
        cli(owner, QStringList { QStringLiteral("connect") } + service.cliArgs());
        cli(owner, { QStringLiteral("sync") });
    }

    /** An organisation and a professional the operator registers; their one-time enrolment code. */
    QString enrolCode(const QString &organisation, const QString &name)
    {
        QByteArray text;
        REQUIRE(serviceAdmin(serviceDir.path(), { QStringLiteral("org"), QStringLiteral("add"), organisation }, &text) == 0);
        const QString orgId = QRegularExpression(QStringLiteral("Organisation added: (\\S+)")).match(QString::fromUtf8(text)).captured(1);
        REQUIRE(serviceAdmin(serviceDir.path(),
                             { QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"), name }, &text)
                == 0);
        return QRegularExpression(QStringLiteral("not shown again\\): (\\S+)")).match(QString::fromUtf8(text)).captured(1);
    }

    /** Invites someone with grants (DOMAIN:read|write), lets them join from a device of their own, lets them in; their device. */
    TestDir &join(const QString &kind, const QString &name, const QStringList &grants, const QString &organisation = {})
    {
        QStringList invite {
            QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), kind, QStringLiteral("--name"), name
        };
        for (const QString &g : grants)
            invite << QStringLiteral("--grant") << g;
        if (!organisation.isEmpty())
            invite << QStringLiteral("--organisation") << organisation;
        const QString code = cli(owner, invite).object().value(QStringLiteral("code")).toString();
        REQUIRE_FALSE(code.isEmpty());
        TestDir &device = devices.emplace_back();
        QStringList joinArgs = QStringList { QStringLiteral("--json"), QStringLiteral("join"), code } + service.cliArgs();
        if (kind == QLatin1String("professional"))
            joinArgs << QStringLiteral("--enrol-code") << enrolCode(organisation, name);
        const QString memberId = cli(device, joinArgs).object().value(QStringLiteral("memberId")).toString();
        REQUIRE_FALSE(memberId.isEmpty());
        cli(owner, { QStringLiteral("join"), QStringLiteral("confirm"), memberId });
        cli(owner, { QStringLiteral("sync") });
        cli(device, { QStringLiteral("sync") });
        return device;
    }

    /** Every device syncs: the owner first, then each member, then the owner again. */
    void syncAll()
    {
        cli(owner, { QStringLiteral("sync") });
        for (const TestDir &d : devices)
            cli(d, { QStringLiteral("sync") });
        cli(owner, { QStringLiteral("sync") });
    }
};

} // namespace

TEST_CASE("Robin: André coordinates and meets every six weeks, Ellen adapts Robin's work, the benefits adviser takes a step", "[sync][meetings]")
{
    Circle robin(QStringLiteral("Robin"));
    TestDir &andre = robin.join(QStringLiteral("professional"), QStringLiteral("André"), { QStringLiteral("money:write"), QStringLiteral("social:write") },
                                QStringLiteral("Welzijn Midden"));
    TestDir &ellen = robin.join(QStringLiteral("network"), QStringLiteral("Ellen"), { QStringLiteral("work:write") });
    cli(robin.owner,
        { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("professional"), QStringLiteral("--name"),
          QStringLiteral("Samira"), QStringLiteral("--organisation"), QStringLiteral("Sociale dienst"), QStringLiteral("--role"),
          QStringLiteral("benefits adviser"), QStringLiteral("--domains"), QStringLiteral("money") });
    const QString debts = str(
        json(robin.owner,
             { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), QStringLiteral("Overview of my debts") }),
        "id");
    cli(robin.owner,
        { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("André"), QStringLiteral("--note"),
          QStringLiteral("André plans our meetings and keeps the overview.") });
    robin.syncAll();

    // André, now coordinator, writes down the first meeting (it took place over six weeks ago), plans the second with Ellen,
    // and records it once it has begun, with its agreements.
    const CliRun first
        = cli(andre,
              { QStringLiteral("meeting"), QStringLiteral("record"), QStringLiteral("First joint meeting"), QStringLiteral("--at"), at(-43),
                QStringLiteral("--place"), QStringLiteral("Wijkcentrum"), QStringLiteral("--with"), QStringLiteral("Ellen"), QStringLiteral("--agenda"),
                QStringLiteral("money"), QStringLiteral("--agenda"), QStringLiteral("work"), QStringLiteral("--notes"), QStringLiteral("A good start.") });
    CHECK(first.out.contains("\u2068Robin\u2069 is always invited: it is their plan."));
    cli(andre,
        { QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("Second joint meeting"), QStringLiteral("--at"), inSeconds(30),
          QStringLiteral("--video-link"), QStringLiteral("https://video.example.nl/robin"), QStringLiteral("--with"), QStringLiteral("Ellen") });
    const QJsonObject held = json(andre,
                                  { QStringLiteral("meeting"), QStringLiteral("held"), QStringLiteral("Second joint meeting"), QStringLiteral("--notes"),
                                    QStringLiteral("Hours adapted.") })
                                 .toObject();
    // Every six weeks: the next one is suggested six weeks after the last.
    CHECK(QDateTime::fromString(str(held, "suggestedNext"), Qt::ISODate).toLocalTime().date() == QDate::currentDate().addDays(42));
    // The coordinator records agreements only in life domains Robin lets him see (the role gives no more access than the
    // grants): Ellen's, about work, is refused on his device and Robin records it himself.
    const QStringList forEllenArgs { QStringLiteral("agreement"),
                                     QStringLiteral("add"),
                                     QStringLiteral("Ellen adapts Robin's hours"),
                                     QStringLiteral("--domain"),
                                     QStringLiteral("work"),
                                     QStringLiteral("--who"),
                                     QStringLiteral("Ellen"),
                                     QStringLiteral("--by"),
                                     day(7),
                                     QStringLiteral("--evaluate"),
                                     day(10),
                                     QStringLiteral("--meeting"),
                                     QStringLiteral("Second joint meeting") };
    const CliRun refused = cli(andre, forEllenArgs, 1);
    CHECK(refused.err.contains("in the life domains they may see"));
    robin.syncAll();
    const QJsonObject forEllen = json(robin.owner, forEllenArgs).toObject();
    CHECK(str(forEllen, "evaluationDate") == day(10));
    CHECK(str(forEllen, "whoName") == QStringLiteral("Ellen"));
    json(andre,
         { QStringLiteral("agreement"), QStringLiteral("add"), QStringLiteral("Samira checks the benefit"), QStringLiteral("--domain"), QStringLiteral("money"),
           QStringLiteral("--who"), QStringLiteral("Samira"), QStringLiteral("--meeting"), QStringLiteral("Second joint meeting") });
    cli(andre,
        { QStringLiteral("step"), QStringLiteral("add"), debts, QStringLiteral("Check the benefit supplement"), QStringLiteral("--owner"),
          QStringLiteral("Samira") });
    robin.syncAll();

    // Ellen reads the meetings (she reads work, and is invited) and her agreement, not the money one; she evaluates hers.
    const QJsonArray ellenMeetings = json(ellen, { QStringLiteral("meeting"), QStringLiteral("list") }).toArray();
    CHECK(ellenMeetings.size() == 2);
    QStringList ellenAgreements;
    for (const QJsonValue &a : json(ellen, { QStringLiteral("agreement"), QStringLiteral("list") }).toArray())
        ellenAgreements << str(a, "what");
    CHECK(ellenAgreements == QStringList { QStringLiteral("Ellen adapts Robin's hours") });
    cli(ellen,
        { QStringLiteral("agreement"), QStringLiteral("evaluate"), QStringLiteral("Ellen adapts Robin's hours"), QStringLiteral("--status"),
          QStringLiteral("done"), QStringLiteral("--note"), QStringLiteral("Robin starts at ten now.") });
    // She may not record an agreement in money, nor plan a meeting: refused on her device (WriteRule), nothing stored.
    cli(ellen, { QStringLiteral("agreement"), QStringLiteral("add"), QStringLiteral("Pay the rent"), QStringLiteral("--domain"), QStringLiteral("money") }, 1);
    cli(ellen,
        { QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("Coffee"), QStringLiteral("--at"), at(3), QStringLiteral("--place"),
          QStringLiteral("Cafe") },
        1);
    robin.syncAll();

    // Robin's device holds it all: both meetings, the evaluated agreement, André coordinating, Samira with her step.
    const QJsonArray meetings = json(robin.owner, { QStringLiteral("meeting"), QStringLiteral("list") }).toArray();
    REQUIRE(meetings.size() == 2);
    CHECK(str(meetings[0], "title") == QStringLiteral("Second joint meeting"));
    CHECK(names(meetings[0].toObject().value(QStringLiteral("participants")).toArray()) == QStringList { QStringLiteral("Robin"), QStringLiteral("Ellen") });
    CHECK(meetings[0].toObject().value(QStringLiteral("agreements")).toArray().size() == 2);
    const QJsonArray agreements = json(robin.owner, { QStringLiteral("agreement"), QStringLiteral("list") }).toArray();
    REQUIRE(agreements.size() == 2);
    CHECK(str(agreements[0], "status") == QStringLiteral("done"));
    CHECK(str(agreements[0], "evaluation") == QStringLiteral("Robin starts at ten now."));
    const QJsonObject team = json(robin.owner, { QStringLiteral("professionals") }).toObject();
    CHECK(str(team.value(QStringLiteral("coordinator")), "name") == QStringLiteral("André"));
    const QJsonArray professionals = team.value(QStringLiteral("professionals")).toArray();
    REQUIRE(names(professionals) == QStringList { QStringLiteral("Samira") });
    CHECK(str(professionals[0], "organisation") == QStringLiteral("Sociale dienst"));
    CHECK(professionals[0].toObject().value(QStringLiteral("openSteps")).toArray().size() == 1);
    CHECK(professionals[0].toObject().value(QStringLiteral("openAgreements")).toArray().size() == 1);
    // The text speaks of people by name, never by id.
    const QString text = QString::fromUtf8(cli(robin.owner, { QStringLiteral("professionals") }).out);
    CHECK(text.contains(QStringLiteral("André")));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
    // André coordinates, and still sees no more than Robin lets him (the lead's decision: consent is the citizen's alone):
    // the money agreement, not Ellen's in work.
    cli(andre, { QStringLiteral("sync") });
    QStringList andreAgreements;
    for (const QJsonValue &a : json(andre, { QStringLiteral("agreement"), QStringLiteral("list") }).toArray())
        andreAgreements << str(a, "what");
    CHECK(andreAgreements == QStringList { QStringLiteral("Samira checks the benefit") });
}

TEST_CASE("Monique: four professionals and one explicit coordinator, who comes first on every device", "[sync][meetings]")
{
    Circle monique(QStringLiteral("Monique"));
    TestDir &karin = monique.join(QStringLiteral("professional"), QStringLiteral("Karin"), { QStringLiteral("money:write") }, QStringLiteral("Wijkteam Oost"));
    TestDir &sister = monique.join(QStringLiteral("network"), QStringLiteral("Sanne"), { QStringLiteral("social:read") });
    for (const auto &[name, organisation] :
         { std::pair { "Bas", "GGZ Centraal" }, std::pair { "Fatima", "Schuldhulp" }, std::pair { "Ivo", "Huisartsenpraktijk" } })
        cli(monique.owner,
            { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("professional"), QStringLiteral("--name"),
              QString::fromUtf8(name), QStringLiteral("--organisation"), QString::fromUtf8(organisation) });
    cli(monique.owner,
        { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("Karin"), QStringLiteral("--note"),
          QStringLiteral("Karin keeps the overview of all four.") });
    monique.syncAll();

    for (const TestDir *device : { &monique.owner, &karin, &sister }) {
        const QJsonObject team = json(*device, { QStringLiteral("professionals") }).toObject();
        CHECK(str(team.value(QStringLiteral("coordinator")), "name") == QStringLiteral("Karin"));
        QStringList others = names(team.value(QStringLiteral("professionals")).toArray());
        others.sort();
        CHECK(others == QStringList { QStringLiteral("Bas"), QStringLiteral("Fatima"), QStringLiteral("Ivo") });
        const QStringList lines = QString::fromUtf8(cli(*device, { QStringLiteral("professionals") }).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4); // the coordinator first, then one line each
        CHECK(lines[0].contains(QStringLiteral("Karin")));
        CHECK(lines[0].contains(QStringLiteral("Wijkteam Oost")));
        const QJsonArray history = json(*device, { QStringLiteral("coordinator"), QStringLiteral("history") }).toArray();
        REQUIRE(history.size() == 2);
        CHECK(str(history[0], "name") == QStringLiteral("Karin"));
        CHECK(str(history[0], "note") == QStringLiteral("Karin keeps the overview of all four."));
        CHECK(str(history[1], "name") == QStringLiteral("Monique"));
    }
}

TEST_CASE("Tess turns 18: the youth-care worker leaves, a social-team worker arrives, and the history shows both", "[sync][meetings]")
{
    Circle tess(QStringLiteral("Tess"));
    TestDir &joke = tess.join(QStringLiteral("professional"), QStringLiteral("Joke"), { QStringLiteral("social:write") }, QStringLiteral("Jeugdzorg"));
    TestDir &mother = tess.join(QStringLiteral("network"), QStringLiteral("Mam"), { QStringLiteral("social:read") });
    cli(tess.owner,
        { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("Joke"), QStringLiteral("--note"),
          QStringLiteral("Joke knows Tess since she was 12.") });
    tess.syncAll();
    CHECK(str(json(joke, { QStringLiteral("professionals") }).toObject().value(QStringLiteral("coordinator")), "name") == QStringLiteral("Joke"));

    // Turning 18: the social team takes over; the youth-care worker hands over and leaves.
    TestDir &wim = tess.join(QStringLiteral("professional"), QStringLiteral("Wim"), { QStringLiteral("social:write") }, QStringLiteral("Sociaal team"));
    cli(tess.owner,
        { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("Wim"), QStringLiteral("--note"),
          QStringLiteral("Tess is 18: the social team takes over from youth care.") });
    cli(tess.owner, { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("Joke"), QStringLiteral("--yes") });
    cli(tess.owner, { QStringLiteral("sync") });
    // Removed: the plan leaves her caseload (a professional's device: her other plans stay, so the round itself went well),
    // said plainly.
    CHECK(cli(joke, { QStringLiteral("sync") }).out.contains("has removed you from their plan"));
    for (const TestDir *device : { &wim, &mother, &tess.owner })
        cli(*device, { QStringLiteral("sync") });

    for (const TestDir *device : { &tess.owner, &wim, &mother }) {
        const QJsonObject team = json(*device, { QStringLiteral("professionals") }).toObject();
        CHECK(str(team.value(QStringLiteral("coordinator")), "name") == QStringLiteral("Wim"));
        const QJsonArray former = team.value(QStringLiteral("former")).toArray();
        REQUIRE(names(former) == QStringList { QStringLiteral("Joke") });
        CHECK(str(former[0], "until") == day(0));
        CHECK_FALSE(str(former[0], "since").isEmpty());
        const QJsonArray history = json(*device, { QStringLiteral("coordinator"), QStringLiteral("history") }).toArray();
        REQUIRE(names(history) == (QStringList { QStringLiteral("Wim"), QStringLiteral("Joke"), QStringLiteral("Tess") }));
        CHECK(str(history[1], "until") == day(0));
        CHECK(str(history[0], "note") == QStringLiteral("Tess is 18: the social team takes over from youth care."));
        const QString text = QString::fromUtf8(cli(*device, { QStringLiteral("professionals") }).out);
        CHECK(text.contains(QStringLiteral("Joke")));
    }
}

TEST_CASE("A neighbour who reads Work only sees a meeting when Work is on its agenda, and never its notes or agenda points", "[sync][meetings]")
{
    Circle robin(QStringLiteral("Robin"));
    TestDir &andre = robin.join(QStringLiteral("network"), QStringLiteral("André"), { QStringLiteral("money:write") });
    TestDir &kees = robin.join(QStringLiteral("network"), QStringLiteral("Kees"), { QStringLiteral("work:read") });
    // A meeting about money only, with André; and one about money and work, with André: Kees takes part in neither.
    const CliRun planned
        = cli(robin.owner,
              { QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("Gezamenlijk overleg"), QStringLiteral("--at"), at(3),
                QStringLiteral("--place"), QStringLiteral("Wijkcentrum"), QStringLiteral("--with"), QStringLiteral("André"), QStringLiteral("--agenda"),
                QStringLiteral("money"), QStringLiteral("--point"), QStringLiteral("The debt with the landlord") });
    // The citizen is always invited (by design): the output says so when --with did not name them.
    CHECK(planned.out.contains("You are always invited: it is your plan."));
    cli(robin.owner,
        { QStringLiteral("meeting"), QStringLiteral("record"), QStringLiteral("Work and money"), QStringLiteral("--at"), at(-2), QStringLiteral("--place"),
          QStringLiteral("Wijkcentrum"), QStringLiteral("--with"), QStringLiteral("André"), QStringLiteral("--agenda"), QStringLiteral("money"),
          QStringLiteral("--agenda"), QStringLiteral("work"), QStringLiteral("--point"), QStringLiteral("Fewer hours for a while"), QStringLiteral("--notes"),
          QStringLiteral("Robin told about the debts.") });
    robin.syncAll();

    // The service sent Kees only the meeting with Work on its agenda, and of it no notes and no agenda points: his store
    // does not hold them (checked in the encrypted store, not only in what the CLI prints).
    {
        auto store = PlanStore::open(kees.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store);
        const QString planId = store.value()->setting(QStringLiteral("planId"));
        const QList<QJsonObject> held = store.value()->entities(planId, QStringLiteral("meeting"));
        REQUIRE(held.size() == 1);
        CHECK(str(held.first(), "title") == QStringLiteral("Work and money"));
        CHECK_FALSE(held.first().contains(QStringLiteral("notes")));
        CHECK_FALSE(held.first().contains(QStringLiteral("agendaPoints")));
    }
    const QJsonArray keesMeetings = json(kees, { QStringLiteral("meeting"), QStringLiteral("list") }).toArray();
    REQUIRE(keesMeetings.size() == 1);
    QStringList agenda;
    for (const QJsonValue &a : keesMeetings[0].toObject().value(QStringLiteral("agenda")).toArray())
        agenda << str(a, "key");
    CHECK(agenda == QStringList { QStringLiteral("work") }); // the money point is not his to see
    const QString shown = QString::fromUtf8(cli(kees, { QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("Work and money") }).out);
    CHECK_FALSE(shown.contains(QStringLiteral("debts")));
    CHECK_FALSE(shown.contains(QStringLiteral("Fewer hours")));
    CHECK_FALSE(shown.contains(QStringLiteral("Money")));
    cli(kees, { QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("Gezamenlijk overleg") }, 3); // not found: as if it were not there

    // André takes part in both: he reads them whole.
    const QJsonArray andreMeetings = json(andre, { QStringLiteral("meeting"), QStringLiteral("list") }).toArray();
    REQUIRE(andreMeetings.size() == 2);
    CHECK(str(andreMeetings[1], "notes") == QStringLiteral("Robin told about the debts."));
    CHECK(andreMeetings[0].toObject().value(QStringLiteral("agendaPoints")).toArray().size() == 1);
}

namespace {

QJsonObject byName(const QJsonArray &items, const char *key, const QString &value)
{
    for (const QJsonValue &v : items)
        if (str(v, key) == value)
            return v.toObject();
    return {};
}

QStringList domainsOf(const QJsonObject &person)
{
    QStringList out;
    for (const QJsonValue &d : person.value(QStringLiteral("domains")).toArray())
        out << str(d, "key") + QLatin1Char(':') + str(d, "access");
    out.sort();
    return out;
}

} // namespace

TEST_CASE("A removed professional leaves the meetings to come and has helped before on every device, and their agreement asks who takes it on",
          "[sync][meetings]")
{
    // Review 2, findings 14 and 22: after `member revoke Samira` (and no further sync of Robin's), André's and Sam's devices
    // still listed her as a current professional invited to the next meeting, with her agreement open and nobody asked.
    Circle robin(QStringLiteral("Robin"));
    TestDir &andre = robin.join(QStringLiteral("professional"), QStringLiteral("André"), { QStringLiteral("money:write"), QStringLiteral("work:write") },
                                QStringLiteral("Welzijn"));
    robin.join(QStringLiteral("professional"), QStringLiteral("Samira"), { QStringLiteral("money:write") }, QStringLiteral("Sociale dienst"));
    TestDir &sam = robin.join(QStringLiteral("network"), QStringLiteral("Sam"), { QStringLiteral("money:read") });
    cli(robin.owner,
        { QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("Next meeting"), QStringLiteral("--at"), at(10), QStringLiteral("--place"),
          QStringLiteral("Wijkcentrum"), QStringLiteral("--with"), QStringLiteral("André"), QStringLiteral("--with"), QStringLiteral("Samira"),
          QStringLiteral("--agenda"), QStringLiteral("money") });
    cli(robin.owner,
        { QStringLiteral("agreement"), QStringLiteral("add"), QStringLiteral("Check the benefit"), QStringLiteral("--domain"), QStringLiteral("money"),
          QStringLiteral("--who"), QStringLiteral("Samira") });
    robin.syncAll();

    const CliRun revoked = cli(robin.owner, { QStringLiteral("member"), QStringLiteral("revoke"), QStringLiteral("Samira"), QStringLiteral("--yes") });
    CHECK(revoked.out.contains("see at their next sync that"));
    for (const TestDir *device : { &robin.owner, &andre, &sam }) {
        cli(*device, { QStringLiteral("sync") }); // Robin's own device does not sync again before the others
        const QJsonObject team = json(*device, { QStringLiteral("professionals") }).toObject();
        CHECK(names(team.value(QStringLiteral("former")).toArray()) == QStringList { QStringLiteral("Samira") });
        CHECK_FALSE(names(team.value(QStringLiteral("professionals")).toArray()).contains(QStringLiteral("Samira")));
        const QJsonObject next
            = byName(json(*device, { QStringLiteral("meeting"), QStringLiteral("list") }).toArray(), "title", QStringLiteral("Next meeting"));
        REQUIRE_FALSE(next.isEmpty());
        const QStringList with = names(next.value(QStringLiteral("participants")).toArray());
        CHECK(with.contains(QStringLiteral("André")));
        CHECK_FALSE(with.contains(QStringLiteral("Samira")));
        const QJsonObject agreement
            = byName(json(*device, { QStringLiteral("agreement"), QStringLiteral("list") }).toArray(), "what", QStringLiteral("Check the benefit"));
        CHECK(agreement.value(QStringLiteral("whoFormer")).toBool());
    }
    CHECK(QString::fromUtf8(cli(robin.owner, { QStringLiteral("agreement"), QStringLiteral("list") }).out).contains(QStringLiteral("no longer helps")));
    // A meeting by the start of its title, as a goal (review 3, finding 22).
    CHECK(QString::fromUtf8(cli(robin.owner, { QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("next") }).out)
              .contains(QStringLiteral("Next meeting")));

    // Review 2, finding 8: what André works on comes from his grants; Sam's device does not know them and says nothing of them.
    const auto andreOn = [&](const TestDir &device) {
        const QJsonObject team = json(device, { QStringLiteral("professionals") }).toObject();
        return domainsOf(byName(team.value(QStringLiteral("professionals")).toArray(), "name", QStringLiteral("André")));
    };
    CHECK(andreOn(robin.owner) == QStringList { QStringLiteral("money:write"), QStringLiteral("work:write") });
    CHECK(andreOn(andre) == QStringList { QStringLiteral("money:write"), QStringLiteral("work:write") });
    CHECK(andreOn(sam).isEmpty());

    // The next step: the owner chooses who takes it on; Samira herself can no longer be chosen.
    cli(robin.owner,
        { QStringLiteral("agreement"), QStringLiteral("evaluate"), QStringLiteral("Check the benefit"), QStringLiteral("--who"), QStringLiteral("Samira") }, 3);
    cli(robin.owner,
        { QStringLiteral("agreement"), QStringLiteral("evaluate"), QStringLiteral("Check the benefit"), QStringLiteral("--who"), QStringLiteral("André") });
    for (const TestDir *device : { &robin.owner, &andre, &sam }) // Samira's device no longer has the plan
        cli(*device, { QStringLiteral("sync") });
    for (const TestDir *device : { &robin.owner, &andre, &sam }) {
        const QJsonObject agreement
            = byName(json(*device, { QStringLiteral("agreement"), QStringLiteral("list") }).toArray(), "what", QStringLiteral("Check the benefit"));
        CHECK(str(agreement, "whoName") == QStringLiteral("André"));
        CHECK_FALSE(agreement.value(QStringLiteral("whoFormer")).toBool());
        CHECK(str(agreement, "status") == QStringLiteral("open"));
    }
}

TEST_CASE("Only someone let in can be made the coordinator: not a joiner who waits, and the service refuses it too", "[sync][meetings]")
{
    // Review 2, finding 28: Ellen, who had used her invitation and waited to be let in, could be made coordinator.
    Circle robin(QStringLiteral("Robin"));
    cli(robin.owner,
        { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("network"), QStringLiteral("--name"),
          QStringLiteral("Ellen"), QStringLiteral("--relation"), QStringLiteral("employer") });
    const QString code = cli(robin.owner,
                             { QStringLiteral("--json"), QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"),
                               QStringLiteral("network"), QStringLiteral("--name"), QStringLiteral("Ellen"), QStringLiteral("--member"),
                               QStringLiteral("Ellen"), QStringLiteral("--grant"), QStringLiteral("work:read") })
                             .object()
                             .value(QStringLiteral("code"))
                             .toString();
    REQUIRE_FALSE(code.isEmpty());
    TestDir ellen;
    cli(ellen, QStringList { QStringLiteral("join"), code } + robin.service.cliArgs());
    cli(robin.owner, { QStringLiteral("sync") });

    const CliRun refused = cli(robin.owner,
                               { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("Ellen"), QStringLiteral("--note"),
                                 QStringLiteral("Ellen keeps the overview.") },
                               3);
    CHECK(refused.err.contains("has not been let in"));
    const QJsonObject team = json(robin.owner, { QStringLiteral("professionals") }).toObject();
    CHECK(str(team.value(QStringLiteral("coordinator")), "name") == QStringLiteral("Robin"));

    // Once let in, she can.
    cli(robin.owner, { QStringLiteral("member"), QStringLiteral("let-in"), QStringLiteral("Ellen") });
    cli(robin.owner,
        { QStringLiteral("coordinator"), QStringLiteral("set"), QStringLiteral("Ellen"), QStringLiteral("--note"),
          QStringLiteral("Ellen keeps the overview.") });
    cli(robin.owner, { QStringLiteral("sync") });
    CHECK(cli(robin.owner, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("refusedTotal")).toInt() == 0);
    CHECK(str(json(robin.owner, { QStringLiteral("professionals") }).toObject().value(QStringLiteral("coordinator")), "name") == QStringLiteral("Ellen"));
}

TEST_CASE("Erasing on a member's device leaves the plan at the service, the owner sees that they left, and the member is told the way back", "[sync][meetings]")
{
    // Review 2, finding 27: a member who erased stayed a member with access and no device, the owner was not told, and the
    // confirmation advised them to keep "your plan" with samen-cli export.
    Circle robin(QStringLiteral("Robin"));
    TestDir &sam = robin.join(QStringLiteral("network"), QStringLiteral("Sam"), { QStringLiteral("social:read") });
    const CliRun asked = cli(sam, { QStringLiteral("erase") }, 2); // no answer on stdin: nothing is erased
    CHECK(asked.err.contains("you leave it at the service"));
    CHECK(asked.err.contains("ask its owner for a new invitation"));
    CHECK_FALSE(asked.err.contains(asked.suggested("export")));

    const CliRun erased = cli(sam, { QStringLiteral("--json"), QStringLiteral("erase"), QStringLiteral("--yes") });
    CHECK(str(erased.object(), "service") == QStringLiteral("left"));
    const QJsonArray members = json(robin.owner, { QStringLiteral("member"), QStringLiteral("list") }).toObject().value(QStringLiteral("members")).toArray();
    for (const QJsonValue &m : members)
        CHECK(str(m, "name") != QStringLiteral("Sam"));
    CHECK(QString::fromUtf8(cli(robin.owner, { QStringLiteral("log") }).out).contains(QStringLiteral("left the plan")));
}
