// Meetings and agreements at the service (issue 13): the read and write rules the
// device applies (ReadRule, WriteRule), enforced by the real samen-service over TLS.
// An agreement follows its life domain and the member its whoId names (the
// coordinator reads no more than their grants allow); a meeting is read by its
// participants, the coordinator and the readers of one of its agenda domains (its
// notes and agenda points only by the first two), and written by the owner and the
// coordinator.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace samen::test;

namespace {

QSet<QString> pulledEntities(const Reply &pull)
{
    QSet<QString> ids;
    for (const QJsonValue &op : pull.json.value(QStringLiteral("ops")).toArray())
        ids.insert(op[QStringLiteral("entityId")].toString());
    return ids;
}

/** A meeting start this many days from now (UTC, ISO 8601): planned ahead, never a fixed date that passes. */
QString inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
}

int acceptedCount(const Reply &r)
{
    return static_cast<int>(r.json.value(QStringLiteral("accepted")).toArray().size());
}

int refusedCount(const Reply &r, const char *code)
{
    int n = 0;
    for (const QJsonValue &x : r.json.value(QStringLiteral("rejected")).toArray())
        n += x[QStringLiteral("code")].toString() == QLatin1String(code) ? 1 : 0;
    return n;
}

struct MeetingWorld {
    PlanWorld &world;

    QJsonObject op(const Participant &author, const QString &type, const QString &id, const QString &field, const QJsonValue &value) const
    {
        return makeOp(world.planId, author.memberId, type, id, field, value);
    }
    QJsonArray agreement(const Participant &author, const QString &id, const QString &domain, const QString &whoId) const
    {
        QJsonArray ops { op(author, QStringLiteral("agreement"), id, QStringLiteral("domainKey"), domain),
                         op(author, QStringLiteral("agreement"), id, QStringLiteral("what"), QStringLiteral("Agreement in ") + domain),
                         op(author, QStringLiteral("agreement"), id, QStringLiteral("status"), QStringLiteral("open")) };
        if (!whoId.isEmpty())
            ops.append(op(author, QStringLiteral("agreement"), id, QStringLiteral("whoId"), whoId));
        return ops;
    }
    QJsonArray meeting(const Participant &author, const QString &id, const QStringList &participants) const
    {
        return { op(author, QStringLiteral("meeting"), id, QStringLiteral("title"), QStringLiteral("Joint meeting")),
                 op(author, QStringLiteral("meeting"), id, QStringLiteral("at"), inDays(14)),
                 op(author, QStringLiteral("meeting"), id, QStringLiteral("participantIds"), QJsonArray::fromStringList(participants)) };
    }
    QJsonArray timelineAbout(const Participant &author, const QString &refId, const QString &kind) const
    {
        const QString id = newUuid();
        return { op(author, QStringLiteral("timeline"), id, QStringLiteral("kind"), kind),
                 op(author, QStringLiteral("timeline"), id, QStringLiteral("at"), QStringLiteral("2026-03-01T10:00:00Z")),
                 op(author, QStringLiteral("timeline"), id, QStringLiteral("refId"), refId) };
    }
};

Reply pullAll(ApiClient &api, const PlanWorld &world, const Participant &p)
{
    return api.get(world.plan(QStringLiteral("/ops?after=0&limit=1000")), p.device.token);
}

QStringList named(ApiClient &api, const PlanWorld &world, const Participant &p)
{
    QStringList ids;
    for (const QJsonValue &v : api.get(world.plan(QStringLiteral("/grants")), p.device.token).json.value(QStringLiteral("named")).toArray())
        ids << v.toString();
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("An agreement is read by the readers of its domain and by the member it names, until they are named away", "[service][bothstores][meetings]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const MeetingWorld m { world };
    // The friend reads housing only; the professional writes work and finances.
    const QString forFriend = newUuid(), finances = newUuid(), meetingId = newUuid();
    QJsonArray ops = m.agreement(world.owner, forFriend, QStringLiteral("work"), world.friendReader.memberId);
    for (const QJsonValue &o : m.agreement(world.owner, finances, QStringLiteral("finances"), {}))
        ops.append(o);
    for (const QJsonValue &o : m.timelineAbout(world.owner, forFriend, QStringLiteral("agreement-made")))
        ops.append(o);
    for (const QJsonValue &o : m.meeting(world.owner, meetingId, { world.owner.memberId, world.professional.memberId }))
        ops.append(o);
    const Reply pushed = world.push(world.owner, ops);
    REQUIRE(pushed.status == 200);
    REQUIRE(acceptedCount(pushed) == ops.size());

    const QSet<QString> friendReads = pulledEntities(pullAll(api, world, world.friendReader));
    CHECK(friendReads.contains(forFriend)); // named, without the work domain
    CHECK_FALSE(friendReads.contains(finances));
    CHECK_FALSE(friendReads.contains(meetingId)); // not a participant, and no domain of theirs on its agenda
    CHECK(named(api, world, world.friendReader) == QStringList { forFriend });
    const QSet<QString> professionalReads = pulledEntities(pullAll(api, world, world.professional));
    CHECK(professionalReads.contains(forFriend));
    CHECK(professionalReads.contains(finances));
    CHECK(named(api, world, world.professional) == QStringList { meetingId });

    // The snapshot follows the same rule.
    const Reply snapshot = api.get(world.plan(QStringLiteral("/snapshot")), world.friendReader.device.token);
    REQUIRE(snapshot.status == 200);
    CHECK(pulledEntities(snapshot).contains(forFriend));
    CHECK_FALSE(pulledEntities(snapshot).contains(finances));

    // The access log says which reads came only because the agreement names the friend (work: no grant), and
    // which by a grant (housing is not read here: nothing in it): never a "look at work".
    const Reply audit = api.get(world.plan(QStringLiteral("/audit")), world.owner.device.token);
    REQUIRE(audit.status == 200);
    int friendWorkReads = 0;
    for (const QJsonValue &v : audit.json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonObject detail = e.value(QStringLiteral("detail")).toObject();
        if (e.value(QStringLiteral("actor")).toString() != world.friendReader.device.deviceId
            || !e.value(QStringLiteral("action")).toString().endsWith(QLatin1String(".read"))
            || detail.value(QStringLiteral("domainKey")).toString() != QStringLiteral("work"))
            continue;
        ++friendWorkReads;
        CHECK(detail.value(QStringLiteral("route")).toString() == QStringLiteral("named"));
    }
    CHECK(friendWorkReads == 2); // the pull and the snapshot
    // The professional reads work by a grant: no route of their own there (meetings they read as the coordinator
    // are logged with the named route: see "A meeting is read by its participants...").
    for (const QJsonValue &v : audit.json.value(QStringLiteral("entries")).toArray()) {
        if (v[QStringLiteral("actor")].toString() == world.professional.device.deviceId
            && v[QStringLiteral("detail")].toObject().value(QStringLiteral("domainKey")).toString() == QStringLiteral("work"))
            CHECK_FALSE(v[QStringLiteral("detail")].toObject().contains(QStringLiteral("route")));
    }

    // Named away: the friend reads it no more, from the start of the log on.
    REQUIRE(acceptedCount(
                world.push(world.owner, { m.op(world.owner, QStringLiteral("agreement"), forFriend, QStringLiteral("whoId"), world.professional.memberId) }))
            == 1);
    CHECK_FALSE(pulledEntities(pullAll(api, world, world.friendReader)).contains(forFriend));
    CHECK(named(api, world, world.friendReader).isEmpty());
}

TEST_CASE("The service refuses what the device refuses: agreements by domain writers and the coordinator in what they read, meetings by the owner and the "
          "coordinator",
          "[service][bothstores][meetings]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const MeetingWorld m { world };
    const QString friendsOwn = newUuid();
    REQUIRE(acceptedCount(world.push(world.owner, m.agreement(world.owner, friendsOwn, QStringLiteral("work"), world.friendReader.memberId))) == 4);

    // The friend (housing read) may not make an agreement, not even in housing.
    const Reply friendMakes = world.push(world.friendReader, m.agreement(world.friendReader, newUuid(), QStringLiteral("housing"), {}));
    CHECK(acceptedCount(friendMakes) == 0);
    CHECK(refusedCount(friendMakes, "forbidden") == 3);
    // ... but says how the agreement that names them went, and nothing else of it.
    CHECK(acceptedCount(
              world.push(world.friendReader,
                         { m.op(world.friendReader, QStringLiteral("agreement"), friendsOwn, QStringLiteral("status"), QStringLiteral("done")),
                           m.op(world.friendReader, QStringLiteral("agreement"), friendsOwn, QStringLiteral("evaluation"), QStringLiteral("It worked.")) }))
          == 2);
    CHECK(acceptedCount(world.push(world.friendReader, m.timelineAbout(world.friendReader, friendsOwn, QStringLiteral("agreement-evaluated")))) == 3);
    const Reply rename
        = world.push(world.friendReader, { m.op(world.friendReader, QStringLiteral("agreement"), friendsOwn, QStringLiteral("what"), QStringLiteral("Else")) });
    CHECK(refusedCount(rename, "forbidden") == 1);
    const Reply renameWho
        = world.push(world.friendReader, { m.op(world.friendReader, QStringLiteral("agreement"), friendsOwn, QStringLiteral("whoId"), world.owner.memberId) });
    CHECK(refusedCount(renameWho, "forbidden") == 1);

    // A writer of work makes agreements there, not in housing; a meeting is not theirs until they coordinate.
    CHECK(acceptedCount(world.push(world.professional, m.agreement(world.professional, newUuid(), QStringLiteral("work"), {}))) == 3);
    CHECK(refusedCount(world.push(world.professional, m.agreement(world.professional, newUuid(), QStringLiteral("housing"), {})), "forbidden") == 3);
    const QString meetingId = newUuid();
    const Reply notYet = world.push(world.professional, m.meeting(world.professional, meetingId, { world.owner.memberId }));
    CHECK(refusedCount(notYet, "forbidden") == 3);
    CHECK(refusedCount(world.push(world.friendReader, m.meeting(world.friendReader, newUuid(), { world.owner.memberId })), "forbidden") == 3);

    // The owner hands over to the professional: now they plan the meeting and write about it, and make an agreement in housing.
    REQUIRE(acceptedCount(world.push(world.owner,
                                     { m.op(world.owner, QStringLiteral("member"), world.owner.memberId, QStringLiteral("coordinator"), false),
                                       m.op(world.owner, QStringLiteral("member"), world.professional.memberId, QStringLiteral("coordinator"), true) }))
            == 2);
    // The coordinator role gives no read access of its own: an agreement in housing (no grant) that does not name them stays unread.
    const QString housingOnly = newUuid();
    REQUIRE(acceptedCount(world.push(world.owner, m.agreement(world.owner, housingOnly, QStringLiteral("housing"), {}))) == 3);
    CHECK_FALSE(named(api, world, world.professional).contains(friendsOwn));
    CHECK_FALSE(named(api, world, world.professional).contains(housingOnly));
    CHECK_FALSE(pulledEntities(pullAll(api, world, world.professional)).contains(housingOnly));
    CHECK_FALSE(pulledEntities(api.get(world.plan(QStringLiteral("/snapshot")), world.professional.device.token)).contains(housingOnly));
    CHECK(pulledEntities(pullAll(api, world, world.professional)).contains(friendsOwn)); // in work, which they may read
    CHECK(acceptedCount(world.push(world.professional, m.meeting(world.professional, meetingId, { world.owner.memberId }))) == 3);
    CHECK(acceptedCount(world.push(world.professional, m.timelineAbout(world.professional, meetingId, QStringLiteral("meeting-planned")))) == 3);
    // The coordinator records agreements only in life domains they may read (nobody writes what they could not read back).
    CHECK(refusedCount(world.push(world.professional, m.agreement(world.professional, newUuid(), QStringLiteral("housing"), {})), "forbidden") == 3);
    CHECK(acceptedCount(world.push(world.professional, m.agreement(world.professional, newUuid(), QStringLiteral("work"), {}))) == 3);
    // The coordinator mark itself stays the owner's to give.
    CHECK(refusedCount(world.push(world.professional,
                                  { m.op(world.professional, QStringLiteral("member"), world.friendReader.memberId, QStringLiteral("coordinator"), true) }),
                       "forbidden")
          == 1);
}

TEST_CASE("A meeting is read by its participants, the coordinator and readers of an agenda domain, its notes and points by the first two only",
          "[service][bothstores][meetings]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const MeetingWorld m { world };
    // The friend reads housing; the professional writes work and finances. Two meetings, neither with the friend:
    // one about housing and work, one about finances only; both with notes and an agenda point.
    const QString housingWork = newUuid(), financesOnly = newUuid();
    QJsonArray ops;
    for (const auto &[id, agenda] : { std::pair { housingWork, QStringList { QStringLiteral("housing"), QStringLiteral("work") } },
                                      std::pair { financesOnly, QStringList { QStringLiteral("finances") } } }) {
        for (const QJsonValue &o : m.meeting(world.owner, id, { world.owner.memberId, world.professional.memberId }))
            ops.append(o);
        ops.append(m.op(world.owner, QStringLiteral("meeting"), id, QStringLiteral("agendaDomains"), QJsonArray::fromStringList(agenda)));
        ops.append(m.op(world.owner, QStringLiteral("meeting"), id, QStringLiteral("agendaPoints"), QJsonArray { QStringLiteral("Point-marker") }));
        ops.append(m.op(world.owner, QStringLiteral("meeting"), id, QStringLiteral("notes"), QStringLiteral("Notes-marker")));
    }
    REQUIRE(acceptedCount(world.push(world.owner, ops)) == ops.size());

    auto fieldsOf = [&](const Reply &r, const QString &id) {
        QStringList fields;
        for (const QJsonValue &op : r.json.value(QStringLiteral("ops")).toArray()) {
            if (op[QStringLiteral("entityId")].toString() == id)
                fields << op[QStringLiteral("field")].toString();
        }
        fields.sort();
        return fields;
    };
    const QStringList withoutText { QStringLiteral("agendaDomains"), QStringLiteral("at"), QStringLiteral("participantIds"), QStringLiteral("title") };
    for (const QString &suffix : { QStringLiteral("/ops?after=0&limit=1000"), QStringLiteral("/snapshot") }) {
        INFO(suffix.toStdString());
        const Reply friendReads = api.get(world.plan(suffix), world.friendReader.device.token);
        REQUIRE(friendReads.status == 200);
        CHECK(fieldsOf(friendReads, housingWork) == withoutText); // housing on the agenda: that it is, not what was said
        CHECK(fieldsOf(friendReads, financesOnly).isEmpty());
        const Reply professionalReads = api.get(world.plan(suffix), world.professional.device.token);
        CHECK(fieldsOf(professionalReads, financesOnly).contains(QStringLiteral("notes"))); // a participant reads it whole
        CHECK(fieldsOf(professionalReads, financesOnly).contains(QStringLiteral("agendaPoints")));
    }
    CHECK(named(api, world, world.friendReader) == QStringList { housingWork });
}

TEST_CASE("The service refuses a meeting planned for a time already past and one marked held before it began, and takes one recorded afterwards is taken",
          "[service][bothstores][meetings]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const MeetingWorld m { world };
    const auto meeting = [&](const QString &id, const QString &at, const QString &status, qint64 skewMs = 0) {
        QJsonArray ops;
        for (const auto &[field, value] : QList<std::pair<QString, QJsonValue>> {
                 { QStringLiteral("title"), QStringLiteral("Joint meeting") }, { QStringLiteral("at"), at }, { QStringLiteral("status"), status } })
            ops.append(makeOp(world.planId, world.owner.memberId, QStringLiteral("meeting"), id, field, value, skewMs));
        return ops;
    };
    const auto reasons = [](const Reply &r) {
        QStringList out;
        for (const QJsonValue &x : r.json.value(QStringLiteral("rejected")).toArray())
            out << x[QStringLiteral("reason")].toString();
        return out.join(QLatin1Char('\n'));
    };

    // Planned for two days ago: the whole new meeting is refused, and its timeline entry with it; nothing is stored.
    const QString past = newUuid();
    QJsonArray ops = meeting(past, inDays(-2), QStringLiteral("planned"));
    for (const QJsonValue &o : m.timelineAbout(world.owner, past, QStringLiteral("meeting-planned")))
        ops.append(o);
    const Reply refused = world.push(world.owner, ops);
    REQUIRE(refused.status == 200);
    CHECK(acceptedCount(refused) == 0);
    CHECK(refusedCount(refused, "invalid") == 6);
    CHECK(reasons(refused).contains(QStringLiteral("already passed")));
    CHECK_FALSE(pulledEntities(pullAll(api, world, world.owner)).contains(past));

    // Planned ahead: taken. Marked held before it began: that one operation is refused, the meeting stays planned.
    const QString ahead = newUuid();
    REQUIRE(acceptedCount(world.push(world.owner, meeting(ahead, inDays(14), QStringLiteral("planned")))) == 3);
    const Reply early = world.push(
        world.owner, { makeOp(world.planId, world.owner.memberId, QStringLiteral("meeting"), ahead, QStringLiteral("status"), QStringLiteral("held")) });
    CHECK(refusedCount(early, "invalid") == 1);
    CHECK(reasons(early).contains(QStringLiteral("has not started yet")));
    // Moving it into the past is planning it there: refused too.
    CHECK(refusedCount(
              world.push(world.owner, { makeOp(world.planId, world.owner.memberId, QStringLiteral("meeting"), ahead, QStringLiteral("at"), inDays(-1)) }),
              "invalid")
          == 1);

    // Recorded afterwards as held (the demo's and an import's path): taken; recorded as held for next week: refused.
    CHECK(acceptedCount(world.push(world.owner, meeting(newUuid(), inDays(-21), QStringLiteral("held")))) == 3);
    CHECK(refusedCount(world.push(world.owner, meeting(newUuid(), inDays(7), QStringLiteral("held"))), "invalid") == 3);
    // Cancelling a meeting whose time has passed is no planning: taken.
    const QString cancelled = newUuid();
    REQUIRE(acceptedCount(world.push(world.owner, meeting(cancelled, inDays(-1), QStringLiteral("planned"), -3 * 86400000LL))) == 3);
    CHECK(acceptedCount(world.push(
              world.owner,
              { makeOp(world.planId, world.owner.memberId, QStringLiteral("meeting"), cancelled, QStringLiteral("status"), QStringLiteral("cancelled")) }))
          == 1);

    // Planned offline three days ago for two days ago, pushed only now: judged by when it was planned (its clock), so taken.
    // Within the service's clock skew (5 minutes) a start just past is still "now".
    CHECK(acceptedCount(world.push(world.owner, meeting(newUuid(), inDays(-2), QStringLiteral("planned"), -3 * 86400000LL))) == 3);
    CHECK(acceptedCount(
              world.push(world.owner, meeting(newUuid(), QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODate), QStringLiteral("planned"))))
          == 3);
}

TEST_CASE("The service makes no one the coordinator who was not let in, a joiner who waits and a removed member are refused", "[service][meetings]")
{
    // Review 2, finding 28: the device refuses it first (PlanEditor::setCoordinator); the service trusts no device.
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const MeetingWorld m { world };
    Participant waiting(108);
    REQUIRE(waiting.device.enrolAndSignIn(api));
    const Reply invitation
        = api.post(world.plan(QStringLiteral("/invitations")), { { QStringLiteral("kind"), QStringLiteral("network") } }, world.owner.device.token);
    REQUIRE(invitation.status == 201);
    const Reply redeemed = api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")) } },
                                    waiting.device.token);
    REQUIRE(redeemed.status == 200);
    waiting.memberId = redeemed.json.value(QStringLiteral("memberId")).toString();
    REQUIRE(api.del(world.plan(QStringLiteral("/members/")) + world.friendReader.memberId, world.owner.device.token).status == 200);

    for (const Participant *notLetIn : { &waiting, &world.friendReader }) {
        const Reply refused = world.push(world.owner, { m.op(world.owner, QStringLiteral("member"), notLetIn->memberId, QStringLiteral("coordinator"), true) });
        REQUIRE(refused.status == 200);
        CHECK(acceptedCount(refused) == 0);
        CHECK(refusedCount(refused, "invalid") == 1);
    }
    // Someone let in can be; and taking the mark away is never refused.
    const Reply accepted = world.push(world.owner,
                                      { m.op(world.owner, QStringLiteral("member"), world.professional.memberId, QStringLiteral("coordinator"), true),
                                        m.op(world.owner, QStringLiteral("member"), waiting.memberId, QStringLiteral("coordinator"), false) });
    CHECK(acceptedCount(accepted) == 2);
}
