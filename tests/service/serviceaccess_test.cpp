// The authorisation matrix per endpoint: every role of the issue (citizen, friend
// reading one domain, professional writing two, revoked device, stranger, expired
// token) against every endpoint. Which domains each role may read and write is the
// matrix in servicesync_test.cpp; this one checks who may call what at all.
#include "domain/schema.h"
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QHash>

using namespace samen::test;

namespace {
constexpr int kSkip = -1;

/** A value the schema accepts for a field; text and lists say "work" (a domain key), a reference names refId. */
QJsonValue validValue(const samen::FieldSpec &f, const QString &refId)
{
    switch (f.kind) {
    case samen::FieldKind::Text:
        return QStringLiteral("work");
    case samen::FieldKind::FreeText:
        return QStringLiteral("Some text");
    case samen::FieldKind::Integer:
        return f.minimum;
    case samen::FieldKind::Boolean:
        return true;
    case samen::FieldKind::Date:
        return QStringLiteral("2026-03-01");
    case samen::FieldKind::DateTime:
        return QStringLiteral("2026-03-01T10:00:00Z");
    case samen::FieldKind::Enum:
        return f.allowed.first();
    case samen::FieldKind::Reference:
        return refId;
    case samen::FieldKind::SortKey:
        return QStringLiteral("V");
    case samen::FieldKind::StringList:
        return QJsonArray { QStringLiteral("work") };
    }
    return {};
}

/** The operations that create an entity: every required field of its type, each with a valid value (a domain's, goal's, ... is "work"). */
QJsonArray creation(const PlanWorld &world, const QString &author, const samen::EntitySpec &spec, const QString &id, const QString &refId)
{
    QJsonArray ops;
    for (const samen::FieldSpec &f : spec.fields) {
        if (!f.required && f.kind != samen::FieldKind::Reference)
            continue;
        // A meeting without a status is planned: planned ahead (the service refuses a start already past, MeetingTimeCheck).
        const QJsonValue value = spec.type == QLatin1String("meeting") && f.name == QLatin1String("at")
            ? QJsonValue(QDateTime::currentDateTimeUtc().addDays(14).toString(Qt::ISODate))
            : validValue(f, refId);
        REQUIRE(samen::validateField(spec.type, f.name, value));
        ops.append(makeOp(world.planId, author, spec.type, id, f.name, value));
    }
    return ops;
}

/** The codes of the refused operations, comma-separated, in order. */
std::string codes(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("rejected")).toArray()) {
        out.append(v[QStringLiteral("code")].toString());
        CHECK_FALSE(v[QStringLiteral("reason")].toString().isEmpty());
    }
    return out.join(QLatin1Char(',')).toStdString();
}

/** Every operation of the plan, as the owner pulls them. */
QJsonArray pullAll(ApiClient &api, const PlanWorld &world)
{
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        const Reply page = api.get(world.plan(QStringLiteral("/ops?limit=1000&after=%1").arg(after)), world.owner.device.token);
        REQUIRE(page.status == 200);
        for (const QJsonValue &op : page.json.value(QStringLiteral("ops")).toArray())
            all.append(op);
        after = page.json.value(QStringLiteral("next")).toInteger();
        if (!page.json.value(QStringLiteral("more")).toBool())
            return all;
    }
}
} // namespace

TEST_CASE("Every endpoint answers each role exactly as its access allows, and refusals change nothing", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    REQUIRE(world.addExpiredMember(service));
    const QString owner = world.owner.device.token;

    // Targets for the owner-only changes, made before anyone tries them.
    const Reply grant = api.post(world.plan(QStringLiteral("/grants")),
                                 { { QStringLiteral("memberId"), world.friendReader.memberId },
                                   { QStringLiteral("domainKey"), QStringLiteral("work") },
                                   { QStringLiteral("access"), QStringLiteral("read") } },
                                 owner);
    REQUIRE(grant.status == 201);
    const Reply invitation = api.post(world.plan(QStringLiteral("/invitations")), { { QStringLiteral("kind"), QStringLiteral("network") } }, owner);
    REQUIRE(invitation.status == 201);
    Participant newcomer(107);
    REQUIRE(newcomer.device.enrolAndSignIn(api));
    const Reply joining = api.post(
        world.plan(QStringLiteral("/invitations")),
        { { QStringLiteral("kind"), QStringLiteral("network") },
          { QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("read") } } } } },
        owner);
    const Reply redeemed = api.post(QStringLiteral("/v1/invitations/redeem"),
                                    { { QStringLiteral("code"), joining.json.value(QStringLiteral("code")).toString() } }, newcomer.device.token);
    REQUIRE(redeemed.status == 200);
    const QString pendingMember = redeemed.json.value(QStringLiteral("memberId")).toString();

    // Roles in this order; the owner goes last so its changes cannot hide a refusal that changed something.
    const QList<Participant *> roles { &world.friendReader, &world.professional, &world.revoked, &world.stranger, &world.expired, &world.owner };
    struct Row {
        const char *name;
        QByteArray method;
        QString path;
        QJsonObject body;
        QList<int> expect; ///< per role above
    };
    const QJsonObject newGrant { { QStringLiteral("memberId"), world.friendReader.memberId },
                                 { QStringLiteral("domainKey"), QStringLiteral("finances") },
                                 { QStringLiteral("access"), QStringLiteral("read") } };
    const QList<Row> rows {
        { "GET /healthz (public)", "GET", QStringLiteral("/healthz"), {}, { 200, 200, 200, 200, 200, 200 } },
        { "GET /metrics (public)", "GET", QStringLiteral("/metrics"), {}, { 200, 200, 200, 200, 200, 200 } },
        { "GET /v1/devices", "GET", QStringLiteral("/v1/devices"), {}, { 200, 200, 401, 200, 401, 200 } },
        { "GET /v1/plans", "GET", QStringLiteral("/v1/plans"), {}, { 200, 200, 401, 200, 401, 200 } },
        { "POST /v1/caseload/changes",
          "POST",
          QStringLiteral("/v1/caseload/changes"),
          { { QStringLiteral("plans"), QJsonArray() } },
          { 200, 200, 401, 200, 401, 200 } },
        { "POST /v1/plans (one's own new plan)", "POST", QStringLiteral("/v1/plans"), {}, { 201, 201, 401, 201, 401, 201 } },
        { "GET members", "GET", world.plan(QStringLiteral("/members")), {}, { 200, 200, 401, 404, 401, 200 } },
        { "GET grants", "GET", world.plan(QStringLiteral("/grants")), {}, { 200, 200, 401, 404, 401, 200 } },
        { "POST grants", "POST", world.plan(QStringLiteral("/grants")), newGrant, { 403, 403, 401, 404, 401, 201 } },
        { "DELETE grants/{id}",
          "DELETE",
          world.plan(QStringLiteral("/grants/")) + grant.json.value(QStringLiteral("grantId")).toString(),
          {},
          { 403, 403, 401, 404, 401, 200 } },
        { "GET invitations", "GET", world.plan(QStringLiteral("/invitations")), {}, { 403, 403, 401, 404, 401, 200 } },
        { "POST invitations",
          "POST",
          world.plan(QStringLiteral("/invitations")),
          { { QStringLiteral("kind"), QStringLiteral("professional") } },
          { 403, 403, 401, 404, 401, 201 } },
        { "DELETE invitations/{id}",
          "DELETE",
          world.plan(QStringLiteral("/invitations/")) + invitation.json.value(QStringLiteral("invitationId")).toString(),
          {},
          { 403, 403, 401, 404, 401, 200 } },
        { "POST members/{id}/confirm", "POST", world.plan(QStringLiteral("/members/%1/confirm").arg(pendingMember)), {}, { 403, 403, 401, 404, 401, 200 } },
        { "DELETE members/{id}", "DELETE", world.plan(QStringLiteral("/members/")) + pendingMember, {}, { 403, 403, 401, 404, 401, 200 } },
        { "POST ops (empty batch)", "POST", world.plan(QStringLiteral("/ops")), { { QStringLiteral("ops"), QJsonArray() } }, { 200, 200, 401, 404, 401, 200 } },
        { "GET ops", "GET", world.plan(QStringLiteral("/ops")), {}, { 200, 200, 401, 404, 401, 200 } },
        { "GET snapshot", "GET", world.plan(QStringLiteral("/snapshot")), {}, { 200, 200, 401, 404, 401, 200 } },
        { "GET audit", "GET", world.plan(QStringLiteral("/audit")), {}, { 403, 403, 401, 404, 401, 200 } },
        { "POST /v1/invitations/redeem (unknown code)",
          "POST",
          QStringLiteral("/v1/invitations/redeem"),
          { { QStringLiteral("code"), QStringLiteral("no-such-code") } },
          { 404, 404, 401, 404, 401, 404 } },
        { "DELETE /v1/devices/{the owner's device}",
          "DELETE",
          QStringLiteral("/v1/devices/") + world.owner.device.deviceId,
          {},
          { 404, 404, 401, 404, 401, kSkip } },
    };
    const QStringList roleNames { QStringLiteral("friend"),   QStringLiteral("professional"), QStringLiteral("revoked"),
                                  QStringLiteral("stranger"), QStringLiteral("expired"),      QStringLiteral("citizen") };
    for (const Row &row : rows) {
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (row.expect[i] == kSkip)
                continue;
            INFO(row.name << " as " << roleNames[i].toStdString());
            const QByteArray body = row.method == "POST" ? QJsonDocument(row.body).toJson(QJsonDocument::Compact) : QByteArray();
            const Reply r = api.send(row.method, row.path, body, roles[i]->device.token);
            CHECK(r.status == row.expect[i]);
            if (r.status >= 400)
                CHECK_FALSE(r.json.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    // What the refusals left: exactly the owner's changes.
    // Grants: 5 from the world, +1 target, +1 added, -1 removed, +1 on confirm, -1 on removal.
    CHECK(api.get(world.plan(QStringLiteral("/grants")), owner).json.value(QStringLiteral("grants")).toArray().size() == 6);
    const QJsonArray pending = api.get(world.plan(QStringLiteral("/invitations")), owner).json.value(QStringLiteral("invitations")).toArray();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0][QStringLiteral("kind")].toString() == QStringLiteral("professional"));
    CHECK(api.get(QStringLiteral("/v1/devices"), owner).status == 200);
    CHECK(api.get(world.plan(QStringLiteral("/ops")), newcomer.device.token).status == 404);
    QByteArray text;
    service.stop();
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
}

TEST_CASE("An entity id keeps the type of its first operation: no one may write another type under it", "[service][bothstores][entitytype]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString me = world.owner.memberId;
    const QString pro = world.professional.memberId;
    const auto refusedAll = [](const Reply &r, int count) {
        CHECK(r.status == 200);
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().isEmpty());
        CHECK(codes(r) == QStringList(count, QStringLiteral("invalid")).join(QLatin1Char(',')).toStdString());
    };

    // Ids the service knows before any operation names them: the plan's own id, and its members' ids.
    for (const QString &reserved : { world.planId, world.friendReader.memberId, me }) {
        INFO("a goal in work under a reserved id");
        const QJsonArray ops = world.goal(pro, QStringLiteral("work"), reserved, QStringLiteral("Mine now"));
        refusedAll(world.push(world.professional, ops), int(ops.size()));
    }
    refusedAll(world.push(world.owner, { makeOp(world.planId, me, QStringLiteral("goal"), world.planId, QStringLiteral("domainKey"), QStringLiteral("work")) }),
               1);
    refusedAll(world.push(world.owner, { makeOp(world.planId, me, QStringLiteral("plan"), newUuid(), QStringLiteral("name"), QStringLiteral("Second")) }), 1);

    // One entity of every type, made by the owner (domain-scoped ones in "work", which the professional may write).
    const QString workGoal = newUuid();
    QHash<QString, QString> target;
    for (const samen::EntitySpec &spec : samen::entitySpecs())
        target.insert(spec.type, spec.type == QLatin1String("plan") ? world.planId : spec.type == QLatin1String("member") ? me : newUuid());
    target.insert(QStringLiteral("goal"), workGoal);
    QStringList order { QStringLiteral("goal") };
    for (const samen::EntitySpec &spec : samen::entitySpecs()) {
        if (spec.type != QLatin1String("goal"))
            order.append(spec.type);
    }
    for (const QString &type : order) {
        const QJsonArray ops = creation(world, me, *samen::entitySpec(type), target.value(type), workGoal);
        INFO("the owner creates a " << type.toStdString());
        REQUIRE(world.push(world.owner, ops).json.value(QStringLiteral("accepted")).toArray().size() == ops.size());
    }

    // Every type written under every other type's id, then deleted, by a member who may write "work" and by the owner.
    for (const samen::EntitySpec &attack : samen::entitySpecs()) {
        for (const QString &type : order) {
            if (type == attack.type)
                continue;
            for (const Participant *who : { &world.professional, &world.owner }) {
                INFO((who == &world.owner ? "owner" : "professional")
                     << " writes a " << attack.type.toStdString() << " under the id of the " << type.toStdString());
                QJsonArray ops = creation(world, who->memberId, attack, target.value(type), workGoal);
                ops.append(makeOp(world.planId, who->memberId, attack.type, target.value(type), QStringLiteral("_deleted"), true));
                refusedAll(world.push(*who, ops), int(ops.size()));
            }
        }
    }

    // Within one push the first operation decides, and a step's goal must be a goal (not an entry in the same domain).
    const QString fresh = newUuid();
    const Reply mixed = world.push(world.owner,
                                   { makeOp(world.planId, me, QStringLiteral("meeting"), fresh, QStringLiteral("title"), QStringLiteral("Talk")),
                                     makeOp(world.planId, me, QStringLiteral("goal"), fresh, QStringLiteral("domainKey"), QStringLiteral("work")) });
    CHECK(mixed.json.value(QStringLiteral("accepted")).toArray().size() == 1);
    CHECK(codes(mixed) == "invalid");
    refusedAll(world.push(world.professional,
                          { makeOp(world.planId, pro, QStringLiteral("step"), newUuid(), QStringLiteral("goalId"), target.value(QStringLiteral("timeline"))) }),
               1);

    // What is stored: under every id, operations of its own type only, and nothing deleted.
    const QJsonArray all = pullAll(api, world);
    for (const QJsonValue &op : all) {
        const QString id = op[QStringLiteral("entityId")].toString();
        INFO("stored: a " << op[QStringLiteral("entityType")].toString().toStdString() << " operation on "
                          << op[QStringLiteral("field")].toString().toStdString());
        CHECK(op[QStringLiteral("field")].toString() != QStringLiteral("_deleted"));
        if (id == fresh)
            CHECK(op[QStringLiteral("entityType")].toString() == QStringLiteral("meeting"));
        for (auto it = target.cbegin(); it != target.cend(); ++it) {
            if (it.value() == id)
                CHECK(op[QStringLiteral("entityType")].toString() == it.key());
        }
    }
}
