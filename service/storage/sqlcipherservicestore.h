#pragma once

#include "storage/servicestore.h"
#include "store/database.h"

#include <QHash>

#include <memory>

namespace samen::service {

/** The embedded backend: one SQLCipher file per service instance, keyed with a raw 256-bit key. */
class SqlCipherServiceStore final : public ServiceStore
{
public:
    /** Opens (creating on first run) DIR/service.db with the 32-byte key and brings its schema up to date. */
    static Result<std::unique_ptr<SqlCipherServiceStore>> open(const QString &path, const QByteArray &rawKey);

    Status begin() override;
    Status commit() override;
    void rollback() override;
    bool writesFailing() const override { return m_writesFailing; }
    Result<qint64> changesByOthers() override;

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
    Result<qint64> appendOp(const QString &planId, const StoredOp &op, qint64 nowMs) override;
    Result<QList<StoredOpText>> opTextsAfter(const QString &planId, qint64 afterSeq, int limit) override;
    Result<QList<StoredOpText>> currentOpTexts(const QString &planId) override;
    Result<qint64> planHead(const QString &planId) override;
    Result<QList<StoredOp>> fieldOps(const QString &planId, const QString &entityType, const QString &field) override;
    Result<qint64> opCount() override;
    Result<std::optional<EntityRecord>> entity(const QString &planId, const QString &entityId) override;
    Status recordEntity(const QString &planId, const QString &entityId, const EntityRecord &entity) override;

    Result<std::optional<AuditChainHead>> lockAuditChain(const QString &chain) override;
    Result<QList<qint64>> nextAuditSeqs(int count) override;
    Status insertAudit(const AuditRecord &entry) override;
    Result<QList<AuditChainHead>> auditChains() override;
    Result<QByteArray> auditNameKey() override;
    Result<QList<AuditRecord>> chainEntries(const QString &chain, qint64 afterPos, int limit) override;
    Result<qint64> erasePlan(const QString &planId, const QByteArray &markerHash, qint64 erasureSeq, qint64 nowMs) override;
    Result<bool> planErased(const QByteArray &markerHash) override;
    Result<bool> memberLeft(const QString &planId, const QString &memberId) override;
    Result<QList<AuditRecord>> auditEntries(const QString &planId, qint64 afterSeq, int limit) override;

private:
    explicit SqlCipherServiceStore(std::unique_ptr<Database> db);
    Status migrate();
    /** Version 10: the current state of every plan so far (field_state and ops.current), from its whole history. */
    Status materialiseAllPlans();
    /** Prepares (cached) and binds; the caller steps or runs. */
    Result<Statement *> query(const QString &sql, const QVariantList &values = {});
    Status run(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<Database> m_db;
    qint64 m_statements = 0;
    /**
     * Inside a transaction (begin() to commit() or rollback()): each plan's highest sequence number once
     * appendOp read it, so the next is not read again with MAX(seq) for every operation of a push. The
     * transaction is the file's one writer, so no one else appends in between.
     */
    QHash<QString, qint64> m_lastSeq;
    bool m_inTransaction = false;
    bool m_writesFailing = false;
    /** Notes the outcome of a write: an I/O failure sets writesFailing(), a committed write clears it. */
    Status noted(Status status, bool committed);
};

} // namespace samen::service
