#include "sync/snapshotapi.h"

#include "plans/planapi.h"
#include "sync/opwire.h"
#include "sync/syncapi.h"

#include <QMap>

namespace samen::service {

SnapshotApi::SnapshotApi(ServiceStore &store, AuditLog &audit)
    : m_store(store)
    , m_audit(audit)
{
}

ApiResponse SnapshotApi::snapshot(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &access = std::get<PlanAccess>(a);
    if (!request.query.isEmpty())
        return ApiResponse::badRequest(QStringLiteral("The snapshot takes no query parameters."));
    const QString planId = request.segments[2];
    const auto reader = SyncApi::readerAccess(m_store, access, planId);
    if (!reader)
        return ApiResponse::internal();

    // The plan's current state as the store keeps it (ServiceStore::currentOpTexts), not its history merged here.
    // The cursor is read first: a push that lands in between (another instance) is in the state and pulled
    // again after the cursor, which merging takes as it is; never the other way round.
    auto head = m_store.planHead(planId);
    if (!head)
        return ApiResponse::internal();
    auto current = m_store.currentOpTexts(planId);
    if (!current)
        return ApiResponse::internal();
    // Every operation on one field of one entity has the entity's type and domain (push rules 6 and 7), so
    // the field is readable as a whole or not at all: its state, read, is the state of what the reader may read.
    // Each operation goes out as the text stored at push, "seq" spliced in (OpWire): no parsing, no serialising.
    QByteArray ops;
    qsizetype size = 2;
    for (const StoredOpText &stored : current.value())
        size += stored.json.size() + 24;
    ops.reserve(size);
    ops += '[';
    QMap<QString, int> readPerDomain;
    QMap<QString, int> readNamed; // received only because it names the reader, not by a grant
    for (const StoredOpText &stored : current.value()) {
        const auto reading = OpWire::read(stored.json);
        const QString entityId = OpWire::entityId(stored.json, reading);
        if (!SyncApi::mayRead(reader.value(), stored.entityType, stored.domainKey, stored.field, entityId))
            continue;
        if (ops.size() > 1)
            ops += ',';
        OpWire::appendWithSeq(ops, stored, reading);
        ++(SyncApi::mayRead(access.memberAccess(), stored.entityType, stored.domainKey, stored.field, entityId) ? readPerDomain : readNamed)[stored.domainKey];
    }
    ops += ']';

    QJsonArray domains;
    for (const GrantRecord &g : access.ownGrants())
        domains.append(QJsonObject { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access } });
    const QJsonObject yourAccess { { QStringLiteral("memberId"), access.member().memberId },
                                   { QStringLiteral("owner"), access.isOwner() },
                                   { QStringLiteral("domains"), domains } };
    if (!AuditLog::appendReads(m_audit, planId, request.device.id, QStringLiteral("snapshot.read"), readPerDomain, readNamed, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::text(
        200,
        OpWire::withOps(QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("seq"), head.value() }, { QStringLiteral("access"), yourAccess } },
                        ops),
        QByteArrayLiteral("application/json"));
}

} // namespace samen::service
