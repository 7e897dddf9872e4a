// The authorisation matrix per endpoint: every role of the issue (citizen, friend
// reading one domain, professional writing two, revoked device, stranger, expired
// token) against every endpoint. Which domains each role may read and write is the
// matrix in servicesync_test.cpp; this one checks who may call what at all.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {
constexpr int kSkip = -1;
} // namespace

TEST_CASE("Every endpoint answers each role exactly as its access allows, and refusals change nothing", "[service]")
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
