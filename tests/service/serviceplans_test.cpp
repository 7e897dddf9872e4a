// Plans, members, grants and invitations against the real service.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

QStringList pulledAfterGrant(ApiClient &api, PlanWorld &world, Participant &p)
{
    return pulledTitles(api.get(world.plan(QStringLiteral("/ops")), p.device.token));
}

} // namespace

TEST_CASE("A citizen registers a plan and sees it in their caseload", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(11);
    REQUIRE(phone.enrolAndSignIn(api));
    const QString planId = newUuid();
    const Reply created = api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), planId } }, phone.token);
    REQUIRE(created.status == 201);
    CHECK(created.json.value(QStringLiteral("planId")).toString() == planId);
    // Registering it again (a retry whose answer was lost) finds it: the same plan, the same owner id, nothing new made.
    const Reply again = api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), planId } }, phone.token);
    CHECK(again.status == 200);
    CHECK(again.json.value(QStringLiteral("memberId")).toString() == created.json.value(QStringLiteral("memberId")).toString());
    CHECK(api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), QStringLiteral("not-a-uuid") } }, phone.token).status == 400);
    const Reply plans = api.get(QStringLiteral("/v1/plans"), phone.token);
    REQUIRE(plans.status == 200);
    const QJsonArray list = plans.json.value(QStringLiteral("plans")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0][QStringLiteral("planId")].toString() == planId);
    CHECK(list[0][QStringLiteral("role")].toString() == QStringLiteral("owner"));
    CHECK(api.get(QStringLiteral("/v1/plans")).status == 401);
}

TEST_CASE("A citizen may register a plan with the owner's member id from the device, unused anywhere", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(12);
    TestDevice other(13);
    REQUIRE(phone.enrolAndSignIn(api));
    REQUIRE(other.enrolAndSignIn(api));
    auto create = [&](const TestDevice &d, const QString &planId, const QString &memberId) {
        return api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), planId }, { QStringLiteral("memberId"), memberId } }, d.token);
    };
    const QString planId = newUuid();
    const QString memberId = newUuid();
    for (const QString &bad :
         { QStringLiteral("not-a-uuid"), memberId.toUpper(), QStringLiteral("{%1}").arg(memberId.left(34)), QString(memberId).append(QLatin1Char('0')) }) {
        INFO(bad.toStdString());
        const Reply r = create(phone, planId, bad);
        CHECK(r.status == 400);
        CHECK(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("memberId")));
    }
    CHECK(api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), planId }, { QStringLiteral("memberId"), 7 } }, phone.token).status == 400);
    CHECK(api.get(QStringLiteral("/v1/plans"), phone.token).json.value(QStringLiteral("plans")).toArray().isEmpty()); // nothing was made

    const Reply created = create(phone, planId, memberId);
    REQUIRE(created.status == 201);
    CHECK(created.json.value(QStringLiteral("memberId")).toString() == memberId);
    const QJsonArray list = api.get(QStringLiteral("/v1/plans"), phone.token).json.value(QStringLiteral("plans")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0][QStringLiteral("memberId")].toString() == memberId);
    // Operations authored by that id are the owner's.
    const QString goalId = newUuid();
    const Reply pushed
        = api.post(QStringLiteral("/v1/plans/%1/ops").arg(planId),
                   { { QStringLiteral("ops"),
                       QJsonArray { makeOp(planId, memberId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("work")),
                                    makeOp(planId, memberId, QStringLiteral("plan"), planId, QStringLiteral("name"), QStringLiteral("Mine")) } } },
                   phone.token);
    CHECK(pushed.json.value(QStringLiteral("accepted")).toArray().size() == 2);

    // The same member id in another plan, by anyone, is a conflict and makes no plan.
    const QString secondPlan = newUuid();
    const Reply taken = create(other, secondPlan, memberId);
    CHECK(taken.status == 409);
    CHECK(taken.errorCode() == QStringLiteral("id-unavailable"));
    CHECK(create(phone, secondPlan, memberId).status == 409);
    // A stranger cannot tell a plan id in use from a member id in use: one answer, word for word.
    const Reply strangerPlan = create(other, planId, newUuid());
    CHECK(strangerPlan.status == 409);
    CHECK(strangerPlan.json == taken.json);
    CHECK(api.get(QStringLiteral("/v1/plans"), other.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
    // An id the first plan holds as an entity (a member record for a person who has not joined yet, a goal) is
    // never anyone's member id in another plan: it would take that person's place (review 2 finding 29).
    const QString andreId = newUuid();
    REQUIRE(api.post(QStringLiteral("/v1/plans/%1/ops").arg(planId),
                     { { QStringLiteral("ops"),
                         QJsonArray { makeOp(planId, memberId, QStringLiteral("member"), andreId, QStringLiteral("name"), QStringLiteral("André")) } } },
                     phone.token)
                .json.value(QStringLiteral("accepted"))
                .toArray()
                .size()
            == 1);
    for (const QString &held : { andreId, goalId }) {
        const Reply squat = create(other, newUuid(), held);
        CHECK(squat.status == 409);
        CHECK(squat.json == taken.json);
    }
    CHECK(api.get(QStringLiteral("/v1/plans"), other.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
    // Without a member id the service picks one, as before.
    const Reply generated = api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), secondPlan } }, other.token);
    REQUIRE(generated.status == 201);
    CHECK(generated.json.value(QStringLiteral("memberId")).toString().size() == 36);
    CHECK(generated.json.value(QStringLiteral("memberId")).toString() != memberId);
}

TEST_CASE("Members, grants and the caseload follow invitations and the owner's decisions", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    for (const char *domain : { "housing", "work" })
        REQUIRE(
            world.push(world.owner, world.goal(world.owner.memberId, QLatin1String(domain), newUuid(), QStringLiteral("Goal %1").arg(QLatin1String(domain))))
                .status
            == 200);

    const Reply proPlans = api.get(QStringLiteral("/v1/plans"), world.professional.device.token);
    REQUIRE(proPlans.json.value(QStringLiteral("plans")).toArray().size() == 1);
    CHECK(proPlans.json[QStringLiteral("plans")][0][QStringLiteral("role")].toString() == QStringLiteral("member"));
    CHECK(api.get(QStringLiteral("/v1/plans"), world.stranger.device.token).json.value(QStringLiteral("plans")).toArray().isEmpty());

    const Reply members = api.get(world.plan(QStringLiteral("/members")), world.friendReader.device.token);
    REQUIRE(members.status == 200);
    CHECK(members.json.value(QStringLiteral("members")).toArray().size() == 4);
    CHECK(api.get(world.plan(QStringLiteral("/members")), world.stranger.device.token).status == 404);

    SECTION("the owner sees every grant, a member only their own")
    {
        CHECK(api.get(world.plan(QStringLiteral("/grants")), world.owner.device.token).json.value(QStringLiteral("grants")).toArray().size() == 4);
        const QJsonArray own = api.get(world.plan(QStringLiteral("/grants")), world.professional.device.token).json.value(QStringLiteral("grants")).toArray();
        CHECK(own.size() == 2);
        for (const QJsonValue &g : own)
            CHECK(g[QStringLiteral("memberId")].toString() == world.professional.memberId);
    }
    SECTION("a new grant opens a domain and removing it closes it again")
    {
        CHECK(pulledAfterGrant(api, world, world.friendReader) == QStringList { QStringLiteral("Goal housing") });
        const Reply added = api.post(world.plan(QStringLiteral("/grants")),
                                     { { QStringLiteral("memberId"), world.friendReader.memberId },
                                       { QStringLiteral("domainKey"), QStringLiteral("work") },
                                       { QStringLiteral("access"), QStringLiteral("read") },
                                       { QStringLiteral("purpose"), QStringLiteral("helps with job search") } },
                                     world.owner.device.token);
        REQUIRE(added.status == 201);
        CHECK(pulledAfterGrant(api, world, world.friendReader) == QStringList { QStringLiteral("Goal housing"), QStringLiteral("Goal work") });
        CHECK(api.del(world.plan(QStringLiteral("/grants/")) + added.json.value(QStringLiteral("grantId")).toString(), world.owner.device.token).status == 200);
        CHECK(pulledAfterGrant(api, world, world.friendReader) == QStringList { QStringLiteral("Goal housing") });
        CHECK(api.del(world.plan(QStringLiteral("/grants/")) + added.json.value(QStringLiteral("grantId")).toString(), world.owner.device.token).status == 404);
    }
    SECTION("only the owner manages grants, and grant input is checked")
    {
        const QJsonObject grant { { QStringLiteral("memberId"), world.friendReader.memberId },
                                  { QStringLiteral("domainKey"), QStringLiteral("work") },
                                  { QStringLiteral("access"), QStringLiteral("write") } };
        CHECK(api.post(world.plan(QStringLiteral("/grants")), grant, world.professional.device.token).status == 403);
        CHECK(api.post(world.plan(QStringLiteral("/grants")), grant, world.stranger.device.token).status == 404);
        QJsonObject badAccess = grant;
        badAccess.insert(QStringLiteral("access"), QStringLiteral("admin"));
        CHECK(api.post(world.plan(QStringLiteral("/grants")), badAccess, world.owner.device.token).status == 400);
        QJsonObject unknownMember = grant;
        unknownMember.insert(QStringLiteral("memberId"), newUuid());
        CHECK(api.post(world.plan(QStringLiteral("/grants")), unknownMember, world.owner.device.token).status == 404);
        CHECK(pulledAfterGrant(api, world, world.friendReader) == QStringList { QStringLiteral("Goal housing") });
    }
    SECTION("a removed member loses the plan")
    {
        CHECK(api.del(world.plan(QStringLiteral("/members/")) + world.friendReader.memberId, world.professional.device.token).status == 403);
        CHECK(api.del(world.plan(QStringLiteral("/members/")) + world.friendReader.memberId, world.owner.device.token).status == 200);
        CHECK(api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token).status == 404);
        CHECK(api.get(QStringLiteral("/v1/plans"), world.friendReader.device.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
        CHECK(api.del(world.plan(QStringLiteral("/members/")) + world.owner.memberId, world.owner.device.token).status == 409);
    }
}

TEST_CASE("Invitations are single-use, withdrawable, and joins wait for the owner", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    TestDevice newcomer(120);
    TestDevice second(121);
    REQUIRE(newcomer.enrolAndSignIn(api));
    REQUIRE(second.enrolAndSignIn(api));
    const QJsonObject body {
        { QStringLiteral("kind"), QStringLiteral("network") },
        { QStringLiteral("grants"),
          QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("read") } } } }
    };
    const Reply invitation = api.post(world.plan(QStringLiteral("/invitations")), body, world.owner.device.token);
    REQUIRE(invitation.status == 201);
    const QString code = invitation.json.value(QStringLiteral("code")).toString();
    CHECK(QByteArray::fromBase64(code.toLatin1(), QByteArray::Base64UrlEncoding).size() >= 16);
    const QString invitationId = invitation.json.value(QStringLiteral("invitationId")).toString();

    const Reply pending = api.get(world.plan(QStringLiteral("/invitations")), world.owner.device.token);
    REQUIRE(pending.status == 200);
    CHECK(pending.json.value(QStringLiteral("invitations")).toArray().size() == 1);
    CHECK_FALSE(pending.body.contains(code.toLatin1()));
    CHECK(api.get(world.plan(QStringLiteral("/invitations")), world.professional.device.token).status == 403);
    CHECK(api.post(world.plan(QStringLiteral("/invitations")), body, world.professional.device.token).status == 403);

    SECTION("redeeming makes a pending member who reads nothing until confirmed")
    {
        const Reply redeemed = api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), code } }, newcomer.token);
        REQUIRE(redeemed.status == 200);
        CHECK(redeemed.json.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
        const QString memberId = redeemed.json.value(QStringLiteral("memberId")).toString();
        CHECK(api.get(world.plan(QStringLiteral("/ops")), newcomer.token).status == 404);
        // The code is spent: a replay by anyone fails and changes nothing.
        const Reply replay = api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), code } }, second.token);
        CHECK(replay.status == 410);
        CHECK(api.get(QStringLiteral("/v1/plans"), second.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
        CHECK(api.get(world.plan(QStringLiteral("/invitations")), world.owner.device.token).json.value(QStringLiteral("invitations")).toArray().isEmpty());
        // Only the owner confirms.
        CHECK(api.post(world.plan(QStringLiteral("/members/%1/confirm").arg(memberId)), {}, world.professional.device.token).status == 403);
        const Reply confirmed = api.post(world.plan(QStringLiteral("/members/%1/confirm").arg(memberId)), {}, world.owner.device.token);
        REQUIRE(confirmed.status == 200);
        CHECK(confirmed.json.value(QStringLiteral("grants")).toArray().size() == 1);
        CHECK(api.get(world.plan(QStringLiteral("/ops")), newcomer.token).status == 200);
        CHECK(api.post(world.plan(QStringLiteral("/members/%1/confirm").arg(memberId)), {}, world.owner.device.token).status == 409);
    }
    SECTION("a withdrawn invitation cannot be redeemed")
    {
        CHECK(api.del(world.plan(QStringLiteral("/invitations/")) + invitationId, world.professional.device.token).status == 403);
        CHECK(api.del(world.plan(QStringLiteral("/invitations/")) + invitationId, world.owner.device.token).status == 200);
        CHECK(api.del(world.plan(QStringLiteral("/invitations/")) + invitationId, world.owner.device.token).status == 409);
        CHECK(api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), code } }, newcomer.token).status == 410);
        CHECK(api.get(QStringLiteral("/v1/plans"), newcomer.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
    }
    SECTION("unknown codes, existing members and bad invitation input are refused")
    {
        CHECK(api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), QStringLiteral("guess") } }, newcomer.token).status == 404);
        CHECK(api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), code } }, world.friendReader.device.token).status == 409);
        CHECK(api.post(QStringLiteral("/v1/invitations/redeem"), { { QStringLiteral("code"), code } }).status == 401);
        QJsonObject badKind = body;
        badKind.insert(QStringLiteral("kind"), QStringLiteral("owner"));
        CHECK(api.post(world.plan(QStringLiteral("/invitations")), badKind, world.owner.device.token).status == 400);
        QJsonObject badGrant = body;
        badGrant.insert(
            QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("all") } } });
        CHECK(api.post(world.plan(QStringLiteral("/invitations")), badGrant, world.owner.device.token).status == 400);
        CHECK(api.get(world.plan(QStringLiteral("/invitations")), world.owner.device.token).json.value(QStringLiteral("invitations")).toArray().size() == 1);
    }
}
