// A step is given only to someone who may read its life domain (review 4, R4-13), and the
// service judges it from its own members and grants at the time of the push: a member's
// device (a professional who writes the domain) does not hold the others' grants, so the
// service refuses an ownerId that names a member let in who cannot see the step's domain,
// with its own code ("step-unreachable"), and only that operation. The owner, nobody, a
// contact the service never heard of, and someone still waiting to be let in may be given
// a step.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace samen::test;

namespace {

/** The codes of the refused operations, in order ("" when all were accepted). */
QString refusals(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("rejected")).toArray())
        out.append(v[QStringLiteral("code")].toString());
    return out.join(QLatin1Char(','));
}

QJsonObject stepOwner(const PlanWorld &world, const QString &author, const QString &stepId, const QJsonValue &who)
{
    return makeOp(world.planId, author, QStringLiteral("step"), stepId, QStringLiteral("ownerId"), who);
}

/** A new step of goalId, written by author: goalId, title, done (no owner). */
QJsonArray newStep(const PlanWorld &world, const QString &author, const QString &goalId, const QString &stepId, const QString &title)
{
    return { makeOp(world.planId, author, QStringLiteral("step"), stepId, QStringLiteral("goalId"), goalId),
             makeOp(world.planId, author, QStringLiteral("step"), stepId, QStringLiteral("title"), title),
             makeOp(world.planId, author, QStringLiteral("step"), stepId, QStringLiteral("done"), false) };
}

/** The ownerId values the service stored for stepId, in the order it took them (pulled by the owner). */
QStringList storedOwners(ApiClient &api, const PlanWorld &world, const QString &stepId)
{
    QStringList owners;
    const Reply page = api.get(world.plan(QStringLiteral("/ops?after=0&limit=1000")), world.owner.device.token);
    for (const QJsonValue &op : page.json.value(QStringLiteral("ops")).toArray()) {
        if (op[QStringLiteral("entityId")].toString() == stepId && op[QStringLiteral("field")].toString() == QStringLiteral("ownerId"))
            owners.append(op[QStringLiteral("value")].toString());
    }
    return owners;
}

} // namespace

TEST_CASE("The service gives a step only to someone who may read its life domain, by its own grants at the time of the push", "[service][step][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString owner = world.owner.memberId;
    const QString pro = world.professional.memberId; // writes work and finances
    const QString reader = world.friendReader.memberId; // reads housing
    const QString workGoal = newUuid(), housingGoal = newUuid(), contact = newUuid();
    QJsonArray made = world.goal(owner, QStringLiteral("work"), workGoal, QStringLiteral("Keep my job"));
    for (const QJsonValue &op : world.goal(owner, QStringLiteral("housing"), housingGoal, QStringLiteral("A home of my own")))
        made.append(op);
    // A contact on record only (no device, no membership at the service): the owner's own words about a person.
    made.append(makeOp(world.planId, owner, QStringLiteral("member"), contact, QStringLiteral("kind"), QStringLiteral("network")));
    made.append(makeOp(world.planId, owner, QStringLiteral("member"), contact, QStringLiteral("name"), QStringLiteral("Oma")));
    REQUIRE(refusals(world.push(world.owner, made)).isEmpty());

    SECTION("a professional who writes Work gives a Work step to someone who may only see Housing: only that is refused")
    {
        const QString step = newUuid();
        QJsonArray ops = newStep(world, pro, workGoal, step, QStringLiteral("Call HR"));
        ops.append(stepOwner(world, pro, step, reader));
        const Reply r = world.push(world.professional, ops);
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "step-unreachable");
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().size() == 3);
        CHECK(storedOwners(api, world, step).isEmpty());
    }
    SECTION("the owner, nobody, and a contact without a device may be given the step; so may someone who may read its domain")
    {
        const QString step = newUuid();
        QJsonArray ops = newStep(world, pro, workGoal, step, QStringLiteral("Call HR"));
        ops.append(stepOwner(world, pro, step, owner));
        ops.append(stepOwner(world, pro, step, QJsonValue(QJsonValue::Null)));
        ops.append(stepOwner(world, pro, step, contact));
        ops.append(stepOwner(world, pro, step, pro));
        const Reply r = world.push(world.professional, ops);
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "");
        CHECK(world.push(world.owner, { stepOwner(world, owner, step, reader) }).json.value(QStringLiteral("rejected")).toArray().size() == 1);
    }
    SECTION("the owner's device is not trusted either: a Housing step for the professional, who cannot see Housing, is refused")
    {
        const QString step = newUuid();
        QJsonArray ops = newStep(world, owner, housingGoal, step, QStringLiteral("Visit the flat"));
        ops.append(stepOwner(world, owner, step, pro));
        ops.append(stepOwner(world, owner, step, reader));
        const Reply r = world.push(world.owner, ops);
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "step-unreachable");
        CHECK(storedOwners(api, world, step) == QStringList { reader });
    }
    SECTION("a grant withdrawn just before the push counts: the service's grants now, not what the device last saw")
    {
        const QString step = newUuid();
        REQUIRE(refusals(world.push(world.owner, newStep(world, owner, housingGoal, step, QStringLiteral("Visit the flat")))).isEmpty());
        const QJsonObject none {
            { QStringLiteral("grants"),
              QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("none") } } } }
        };
        REQUIRE(api.send("PUT", world.plan(QStringLiteral("/members/%1/access").arg(reader)), QJsonDocument(none).toJson(QJsonDocument::Compact),
                         world.owner.device.token)
                    .status
                == 200);
        const Reply r = world.push(world.owner, { stepOwner(world, owner, step, reader) });
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "step-unreachable");
    }
    SECTION("re-assigning a step is judged again, and a step moved to another life domain keeps its own")
    {
        const QString step = newUuid();
        QJsonArray ops = newStep(world, pro, workGoal, step, QStringLiteral("Call HR"));
        ops.append(stepOwner(world, pro, step, pro));
        REQUIRE(refusals(world.push(world.professional, ops)).isEmpty());
        // Handing it on to the friend, who cannot see Work: refused; the step stays the professional's.
        const Reply handOn = world.push(world.professional, { stepOwner(world, pro, step, reader) });
        CHECK(refusals(handOn).toStdString() == "step-unreachable");
        CHECK(storedOwners(api, world, step) == QStringList { pro });
        // Moving it under the Housing goal (which the friend sees) in the same push does not help: a step keeps its life domain.
        const Reply moved = world.push(
            world.owner,
            { makeOp(world.planId, owner, QStringLiteral("step"), step, QStringLiteral("goalId"), housingGoal), stepOwner(world, owner, step, reader) });
        CHECK(refusals(moved).toStdString() == "invalid,step-unreachable");
        CHECK(storedOwners(api, world, step) == QStringList { pro });
    }
    SECTION("a new goal and its step in one push: the step's life domain is its new goal's")
    {
        const QString goal = newUuid(), step = newUuid();
        QJsonArray ops = world.goal(owner, QStringLiteral("housing"), goal, QStringLiteral("Fix the roof"));
        for (const QJsonValue &op : newStep(world, owner, goal, step, QStringLiteral("Call the landlord")))
            ops.append(op);
        ops.append(stepOwner(world, owner, step, reader));
        ops.append(stepOwner(world, owner, step, pro));
        const Reply r = world.push(world.owner, ops);
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "step-unreachable");
        CHECK(storedOwners(api, world, step) == QStringList { reader });
    }
    SECTION("someone still waiting to be let in may be given a step: their grants start when the owner lets them in")
    {
        const Reply invitation = api.post(world.plan(QStringLiteral("/invitations")),
                                          { { QStringLiteral("kind"), QStringLiteral("network") },
                                            { QStringLiteral("grants"),
                                              QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") },
                                                                         { QStringLiteral("access"), QStringLiteral("read") } } } } },
                                          world.owner.device.token);
        REQUIRE(invitation.status == 201);
        const Reply redeemed = api.post(QStringLiteral("/v1/invitations/redeem"),
                                        { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")).toString() } }, world.stranger.device.token);
        REQUIRE(redeemed.status == 200);
        const QString waiting = redeemed.json.value(QStringLiteral("memberId")).toString();
        REQUIRE_FALSE(waiting.isEmpty());
        const QString step = newUuid();
        QJsonArray ops = newStep(world, pro, workGoal, step, QStringLiteral("Call HR"));
        ops.append(stepOwner(world, pro, step, waiting));
        CHECK(refusals(world.push(world.professional, ops)).toStdString() == "");
    }
}
