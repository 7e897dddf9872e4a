#include "sync/syncapi.h"

#include "domain/pasttime.h"

#include "domain/readrule.h"
#include "domain/schema.h"
#include "domain/steprule.h"
#include "domain/writerule.h"
#include "http/jsonrequest.h"
#include "plans/planapi.h"
#include "storage/storetransaction.h"
#include "sync/meetingtimecheck.h"
#include "sync/opwire.h"
#include "sync/stepownercheck.h"
#include "sync/uuid7.h"

namespace samen::service {

namespace {

// The field that names an entity's domain when it is created: one definition for device and service.
QString domainField(const QString &entityType)
{
    return ReadRule::domainField(entityType);
}

Result<qint64> refuse(const QString &reason, ErrorCode code = ErrorCode::Validation)
{
    return Result<qint64>::fail(code, reason);
}

/** The machine-readable kind of a refusal, so a device can explain it in its own language. */
QString refusalCode(const Error &error)
{
    // A step given to someone who cannot see its life domain: its own code, so the device can name both (R4-13).
    if (error.reason == QLatin1String(StepOwnerCheck::kRefusal))
        return error.reason;
    switch (error.code) {
    case ErrorCode::Permission:
        return QStringLiteral("forbidden");
    case ErrorCode::Conflict:
        return QStringLiteral("clock");
    default:
        return QStringLiteral("invalid");
    }
}

} // namespace

SyncApi::SyncApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config, const LiveEvents &events, Metrics &metrics)
    : m_store(store)
    , m_audit(audit)
    , m_config(config)
    , m_events(events)
    , m_metrics(metrics)
{
}

bool SyncApi::isDomainScoped(const QString &entityType)
{
    return !domainField(entityType).isEmpty() || entityType == QLatin1String("step");
}

bool SyncApi::mayRead(const MemberAccess &reader, const StoredOp &op)
{
    // op.domainKey is the domain decided at push (a step's is its goal's, a timeline entry's its refId's).
    return mayRead(reader, op.entityType, op.domainKey, op.op.value(QStringLiteral("field")).toString(), op.op.value(QStringLiteral("entityId")).toString());
}

bool SyncApi::mayRead(const MemberAccess &reader, const QString &entityType, const QString &domainKey, const QString &field, const QString &entityId)
{
    return ReadRule::mayRead(reader, entityType, domainKey, entityId) && ReadRule::mayReadField(reader, entityType, field, entityId);
}

Result<MemberAccess> SyncApi::readerAccess(ServiceStore &store, const PlanAccess &access, const QString &planId)
{
    if (access.isOwner())
        return access.memberAccess();
    auto roles = PlanRoles::load(store, planId);
    if (!roles)
        return roles.error();
    return roles->readerAccess(access.memberAccess());
}

Result<std::optional<EntityRecord>> SyncApi::entity(const QString &planId, const QString &entityId, Batch &batch)
{
    if (const auto cached = batch.entities.constFind(entityId); cached != batch.entities.cend())
        return cached.value();
    auto found = m_store.entity(planId, entityId);
    if (found)
        batch.entities.insert(entityId, found.value());
    return found;
}

Status SyncApi::prefetch(const QString &planId, const QJsonArray &ops, Batch &batch)
{
    QStringList opIds;
    QStringList entityIds;
    QSet<QString> seen;
    const auto askEntity = [&](const QJsonValue &id) {
        if (id.isString() && isUuid(id.toString()) && !seen.contains(id.toString())) {
            seen.insert(id.toString());
            entityIds.append(id.toString());
        }
    };
    for (const QJsonValue &v : ops) {
        // Only what accept() would look up: an operation whose ids are not UUIDs is refused before.
        if (isUuid(v[QStringLiteral("opId")].toString()))
            opIds.append(v[QStringLiteral("opId")].toString());
        askEntity(v[QStringLiteral("entityId")]);
        const QString type = v[QStringLiteral("entityType")].toString();
        const QString field = v[QStringLiteral("field")].toString();
        if ((type == QLatin1String("step") && field == QLatin1String("goalId")) || (type == QLatin1String("timeline") && field == QLatin1String("refId")))
            askEntity(v[QStringLiteral("value")]);
    }
    auto known = m_store.opsById(planId, opIds);
    if (!known)
        return known.error();
    batch.knownOps = known.value();
    auto records = m_store.entities(planId, entityIds);
    if (!records)
        return records.error();
    for (auto it = records->cbegin(); it != records->cend(); ++it)
        batch.entities.insert(it.key(), it.value());
    return {};
}

Status SyncApi::checkWrite(const PlanAccess &access, const QString &planId, const Operation &op, const QString &domain, Batch &batch)
{
    // A meeting or agreement, or a new timeline entry about one: the shared rule (WriteRule::checkMeetingWork).
    QString workType = WriteRule::isMeetingWork(op.entityType) ? op.entityType : QString();
    QString workId = op.entityId;
    QString field = op.field;
    if (op.entityType == QLatin1String("timeline")) {
        const QString refId = op.field == QLatin1String("refId") ? op.value.toString() : batch.timelineRefs.value(op.entityId);
        auto target = refId.isEmpty() || refId == op.entityId ? Result<std::optional<EntityRecord>>(std::nullopt) : entity(planId, refId, batch);
        if (!target)
            return target.error();
        if (target->has_value() && WriteRule::isMeetingWork(target->value().entityType)) {
            workType = target->value().entityType;
            workId = refId;
            field.clear();
        }
    }
    if (!workType.isEmpty()) {
        if (access.isOwner())
            return {};
        if (!batch.roles) {
            auto roles = PlanRoles::load(m_store, planId);
            if (!roles)
                return roles.error();
            batch.roles = roles.value();
        }
        const bool coordinator = batch.roles->coordinator() == access.member().memberId;
        const Status allowed = WriteRule::checkMeetingWork(access.memberAccess(), coordinator, workType, field, domain, batch.roles->whoIdOf(workId));
        if (!allowed)
            return Status::fail(ErrorCode::Permission,
                                workType == QLatin1String("meeting")
                                    ? QStringLiteral("Only the plan's owner and the coordinator may change a meeting.")
                                    : QStringLiteral("Only the plan's owner, the coordinator and writers of the agreement's domain may "
                                                     "change it; the person it names may set its status and evaluation."));
        return {};
    }
    // The priority order and the self-assessment are the citizen's own, whatever a member's grants (WriteRule::isOwnersOwn).
    if (WriteRule::isOwnersOwn(op.entityType) && !access.isOwner())
        return Status::fail(ErrorCode::Permission, QStringLiteral("Only the plan's owner may order or rate the life domains."));
    // Someone given a step ticks it off where they may only read (StepRule::mayTick; review 4, R4-18): who it is given to
    // is the service's own stored ownerId, never the client's word.
    if (!access.isOwner() && !domain.isEmpty() && !access.canWrite(domain)) {
        auto ticks = ticksOwnStep(access, planId, op, domain, batch);
        if (!ticks)
            return ticks.error();
        if (ticks.value())
            return {};
    }
    const bool allowed = domain.isEmpty() ? access.isOwner() : access.canWrite(domain);
    if (!allowed)
        return Status::fail(ErrorCode::Permission,
                            domain.isEmpty() ? QStringLiteral("Only the plan's owner may change this.")
                                             : QStringLiteral("You may not change the domain \"%1\".").arg(domain));
    return {};
}

Result<bool> SyncApi::ticksOwnStep(const PlanAccess &access, const QString &planId, const Operation &op, const QString &domain, Batch &batch)
{
    QString stepId;
    QString field;
    if (op.entityType == QLatin1String("step") && StepRule::isTickField(op.field)) {
        stepId = op.entityId;
        field = op.field;
    } else if (op.entityType == QLatin1String("timeline") && StepRule::isTickEntry(batch.timelineKinds.value(op.entityId))) {
        // Only a new entry: changing one that exists stays the owner's (accept() refuses it after this check).
        stepId = batch.timelineRefs.value(op.entityId);
        auto target = stepId.isEmpty() ? Result<std::optional<EntityRecord>>(std::nullopt) : entity(planId, stepId, batch);
        if (!target)
            return target.error();
        if (!target->has_value() || target->value().entityType != QLatin1String("step"))
            return false;
    } else {
        return false;
    }
    if (!batch.stepOwners) {
        auto owners = PlanRoles::winners(m_store, planId, QStringLiteral("step"), QStringLiteral("ownerId"));
        if (!owners)
            return owners.error();
        QHash<QString, QString> byStep;
        for (const Operation &o : owners.value())
            byStep.insert(o.entityId, o.value.toString());
        batch.stepOwners = byStep;
    }
    return StepRule::mayTick(access.memberAccess(), field, domain, batch.stepOwners->value(stepId));
}

Result<QString> SyncApi::timelineDomainOf(const QString &planId, const Operation &op, Batch &batch)
{
    auto known = entity(planId, op.entityId, batch);
    if (!known)
        return known.error();
    // Never the client's word: the domain comes from the stored entity the entry refers to.
    const QString refId = op.field == QLatin1String("refId") ? op.value.toString() : batch.timelineRefs.value(op.entityId);
    QString derived;
    if (!refId.isEmpty() && refId != op.entityId) {
        auto target = entity(planId, refId, batch);
        if (!target)
            return target.error();
        derived = target->has_value() ? target->value().domainKey : QString();
    }
    if (!known->has_value())
        return derived;
    if (op.field == QLatin1String("refId") && derived != known->value().domainKey)
        return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("An entity cannot move to another domain."));
    return known->value().domainKey;
}

Result<QString> SyncApi::domainOf(const QString &planId, const Operation &op, Batch &batch)
{
    if (op.entityType == QLatin1String("timeline"))
        return timelineDomainOf(planId, op, batch);
    if (!isDomainScoped(op.entityType))
        return QString();
    auto known = entity(planId, op.entityId, batch);
    if (!known)
        return known.error();
    // checkType() ran first: a known entity has this operation's type, so a domain-scoped one has its domain.
    const std::optional<QString> knownDomain = known->has_value() ? std::optional<QString>(known->value().domainKey) : std::nullopt;
    const QString declaredField = domainField(op.entityType);
    if (!declaredField.isEmpty() && op.field == declaredField) {
        const QString declared = op.value.toString();
        if (!PlanAccess::isDomainKey(declared))
            return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("A domain key is 1 to 40 characters of a-z, 0-9 and \"-\"."));
        if (knownDomain && *knownDomain != declared)
            return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("An entity cannot move to another domain."));
        return declared;
    }
    if (op.entityType == QLatin1String("step") && op.field == QLatin1String("goalId")) {
        const QString goalId = op.value.toString();
        auto goal = entity(planId, goalId, batch);
        if (!goal)
            return goal.error();
        // The goal must be a goal: an entry or assessment in the same domain is not a step's goal.
        QString domain;
        if (goal->has_value())
            domain = goal->value().entityType == QLatin1String("goal") ? goal->value().domainKey : QString();
        else if (batch.created.value(goalId).entityType == QLatin1String("goal"))
            domain = batch.created.value(goalId).domainKey;
        if (domain.isEmpty())
            return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("The step's goal is not known: push the goal first."));
        if (knownDomain && *knownDomain != domain)
            return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("An entity cannot move to another domain."));
        return domain;
    }
    if (knownDomain)
        return *knownDomain;
    if (batch.created.value(op.entityId).entityType == op.entityType)
        return batch.created.value(op.entityId).domainKey;
    return Result<QString>::fail(ErrorCode::Validation, QStringLiteral("This entity's domain is not known: create it with its domain first."));
}

Status SyncApi::checkType(const QString &planId, const Operation &op, Batch &batch)
{
    const Status otherType
        = Status::fail(ErrorCode::Validation, QStringLiteral("This id belongs to an entity of another type. An entity's type never changes: use a new id."));
    // Ids the service knows before any operation: the plan's own, and its members'.
    if ((op.entityId == planId) != (op.entityType == QLatin1String("plan")))
        return op.entityType == QLatin1String("plan") ? Status::fail(ErrorCode::Validation, QStringLiteral("The plan's entity has the plan's id.")) : otherType;
    if (!batch.membersLoaded) {
        auto members = m_store.members(planId);
        if (!members)
            return members.error();
        for (const MemberRecord &m : members.value())
            batch.memberIds.insert(m.memberId);
        batch.membersLoaded = true;
    }
    if (batch.memberIds.contains(op.entityId) && op.entityType != QLatin1String("member"))
        return otherType;
    auto known = entity(planId, op.entityId, batch);
    if (!known)
        return known.error();
    if (known->has_value() && known->value().entityType != op.entityType)
        return otherType;
    return {};
}

Result<qint64> SyncApi::accept(const PlanAccess &access, const QString &planId, const QJsonValue &json, Batch &batch, qint64 nowMs, QString *opId)
{
    if (!json.isObject())
        return refuse(QStringLiteral("Each operation must be a JSON object."));
    *opId = json[QStringLiteral("opId")].toString().left(64);
    Operation op;
    QString why;
    if (!Operation::fromJson(json.toObject(), &op, &why))
        return refuse(why);
    // Ids are lower-case UUIDs (docs/data-model.md): nothing else (no NUL, bidi overrides or markup) is stored or sent to other devices.
    if (!isUuid(op.opId) || !isUuid(op.entityId))
        return refuse(QStringLiteral("\"opId\" and \"entityId\" must be lower-case UUIDs (8-4-4-4-12 hexadecimal digits)."));
    if (op.planId != planId)
        return refuse(QStringLiteral("The operation belongs to another plan."));
    if (op.authorMemberId != access.member().memberId)
        return refuse(QStringLiteral("The author must be your own member id in this plan."));
    if (op.hlc.wallMs > nowMs + m_config.maxClockSkewMs)
        return refuse(QStringLiteral("The operation's clock is too far in the future: check this device's date and time."), ErrorCode::Conflict);
    if (Status valid = validateField(op.entityType, op.field, op.value); !valid)
        return refuse(valid.error().message);
    if (Status past = pasttime::check(op.entityType, op.field, op.value, nowMs, m_config.maxClockSkewMs); !past)
        return refuse(past.error().message);
    if (const auto existing = batch.knownOps.constFind(op.opId); existing != batch.knownOps.cend()) {
        // A retry by its author with the same content is harmless and gets the same answer; anyone else reusing the id,
        // or the author sending something else under it, is refused (an opId names one change, for good).
        if (existing->op.value(QStringLiteral("author")).toString() != op.authorMemberId)
            return refuse(QStringLiteral("This opId is already used by another operation."));
        if (existing->op != op.toJson())
            return refuse(QStringLiteral("This opId was already used for a different change: give each change its own opId."));
        ++batch.groups[{ existing->entityType, existing->domainKey }].first;
        return existing->seq;
    }
    if (Status s = checkType(planId, op, batch); !s)
        return s.error();
    // Only someone let in holds regie (issue 13; review 2, finding 28): an id the service has as a member waiting to be let
    // in, declined or removed is never made the coordinator. A contact the service never heard of may be (the owner's record).
    if (op.entityType == QLatin1String("member") && op.field == QLatin1String("coordinator") && op.value == QJsonValue(true)) {
        for (const MemberRecord &m : access.members()) {
            if (m.memberId == op.entityId && m.status != QLatin1String("active"))
                return refuse(QStringLiteral("Only someone who was let in to the plan can be its coordinator."));
        }
    }
    auto domain = domainOf(planId, op, batch);
    if (!domain)
        return domain.error();
    if (Status allowed = checkWrite(access, planId, op, domain.value(), batch); !allowed)
        return allowed.error();
    // A step is given only to someone who may read its life domain, by the service's own grants now (R4-13).
    if (Status reaches = StepOwnerCheck::check(access, op, domain.value(), nowMs); !reaches)
        return reaches.error();
    const bool timeline = op.entityType == QLatin1String("timeline");
    bool createsTimeline = false;
    if (timeline) {
        auto known = entity(planId, op.entityId, batch);
        if (!known)
            return known.error();
        createsTimeline = !known->has_value();
        // Members add entries to the plan's history; changing or deleting one that exists is the owner's alone.
        if (!access.isOwner() && !createsTimeline && !batch.newTimeline.contains(op.entityId))
            return Result<qint64>::fail(ErrorCode::Permission, QStringLiteral("Only the plan's owner may change or delete a timeline entry that exists."));
    }
    StoredOp stored { 0, domain.value(), op.entityType, op.field, op.toJson() };
    auto seq = m_store.appendOp(planId, stored, nowMs);
    if (!seq)
        return seq.error();
    stored.seq = seq.value();
    batch.knownOps.insert(op.opId, stored);
    // Every entity's type and domain, from its first accepted operation (a known one is left as it is: checkType asked already).
    auto known = entity(planId, op.entityId, batch);
    if (!known)
        return known.error();
    if (!known->has_value()) {
        if (Status s = m_store.recordEntity(planId, op.entityId, { op.entityType, domain.value() }); !s)
            return s.error();
        batch.entities.insert(op.entityId, EntityRecord { op.entityType, domain.value() });
    }
    if (createsTimeline)
        batch.newTimeline.insert(op.entityId);
    ++batch.groups[{ op.entityType, domain.value() }].first;
    return seq;
}

Result<QHash<QString, QString>> SyncApi::newEntitiesWithInvalidValues(const QString &planId, const QJsonArray &ops, Batch &batch)
{
    QHash<QString, QString> broken;
    for (const QJsonValue &v : ops) {
        const QString entityId = v[QStringLiteral("entityId")].toString();
        const QString type = v[QStringLiteral("entityType")].toString();
        const QString field = v[QStringLiteral("field")].toString();
        if (entityId.isEmpty() || broken.contains(entityId))
            continue;
        const Status valid = validateField(type, field, v[QStringLiteral("value")]);
        if (valid)
            continue;
        auto known = entity(planId, entityId, batch);
        if (!known)
            return known.error();
        if (!known->has_value())
            broken.insert(entityId, QStringLiteral("This new item was not accepted, because one of its values was refused: %1").arg(valid.error().message));
    }
    return broken;
}

ApiResponse SyncApi::push(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &access = std::get<PlanAccess>(a);
    JsonRequest in(request.body, { QStringLiteral("ops") });
    const QJsonArray ops = in.array(QStringLiteral("ops"), m_config.maxBatch);
    if (!in.ok())
        return in.error();
    const QString planId = request.segments[2];
    // Creation ops may arrive after other fields of the same entity in one batch.
    Batch batch;
    for (const QJsonValue &v : ops) {
        const QString type = v[QStringLiteral("entityType")].toString();
        const QString field = v[QStringLiteral("field")].toString();
        // The first creation op of an id counts, as the first accepted one fixes its type.
        if (!domainField(type).isEmpty() && field == domainField(type) && PlanAccess::isDomainKey(v[QStringLiteral("value")].toString())
            && !batch.created.contains(v[QStringLiteral("entityId")].toString()))
            batch.created.insert(v[QStringLiteral("entityId")].toString(), { type, v[QStringLiteral("value")].toString() });
        if (type == QLatin1String("timeline") && field == QLatin1String("refId") && v[QStringLiteral("value")].isString())
            batch.timelineRefs.insert(v[QStringLiteral("entityId")].toString(), v[QStringLiteral("value")].toString());
        if (type == QLatin1String("timeline") && field == QLatin1String("kind")) {
            const QString entry = v[QStringLiteral("entityId")].toString();
            const QString kind = v[QStringLiteral("value")].toString();
            batch.timelineKinds.insert(entry, batch.timelineKinds.contains(entry) && batch.timelineKinds.value(entry) != kind ? QString() : kind);
        }
    }
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    if (!prefetch(planId, ops, batch))
        return ApiResponse::internal();
    auto brokenNew = newEntitiesWithInvalidValues(planId, ops, batch);
    if (!brokenNew)
        return ApiResponse::internal();
    // A meeting planned for a time already past, or marked held before it began (MeetingTimeCheck): a new one is
    // refused whole, as an invalid value would make it; of one the service holds, only the operation.
    auto times = MeetingTimeCheck::load(m_store, planId, ops);
    if (!times)
        return ApiResponse::internal();
    QHash<QString, QString> refusedTimes; // opId -> reason
    for (const QJsonValue &v : ops) {
        const QString why = times->refusal(v, m_config.maxClockSkewMs);
        if (why.isEmpty())
            continue;
        const QString entityId = v[QStringLiteral("entityId")].toString();
        auto known = entity(planId, entityId, batch);
        if (!known)
            return ApiResponse::internal();
        if (known->has_value())
            refusedTimes.insert(v[QStringLiteral("opId")].toString(), why);
        else if (!brokenNew->contains(entityId))
            brokenNew->insert(entityId, QStringLiteral("This new item was not accepted: %1").arg(why));
    }
    QJsonArray accepted;
    QJsonArray rejected;
    for (const QJsonValue &v : ops) {
        QString opId;
        const QString entityId = v[QStringLiteral("entityId")].toString();
        // A refused operation is counted under its type only when that is a known type: the client's text never reaches the log.
        const QString type = v[QStringLiteral("entityType")].toString();
        const auto refusedGroup = QPair<QString, QString> { entitySpec(type) ? type : QStringLiteral("unknown"),
                                                            entitySpec(type) ? batch.created.value(entityId).domainKey : QString() };
        // A new item is taken whole or not at all: never a goal without its title on every device. A new
        // timeline entry about a new item that was not accepted goes with it (no history of what is not there).
        const QString about = batch.timelineRefs.value(entityId);
        QString why = brokenNew->value(entityId, refusedTimes.value(v[QStringLiteral("opId")].toString()));
        if (why.isEmpty() && type == QLatin1String("timeline") && brokenNew->contains(about))
            why = QStringLiteral("This entry is about a new item that was not accepted.");
        if (!why.isEmpty()) {
            ++batch.groups[refusedGroup].second;
            rejected.append(QJsonObject { { QStringLiteral("opId"), v[QStringLiteral("opId")].toString().left(64) },
                                          { QStringLiteral("code"), refusalCode(Error { ErrorCode::Validation, {} }) },
                                          { QStringLiteral("reason"), why } });
            continue;
        }
        auto seq = accept(access, planId, v, batch, request.nowMs, &opId);
        if (seq)
            accepted.append(QJsonObject { { QStringLiteral("opId"), opId }, { QStringLiteral("seq"), seq.value() } });
        else if (seq.error().code == ErrorCode::Validation || seq.error().code == ErrorCode::Permission || seq.error().code == ErrorCode::Conflict) {
            auto known = entity(planId, entityId, batch);
            if (!known)
                return ApiResponse::internal();
            // The rest of a new item whose first operation was refused is refused for the same reason: a step's fields
            // after its goalId refused as forbidden said "invalid" (its domain unknown), and a device then told the
            // person to discard a change that only needed access (trial after stop 39).
            const Error refusal = known->has_value() ? seq.error() : batch.refusedNew.value(entityId, seq.error());
            if (!known->has_value() && !entityId.isEmpty())
                batch.refusedNew.insert(entityId, refusal);
            ++batch.groups[refusedGroup].second;
            rejected.append(QJsonObject {
                { QStringLiteral("opId"), opId }, { QStringLiteral("code"), refusalCode(refusal) }, { QStringLiteral("reason"), refusal.message } });
        } else
            return ApiResponse::internal();
    }
    // One entry per kind of item and life domain the push touched: who changed what kind of thing where, never values.
    for (auto it = batch.groups.cbegin(); it != batch.groups.cend(); ++it) {
        const QJsonObject detail { { QStringLiteral("entityType"), it.key().first },
                                   { QStringLiteral("domainKey"), it.key().second },
                                   { QStringLiteral("count"), it.value().first },
                                   { QStringLiteral("rejected"), it.value().second } };
        if (!m_audit.append(planId, request.device.id, QStringLiteral("ops.write"), planId, detail, request.nowMs))
            return ApiResponse::internal();
    }
    if (!tx.commit())
        return ApiResponse::internal();
    m_metrics.addOperationsAccepted(accepted.size());
    qint64 highest = 0;
    for (const QJsonValue &entry : std::as_const(accepted))
        highest = std::max<qint64>(highest, entry[QStringLiteral("seq")].toInteger());
    if (highest > 0)
        m_events.advanced(planId, highest);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("accepted"), accepted }, { QStringLiteral("rejected"), rejected } });
}

ApiResponse SyncApi::pull(const ApiRequest &request)
{
    auto a = PlanApi::access(m_store, request, false);
    if (auto *error = std::get_if<ApiResponse>(&a))
        return *error;
    const PlanAccess &access = std::get<PlanAccess>(a);
    bool okAfter = true;
    bool okLimit = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
    const qint64 limit = limitText.isEmpty() ? 500 : limitText.toLongLong(&okLimit);
    if (!okAfter || !okLimit || after < 0 || limit < 1 || limit > m_config.maxPull)
        return ApiResponse::badRequest(QStringLiteral("\"after\" must be a sequence number (0 or more) and \"limit\" from 1 to %1.").arg(m_config.maxPull));
    const QString planId = request.segments[2];
    auto page = m_store.opTextsAfter(planId, after, static_cast<int>(limit));
    if (!page)
        return ApiResponse::internal();
    const auto reader = readerAccess(m_store, access, planId);
    if (!reader)
        return ApiResponse::internal();
    // Each operation goes out as the text stored at push, "seq" spliced in (OpWire): no parsing, no serialising.
    QByteArray ops = "[";
    qint64 next = after;
    QMap<QString, int> readPerDomain;
    QMap<QString, int> readNamed; // received only because it names the reader, not by a grant
    for (const StoredOpText &op : page.value()) {
        next = op.seq;
        const auto reading = OpWire::read(op.json);
        const QString entityId = OpWire::entityId(op.json, reading);
        if (!mayRead(reader.value(), op.entityType, op.domainKey, op.field, entityId))
            continue;
        if (ops.size() > 1)
            ops += ',';
        OpWire::appendWithSeq(ops, op, reading);
        ++(mayRead(access.memberAccess(), op.entityType, op.domainKey, op.field, entityId) ? readPerDomain : readNamed)[op.domainKey];
    }
    ops += ']';
    if (!AuditLog::appendReads(m_audit, planId, request.device.id, QStringLiteral("ops.read"), readPerDomain, readNamed, request.nowMs))
        return ApiResponse::internal();
    return ApiResponse::text(200, OpWire::withOps(QJsonObject { { QStringLiteral("next"), next }, { QStringLiteral("more"), page->size() == limit } }, ops),
                             QByteArrayLiteral("application/json"));
}

} // namespace samen::service
