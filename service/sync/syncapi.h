#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "http/metrics.h"
#include "live/liveevents.h"
#include "plans/planaccess.h"
#include "runtime/serviceconfig.h"
#include "sync/operation.h"
#include "sync/planroles.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace samen::service {

/**
 * Push and pull of a plan's operations. Each pushed operation is checked on its own
 * (shape, schema, clock, author, write permission on its domain) and gets a per-plan
 * sequence number; pulls return only operations on what the caller may read.
 */
class SyncApi
{
public:
    SyncApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config, const LiveEvents &events, Metrics &metrics);

    ApiResponse push(const ApiRequest &request);
    ApiResponse pull(const ApiRequest &request);

    /** Entity types whose operations belong to one life domain; every other type is plan-level. */
    static bool isDomainScoped(const QString &entityType);
    /** Whether a reader (readerAccess) may read a stored operation: ReadRule, see docs/sync-protocol.md, "Who reads what". */
    static bool mayRead(const MemberAccess &reader, const StoredOp &op);
    /** The same for an operation known by its columns and entity id (OpWire reads it from the stored text). */
    static bool mayRead(const MemberAccess &reader, const QString &entityType, const QString &domainKey, const QString &field, const QString &entityId);
    /** The caller's access as a reader: their grants, and (not the owner) the agreements and meetings that name them now (PlanRoles). */
    static Result<MemberAccess> readerAccess(ServiceStore &store, const PlanAccess &access, const QString &planId);

private:
    /** What the checks of one push need to know about the whole batch. */
    struct Batch {
        QHash<QString, EntityRecord> created; ///< entity id -> type and domain its creation op in this batch declares
        QSet<QString> memberIds; ///< the plan's member ids: these ids are members' records only
        bool membersLoaded = false;
        QHash<QString, QString> timelineRefs; ///< timeline entry id -> the refId this batch gives it
        QHash<QString, QString> timelineKinds; ///< timeline entry id -> the kind this batch gives it ("" when it gives two)
        std::optional<QHash<QString, QString>> stepOwners; ///< step id -> ownerId as stored before the push; loaded when a step given to a reader is ticked
        QSet<QString> newTimeline; ///< timeline entries this push created (their later ops are part of the creation)
        QMap<QPair<QString, QString>, QPair<int, int>> groups; ///< (entity type, domain) -> (accepted, refused): one audit entry each
        std::optional<PlanRoles> roles; ///< loaded when the push has a meeting or agreement in it, as it stood before the push
        /** Entity ids looked up in the store during this push, and those it recorded: the store's answer, kept for the push's transaction. */
        QHash<QString, std::optional<EntityRecord>> entities;
        QHash<QString, Error> refusedNew; ///< id of a new entity -> why its first refused operation was refused (the rest share it)
        QHash<QString, StoredOp> knownOps; ///< the push's opIds the plan has (asked once, before the checks), and those it appended
    };

    /**
     * Asks the store once about every opId and entity id the push names (its ops' ids, steps' goalId and timeline refIds
     * that are UUIDs) and keeps the answers in batch (knownOps, entities): on PostgreSQL one round trip each instead of
     * one per operation.
     */
    Status prefetch(const QString &planId, const QJsonArray &ops, Batch &batch);

    /**
     * ServiceStore::entity, asked once per id and push: the push's checks ask about the same ids several times
     * (type, domain, timeline), and what the push records is kept here too, so the answer stays the store's.
     */
    Result<std::optional<EntityRecord>> entity(const QString &planId, const QString &entityId, Batch &batch);

    /**
     * Refuses (Validation) an operation whose entity type differs from the type its id
     * already has: the type stored from the id's first accepted operation, "plan" for the
     * plan's own id (and no other), "member" for the plan's member ids. Types never change.
     */
    Status checkType(const QString &planId, const Operation &op, Batch &batch);
    /** The domain an operation belongs to ("" = plan-level), or a rejection reason. */
    Result<QString> domainOf(const QString &planId, const Operation &op, Batch &batch);
    /** A timeline entry's domain: that of the stored entity its refId names ("" when none), fixed once it exists. */
    Result<QString> timelineDomainOf(const QString &planId, const Operation &op, Batch &batch);
    /**
     * Whether the caller may make this operation (push rule 7): write access to its domain,
     * the owner's for plan-level entities; meetings, agreements and new timeline entries
     * about them by WriteRule::checkMeetingWork (coordinator and whoId from PlanRoles).
     */
    Status checkWrite(const PlanAccess &access, const QString &planId, const Operation &op, const QString &domain, Batch &batch);
    /**
     * Whether op ticks off (or back) a step given to the caller (StepRule::mayTick): the step's done
     * or doneAt, or a new "step-done" or "step-reopened" timeline entry about it; the step's ownerId is the one the
     * service stored before this push (PlanRoles::winners), loaded once per push when needed.
     */
    Result<bool> ticksOwnStep(const PlanAccess &access, const QString &planId, const Operation &op, const QString &domain, Batch &batch);
    /** Checks one operation and stores it; returns the sequence number or the reason it was refused. */
    Result<qint64> accept(const PlanAccess &access, const QString &planId, const QJsonValue &json, Batch &batch, qint64 nowMs, QString *opId);
    /**
     * Entities a push creates (none of their operations is stored yet) of which some value
     * fails validateField: entity id -> the plain reason. All their operations in the push
     * are refused, so a new item is taken whole or not at all.
     */
    Result<QHash<QString, QString>> newEntitiesWithInvalidValues(const QString &planId, const QJsonArray &ops, Batch &batch);

    ServiceStore &m_store;
    AuditLog &m_audit;
    const ServiceConfig &m_config;
    const LiveEvents &m_events;
    Metrics &m_metrics;
};

} // namespace samen::service
