#include "sync/snapshotapi.h"

#include "plans/planapi.h"
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

    // The plan's current state as the store keeps it (ServiceStore::currentOps), not its history merged here.
    // The cursor is read first: a push that lands in between (another instance) is in the state and pulled
    // again after the cursor, which merging takes as it is; never the other way round.
    auto head = m_store.planHead(planId);
    if (!head)
        return ApiResponse::internal();
    auto current = m_store.currentOps(planId);
    if (!current)
        return ApiResponse::internal();
    // Every operation on one field of one entity has the entity's type and domain (push rules 6 and 7), so
    // the field is readable as a whole or not at all: its state, read, is the state of what the reader may read.
    QJsonArray ops;
    QMap<QString, int> readPerDomain;
    QMap<QString, int> readNamed; // received only because it names the reader, not by a grant
    for (const StoredOp &stored : current.value()) {
        if (!SyncApi::mayRead(reader.value(), stored))
            continue;
        QJsonObject o = stored.op;
        o.insert(QStringLiteral("seq"), stored.seq);
        ops.append(o);
        ++(SyncApi::mayRead(access.memberAccess(), stored) ? readPerDomain : readNamed)[stored.domainKey];
    }

    QJsonArray domains;
    for (const GrantRecord &g : access.ownGrants())
        domains.append(QJsonObject { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access } });
    const QJsonObject yourAccess { { QStringLiteral("memberId"), access.member().memberId },
                                   { QStringLiteral("owner"), access.isOwner() },
                                   { QStringLiteral("domains"), domains } };
    if (!AuditLog::appendReads(m_audit, planId, request.device.id, QStringLiteral("snapshot.read"), readPerDomain, readNamed, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::json(200,
                             QJsonObject { { QStringLiteral("planId"), planId },
                                           { QStringLiteral("seq"), head.value() },
                                           { QStringLiteral("access"), yourAccess },
                                           { QStringLiteral("ops"), ops } });
}

} // namespace samen::service
