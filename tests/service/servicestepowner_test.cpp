// Someone given a step ticks it off where they may only read (review 4, R4-18), and the
// service decides who that is from what it stores, never from what a device sends: the
// step's done mark, its time and a "step-done" entry about it are accepted from the
// member the stored ownerId names when they may read its life domain; nothing else of
// the step, nothing of a step given to someone else, and no claim made in the same push.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace samen::test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** The codes of the refused operations, in order ("" when all were accepted). */
QString refusals(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("rejected")).toArray())
        out.append(v[QStringLiteral("code")].toString());
    return out.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("A member ticks off a step given to them in a life domain they may only read, and only that", "[service][step][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString owner = world.owner.memberId;
    const QString reader = world.friendReader.memberId; // may read "housing"
    const QString goalId = newId(), hers = newId(), robins = newId();
    QJsonArray made = world.goal(owner, QStringLiteral("housing"), goalId, QStringLiteral("A home of my own"));
    for (const auto &[step, who, title] :
         { std::tuple { hers, reader, QStringLiteral("Visit the flat") }, std::tuple { robins, owner, QStringLiteral("Sign") } }) {
        made.append(makeOp(world.planId, owner, QStringLiteral("step"), step, QStringLiteral("goalId"), goalId));
        made.append(makeOp(world.planId, owner, QStringLiteral("step"), step, QStringLiteral("title"), title));
        made.append(makeOp(world.planId, owner, QStringLiteral("step"), step, QStringLiteral("ownerId"), who));
        made.append(makeOp(world.planId, owner, QStringLiteral("step"), step, QStringLiteral("done"), false));
    }
    const Reply setUp = world.push(world.owner, made);
    REQUIRE(setUp.status == 200);
    REQUIRE(refusals(setUp).isEmpty());

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto tick = [&](const QString &stepId) {
        const QString entry = newId();
        return QJsonArray { makeOp(world.planId, reader, QStringLiteral("step"), stepId, QStringLiteral("done"), true),
                            makeOp(world.planId, reader, QStringLiteral("step"), stepId, QStringLiteral("doneAt"), now),
                            makeOp(world.planId, reader, QStringLiteral("timeline"), entry, QStringLiteral("kind"), QStringLiteral("step-done")),
                            makeOp(world.planId, reader, QStringLiteral("timeline"), entry, QStringLiteral("text"), QStringLiteral("Visit the flat")),
                            makeOp(world.planId, reader, QStringLiteral("timeline"), entry, QStringLiteral("at"), now),
                            makeOp(world.planId, reader, QStringLiteral("timeline"), entry, QStringLiteral("refId"), stepId) };
    };

    SECTION("their own step: done, its time and the small success are accepted")
    {
        const Reply r = world.push(world.friendReader, tick(hers));
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "");
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().size() == 6);
    }
    SECTION("ticked by mistake: they tick it back, and say so in a new entry; the entry of the tick stays the owner's")
    {
        const QJsonArray ticked = tick(hers);
        REQUIRE(refusals(world.push(world.friendReader, ticked)).isEmpty());
        const QString tickEntry = ticked[2].toObject().value(QStringLiteral("entityId")).toString();
        const QString reopened = newId();
        const Reply r
            = world.push(world.friendReader,
                         { makeOp(world.planId, reader, QStringLiteral("step"), hers, QStringLiteral("done"), false),
                           makeOp(world.planId, reader, QStringLiteral("step"), hers, QStringLiteral("doneAt"), QJsonValue(QJsonValue::Null)),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), reopened, QStringLiteral("kind"), QStringLiteral("step-reopened")),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), reopened, QStringLiteral("text"), QStringLiteral("Visit the flat")),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), reopened, QStringLiteral("at"), now),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), reopened, QStringLiteral("refId"), hers),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), tickEntry, QStringLiteral("_deleted"), true) });
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "forbidden");
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().size() == 6);
        // Not for a step given to someone else.
        const QString other = newId();
        const Reply notHers
            = world.push(world.friendReader,
                         { makeOp(world.planId, reader, QStringLiteral("step"), robins, QStringLiteral("done"), false),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), other, QStringLiteral("kind"), QStringLiteral("step-reopened")),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), other, QStringLiteral("at"), now),
                           makeOp(world.planId, reader, QStringLiteral("timeline"), other, QStringLiteral("refId"), robins) });
        CHECK(refusals(notHers).toStdString() == "forbidden,forbidden,forbidden,forbidden");
    }
    SECTION("nothing else of it: its title, who does it, or a note about it")
    {
        const QString note = newId();
        const Reply r = world.push(world.friendReader,
                                   { makeOp(world.planId, reader, QStringLiteral("step"), hers, QStringLiteral("title"), QStringLiteral("Mine now")),
                                     makeOp(world.planId, reader, QStringLiteral("step"), hers, QStringLiteral("ownerId"), owner),
                                     makeOp(world.planId, reader, QStringLiteral("timeline"), note, QStringLiteral("kind"), QStringLiteral("note")),
                                     makeOp(world.planId, reader, QStringLiteral("timeline"), note, QStringLiteral("at"), now),
                                     makeOp(world.planId, reader, QStringLiteral("timeline"), note, QStringLiteral("refId"), hers) });
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "forbidden,forbidden,forbidden,forbidden,forbidden");
    }
    SECTION("a step given to someone else is not theirs to tick")
    {
        const Reply r = world.push(world.friendReader, tick(robins));
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "forbidden,forbidden,forbidden,forbidden,forbidden,forbidden");
    }
    SECTION("claiming the step in the same push does not make it theirs: the service's stored owner decides")
    {
        QJsonArray claim { makeOp(world.planId, reader, QStringLiteral("step"), robins, QStringLiteral("ownerId"), reader) };
        for (const QJsonValue &op : tick(robins))
            claim.append(op);
        const Reply r = world.push(world.friendReader, claim);
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().isEmpty());
    }
    SECTION("once the owner gives the step to someone else, it is no longer theirs to tick")
    {
        REQUIRE(refusals(world.push(world.owner, { makeOp(world.planId, owner, QStringLiteral("step"), hers, QStringLiteral("ownerId"), owner) })).isEmpty());
        const Reply r = world.push(world.friendReader, tick(hers));
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().isEmpty());
    }
    SECTION("someone who may not read the life domain cannot tick a step given to them there")
    {
        // The professional may write work and finances; given the step while they could read housing, which is then withdrawn
        // (a step is given only to someone who may read its life domain: R4-13).
        const QString pro = world.professional.memberId;
        const QString access = world.plan(QStringLiteral("/members/%1/access").arg(pro));
        const auto setHousing = [&](const char *level) {
            const QJsonObject body { { QStringLiteral("grants"),
                                       QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") },
                                                                  { QStringLiteral("access"), QLatin1String(level) } } } } };
            return api.send("PUT", access, QJsonDocument(body).toJson(QJsonDocument::Compact), world.owner.device.token).status;
        };
        REQUIRE(setHousing("read") == 200);
        REQUIRE(refusals(world.push(world.owner, { makeOp(world.planId, owner, QStringLiteral("step"), robins, QStringLiteral("ownerId"), pro) })).isEmpty());
        REQUIRE(setHousing("none") == 200);
        const Reply r = world.push(world.professional,
                                   { makeOp(world.planId, pro, QStringLiteral("step"), robins, QStringLiteral("done"), true),
                                     makeOp(world.planId, pro, QStringLiteral("step"), robins, QStringLiteral("doneAt"), now) });
        REQUIRE(r.status == 200);
        CHECK(refusals(r).toStdString() == "forbidden,forbidden");
    }
}
