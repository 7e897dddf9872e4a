// The audit chain's signed head (issue 19, item 5): a device or auditor keeps a head and
// can later tell whether the log still extends it; the running service notices a log cut short.
#include "planworld.h"

#include "audit/audithead.h"
#include "audit/auditlog.h"
#include "storage/sqlcipherservicestore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace samen::test;
using samen::service::AuditHead;
using samen::service::AuditLog;

namespace {

QByteArray devKey(const QString &dataDir)
{
    return QByteArray::fromHex(readRaw(dataDir + QStringLiteral("/service-db.key")).trimmed());
}

/** Runs one statement on the service's database with its development key (the service may be running). */
bool tamper(const QString &dataDir, const QString &sql)
{
    auto db = samen::Database::open(dataDir + QStringLiteral("/service.db"), samen::DatabaseKey::raw(devKey(dataDir)), false);
    return db && db.value()->exec(sql).ok();
}

/** The recorded head of every chain made to fit what is left, as an attacker holding the database key would (else a plain walk sees the cut). */
const char *const kRecordHeads = "DELETE FROM audit_chains; INSERT INTO audit_chains (chain, size, head_hash) SELECT chain, MAX(chain_pos),"
                                 " (SELECT b.hash FROM audit b WHERE b.chain = a.chain ORDER BY b.chain_pos DESC LIMIT 1) FROM audit a GROUP BY chain";

/** Removes every entry from seq on, and records the chains' heads to fit: what is left is a consistent log. */
bool cutFrom(const QString &dataDir, qint64 seq)
{
    return tamper(dataDir, QStringLiteral("BEGIN; DELETE FROM audit WHERE seq >= %1; %2; COMMIT").arg(seq).arg(QString::fromLatin1(kRecordHeads)));
}

/**
 * What an attacker holding the database key can do: change entry seq and recompute every
 * later hash of its chain, and its recorded head, so the log is consistent again and a plain
 * walk finds nothing.
 */
bool rewriteFrom(const QString &dataDir, qint64 seq)
{
    QList<samen::service::AuditRecord> entries;
    {
        auto store = samen::service::SqlCipherServiceStore::open(dataDir + QStringLiteral("/service.db"), devKey(dataDir));
        if (!store)
            return false;
        auto all = store.value()->auditEntries(QString(), 0, 100000);
        if (!all)
            return false;
        entries = all.value();
    }
    auto target = std::find_if(entries.cbegin(), entries.cend(), [seq](const samen::service::AuditRecord &e) { return e.seq == seq; });
    if (target == entries.cend())
        return false;
    const QString chain = target->chain;
    QString prev = target->prevHash;
    QStringList sql;
    for (samen::service::AuditRecord e : entries) {
        if (e.chain != chain || e.chainPos < target->chainPos)
            continue;
        if (e.seq == seq)
            e.action = QStringLiteral("plan.create");
        e.prevHash = prev;
        e.hash = AuditLog::entryHash(prev, e);
        sql.append(QStringLiteral("UPDATE audit SET action = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4").arg(e.action, e.prevHash, e.hash).arg(e.seq));
        prev = e.hash;
    }
    sql.append(QString::fromLatin1(kRecordHeads));
    return tamper(dataDir, QStringLiteral("BEGIN; %1; COMMIT").arg(sql.join(QStringLiteral("; "))));
}

QString writeHead(const TestDir &dir, const QByteArray &json)
{
    const QString path = dir.file(QStringLiteral("head.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(json);
    return path;
}

} // namespace

TEST_CASE("A saved audit head tells whether the log still extends it: a removed tail or a rewritten entry is found", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    QString headFile;
    qint64 headSize = 0;
    {
        ApiClient api(service.port(), service.certificate());
        PlanWorld world(api, service);
        REQUIRE(world.build());
        CHECK(api.get(QStringLiteral("/v1/audit/head")).status == 401);
        const Reply head = api.get(QStringLiteral("/v1/audit/head"), world.stranger.device.token);
        REQUIRE(head.status == 200);
        auto parsed = AuditHead::fromJson(head.json);
        REQUIRE(parsed);
        CHECK(parsed->signatureValid());
        CHECK(parsed->size > 5);
        // Version 3: every chain's head (the plan's, the service's) under one signed Merkle root, plans' chains by their published names.
        CHECK(parsed->version == 3);
        CHECK(parsed->chains.size() >= 2);
        CHECK(parsed->headHash == AuditHead::treeHash(parsed->chains));
        // The key is the one the service printed at start, for devices and auditors to compare.
        CHECK(service.output().contains("Audit head key (Ed25519, base64): " + parsed->publicKey.toBase64() + "\n"));
        headSize = parsed->size;
        headFile = writeHead(dir, head.body);
        // The log grows after the head was saved: that is an extension, not damage.
        REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("Later"))).status == 200);
    }
    REQUIRE(service.stop() == 0);
    const QStringList verifyHead { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), headFile };
    QByteArray text;

    SECTION("a log that only grew extends the head")
    {
        CHECK(service.admin(verifyHead, &text) == 0);
        CHECK(text.contains("Audit log extends the head saved at"));
        CHECK(text.contains(QByteArray::number(headSize) + " entries it covered are unchanged"));
    }
    SECTION("entries removed from the end: the chain alone still verifies, the saved head says what is missing")
    {
        REQUIRE(cutFrom(service.dataDir(), headSize - 1));
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0); // why the head is needed
        CHECK(service.admin(verifyHead, &text) == 3);
        CHECK(text.contains("does NOT extend"));
        CHECK(text.contains("removed from its end"));
    }
    SECTION("an entry rewritten with every later hash recomputed: the chain alone still verifies, the saved head does not")
    {
        REQUIRE(rewriteFrom(service.dataDir(), 3));
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
        CHECK(service.admin(verifyHead, &text) == 3);
        CHECK(text.contains("rewritten"));
    }
    SECTION("a saved head changed after signing proves nothing")
    {
        // One chain's head changed, and the root recomputed to fit: only the signature can tell.
        auto changed = AuditHead::fromJson(QJsonDocument::fromJson(readRaw(headFile)).object());
        REQUIRE(changed);
        changed->chains[0].hash = QString(64, QLatin1Char('e'));
        changed->headHash = AuditHead::treeHash(changed->chains);
        REQUIRE(AuditHead::fromJson(changed->toJson()));
        writeHead(dir, QJsonDocument(changed->toJson()).toJson());
        CHECK(service.admin(verifyHead, &text) == 3);
        CHECK(text.contains("signature does not match"));
    }
    SECTION("a file that is no head is a plain error")
    {
        writeHead(dir, "{\"size\":1}");
        CHECK(service.admin(verifyHead, &text) == 1);
        CHECK(text.contains("not a signed audit head"));
    }
    SECTION("admin audit head prints a head the verification accepts")
    {
        REQUIRE(service.admin({ QStringLiteral("audit"), QStringLiteral("head") }, &text) == 0);
        auto printed = AuditHead::fromJson(QJsonDocument::fromJson(text.trimmed()).object());
        REQUIRE(printed);
        CHECK(printed->signatureValid());
        CHECK(printed->size > headSize);
        writeHead(dir, text);
        CHECK(service.admin(verifyHead, &text) == 0);
    }
}

TEST_CASE("The running service notices entries removed from the end of its audit chain and signs no head for it", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const Reply before = api.get(world.plan(QStringLiteral("/audit")), world.owner.device.token);
    REQUIRE(before.status == 200);
    REQUIRE(before.json[QStringLiteral("chain")][QStringLiteral("intact")].toBool());
    const qint64 entries = before.json[QStringLiteral("chain")][QStringLiteral("entries")].toInteger();
    REQUIRE(entries > 3);

    // The last entries vanish while the service runs; what is left is still a consistent log.
    REQUIRE(cutFrom(service.dataDir(), entries - 1));
    const Reply after = api.get(world.plan(QStringLiteral("/audit")), world.owner.device.token);
    REQUIRE(after.status == 200);
    CHECK_FALSE(after.json[QStringLiteral("chain")][QStringLiteral("intact")].toBool());
    const Reply head = api.get(QStringLiteral("/v1/audit/head"), world.owner.device.token);
    CHECK(head.status == 503);
    CHECK(head.json[QStringLiteral("error")].toString() == QLatin1String("audit-damaged"));
}

TEST_CASE("The signed audit head names no plan: whoever knows a plan id cannot find its chain in the head", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    QStringList names;
    QString planId;
    {
        ApiClient api(service.port(), service.certificate());
        PlanWorld world(api, service);
        REQUIRE(world.build());
        planId = world.planId;
        const Reply head = api.get(QStringLiteral("/v1/audit/head"), world.stranger.device.token);
        REQUIRE(head.status == 200);
        auto parsed = AuditHead::fromJson(head.json);
        REQUIRE(parsed);
        REQUIRE(parsed->chains.size() >= 2);
        for (const samen::service::AuditChainHead &c : parsed->chains)
            names.append(c.chain);
    }
    // Before: the plan's chain was listed under SHA-256("samen-audit-chain:" + plan id), which anyone can compute.
    CHECK_FALSE(names.contains(AuditLog::chainOf(planId)));
    CHECK(names.contains(QStringLiteral("service")));
    // Each chain is still listed: the plan's under a name made with the service's secret, which stays the same
    // in another process (the secret is in the database), so a head saved earlier still names it.
    const QStringList planNames = names.filter(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")));
    REQUIRE_FALSE(planNames.isEmpty());
    REQUIRE(service.stop() == 0);
    {
        QByteArray text;
        REQUIRE(service.admin({ QStringLiteral("audit"), QStringLiteral("head") }, &text) == 0);
        auto printed = AuditHead::fromJson(QJsonDocument::fromJson(text.trimmed()).object());
        REQUIRE(printed);
        QStringList again;
        for (const samen::service::AuditChainHead &c : printed->chains)
            again.append(c.chain);
        for (const QString &name : planNames)
            CHECK(again.contains(name));
        CHECK_FALSE(again.contains(AuditLog::chainOf(planId)));
    }
}
