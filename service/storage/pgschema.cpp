#include "storage/pgschema.h"

#include "security/crypto.h"
#include "storage/materialisedfield.h"
#include "storage/pgconnection.h"
#include "storage/roleops.h"

#include <QJsonDocument>

namespace samen::service {

namespace {

// The advisory lock key of migrations ("samen" in ASCII, then 1); other keys: pgservicestore.cpp.
constexpr qint64 kMigrationLock = 0x73616d656e0001;

const char *const kVersion1[] = {
    "CREATE TABLE devices (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, display_name TEXT NOT NULL, public_key BYTEA NOT NULL,"
    " created_ms BIGINT NOT NULL, revoked_ms BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX devices_account ON devices(account_id)",
    "CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_ms BIGINT NOT NULL)",
    "CREATE TABLE professionals (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL,"
    " account_id TEXT NOT NULL UNIQUE, created_ms BIGINT NOT NULL)",
    "CREATE TABLE enrolment_codes (code_hash BYTEA PRIMARY KEY, account_id TEXT NOT NULL, kind TEXT NOT NULL, expires_ms BIGINT NOT NULL)",
    "CREATE TABLE challenges (id BIGSERIAL PRIMARY KEY, nonce_hash BYTEA NOT NULL UNIQUE, device_id TEXT NOT NULL, expires_ms BIGINT NOT NULL)",
    "CREATE INDEX challenges_device ON challenges(device_id, id)",
    "CREATE TABLE tokens (token_hash BYTEA PRIMARY KEY, device_id TEXT NOT NULL, expires_ms BIGINT NOT NULL)",
    "CREATE INDEX tokens_device ON tokens(device_id)",
    "CREATE TABLE plans (id TEXT PRIMARY KEY, owner_account TEXT NOT NULL, created_ms BIGINT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE members (plan_id TEXT NOT NULL, member_id TEXT NOT NULL, account_id TEXT NOT NULL, kind TEXT NOT NULL, role TEXT NOT NULL,"
    " status TEXT NOT NULL, created_ms BIGINT NOT NULL, name TEXT NOT NULL DEFAULT '', PRIMARY KEY (plan_id, member_id))",
    "CREATE INDEX members_account ON members(account_id)",
    "CREATE INDEX members_member ON members(member_id)",
    "CREATE TABLE grants (plan_id TEXT NOT NULL, grant_id TEXT NOT NULL, member_id TEXT NOT NULL, domain_key TEXT NOT NULL, access TEXT NOT NULL,"
    " purpose TEXT NOT NULL, until_ms BIGINT NOT NULL, PRIMARY KEY (plan_id, grant_id))",
    "CREATE TABLE invitations (plan_id TEXT NOT NULL, invitation_id TEXT NOT NULL, code_hash BYTEA NOT NULL UNIQUE, kind TEXT NOT NULL,"
    " grants TEXT NOT NULL, created_by TEXT NOT NULL, created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, status TEXT NOT NULL,"
    " member_id TEXT NOT NULL DEFAULT '', invitee TEXT NOT NULL DEFAULT '{}', from_name TEXT NOT NULL DEFAULT '', until_ms BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (plan_id, invitation_id))",
    "CREATE TABLE ops (plan_id TEXT NOT NULL, seq BIGINT NOT NULL, op_id TEXT NOT NULL, entity_type TEXT NOT NULL, field TEXT NOT NULL,"
    " domain_key TEXT NOT NULL, body TEXT NOT NULL, received_ms BIGINT NOT NULL, PRIMARY KEY (plan_id, seq), UNIQUE (plan_id, op_id))",
    "CREATE INDEX ops_field ON ops(plan_id, entity_type, field, seq)",
    "CREATE TABLE entities (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, entity_type TEXT NOT NULL, domain_key TEXT NOT NULL,"
    " PRIMARY KEY (plan_id, entity_id))",
    "CREATE TABLE audit (seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, plan_id TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
    " target TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_plan ON audit(plan_id, seq)",
};

// Version 2: erased plans are remembered by the SHA-256 of their id only (docs/security.md, "Erasing a plan").
const char *const kVersion2[] = {
    "CREATE TABLE erased_plans (plan_hash BYTEA PRIMARY KEY, erased_ms BIGINT NOT NULL)",
};

// Version 3: entity ids looked up across plans (entityIdInUse, when a plan is registered).
const char *const kVersion3[] = {
    "CREATE INDEX IF NOT EXISTS entities_entity ON entities(entity_id)",
};

// Version 4: an audit chain per plan (docs/security.md, "The audit chain"). Every entry so far is the
// "legacy" chain, in seq order (seq ran 1, 2, 3 ... in it), with its recorded head; it stays verifiable
// as it was and takes no new entries. Entry numbers come from a sequence from now on.
const char *const kVersion4[] = {
    "ALTER TABLE audit ADD COLUMN IF NOT EXISTS chain TEXT NOT NULL DEFAULT 'legacy'",
    "ALTER TABLE audit ADD COLUMN IF NOT EXISTS chain_pos BIGINT NOT NULL DEFAULT 0",
    "UPDATE audit SET chain_pos = seq WHERE chain = 'legacy' AND chain_pos = 0",
    "CREATE UNIQUE INDEX IF NOT EXISTS audit_chain ON audit(chain, chain_pos)",
    "CREATE INDEX IF NOT EXISTS devices_revoked ON devices(revoked_ms)", // LiveHub's sweep: the devices revoked lately
    "CREATE TABLE IF NOT EXISTS audit_chains (chain TEXT PRIMARY KEY, size BIGINT NOT NULL, head_hash TEXT NOT NULL)",
    "INSERT INTO audit_chains (chain, size, head_hash) SELECT 'legacy', COUNT(*), (SELECT hash FROM audit WHERE chain = 'legacy' ORDER BY chain_pos DESC LIMIT "
    "1)"
    " FROM audit WHERE chain = 'legacy' HAVING COUNT(*) > 0 ON CONFLICT (chain) DO NOTHING",
    "CREATE SEQUENCE IF NOT EXISTS audit_seq",
    "SELECT setval('audit_seq', COALESCE((SELECT MAX(seq) FROM audit), 0) + 1, false)",
};

// Version 5: every plan's current state kept as operations are accepted (MaterialisedField), so a snapshot
// reads it instead of merging the whole history: per (entity, field) its state, and on each operation whether
// it is part of the current state now. Filled from the history of every plan (materialiseAllPlans).
// Like version 4's, it can run again on a database that has it (tests take a database back to an older version).
const char *const kVersion5[] = {
    "CREATE TABLE IF NOT EXISTS field_state (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, state TEXT NOT NULL,"
    " PRIMARY KEY (plan_id, entity_id, field))",
    "ALTER TABLE ops ADD COLUMN IF NOT EXISTS current INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX IF NOT EXISTS ops_current ON ops(plan_id, seq) WHERE current = 1",
    "DELETE FROM field_state",
    "UPDATE ops SET current = 0 WHERE current = 1",
};

Status materialiseAllPlans(PgConnection &db)
{
    auto plans = db.exec(QStringLiteral("SELECT DISTINCT plan_id FROM ops ORDER BY plan_id"));
    if (!plans)
        return plans.error();
    for (int p = 0; p < plans->size(); ++p) {
        const QString planId = plans->text(p, 0);
        auto ops = db.exec(QStringLiteral("SELECT seq, domain_key, entity_type, field, body FROM ops WHERE plan_id = $1 ORDER BY seq"), { planId });
        if (!ops)
            return ops.error();
        QHash<QPair<QString, QString>, MaterialisedField> fields;
        for (int i = 0; i < ops->size(); ++i) {
            const StoredOp op { ops->integer(i, 0), ops->text(i, 1), ops->text(i, 2), ops->text(i, 3),
                                QJsonDocument::fromJson(ops->text(i, 4).toUtf8()).object() };
            fields[MaterialisedField::keyOf(op)].apply(op);
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (auto r = db.exec(QStringLiteral("INSERT INTO field_state (plan_id, entity_id, field, state) VALUES ($1, $2, $3, $4)"),
                                 { planId, it.key().first, it.key().second, it.value().toText() });
                !r)
                return r.error();
            for (const qint64 seq : it.value().heads()) {
                if (auto r = db.exec(QStringLiteral("UPDATE ops SET current = 1 WHERE plan_id = $1 AND seq = $2"), { planId, seq }); !r)
                    return r.error();
            }
        }
    }
    return {};
}

} // namespace

Result<int> PgSchema::version(PgConnection &db)
{
    auto exists = db.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    auto row = db.exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!row)
        return row.error();
    return row->isEmpty() ? 0 : static_cast<int>(row->integer(0, 0));
}

Status PgSchema::migrate(PgConnection &db)
{
    if (Status s = db.execScript(QStringLiteral("BEGIN")); !s)
        return s;
    auto fail = [&db](const Error &e) {
        (void)db.execScript(QStringLiteral("ROLLBACK"));
        return Status(e);
    };
    if (auto locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)); !locked)
        return fail(locked.error());
    auto current = version(db);
    if (!current)
        return fail(current.error());
    if (current.value() > kVersion)
        return fail({ ErrorCode::TooNew, QStringLiteral("The service database was made by a newer samen-service.") });
    if (current.value() == kVersion)
        return db.execScript(QStringLiteral("COMMIT"));
    switch (current.value()) {
    case 0:
        if (Status s = db.execScript(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")); !s)
            return fail(s.error());
        if (Status s = db.execScript(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")); !s)
            return fail(s.error());
        for (const char *sql : kVersion1) {
            if (Status s = db.execScript(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        }
        [[fallthrough]];
    case 1:
        for (const char *sql : kVersion2) {
            if (Status s = db.execScript(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        }
        [[fallthrough]];
    case 2:
        for (const char *sql : kVersion3) {
            if (Status s = db.execScript(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        }
        [[fallthrough]];
    case 3:
        for (const char *sql : kVersion4) {
            if (Status s = db.execScript(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        }
        [[fallthrough]];
    case 4:
        for (const char *sql : kVersion5) {
            if (Status s = db.execScript(QString::fromLatin1(sql)); !s)
                return fail(s.error());
        }
        if (Status s = materialiseAllPlans(db); !s)
            return fail(s.error());
        [[fallthrough]];
    case 5:
        // Version 6: the secret that names plans' audit chains in a signed head (docs/security.md, "The audit chain"),
        // one for every instance.
        if (Status s = db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS service_secrets (name TEXT PRIMARY KEY, value BYTEA NOT NULL)")); !s)
            return fail(s.error());
        if (auto r = db.exec(QStringLiteral("INSERT INTO service_secrets (name, value) VALUES ('audit-chain-names', $1) ON CONFLICT (name) DO NOTHING"),
                             { Crypto::randomBytes(32) });
            !r)
            return fail(r.error());
        [[fallthrough]];
    case 6:
        // Version 7: the operations' index by field holds only the fields PlanRoles reads (roleops.h), as on SQLCipher.
        if (Status s = db.execScript(QStringLiteral("DROP INDEX IF EXISTS ops_field")); !s)
            return fail(s.error());
        if (Status s
            = db.execScript(QStringLiteral("CREATE INDEX IF NOT EXISTS ops_roles ON ops(plan_id, entity_type, field, seq) WHERE ") + roleops::kCondition);
            !s)
            return fail(s.error());
        // Later versions: a case per version, falling through, as in SqlCipherServiceStore::migrate.
        break;
    default:
        break;
    }
    if (Status s = db.execScript(QStringLiteral("UPDATE schema_version SET version = %1").arg(kVersion)); !s)
        return fail(s.error());
    return db.execScript(QStringLiteral("COMMIT"));
}

} // namespace samen::service
