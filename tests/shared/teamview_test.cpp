// Meetings, agreements and everyone who helps (issue 13): the editor's rules and the TeamView JSON the app and samen-cli share.
#include "qtcatch.h"

#include "domain/demoplan.h"
#include "domain/planeditor.h"
#include "domain/readrule.h"
#include "domain/schema.h"
#include "domain/writerule.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/teamview.h"
#include "store_test_support.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"
#include "testdir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace samen;
using samen::test::TestDir;

namespace {

// 2026-03-10T09:00:00Z
constexpr qint64 kStart = 1'773'133'200'000;
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

MemberInput member(const QString &kind, const QString &name, const QString &relation, const QString &organisation, const QString &role,
                   const QStringList &domains)
{
    MemberInput m;
    m.kind = kind;
    m.name = name;
    m.relation = relation;
    m.organisation = organisation;
    m.role = role;
    m.domains = domains;
    return m;
}

struct Team {
    TestDir dir;
    std::unique_ptr<PlanStore> store;
    qint64 wall = kStart;
    HlcClock clock { QStringLiteral("dev1"), [this] { return wall += 1000; } };
    QString planId, ownerId, andre, samira, ellen;

    Team()
    {
        auto made = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(made.ok());
        store = std::move(made.value());
        auto edit = PlanEditor::createPlan(clock, QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("Robin"));
        REQUIRE(edit.ok());
        planId = edit->entityId;
        ownerId = PlanEditor::ownerMemberIdOf(edit.value());
        REQUIRE(store->applyLocal(edit->ops).ok());
        MemberInput a = member(QStringLiteral("professional"), QStringLiteral("André"), {}, QStringLiteral("Welzijn"), QStringLiteral("social worker"),
                               { QStringLiteral("money"), QStringLiteral("social") });
        a.phone = QStringLiteral("06-12345678");
        a.email = QStringLiteral("andre@welzijn.example");
        andre = take(editor().addMember(a));
        wall += kDay;
        samira = take(editor().addMember(member(QStringLiteral("professional"), QStringLiteral("Samira"), {}, QStringLiteral("Sociale dienst"),
                                                QStringLiteral("benefits adviser"), { QStringLiteral("money") })));
        ellen = take(
            editor().addMember(member(QStringLiteral("network"), QStringLiteral("Ellen"), QStringLiteral("employer"), {}, {}, { QStringLiteral("work") })));
    }

    PlanEditor editor(const QString &author = {}) { return PlanEditor(*store, clock, planId, author.isEmpty() ? ownerId : author); }

    QString take(const Result<Edit> &edit)
    {
        INFO((edit ? QString() : edit.error().message).toStdString());
        REQUIRE(edit.ok());
        REQUIRE(store->applyLocal(edit->ops).ok());
        return edit->entityId;
    }

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(wall, Qt::UTC); }
    QDate today() const { return now().toLocalTime().date(); }
};

} // namespace

TEST_CASE("A meeting always invites the citizen, keeps them invited, and refuses a link that is not https", "[teamview][meeting]")
{
    Team t;
    MeetingInput in { QStringLiteral("Every six weeks"),
                      t.now().addDays(7),
                      90,
                      QStringLiteral("Wijkcentrum"),
                      {},
                      { t.andre },
                      { QStringLiteral("money") },
                      { QStringLiteral("The letter from the tax office") } };
    const QString id = t.take(t.editor().planMeeting(in));
    const QJsonObject m = t.store->entity(id).value();
    CHECK(m.value(QStringLiteral("participantIds")).toArray() == QJsonArray { t.ownerId, t.andre });
    CHECK(m.value(QStringLiteral("status")).toString() == QLatin1String("planned"));
    CHECK(m.value(QStringLiteral("minutes")).toInt() == 90);

    auto leftOut = t.editor().setField(id, QStringLiteral("participantIds"), QJsonArray { t.andre });
    REQUIRE_FALSE(leftOut.ok());
    CHECK(leftOut.error().code == ErrorCode::Validation);

    MeetingInput video = in;
    video.place.clear();
    video.videoLink = QStringLiteral("http://meet.example.nl/robin");
    CHECK_FALSE(t.editor().planMeeting(video).ok());
    video.videoLink = QStringLiteral("javascript:alert(1)");
    CHECK_FALSE(t.editor().planMeeting(video).ok());
    video.videoLink = QStringLiteral("https://meet.example.nl/robin");
    CHECK(t.editor().planMeeting(video).ok());
    MeetingInput nowhere = in;
    nowhere.place.clear();
    CHECK_FALSE(t.editor().planMeeting(nowhere).ok());
    MeetingInput tooMany = in;
    for (int i = 0; i < kMaxAgendaPoints + 1; ++i)
        tooMany.agendaPoints.append(QStringLiteral("point %1").arg(i));
    CHECK_FALSE(t.editor().planMeeting(tooMany).ok());
    MeetingInput unknownDomain = in;
    unknownDomain.agendaDomains = { QStringLiteral("no-such-domain") };
    CHECK_FALSE(t.editor().planMeeting(unknownDomain).ok());
}

TEST_CASE("A meeting is planned for a time to come and marked held once it began, and one that took place is recorded as held", "[teamview][meeting]")
{
    Team t;
    const auto input = [&](const QDateTime &at) {
        return MeetingInput { QStringLiteral("Joint meeting"), at, 60, QStringLiteral("Wijkcentrum"), {}, { t.andre }, { QStringLiteral("money") }, {} };
    };
    const qsizetype before = t.store->entities(t.planId, QStringLiteral("meeting")).size();
    // Planned for yesterday: refused in plain words that point to recording it, nothing made.
    const auto yesterday = t.editor().planMeeting(input(t.now().addDays(-1)));
    REQUIRE_FALSE(yesterday.ok());
    CHECK(yesterday.error().code == ErrorCode::Validation);
    CHECK(yesterday.error().message.contains(QStringLiteral("already passed")));
    CHECK(yesterday.error().message.contains(QStringLiteral("record it as held")));
    // The minute a person picks is "now" (a picker shows whole minutes).
    CHECK(t.editor().planMeeting(input(t.now().addSecs(-30))).ok());

    // In two hours: planned; marking it held before it began is refused and changes nothing; after it began, taken.
    const QString soon = t.take(t.editor().planMeeting(input(t.now().addSecs(2 * 3600))));
    const auto early = t.editor().recordMeeting(soon, QStringLiteral("Notes"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("has not started yet")));
    CHECK(t.store->entity(soon).value().value(QStringLiteral("status")).toString() == QLatin1String("planned"));
    t.wall += 2 * 3600 * 1000;
    t.take(t.editor().recordMeeting(soon, QStringLiteral("Notes")));
    CHECK(t.store->entity(soon).value().value(QStringLiteral("status")).toString() == QLatin1String("held"));

    // Written down afterwards: held with its notes, in the history at the time it took place; never for a time to come.
    const QDateTime lastWeek = t.now().addDays(-7);
    const QString recorded = t.take(t.editor().recordHeldMeeting(input(lastWeek), QStringLiteral("We talked about the debts.")));
    const QJsonObject m = t.store->entity(recorded).value();
    CHECK(m.value(QStringLiteral("status")).toString() == QLatin1String("held"));
    CHECK(m.value(QStringLiteral("notes")).toString() == QLatin1String("We talked about the debts."));
    bool inHistory = false;
    for (const QJsonObject &e : t.store->entities(t.planId, QStringLiteral("timeline")))
        inHistory = inHistory
            || (e.value(QStringLiteral("refId")).toString() == recorded && e.value(QStringLiteral("kind")).toString() == QLatin1String("meeting-held")
                && QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODate) == lastWeek.toUTC());
    CHECK(inHistory);
    const auto ahead = t.editor().recordHeldMeeting(input(t.now().addDays(1)), QString());
    REQUIRE_FALSE(ahead.ok());
    CHECK(ahead.error().message.contains(QStringLiteral("has not started yet")));
    CHECK(t.store->entities(t.planId, QStringLiteral("meeting")).size() == before + 2);
}

TEST_CASE("Someone who no longer helps is marked in the meetings and the open agreements that name them", "[teamview][meeting]")
{
    // Review 2: after Samira was removed, the next meeting still listed her as invited and her open agreement stayed hers,
    // with nobody told it needs someone else.
    Team t;
    const QString next = t.take(t.editor().planMeeting(
        MeetingInput { QStringLiteral("Next"), t.now().addDays(14), 60, QStringLiteral("Wijkcentrum"), {}, { t.andre, t.samira }, {}, {} }));
    const QString agreement = t.take(t.editor().addAgreement(
        AgreementInput { {}, QStringLiteral("Check the benefit"), t.samira, std::nullopt, QStringLiteral("money"), t.today().addDays(10) }));
    const auto formerOf = [&](const QJsonArray &participants, const QString &name) {
        for (const QJsonValue &p : participants)
            if (p[QStringLiteral("name")].toString() == name)
                return p[QStringLiteral("former")].toBool();
        FAIL("no participant " << name.toStdString());
        return false;
    };
    const auto meetingOf = [&] {
        for (const QJsonValue &m : TeamView(*t.store, t.planId).meetings())
            if (m[QStringLiteral("id")].toString() == next)
                return m.toObject();
        return QJsonObject();
    };
    const auto agreementOf = [&] {
        for (const QJsonValue &a : TeamView(*t.store, t.planId).agreements())
            if (a[QStringLiteral("id")].toString() == agreement)
                return a.toObject();
        return QJsonObject();
    };
    CHECK_FALSE(formerOf(meetingOf()[QStringLiteral("participants")].toArray(), QStringLiteral("Samira")));
    CHECK_FALSE(agreementOf()[QStringLiteral("whoFormer")].toBool());

    t.take(t.editor().setField(t.samira, QStringLiteral("until"), QDate::currentDate().toString(Qt::ISODate))); // her period ended today
    CHECK(formerOf(meetingOf()[QStringLiteral("participants")].toArray(), QStringLiteral("Samira")));
    CHECK_FALSE(formerOf(meetingOf()[QStringLiteral("participants")].toArray(), QStringLiteral("André")));
    CHECK(agreementOf()[QStringLiteral("whoFormer")].toBool());
}

TEST_CASE("Meetings and agreements read as TeamView JSON, with names, labels and the agenda", "[teamview][meeting]")
{
    Team t;
    const QString held = t.take(t.editor().recordHeldMeeting(MeetingInput { QStringLiteral("First meeting"),
                                                                            t.now().addDays(-21),
                                                                            60,
                                                                            QStringLiteral("Wijkcentrum"),
                                                                            {},
                                                                            { t.andre, t.ellen },
                                                                            { QStringLiteral("money"), QStringLiteral("work") },
                                                                            { QStringLiteral("Quieter hours") } },
                                                             QStringLiteral("Good talk.")));
    const QString work = t.take(t.editor().addAgreement(
        AgreementInput { held, QStringLiteral("Ellen adapts Robin's hours"), t.ellen, t.today().addDays(7), QStringLiteral("work"), t.today().addDays(10) }));
    t.take(t.editor().addAgreement(
        AgreementInput { held, QStringLiteral("Check the benefit"), t.samira, std::nullopt, QStringLiteral("money"), t.today().addDays(-1) }));
    t.take(t.editor().addAgreement(AgreementInput { {}, QStringLiteral("Later"), {}, std::nullopt, QStringLiteral("money"), t.today().addDays(30) }));
    const QString next = t.take(
        t.editor().planMeeting(MeetingInput { QStringLiteral("Next"), t.now().addDays(21), 60, {}, QStringLiteral("https://meet.example.nl/r"), {}, {}, {} }));

    const TeamView view(*t.store, t.planId);
    const QJsonArray meetings = view.meetings();
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[0][QStringLiteral("id")].toString() == next); // newest first
    const QJsonObject first = meetings[1].toObject();
    CHECK(first[QStringLiteral("status")].toString() == QLatin1String("held"));
    CHECK(first[QStringLiteral("notes")].toString() == QLatin1String("Good talk."));
    const QJsonArray participants = first[QStringLiteral("participants")].toArray();
    REQUIRE(participants.size() == 3);
    CHECK(participants[0][QStringLiteral("name")].toString() == QLatin1String("Robin"));
    CHECK(participants[1][QStringLiteral("name")].toString() == QStringLiteral("André"));
    const QJsonArray agenda = first[QStringLiteral("agenda")].toArray();
    REQUIRE(agenda.size() == 3);
    CHECK(agenda[0][QStringLiteral("kind")].toString() == QLatin1String("domain"));
    CHECK(agenda[0][QStringLiteral("key")].toString() == QLatin1String("money"));
    CHECK_FALSE(agenda[0][QStringLiteral("label")].toString().isEmpty());
    CHECK(agenda[2].toObject()
          == QJsonObject { { QStringLiteral("kind"), QStringLiteral("point") }, { QStringLiteral("label"), QStringLiteral("Quieter hours") } });
    CHECK(first[QStringLiteral("agreements")].toArray().size() == 2);

    const QJsonArray agreements = view.agreements();
    REQUIRE(agreements.size() == 3);
    const QJsonObject a = agreements[0].toObject();
    CHECK(a[QStringLiteral("id")].toString() == work);
    CHECK(a[QStringLiteral("whoName")].toString() == QLatin1String("Ellen"));
    CHECK(a[QStringLiteral("meetingTitle")].toString() == QLatin1String("First meeting"));
    CHECK(a[QStringLiteral("evaluationDate")].toString() == t.today().addDays(10).toString(Qt::ISODate));
    CHECK_FALSE(a[QStringLiteral("domainLabel")].toString().isEmpty());
    CHECK(a[QStringLiteral("status")].toString() == QLatin1String("open"));

    const QJsonObject talk = view.toTalkAbout(t.now());
    CHECK(talk[QStringLiteral("nextMeeting")][QStringLiteral("id")].toString() == next);
    const QJsonArray due = talk[QStringLiteral("reviewsDue")].toArray();
    REQUIRE(due.size() == 2); // the one 30 days ahead is not due yet
    CHECK(due[0][QStringLiteral("what")].toString() == QLatin1String("Check the benefit"));
    CHECK(due[0][QStringLiteral("overdue")].toBool());
    CHECK_FALSE(due[1][QStringLiteral("overdue")].toBool());

    // Evaluated: done, with what was said, and it no longer counts as due.
    t.take(t.editor().evaluateAgreement(work, QStringLiteral("done"), QStringLiteral("Works well."), std::nullopt));
    CHECK(view.toTalkAbout(t.now())[QStringLiteral("reviewsDue")].toArray().size() == 1);
    CHECK(t.store->entity(work)->value(QStringLiteral("evaluation")).toString() == QLatin1String("Works well."));
    QStringList kinds;
    for (const QJsonObject &e : t.store->entities(t.planId, QStringLiteral("timeline")))
        kinds << e.value(QStringLiteral("kind")).toString();
    for (const char *k : { "meeting-planned", "meeting-held", "agreement-made", "agreement-evaluated" })
        CHECK(kinds.contains(QLatin1String(k)));
    CHECK_FALSE(t.editor().evaluateAgreement(work, QStringLiteral("finished"), {}, std::nullopt).ok());
    CHECK_FALSE(t.editor().addAgreement(AgreementInput { {}, QStringLiteral("No domain"), {}, std::nullopt, {}, std::nullopt }).ok());
}

TEST_CASE("The professionals view: coordinator first, current by since, former with their period, and the coordinator history", "[teamview]")
{
    Team t;
    const QString goal = t.take(t.editor().addGoal(QStringLiteral("money"), QStringLiteral("Overview of debts"), {}, std::nullopt));
    t.take(t.editor().addStep(goal, QStringLiteral("Check the benefit"), t.samira, t.today().addDays(7)));
    t.take(t.editor().addAgreement(AgreementInput { {}, QStringLiteral("Call the creditor"), t.andre, std::nullopt, QStringLiteral("money"), std::nullopt }));
    t.wall += kDay;
    t.take(t.editor().setCoordinator(t.andre, QStringLiteral("André keeps the overview.")));
    t.wall += 2 * kDay;
    t.take(t.editor().setField(t.samira, QStringLiteral("until"), t.today().toString(Qt::ISODate))); // Samira's period ended today

    const QJsonObject v = TeamView(*t.store, t.planId).professionals(t.today());
    const QJsonObject c = v[QStringLiteral("coordinator")].toObject();
    CHECK(c[QStringLiteral("name")].toString() == QStringLiteral("André"));
    CHECK(c[QStringLiteral("coordinator")].toBool());
    CHECK(c[QStringLiteral("organisation")].toString() == QLatin1String("Welzijn"));
    CHECK(c[QStringLiteral("phone")].toString() == QLatin1String("06-12345678"));
    CHECK(c[QStringLiteral("email")].toString() == QLatin1String("andre@welzijn.example"));
    const QJsonArray domains = c[QStringLiteral("domains")].toArray();
    REQUIRE(domains.size() == 2);
    CHECK(domains[0][QStringLiteral("access")].toString() == QLatin1String("write"));
    REQUIRE(c[QStringLiteral("openAgreements")].toArray().size() == 1);
    CHECK(c[QStringLiteral("openAgreements")][0][QStringLiteral("what")].toString() == QLatin1String("Call the creditor"));

    CHECK(v[QStringLiteral("professionals")].toArray().isEmpty()); // André is the coordinator, Samira left, Ellen is network
    const QJsonArray former = v[QStringLiteral("former")].toArray();
    REQUIRE(former.size() == 1);
    CHECK(former[0][QStringLiteral("name")].toString() == QLatin1String("Samira"));
    CHECK(former[0][QStringLiteral("until")].toString() == t.today().toString(Qt::ISODate));
    CHECK_FALSE(former[0][QStringLiteral("since")].toString().isEmpty());
    CHECK(former[0][QStringLiteral("openSteps")].toArray().size() == 1);

    const QJsonArray history = v[QStringLiteral("coordinatorHistory")].toArray();
    REQUIRE(history.size() == 2);
    CHECK(history[0][QStringLiteral("name")].toString() == QStringLiteral("André"));
    CHECK(history[0][QStringLiteral("note")].toString() == QStringLiteral("André keeps the overview."));
    CHECK_FALSE(history[0].toObject().contains(QStringLiteral("until")));
    CHECK(history[1][QStringLiteral("name")].toString() == QLatin1String("Robin"));
    CHECK(history[1][QStringLiteral("until")].toString() == history[0][QStringLiteral("from")].toString());
}

TEST_CASE("The next meeting is suggested 2 to 6 weeks after the last one", "[teamview]")
{
    const QDateTime last(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());
    CHECK(TeamView::suggestedNextMeeting(last, std::nullopt) == last.addDays(28));
    CHECK(TeamView::suggestedNextMeeting(last, last.addDays(-42)) == last.addDays(42));
    CHECK(TeamView::suggestedNextMeeting(last, last.addDays(-90)) == last.addDays(42));
    CHECK(TeamView::suggestedNextMeeting(last, last.addDays(-3)) == last.addDays(14));
}

TEST_CASE("Who reads and writes meetings and agreements: domain, coordinator, and the person an agreement names", "[teamview][rules]")
{
    Team t;
    const QString agreement = t.take(
        t.editor().addAgreement(AgreementInput { {}, QStringLiteral("Ellen adapts the hours"), t.ellen, std::nullopt, QStringLiteral("work"), std::nullopt }));
    MemberAccess workReader = MemberAccess::member();
    workReader.grant(QStringLiteral("work"), QStringLiteral("read"));
    CHECK(ReadRule::mayRead(workReader, QStringLiteral("agreement"), QStringLiteral("work"), agreement));
    MemberAccess sam = MemberAccess::member();
    sam.grant(QStringLiteral("social"), QStringLiteral("read"));
    CHECK_FALSE(ReadRule::mayRead(sam, QStringLiteral("agreement"), QStringLiteral("work"), agreement));
    sam.addNamed(agreement);
    CHECK(ReadRule::mayRead(sam, QStringLiteral("agreement"), QStringLiteral("work"), agreement));
    CHECK(MemberAccess::fromJson(sam.toJson()).isNamedIn(agreement));
    MemberAccess nobody = MemberAccess::member();
    CHECK_FALSE(ReadRule::mayRead(nobody, QStringLiteral("meeting"), QString(), QStringLiteral("m")));
    nobody.addNamed(QStringLiteral("m"));
    CHECK(ReadRule::mayRead(nobody, QStringLiteral("meeting"), QString(), QStringLiteral("m")));
    // A meeting is not plan-level: reading a domain is not enough, only what the service lists (participant,
    // coordinator, a readable agenda domain); its notes and agenda points only for participants and the coordinator.
    CHECK_FALSE(ReadRule::mayRead(sam, QStringLiteral("meeting"), QString(), QStringLiteral("other")));
    CHECK(ReadRule::mayReadField(nobody, QStringLiteral("meeting"), QStringLiteral("title"), QStringLiteral("m")));
    CHECK_FALSE(ReadRule::mayReadField(nobody, QStringLiteral("meeting"), QStringLiteral("notes"), QStringLiteral("m")));
    CHECK_FALSE(ReadRule::mayReadField(nobody, QStringLiteral("meeting"), QStringLiteral("agendaPoints"), QStringLiteral("m")));
    nobody.addMeetingText(QStringLiteral("m"));
    CHECK(ReadRule::mayReadField(nobody, QStringLiteral("meeting"), QStringLiteral("notes"), QStringLiteral("m")));
    CHECK(ReadRule::mayReadField(MemberAccess::owner(), QStringLiteral("meeting"), QStringLiteral("notes"), QStringLiteral("other")));

    // Writing: a reader of Work may not make an agreement; a writer may; the named person may only evaluate.
    MemberAccess ellen = MemberAccess::member();
    ellen.setMemberId(t.ellen);
    ellen.grant(QStringLiteral("social"), QStringLiteral("read"));
    const auto make = t.editor(t.ellen).addAgreement(AgreementInput { {}, QStringLiteral("x"), {}, std::nullopt, QStringLiteral("work"), std::nullopt });
    REQUIRE(make.ok());
    CHECK(WriteRule::check(*t.store, ellen, make->ops).error().code == ErrorCode::Permission);
    const auto evaluate = t.editor(t.ellen).evaluateAgreement(agreement, QStringLiteral("done"), QStringLiteral("Done."), std::nullopt);
    REQUIRE(evaluate.ok());
    CHECK(WriteRule::check(*t.store, ellen, evaluate->ops).ok());
    const auto rename = t.editor(t.ellen).setField(agreement, QStringLiteral("what"), QStringLiteral("Something else"));
    CHECK_FALSE(WriteRule::check(*t.store, ellen, rename->ops).ok());
    MemberAccess writer = MemberAccess::member();
    writer.setMemberId(t.samira);
    writer.grant(QStringLiteral("work"), QStringLiteral("write"));
    CHECK(WriteRule::check(*t.store, writer, make->ops).ok());

    // Meetings: the coordinator plans them, a domain writer does not.
    const auto meeting = t.editor(t.andre).planMeeting(MeetingInput { QStringLiteral("M"), t.now().addDays(3), 60, QStringLiteral("Here"), {}, {}, {}, {} });
    REQUIRE(meeting.ok());
    MemberAccess andre = MemberAccess::member();
    andre.setMemberId(t.andre);
    andre.grant(QStringLiteral("money"), QStringLiteral("write"));
    CHECK(WriteRule::check(*t.store, andre, meeting->ops).error().code == ErrorCode::Permission);
    t.take(t.editor().setCoordinator(t.andre, QStringLiteral("Over to André.")));
    CHECK(WriteRule::check(*t.store, andre, meeting->ops).ok());
}

TEST_CASE("The demo plan holds Robin's last meeting with André, its three agreements and the next meeting, with a review due", "[teamview][demo]")
{
    TestDir dir;
    auto made = PlanStore::create(dir.path(), test::testRawKey());
    REQUIRE(made.ok());
    std::unique_ptr<PlanStore> store = std::move(made.value());
    qint64 wall = kStart;
    HlcClock clock(QStringLiteral("demo"), [&] { return wall += 10; });
    const QDate today = QDateTime::fromMSecsSinceEpoch(kStart).date();
    auto demo = buildDemoPlan(clock, today);
    INFO((demo ? QString() : demo.error().message).toStdString());
    REQUIRE(demo.ok());
    REQUIRE(store->applyLocal(demo->ops).ok());

    const TeamView view(*store, demo->planId);
    const QJsonArray meetings = view.meetings();
    REQUIRE(meetings.size() == 2);
    const QJsonObject next = meetings[0].toObject();
    const QJsonObject last = meetings[1].toObject();
    CHECK(next[QStringLiteral("status")].toString() == QLatin1String("planned"));
    CHECK(last[QStringLiteral("status")].toString() == QLatin1String("held"));
    CHECK_FALSE(last[QStringLiteral("notes")].toString().isEmpty());
    CHECK(next[QStringLiteral("agendaDomains")].toArray() == QJsonArray { QStringLiteral("money"), QStringLiteral("social"), QStringLiteral("work") });
    const QJsonArray agreements = last[QStringLiteral("agreements")].toArray();
    REQUIRE(agreements.size() == 3);
    QStringList who;
    for (const QJsonValue &a : agreements)
        who << a[QStringLiteral("whoName")].toString() + QLatin1Char('/') + a[QStringLiteral("domainKey")].toString();
    CHECK(who == QStringList { QStringLiteral("Ellen/work"), QStringLiteral("Samira/money"), QStringLiteral("Robin/social") });

    const QJsonObject talk = view.toTalkAbout(QDateTime(today, QTime(9, 0)));
    CHECK(talk[QStringLiteral("nextMeeting")][QStringLiteral("id")].toString() == next[QStringLiteral("id")].toString());
    CHECK_FALSE(talk[QStringLiteral("reviewsDue")].toArray().isEmpty());
    const QJsonObject team = view.professionals(today);
    CHECK(team[QStringLiteral("coordinator")][QStringLiteral("name")].toString() == QStringLiteral("André"));
    CHECK(team[QStringLiteral("professionals")][0][QStringLiteral("organisation")].toString() == QStringLiteral("Benefits agency"));
    // What André works on before he is let in (his record) is what scripts/run invites him for (his grants after):
    // Money, Work and Housing, in Robin's order (review 2: the People page offered other domains than "works on").
    QStringList andreWorksOn;
    for (const QJsonValue &d : team[QStringLiteral("coordinator")][QStringLiteral("domains")].toArray())
        andreWorksOn << d[QStringLiteral("key")].toString();
    andreWorksOn.sort();
    CHECK(andreWorksOn == QStringList { QStringLiteral("housing"), QStringLiteral("money"), QStringLiteral("work") });
    // Those at the last meeting helped since before it (review 2: "since" was the day the demo was made).
    CHECK(team[QStringLiteral("coordinator")][QStringLiteral("since")].toString() < last[QStringLiteral("at")].toString().left(10));
    // The last meeting took place: it is written down as held, and entered the history when it took place.
    CHECK(QDateTime::fromString(last[QStringLiteral("at")].toString(), Qt::ISODate) < QDateTime::fromMSecsSinceEpoch(wall));
    // Robin kept the overview for a while before handing it to André, long before today (review 3, finding 22: both
    // were dated today, so Robin's period was "from today until today").
    const QJsonArray history = team[QStringLiteral("coordinatorHistory")].toArray();
    REQUIRE(history.size() == 2);
    CHECK(history[0][QStringLiteral("name")].toString() == QStringLiteral("André"));
    CHECK(history[1][QStringLiteral("name")].toString() == QStringLiteral("Robin"));
    CHECK(history[1][QStringLiteral("from")].toString() < history[1][QStringLiteral("until")].toString());
    CHECK(history[0][QStringLiteral("from")].toString() == history[1][QStringLiteral("until")].toString());
    CHECK(history[0][QStringLiteral("from")].toString() < last[QStringLiteral("at")].toString().left(10));
}

TEST_CASE("What a professional works on comes from their grants, and a member's device says it only of the member themself", "[teamview][grants]")
{
    // Review 2, finding 8: on Sam's device André "worked on" Family and friends (the member record's own domains, cut to what
    // Sam reads), a domain André has no grant for; on André's own device only one of his three granted domains showed.
    Team t;
    const QString sam = t.take(t.editor().addMember(member(QStringLiteral("network"), QStringLiteral("Sam"), QStringLiteral("friend"), {}, {}, {})));
    const auto grant = [&](const QString &memberId, const QString &domain, const QString &access) {
        t.take(t.editor().createEntity(
            QStringLiteral("grant"), newUuid7(),
            { { QStringLiteral("memberId"), memberId }, { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } }));
    };
    grant(t.andre, QStringLiteral("money"), QStringLiteral("write"));
    grant(t.andre, QStringLiteral("work"), QStringLiteral("write"));
    grant(t.andre, QStringLiteral("housing"), QStringLiteral("read"));
    grant(sam, QStringLiteral("social"), QStringLiteral("read"));
    const auto domainsOf = [&](const QString &name) {
        QStringList out;
        const QJsonObject v = TeamView(*t.store, t.planId).professionals(t.today());
        QJsonArray people = v[QStringLiteral("professionals")].toArray();
        people.append(v[QStringLiteral("coordinator")]);
        for (const QJsonValue &p : std::as_const(people))
            if (p[QStringLiteral("name")].toString() == name)
                for (const QJsonValue &d : p[QStringLiteral("domains")].toArray())
                    out << d[QStringLiteral("key")].toString() + QLatin1Char(':') + d[QStringLiteral("access")].toString();
        out.sort();
        return out;
    };
    // The owner's device: André's grants (not the member record's money and social).
    CHECK(domainsOf(QStringLiteral("André")) == QStringList { QStringLiteral("housing:read"), QStringLiteral("money:write"), QStringLiteral("work:write") });
    CHECK(TeamView(*t.store, t.planId).person(t.andre, t.today())[QStringLiteral("domainsKnown")].toBool());
    // Samira has no grant at the service: the owner's own words about her stand.
    CHECK(domainsOf(QStringLiteral("Samira")) == QStringList { QStringLiteral("money:write") });

    // Sam's device (the same data, as a member who reads Family and friends): nothing of André's or Samira's domains.
    MemberAccess samAccess = MemberAccess::member();
    samAccess.grant(QStringLiteral("social"), QStringLiteral("read"));
    REQUIRE(DeviceAccess::saveMember(*t.store, samAccess).ok());
    REQUIRE(t.store->setSetting(QStringLiteral("memberId"), sam).ok());
    CHECK(domainsOf(QStringLiteral("André")).isEmpty());
    CHECK(domainsOf(QStringLiteral("Samira")).isEmpty());
    CHECK_FALSE(TeamView(*t.store, t.planId).person(t.andre, t.today())[QStringLiteral("domainsKnown")].toBool());
    const QJsonObject samPerson = TeamView(*t.store, t.planId).person(sam, t.today());
    CHECK(samPerson[QStringLiteral("domainsKnown")].toBool());
    REQUIRE(samPerson[QStringLiteral("domains")].toArray().size() == 1);
    CHECK(samPerson[QStringLiteral("domains")][0][QStringLiteral("access")].toString() == QLatin1String("read"));

    // André's device: his own three grants, from his access.
    MemberAccess andreAccess = MemberAccess::member();
    andreAccess.grant(QStringLiteral("money"), QStringLiteral("write"));
    andreAccess.grant(QStringLiteral("work"), QStringLiteral("write"));
    andreAccess.grant(QStringLiteral("housing"), QStringLiteral("read"));
    REQUIRE(DeviceAccess::saveMember(*t.store, andreAccess).ok());
    REQUIRE(t.store->setSetting(QStringLiteral("memberId"), t.andre).ok());
    CHECK(domainsOf(QStringLiteral("André")) == QStringList { QStringLiteral("housing:read"), QStringLiteral("money:write"), QStringLiteral("work:write") });
    CHECK(domainsOf(QStringLiteral("Samira")).isEmpty());
}
