// A field's operations are found by following their chain (OperationChains, schema 6):
// these tests change the chains the ways the store does (VACUUM in a purge, a refused
// change discarded from the middle, a damaged link) and check every history still reads.
#include "store/operationchains.h"
#include "store/planstore.h"
#include "store/positionmap.h"
#include "store_test_support.h"
#include "testdir.h"

#include "qtcatch.h"

using namespace samen;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

std::unique_ptr<PlanStore> newStore(const QString &dir)
{
    auto store = PlanStore::create(dir, test::testRawKey());
    REQUIRE(store.ok());
    return std::move(store.value());
}

QStringList ids(const QList<Operation> &ops)
{
    QStringList list;
    for (const Operation &op : ops)
        list.append(op.opId);
    return list;
}

qint64 posOf(PlanStore &store, const QString &opId)
{
    return store.database().scalar(QStringLiteral("SELECT pos FROM ops WHERE op_id = ?1"), { opId }).value();
}

/** Edits of a goal's "why" (free text: merged from its whole chain) in two plans, interleaved so their rows mix. */
QList<Operation> interleaved(int count)
{
    QList<Operation> ops;
    for (int i = 0; i < count; ++i) {
        for (const QString plan : { QStringLiteral("plan-1"), QStringLiteral("plan-2") }) {
            const QString goal = plan == QStringLiteral("plan-1") ? QStringLiteral("g1") : QStringLiteral("g2");
            const QString id = QStringLiteral("%1-%2").arg(goal).arg(i, 3, 10, QLatin1Char('0'));
            const QStringList base = i == 0 ? QStringList {} : QStringList { QStringLiteral("%1-%2").arg(goal).arg(i - 1, 3, 10, QLatin1Char('0')) };
            ops.append(makeOp(id, QStringLiteral("goal"), goal, QStringLiteral("why"), QStringLiteral("Reason %1").arg(i), 1000 + i, QStringLiteral("alice"),
                              base, plan));
        }
    }
    return ops;
}

} // namespace

TEST_CASE("Chains of operations survive the VACUUM of a purge and go on growing", "[store]")
{
    TestDir dir;
    auto store = newStore(dir.path());
    REQUIRE(store->applyRemote(interleaved(40)).ok());
    const qint64 before = posOf(*store, QStringLiteral("g2-039"));
    REQUIRE(store->purgePlan(QStringLiteral("plan-1")).ok()); // deletes half the rows, then VACUUM rewrites the file
    CHECK(posOf(*store, QStringLiteral("g2-039")) == before);
    const QList<Operation> history = store->history(QStringLiteral("g2"), QStringLiteral("why"));
    REQUIRE(history.size() == 40);
    CHECK(history.first().opId == QStringLiteral("g2-000"));
    CHECK(history.last().opId == QStringLiteral("g2-039"));
    CHECK(store->history(QStringLiteral("g1")).isEmpty());
    REQUIRE(store
                ->applyLocal({ makeOp(QStringLiteral("g2-new"), QStringLiteral("goal"), QStringLiteral("g2"), QStringLiteral("why"), QStringLiteral("Later"),
                                      9000, QStringLiteral("alice"), { QStringLiteral("g2-039") }, QStringLiteral("plan-2")) })
                .ok());
    CHECK(store->history(QStringLiteral("g2"), QStringLiteral("why")).size() == 41);
    CHECK(store->fieldHeads(QStringLiteral("g2"), QStringLiteral("why")) == QStringList { QStringLiteral("g2-new") });
    CHECK(store->entity(QStringLiteral("g2"))->value(QStringLiteral("why")).toString() == QStringLiteral("Later"));
}

TEST_CASE("Discarding refused changes from the middle of a chain keeps the rest of its history", "[store]")
{
    TestDir dir;
    auto store = newStore(dir.path());
    const auto edit = [](const QString &id, const QString &text, qint64 ms, const QStringList &base) {
        return makeOp(id, QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), text, ms, QStringLiteral("alice"), base);
    };
    REQUIRE(store->applyLocal({ edit(QStringLiteral("w1"), QStringLiteral("First"), 1000, {}) }).ok());
    REQUIRE(
        store
            ->applyLocal({ edit(QStringLiteral("w2"), QStringLiteral("Second"), 2000, { QStringLiteral("w1") }),
                           makeOp(QStringLiteral("t1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("Work"), 2001) })
            .ok());
    REQUIRE(store->applyLocal({ edit(QStringLiteral("w3"), QStringLiteral("Third"), 3000, { QStringLiteral("w2") }) }).ok());
    REQUIRE(store->markRejected(QStringLiteral("w2"), QStringLiteral("not-allowed")).ok());
    REQUIRE(store->markRejected(QStringLiteral("t1"), QStringLiteral("not-allowed")).ok());

    REQUIRE(store->discardRejected(QStringList { QStringLiteral("w2"), QStringLiteral("t1") }).ok());
    CHECK(ids(store->history(QStringLiteral("g1"), QStringLiteral("why"))) == QStringList { QStringLiteral("w1"), QStringLiteral("w3") });
    CHECK(store->history(QStringLiteral("g1"), QStringLiteral("title")).isEmpty());
    CHECK(store->database().scalar(QStringLiteral("SELECT prev FROM ops WHERE op_id = 'w3'")).value() == posOf(*store, QStringLiteral("w1")));
    CHECK(store->entity(QStringLiteral("g1"))->value(QStringLiteral("why")).toString() == QStringLiteral("Third"));
    CHECK_FALSE(store->entity(QStringLiteral("g1"))->contains(QStringLiteral("title")));
    const auto tails = OperationChains::stored(store->database(), QStringLiteral("g1"));
    REQUIRE(tails.ok());
    CHECK(tails->keys() == QStringList { QStringLiteral("why") });

    // The next edit links to the kept last one.
    REQUIRE(store->applyLocal({ edit(QStringLiteral("w4"), QStringLiteral("Fourth"), 4000, { QStringLiteral("w3") }) }).ok());
    CHECK(ids(store->history(QStringLiteral("g1"), QStringLiteral("why"))) == QStringList { QStringLiteral("w1"), QStringLiteral("w3"), QStringLiteral("w4") });
    CHECK(store->database().scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}

TEST_CASE("A chain link that does not go back is reported as damage, not followed forever", "[store]")
{
    TestDir dir;
    auto store = newStore(dir.path());
    REQUIRE(store->applyLocal(interleaved(3)).ok());
    // A flipped byte or an edited file: the last "why" of g1 points at itself.
    const qint64 last = posOf(*store, QStringLiteral("g1-002"));
    REQUIRE(store->database().exec(QStringLiteral("UPDATE ops SET prev = pos WHERE pos = %1").arg(last)).ok());
    const Status s = store->applyLocal({ makeOp(QStringLiteral("g1-003"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"),
                                                QStringLiteral("More"), 5000, QStringLiteral("alice"), { QStringLiteral("g1-002") }) });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Damaged);
    CHECK(store->history(QStringLiteral("g1"), QStringLiteral("why")).isEmpty());
    // Nothing of the refused batch was kept; the other goal's chain is untouched.
    CHECK(store->database().scalar(QStringLiteral("SELECT count(*) FROM ops WHERE op_id = 'g1-003'")).value() == 0);
    CHECK(store->history(QStringLiteral("g2"), QStringLiteral("why")).size() == 3);
}

TEST_CASE("Heads and tails text reads back the same, in compact or any other JSON, and garbage gives nothing", "[store]")
{
    const positionmap::Map heads { { QStringLiteral("title"), { 12 } }, { QStringLiteral("why"), { 30, 31 } } };
    const QString text = positionmap::encode(heads);
    CHECK(text == QStringLiteral(R"({"title":[12],"why":[30,31]})"));
    CHECK(positionmap::decode(text.toUtf8()) == heads);
    const QMap<QString, qint64> tails { { QStringLiteral("title"), 12 }, { QStringLiteral("why"), 31 } };
    CHECK(positionmap::encode(tails) == QStringLiteral(R"({"title":12,"why":31})"));
    CHECK(positionmap::decode(positionmap::encode(tails).toUtf8())
          == positionmap::Map { { QStringLiteral("title"), { 12 } }, { QStringLiteral("why"), { 31 } } });
    // What SQLite's json functions or an older writer may leave: spaces, escapes, other key characters.
    CHECK(positionmap::decode(R"( { "why" : [ 30 , 31 ] } )") == positionmap::Map { { QStringLiteral("why"), { 30, 31 } } });
    const positionmap::Map odd { { QStringLiteral("a\"b"), { 1 } }, { QStringLiteral("zoë"), { 9007199254740 } } };
    CHECK(positionmap::decode(positionmap::encode(odd).toUtf8()) == odd);
    // Not positions: dropped. Not an object: nothing.
    CHECK(positionmap::decode(R"({"a":[0,-3,"x"],"b":7})") == positionmap::Map { { QStringLiteral("b"), { 7 } } });
    for (const char *bad : { "", "[]", "{", R"({"a":1)", R"({"a":99999999999999999999999})", "\xff\xfe" })
        CHECK(positionmap::decode(bad).isEmpty());
    CHECK(positionmap::encode(positionmap::Map {}) == QStringLiteral("{}"));
}
