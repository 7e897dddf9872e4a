#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::service {

/** A device that enrolled: its Ed25519 public key and the account (person) it belongs to. */
struct DeviceRecord {
    QString id;
    QString accountId;
    QString displayName;
    QByteArray publicKey; ///< raw 32-byte Ed25519 key
    qint64 createdMs = 0;
    qint64 revokedMs = 0; ///< 0 while active
};

/** A bearer token (stored only as its SHA-256): the device it signs in and when it expires. */
struct TokenRecord {
    QString deviceId;
    qint64 expiresMs = 0;
};

/** A one-time enrolment code (stored hashed) that admits a device to an account. */
struct EnrolmentCodeRecord {
    QString accountId; ///< empty: a new account is created
    QString kind; ///< "citizen" or "professional"
    qint64 expiresMs = 0;
};

/** Membership of an account in a plan. */
struct MemberRecord {
    QString planId;
    QString memberId;
    QString accountId;
    QString kind; ///< "citizen", "network", "professional"
    QString role; ///< "owner" or "member"
    QString status; ///< "active", "pending" (awaiting the owner's confirmation), "removed"
    qint64 createdMs = 0;
    QString name; ///< the name the person gave when they joined (one line, at most 120 characters); empty for the owner
};

/** Access of one member to one domain of a plan. */
struct GrantRecord {
    QString planId;
    QString grantId;
    QString memberId;
    QString domainKey;
    QString access; ///< "read" or "write" (write includes read)
    QString purpose;
    qint64 untilMs = 0; ///< 0: no end
};

/** An invitation to join a plan; the code itself is only stored as a hash. */
struct InvitationRecord {
    QString planId;
    QString invitationId;
    QString kind;
    QJsonArray grants; ///< [{domainKey, access, purpose}] given to the member on confirmation
    QString createdByMember;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    QString status; ///< "pending", "redeemed", "withdrawn"
    QString memberId; ///< the member id the person gets (chosen at creation since schema 5; before, set when redeemed)
    QJsonObject invitee; ///< {name, relation?, organisation?, role?}: whom the owner invited ({} before schema 5)
    QString fromName; ///< how the owner is shown to the person invited
    qint64 untilMs = 0; ///< end of the offered grants (epoch ms); 0: no end
};

/** An accepted operation with its per-plan sequence number. */
struct StoredOp {
    qint64 seq = 0;
    QString domainKey; ///< empty: a plan-level entity
    QString entityType;
    QString field;
    QJsonObject op;
};

/**
 * An accepted operation as it is sent to devices: the columns a read rule needs and the
 * operation's JSON exactly as the service stored it (compact, keys in Qt's order, no "seq"),
 * never parsed on the way out (OpWire splices the sequence number in).
 */
struct StoredOpText {
    qint64 seq = 0;
    QString domainKey; ///< empty: a plan-level entity
    QString entityType;
    QString field;
    QByteArray json; ///< UTF-8, as stored
};

/**
 * What the service knows of one entity id of a plan: its type and life domain, fixed by
 * the first operation accepted for it (the plan's own id and its members' ids are
 * known before that). Neither ever changes: see docs/sync-protocol.md, push rule 6.
 */
struct EntityRecord {
    QString entityType;
    QString domainKey; ///< empty: plan-level
};

/** An organisation professionals work for, added by the operator (admin org add). */
struct OrganisationRecord {
    QString id;
    QString name; ///< as the operator typed it
    qint64 createdMs = 0;
};

/** A professional added by the operator; their devices enrol with a one-time code into accountId. */
struct ProfessionalRecord {
    QString id;
    QString organisationId;
    QString name; ///< as the operator typed it
    QString accountId;
    qint64 createdMs = 0;
};

/**
 * One entry of the tamper-evident audit log. The log is several hash chains (docs/security.md,
 * "The audit chain"): one per plan, one for service-wide entries, and the one chain every entry
 * was in before schema 9 ("legacy"). seq numbers entries across the whole log (rising, not
 * gapless); chainPos numbers them 1, 2, 3 ... within their chain.
 */
struct AuditRecord {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString planId; ///< empty for entries about devices
    QString actor; ///< device id, or "admin"
    QString action;
    QString target;
    QJsonObject detail;
    QString prevHash;
    QString hash;
    QString chain; ///< AuditLog::chainOf(planId), or "legacy"; kept when the entry is blanked
    qint64 chainPos = 0;
};

/** Where one audit chain ends: its key, its number of entries and the hash of its last entry (its genesis when empty). */
struct AuditChainHead {
    QString chain;
    qint64 size = 0;
    QString hash;
    bool operator==(const AuditChainHead &o) const { return chain == o.chain && size == o.size && hash == o.hash; }
};

/**
 * Everything the service persists, behind one interface with two backends: the embedded
 * SQLCipher file (SqlCipherServiceStore, one instance) and PostgreSQL (PgServiceStore,
 * several instances). Threading rule: one store per thread; the service uses it from
 * the event-loop thread only. Both pass the same contract tests
 * (tests/service/servicestorecontract_test.cpp).
 */
class ServiceStore
{
public:
    virtual ~ServiceStore() = default;

    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    /**
     * Whether writes are failing: true from a write or commit that failed with
     * ErrorCode::Io (disk full, file too large, read-only, I/O error) until the
     * next commit succeeds. For /healthz. (A small probe write is no test: it can
     * fit where a real change does not.)
     */
    virtual bool writesFailing() const = 0;

    /**
     * A number that changes whenever another process committed to the store since the previous
     * call, read without touching any table: SQLCipher's PRAGMA data_version (another connection to
     * the file, e.g. `samen-service admin revoke`). -1 when the backend cannot tell cheaply
     * (PostgreSQL, where other instances commit all the time: there the service learns of
     * revocations by LISTEN). AuthApi's token cache is cleared when it changes.
     */
    virtual Result<qint64> changesByOthers() = 0;

    /** How many SQL statements this store has run since it was opened: what an operation costs, for tests and diagnostics. */
    virtual qint64 statementCount() const = 0;

    virtual Status insertDevice(const DeviceRecord &device) = 0;
    virtual Result<std::optional<DeviceRecord>> device(const QString &deviceId) = 0;
    virtual Result<QList<DeviceRecord>> devicesOfAccount(const QString &accountId) = 0;
    virtual Status revokeDevice(const QString &deviceId, qint64 atMs) = 0;
    /** The ids of the devices revoked at or after sinceMs (epoch ms): one query, whatever the number of live sockets (LiveHub::sweep). */
    virtual Result<QStringList> devicesRevokedSince(qint64 sinceMs) = 0;
    /** Every device of every account, oldest first (for the operator's list). */
    virtual Result<QList<DeviceRecord>> allDevices() = 0;

    virtual Status insertOrganisation(const OrganisationRecord &organisation) = 0;
    virtual Result<QList<OrganisationRecord>> organisations() = 0;
    virtual Status insertProfessional(const ProfessionalRecord &professional) = 0;
    virtual Result<QList<ProfessionalRecord>> professionals() = 0;

    virtual Status insertEnrolmentCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code) = 0;
    /** Deletes and returns the code when it exists and has not expired (single use). */
    virtual Result<std::optional<EnrolmentCodeRecord>> takeEnrolmentCode(const QByteArray &codeHash, qint64 nowMs) = 0;

    /** Stores a challenge and keeps only the keepPerDevice latest of that device (older ones are deleted), so none can be piled up. */
    virtual Status insertChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 expiresMs, int keepPerDevice) = 0;
    /** Deletes the challenge; true when it existed for this device and had not expired. */
    virtual Result<bool> takeChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 nowMs) = 0;
    virtual Status insertToken(const QByteArray &tokenHash, const QString &deviceId, qint64 expiresMs) = 0;
    /** A live token's device and expiry; nullopt when unknown or expired (expiresMs <= nowMs). */
    virtual Result<std::optional<TokenRecord>> liveToken(const QByteArray &tokenHash, qint64 nowMs) = 0;
    /** The device a live token belongs to; empty when unknown or expired. */
    Result<QString> tokenDevice(const QByteArray &tokenHash, qint64 nowMs)
    {
        auto token = liveToken(tokenHash, nowMs);
        if (!token)
            return token.error();
        return token->has_value() ? token->value().deviceId : QString();
    }
    virtual Status deleteTokensOfDevice(const QString &deviceId) = 0;
    /** Deletes every token, challenge and enrolment code that expired at or before nowMs; returns how many. */
    virtual Result<qint64> purgeExpired(qint64 nowMs) = 0;

    virtual Status insertPlan(const QString &planId, const QString &ownerAccountId, qint64 createdMs) = 0;
    virtual Result<bool> planExists(const QString &planId) = 0;
    virtual Status upsertMember(const MemberRecord &member) = 0;
    virtual Result<QList<MemberRecord>> members(const QString &planId) = 0;
    virtual Result<QList<MemberRecord>> membershipsOfAccount(const QString &accountId) = 0;
    /** True when any plan has a member with this id (member ids are unique across plans). */
    virtual Result<bool> memberIdInUse(const QString &memberId) = 0;
    /**
     * Whether any plan holds id as an entity (its plan, a member record, a goal, ...), as the first
     * operation naming it fixed it (entities table, indexed by entity id). POST /v1/plans refuses such
     * an id as the new owner's member id: a member record pushed by one plan's owner is never taken
     * as someone else's identity in another plan (review 2 finding 29; docs/security.md).
     */
    virtual Result<bool> entityIdInUse(const QString &id) = 0;
    virtual Status insertGrant(const GrantRecord &grant) = 0;
    virtual Result<bool> deleteGrant(const QString &planId, const QString &grantId) = 0;
    virtual Result<QList<GrantRecord>> grants(const QString &planId) = 0;

    virtual Status insertInvitation(const InvitationRecord &invitation, const QByteArray &codeHash) = 0;
    virtual Result<QList<InvitationRecord>> invitations(const QString &planId) = 0;
    virtual Result<std::optional<InvitationRecord>> invitationByCode(const QByteArray &codeHash) = 0;
    virtual Status updateInvitation(const InvitationRecord &invitation) = 0;

    virtual Result<std::optional<StoredOp>> opById(const QString &planId, const QString &opId) = 0;
    /**
     * opById for many ids at once (a push asks about all of its own before its checks): the
     * operations of the plan among opIds, by opId; ids it does not have are left out. By default
     * opById per id; a store with a round trip per statement asks once (PgServiceStore).
     */
    virtual Result<QHash<QString, StoredOp>> opsById(const QString &planId, const QStringList &opIds);
    /**
     * Stores an accepted operation under the plan's next sequence number (returned) and, in the same
     * transaction, folds it into the plan's current state (MaterialisedField: per entity and field the
     * operations that make it up now), so a snapshot never merges the whole history.
     */
    virtual Result<qint64> appendOp(const QString &planId, const StoredOp &op, qint64 nowMs) = 0;
    /** At most limit operations of a plan with a sequence number above afterSeq, in sequence order, as stored (a pull). */
    virtual Result<QList<StoredOpText>> opTextsAfter(const QString &planId, qint64 afterSeq, int limit) = 0;
    /** opTextsAfter, each operation parsed. */
    Result<QList<StoredOp>> opsAfter(const QString &planId, qint64 afterSeq, int limit) { return parsed(opTextsAfter(planId, afterSeq, limit)); }
    /**
     * The plan's current state as appendOp keeps it: per (entity id, field) its last writer, and for
     * free-text fields every value no later edit replaced (what samen::mergeField gives for all the
     * field's operations), in sequence order, as stored (a snapshot). One query, whatever the length of the history.
     */
    virtual Result<QList<StoredOpText>> currentOpTexts(const QString &planId) = 0;
    /** currentOpTexts, each operation parsed. */
    Result<QList<StoredOp>> currentOps(const QString &planId) { return parsed(currentOpTexts(planId)); }
    /** The highest sequence number of a plan's operations; 0 when it has none (or the plan is unknown). */
    virtual Result<qint64> planHead(const QString &planId) = 0;
    /** Every accepted operation of a plan on one field of one entity type (an agreement's whoId, ...), in sequence order. */
    virtual Result<QList<StoredOp>> fieldOps(const QString &planId, const QString &entityType, const QString &field) = 0;
    virtual Result<qint64> opCount() = 0;
    /** The type and domain of an entity id of the plan, as its first accepted operation fixed them; empty when no operation names it. */
    virtual Result<std::optional<EntityRecord>> entity(const QString &planId, const QString &entityId) = 0;
    /** entity() for many ids at once: every id of entityIds, with its record or nullopt. By default entity() per id. */
    virtual Result<QHash<QString, std::optional<EntityRecord>>> entities(const QString &planId, const QStringList &entityIds);
    /** Records an entity id's type and domain, in the transaction of its first accepted operation; a known id is left as it is. */
    virtual Status recordEntity(const QString &planId, const QString &entityId, const EntityRecord &entity) = 0;

    /**
     * Erases a plan (docs/security.md, "Erasing a plan"), inside the caller's transaction:
     * deletes its operations, entity records, grants, invitations (their code hashes with
     * them), members and the plan itself; blanks every audit entry of the plan in place
     * (plan, actor, action "erased", target and time emptied; detail {"erasedBy": erasureSeq};
     * seq and hashes kept so the chain still links); and keeps markerHash (SHA-256 of the
     * plan id) so a device that still holds the plan hears "plan-erased". Returns how many
     * audit entries were blanked.
     */
    virtual Result<qint64> erasePlan(const QString &planId, const QByteArray &markerHash, qint64 erasureSeq, qint64 nowMs) = 0;
    /** True when a plan whose id hashes to markerHash was erased. */
    virtual Result<bool> planErased(const QByteArray &markerHash) = 0;

    /**
     * Inside a transaction: locks one audit chain to the commit and returns its head as recorded
     * with its last entry; nullopt while it has none. Only that chain is locked (PostgreSQL: the row
     * lock of its head; no lock shared by all chains), so two plans' audited writes do not wait for
     * each other; on SQLCipher the file has one writer anyway.
     */
    virtual Result<std::optional<AuditChainHead>> lockAuditChain(const QString &chain) = 0;
    /**
     * count new entry numbers, each higher than every number handed out before (PostgreSQL: a
     * sequence, which takes no lock; SQLCipher: MAX(seq)+1 ..., under the file's one writer).
     */
    virtual Result<QList<qint64>> nextAuditSeqs(int count) = 0;
    /** Inserts an entry (chain and chainPos set) and records it as its chain's head; a taken chain position fails (unique index), so a chain never forks. */
    virtual Status insertAudit(const AuditRecord &entry) = 0;
    /**
     * The service's secret for the names plans' audit chains have in a signed head (AuditHead::published):
     * 32 random bytes made once, when the store was created or migrated (SQLCipher schema 11, PostgreSQL
     * version 6), the same for every instance of one database.
     */
    virtual Result<QByteArray> auditNameKey() = 0;
    /** Every chain's head as recorded with its last entry, ordered by chain key (byte order). */
    virtual Result<QList<AuditChainHead>> auditChains() = 0;
    /** One chain's entries after position afterPos, in chain order. */
    virtual Result<QList<AuditRecord>> chainEntries(const QString &chain, qint64 afterPos, int limit) = 0;
    /**
     * True when the member's last membership change in the plan's audit log (member.leave, member.remove,
     * member.decline) is member.leave: they left on their own (DELETE of their own member id), not removed.
     * One indexed read of the plan's entries for that target, newest first.
     */
    virtual Result<bool> memberLeft(const QString &planId, const QString &memberId) = 0;
    /** Entries in sequence order; planId empty: all of them. */
    virtual Result<QList<AuditRecord>> auditEntries(const QString &planId, qint64 afterSeq, int limit) = 0;

private:
    static Result<QList<StoredOp>> parsed(const Result<QList<StoredOpText>> &texts)
    {
        if (!texts)
            return texts.error();
        QList<StoredOp> out;
        out.reserve(texts->size());
        for (const StoredOpText &t : texts.value())
            out.append({ t.seq, t.domainKey, t.entityType, t.field, QJsonDocument::fromJson(t.json).object() });
        return out;
    }
};

} // namespace samen::service
