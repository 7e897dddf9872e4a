#include "storage/sqlcipherservicestore.h"

#include "security/crypto.h"
#include "storage/materialisedfield.h"
#include "storage/roleops.h"

#include <QJsonDocument>

namespace samen::service {

namespace {

constexpr int kSchemaVersion = 12;

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

DeviceRecord deviceFrom(const Statement &s)
{
    return { s.text(0), s.text(1), s.text(2), s.blob(3), s.integer(4), s.integer(5) };
}

MemberRecord memberFrom(const Statement &s)
{
    return { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.integer(6), s.text(7) };
}

InvitationRecord invitationFrom(const Statement &s)
{
    return { s.text(0),    s.text(1),
             s.text(2),    QJsonDocument::fromJson(s.text(3).toUtf8()).array(),
             s.text(4),    s.integer(5),
             s.integer(6), s.text(7),
             s.text(8),    parseObject(s.text(9)),
             s.text(10),   s.integer(11) };
}

StoredOp storedOpFrom(const Statement &s)
{
    return { s.integer(0), s.text(1), s.text(2), s.text(3), parseObject(s.text(4)) };
}

// The body's bytes as stored (blob() of a TEXT column gives its UTF-8 unconverted).
StoredOpText storedOpTextFrom(const Statement &s)
{
    return { s.integer(0), s.text(1), s.text(2), s.text(3), s.blob(4) };
}

AuditRecord auditFrom(const Statement &s)
{
    return { s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5), parseObject(s.text(6)), s.text(7), s.text(8), s.text(9), s.integer(10) };
}

const QString kDeviceColumns = QStringLiteral("id, account_id, display_name, public_key, created_ms, revoked_ms");
const QString kMemberColumns = QStringLiteral("plan_id, member_id, account_id, kind, role, status, created_ms, name");
const QString kInvitationColumns
    = QStringLiteral("plan_id, invitation_id, kind, grants, created_by, created_ms, expires_ms, status, member_id, invitee, from_name, until_ms");
const QString kAuditColumns = QStringLiteral("seq, at_ms, plan_id, actor, action, target, detail, prev_hash, hash, chain, chain_pos");

// Collects every row of a query through a row converter.
template<typename T, typename F> Result<QList<T>> collect(Result<Statement *> st, F convert)
{
    if (!st)
        return st.error();
    QList<T> out;
    for (;;) {
        auto row = st.value()->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(convert(*st.value()));
    }
}

template<typename T, typename F> Result<std::optional<T>> first(Result<Statement *> st, F convert)
{
    auto all = collect<T>(std::move(st), convert);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<T> {};
    return std::optional<T> { all->first() };
}

} // namespace

SqlCipherServiceStore::SqlCipherServiceStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

Result<std::unique_ptr<SqlCipherServiceStore>> SqlCipherServiceStore::open(const QString &path, const QByteArray &rawKey)
{
    auto db = Database::open(path, DatabaseKey::raw(rawKey), true);
    if (!db)
        return db.error();
    std::unique_ptr<SqlCipherServiceStore> store(new SqlCipherServiceStore(std::move(db.value())));
    // 64 MiB of decrypted pages instead of SQLite's 2 MiB: each page read from the file is decrypted and its HMAC
    // checked, and a push's entries in the indexes by random ids land on pages all over a large file. Measured with
    // samen_service_bench --compare (SQLCipher, same run): push 5,440 / 6,600 / 9,439 -> 6,106 / 7,319 / 9,959 ops/s
    // with 1 / 10 / 100 devices, a 500-goal snapshot p50 7.0 -> 2.6 ms. The cache is filled as pages are read.
    if (Status s = store->m_db->exec(QStringLiteral("PRAGMA cache_size = -65536")); !s)
        return s.error();
    if (Status s = store->migrate(); !s)
        return s.error();
    return store;
}

Status SqlCipherServiceStore::migrate()
{
    auto version = query(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto row = version.value()->step();
    if (!row)
        return row.error();
    const qint64 current = row.value() ? version.value()->integer(0) : 0;
    (void)version.value()->step();
    if (current > kSchemaVersion)
        return Status::fail(ErrorCode::TooNew, QStringLiteral("The service database was made by a newer samen-service."));
    if (current == kSchemaVersion)
        return {};
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    switch (current) {
    case 0: {
        const char *statements[] = {
            "CREATE TABLE devices (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, display_name TEXT NOT NULL, public_key BLOB NOT NULL,"
            " created_ms INTEGER NOT NULL, revoked_ms INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX devices_account ON devices(account_id)",
            "CREATE TABLE enrolment_codes (code_hash BLOB PRIMARY KEY, account_id TEXT NOT NULL, kind TEXT NOT NULL, expires_ms INTEGER NOT NULL)",
            "CREATE TABLE challenges (nonce_hash BLOB PRIMARY KEY, device_id TEXT NOT NULL, expires_ms INTEGER NOT NULL)",
            "CREATE TABLE tokens (token_hash BLOB PRIMARY KEY, device_id TEXT NOT NULL, expires_ms INTEGER NOT NULL)",
            "CREATE INDEX tokens_device ON tokens(device_id)",
            "CREATE TABLE plans (id TEXT PRIMARY KEY, owner_account TEXT NOT NULL, created_ms INTEGER NOT NULL)",
            "CREATE TABLE members (plan_id TEXT NOT NULL, member_id TEXT NOT NULL, account_id TEXT NOT NULL, kind TEXT NOT NULL, role TEXT NOT NULL,"
            " status TEXT NOT NULL, created_ms INTEGER NOT NULL, PRIMARY KEY (plan_id, member_id))",
            "CREATE INDEX members_account ON members(account_id)",
            "CREATE TABLE grants (plan_id TEXT NOT NULL, grant_id TEXT NOT NULL, member_id TEXT NOT NULL, domain_key TEXT NOT NULL, access TEXT NOT NULL,"
            " purpose TEXT NOT NULL, until_ms INTEGER NOT NULL, PRIMARY KEY (plan_id, grant_id))",
            "CREATE TABLE invitations (plan_id TEXT NOT NULL, invitation_id TEXT NOT NULL, code_hash BLOB NOT NULL UNIQUE, kind TEXT NOT NULL,"
            " grants TEXT NOT NULL, created_by TEXT NOT NULL, created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL, status TEXT NOT NULL,"
            " member_id TEXT NOT NULL DEFAULT '', PRIMARY KEY (plan_id, invitation_id))",
            "CREATE TABLE ops (plan_id TEXT NOT NULL, seq INTEGER NOT NULL, op_id TEXT NOT NULL, entity_type TEXT NOT NULL, field TEXT NOT NULL,"
            " domain_key TEXT NOT NULL, body TEXT NOT NULL, received_ms INTEGER NOT NULL, PRIMARY KEY (plan_id, seq), UNIQUE (plan_id, op_id))",
            "CREATE TABLE entity_domains (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, domain_key TEXT NOT NULL, PRIMARY KEY (plan_id, entity_id))",
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, plan_id TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
            " target TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
            "CREATE INDEX audit_plan ON audit(plan_id, seq)",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 1: {
        // Version 2: the operator's register of organisations and professionals (admin commands).
        const char *statements[] = {
            "CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_ms INTEGER NOT NULL)",
            "CREATE TABLE professionals (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL,"
            " account_id TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL)",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 2: {
        // Version 3: a client may choose its owner member id, which must be unused in every plan; and every
        // timeline entry is recorded in entity_domains ("" = plan-level), so the service knows which exist.
        const char *statements[] = {
            "CREATE INDEX members_member ON members(member_id)",
            "INSERT OR IGNORE INTO entity_domains (plan_id, entity_id, domain_key)"
            " SELECT plan_id, json_extract(body, '$.entityId'), domain_key FROM ops WHERE entity_type = 'timeline' ORDER BY seq",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 3: {
        // Version 4: every entity id with its type and domain (entity_domains held the domain-scoped ones
        // and timeline entries only), so an operation naming an id under another type is refused. Filled
        // from the plans' own ids, their members' ids, then the first stored operation of every other id:
        // what the service accepted first is the entity; a later operation of another type (accepted
        // before this check existed) does not change it.
        const char *statements[] = {
            "CREATE TABLE entities (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, entity_type TEXT NOT NULL, domain_key TEXT NOT NULL,"
            " PRIMARY KEY (plan_id, entity_id))",
            "INSERT OR IGNORE INTO entities (plan_id, entity_id, entity_type, domain_key) SELECT id, id, 'plan', '' FROM plans",
            "INSERT OR IGNORE INTO entities (plan_id, entity_id, entity_type, domain_key) SELECT plan_id, member_id, 'member', '' FROM members",
            "INSERT OR IGNORE INTO entities (plan_id, entity_id, entity_type, domain_key)"
            " SELECT o.plan_id, o.entity_id, o.entity_type, o.domain_key FROM"
            " (SELECT plan_id, json_extract(body, '$.entityId') AS entity_id, entity_type, domain_key,"
            "  ROW_NUMBER() OVER (PARTITION BY plan_id, json_extract(body, '$.entityId') ORDER BY seq) AS n FROM ops) AS o"
            " WHERE o.n = 1 ORDER BY o.plan_id, o.entity_id",
            "DROP TABLE entity_domains",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 4: {
        // Version 5: the people around the citizen. A member keeps the name they gave when joining; an
        // invitation keeps whom it was for, how the owner is shown to them and the end of the offered
        // grants. Older rows get empty values (nothing was known).
        const char *statements[] = {
            "ALTER TABLE members ADD COLUMN name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE invitations ADD COLUMN invitee TEXT NOT NULL DEFAULT '{}'",
            "ALTER TABLE invitations ADD COLUMN from_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE invitations ADD COLUMN until_ms INTEGER NOT NULL DEFAULT 0",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 5:
        // Version 6: who a plan's meetings and agreements name is read from a few fields of its
        // operations on every member's pull (PlanRoles, fieldOps); an index so that is not a scan
        // of all the plan's operations.
        if (Status s = m_db->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS ops_field ON ops(plan_id, entity_type, field, seq)")); !s)
            return s;
        [[fallthrough]];
    case 6:
        // Version 7: erased plans, known only by the SHA-256 of their id (docs/security.md, "Erasing a plan").
        if (Status s = m_db->exec(QStringLiteral("CREATE TABLE erased_plans (plan_hash BLOB PRIMARY KEY, erased_ms INTEGER NOT NULL)")); !s)
            return s;
        [[fallthrough]];
    case 7:
        // Version 8: entity ids looked up across plans (entityIdInUse, when a plan is registered).
        if (Status s = m_db->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entities_entity ON entities(entity_id)")); !s)
            return s;
        [[fallthrough]];
    case 8: {
        // Version 9: an audit chain per plan (docs/security.md, "The audit chain"). Every entry so far is
        // the "legacy" chain, in seq order (seq ran 1, 2, 3 ... in it), with its recorded head; it stays
        // verifiable as it was and takes no new entries.
        const char *statements[] = {
            "ALTER TABLE audit ADD COLUMN chain TEXT NOT NULL DEFAULT 'legacy'",
            "ALTER TABLE audit ADD COLUMN chain_pos INTEGER NOT NULL DEFAULT 0",
            "UPDATE audit SET chain_pos = seq",
            "CREATE UNIQUE INDEX audit_chain ON audit(chain, chain_pos)",
            "CREATE INDEX IF NOT EXISTS devices_revoked ON devices(revoked_ms)", // LiveHub's sweep: the devices revoked lately
            "CREATE TABLE audit_chains (chain TEXT PRIMARY KEY, size INTEGER NOT NULL, head_hash TEXT NOT NULL)",
            "INSERT INTO audit_chains (chain, size, head_hash) SELECT 'legacy', COUNT(*), (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1) FROM audit"
            " HAVING COUNT(*) > 0",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        [[fallthrough]];
    }
    case 9: {
        // Version 10: every plan's current state kept as operations are accepted (MaterialisedField), so a
        // snapshot reads it instead of merging the whole history: per (entity, field) its state, and on each
        // operation whether it is part of the current state now. Filled from the history of every plan.
        const char *statements[] = {
            // WITHOUT ROWID: the rows live in their key's B-tree, so a push writes one B-tree of it, not a table and an index.
            "CREATE TABLE field_state (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, state TEXT NOT NULL,"
            " PRIMARY KEY (plan_id, entity_id, field)) WITHOUT ROWID",
            "ALTER TABLE ops ADD COLUMN current INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX ops_current ON ops(plan_id, seq) WHERE current = 1",
        };
        for (const char *sql : statements) {
            if (Status s = m_db->exec(QString::fromLatin1(sql)); !s)
                return s;
        }
        if (Status s = materialiseAllPlans(); !s)
            return s;
        [[fallthrough]];
    }
    case 10:
        // Version 11: the secret that names plans' audit chains in a signed head (docs/security.md, "The audit chain").
        if (Status s = m_db->exec(QStringLiteral("CREATE TABLE service_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)")); !s)
            return s;
        if (Status s = run(QStringLiteral("INSERT INTO service_secrets (name, value) VALUES ('audit-chain-names', ?1)"), { Crypto::randomBytes(32) }); !s)
            return s;
        [[fallthrough]];
    case 11:
        // Version 12: the operations' index by field holds only the fields PlanRoles reads (roleops.h). Every goal,
        // step and story operation added an entry under its (type, field), four places in the index for a push of new
        // goals, where a leaf split rewrote its neighbours too.
        if (Status s = m_db->exec(QStringLiteral("DROP INDEX IF EXISTS ops_field")); !s)
            return s;
        if (Status s = m_db->exec(QStringLiteral("CREATE INDEX ops_roles ON ops(plan_id, entity_type, field, seq) WHERE ") + roleops::kCondition); !s)
            return s;
        [[fallthrough]];
    default:
        break;
    }
    if (Status s = m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)); !s)
        return s;
    return tx.commit();
}

Status SqlCipherServiceStore::materialiseAllPlans()
{
    QStringList plans;
    if (Status s = m_db->forEachRow(QStringLiteral("SELECT DISTINCT plan_id FROM ops ORDER BY plan_id"), {},
                                    [&plans](const Statement &st) { plans.append(st.text(0)); });
        !s)
        return s;
    for (const QString &planId : std::as_const(plans)) {
        QHash<QPair<QString, QString>, MaterialisedField> fields;
        if (Status s = m_db->forEachRow(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = ?1 ORDER BY seq"), { planId },
                                        [&fields](const Statement &st) {
                                            const StoredOp op = storedOpFrom(st);
                                            fields[MaterialisedField::keyOf(op)].apply(op);
                                        });
            !s)
            return s;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (Status s = run(QStringLiteral("INSERT INTO field_state (plan_id, entity_id, field, state) VALUES (?1, ?2, ?3, ?4)"),
                               { planId, it.key().first, it.key().second, it.value().toText() });
                !s)
                return s;
            for (const qint64 seq : it.value().heads()) {
                if (Status s = run(QStringLiteral("UPDATE ops SET current = 1 WHERE plan_id = ?1 AND seq = ?2"), { planId, seq }); !s)
                    return s;
            }
        }
    }
    return {};
}

Result<Statement *> SqlCipherServiceStore::query(const QString &sql, const QVariantList &values)
{
    ++m_statements;
    auto st = m_db->prepare(sql);
    if (!st)
        return st.error();
    st.value()->bind(values);
    return st.value();
}

Status SqlCipherServiceStore::run(const QString &sql, const QVariantList &values)
{
    auto st = query(sql, values);
    if (!st)
        return st.error();
    return noted(st.value()->run(), false);
}

Status SqlCipherServiceStore::noted(Status status, bool committed)
{
    if (!status && status.error().code == ErrorCode::Io)
        m_writesFailing = true;
    else if (status && committed)
        m_writesFailing = false;
    return status;
}

Status SqlCipherServiceStore::begin()
{
    m_lastSeq.clear();
    Status s = noted(m_db->exec(QStringLiteral("BEGIN IMMEDIATE")), false);
    m_inTransaction = s.ok();
    return s;
}

Status SqlCipherServiceStore::commit()
{
    m_lastSeq.clear();
    m_inTransaction = false;
    return noted(m_db->exec(QStringLiteral("COMMIT")), true);
}

void SqlCipherServiceStore::rollback()
{
    m_lastSeq.clear();
    m_inTransaction = false;
    (void)m_db->exec(QStringLiteral("ROLLBACK"));
}

Status SqlCipherServiceStore::insertDevice(const DeviceRecord &d)
{
    return run(QStringLiteral("INSERT INTO devices (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").arg(kDeviceColumns),
               { d.id, d.accountId, d.displayName, d.publicKey, d.createdMs, d.revokedMs });
}

Result<std::optional<DeviceRecord>> SqlCipherServiceStore::device(const QString &deviceId)
{
    return first<DeviceRecord>(query(QStringLiteral("SELECT %1 FROM devices WHERE id = ?1").arg(kDeviceColumns), { deviceId }), deviceFrom);
}

Result<QList<DeviceRecord>> SqlCipherServiceStore::devicesOfAccount(const QString &accountId)
{
    return collect<DeviceRecord>(
        query(QStringLiteral("SELECT %1 FROM devices WHERE account_id = ?1 ORDER BY created_ms, id").arg(kDeviceColumns), { accountId }), deviceFrom);
}

Status SqlCipherServiceStore::revokeDevice(const QString &deviceId, qint64 atMs)
{
    return run(QStringLiteral("UPDATE devices SET revoked_ms = ?2 WHERE id = ?1 AND revoked_ms = 0"), { deviceId, atMs });
}

Result<QList<DeviceRecord>> SqlCipherServiceStore::allDevices()
{
    return collect<DeviceRecord>(query(QStringLiteral("SELECT %1 FROM devices ORDER BY created_ms, id").arg(kDeviceColumns)), deviceFrom);
}

Result<QStringList> SqlCipherServiceStore::devicesRevokedSince(qint64 sinceMs)
{
    return collect<QString>(query(QStringLiteral("SELECT id FROM devices WHERE revoked_ms >= ?1 AND revoked_ms > 0"), { sinceMs }),
                            [](const Statement &st) { return st.text(0); });
}

Status SqlCipherServiceStore::insertOrganisation(const OrganisationRecord &o)
{
    return run(QStringLiteral("INSERT INTO organisations (id, name, created_ms) VALUES (?1, ?2, ?3)"), { o.id, o.name, o.createdMs });
}

Result<QList<OrganisationRecord>> SqlCipherServiceStore::organisations()
{
    return collect<OrganisationRecord>(query(QStringLiteral("SELECT id, name, created_ms FROM organisations ORDER BY created_ms, id")), [](const Statement &s) {
        return OrganisationRecord { s.text(0), s.text(1), s.integer(2) };
    });
}

Status SqlCipherServiceStore::insertProfessional(const ProfessionalRecord &p)
{
    return run(QStringLiteral("INSERT INTO professionals (id, organisation_id, name, account_id, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)"),
               { p.id, p.organisationId, p.name, p.accountId, p.createdMs });
}

Result<QList<ProfessionalRecord>> SqlCipherServiceStore::professionals()
{
    return collect<ProfessionalRecord>(
        query(QStringLiteral("SELECT id, organisation_id, name, account_id, created_ms FROM professionals ORDER BY created_ms, id")), [](const Statement &s) {
            return ProfessionalRecord { s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4) };
        });
}

Status SqlCipherServiceStore::insertEnrolmentCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code)
{
    return run(QStringLiteral("INSERT INTO enrolment_codes (code_hash, account_id, kind, expires_ms) VALUES (?1, ?2, ?3, ?4)"),
               { codeHash, code.accountId, code.kind, code.expiresMs });
}

Result<std::optional<EnrolmentCodeRecord>> SqlCipherServiceStore::takeEnrolmentCode(const QByteArray &codeHash, qint64 nowMs)
{
    auto found = first<EnrolmentCodeRecord>(
        query(QStringLiteral("SELECT account_id, kind, expires_ms FROM enrolment_codes WHERE code_hash = ?1"), { codeHash }), [](const Statement &s) {
            return EnrolmentCodeRecord { s.text(0), s.text(1), s.integer(2) };
        });
    if (!found || !found->has_value())
        return found;
    if (Status s = run(QStringLiteral("DELETE FROM enrolment_codes WHERE code_hash = ?1"), { codeHash }); !s)
        return s.error();
    if (found->value().expiresMs <= nowMs)
        return std::optional<EnrolmentCodeRecord> {};
    return found;
}

Status SqlCipherServiceStore::insertChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 expiresMs, int keepPerDevice)
{
    if (Status s = run(QStringLiteral("INSERT INTO challenges (nonce_hash, device_id, expires_ms) VALUES (?1, ?2, ?3)"), { nonceHash, deviceId, expiresMs });
        !s)
        return s;
    // rowid order is insertion order: the newest keepPerDevice stay.
    return run(QStringLiteral("DELETE FROM challenges WHERE device_id = ?1 AND rowid NOT IN "
                              "(SELECT rowid FROM challenges WHERE device_id = ?1 ORDER BY rowid DESC LIMIT ?2)"),
               { deviceId, keepPerDevice });
}

Result<bool> SqlCipherServiceStore::takeChallenge(const QByteArray &nonceHash, const QString &deviceId, qint64 nowMs)
{
    auto found = first<qint64>(query(QStringLiteral("SELECT expires_ms FROM challenges WHERE nonce_hash = ?1 AND device_id = ?2"), { nonceHash, deviceId }),
                               [](const Statement &s) { return s.integer(0); });
    if (!found)
        return found.error();
    // Single use: gone after the first attempt, whether it succeeds or not; expired ones are swept too.
    if (Status s = run(QStringLiteral("DELETE FROM challenges WHERE nonce_hash = ?1 OR expires_ms <= ?2"), { nonceHash, nowMs }); !s)
        return s.error();
    return found->has_value() && found->value() > nowMs;
}

Status SqlCipherServiceStore::insertToken(const QByteArray &tokenHash, const QString &deviceId, qint64 expiresMs)
{
    return run(QStringLiteral("INSERT INTO tokens (token_hash, device_id, expires_ms) VALUES (?1, ?2, ?3)"), { tokenHash, deviceId, expiresMs });
}

Result<std::optional<TokenRecord>> SqlCipherServiceStore::liveToken(const QByteArray &tokenHash, qint64 nowMs)
{
    return first<TokenRecord>(query(QStringLiteral("SELECT device_id, expires_ms FROM tokens WHERE token_hash = ?1 AND expires_ms > ?2"), { tokenHash, nowMs }),
                              [](const Statement &s) {
                                  return TokenRecord { s.text(0), s.integer(1) };
                              });
}

Result<qint64> SqlCipherServiceStore::changesByOthers()
{
    // SQLite: the value differs between two calls on one connection when another connection committed in between
    // (https://www.sqlite.org/pragma.html#pragma_data_version); it reads the WAL index, no table.
    auto version = first<qint64>(query(QStringLiteral("PRAGMA data_version")), [](const Statement &s) { return s.integer(0); });
    if (!version)
        return version.error();
    return version->value_or(0);
}

Status SqlCipherServiceStore::deleteTokensOfDevice(const QString &deviceId)
{
    return run(QStringLiteral("DELETE FROM tokens WHERE device_id = ?1"), { deviceId });
}

Result<qint64> SqlCipherServiceStore::purgeExpired(qint64 nowMs)
{
    qint64 removed = 0;
    for (const char *table : { "tokens", "challenges", "enrolment_codes" }) {
        if (Status s = run(QStringLiteral("DELETE FROM %1 WHERE expires_ms <= ?1").arg(QLatin1String(table)), { nowMs }); !s)
            return s.error();
        removed += m_db->changes();
    }
    return removed;
}

Status SqlCipherServiceStore::insertPlan(const QString &planId, const QString &ownerAccountId, qint64 createdMs)
{
    return run(QStringLiteral("INSERT INTO plans (id, owner_account, created_ms) VALUES (?1, ?2, ?3)"), { planId, ownerAccountId, createdMs });
}

Result<bool> SqlCipherServiceStore::planExists(const QString &planId)
{
    auto found = first<qint64>(query(QStringLiteral("SELECT 1 FROM plans WHERE id = ?1"), { planId }), [](const Statement &s) { return s.integer(0); });
    if (!found)
        return found.error();
    return found->has_value();
}

Status SqlCipherServiceStore::upsertMember(const MemberRecord &m)
{
    // A member id invited again after removal is the new person's: account, name and date follow.
    return run(QStringLiteral("INSERT INTO members (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (plan_id, member_id) DO UPDATE SET"
                              " account_id = excluded.account_id, kind = excluded.kind, role = excluded.role, status = excluded.status,"
                              " created_ms = excluded.created_ms, name = excluded.name")
                   .arg(kMemberColumns),
               { m.planId, m.memberId, m.accountId, m.kind, m.role, m.status, m.createdMs, m.name });
}

Result<QList<MemberRecord>> SqlCipherServiceStore::members(const QString &planId)
{
    return collect<MemberRecord>(
        query(QStringLiteral("SELECT %1 FROM members WHERE plan_id = ?1 ORDER BY created_ms, member_id").arg(kMemberColumns), { planId }), memberFrom);
}

Result<bool> SqlCipherServiceStore::entityIdInUse(const QString &id)
{
    auto found
        = first<qint64>(query(QStringLiteral("SELECT 1 FROM entities WHERE entity_id = ?1 LIMIT 1"), { id }), [](const Statement &s) { return s.integer(0); });
    if (!found)
        return found.error();
    return found->has_value();
}

Result<bool> SqlCipherServiceStore::memberIdInUse(const QString &memberId)
{
    auto found = first<qint64>(query(QStringLiteral("SELECT 1 FROM members WHERE member_id = ?1 LIMIT 1"), { memberId }),
                               [](const Statement &s) { return s.integer(0); });
    if (!found)
        return found.error();
    return found->has_value();
}

Result<QList<MemberRecord>> SqlCipherServiceStore::membershipsOfAccount(const QString &accountId)
{
    return collect<MemberRecord>(
        query(QStringLiteral("SELECT %1 FROM members WHERE account_id = ?1 ORDER BY created_ms, plan_id").arg(kMemberColumns), { accountId }), memberFrom);
}

Status SqlCipherServiceStore::insertGrant(const GrantRecord &g)
{
    return run(QStringLiteral("INSERT INTO grants (plan_id, grant_id, member_id, domain_key, access, purpose, until_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
               { g.planId, g.grantId, g.memberId, g.domainKey, g.access, g.purpose, g.untilMs });
}

Result<bool> SqlCipherServiceStore::deleteGrant(const QString &planId, const QString &grantId)
{
    if (Status s = run(QStringLiteral("DELETE FROM grants WHERE plan_id = ?1 AND grant_id = ?2"), { planId, grantId }); !s)
        return s.error();
    auto changed = first<qint64>(query(QStringLiteral("SELECT changes()")), [](const Statement &s) { return s.integer(0); });
    if (!changed)
        return changed.error();
    return changed->value_or(0) > 0;
}

Result<QList<GrantRecord>> SqlCipherServiceStore::grants(const QString &planId)
{
    return collect<GrantRecord>(
        query(QStringLiteral("SELECT plan_id, grant_id, member_id, domain_key, access, purpose, until_ms FROM grants WHERE plan_id = ?1 ORDER BY grant_id"),
              { planId }),
        [](const Statement &s) { return GrantRecord { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.integer(6) }; });
}

Status SqlCipherServiceStore::insertInvitation(const InvitationRecord &i, const QByteArray &codeHash)
{
    return run(
        QStringLiteral("INSERT INTO invitations (%1, code_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)").arg(kInvitationColumns),
        { i.planId, i.invitationId, i.kind, compact(i.grants), i.createdByMember, i.createdMs, i.expiresMs, i.status, i.memberId, compact(i.invitee),
          i.fromName, i.untilMs, codeHash });
}

Result<QList<InvitationRecord>> SqlCipherServiceStore::invitations(const QString &planId)
{
    return collect<InvitationRecord>(
        query(QStringLiteral("SELECT %1 FROM invitations WHERE plan_id = ?1 ORDER BY created_ms, invitation_id").arg(kInvitationColumns), { planId }),
        invitationFrom);
}

Result<std::optional<InvitationRecord>> SqlCipherServiceStore::invitationByCode(const QByteArray &codeHash)
{
    return first<InvitationRecord>(query(QStringLiteral("SELECT %1 FROM invitations WHERE code_hash = ?1").arg(kInvitationColumns), { codeHash }),
                                   invitationFrom);
}

Status SqlCipherServiceStore::updateInvitation(const InvitationRecord &i)
{
    return run(QStringLiteral("UPDATE invitations SET status = ?3, member_id = ?4 WHERE plan_id = ?1 AND invitation_id = ?2"),
               { i.planId, i.invitationId, i.status, i.memberId });
}

Result<std::optional<StoredOp>> SqlCipherServiceStore::opById(const QString &planId, const QString &opId)
{
    return first<StoredOp>(
        query(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = ?1 AND op_id = ?2"), { planId, opId }), storedOpFrom);
}

Result<qint64> SqlCipherServiceStore::appendOp(const QString &planId, const StoredOp &op, qint64 nowMs)
{
    qint64 seq = m_lastSeq.value(planId, -1) + 1;
    if (seq == 0) {
        auto last = first<qint64>(query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ops WHERE plan_id = ?1"), { planId }),
                                  [](const Statement &s) { return s.integer(0); });
        if (!last)
            return last.error();
        seq = last->value_or(0) + 1;
    }
    StoredOp stored = op;
    stored.seq = seq;
    const auto key = MaterialisedField::keyOf(stored);
    auto stateText = first<QString>(
        query(QStringLiteral("SELECT state FROM field_state WHERE plan_id = ?1 AND entity_id = ?2 AND field = ?3"), { planId, key.first, key.second }),
        [](const Statement &s) { return s.text(0); });
    if (!stateText)
        return stateText.error();
    MaterialisedField state = MaterialisedField::fromText(stateText->value_or(QString()));
    const QList<qint64> before = state.heads();
    state.apply(stored);
    const QList<qint64> after = state.heads();
    if (Status s = run(QStringLiteral("INSERT INTO ops (plan_id, seq, op_id, entity_type, field, domain_key, body, received_ms, current)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                       { planId, seq, op.op.value(QStringLiteral("opId")).toString(), op.entityType, op.field, op.domainKey, compact(op.op), nowMs,
                         after.contains(seq) ? 1 : 0 });
        !s)
        return s.error();
    for (const qint64 replaced : before) {
        if (after.contains(replaced))
            continue;
        if (Status s = run(QStringLiteral("UPDATE ops SET current = 0 WHERE plan_id = ?1 AND seq = ?2"), { planId, replaced }); !s)
            return s.error();
    }
    if (Status s = run(QStringLiteral("INSERT INTO field_state (plan_id, entity_id, field, state) VALUES (?1, ?2, ?3, ?4)"
                                      " ON CONFLICT (plan_id, entity_id, field) DO UPDATE SET state = excluded.state"),
                       { planId, key.first, key.second, state.toText() });
        !s)
        return s.error();
    if (m_inTransaction)
        m_lastSeq.insert(planId, seq);
    return seq;
}

Result<QList<StoredOpText>> SqlCipherServiceStore::currentOpTexts(const QString &planId)
{
    return collect<StoredOpText>(
        query(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = ?1 AND current = 1 ORDER BY seq"), { planId }),
        storedOpTextFrom);
}

Result<QList<StoredOpText>> SqlCipherServiceStore::opTextsAfter(const QString &planId, qint64 afterSeq, int limit)
{
    return collect<StoredOpText>(
        query(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3"),
              { planId, afterSeq, limit }),
        storedOpTextFrom);
}

Result<qint64> SqlCipherServiceStore::planHead(const QString &planId)
{
    auto last = first<qint64>(query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ops WHERE plan_id = ?1"), { planId }),
                              [](const Statement &s) { return s.integer(0); });
    if (!last)
        return last.error();
    return last->value_or(0);
}

Result<QList<StoredOp>> SqlCipherServiceStore::fieldOps(const QString &planId, const QString &entityType, const QString &field)
{
    // A role's field through ops_roles (its condition repeated, so SQLite may use it); any other by the plan's operations.
    return collect<StoredOp>(
        query(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = ?1 AND entity_type = ?2 AND field = ?3%1 ORDER BY seq")
                  .arg(roleops::whereTerm(entityType, field)),
              { planId, entityType, field }),
        [](const Statement &s) {
            return StoredOp { s.integer(0), s.text(1), s.text(2), s.text(3), parseObject(s.text(4)) };
        });
}

Result<qint64> SqlCipherServiceStore::opCount()
{
    auto n = first<qint64>(query(QStringLiteral("SELECT COUNT(*) FROM ops")), [](const Statement &s) { return s.integer(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<std::optional<EntityRecord>> SqlCipherServiceStore::entity(const QString &planId, const QString &entityId)
{
    return first<EntityRecord>(
        query(QStringLiteral("SELECT entity_type, domain_key FROM entities WHERE plan_id = ?1 AND entity_id = ?2"), { planId, entityId }),
        [](const Statement &s) {
            return EntityRecord { s.text(0), s.text(1) };
        });
}

Status SqlCipherServiceStore::recordEntity(const QString &planId, const QString &entityId, const EntityRecord &entity)
{
    return run(QStringLiteral("INSERT OR IGNORE INTO entities (plan_id, entity_id, entity_type, domain_key) VALUES (?1, ?2, ?3, ?4)"),
               { planId, entityId, entity.entityType, entity.domainKey });
}

Result<std::optional<AuditChainHead>> SqlCipherServiceStore::lockAuditChain(const QString &chain)
{
    // The file has one writer: the transaction that writes holds every chain.
    return first<AuditChainHead>(query(QStringLiteral("SELECT chain, size, head_hash FROM audit_chains WHERE chain = ?1"), { chain }), [](const Statement &st) {
        return AuditChainHead { st.text(0), st.integer(1), st.text(2) };
    });
}

Result<QList<qint64>> SqlCipherServiceStore::nextAuditSeqs(int count)
{
    auto last = first<qint64>(query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit")), [](const Statement &st) { return st.integer(0); });
    if (!last)
        return last.error();
    QList<qint64> out;
    for (int i = 1; i <= count; ++i)
        out.append(last->value_or(0) + i);
    return out;
}

Status SqlCipherServiceStore::insertAudit(const AuditRecord &e)
{
    if (Status s = run(QStringLiteral("INSERT INTO audit (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)").arg(kAuditColumns),
                       { e.seq, e.atMs, e.planId, e.actor, e.action, e.target, compact(e.detail), e.prevHash, e.hash, e.chain, e.chainPos });
        !s)
        return s;
    return run(QStringLiteral("INSERT INTO audit_chains (chain, size, head_hash) VALUES (?1, ?2, ?3)"
                              " ON CONFLICT (chain) DO UPDATE SET size = excluded.size, head_hash = excluded.head_hash"),
               { e.chain, e.chainPos, e.hash });
}

Result<QList<AuditChainHead>> SqlCipherServiceStore::auditChains()
{
    return collect<AuditChainHead>(query(QStringLiteral("SELECT chain, size, head_hash FROM audit_chains ORDER BY chain")), [](const Statement &st) {
        return AuditChainHead { st.text(0), st.integer(1), st.text(2) };
    });
}

Result<QByteArray> SqlCipherServiceStore::auditNameKey()
{
    auto key = first<QByteArray>(query(QStringLiteral("SELECT value FROM service_secrets WHERE name = 'audit-chain-names'")),
                                 [](const Statement &st) { return st.blob(0); });
    if (!key)
        return key.error();
    if (!key->has_value() || key->value().size() != 32)
        return Result<QByteArray>::fail(ErrorCode::Internal, QStringLiteral("The service database has no secret for audit chain names."));
    return key->value();
}

Result<QList<AuditRecord>> SqlCipherServiceStore::chainEntries(const QString &chain, qint64 afterPos, int limit)
{
    return collect<AuditRecord>(query(QStringLiteral("SELECT %1 FROM audit WHERE chain = ?1 AND chain_pos > ?2 ORDER BY chain_pos LIMIT ?3").arg(kAuditColumns),
                                      { chain, afterPos, limit }),
                                auditFrom);
}

Result<qint64> SqlCipherServiceStore::erasePlan(const QString &planId, const QByteArray &markerHash, qint64 erasureSeq, qint64 nowMs)
{
    // secure_delete is compiled in (SQLITE_SECURE_DELETE): the deleted cells are overwritten in the file.
    const char *deletes[] = {
        "DELETE FROM ops WHERE plan_id = ?1",    "DELETE FROM field_state WHERE plan_id = ?1", "DELETE FROM entities WHERE plan_id = ?1",
        "DELETE FROM grants WHERE plan_id = ?1", "DELETE FROM invitations WHERE plan_id = ?1", "DELETE FROM members WHERE plan_id = ?1",
        "DELETE FROM plans WHERE id = ?1",
    };
    m_lastSeq.remove(planId);
    for (const char *sql : deletes) {
        if (Status s = run(QString::fromLatin1(sql), { planId }); !s)
            return s.error();
    }
    auto count
        = first<qint64>(query(QStringLiteral("SELECT COUNT(*) FROM audit WHERE plan_id = ?1"), { planId }), [](const Statement &s) { return s.integer(0); });
    if (!count)
        return count.error();
    const QString blank = compact(QJsonObject { { QStringLiteral("erasedBy"), erasureSeq } });
    if (Status s = run(QStringLiteral("UPDATE audit SET at_ms = 0, plan_id = '', actor = '', action = 'erased', target = '', detail = ?2 WHERE plan_id = ?1"),
                       { planId, blank });
        !s)
        return s.error();
    if (Status s = run(QStringLiteral("INSERT OR IGNORE INTO erased_plans (plan_hash, erased_ms) VALUES (?1, ?2)"), { markerHash, nowMs }); !s)
        return s.error();
    return count->value_or(0);
}

Result<bool> SqlCipherServiceStore::planErased(const QByteArray &markerHash)
{
    auto found = first<qint64>(query(QStringLiteral("SELECT 1 FROM erased_plans WHERE plan_hash = ?1"), { markerHash }),
                               [](const Statement &s) { return s.integer(0); });
    if (!found)
        return found.error();
    return found->has_value();
}

Result<bool> SqlCipherServiceStore::memberLeft(const QString &planId, const QString &memberId)
{
    auto last = first<QString>(query(QStringLiteral("SELECT action FROM audit WHERE plan_id = ?1 AND target = ?2 AND action IN ('member.leave', "
                                                    "'member.remove', 'member.decline') ORDER BY seq DESC LIMIT 1"),
                                     { planId, memberId }),
                               [](const Statement &s) { return s.text(0); });
    if (!last)
        return last.error();
    return last->has_value() && last->value() == QLatin1String("member.leave");
}

Result<QList<AuditRecord>> SqlCipherServiceStore::auditEntries(const QString &planId, qint64 afterSeq, int limit)
{
    if (planId.isEmpty())
        return collect<AuditRecord>(query(QStringLiteral("SELECT %1 FROM audit WHERE seq > ?1 ORDER BY seq LIMIT ?2").arg(kAuditColumns), { afterSeq, limit }),
                                    auditFrom);
    return collect<AuditRecord>(
        query(QStringLiteral("SELECT %1 FROM audit WHERE plan_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3").arg(kAuditColumns), { planId, afterSeq, limit }),
        auditFrom);
}

} // namespace samen::service
