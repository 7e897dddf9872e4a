// libFuzzer target: a request body as the case service reads it. Every input goes through
// JsonRequest (UTF-8, depth, JSON, Unicode, known keys) with the key set and the reads of
// each endpoint that takes a body (push, auth enrol/challenge/token, invitation create,
// preview and redeem, plan create, grant add, access), and for push through the checks
// each operation meets before the store is asked: Operation::fromJson, the UUID form,
// validateField and pasttime::check. The store-backed checks (permissions, types, the
// opId retry rule) are tested in tests/service against the real process.
// Oracles: the sanitizers, and that every refusal is a 400 with a JSON body.
#include "domain/pasttime.h"
#include "domain/schema.h"
#include "http/jsonrequest.h"
#include "plans/invitationinput.h"
#include "runtime/serviceconfig.h"
#include "security/crypto.h"
#include "sync/operation.h"
#include "sync/uuid7.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace samen;
using namespace samen::service;

namespace {

constexpr qint64 kNowMs = 1767225600000LL; // 2026-01-01T00:00:00Z: fixed, so a crash reproduces

// A refusal is always a 400 whose body is a JSON object with an error code: never an empty or other answer.
void expectRefusalShape(const JsonRequest &in)
{
    if (in.ok())
        return;
    const ApiResponse e = in.error();
    const QJsonObject body = QJsonDocument::fromJson(e.body).object();
    if (e.status != 400 || body.value(QStringLiteral("error")).toString().isEmpty())
        std::abort();
}

void push(const QByteArray &body, const ServiceConfig &config)
{
    JsonRequest in(body, { QStringLiteral("ops") });
    const QJsonArray ops = in.array(QStringLiteral("ops"), config.maxBatch);
    expectRefusalShape(in);
    for (const QJsonValue &v : ops) {
        if (!v.isObject())
            continue;
        Operation op;
        QString why;
        if (!Operation::fromJson(v.toObject(), &op, &why)) {
            if (why.isEmpty())
                std::abort(); // a refusal always says why
            continue;
        }
        if (!isUuid(op.opId) || !isUuid(op.entityId))
            continue;
        if (!validateField(op.entityType, op.field, op.value))
            continue;
        (void)pasttime::check(op.entityType, op.field, op.value, kNowMs, config.maxClockSkewMs);
    }
}

void auth(const QByteArray &body)
{
    JsonRequest enrol(body, { QStringLiteral("code"), QStringLiteral("publicKey"), QStringLiteral("displayName") });
    enrol.string(QStringLiteral("code"), 128, false);
    (void)Crypto::decodeBase64Exact(enrol.string(QStringLiteral("publicKey"), 64), 32);
    enrol.name(QStringLiteral("displayName"), 80);
    expectRefusalShape(enrol);

    JsonRequest token(body, { QStringLiteral("deviceId"), QStringLiteral("nonce"), QStringLiteral("signature") });
    token.string(QStringLiteral("deviceId"), 64);
    token.string(QStringLiteral("nonce"), 64);
    (void)Crypto::decodeBase64Exact(token.string(QStringLiteral("signature"), 128), 64);
    expectRefusalShape(token);
}

void invitations(const QByteArray &body, const ServiceConfig &config)
{
    JsonRequest create(body,
                       { QStringLiteral("kind"), QStringLiteral("grants"), QStringLiteral("expiresInSeconds"), QStringLiteral("memberId"),
                         QStringLiteral("invitee"), QStringLiteral("from"), QStringLiteral("until") });
    InvitationRecord invitation;
    qint64 lifetimeS = 0;
    InvitationInput::read(create, kNowMs, config.invitationLifetimeMs / 1000, &invitation, &lifetimeS);
    expectRefusalShape(create);
    if (create.ok() && (lifetimeS < 60 || lifetimeS > config.invitationLifetimeMs / 1000))
        std::abort(); // an accepted lifetime lies within the documented bounds

    JsonRequest redeem(body, { QStringLiteral("code"), QStringLiteral("name") });
    redeem.string(QStringLiteral("code"), 128);
    redeem.string(QStringLiteral("name"), 120, false);
    expectRefusalShape(redeem);
}

void plans(const QByteArray &body)
{
    JsonRequest create(body, { QStringLiteral("planId"), QStringLiteral("memberId") });
    create.string(QStringLiteral("planId"), 36, false);
    create.string(QStringLiteral("memberId"), 36, false);
    expectRefusalShape(create);

    JsonRequest grant(
        body, { QStringLiteral("memberId"), QStringLiteral("domainKey"), QStringLiteral("access"), QStringLiteral("purpose"), QStringLiteral("until") });
    grant.string(QStringLiteral("memberId"), 64);
    grant.string(QStringLiteral("domainKey"), 40);
    grant.string(QStringLiteral("access"), 5);
    grant.string(QStringLiteral("purpose"), 200, false);
    grant.integer(QStringLiteral("until"), kNowMs + 1, 4102444800000LL, false);
    expectRefusalShape(grant);

    JsonRequest access(body, { QStringLiteral("grants") });
    access.array(QStringLiteral("grants"), 50);
    expectRefusalShape(access);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ServiceConfig config;
    // The service refuses a body over maxBodyBytes before any of this runs.
    if (size > static_cast<size_t>(config.maxBodyBytes))
        return -1;
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    push(body, config);
    auth(body);
    invitations(body, config);
    plans(body);
    return 0;
}
