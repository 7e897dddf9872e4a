// The professionals view's and the meeting pages' controllers on Robin's demo plan in a real
// encrypted store: contact links, the handover, planning (the owner always invited), and the
// suggested next meeting (2 to 6 weeks on, planned in one step).
#include "testdir.h"
#include "ui/people/networkwords.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/team/agreementcontroller.h"
#include "ui/team/meetingcontroller.h"
#include "ui/team/teamcontroller.h"
#include "ui/team/teamwords.h"

#include <catch2/catch.hpp>

using samen::app::AgreementController;
using samen::app::MeetingController;
using samen::app::Session;
using samen::app::TeamController;
using samen::app::TeamWords;
using samen::test::TestDir;

namespace {

QVariantMap named(const QVariantList &list, const QString &name)
{
    for (const QVariant &v : list)
        if (v.toMap().value(QStringLiteral("name")).toString() == name)
            return v.toMap();
    return {};
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("Phone numbers and e-mail addresses become tel: and mailto: links, anything else none", "[team]")
{
    CHECK(TeamWords::phoneLink(QStringLiteral("0800-1234")) == QLatin1String("tel:08001234"));
    CHECK(TeamWords::phoneLink(QStringLiteral("06 12 34 56 78")) == QLatin1String("tel:0612345678"));
    CHECK(TeamWords::phoneLink(QStringLiteral("+31 (0)20 123 45 67")) == QLatin1String("tel:+31201234567"));
    CHECK(TeamWords::phoneLink(QStringLiteral("ask at the desk")).isEmpty());
    CHECK(TeamWords::emailLink(QStringLiteral("andre@welzijn.example")) == QLatin1String("mailto:andre@welzijn.example"));
    CHECK(TeamWords::emailLink(QStringLiteral("andre@welzijn.example?subject=x")).isEmpty());
    CHECK(TeamWords::emailLink(QStringLiteral("javascript:alert(1)")).isEmpty());
    CHECK(TeamWords::emailLink(QStringLiteral("not an address")).isEmpty());
}

TEST_CASE("A handover without a note changes nothing, with one, the new coordinator comes first and the history keeps both", "[team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("team-test-1")));
    TeamController team;
    team.setPlan(session.plan());
    REQUIRE(str(team.coordinator(), "name") == QStringLiteral("André"));
    const QString ellen = str(named(team.candidates(), QStringLiteral("Ellen")), "id");
    REQUIRE(!ellen.isEmpty());
    CHECK(str(team.candidates().first().toMap(), "group") == QLatin1String("self"));

    CHECK_FALSE(team.handOver(ellen, QString()));
    CHECK(!team.error().isEmpty());
    CHECK(session.plan()->coordinatorName() == QStringLiteral("André"));

    REQUIRE(team.handOver(ellen, QStringLiteral("Ellen sees Robin every day.")));
    CHECK(session.plan()->coordinatorName() == QLatin1String("Ellen"));
    CHECK(str(team.coordinator(), "name") == QLatin1String("Ellen"));
    REQUIRE(team.history().size() >= 3);
    CHECK(str(team.history().at(0).toMap(), "name") == QLatin1String("Ellen"));
    CHECK(str(team.history().at(0).toMap(), "note") == QLatin1String("Ellen sees Robin every day."));
    CHECK(str(team.history().at(1).toMap(), "name") == QStringLiteral("André"));
    CHECK(!str(team.history().at(1).toMap(), "periodText").isEmpty());
    // André is a professional again, not the coordinator: he is in the list now.
    CHECK(!named(team.professionals(), QStringLiteral("André")).isEmpty());
}

TEST_CASE("A meeting always invites the citizen, a bad one is refused and stores nothing", "[team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("team-test-2")));
    MeetingController meetings;
    meetings.setPlan(session.plan());
    const qsizetype before = meetings.meetings().size();
    const QString date = session.plan()->today().addDays(14).toString(Qt::ISODate);

    CHECK(meetings
              .planMeeting({ { QStringLiteral("title"), QStringLiteral("Talk") },
                             { QStringLiteral("date"), QStringLiteral("someday") },
                             { QStringLiteral("time"), QStringLiteral("10:00") },
                             { QStringLiteral("place"), QStringLiteral("Home") } })
              .isEmpty());
    CHECK(!meetings.error().isEmpty());
    CHECK(meetings
              .planMeeting({ { QStringLiteral("title"), QStringLiteral("Talk") },
                             { QStringLiteral("date"), date },
                             { QStringLiteral("time"), QStringLiteral("10:00") },
                             { QStringLiteral("videoLink"), QStringLiteral("http://x.example") } })
              .isEmpty());
    CHECK(meetings.meetings().size() == before);

    const QString id = meetings.planMeeting({ { QStringLiteral("title"), QStringLiteral("Talk") },
                                              { QStringLiteral("date"), date },
                                              { QStringLiteral("time"), QStringLiteral("10:00") },
                                              { QStringLiteral("place"), QStringLiteral("Home") },
                                              { QStringLiteral("participantIds"), QVariantList() } });
    REQUIRE(!id.isEmpty());
    CHECK(meetings.error().isEmpty());
    const QVariantList participants = meetings.meeting(id).value(QStringLiteral("participants")).toList();
    REQUIRE(participants.size() == 1);
    CHECK(str(participants.first().toMap(), "name") == QLatin1String("Robin"));
    CHECK(meetings.meetings().size() == before + 1);
}

TEST_CASE("After a held meeting with none planned, the next one is suggested 2 to 6 weeks on and planned in one step", "[team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("team-test-3")));
    MeetingController meetings;
    meetings.setPlan(session.plan());
    // The demo plan has its next meeting planned already: nothing to suggest.
    CHECK(meetings.suggestion().isEmpty());
    for (const QVariant &m : meetings.meetings())
        if (str(m.toMap(), "status") == QLatin1String("planned"))
            REQUIRE(meetings.cancel(str(m.toMap(), "id")));
    const QVariantMap suggestion = meetings.suggestion();
    REQUIRE(!suggestion.isEmpty());
    const qint64 days = session.plan()->today().daysTo(QDate::fromString(str(suggestion, "date"), Qt::ISODate));
    CHECK(days >= 1);
    CHECK(days <= 42);
    CHECK(!str(suggestion, "text").isEmpty());

    const QString id = meetings.planSuggested();
    REQUIRE(!id.isEmpty());
    const QVariantMap planned = meetings.meeting(id);
    CHECK(str(planned, "status") == QLatin1String("planned"));
    CHECK(planned.value(QStringLiteral("agendaDomains")).toStringList()
          == QStringList({ QStringLiteral("money"), QStringLiteral("social"), QStringLiteral("work") }));
    CHECK(meetings.suggestion().isEmpty());
}

TEST_CASE("An agreement needs what and a domain, it shows on its domain and on the person named", "[team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("team-test-4")));
    AgreementController agreements;
    agreements.setPlan(session.plan());
    TeamController team;
    team.setPlan(session.plan());
    const qsizetype before = agreements.agreements().size();
    const QString samira = str(named(agreements.whoChoices(), QStringLiteral("Samira")), "id");

    CHECK(agreements
              .add({ { QStringLiteral("what"), QStringLiteral("Check the benefit") },
                     { QStringLiteral("whoId"), samira },
                     { QStringLiteral("evaluationDate"), QStringLiteral("31-31-2026") },
                     { QStringLiteral("domainKey"), QStringLiteral("money") } })
              .isEmpty());
    CHECK(!agreements.error().isEmpty());
    CHECK(agreements.add({ { QStringLiteral("what"), QStringLiteral("Check the benefit") }, { QStringLiteral("whoId"), samira } }).isEmpty());
    CHECK(agreements.agreements().size() == before);

    const QString id = agreements.add({ { QStringLiteral("what"), QStringLiteral("Check the benefit") },
                                        { QStringLiteral("whoId"), samira },
                                        { QStringLiteral("domainKey"), QStringLiteral("money") },
                                        { QStringLiteral("evaluationDate"), session.plan()->today().addDays(10).toString(QStringLiteral("dd-MM-yyyy")) } });
    REQUIRE(!id.isEmpty());
    agreements.setDomainKey(QStringLiteral("money"));
    bool onDomain = false;
    for (const QVariant &a : agreements.agreements())
        onDomain = onDomain || str(a.toMap(), "id") == id;
    CHECK(onDomain);
    bool onPerson = false;
    for (const QVariant &a : named(team.professionals(), QStringLiteral("Samira")).value(QStringLiteral("openAgreements")).toList())
        onPerson = onPerson || str(a.toMap(), "id") == id;
    CHECK(onPerson);

    REQUIRE(agreements.evaluate(id, QStringLiteral("done"), QStringLiteral("It was right."), QString()));
    CHECK(str(agreements.agreement(id), "status") == QLatin1String("done"));
}

TEST_CASE("The words of the team pages and of network errors are Dutch in the Dutch app (their translation context is the one lupdate wrote)",
          "[team][translations]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("nl"));
    REQUIRE(session.createDemoPlan(QStringLiteral("team-test-nl")));
    TeamController team;
    team.setPlan(session.plan());
    const QVariantMap andre = team.coordinator();
    CHECK(str(andre, "sinceText").startsWith(QStringLiteral("sinds ")));
    CHECK(str(andre, "openText").contains(QStringLiteral("stap")));
    // A network member's relation is a code; the handover's choices say it in Dutch.
    CHECK(str(named(team.candidates(), QStringLiteral("Ellen")), "roleText") == QStringLiteral("uit het netwerk (werkgever)"));
    CHECK(samen::app::NetworkWords::network(QNetworkReply::HostNotFoundError).startsWith(QStringLiteral("Dit adres is niet gevonden")));
}
