// The access log in words, for what a new user found misleading (issue 12, review):
// who an invitation was made for against who used its code, reads that came only
// because an agreement or meeting names the reader, a step down in access, and the
// timeline. On a real PlanState, as the owner's device holds it.
#include "synctestsupport.h"

#include "domain/texthygiene.h"
#include "network/accesslogwords.h"
#include "sync/planstate.h"

#include <QUuid>

using namespace samen;
using namespace samen::test;

namespace {

/** Noor's plan with Ria (friend) in it and an invitation made for Zoë; Mallory used Zoë's code. */
struct NoorsPlan {
    PlanState plan;
    HlcClock clock { QStringLiteral("n1") };
    QString planId, noorId, riaId, malloryId, invitationId;

    NoorsPlan()
    {
        auto created = PlanEditor::createPlan(clock, QStringLiteral("Noor"), QStringLiteral("default"), QStringLiteral("Noor"));
        REQUIRE(created);
        plan.apply(created->ops);
        planId = created->entityId;
        noorId = PlanEditor::ownerMemberIdOf(created.value());
        PlanEditor editor(plan, clock, planId, noorId);
        riaId = add(editor, QStringLiteral("Ria"));
        malloryId = add(editor, QStringLiteral("Mallory"));
        invitationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto invited = editor.createEntity(QStringLiteral("invitation"), invitationId,
                                           { { QStringLiteral("kind"), QStringLiteral("network") },
                                             { QStringLiteral("name"), QStringLiteral("Zoë") },
                                             { QStringLiteral("status"), QStringLiteral("pending") } });
        REQUIRE(invited);
        plan.apply(invited->ops);
    }
    QString add(PlanEditor &editor, const QString &name)
    {
        MemberInput m;
        m.kind = QStringLiteral("network");
        m.name = name;
        auto added = editor.addMember(m);
        REQUIRE(added);
        plan.apply(added->ops);
        return added->entityId;
    }
    AuditEntry entry(const char *action, const QString &actor, const QString &target, const QString &memberId, const QJsonObject &detail = {}) const
    {
        AuditEntry e;
        e.action = QLatin1String(action);
        e.actor = actor + QStringLiteral("-device");
        e.actorMemberId = actor;
        e.target = target;
        e.memberId = memberId;
        e.detail = detail;
        e.domainKey = detail.value(QStringLiteral("domainKey")).toString();
        e.entityType = detail.value(QStringLiteral("entityType")).toString();
        e.count = detail.value(QStringLiteral("count")).toInt(1);
        return e;
    }
};

QString isolated(const char *name)
{
    return TextHygiene::isolate(QString::fromUtf8(name));
}

} // namespace

TEST_CASE("The access log names who an invitation was made for, and separately who used its code", "[sync][people][log]")
{
    NoorsPlan p;
    AccessLogWords words(p.plan, p.planId);
    // The invitation's entries carry the member id the joiner got: Mallory's. The invitation was for Zoë.
    const QJsonObject forMember { { QStringLiteral("memberId"), p.malloryId } };
    CHECK(words.sentence(p.entry("invitation.create", p.noorId, p.invitationId, p.malloryId, forMember))
          == isolated("Noor") + QStringLiteral(" invited ") + isolated("Zoë"));
    CHECK(words.sentence(p.entry("invitation.redeem", p.malloryId, p.invitationId, p.malloryId, forMember))
          == isolated("Mallory") + QStringLiteral(" used the invitation for ") + isolated("Zoë") + QStringLiteral(" and waits to be let in"));
    CHECK(words.sentence(p.entry("member.decline", p.noorId, p.malloryId, p.malloryId))
          == isolated("Noor") + QStringLiteral(" did not let ") + isolated("Mallory") + QStringLiteral(" in"));
    CHECK(words.sentence(p.entry("invitation.withdraw", p.noorId, p.invitationId, p.malloryId, forMember))
          == isolated("Noor") + QStringLiteral(" withdrew the invitation for ") + isolated("Zoë"));
    // An invitation this device does not hold stays "someone", never the name of whoever used it.
    CHECK(words.sentence(p.entry("invitation.create", p.noorId, QUuid::createUuid().toString(QUuid::WithoutBraces), p.malloryId, forMember))
          == isolated("Noor") + QStringLiteral(" invited someone"));
}

TEST_CASE("A read that came only because an agreement or meeting names the reader is never said as looking at a domain", "[sync][people][log]")
{
    NoorsPlan p;
    AccessLogWords words(p.plan, p.planId);
    const QJsonObject named { { QStringLiteral("domainKey"), QStringLiteral("housing") },
                              { QStringLiteral("count"), 2 },
                              { QStringLiteral("route"), QStringLiteral("named") } };
    const QString line = words.sentence(p.entry("ops.read", p.riaId, p.planId, {}, named));
    CHECK(line == isolated("Ria") + QStringLiteral(" saw the agreements made with them"));
    CHECK_FALSE(line.contains(QStringLiteral("looked at")));
    QJsonObject meeting = named;
    meeting.insert(QStringLiteral("domainKey"), QString());
    CHECK(words.sentence(p.entry("snapshot.read", p.riaId, p.planId, {}, meeting)) == isolated("Ria") + QStringLiteral(" saw the meetings they take part in"));
    // A read by a grant keeps its words, and the two are not folded into one line.
    QJsonObject byGrant = named;
    byGrant.remove(QStringLiteral("route"));
    AuditEntry grantRead = p.entry("ops.read", p.riaId, p.planId, {}, byGrant);
    AuditEntry namedRead = p.entry("ops.read", p.riaId, p.planId, {}, named);
    grantRead.atMs = grantRead.seq = 2000;
    namedRead.atMs = namedRead.seq = 1000;
    const auto days = words.days({ grantRead, namedRead }, {}, QDateTime::fromMSecsSinceEpoch(1000).date());
    REQUIRE(days.size() == 1);
    REQUIRE(days[0].lines.size() == 2);
    CHECK(days[0].lines[0].text.contains(QStringLiteral(" looked at ")));
    CHECK(days[0].lines[1].text.contains(QStringLiteral(" saw the agreements made with them")));
}

TEST_CASE("A step down in access is said as a step down, a step up as a step up, and timeline entries as writing in the timeline", "[sync][people][log]")
{
    NoorsPlan p;
    AccessLogWords words(p.plan, p.planId);
    auto set = [&](const char *access, const char *was) {
        QJsonObject d { { QStringLiteral("domainKey"), QStringLiteral("work") }, { QStringLiteral("access"), QLatin1String(access) } };
        if (was)
            d.insert(QStringLiteral("was"), QLatin1String(was));
        return words.sentence(p.entry("grant.set", p.noorId, p.riaId, p.riaId, d));
    };
    const QString noor = isolated("Noor"), ria = isolated("Ria");
    CHECK(set("read", "write") == noor + QStringLiteral(" now lets ") + ria + QStringLiteral(" only read Work and daytime activities, no longer change it"));
    CHECK(set("write", "read") == noor + QStringLiteral(" now lets ") + ria + QStringLiteral(" also change Work and daytime activities"));
    CHECK(set("read", "none") == noor + QStringLiteral(" let ") + ria + QStringLiteral(" see Work and daytime activities"));
    CHECK(set("none", "write") == noor + QStringLiteral(" took away ") + ria + QStringLiteral("'s access to Work and daytime activities"));
    const QJsonObject timeline { { QStringLiteral("entityType"), QStringLiteral("timeline") }, { QStringLiteral("count"), 3 } };
    CHECK(words.sentence(p.entry("ops.write", p.riaId, p.planId, {}, timeline)) == ria + QStringLiteral(" wrote in the timeline"));
    QJsonObject aboutWork = timeline;
    aboutWork.insert(QStringLiteral("domainKey"), QStringLiteral("work"));
    CHECK(words.sentence(p.entry("ops.write", p.riaId, p.planId, {}, aboutWork))
          == ria + QStringLiteral(" wrote in the timeline about Work and daytime activities"));
    CHECK_FALSE(words.sentence(p.entry("ops.write", p.riaId, p.planId, {}, timeline)).contains(QStringLiteral("history")));
}
