#include "sync/snapshotapi.h"

#include "domain/schema.h"
#include "plans/planapi.h"
#include "sync/fieldmerge.h"
#include "sync/syncapi.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace samen::service {

namespace {
constexpr int kPage = 1000;
} // namespace

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

    // Readable operations grouped per (entity, field); the whole plan is read in
    // pages inside the event loop, so no push lands between two pages.
    QMap<QPair<QString, QString>, QList<Operation>> fields;
    QHash<QString, qint64> seqOf;
    QHash<QString, QString> domainOf; // op id -> its life domain ("" plan-level), for the audit log
    QSet<QString> namedOnly; // op ids received only because they name the reader (not by a grant)
    qint64 head = 0;
    for (;;) {
        auto page = m_store.opsAfter(planId, head, kPage);
        if (!page)
            return ApiResponse::internal();
        for (const StoredOp &stored : page.value()) {
            head = stored.seq;
            if (!SyncApi::mayRead(reader.value(), stored))
                continue;
            Operation op;
            if (!Operation::fromJson(stored.op, &op))
                return ApiResponse::internal(); // only validated operations are stored
            seqOf.insert(op.opId, stored.seq);
            domainOf.insert(op.opId, stored.domainKey);
            if (!SyncApi::mayRead(access.memberAccess(), stored))
                namedOnly.insert(op.opId);
            fields[{ op.entityId, op.field }].append(op);
        }
        if (page->size() < kPage)
            break;
    }

    QList<QPair<qint64, QJsonObject>> current;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const Operation &any = it.value().first();
        const FieldState state = mergeField(it.value(), isFreeTextField(any.entityType, any.field));
        for (const Operation &op : state.heads) {
            QJsonObject o = op.toJson();
            o.insert(QStringLiteral("seq"), seqOf.value(op.opId));
            current.append({ seqOf.value(op.opId), o });
        }
    }
    std::sort(current.begin(), current.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QJsonArray ops;
    QMap<QString, int> readPerDomain;
    QMap<QString, int> readNamed;
    for (const auto &entry : std::as_const(current)) {
        ops.append(entry.second);
        const QString opId = entry.second.value(QStringLiteral("opId")).toString();
        ++(namedOnly.contains(opId) ? readNamed : readPerDomain)[domainOf.value(opId)];
    }

    QJsonArray domains;
    for (const GrantRecord &g : access.ownGrants())
        domains.append(QJsonObject { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access } });
    const QJsonObject yourAccess { { QStringLiteral("memberId"), access.member().memberId },
                                   { QStringLiteral("owner"), access.isOwner() },
                                   { QStringLiteral("domains"), domains } };
    if (!AuditLog::appendReads(m_audit, planId, request.device.id, QStringLiteral("snapshot.read"), readPerDomain, readNamed, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::json(
        200,
        QJsonObject {
            { QStringLiteral("planId"), planId }, { QStringLiteral("seq"), head }, { QStringLiteral("access"), yourAccess }, { QStringLiteral("ops"), ops } });
}

} // namespace samen::service
