#include "domain/schema.h"
#include "store/operationtable.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "sync/fieldmerge.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <random>

using namespace samen;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

std::unique_ptr<PlanStore> createStore(const QString &dir, const DatabaseKey &key = test::testRawKey())
{
    auto store = PlanStore::create(dir, key);
    REQUIRE(store.ok());
    return std::move(store.value());
}

std::unique_ptr<PlanStore> reopen(const QString &dir, const DatabaseKey &key = test::testRawKey())
{
    auto store = PlanStore::open(dir, key);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.ok());
    return std::move(store.value());
}

} // namespace

TEST_CASE("Operations written to a new store read back the same after reopening", "[store]")
{
    TestDir dir;
    const QList<Operation> ops {
        makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("Find work"), 1000),
        makeOp(QStringLiteral("op-2"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("sortKey"), QStringLiteral("a0"), 1001),
        makeOp(QStringLiteral("op-3"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("helperIds"),
               QJsonArray { QStringLiteral("m1"), QStringLiteral("m2") }, 1002),
        makeOp(QStringLiteral("op-4"), QStringLiteral("step"), QStringLiteral("s1"), QStringLiteral("done"), true, 1003, QStringLiteral("bob"),
               { QStringLiteral("op-1") }),
    };
    {
        auto store = createStore(dir.path());
        REQUIRE(store->applyLocal(ops).ok());
        REQUIRE(store->setSetting(QStringLiteral("deviceId"), QStringLiteral("dev-42")).ok());
    }
    CHECK(PlanStore::exists(dir.path()));
    CHECK(PlanStore::databasePath(dir.path()).endsWith(QStringLiteral("/samen.db")));

    auto store = reopen(dir.path());
    CHECK(store->operationCount() == 4);
    // Settings that must hold on every connection.
    // Off, SQLCipher's default (docs/security.md, "Memory"): the key lives in SQLCipher's locked private heap regardless.
    CHECK(store->database().scalar(QStringLiteral("PRAGMA cipher_memory_security")).value() == 0);
    CHECK(store->database().scalar(QStringLiteral("PRAGMA synchronous")).value() == 2); // FULL
    CHECK(store->database().scalar(QStringLiteral("PRAGMA foreign_keys")).value() == 1);
    CHECK(store->database().scalar(QStringLiteral("PRAGMA application_id")).value() == PlanStore::kApplicationId);
    CHECK(store->planIds() == QStringList { QStringLiteral("plan-1") });
    CHECK(store->setting(QStringLiteral("deviceId")) == QStringLiteral("dev-42"));
    CHECK(store->setting(QStringLiteral("missing")).isEmpty());
    for (const Operation &op : ops) {
        const auto back = store->operation(op.opId);
        REQUIRE(back.has_value());
        CHECK(back->toJson() == op.toJson());
    }
    const auto goal = store->entity(QStringLiteral("g1"));
    REQUIRE(goal.has_value());
    CHECK(goal->value(QStringLiteral("title")).toString() == QStringLiteral("Find work"));
    CHECK(goal->value(QStringLiteral("type")).toString() == QStringLiteral("goal"));
    CHECK(goal->value(QStringLiteral("planId")).toString() == QStringLiteral("plan-1"));
    CHECK(goal->value(QStringLiteral("helperIds")).toArray().size() == 2);
    CHECK(store->entities(QStringLiteral("plan-1"), QStringLiteral("goal")).size() == 1);
    CHECK(store->entities(QStringLiteral("plan-1"), QStringLiteral("step")).size() == 1);
    CHECK(store->history(QStringLiteral("g1")).size() == 3);
    CHECK(store->history(QStringLiteral("g1"), QStringLiteral("title")).size() == 1);

    const auto outbox = store->outbox(10);
    REQUIRE(outbox.size() == 4);
    CHECK(outbox[0].deviceSeq < outbox[3].deviceSeq);
    CHECK(outbox[0].op.opId == QStringLiteral("op-1"));
    CHECK(outbox[3].op.base == QStringList { QStringLiteral("op-1") });
    CHECK(store->outbox(2).size() == 2);
}

TEST_CASE("Applying the same operations twice changes nothing", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    const QList<Operation> ops {
        makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("One"), 1000),
        makeOp(QStringLiteral("op-2"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("Two"), 2000),
    };
    REQUIRE(store->applyLocal(ops).ok());
    REQUIRE(store->applyLocal(ops).ok());
    REQUIRE(store->applyRemote(ops).ok());
    REQUIRE(store->applyLocal({ ops[1], ops[0], ops[1] }).ok());
    CHECK(store->operationCount() == 2);
    CHECK(store->outbox(-1).size() == 2);
    CHECK(store->entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Two"));
    CHECK(store->fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("op-2") });
}

TEST_CASE("Remote operations are stored but not queued for push", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    REQUIRE(store
                ->applyRemote({ makeOp(QStringLiteral("r-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"),
                                       QStringLiteral("From the service"), 1000, QStringLiteral("bob")) })
                .ok());
    CHECK(store->operationCount() == 1);
    CHECK(store->outbox(-1).isEmpty());
}

TEST_CASE("The stored field state equals mergeField over every operation, in any arrival order", "[store]")
{
    std::mt19937 rng(7731);
    const QStringList fields { QStringLiteral("title"), QStringLiteral("why"), QStringLiteral("status") };
    const QStringList authors { QStringLiteral("alice"), QStringLiteral("bob") };
    QList<Operation> all;
    for (int i = 0; i < 120; ++i) {
        const QString field = fields[static_cast<int>(rng() % 3)];
        QStringList base;
        // Free-text edits name a random earlier op of the same field as replaced, some name none (concurrent).
        QList<Operation> sameField;
        for (const Operation &o : all)
            if (o.field == field && o.entityId == QStringLiteral("g1"))
                sameField.append(o);
        if (!sameField.isEmpty() && rng() % 3 != 0)
            base.append(sameField[static_cast<int>(rng() % sameField.size())].opId);
        all.append(makeOp(QStringLiteral("op-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("goal"), QStringLiteral("g1"), field,
                          QStringLiteral("v%1").arg(i), 1000 + static_cast<qint64>(rng() % 50), authors[static_cast<int>(rng() % 2)], base));
    }
    TestDir dir;
    auto store = createStore(dir.path());
    QList<Operation> shuffled = all;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    for (int i = 0; i < shuffled.size(); i += 7)
        REQUIRE(store->applyRemote(shuffled.mid(i, 7)).ok());

    for (const QString &field : fields) {
        QList<Operation> ops;
        for (const Operation &o : all)
            if (o.field == field)
                ops.append(o);
        const FieldState expected = mergeField(ops, isFreeTextField(QStringLiteral("goal"), field));
        const auto got = store->fieldState(QStringLiteral("g1"), field);
        REQUIRE(got.ok());
        CHECK(got->winner.opId == expected.winner.opId);
        QStringList expectedHeads, gotHeads;
        for (const Operation &o : expected.heads)
            expectedHeads.append(o.opId);
        for (const Operation &o : got->heads)
            gotHeads.append(o.opId);
        CHECK(gotHeads == expectedHeads);
        CHECK(store->entity(QStringLiteral("g1"))->value(field) == expected.winner.value);
        CHECK(store->history(QStringLiteral("g1"), field).size() == ops.size());
    }
    CHECK(store->fieldState(QStringLiteral("g1"), QStringLiteral("due")).error().code == ErrorCode::NotFound);
}

TEST_CASE("Concurrent free-text edits stay in conflict after reopening, and short fields do not", "[store]")
{
    TestDir dir;
    {
        auto store = createStore(dir.path());
        const auto first
            = makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("So I can pay rent"), 1000);
        const auto alice = makeOp(QStringLiteral("op-2"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Alice's words"),
                                  2000, QStringLiteral("alice"), { QStringLiteral("op-1") });
        const auto bob = makeOp(QStringLiteral("op-3"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Bob's words"),
                                2001, QStringLiteral("bob"), { QStringLiteral("op-1") });
        const auto t1 = makeOp(QStringLiteral("op-4"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("A"), 2000,
                               QStringLiteral("alice"), { QStringLiteral("op-x") });
        const auto t2 = makeOp(QStringLiteral("op-5"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("B"), 2001,
                               QStringLiteral("bob"), { QStringLiteral("op-x") });
        REQUIRE(store->applyLocal({ first, alice }).ok());
        REQUIRE(store->applyRemote({ bob, t1, t2 }).ok());
    }
    auto store = reopen(dir.path());
    const auto why = store->fieldState(QStringLiteral("g1"), QStringLiteral("why"));
    REQUIRE(why.ok());
    CHECK(why->inConflict());
    CHECK(store->fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-2"), QStringLiteral("op-3") });
    CHECK(why->winner.value.toString() == QStringLiteral("Bob's words"));
    CHECK(store->fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("op-5") });

    // A person merges: one edit that replaces both heads ends the conflict.
    REQUIRE(store
                ->applyLocal({ makeOp(QStringLiteral("op-6"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Both"), 3000,
                                      QStringLiteral("alice"), { QStringLiteral("op-2"), QStringLiteral("op-3") }) })
                .ok());
    CHECK_FALSE(store->fieldState(QStringLiteral("g1"), QStringLiteral("why"))->inConflict());
    CHECK(store->entity(QStringLiteral("g1"))->value(QStringLiteral("why")).toString() == QStringLiteral("Both"));
}

TEST_CASE("Deleted entities leave the lists but stay readable, and sort keys order the lists", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    REQUIRE(store
                ->applyLocal({
                    makeOp(QStringLiteral("op-1"), QStringLiteral("step"), QStringLiteral("s1"), QStringLiteral("sortKey"), QStringLiteral("b"), 1000),
                    makeOp(QStringLiteral("op-2"), QStringLiteral("step"), QStringLiteral("s2"), QStringLiteral("sortKey"), QStringLiteral("a"), 1000),
                    makeOp(QStringLiteral("op-3"), QStringLiteral("step"), QStringLiteral("s3"), QStringLiteral("sortKey"), QStringLiteral("c"), 1000),
                    makeOp(QStringLiteral("op-4"), QStringLiteral("step"), QStringLiteral("s3"), QString(kTombstoneField), true, 2000),
                })
                .ok());
    const auto steps = store->entities(QStringLiteral("plan-1"), QStringLiteral("step"));
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].value(QStringLiteral("id")).toString() == QStringLiteral("s2"));
    CHECK(steps[1].value(QStringLiteral("id")).toString() == QStringLiteral("s1"));
    const auto deleted = store->entity(QStringLiteral("s3"));
    REQUIRE(deleted.has_value());
    CHECK(deleted->value(QString(kTombstoneField)).toBool());

    // Restoring is a later tombstone op with false.
    REQUIRE(store->applyLocal({ makeOp(QStringLiteral("op-5"), QStringLiteral("step"), QStringLiteral("s3"), QString(kTombstoneField), false, 3000) }).ok());
    CHECK(store->entities(QStringLiteral("plan-1"), QStringLiteral("step")).size() == 3);
}

TEST_CASE("Pushed operations leave the outbox and refused ones keep their reason", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    QList<Operation> ops;
    for (int i = 0; i < 5; ++i)
        ops.append(makeOp(QStringLiteral("op-%1").arg(i), QStringLiteral("goal"), QStringLiteral("g%1").arg(i), QStringLiteral("title"), QStringLiteral("T"),
                          1000 + i));
    REQUIRE(store->applyLocal(ops).ok());
    REQUIRE(store->markPushed({ QStringLiteral("op-0"), QStringLiteral("op-1") }).ok());
    REQUIRE(store->markRejected(QStringLiteral("op-2"), QStringLiteral("You may not change this goal.")).ok());
    CHECK(store->markRejected(QStringLiteral("op-0"), QStringLiteral("late")).error().code == ErrorCode::NotFound);

    const auto pending = store->outbox(-1);
    REQUIRE(pending.size() == 2);
    CHECK(store->waitingCount() == 2);
    CHECK(store->rejectedCount() == 1);
    CHECK(pending[0].op.opId == QStringLiteral("op-3"));
    const auto refused = store->rejected();
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].op.opId == QStringLiteral("op-2"));
    CHECK(refused[0].rejectedReason == QStringLiteral("You may not change this goal."));

    HlcClock clock(
        QStringLiteral("devA"), [] { return qint64(5000); }, [&] { return store->clockFloor(); });
    REQUIRE(store->retryRejected(QStringLiteral("op-2"), clock).ok());
    CHECK(store->rejected().isEmpty());
    CHECK(store->outbox(-1).size() == 3);
    CHECK(store->outbox(-1)[0].op.opId == QStringLiteral("op-2")); // keeps its place by device number
}

TEST_CASE("Discarding a refused change removes it and merges its entity again from what remains", "[store]")
{
    TestDir dir;
    {
        auto store = createStore(dir.path());
        // Someone else's title arrived first; this device then changed it and made a new goal.
        REQUIRE(store
                    ->applyRemote({ makeOp(QStringLiteral("op-r"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"),
                                           QStringLiteral("Pay the rent"), 1000, QStringLiteral("bob")) })
                    .ok());
        REQUIRE(
            store
                ->applyLocal(
                    { makeOp(QStringLiteral("op-t"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("Refused title"),
                             2000, QStringLiteral("alice"), { QStringLiteral("op-r") }),
                      makeOp(QStringLiteral("op-n"), QStringLiteral("goal"), QStringLiteral("g2"), QStringLiteral("title"), QStringLiteral("New goal"), 2001),
                      makeOp(QStringLiteral("op-w"), QStringLiteral("goal"), QStringLiteral("g2"), QStringLiteral("status"), QStringLiteral("open"), 2002) })
                .ok());
        REQUIRE(store->markRejected(QStringLiteral("op-t"), QStringLiteral("No write access")).ok());
        REQUIRE(store->markRejected(QStringLiteral("op-n"), QStringLiteral("No write access")).ok());
        REQUIRE(store->entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Refused title"));

        // Only refused changes can be discarded: a waiting one and an unknown id change nothing.
        CHECK(store->discardRejected(QStringLiteral("op-w")).error().code == ErrorCode::NotFound);
        CHECK(store->discardRejected(QStringLiteral("op-r")).error().code == ErrorCode::NotFound);
        CHECK(store->discardRejected(QStringLiteral("nope")).error().code == ErrorCode::NotFound);
        CHECK(store->operationCount() == 4);

        REQUIRE(store->discardRejected(QStringLiteral("op-t")).ok());
        REQUIRE(store->discardRejected(QStringLiteral("op-n")).ok());
    }
    auto store = reopen(dir.path());
    CHECK(store->rejected().isEmpty());
    CHECK_FALSE(store->operation(QStringLiteral("op-t")).has_value());
    CHECK(store->operationCount() == 2);
    // The title is the other person's again, and the history holds only theirs.
    CHECK(store->entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Pay the rent"));
    CHECK(store->fieldState(QStringLiteral("g1"), QStringLiteral("title")).value().winner.opId == QStringLiteral("op-r"));
    CHECK(store->history(QStringLiteral("g1")).size() == 1);
    // The new goal lost its title but keeps the change still waiting: its other field.
    const auto g2 = store->entity(QStringLiteral("g2"));
    REQUIRE(g2.has_value());
    CHECK_FALSE(g2->contains(QStringLiteral("title")));
    CHECK(g2->value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(store->fieldState(QStringLiteral("g2"), QStringLiteral("title")).error().code == ErrorCode::NotFound);
    REQUIRE(store->outbox(-1).size() == 1);
    CHECK(store->outbox(-1)[0].op.opId == QStringLiteral("op-w"));
}

TEST_CASE("Discarding the only change to an entity removes the entity", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    REQUIRE(store
                ->applyLocal(
                    { makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g9"), QStringLiteral("title"), QStringLiteral("Mine"), 1000) })
                .ok());
    REQUIRE(store->markRejected(QStringLiteral("op-1"), QStringLiteral("No write access")).ok());
    REQUIRE(store->discardRejected(QStringLiteral("op-1")).ok());
    CHECK_FALSE(store->entity(QStringLiteral("g9")).has_value());
    CHECK(store->entities(QStringLiteral("plan-1"), QStringLiteral("goal")).isEmpty());
    CHECK(store->operationCount() == 0);
    CHECK(store->outbox(-1).isEmpty());
}

TEST_CASE("Entities whose ids share an index key keep their own history, state and purge", "[store]")
{
    // Two ids with the same 32-bit key: the index finds both, the id tells them apart.
    const QString a = QStringLiteral("e004698b");
    const QString b = QStringLiteral("e00858b8");
    REQUIRE(OperationTable::entityKey(a) == OperationTable::entityKey(b));
    REQUIRE(OperationTable::entityKey(a) != OperationTable::entityKey(QStringLiteral("e004698c")));
    TestDir dir;
    {
        auto store = createStore(dir.path());
        REQUIRE(store
                    ->applyLocal({ makeOp(QStringLiteral("op-a1"), QStringLiteral("goal"), a, QStringLiteral("why"), QStringLiteral("A's reason"), 1000),
                                   makeOp(QStringLiteral("op-b1"), QStringLiteral("goal"), b, QStringLiteral("why"), QStringLiteral("B's reason"), 1001),
                                   makeOp(QStringLiteral("op-b2"), QStringLiteral("goal"), b, QStringLiteral("title"), QStringLiteral("B"), 1002) })
                    .ok());
        // A free-text edit merges A's whole history only: B's "why" is not one of its heads.
        REQUIRE(store
                    ->applyLocal({ makeOp(QStringLiteral("op-a2"), QStringLiteral("goal"), a, QStringLiteral("why"), QStringLiteral("A again"), 2000,
                                          QStringLiteral("bob")) })
                    .ok());
    }
    auto store = reopen(dir.path());
    CHECK(store->fieldHeads(a, QStringLiteral("why")) == QStringList { QStringLiteral("op-a1"), QStringLiteral("op-a2") });
    CHECK(store->fieldHeads(b, QStringLiteral("why")) == QStringList { QStringLiteral("op-b1") });
    CHECK(store->history(a).size() == 2);
    CHECK(store->history(b).size() == 2);
    CHECK(store->history(b, QStringLiteral("why")).size() == 1);
    CHECK(store->entity(b)->value(QStringLiteral("why")).toString() == QStringLiteral("B's reason"));
    CHECK_FALSE(store->entity(a)->contains(QStringLiteral("title")));

    // Purging B's life domain deletes B's operations and leaves A's.
    REQUIRE(store
                ->applyLocal({ makeOp(QStringLiteral("op-a3"), QStringLiteral("goal"), a, QStringLiteral("domainKey"), QStringLiteral("work"), 3000),
                               makeOp(QStringLiteral("op-b3"), QStringLiteral("goal"), b, QStringLiteral("domainKey"), QStringLiteral("money"), 3001) })
                .ok());
    REQUIRE(store->purgeDomain(QStringLiteral("plan-1"), QStringLiteral("money")).value() == 1);
    CHECK(store->history(a).size() == 3);
    CHECK(store->history(b).isEmpty());
    CHECK_FALSE(store->entity(b).has_value());
    CHECK(store->operationCount() == 3);
}

TEST_CASE("Entity ids, types and plans that need escaping in JSON read back unchanged", "[store]")
{
    // The stored document leaves out id, type and planId; reading puts them back.
    const QString odd = QStringLiteral("goal \"quoted\" \\ back\tslash");
    const QString plan = QStringLiteral("plan \"two\"");
    TestDir dir;
    {
        auto store = createStore(dir.path());
        REQUIRE(store
                    ->applyLocal({ makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), odd, QStringLiteral("title"), QStringLiteral("Odd"), 1000,
                                          QStringLiteral("alice"), {}, plan),
                                   makeOp(QStringLiteral("op-2"), QStringLiteral("goal"), QStringLiteral("g-\u00e9"), QStringLiteral("title"),
                                          QStringLiteral("Plain"), 1001, QStringLiteral("alice"), {}, plan) })
                    .ok());
    }
    auto store = reopen(dir.path());
    const auto doc = store->entity(odd);
    REQUIRE(doc.has_value());
    CHECK(doc->value(QStringLiteral("id")).toString() == odd);
    CHECK(doc->value(QStringLiteral("planId")).toString() == plan);
    CHECK(doc->value(QStringLiteral("type")).toString() == QStringLiteral("goal"));
    CHECK(doc->value(QStringLiteral("title")).toString() == QStringLiteral("Odd"));
    const auto goals = store->entities(plan, QStringLiteral("goal"));
    REQUIRE(goals.size() == 2);
    CHECK(goals[0].value(QStringLiteral("id")).toString() == QStringLiteral("g-\u00e9"));
    CHECK(goals[1].value(QStringLiteral("id")).toString() == odd);
    for (const QJsonObject &goal : goals) {
        CHECK(goal.value(QStringLiteral("planId")).toString() == plan);
        CHECK(goal.value(QStringLiteral("type")).toString() == QStringLiteral("goal"));
        CHECK(goal.size() == 4);
    }
}

TEST_CASE("Retrying or discarding several refused changes is all or nothing", "[store]")
{
    TestDir dir;
    auto store = createStore(dir.path());
    QList<Operation> ops;
    for (int i = 0; i < 4; ++i)
        ops.append(makeOp(QStringLiteral("op-%1").arg(i), QStringLiteral("goal"), QStringLiteral("g%1").arg(i), QStringLiteral("title"), QStringLiteral("T"),
                          1000 + i));
    REQUIRE(store->applyLocal(ops).ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(store->markRejected(QStringLiteral("op-%1").arg(i), QStringLiteral("clock: too far ahead")).ok());
    HlcClock clock(
        QStringLiteral("devA"), [] { return qint64(5000); }, [&] { return store->clockFloor(); });

    // op-3 is waiting, not refused: the whole list is refused and nothing changes.
    const QStringList mixed { QStringLiteral("op-0"), QStringLiteral("op-1"), QStringLiteral("op-3") };
    CHECK(store->discardRejected(mixed).error().code == ErrorCode::NotFound);
    CHECK(store->retryRejected(mixed, clock).error().code == ErrorCode::NotFound);
    CHECK(store->rejected().size() == 3);
    CHECK(store->operationCount() == 4);
    CHECK(store->entities(QStringLiteral("plan-1"), QStringLiteral("goal")).size() == 4);
    CHECK(store->retryRejected(QStringLiteral("op-3"), clock).error().code == ErrorCode::NotFound);

    REQUIRE(store->retryRejected(QStringList { QStringLiteral("op-0"), QStringLiteral("op-1") }, clock).ok());
    CHECK(store->outbox(-1).size() == 3);
    REQUIRE(store->discardRejected(QStringList { QStringLiteral("op-2") }).ok());
    CHECK(store->rejected().isEmpty());
    CHECK(store->operationCount() == 3);
    CHECK_FALSE(store->entity(QStringLiteral("g2")).has_value());
}

TEST_CASE("Creating a store where one exists fails with Conflict", "[store]")
{
    TestDir dir;
    createStore(dir.path());
    const auto again = PlanStore::create(dir.path(), test::testRawKey());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

namespace {
QStringList g_storeLog;
void keepStoreLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QByteArrayView(context.category) == QByteArrayView("samen.store"))
        g_storeLog.append(message);
}
} // namespace

TEST_CASE("A pulled operation naming an entity under another type is kept out of the store and the state", "[store][entitytype]")
{
    TestDir dir;
    const QString plan = QStringLiteral("plan-1");
    const QString member = QStringLiteral("m-helper");
    const QString goal = QStringLiteral("g-work");
    const QString meeting = QStringLiteral("e-new");
    auto op = [](const char *id, const char *type, const QString &entity, const char *field, const QJsonValue &value, qint64 ms) {
        return makeOp(QLatin1String(id), QLatin1String(type), entity, QLatin1String(field), value, ms, QStringLiteral("bob"));
    };
    auto store = createStore(dir.path());
    REQUIRE(store->applyRemote(
        { op("o1", "plan", plan, "name", QStringLiteral("Our plan"), 1000), op("o2", "member", member, "kind", QStringLiteral("network"), 1001),
          op("o3", "member", member, "name", QStringLiteral("Ann"), 1002), op("o4", "goal", goal, "domainKey", QStringLiteral("work"), 1003),
          op("o5", "goal", goal, "title", QStringLiteral("A job"), 1004) }));

    // A page as a hostile member could have had it accepted: other types under known ids, within the page, another plan.
    g_storeLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepStoreLog);
    int stored = -1;
    const Status applied
        = store->applyRemote({ op("x1", "goal", member, "domainKey", QStringLiteral("money"), 2000), op("x2", "goal", member, "_deleted", true, 2001),
                               op("x3", "member", goal, "name", QStringLiteral("Eve"), 2002), op("x4", "goal", plan, "_deleted", true, 2003),
                               op("x5", "meeting", meeting, "title", QStringLiteral("Talk"), 2004), op("x6", "goal", meeting, "_deleted", true, 2005),
                               makeOp(QStringLiteral("x7"), QStringLiteral("goal"), goal, QStringLiteral("title"), QStringLiteral("Other"), 2006,
                                      QStringLiteral("bob"), {}, QStringLiteral("plan-2")),
                               op("ok", "member", member, "name", QStringLiteral("Bea"), 2007) },
                             &stored);
    qInstallMessageHandler(previous);
    REQUIRE(applied);
    CHECK(stored == 2); // x5 and ok
    REQUIRE(g_storeLog.size() == 1);
    CHECK(g_storeLog.first().contains(QStringLiteral("6")));
    for (const QString &secret : { member, goal, plan, QStringLiteral("money"), QStringLiteral("Eve") })
        CHECK_FALSE(g_storeLog.first().contains(secret));

    auto check = [&](PlanStore &s) {
        CHECK(s.operationCount() == 7);
        for (const char *refused : { "x1", "x2", "x3", "x4", "x6", "x7" })
            CHECK_FALSE(s.operation(QLatin1String(refused)).has_value());
        const QJsonObject m = s.entity(member).value_or(QJsonObject());
        CHECK(m.value(QStringLiteral("type")).toString() == QStringLiteral("member"));
        CHECK(m.value(QStringLiteral("name")).toString() == QStringLiteral("Bea"));
        CHECK_FALSE(m.contains(QStringLiteral("domainKey")));
        CHECK_FALSE(m.value(QStringLiteral("_deleted")).toBool());
        CHECK(s.entities(plan, QStringLiteral("member")).size() == 1);
        const QJsonObject g = s.entity(goal).value_or(QJsonObject());
        CHECK(g.value(QStringLiteral("type")).toString() == QStringLiteral("goal"));
        CHECK_FALSE(g.contains(QStringLiteral("name")));
        CHECK(g.value(QStringLiteral("title")).toString() == QStringLiteral("A job"));
        CHECK(g.value(QStringLiteral("planId")).toString() == plan);
        const QJsonObject p = s.entity(plan).value_or(QJsonObject());
        CHECK(p.value(QStringLiteral("name")).toString() == QStringLiteral("Our plan"));
        CHECK_FALSE(p.value(QStringLiteral("_deleted")).toBool());
        const QJsonObject e = s.entity(meeting).value_or(QJsonObject());
        CHECK(e.value(QStringLiteral("type")).toString() == QStringLiteral("meeting"));
        CHECK_FALSE(e.value(QStringLiteral("_deleted")).toBool());
        CHECK(s.history(member).size() == 3);
    };
    check(*store);
    store.reset();
    auto reopened = reopen(dir.path());
    check(*reopened);

    // The device's own edits obey the same rule: refused with a reason, nothing stored or queued.
    const Status local = reopened->applyLocal({ makeOp(QStringLiteral("l1"), QStringLiteral("goal"), member, QStringLiteral("_deleted"), true, 3000) });
    REQUIRE_FALSE(local);
    CHECK(local.error().code == ErrorCode::Validation);
    CHECK_FALSE(local.error().message.isEmpty());
    CHECK(reopened->operationCount() == 7);
    CHECK(reopened->outbox(10).isEmpty());
}

TEST_CASE("A plan store is readable by its owner only: its files are 0600 in a 0700 folder, also for a store made before", "[store]")
{
    samen::test::TestDir dir;
    const QString data = dir.file(QStringLiteral("plan"));
    const auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QStringList suffixes { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") };
    {
        auto store = PlanStore::create(data, samen::test::testRawKey());
        REQUIRE(store);
        REQUIRE(store.value()->setSetting(QStringLiteral("probe"), QStringLiteral("1")));
        CHECK((QFile::permissions(data) & others) == 0);
        CHECK((QFile::permissions(data) & QFileDevice::ExeOwner) != 0);
        for (const QString &suffix : suffixes) {
            const QString path = PlanStore::databasePath(data) + suffix;
            INFO(path.toStdString());
            if (QFileInfo::exists(path))
                CHECK((QFile::permissions(path) & others) == 0);
        }
        CHECK(QFileInfo::exists(PlanStore::databasePath(data) + QStringLiteral("-wal")));
    }
    // A store an older version left readable by everyone is tightened when it is opened.
    for (const QString &suffix : suffixes) {
        if (QFileInfo::exists(PlanStore::databasePath(data) + suffix))
            REQUIRE(QFile::setPermissions(PlanStore::databasePath(data) + suffix, ownerOnlyFile | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    auto reopened = PlanStore::open(data, samen::test::testRawKey());
    REQUIRE(reopened);
    CHECK((QFile::permissions(PlanStore::databasePath(data)) & others) == 0);
}
