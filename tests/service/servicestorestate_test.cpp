// The plan's current state the store keeps as operations are accepted (ServiceStore::currentOps,
// MaterialisedField): always what merging the whole history gives (samen::mergeField), on both backends.
#include "domain/schema.h"
#include "storage/storetransaction.h"
#include "storeundertest.h"
#include "sync/fieldmerge.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>
#include <random>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

const QString kPlan = QStringLiteral("p1");

/**
 * count operations on two fields of three goals: "title" (last writer wins) and "why" (free text), with
 * clocks that often tie (author and opId decide), and bases that name earlier and later operations of
 * the field, unknown ids, several values at once, or the operation itself (a cycle the merge survives).
 */
QList<Operation> randomHistory(std::mt19937 &random, int count)
{
    auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    QList<Operation> ops;
    for (int i = 0; i < count; ++i) {
        Operation op;
        op.opId = QStringLiteral("op-%1").arg(i, 3, 10, QLatin1Char('0'));
        op.planId = kPlan;
        op.entityType = QStringLiteral("goal");
        op.entityId = QStringLiteral("g%1").arg(pick(3));
        op.field = pick(2) ? QStringLiteral("why") : QStringLiteral("title");
        op.value = QStringLiteral("value %1").arg(i);
        op.hlc = Hlc { 1000 + pick(6), static_cast<quint32>(pick(2)), pick(2) ? QStringLiteral("a") : QStringLiteral("b") };
        op.authorMemberId = pick(2) ? QStringLiteral("m1") : QStringLiteral("m2");
        ops.append(op);
    }
    for (Operation &op : ops) {
        if (op.field != QLatin1String("why"))
            continue;
        for (int n = pick(3); n > 0; --n) {
            const int kind = pick(10);
            if (kind == 0)
                op.base.append(QStringLiteral("never-pushed-%1").arg(pick(3)));
            else if (kind == 1)
                op.base.append(op.opId);
            else
                op.base.append(ops[pick(static_cast<int>(ops.size()))].opId); // often another field's: it replaces nothing here
        }
    }
    return ops;
}

/** What merging the whole history gives: the sequence numbers of every field's heads, ascending. */
QList<qint64> mergedHeads(const QList<Operation> &pushed, const QHash<QString, qint64> &seqOf)
{
    QMap<QPair<QString, QString>, QList<Operation>> fields;
    for (const Operation &op : pushed)
        fields[{ op.entityId, op.field }].append(op);
    QList<qint64> heads;
    for (const QList<Operation> &field : std::as_const(fields)) {
        for (const Operation &op : mergeField(field, isFreeTextField(field.first().entityType, field.first().field)).heads)
            heads.append(seqOf.value(op.opId));
    }
    std::sort(heads.begin(), heads.end());
    return heads;
}

QList<qint64> currentSeqs(ServiceStore &store)
{
    auto current = store.currentOps(kPlan);
    REQUIRE(current);
    QList<qint64> seqs;
    for (const StoredOp &op : current.value())
        seqs.append(op.seq);
    return seqs;
}

} // namespace

TEST_CASE("Store contract: a plan's current state is what merging its whole history gives, in whatever order the operations arrive",
          "[service][bothstores][storecontract][snapshot]")
{
    TestDir dir;
    auto store = samen::test::openStoreUnderTest(dir);
    REQUIRE(store->insertPlan(kPlan, QStringLiteral("a1"), 1));
    CHECK(currentSeqs(*store).isEmpty());
    std::mt19937 random(20261130);
    QList<Operation> history = randomHistory(random, 90);
    std::shuffle(history.begin(), history.end(), random);
    QList<Operation> pushed;
    QHash<QString, qint64> seqOf;
    for (qsizetype start = 0; start < history.size(); start += 9) {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        for (qsizetype i = start; i < std::min(start + 9, history.size()); ++i) {
            const Operation &op = history[i];
            auto seq = store->appendOp(kPlan, StoredOp { 0, QStringLiteral("housing"), op.entityType, op.field, op.toJson() }, 5);
            REQUIRE(seq);
            seqOf.insert(op.opId, seq.value());
            pushed.append(op);
        }
        REQUIRE(tx.commit());
        INFO("after " << pushed.size() << " operations");
        CHECK(currentSeqs(*store) == mergedHeads(pushed, seqOf));
    }
    // The state is given as the stored operations themselves.
    const auto current = store->currentOps(kPlan).value();
    REQUIRE_FALSE(current.isEmpty());
    const auto stored = store->opById(kPlan, current.first().op.value(QStringLiteral("opId")).toString()).value();
    REQUIRE(stored.has_value());
    CHECK(stored->seq == current.first().seq);
    CHECK(stored->op == current.first().op);
    CHECK(current.first().domainKey == QStringLiteral("housing"));
    CHECK(current.first().entityType == QStringLiteral("goal"));

    // A rolled-back push leaves the state as it was.
    const QList<qint64> before = currentSeqs(*store);
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        Operation later = history.first();
        later.opId = QStringLiteral("op-rolled-back");
        later.hlc = Hlc { 9000, 0, QStringLiteral("a") };
        REQUIRE(store->appendOp(kPlan, StoredOp { 0, QStringLiteral("housing"), later.entityType, later.field, later.toJson() }, 5));
    }
    CHECK(currentSeqs(*store) == before);

    // An erased plan leaves no state behind: a plan made again under its id starts empty.
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(store->erasePlan(kPlan, QCryptographicHash::hash(kPlan.toUtf8(), QCryptographicHash::Sha256), 1, 6));
        REQUIRE(tx.commit());
    }
    CHECK(currentSeqs(*store).isEmpty());
    REQUIRE(store->insertPlan(kPlan, QStringLiteral("a1"), 7));
    const Operation again = history.first();
    auto seq = store->appendOp(kPlan, StoredOp { 0, QStringLiteral("housing"), again.entityType, again.field, again.toJson() }, 8);
    REQUIRE(seq);
    CHECK(currentSeqs(*store) == QList<qint64> { seq.value() });
}
