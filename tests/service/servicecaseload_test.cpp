// POST /v1/caseload/changes (docs/sync-protocol.md, "A caseload's changes"): one request
// tells a professional's device which of its plans changed since its cursors, against the
// real service over TLS, on both stores. Each plan is authorised on its own: another
// person's plan id is answered as gone and never with its sequence number.
#include "planworld.h"
#include "sync/uuid7.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

const QString kChanges = QStringLiteral("/v1/caseload/changes");

QJsonObject asked(const QString &planId, qint64 after, const QString &access = {})
{
    QJsonObject o { { QStringLiteral("planId"), planId }, { QStringLiteral("after"), after } };
    if (!access.isEmpty())
        o.insert(QStringLiteral("access"), access);
    return o;
}

Reply changes(ApiClient &api, const Participant &p, const QJsonArray &plans)
{
    return api.post(kChanges, { { QStringLiteral("plans"), plans } }, p.device.token);
}

/** The answer's entry for planId in "changed" ({} when the plan is not there). */
QJsonObject changedEntry(const Reply &r, const QString &planId)
{
    for (const QJsonValue &c : r.json.value(QStringLiteral("changed")).toArray())
        if (c[QStringLiteral("planId")].toString() == planId)
            return c.toObject();
    return {};
}

QStringList goneIds(const Reply &r)
{
    QStringList ids;
    for (const QJsonValue &g : r.json.value(QStringLiteral("gone")).toArray())
        ids.append(g[QStringLiteral("planId")].toString());
    return ids;
}

} // namespace

TEST_CASE("A caseload's changes: only plans with newer operations or other access are named, and a removal is gone", "[service][bothstores][caseload]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString owner = world.owner.device.token;

    // The first ask (nothing synced yet): the plan is named with its head and the professional's access tag.
    const Reply first = changes(api, world.professional, { asked(world.planId, 0) });
    REQUIRE(first.status == 200);
    const QJsonObject entry = changedEntry(first, world.planId);
    REQUIRE_FALSE(entry.isEmpty());
    CHECK(entry.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    const qint64 head = entry.value(QStringLiteral("head")).toInteger();
    const QString tag = entry.value(QStringLiteral("access")).toString();
    CHECK(tag.size() == 16);
    CHECK(goneIds(first).isEmpty());

    // Up to date: nothing named, counted as unchanged.
    const Reply same = changes(api, world.professional, { asked(world.planId, head, tag) });
    REQUIRE(same.status == 200);
    CHECK(same.json.value(QStringLiteral("changed")).toArray().isEmpty());
    CHECK(same.json.value(QStringLiteral("unchanged")).toInteger() == 1);

    // The citizen writes: the plan is named again, with the new head.
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("work"), samen::newUuid7(), QStringLiteral("A job"))).status == 200);
    const Reply written = changes(api, world.professional, { asked(world.planId, head, tag) });
    REQUIRE(written.status == 200);
    const qint64 newHead = changedEntry(written, world.planId).value(QStringLiteral("head")).toInteger();
    CHECK(newHead > head);
    CHECK(changedEntry(written, world.planId).value(QStringLiteral("access")).toString() == tag);

    // A grant given (no operation): the access tag changes, so the plan is named.
    const Reply grant = api.post(world.plan(QStringLiteral("/grants")),
                                 { { QStringLiteral("memberId"), world.professional.memberId },
                                   { QStringLiteral("domainKey"), QStringLiteral("housing") },
                                   { QStringLiteral("access"), QStringLiteral("read") } },
                                 owner);
    REQUIRE(grant.status == 201);
    const Reply granted = changes(api, world.professional, { asked(world.planId, newHead, tag) });
    REQUIRE(granted.status == 200);
    const QString grantedTag = changedEntry(granted, world.planId).value(QStringLiteral("access")).toString();
    CHECK_FALSE(grantedTag.isEmpty());
    CHECK(grantedTag != tag);
    // ... and taken away again: another tag once more.
    REQUIRE(api.send("DELETE", world.plan(QStringLiteral("/grants/")) + grant.json.value(QStringLiteral("grantId")).toString(), {}, owner).status == 200);
    const Reply withdrawn = changes(api, world.professional, { asked(world.planId, newHead, grantedTag) });
    CHECK_FALSE(changedEntry(withdrawn, world.planId).isEmpty());

    // Removed from the plan: gone, without its head or access.
    REQUIRE(api.send("DELETE", world.plan(QStringLiteral("/members/")) + world.professional.memberId, {}, owner).status == 200);
    const Reply removed = changes(api, world.professional, { asked(world.planId, newHead, tag) });
    REQUIRE(removed.status == 200);
    CHECK(removed.json.value(QStringLiteral("changed")).toArray().isEmpty());
    CHECK(goneIds(removed) == QStringList { world.planId });
    CHECK_FALSE(removed.json.value(QStringLiteral("gone")).toArray().first().toObject().contains(QStringLiteral("head")));
}

TEST_CASE("A caseload's changes tell nothing of another person's plan and refuse a list that is too long or malformed",
          "[service][bothstores][caseload][hostile]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);

    // The stranger lists the world's plan and an id that names no plan: both gone, the same way, with nothing about either.
    const QString noPlan = samen::newUuid7();
    const Reply probe = changes(api, world.stranger, { asked(world.planId, 0), asked(noPlan, 0) });
    REQUIRE(probe.status == 200);
    CHECK(probe.json.value(QStringLiteral("changed")).toArray().isEmpty());
    CHECK(goneIds(probe) == QStringList { world.planId, noPlan });
    for (const QJsonValue &g : probe.json.value(QStringLiteral("gone")).toArray())
        CHECK(g.toObject().keys() == QStringList { QStringLiteral("planId") });
    // The professional's own plan next to another's: only their own is named.
    const Reply own = api.post(QStringLiteral("/v1/plans"), {}, world.stranger.device.token);
    REQUIRE(own.status == 201);
    const QString strangersPlan = own.json.value(QStringLiteral("planId")).toString();
    const Reply mixed = changes(api, world.professional, { asked(world.planId, 0), asked(strangersPlan, 0) });
    REQUIRE(mixed.status == 200);
    CHECK_FALSE(changedEntry(mixed, world.planId).isEmpty());
    CHECK(changedEntry(mixed, strangersPlan).isEmpty());
    CHECK(goneIds(mixed) == QStringList { strangersPlan });

    // Too many plans in one request: 422 too-many-plans, with the limit in words.
    QJsonArray tooMany;
    for (int i = 0; i < 401; ++i)
        tooMany.append(asked(samen::newUuid7(), 0));
    const Reply over = changes(api, world.professional, tooMany);
    CHECK(over.status == 422);
    CHECK(over.json.value(QStringLiteral("error")).toString() == QStringLiteral("too-many-plans"));
    CHECK(over.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("400")));
    tooMany.removeLast();
    CHECK(changes(api, world.professional, tooMany).status == 200);

    // Malformed entries: 400 with a message, whatever is wrong.
    const QList<QJsonArray> bad {
        { asked(world.planId, -1) },
        { QJsonObject { { QStringLiteral("planId"), world.planId }, { QStringLiteral("after"), 1.5 } } },
        { QJsonObject { { QStringLiteral("planId"), world.planId }, { QStringLiteral("after"), QStringLiteral("3") } } },
        { QJsonObject { { QStringLiteral("planId"), world.planId } } },
        { QJsonObject { { QStringLiteral("planId"), QString(65, QLatin1Char('a')) }, { QStringLiteral("after"), 0 } } },
        { QJsonObject { { QStringLiteral("planId"), world.planId }, { QStringLiteral("after"), 0 }, { QStringLiteral("extra"), 1 } } },
        { asked(world.planId, 0), asked(world.planId, 0) },
        { QJsonValue(QStringLiteral("plan")) },
    };
    for (const QJsonArray &plans : bad) {
        INFO(QJsonDocument(plans).toJson(QJsonDocument::Compact).toStdString());
        const Reply r = changes(api, world.professional, plans);
        CHECK(r.status == 400);
        CHECK_FALSE(r.json.value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(api.post(kChanges, { { QStringLiteral("plans"), QJsonObject() } }, world.professional.device.token).status == 400);
    CHECK(api.post(kChanges, {}, world.professional.device.token).status == 400);
    CHECK(api.post(kChanges, { { QStringLiteral("plans"), QJsonArray() } }).status == 401);
}
