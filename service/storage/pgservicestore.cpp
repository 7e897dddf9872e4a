#include "storage/pgservicestore.h"

#include "storage/pgschema.h"
#include "storage/roleops.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace samen::service {

namespace {

// Advisory lock keys: plans use the two-int form (class, hashtext(plan id)); a hash collision only makes two plans wait for each other.
constexpr int kPlanLockClass = 0x73616d65; // "same"

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

DeviceRecord deviceFrom(const PgRows &r, int i)
{
    return { r.text(i, 0), r.text(i, 1), r.text(i, 2), r.blob(i, 3), r.integer(i, 4), r.integer(i, 5) };
}

MemberRecord memberFrom(const PgRows &r, int i)
{
    return { r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5), r.integer(i, 6), r.text(i, 7) };
}

InvitationRecord invitationFrom(const PgRows &r, int i)
{
    return { r.text(i, 0),    r.text(i, 1),
             r.text(i, 2),    QJsonDocument::fromJson(r.text(i, 3).toUtf8()).array(),
             r.text(i, 4),    r.integer(i, 5),
             r.integer(i, 6), r.text(i, 7),
             r.text(i, 8),    parseObject(r.text(i, 9)),
             r.text(i, 10),   r.integer(i, 11) };
}

StoredOp storedOpFrom(const PgRows &r, int i)
{
    return { r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), parseObject(r.text(i, 4)) };
}

StoredOpText storedOpTextFrom(const PgRows &r, int i)
{
    return { r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.bytes(i, 4) };
}

AuditRecord auditFrom(const PgRows &r, int i)
{
    return { r.integer(i, 0),           r.integer(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4),    r.text(i, 5),
             parseObject(r.text(i, 6)), r.text(i, 7),    r.text(i, 8), r.text(i, 9), r.integer(i, 10) };
}

const QString kDeviceColumns = QStringLiteral("id, account_id, display_name, public_key, created_ms, revoked_ms");
const QString kMemberColumns = QStringLiteral("plan_id, member_id, account_id, kind, role, status, created_ms, name");
const QString kInvitationColumns
    = QStringLiteral("plan_id, invitation_id, kind, grants, created_by, created_ms, expires_ms, status, member_id, invitee, from_name, until_ms");
const QString kAuditColumns = QStringLiteral("seq, at_ms, plan_id, actor, action, target, detail, prev_hash, hash, chain, chain_pos");
const QString kOpColumns = QStringLiteral("seq, domain_key, entity_type, field, body");
// Text sort keys use the "C" collation: the order of ids is then the byte order SQLCipher gives, whatever the cluster's locale.

template<typename T, typename F> Result<QList<T>> collect(Result<PgRows> rows, F convert)
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i)
        out.append(convert(rows.value(), i));
    return out;
}

template<typename T, typename F> Result<std::optional<T>> first(Result<PgRows> rows, F convert)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T> {};
    return std::optional<T> { convert(rows.value(), 0) };
}

} // namespace

PgServiceStore::PgServiceStore(std::unique_ptr<PgConnection> db)
    : m_db(std::move(db))
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Result<std::unique_ptr<PgServiceStore>> PgServiceStore::open(const QString &conninfo)
{
    auto db = PgConnection::open(conninfo);
    if (!db)
        return db.error();
    if (Status s = PgSchema::migrate(*db.value()); !s)
        return s.error();
    return std::unique_ptr<PgServiceStore>(new PgServiceStore(std::move(db.value())));
}

Result<PgRows> PgServiceStore::exec(const QString &sql, const QVariantList &values)
{
    if (Status s = flushPending(); !s)
        return s.error();
    return query(sql, values);
}

Status PgServiceStore::flushPending()
{
    if (m_pending.isEmpty())
        return {};
    return m_pending.flush([this](const QString &sql, const QVariantList &values) { return query(sql, values); });
}

Result<PgRows> PgServiceStore::query(const QString &sql, const QVariantList &values)
{
    ++m_statements;
    auto rows = m_db->exec(sql, values);
    if (!rows && rows.error().code == ErrorCode::Io)
        m_writesFailing = true;
    return rows;
}

Status PgServiceStore::run(const QString &sql, const QVariantList &values)
{
    auto rows = exec(sql, values);
    if (!rows)
        return rows.error();
    return {};
}

Status PgServiceStore::begin()
{
    endTransaction();
    if (Status s = m_db->execScript(QStringLiteral("BEGIN")); !s) {
        if (s.error().code == ErrorCode::Io)
            m_writesFailing = true;
        return s;
    }
    m_inTransaction = true;
    return {};
}

Status PgServiceStore::commit()
{
    if (Status s = flushPending(); !s)
        return s;
    for (auto it = m_seqs.cbegin(); it != m_seqs.cend(); ++it) {
        if (it.value().second == it.value().first)
            continue;
        if (Status s = run(QStringLiteral("UPDATE plans SET last_seq = $2 WHERE id = $1"), { it.key(), it.value().second }); !s)
            return s;
    }
    const QList<LiveNotice> notices = m_notices;
    if (!notices.isEmpty()) {
        if (Status s = sendNotices(notices); !s)
            return s;
    }
    Status s = m_db->execScript(QStringLiteral("COMMIT"));
    endTransaction();
    if (!s) {
        if (s.error().code == ErrorCode::Io)
            m_writesFailing = true;
        return s;
    }
    m_writesFailing = false;
    return {};
}

void PgServiceStore::rollback()
{
    (void)m_db->execScript(QStringLiteral("ROLLBACK"));
    endTransaction();
}

void PgServiceStore::endTransaction()
{
    m_inTransaction = false;
    m_lockedPlans.clear();
    m_notices.clear();
    m_seqs.clear();
    m_pending.clear();
}

Status PgServiceStore::lockPlan(const QString &planId)
{
    if (!m_inTransaction || m_lockedPlans.contains(planId))
        return {};
    if (Status s = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext($1))").arg(kPlanLockClass), { planId }); !s)
        return s;
    m_lockedPlans.insert(planId);
    return {};
}

Status PgServiceStore::notice(const LiveNotice &n)
{
    if (!m_inTransaction)
        return sendNotices({ n });
    for (LiveNotice &queued : m_notices) {
        if (queued.type == n.type && queued.id == n.id && queued.member == n.member) {
            queued.seq = std::max(queued.seq, n.seq);
            return {};
        }
    }
    m_notices.append(n);
    return {};
}

Status PgServiceStore::sendNotices(const QList<LiveNotice> &notices)
{
    // NOTIFY's payload must stay under 8000 bytes: send in slices of 40 (ids are at most a few hundred bytes each).
    for (qsizetype i = 0; i < notices.size(); i += 40) {
        const QByteArray payload = LiveNotice::encode(m_instanceId, notices.mid(i, 40));
        if (Status s = run(QStringLiteral("SELECT pg_notify($1, $2)"), { QString::fromLatin1(LiveNotice::kChannel), QString::fromUtf8(payload) }); !s)
            return s;
    }
    return {};
}

Status PgServiceStore::insertDevice(const DeviceRecord &d)
{
    return run(QStringLiteral("INSERT INTO devices (%1) VALUES ($1, $2, $3, $4, $5, $6)").arg(kDeviceColumns),
               { d.id, d.accountId, d.displayName, d.publicKey, d.createdMs, d.revokedMs });
}

Result<std::optional<DeviceRecord>> PgServiceStore::device(const QString &deviceId)
{
    return first<DeviceRecord>(exec(QStringLiteral("SELECT %1 FROM devices WHERE id = $1").arg(kDeviceColumns), { deviceId }), deviceFrom);
}

Result<QList<DeviceRecord>> PgServiceStore::devicesOfAccount(const QString &accountId)
{
    return collect<DeviceRecord>(
        exec(QStringLiteral("SELECT %1 FROM devices WHERE account_id = $1 ORDER BY created_ms, id COLLATE \"C\"").arg(kDeviceColumns), { accountId }),
        deviceFrom);
}

Status PgServiceStore::revokeDevice(const QString &deviceId, qint64 atMs)
{
    if (Status s = run(QStringLiteral("UPDATE devices SET revoked_ms = $2 WHERE id = $1 AND revoked_ms = 0"), { deviceId, atMs }); !s)
        return s;
    return notice({ QStringLiteral("revoked"), deviceId, {}, 0 });
}

Result<QList<DeviceRecord>> PgServiceStore::allDevices()
{
    return collect<DeviceRecord>(exec(QStringLiteral("SELECT %1 FROM devices ORDER BY created_ms, id COLLATE \"C\"").arg(kDeviceColumns)), deviceFrom);
}

Result<QStringList> PgServiceStore::devicesRevokedSince(qint64 sinceMs)
{
    return collect<QString>(exec(QStringLiteral("SELECT id FROM devices WHERE revoked_ms >= $1 AND revoked_ms > 0"), { sinceMs }),
                            [](const PgRows &r, int i) { return r.text(i, 0); });
}

Status PgServiceStore::insertOrganisation(const OrganisationRecord &o)
{
    return run(QStringLiteral("INSERT INTO organisations (id, name, created_ms) VALUES ($1, $2, $3)"), { o.id, o.name, o.createdMs });
}

Result<QList<OrganisationRecord>> PgServiceStore::organisations()
{
    return collect<OrganisationRecord>(exec(QStringLiteral("SELECT id, name, created_ms FROM organisations ORDER BY created_ms, id COLLATE \"C\"")),
                                       [](const PgRows &r, int i) {
                                           return OrganisationRecord { r.text(i, 0), r.text(i, 1), r.integer(i, 2) };
                                       });
}

Status PgServiceStore::insertProfessional(const ProfessionalRecord &p)
{
    return run(QStringLiteral("INSERT INTO professionals (id, organisation_id, name, account_id, created_ms) VALUES ($1, $2, $3, $4, $5)"),
               { p.id, p.organisationId, p.name, p.accountId, p.createdMs });
}

Result<QList<ProfessionalRecord>> PgServiceStore::professionals()
{
    return collect<ProfessionalRecord>(
        exec(QStringLiteral("SELECT id, organisation_id, name, account_id, created_ms FROM professionals ORDER BY created_ms, id COLLATE \"C\"")),
        [](const PgRows &r, int i) {
            return ProfessionalRecord { r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4) };
        });
}

Status PgServiceStore::insertEnrolmentCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code)
{
    return run(QStringLiteral("INSERT INTO enrolment_codes (code_hash, account_id, kind, expires_ms) VALUES ($1, $2, $3, $4)"),
               { codeHash, code.accountId, code.kind, code.expiresMs });
}

Result<std::optional<EnrolmentCodeRecord>> PgServiceStore::takeEnrolmentCode(const QByteArray &codeHash, qint64 nowMs)
{
    // DELETE ... RETURNING: of two instances taking one code at once, one gets the row.
    auto taken = first<EnrolmentCodeRecord>(
        exec(QStringLiteral("DELETE FROM enrolment_codes WHERE code_hash = $1 RETURNING account_id, kind, expires_ms"), { codeHash }),
        [](const PgRows &r, int i) {
            return EnrolmentCodeRecord { r.text(i, 0), r.text(i, 1), r.integer(i, 2) };
        });
    if (!taken || !taken->has_value())
        return taken;
    if (taken->value().expiresMs <= nowMs)
        return std::optional<EnrolmentCodeRecord> {};
    return taken;
}

Status PgServiceStore::insertChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 expiresMs, int keepPerDevice)
{
    if (Status s = run(QStringLiteral("INSERT INTO challenges (nonce_hash, device_id, expires_ms) VALUES ($1, $2, $3)"), { nonceHash, deviceId, expiresMs });
        !s)
        return s;
    return run(QStringLiteral("DELETE FROM challenges WHERE device_id = $1 AND id NOT IN "
                              "(SELECT id FROM challenges WHERE device_id = $1 ORDER BY id DESC LIMIT $2)"),
               { deviceId, keepPerDevice });
}

Result<bool> PgServiceStore::takeChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 nowMs)
{
    // Single use: gone after the first attempt, whether it succeeds or not; expired ones are swept too.
    auto taken = exec(QStringLiteral("DELETE FROM challenges WHERE nonce_hash = $1 RETURNING device_id, expires_ms"), { nonceHash });
    if (!taken)
        return taken.error();
    if (Status s = run(QStringLiteral("DELETE FROM challenges WHERE expires_ms <= $1"), { nowMs }); !s)
        return s.error();
    return !taken->isEmpty() && taken->text(0, 0) == deviceId && taken->integer(0, 1) > nowMs;
}

Status PgServiceStore::insertToken(const QByteArray &tokenHash, const QString &deviceId, qint64 expiresMs)
{
    return run(QStringLiteral("INSERT INTO tokens (token_hash, device_id, expires_ms) VALUES ($1, $2, $3)"), { tokenHash, deviceId, expiresMs });
}

Result<std::optional<TokenRecord>> PgServiceStore::liveToken(const QByteArray &tokenHash, qint64 nowMs)
{
    return first<TokenRecord>(exec(QStringLiteral("SELECT device_id, expires_ms FROM tokens WHERE token_hash = $1 AND expires_ms > $2"), { tokenHash, nowMs }),
                              [](const PgRows &r, int i) {
                                  return TokenRecord { r.text(i, 0), r.integer(i, 1) };
                              });
}

Status PgServiceStore::deleteTokensOfDevice(const QString &deviceId)
{
    return run(QStringLiteral("DELETE FROM tokens WHERE device_id = $1"), { deviceId });
}

Result<qint64> PgServiceStore::purgeExpired(qint64 nowMs)
{
    qint64 removed = 0;
    for (const char *table : { "tokens", "challenges", "enrolment_codes" }) {
        auto rows = exec(QStringLiteral("DELETE FROM %1 WHERE expires_ms <= $1").arg(QLatin1String(table)), { nowMs });
        if (!rows)
            return rows.error();
        removed += rows->changed();
    }
    return removed;
}

Status PgServiceStore::insertPlan(const QString &planId, const QString &ownerAccountId, qint64 createdMs)
{
    return run(QStringLiteral("INSERT INTO plans (id, owner_account, created_ms) VALUES ($1, $2, $3)"), { planId, ownerAccountId, createdMs });
}

Result<bool> PgServiceStore::planExists(const QString &planId)
{
    auto rows = exec(QStringLiteral("SELECT 1 FROM plans WHERE id = $1"), { planId });
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Status PgServiceStore::upsertMember(const MemberRecord &m)
{
    // A member id invited again after removal is the new person's: account, name and date follow.
    if (Status s = run(QStringLiteral("INSERT INTO members (%1) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (plan_id, member_id) DO UPDATE SET"
                                      " account_id = excluded.account_id, kind = excluded.kind, role = excluded.role, status = excluded.status,"
                                      " created_ms = excluded.created_ms, name = excluded.name")
                           .arg(kMemberColumns),
                       { m.planId, m.memberId, m.accountId, m.kind, m.role, m.status, m.createdMs, m.name });
        !s)
        return s;
    return notice({ QStringLiteral("access"), m.planId, m.memberId, 0 });
}

Result<QList<MemberRecord>> PgServiceStore::members(const QString &planId)
{
    return collect<MemberRecord>(
        exec(QStringLiteral("SELECT %1 FROM members WHERE plan_id = $1 ORDER BY created_ms, member_id COLLATE \"C\"").arg(kMemberColumns), { planId }),
        memberFrom);
}

Result<QList<MemberRecord>> PgServiceStore::membershipsOfAccount(const QString &accountId)
{
    return collect<MemberRecord>(
        exec(QStringLiteral("SELECT %1 FROM members WHERE account_id = $1 ORDER BY created_ms, plan_id COLLATE \"C\"").arg(kMemberColumns), { accountId }),
        memberFrom);
}

Result<bool> PgServiceStore::entityIdInUse(const QString &id)
{
    auto rows = exec(QStringLiteral("SELECT 1 FROM entities WHERE entity_id = $1 LIMIT 1"), { id });
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<bool> PgServiceStore::memberIdInUse(const QString &memberId)
{
    auto rows = exec(QStringLiteral("SELECT 1 FROM members WHERE member_id = $1 LIMIT 1"), { memberId });
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Status PgServiceStore::insertGrant(const GrantRecord &g)
{
    if (Status s = run(QStringLiteral("INSERT INTO grants (plan_id, grant_id, member_id, domain_key, access, purpose, until_ms) VALUES ($1, $2, $3, $4, $5, "
                                      "$6, $7)"),
                       { g.planId, g.grantId, g.memberId, g.domainKey, g.access, g.purpose, g.untilMs });
        !s)
        return s;
    return notice({ QStringLiteral("access"), g.planId, g.memberId, 0 });
}

Result<bool> PgServiceStore::deleteGrant(const QString &planId, const QString &grantId)
{
    auto rows = exec(QStringLiteral("DELETE FROM grants WHERE plan_id = $1 AND grant_id = $2 RETURNING member_id"), { planId, grantId });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return false;
    if (Status s = notice({ QStringLiteral("access"), planId, rows->text(0, 0), 0 }); !s)
        return s.error();
    return true;
}

Result<QList<GrantRecord>> PgServiceStore::grants(const QString &planId)
{
    return collect<GrantRecord>(
        exec(QStringLiteral(
                 "SELECT plan_id, grant_id, member_id, domain_key, access, purpose, until_ms FROM grants WHERE plan_id = $1 ORDER BY grant_id COLLATE \"C\""),
             { planId }),
        [](const PgRows &r, int i) {
            return GrantRecord { r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5), r.integer(i, 6) };
        });
}

Status PgServiceStore::insertInvitation(const InvitationRecord &i, const QByteArray &codeHash)
{
    return run(
        QStringLiteral("INSERT INTO invitations (%1, code_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)").arg(kInvitationColumns),
        { i.planId, i.invitationId, i.kind, compact(i.grants), i.createdByMember, i.createdMs, i.expiresMs, i.status, i.memberId, compact(i.invitee),
          i.fromName, i.untilMs, codeHash });
}

Result<QList<InvitationRecord>> PgServiceStore::invitations(const QString &planId)
{
    return collect<InvitationRecord>(
        exec(QStringLiteral("SELECT %1 FROM invitations WHERE plan_id = $1 ORDER BY created_ms, invitation_id COLLATE \"C\"").arg(kInvitationColumns),
             { planId }),
        invitationFrom);
}

Result<std::optional<InvitationRecord>> PgServiceStore::invitationByCode(const QByteArray &codeHash)
{
    return first<InvitationRecord>(exec(QStringLiteral("SELECT %1 FROM invitations WHERE code_hash = $1").arg(kInvitationColumns), { codeHash }),
                                   invitationFrom);
}

Status PgServiceStore::updateInvitation(const InvitationRecord &i)
{
    return run(QStringLiteral("UPDATE invitations SET status = $3, member_id = $4 WHERE plan_id = $1 AND invitation_id = $2"),
               { i.planId, i.invitationId, i.status, i.memberId });
}

Result<std::optional<StoredOp>> PgServiceStore::opById(const QString &planId, const QString &opId)
{
    if (Status s = lockPlan(planId); !s)
        return s.error();
    if (auto pending = m_pending.op(planId, opId))
        return pending;
    return first<StoredOp>(query(QStringLiteral("SELECT %1 FROM ops WHERE plan_id = $1 AND op_id = $2").arg(kOpColumns), { planId, opId }), storedOpFrom);
}

Result<QHash<QString, StoredOp>> PgServiceStore::opsById(const QString &planId, const QStringList &opIds)
{
    if (Status s = lockPlan(planId); !s)
        return s.error();
    QHash<QString, StoredOp> found;
    QStringList asked;
    for (const QString &id : opIds) {
        if (auto pending = m_pending.op(planId, id))
            found.insert(id, *pending);
        else
            asked.append(id);
    }
    if (asked.isEmpty())
        return found;
    // One unique-key lookup per id (a LATERAL subquery with LIMIT is never flattened): see PgWriteBuffer's kLoadStates.
    auto rows
        = query(QStringLiteral("SELECT o.* FROM unnest($2::text[]) AS k(id) CROSS JOIN LATERAL (SELECT %1, op_id FROM ops WHERE plan_id = $1 AND op_id = k.id "
                               "LIMIT 1) o")
                    .arg(kOpColumns),
                { planId, pgArray(asked) });
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i)
        found.insert(rows->text(i, 5), storedOpFrom(rows.value(), i));
    return found;
}

Result<qint64> PgServiceStore::appendOp(const QString &planId, const StoredOp &op, qint64 nowMs)
{
    if (!m_inTransaction) {
        // On its own: in a transaction of its own, so the operation, its field's state and the counter change together.
        if (Status s = begin(); !s)
            return s.error();
        auto seq = appendOp(planId, op, nowMs);
        if (Status s = seq ? commit() : Status(seq.error()); !s) {
            rollback();
            return s.error();
        }
        return seq;
    }
    if (Status s = lockPlan(planId); !s)
        return s.error();
    // The plan's row is the counter: the UPDATE also row-locks it to the commit. Only the plan's first append
    // in a transaction raises it here; the next ones count on, and commit() writes the last back.
    qint64 seq = 0;
    if (const auto known = m_seqs.find(planId); known != m_seqs.end()) {
        seq = ++known.value().second;
    } else {
        auto next = exec(QStringLiteral("UPDATE plans SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq"), { planId });
        if (!next)
            return next.error();
        if (next->isEmpty())
            return Result<qint64>::fail(ErrorCode::NotFound, QStringLiteral("no such plan"));
        seq = next->integer(0, 0);
        m_seqs.insert(planId, { seq, seq });
    }
    // The row, the current flags and the field's state are written by m_pending, under the plan's lock (above),
    // so two instances never fold into one state at once.
    StoredOp stored = op;
    stored.seq = seq;
    m_pending.addOp(planId, stored, nowMs);
    if (Status s = notice({ QStringLiteral("plan"), planId, {}, seq }); !s)
        return s.error();
    return seq;
}

Result<QList<StoredOpText>> PgServiceStore::opTextsAfter(const QString &planId, qint64 afterSeq, int limit)
{
    return collect<StoredOpText>(
        exec(QStringLiteral("SELECT %1 FROM ops WHERE plan_id = $1 AND seq > $2 ORDER BY seq LIMIT $3").arg(kOpColumns), { planId, afterSeq, limit }),
        storedOpTextFrom);
}

Result<QList<StoredOpText>> PgServiceStore::currentOpTexts(const QString &planId)
{
    return collect<StoredOpText>(exec(QStringLiteral("SELECT %1 FROM ops WHERE plan_id = $1 AND current = 1 ORDER BY seq").arg(kOpColumns), { planId }),
                                 storedOpTextFrom);
}

Result<qint64> PgServiceStore::planHead(const QString &planId)
{
    auto rows = exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ops WHERE plan_id = $1"), { planId });
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Result<QList<StoredOp>> PgServiceStore::fieldOps(const QString &planId, const QString &entityType, const QString &field)
{
    // A role's field through ops_roles (its condition repeated, so the planner may use it); any other by the plan's operations.
    return collect<StoredOp>(exec(QStringLiteral("SELECT %1 FROM ops WHERE plan_id = $1 AND entity_type = $2 AND field = $3%2 ORDER BY seq")
                                      .arg(kOpColumns, roleops::whereTerm(entityType, field)),
                                  { planId, entityType, field }),
                             storedOpFrom);
}

Result<qint64> PgServiceStore::opCount()
{
    auto rows = exec(QStringLiteral("SELECT COUNT(*) FROM ops"));
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Result<std::optional<EntityRecord>> PgServiceStore::entity(const QString &planId, const QString &entityId)
{
    if (Status s = lockPlan(planId); !s)
        return s.error();
    // The table first: a record written before wins over one buffered since (recordEntity leaves a known id as it is).
    auto stored
        = first<EntityRecord>(query(QStringLiteral("SELECT entity_type, domain_key FROM entities WHERE plan_id = $1 AND entity_id = $2"), { planId, entityId }),
                              [](const PgRows &r, int i) {
                                  return EntityRecord { r.text(i, 0), r.text(i, 1) };
                              });
    if (stored && !stored->has_value())
        return m_pending.entity(planId, entityId);
    return stored;
}

Result<QHash<QString, std::optional<EntityRecord>>> PgServiceStore::entities(const QString &planId, const QStringList &entityIds)
{
    if (Status s = lockPlan(planId); !s)
        return s.error();
    // As entity(): the table's record first, then the buffered one.
    QHash<QString, std::optional<EntityRecord>> found;
    for (const QString &id : entityIds)
        found.insert(id, m_pending.entity(planId, id));
    auto rows = query(QStringLiteral("SELECT e.* FROM unnest($2::text[]) AS k(id) CROSS JOIN LATERAL (SELECT entity_id, entity_type, domain_key FROM "
                                     "entities WHERE plan_id = $1 AND entity_id = k.id LIMIT 1) e"),
                      { planId, pgArray(entityIds) });
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i)
        found.insert(rows->text(i, 0), EntityRecord { rows->text(i, 1), rows->text(i, 2) });
    return found;
}

Status PgServiceStore::recordEntity(const QString &planId, const QString &entityId, const EntityRecord &entity)
{
    if (Status s = lockPlan(planId); !s)
        return s;
    if (m_inTransaction) {
        m_pending.addEntity(planId, entityId, entity);
        return {};
    }
    return run(QStringLiteral("INSERT INTO entities (plan_id, entity_id, entity_type, domain_key) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"),
               { planId, entityId, entity.entityType, entity.domainKey });
}

Result<std::optional<AuditChainHead>> PgServiceStore::lockAuditChain(const QString &chain)
{
    // The row of this chain's head, locked to the commit: appends to other chains do not wait (no lock all chains share).
    const QString select = QStringLiteral("SELECT chain, size, head_hash FROM audit_chains WHERE chain = $1 FOR UPDATE");
    auto rows = exec(select, { chain });
    if (rows && rows->isEmpty()) {
        // A new chain: its row first (another instance may add it at once: then theirs is locked and waited for).
        if (Status s = run(QStringLiteral("INSERT INTO audit_chains (chain, size, head_hash) VALUES ($1, 0, '') ON CONFLICT (chain) DO NOTHING"), { chain });
            !s)
            return s.error();
        rows = exec(select, { chain });
    }
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->integer(0, 1) == 0)
        return std::optional<AuditChainHead> {};
    return std::optional<AuditChainHead> { AuditChainHead { rows->text(0, 0), rows->integer(0, 1), rows->text(0, 2) } };
}

Result<QList<qint64>> PgServiceStore::nextAuditSeqs(int count)
{
    auto rows = exec(QStringLiteral("SELECT nextval('audit_seq') FROM generate_series(1, $1::int)"), { count });
    if (!rows)
        return rows.error();
    QList<qint64> out;
    for (int i = 0; i < rows->size(); ++i)
        out.append(rows->integer(i, 0));
    std::sort(out.begin(), out.end());
    return out;
}

Result<QList<AuditChainHead>> PgServiceStore::auditChains()
{
    return collect<AuditChainHead>(exec(QStringLiteral("SELECT chain, size, head_hash FROM audit_chains WHERE size > 0 ORDER BY chain COLLATE \"C\"")),
                                   [](const PgRows &r, int i) {
                                       return AuditChainHead { r.text(i, 0), r.integer(i, 1), r.text(i, 2) };
                                   });
}

Result<QList<AuditRecord>> PgServiceStore::chainEntries(const QString &chain, qint64 afterPos, int limit)
{
    return collect<AuditRecord>(exec(QStringLiteral("SELECT %1 FROM audit WHERE chain = $1 AND chain_pos > $2 ORDER BY chain_pos LIMIT $3").arg(kAuditColumns),
                                     { chain, afterPos, limit }),
                                auditFrom);
}

Result<qint64> PgServiceStore::erasePlan(const QString &planId, const QByteArray &markerHash, qint64 erasureSeq, qint64 nowMs)
{
    // Under the plan's lock, so no push of another instance lands between the deletes.
    if (Status s = lockPlan(planId); !s)
        return s.error();
    m_seqs.remove(planId);
    for (const char *sql : { "DELETE FROM ops WHERE plan_id = $1", "DELETE FROM field_state WHERE plan_id = $1", "DELETE FROM entities WHERE plan_id = $1",
                             "DELETE FROM grants WHERE plan_id = $1", "DELETE FROM invitations WHERE plan_id = $1", "DELETE FROM members WHERE plan_id = $1",
                             "DELETE FROM plans WHERE id = $1" }) {
        if (Status s = run(QString::fromLatin1(sql), { planId }); !s)
            return s.error();
    }
    const QString blank = compact(QJsonObject { { QStringLiteral("erasedBy"), erasureSeq } });
    auto blanked = exec(QStringLiteral("UPDATE audit SET at_ms = 0, plan_id = '', actor = '', action = 'erased', target = '', detail = $2 WHERE plan_id = $1"),
                        { planId, blank });
    if (!blanked)
        return blanked.error();
    if (Status s
        = run(QStringLiteral("INSERT INTO erased_plans (plan_hash, erased_ms) VALUES ($1, $2) ON CONFLICT (plan_hash) DO NOTHING"), { markerHash, nowMs });
        !s)
        return s.error();
    return blanked->changed();
}

Result<bool> PgServiceStore::planErased(const QByteArray &markerHash)
{
    auto rows = exec(QStringLiteral("SELECT 1 FROM erased_plans WHERE plan_hash = $1"), { markerHash });
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<QByteArray> PgServiceStore::auditNameKey()
{
    auto rows = exec(QStringLiteral("SELECT value FROM service_secrets WHERE name = 'audit-chain-names'"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->blob(0, 0).size() != 32)
        return Result<QByteArray>::fail(ErrorCode::Internal, QStringLiteral("The service database has no secret for audit chain names."));
    return rows->blob(0, 0);
}

Status PgServiceStore::insertAudit(const AuditRecord &e)
{
    if (Status s = run(QStringLiteral("INSERT INTO audit (%1) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)").arg(kAuditColumns),
                       { e.seq, e.atMs, e.planId, e.actor, e.action, e.target, compact(e.detail), e.prevHash, e.hash, e.chain, e.chainPos });
        !s)
        return s;
    return run(QStringLiteral("INSERT INTO audit_chains (chain, size, head_hash) VALUES ($1, $2, $3)"
                              " ON CONFLICT (chain) DO UPDATE SET size = EXCLUDED.size, head_hash = EXCLUDED.head_hash"),
               { e.chain, e.chainPos, e.hash });
}

Result<bool> PgServiceStore::memberLeft(const QString &planId, const QString &memberId)
{
    auto rows = exec(QStringLiteral("SELECT action FROM audit WHERE plan_id = $1 AND target = $2 AND action IN ('member.leave', 'member.remove', "
                                    "'member.decline') ORDER BY seq DESC LIMIT 1"),
                     { planId, memberId });
    if (!rows)
        return rows.error();
    return !rows->isEmpty() && rows->text(0, 0) == QLatin1String("member.leave");
}

Result<QList<AuditRecord>> PgServiceStore::auditEntries(const QString &planId, qint64 afterSeq, int limit)
{
    if (planId.isEmpty())
        return collect<AuditRecord>(exec(QStringLiteral("SELECT %1 FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2").arg(kAuditColumns), { afterSeq, limit }),
                                    auditFrom);
    return collect<AuditRecord>(
        exec(QStringLiteral("SELECT %1 FROM audit WHERE plan_id = $1 AND seq > $2 ORDER BY seq LIMIT $3").arg(kAuditColumns), { planId, afterSeq, limit }),
        auditFrom);
}

} // namespace samen::service
