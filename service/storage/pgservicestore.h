#pragma once

#include "live/livenotice.h"
#include "storage/pgconnection.h"
#include "storage/pgwritebuffer.h"
#include "storage/servicestore.h"

#include <QSet>

#include <memory>

namespace samen::service {

/**
 * The PostgreSQL backend (libpq), for several service instances sharing one database
 * (docs/operating.md, "Running at scale"). Everything every instance must see lives
 * here: tokens, challenges, enrolment codes, plans, operations, the audit chain.
 * Concurrency across instances (docs/architecture.md, "Two backends"):
 * - a plan's sequence numbers come from plans.last_seq, raised under a per-plan
 *   advisory transaction lock that entity(), entities(), opById(), opsById(), recordEntity()
 *   and appendOp() take inside a transaction, so a push's checks and appends see no other push of
 *   the same plan in between (never MAX(seq)+1 without a lock);
 * - the audit log is a chain per plan plus a service-wide one (AuditLog): lockAuditChain()
 *   row-locks that chain's head in audit_chains to the commit, so entries of one chain link
 *   in commit order while other plans' appends go on; entry numbers come from a sequence
 *   (no lock); the signed head covers every chain's head;
 * - single-use secrets are taken with DELETE ... RETURNING: one instance wins.
 * Changes live sockets elsewhere must hear of are sent with pg_notify in the same
 * transaction, just before COMMIT (LiveNotice; PgListener receives them).
 * Inside a transaction appendOp() and recordEntity() write nothing yet: PgWriteBuffer holds
 * them and writes them in a few statements before the next other statement or COMMIT
 * (opById(), opsById(), entity() and entities() answer from it first, without writing).
 */
class PgServiceStore final : public ServiceStore
{
public:
    /** Connects with a libpq URI (postgresql://...), migrates the schema (PgSchema) and names this instance for its notices. */
    static Result<std::unique_ptr<PgServiceStore>> open(const QString &conninfo);

    /** A random id of this store's process, sent with every notice so its own PgListener skips them. */
    const QString &instanceId() const { return m_instanceId; }

    Status begin() override;
    Status commit() override;
    void rollback() override;
    bool writesFailing() const override { return m_writesFailing; }
    /** -1: other instances commit all the time; revocations arrive by LISTEN (PgListener). */
    Result<qint64> changesByOthers() override { return qint64 { -1 }; }

    Status insertDevice(const DeviceRecord &device) override;
    Result<std::optional<DeviceRecord>> device(const QString &deviceId) override;
    Result<QList<DeviceRecord>> devicesOfAccount(const QString &accountId) override;
    Status revokeDevice(const QString &deviceId, qint64 atMs) override;
    Result<QList<DeviceRecord>> allDevices() override;
    Result<QStringList> devicesRevokedSince(qint64 sinceMs) override;
    qint64 statementCount() const override { return m_statements; }

    Status insertOrganisation(const OrganisationRecord &organisation) override;
    Result<QList<OrganisationRecord>> organisations() override;
    Status insertProfessional(const ProfessionalRecord &professional) override;
    Result<QList<ProfessionalRecord>> professionals() override;

    Status insertEnrolmentCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code) override;
    Result<std::optional<EnrolmentCodeRecord>> takeEnrolmentCode(const QByteArray &codeHash, qint64 nowMs) override;

    Status insertChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 expiresMs, int keepPerDevice) override;
    Result<bool> takeChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 nowMs) override;
    Status insertToken(const QByteArray &tokenHash, const QString &deviceId, qint64 expiresMs) override;
    Result<std::optional<TokenRecord>> liveToken(const QByteArray &tokenHash, qint64 nowMs) override;
    Status deleteTokensOfDevice(const QString &deviceId) override;
    Result<qint64> purgeExpired(qint64 nowMs) override;

    Status insertPlan(const QString &planId, const QString &ownerAccountId, qint64 createdMs) override;
    Result<bool> planExists(const QString &planId) override;
    Status upsertMember(const MemberRecord &member) override;
    Result<QList<MemberRecord>> members(const QString &planId) override;
    Result<QList<MemberRecord>> membershipsOfAccount(const QString &accountId) override;
    Result<bool> memberIdInUse(const QString &memberId) override;
    Result<bool> entityIdInUse(const QString &id) override;
    Status insertGrant(const GrantRecord &grant) override;
    Result<bool> deleteGrant(const QString &planId, const QString &grantId) override;
    Result<QList<GrantRecord>> grants(const QString &planId) override;

    Status insertInvitation(const InvitationRecord &invitation, const QByteArray &codeHash) override;
    Result<QList<InvitationRecord>> invitations(const QString &planId) override;
    Result<std::optional<InvitationRecord>> invitationByCode(const QByteArray &codeHash) override;
    Status updateInvitation(const InvitationRecord &invitation) override;

    Result<std::optional<StoredOp>> opById(const QString &planId, const QString &opId) override;
    Result<QHash<QString, StoredOp>> opsById(const QString &planId, const QStringList &opIds) override;
    Result<qint64> appendOp(const QString &planId, const StoredOp &op, qint64 nowMs) override;
    Result<QList<StoredOpText>> opTextsAfter(const QString &planId, qint64 afterSeq, int limit) override;
    Result<QList<StoredOpText>> currentOpTexts(const QString &planId) override;
    Result<qint64> planHead(const QString &planId) override;
    Result<QList<StoredOp>> fieldOps(const QString &planId, const QString &entityType, const QString &field) override;
    Result<qint64> opCount() override;
    Result<std::optional<EntityRecord>> entity(const QString &planId, const QString &entityId) override;
    Result<QHash<QString, std::optional<EntityRecord>>> entities(const QString &planId, const QStringList &entityIds) override;
    Status recordEntity(const QString &planId, const QString &entityId, const EntityRecord &entity) override;

    Result<std::optional<AuditChainHead>> lockAuditChain(const QString &chain) override;
    Result<QList<qint64>> nextAuditSeqs(int count) override;
    Result<QList<AuditChainHead>> auditChains() override;
    Result<QByteArray> auditNameKey() override;
    Result<QList<AuditRecord>> chainEntries(const QString &chain, qint64 afterPos, int limit) override;
    Result<qint64> erasePlan(const QString &planId, const QByteArray &markerHash, qint64 erasureSeq, qint64 nowMs) override;
    Result<bool> planErased(const QByteArray &markerHash) override;
    Result<bool> memberLeft(const QString &planId, const QString &memberId) override;
    Status insertAudit(const AuditRecord &entry) override;
    Result<QList<AuditRecord>> auditEntries(const QString &planId, qint64 afterSeq, int limit) override;

private:
    explicit PgServiceStore(std::unique_ptr<PgConnection> db);
    /** Runs a statement after writing what m_pending holds; an Io failure sets writesFailing() (see noted). */
    Result<PgRows> exec(const QString &sql, const QVariantList &values = {});
    /** Runs a statement as it is, m_pending left unwritten: for the reads that look in m_pending first. */
    Result<PgRows> query(const QString &sql, const QVariantList &values = {});
    /** Writes what m_pending holds (PgWriteBuffer::flush). */
    Status flushPending();
    Status run(const QString &sql, const QVariantList &values = {});
    /** Inside a transaction: takes the plan's advisory lock once (held to COMMIT/ROLLBACK). */
    Status lockPlan(const QString &planId);
    /** Queues a notice for the commit; outside a transaction sends it at once. */
    Status notice(const LiveNotice &n);
    Status sendNotices(const QList<LiveNotice> &notices);
    void endTransaction();

    std::unique_ptr<PgConnection> m_db;
    QString m_instanceId;
    bool m_writesFailing = false;
    qint64 m_statements = 0;
    bool m_inTransaction = false;
    QSet<QString> m_lockedPlans; ///< plans locked in the open transaction
    QList<LiveNotice> m_notices; ///< to send at the commit of the open transaction
    PgWriteBuffer m_pending; ///< operations and entity records appended in the open transaction, not written yet
    /**
     * Plans this transaction appended to: (last_seq as its first append raised it, row-locking the plan to the
     * commit; the last number given since). Later appends count on from there without a round trip each, and
     * commit() writes the last number back once per plan.
     */
    QHash<QString, QPair<qint64, qint64>> m_seqs;
};

} // namespace samen::service
