// Push and pull of operations against the real service: the authorisation matrix
// (who may write and read which domain) and the per-operation checks.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace samen::test;

namespace {

QStringList acceptedIds(const Reply &r)
{
    QStringList ids;
    for (const QJsonValue &a : r.json.value(QStringLiteral("accepted")).toArray())
        ids.append(a[QStringLiteral("opId")].toString());
    return ids;
}

int rejectedCount(const Reply &r)
{
    return static_cast<int>(r.json.value(QStringLiteral("rejected")).toArray().size());
}

QString firstReason(const Reply &r)
{
    return r.json.value(QStringLiteral("rejected")).toArray().at(0)[QStringLiteral("reason")].toString();
}

/** A new timeline entry as PlanEditor writes one (kind first, refId after it). */
QJsonArray timelineEntry(const PlanWorld &world, const QString &author, const QString &entryId, const QString &refId, const QString &text)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return { makeOp(world.planId, author, QStringLiteral("timeline"), entryId, QStringLiteral("kind"), QStringLiteral("goal-done")),
             makeOp(world.planId, author, QStringLiteral("timeline"), entryId, QStringLiteral("at"), at),
             makeOp(world.planId, author, QStringLiteral("timeline"), entryId, QStringLiteral("refId"), refId),
             makeOp(world.planId, author, QStringLiteral("timeline"), entryId, QStringLiteral("text"), text) };
}

/** Values of the "text" field in pulled ops. */
QStringList pulledTexts(const Reply &pull)
{
    QStringList texts;
    for (const QJsonValue &op : pull.json.value(QStringLiteral("ops")).toArray()) {
        if (op[QStringLiteral("field")].toString() == QStringLiteral("text"))
            texts.append(op[QStringLiteral("value")].toString());
    }
    texts.sort();
    return texts;
}

} // namespace

TEST_CASE("Each role may write exactly the domains granted to it", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    REQUIRE(world.addExpiredMember(service));

    // Goals of the owner that timeline entries refer to ("timeline:work" = an entry about the work goal).
    QHash<QString, QString> ownerGoal;
    for (const QString &domain : { QStringLiteral("housing"), QStringLiteral("work") }) {
        ownerGoal.insert(domain, newUuid());
        REQUIRE(
            acceptedIds(world.push(world.owner, world.goal(world.owner.memberId, domain, ownerGoal.value(domain), QStringLiteral("Owner's ") + domain))).size()
            == 3);
    }

    struct Expect {
        Participant *who;
        int status;
        QStringList writable; ///< of housing, work, finances, plan and timeline entries about a housing goal, a work goal, the plan
    };
    const QStringList all { QStringLiteral("housing"),          QStringLiteral("work"),          QStringLiteral("finances"),     QStringLiteral("plan"),
                            QStringLiteral("timeline:housing"), QStringLiteral("timeline:work"), QStringLiteral("timeline:plan") };
    const QList<Expect> matrix {
        { &world.owner, 200, all },
        { &world.friendReader, 200, {} },
        { &world.professional, 200, { QStringLiteral("work"), QStringLiteral("finances"), QStringLiteral("timeline:work") } },
        { &world.revoked, 401, {} },
        { &world.stranger, 404, {} },
        { &world.expired, 401, {} },
    };
    for (const Expect &e : matrix) {
        for (const QString &target : all) {
            INFO("member " << e.who->memberId.toStdString() << " writing " << target.toStdString());
            // Authors themselves: a stranger has no member id, so it claims the owner's.
            const QString author = e.who->memberId.isEmpty() ? world.owner.memberId : e.who->memberId;
            QJsonArray ops;
            if (target == QStringLiteral("plan"))
                ops = { makeOp(world.planId, author, QStringLiteral("plan"), world.planId, QStringLiteral("name"), QStringLiteral("My plan")) };
            else if (target.startsWith(QStringLiteral("timeline:")))
                ops = timelineEntry(world, author, newUuid(), target == QStringLiteral("timeline:plan") ? world.planId : ownerGoal.value(target.mid(9)),
                                    QStringLiteral("Entry ") + target);
            else
                ops = world.goal(author, target, newUuid(), QStringLiteral("Goal in ") + target);
            const Reply r = world.push(*e.who, ops);
            REQUIRE(r.status == e.status);
            if (e.status != 200)
                continue;
            const bool allowed = e.writable.contains(target);
            CHECK(acceptedIds(r).size() == (allowed ? ops.size() : 0));
            CHECK(rejectedCount(r) == (allowed ? 0 : ops.size()));
        }
    }
    // A timeline entry takes the domain of the stored entity it refers to: it is read like that domain.
    const Reply friendPull = api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token);
    CHECK(pulledTexts(friendPull) == QStringList { QStringLiteral("Entry timeline:housing"), QStringLiteral("Entry timeline:plan") });
    CHECK(pulledTexts(api.get(world.plan(QStringLiteral("/ops")), world.professional.device.token))
          == QStringList { QStringLiteral("Entry timeline:plan"), QStringLiteral("Entry timeline:work"), QStringLiteral("Entry timeline:work") });

    // Members add timeline entries; changing or deleting one that exists, even their own, is the owner's alone.
    const QString ownersEntry = newUuid();
    const QString prosEntry = newUuid();
    REQUIRE(acceptedIds(world.push(world.owner,
                                   timelineEntry(world, world.owner.memberId, ownersEntry, ownerGoal.value(QStringLiteral("work")), QStringLiteral("Done"))))
                .size()
            == 4);
    REQUIRE(
        acceptedIds(world.push(world.professional,
                               timelineEntry(world, world.professional.memberId, prosEntry, ownerGoal.value(QStringLiteral("work")), QStringLiteral("Mine"))))
            .size()
        == 4);
    for (const QString &entry : { ownersEntry, prosEntry }) {
        const QString me = world.professional.memberId;
        const Reply edits = world.push(world.professional,
                                       { makeOp(world.planId, me, QStringLiteral("timeline"), entry, QStringLiteral("text"), QStringLiteral("Rewritten")),
                                         makeOp(world.planId, me, QStringLiteral("timeline"), entry, QStringLiteral("_deleted"), true) });
        CHECK(acceptedIds(edits).isEmpty());
        CHECK(rejectedCount(edits) == 2);
        CHECK(firstReason(edits).contains(QStringLiteral("owner")));
        CHECK(edits.json[QStringLiteral("rejected")][0][QStringLiteral("code")].toString() == QStringLiteral("forbidden"));
    }
    // Nor can an existing entry move to a domain by a new refId, and an entry about an unknown entity is plan-level.
    const Reply moved = world.push(world.owner,
                                   { makeOp(world.planId, world.owner.memberId, QStringLiteral("timeline"), ownersEntry, QStringLiteral("refId"),
                                            ownerGoal.value(QStringLiteral("housing"))) });
    CHECK(rejectedCount(moved) == 1);
    CHECK(rejectedCount(world.push(world.professional, timelineEntry(world, world.professional.memberId, newUuid(), newUuid(), QStringLiteral("?")))) == 4);
    const Reply ownerEdit = world.push(
        world.owner,
        { makeOp(world.planId, world.owner.memberId, QStringLiteral("timeline"), prosEntry, QStringLiteral("text"), QStringLiteral("Corrected by Robin")) });
    CHECK(acceptedIds(ownerEdit).size() == 1);
    const QStringList proTexts = pulledTexts(api.get(world.plan(QStringLiteral("/ops")), world.professional.device.token));
    CHECK_FALSE(proTexts.contains(QStringLiteral("Rewritten")));
    CHECK(proTexts.contains(QStringLiteral("Corrected by Robin")));

    SECTION("an expired or forged token writes nothing")
    {
        const Reply forged = api.post(world.plan(QStringLiteral("/ops")),
                                      { { QStringLiteral("ops"), world.goal(world.owner.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("x")) } },
                                      QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        CHECK(forged.status == 401);
    }
    SECTION("nobody can claim another member's authorship")
    {
        const Reply r = world.push(world.professional, world.goal(world.owner.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("x")));
        CHECK(acceptedIds(r).isEmpty());
        CHECK(firstReason(r).contains(QStringLiteral("author")));
    }
}

TEST_CASE("Each role reads exactly the domains granted to it", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    REQUIRE(world.addExpiredMember(service));
    QJsonArray ops;
    for (const char *domain : { "housing", "work", "finances" }) {
        for (const QJsonValue &op : world.goal(world.owner.memberId, QLatin1String(domain), newUuid(), QStringLiteral("Goal %1").arg(QLatin1String(domain))))
            ops.append(op);
    }
    ops.append(makeOp(world.planId, world.owner.memberId, QStringLiteral("plan"), world.planId, QStringLiteral("name"), QStringLiteral("Plan")));
    ops.append(makeOp(world.planId, world.owner.memberId, QStringLiteral("plan"), world.planId, QStringLiteral("story"), QStringLiteral("My story")));
    const Reply pushed = world.push(world.owner, ops);
    REQUIRE(pushed.status == 200);
    REQUIRE(acceptedIds(pushed).size() == ops.size());

    auto pull = [&](Participant &p) { return api.get(world.plan(QStringLiteral("/ops?after=0")), p.device.token); };
    const Reply owner = pull(world.owner);
    REQUIRE(owner.status == 200);
    CHECK(pulledTitles(owner) == QStringList { QStringLiteral("Goal finances"), QStringLiteral("Goal housing"), QStringLiteral("Goal work") });
    CHECK(owner.json.value(QStringLiteral("ops")).toArray().size() == ops.size());

    const Reply friendPull = pull(world.friendReader);
    REQUIRE(friendPull.status == 200);
    CHECK(pulledTitles(friendPull) == QStringList { QStringLiteral("Goal housing") });
    CHECK(friendPull.json.value(QStringLiteral("next")).toInteger() == owner.json.value(QStringLiteral("next")).toInteger());

    const Reply professional = pull(world.professional);
    REQUIRE(professional.status == 200);
    CHECK(pulledTitles(professional) == QStringList { QStringLiteral("Goal finances"), QStringLiteral("Goal work") });
    bool proSeesStory = false;
    for (const QJsonValue &op : professional.json.value(QStringLiteral("ops")).toArray())
        proSeesStory = proSeesStory || op[QStringLiteral("field")].toString() == QStringLiteral("story");
    CHECK(proSeesStory);

    CHECK(pull(world.revoked).status == 401);
    CHECK(pull(world.stranger).status == 404);
    CHECK(pull(world.expired).status == 401);

    // The snapshot (for new or changed access) shows each role the same domains as its pull.
    auto snapshotTitles = [&](Participant &p) {
        const Reply r = api.get(world.plan(QStringLiteral("/snapshot")), p.device.token);
        return r.status == 200 ? pulledTitles(r) : QStringList { QString::number(r.status) };
    };
    CHECK(snapshotTitles(world.owner) == pulledTitles(owner));
    CHECK(snapshotTitles(world.friendReader) == QStringList { QStringLiteral("Goal housing") });
    CHECK(snapshotTitles(world.professional) == QStringList { QStringLiteral("Goal finances"), QStringLiteral("Goal work") });
    CHECK(snapshotTitles(world.revoked) == QStringList { QStringLiteral("401") });
    CHECK(snapshotTitles(world.stranger) == QStringList { QStringLiteral("404") });
    CHECK(snapshotTitles(world.expired) == QStringList { QStringLiteral("401") });

    SECTION("a step follows its goal's domain")
    {
        const QString goalId = newUuid();
        REQUIRE(
            acceptedIds(world.push(world.professional, world.goal(world.professional.memberId, QStringLiteral("work"), goalId, QStringLiteral("Find a job"))))
                .size()
            == 3);
        const QString stepId = newUuid();
        const Reply step = world.push(
            world.professional,
            { makeOp(world.planId, world.professional.memberId, QStringLiteral("step"), stepId, QStringLiteral("goalId"), goalId),
              makeOp(world.planId, world.professional.memberId, QStringLiteral("step"), stepId, QStringLiteral("title"), QStringLiteral("Write a CV")) });
        CHECK(acceptedIds(step).size() == 2);
        CHECK_FALSE(pulledTitles(pull(world.friendReader)).contains(QStringLiteral("Write a CV")));
        CHECK(pulledTitles(pull(world.owner)).contains(QStringLiteral("Write a CV")));
        // The friend may not add a step to the housing goal by pointing it at a work goal either.
        const Reply sneaky = world.push(
            world.friendReader, { makeOp(world.planId, world.friendReader.memberId, QStringLiteral("step"), newUuid(), QStringLiteral("goalId"), goalId) });
        CHECK(rejectedCount(sneaky) == 1);
    }
    SECTION("pull pages with after and limit")
    {
        const Reply page = api.get(world.plan(QStringLiteral("/ops?after=2&limit=3")), world.owner.device.token);
        REQUIRE(page.status == 200);
        const QJsonArray got = page.json.value(QStringLiteral("ops")).toArray();
        REQUIRE(got.size() == 3);
        CHECK(got[0][QStringLiteral("seq")].toInteger() == 3);
        CHECK(page.json.value(QStringLiteral("more")).toBool());
        CHECK(api.get(world.plan(QStringLiteral("/ops?after=-1")), world.owner.device.token).status == 400);
        CHECK(api.get(world.plan(QStringLiteral("/ops?limit=abc")), world.owner.device.token).status == 400);
        CHECK(api.get(world.plan(QStringLiteral("/ops?limit=100000")), world.owner.device.token).status == 400);
    }
}

TEST_CASE("Plan-level data is read only with at least one readable domain, and grants and invitations only by the owner", "[service][bothstores][withdrawal]")
{
    // One marker per kind of plan data; ReadRule (shared/domain/readrule.h) decides who receives each.
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString owner = world.owner.memberId;
    const QString goalId = newUuid();
    REQUIRE(acceptedIds(world.push(world.owner, world.goal(owner, QStringLiteral("housing"), goalId, QStringLiteral("Goal-housing-marker")))).size() == 3);
    QJsonArray ops;
    auto add = [&](const char *type, const QString &id, const char *field, const QJsonValue &value) {
        ops.append(makeOp(world.planId, owner, QLatin1String(type), id, QLatin1String(field), value));
    };
    add("plan", world.planId, "name", QStringLiteral("Plan-name-marker"));
    add("plan", world.planId, "story", QStringLiteral("Story-marker"));
    const QString memberId = newUuid();
    add("member", memberId, "kind", QStringLiteral("network"));
    add("member", memberId, "name", QStringLiteral("Member-name-marker"));
    const QString meetingId = newUuid();
    add("meeting", meetingId, "title", QStringLiteral("Meeting-marker"));
    // A meeting with housing on its agenda: the friend reads that it is, not its notes (ReadRule::mayReadField).
    const QString housingMeeting = newUuid();
    add("meeting", housingMeeting, "title", QStringLiteral("Housing-meeting-marker"));
    add("meeting", housingMeeting, "agendaDomains", QJsonArray { QStringLiteral("housing") });
    add("meeting", housingMeeting, "notes", QStringLiteral("Meeting-notes-marker"));
    const QString invitationId = newUuid();
    add("invitation", invitationId, "name", QStringLiteral("Invitation-marker"));
    const QString grantId = newUuid();
    add("grant", grantId, "purpose", QStringLiteral("Grant-marker"));
    for (const QJsonValue &op : timelineEntry(world, owner, newUuid(), memberId, QStringLiteral("Plan-timeline-marker")))
        ops.append(op);
    for (const QJsonValue &op : timelineEntry(world, owner, newUuid(), goalId, QStringLiteral("Housing-timeline-marker")))
        ops.append(op);
    REQUIRE(acceptedIds(world.push(world.owner, ops)).size() == ops.size());

    auto values = [&](const QString &suffix) {
        const Reply r = api.get(world.plan(suffix), world.friendReader.device.token);
        REQUIRE(r.status == 200);
        QStringList found;
        for (const QJsonValue &op : r.json.value(QStringLiteral("ops")).toArray()) {
            if (op[QStringLiteral("value")].toString().contains(QStringLiteral("marker")))
                found.append(op[QStringLiteral("value")].toString());
        }
        found.sort();
        return found;
    };
    // The friend reads "housing": the plan-level data and the housing data, never who else may see what; of the meetings
    // only the one with housing on its agenda (not one they neither take part in nor read an agenda domain of), without its notes.
    const QStringList readable { QStringLiteral("Goal-housing-marker"), QStringLiteral("Housing-meeting-marker"), QStringLiteral("Housing-timeline-marker"),
                                 QStringLiteral("Member-name-marker"),  QStringLiteral("Plan-name-marker"),       QStringLiteral("Plan-timeline-marker"),
                                 QStringLiteral("Story-marker") };
    CHECK(values(QStringLiteral("/ops?after=0")) == readable);
    CHECK(values(QStringLiteral("/snapshot")) == readable);

    // With the last grant withdrawn, the friend is still a member but receives nothing of the plan at all.
    const Reply grants = api.get(world.plan(QStringLiteral("/grants")), world.owner.device.token);
    for (const QJsonValue &g : grants.json.value(QStringLiteral("grants")).toArray()) {
        if (g[QStringLiteral("memberId")].toString() == world.friendReader.memberId)
            REQUIRE(api.del(world.plan(QStringLiteral("/grants/") + g[QStringLiteral("grantId")].toString()), world.owner.device.token).status == 200);
    }
    for (const QString &suffix : { QStringLiteral("/ops?after=0"), QStringLiteral("/snapshot") }) {
        const Reply r = api.get(world.plan(suffix), world.friendReader.device.token);
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("ops")).toArray().isEmpty());
    }
    // The owner reads everything.
    const Reply all = api.get(world.plan(QStringLiteral("/ops?after=0")), world.owner.device.token);
    CHECK(all.json.value(QStringLiteral("ops")).toArray().size() == ops.size() + 3);
}

TEST_CASE("Pushed operations are checked one by one and are idempotent by opId", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString me = world.owner.memberId;
    const QString goalId = newUuid();
    REQUIRE(acceptedIds(world.push(world.owner, world.goal(me, QStringLiteral("housing"), goalId, QStringLiteral("A home")))).size() == 3);
    auto count = [&] { return api.get(world.plan(QStringLiteral("/ops")), world.owner.device.token).json.value(QStringLiteral("ops")).toArray().size(); };
    const qsizetype before = count();

    SECTION("the same operation twice gets the same sequence number and is stored once")
    {
        const QJsonObject op = makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("A warm home"));
        const Reply first = world.push(world.owner, { op });
        const Reply again = world.push(world.owner, { op });
        REQUIRE(acceptedIds(first).size() == 1);
        REQUIRE(acceptedIds(again).size() == 1);
        CHECK(first.json[QStringLiteral("accepted")][0][QStringLiteral("seq")] == again.json[QStringLiteral("accepted")][0][QStringLiteral("seq")]);
        CHECK(count() == before + 1);
    }
    SECTION("bad operations are rejected with a reason, good ones in the same batch accepted")
    {
        QJsonObject wrongPlan = makeOp(newUuid(), me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("x"));
        QJsonObject unknownField = makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("x"));
        unknownField.insert(QStringLiteral("extra"), 1);
        const QJsonArray batch {
            makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("status"), QStringLiteral("bogus")),
            makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), 42),
            makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("far future"), 10LL * 60 * 1000),
            makeOp(world.planId, me, QStringLiteral("goal"), newUuid(), QStringLiteral("title"), QStringLiteral("no domain")),
            makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("work")),
            makeOp(world.planId, me, QStringLiteral("goal"), newUuid(), QStringLiteral("domainKey"), QStringLiteral("Not A Key!")),
            wrongPlan,
            unknownField,
            QJsonValue(QStringLiteral("not an object")),
            makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("Still fine")),
        };
        const Reply r = world.push(world.owner, batch);
        REQUIRE(r.status == 200);
        CHECK(acceptedIds(r).size() == 1);
        CHECK(rejectedCount(r) == batch.size() - 1);
        for (const QJsonValue &rej : r.json.value(QStringLiteral("rejected")).toArray())
            CHECK_FALSE(rej[QStringLiteral("reason")].toString().isEmpty());
        CHECK(r.json[QStringLiteral("rejected")][2][QStringLiteral("reason")].toString().contains(QStringLiteral("future")));
        CHECK(r.json[QStringLiteral("rejected")][2][QStringLiteral("code")].toString() == QStringLiteral("clock"));
        CHECK(r.json[QStringLiteral("rejected")][0][QStringLiteral("code")].toString() == QStringLiteral("invalid"));
        CHECK(count() == before + 1);
    }
    SECTION("a batch over 500 operations is refused whole")
    {
        QJsonArray big;
        for (int i = 0; i < 501; ++i)
            big.append(makeOp(world.planId, me, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("t%1").arg(i)));
        const Reply r = world.push(world.owner, big);
        CHECK(r.status == 400);
        CHECK(count() == before);
    }
    SECTION("the body must be {ops: [...]}")
    {
        CHECK(api.post(world.plan(QStringLiteral("/ops")), { { QStringLiteral("ops"), QStringLiteral("x") } }, world.owner.device.token).status == 400);
        CHECK(api.post(world.plan(QStringLiteral("/ops")), { { QStringLiteral("operations"), QJsonArray() } }, world.owner.device.token).status == 400);
        CHECK(count() == before);
    }
}

TEST_CASE("The priority order and the self-assessments are the owner's, write access to a domain lets a member neither move nor rate it",
          "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    // The professional may write work and finances; the owner has ordered them and rated work.
    const QString workDomain = newUuid();
    const QString ownersRating = newUuid();
    const QString owner = world.owner.memberId;
    REQUIRE(
        acceptedIds(world.push(world.owner,
                               { makeOp(world.planId, owner, QStringLiteral("domain"), workDomain, QStringLiteral("key"), QStringLiteral("work")),
                                 makeOp(world.planId, owner, QStringLiteral("domain"), workDomain, QStringLiteral("sortKey"), QStringLiteral("a1")),
                                 makeOp(world.planId, owner, QStringLiteral("assessment"), ownersRating, QStringLiteral("domainKey"), QStringLiteral("work")),
                                 makeOp(world.planId, owner, QStringLiteral("assessment"), ownersRating, QStringLiteral("score"), 7) }))
            .size()
        == 4);

    const QString pro = world.professional.memberId;
    const QString newRating = newUuid();
    const QString newDomain = newUuid();
    const QList<QJsonArray> edits {
        { makeOp(world.planId, pro, QStringLiteral("domain"), workDomain, QStringLiteral("sortKey"), QStringLiteral("z9")) },
        { makeOp(world.planId, pro, QStringLiteral("assessment"), ownersRating, QStringLiteral("score"), 2) },
        { makeOp(world.planId, pro, QStringLiteral("assessment"), newRating, QStringLiteral("domainKey"), QStringLiteral("work")),
          makeOp(world.planId, pro, QStringLiteral("assessment"), newRating, QStringLiteral("score"), 2) },
        { makeOp(world.planId, pro, QStringLiteral("domain"), newDomain, QStringLiteral("key"), QStringLiteral("finances")) },
    };
    for (const QJsonArray &ops : edits) {
        const Reply r = world.push(world.professional, ops);
        REQUIRE(r.status == 200);
        CHECK(acceptedIds(r).isEmpty());
        CHECK(rejectedCount(r) == ops.size());
        CHECK(firstReason(r).contains(QStringLiteral("owner")));
    }
    // Nothing of it reached the plan: the owner reads only their own four operations.
    const Reply pull = api.get(world.plan(QStringLiteral("/ops")), world.owner.device.token);
    QStringList authors;
    for (const QJsonValue &op : pull.json.value(QStringLiteral("ops")).toArray())
        authors.append(op[QStringLiteral("author")].toString());
    CHECK(authors.size() == 4);
    CHECK(authors.count(owner) == 4);
    // A goal in the same domain is still theirs to add.
    CHECK(acceptedIds(world.push(world.professional, world.goal(pro, QStringLiteral("work"), newUuid(), QStringLiteral("Adapted hours")))).size() == 3);
}
