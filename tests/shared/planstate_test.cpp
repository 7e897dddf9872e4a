#include "qtcatch.h"

#include "domain/schema.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "sync/hlcclock.h"
#include "sync/planstate.h"
#include "testdir.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <random>

using namespace samen;

namespace {

const QString kPlan = QStringLiteral("plan-1");

Operation op(const QString &opId, const QString &type, const QString &entity, const QString &field, const QJsonValue &value, Hlc hlc, const QString &author,
             const QStringList &base = {})
{
    return Operation { opId, kPlan, type, entity, field, value, std::move(hlc), author, base };
}

struct Target {
    QString type;
    QString entity;
    QString field;
};

// A simulated author: their own clock and the operations they have seen so far.
struct Author {
    QString id;
    qint64 wall = 0;
    std::unique_ptr<HlcClock> clock;
    PlanState view;
};

QList<Operation> randomHistory(std::mt19937 &rng, int caseNo)
{
    const QList<Target> targets {
        { QStringLiteral("plan"), QStringLiteral("e-plan"), QStringLiteral("story") },
        { QStringLiteral("plan"), QStringLiteral("e-plan"), QStringLiteral("name") },
        { QStringLiteral("goal"), QStringLiteral("e-goal1"), QStringLiteral("why") },
        { QStringLiteral("goal"), QStringLiteral("e-goal1"), QStringLiteral("title") },
        { QStringLiteral("goal"), QStringLiteral("e-goal1"), QStringLiteral("_deleted") },
        { QStringLiteral("goal"), QStringLiteral("e-goal2"), QStringLiteral("status") },
        { QStringLiteral("goal"), QStringLiteral("e-goal2"), QStringLiteral("_deleted") },
    };
    const int authorCount = std::uniform_int_distribution<int>(3, 5)(rng);
    std::vector<Author> authors(static_cast<size_t>(authorCount));
    for (int i = 0; i < authorCount; ++i) {
        Author &a = authors[size_t(i)];
        a.id = QStringLiteral("author%1").arg(i);
        a.wall = 1'000'000 + std::uniform_int_distribution<int>(0, 50)(rng);
        qint64 *wall = &a.wall;
        a.clock = std::make_unique<HlcClock>(QStringLiteral("node%1").arg(i), [wall] { return *wall; });
    }
    QList<Operation> all;
    const int opCount = std::uniform_int_distribution<int>(5, 60)(rng);
    for (int n = 0; n < opCount; ++n) {
        Author &a = authors[size_t(std::uniform_int_distribution<int>(0, authorCount - 1)(rng))];
        // Sometimes the author syncs: sees everything made so far, or just what one other author has.
        const int sync = std::uniform_int_distribution<int>(0, 9)(rng);
        if (sync < 3) {
            for (const Operation &o : all) {
                a.view.apply(o);
                a.clock->observe(o.hlc);
            }
        } else if (sync < 5) {
            const Author &other = authors[size_t(std::uniform_int_distribution<int>(0, authorCount - 1)(rng))];
            for (const Operation &o : all) {
                if (other.view.operation(o.opId))
                    a.view.apply(o);
            }
        }
        // Clocks drift, stall and jump back.
        a.wall += std::uniform_int_distribution<int>(-3, 5)(rng);
        const Target &t = targets[std::uniform_int_distribution<qsizetype>(0, targets.size() - 1)(rng)];
        const QString opId = QStringLiteral("c%1-op%2").arg(caseNo).arg(n, 3, 10, QLatin1Char('0'));
        QJsonValue value;
        if (t.field == kTombstoneField)
            value = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
        else
            value = QStringLiteral("%1 by %2 #%3").arg(t.field, a.id).arg(n);
        const QStringList base = isFreeTextField(t.type, t.field) ? a.view.fieldHeads(t.entity, t.field) : QStringList();
        const Operation o = op(opId, t.type, t.entity, t.field, value, a.clock->now(), a.id, base);
        a.view.apply(o);
        all.append(o);
    }
    return all;
}

QList<Operation> shuffledWithDuplicates(QList<Operation> ops, std::mt19937 &rng)
{
    const qsizetype n = ops.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (std::uniform_int_distribution<int>(0, 3)(rng) == 0)
            ops.append(ops[i]);
    }
    std::shuffle(ops.begin(), ops.end(), rng);
    return ops;
}

} // namespace

TEST_CASE("replicas that receive the same operations in any order, with duplicates, converge", "[merge][property]")
{
    std::mt19937 rng(424242);
    int conflictsSeen = 0;
    int tombstonesSeen = 0;
    for (int c = 0; c < 1000; ++c) {
        const QList<Operation> ops = randomHistory(rng, c);
        PlanState reference;
        reference.apply(ops);
        const QByteArray expected = reference.canonical();
        const int replicas = std::uniform_int_distribution<int>(2, 4)(rng);
        for (int r = 0; r < replicas; ++r) {
            PlanState replica;
            replica.apply(shuffledWithDuplicates(ops, rng));
            INFO("case " << c << " replica " << r);
            REQUIRE(replica.canonical() == expected);
            REQUIRE(replica.operationCount() == ops.size());
        }
        // History keeps every value ever written, per field, oldest first.
        QMap<QPair<QString, QString>, QList<Operation>> byField;
        for (const Operation &o : ops)
            byField[{ o.entityId, o.field }].append(o);
        for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
            const QList<Operation> history = reference.history(it.key().first, it.key().second);
            REQUIRE(history.size() == it.value().size());
            for (const Operation &o : it.value()) {
                const bool found = std::any_of(history.begin(), history.end(), [&](const Operation &h) { return h.opId == o.opId && h.value == o.value; });
                REQUIRE(found);
            }
            REQUIRE(std::is_sorted(history.begin(), history.end(), operationLess));
            const auto state = reference.fieldState(it.key().first, it.key().second);
            REQUIRE(state.has_value());
            if (isFreeTextField(history.first().entityType, it.key().second)) {
                // Heads are exactly the values no later edit replaced.
                QSet<QString> replaced;
                for (const Operation &o : history)
                    replaced.unite(QSet<QString>(o.base.begin(), o.base.end()));
                qsizetype open = 0;
                for (const Operation &o : history)
                    open += replaced.contains(o.opId) ? 0 : 1;
                REQUIRE(state->heads.size() == open);
                conflictsSeen += state->inConflict() ? 1 : 0;
            } else {
                REQUIRE(state->heads.size() == 1);
                REQUIRE(state->winner.opId == history.last().opId);
            }
            tombstonesSeen += it.key().second == kTombstoneField ? 1 : 0;
        }
    }
    // The generator must really exercise conflicts and deletions.
    REQUIRE(conflictsSeen > 200);
    REQUIRE(tombstonesSeen > 200);
}

TEST_CASE("encrypted stores that receive the same operations in any order, batching and duplication agree with the reference merge", "[merge][property][store]")
{
    std::mt19937 rng(9001);
    constexpr int kCases = 30;
    constexpr int kReplicas = 3;
    test::TestDir dirs[kReplicas];
    std::vector<std::unique_ptr<PlanStore>> stores;
    for (const test::TestDir &dir : dirs) {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        stores.push_back(std::move(store.value()));
    }
    PlanState reference;
    QSet<QString> entityIds;
    QList<QPair<QString, QString>> fields;
    for (int c = 0; c < kCases; ++c) {
        // Each case gets its own entities, so all cases share the same stores.
        QList<Operation> ops = randomHistory(rng, c);
        for (Operation &o : ops) {
            o.entityId = QStringLiteral("c%1-%2").arg(c).arg(o.entityId);
            entityIds.insert(o.entityId);
            const QPair<QString, QString> key { o.entityId, o.field };
            if (!fields.contains(key))
                fields.append(key);
        }
        reference.apply(ops);
        for (int r = 0; r < kReplicas; ++r) {
            // Arrival: shuffled, duplicated, in batches of 1 to 16, some made here and some pulled.
            const QList<Operation> arrival = shuffledWithDuplicates(ops, rng);
            for (qsizetype i = 0; i < arrival.size();) {
                const qsizetype n = std::uniform_int_distribution<qsizetype>(1, 16)(rng);
                const QList<Operation> batch = arrival.mid(i, n);
                const bool local = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
                REQUIRE((local ? stores[size_t(r)]->applyLocal(batch) : stores[size_t(r)]->applyRemote(batch)).ok());
                i += n;
            }
        }
    }
    // The last store is also read back after closing, from the file alone.
    stores.back().reset();
    auto reopened = PlanStore::open(dirs[kReplicas - 1].path(), test::testRawKey());
    REQUIRE(reopened.ok());
    stores.back() = std::move(reopened.value());

    for (int r = 0; r < kReplicas; ++r) {
        PlanStore &store = *stores[size_t(r)];
        INFO("replica " << r);
        REQUIRE(store.operationCount() == reference.operationCount());
        for (const QString &id : entityIds) {
            INFO("entity " << id.toStdString());
            REQUIRE(store.entity(id) == reference.entity(id));
        }
        for (const auto &[entityId, field] : fields) {
            INFO("field " << entityId.toStdString() << "." << field.toStdString());
            REQUIRE(store.fieldHeads(entityId, field) == reference.fieldHeads(entityId, field));
            // History keeps every value, in the same order, on every replica.
            const QList<Operation> a = store.history(entityId, field);
            const QList<Operation> b = reference.history(entityId, field);
            REQUIRE(a.size() == b.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                REQUIRE(a[i].toJson() == b[i].toJson());
        }
        for (const QString &type : { QStringLiteral("plan"), QStringLiteral("goal") }) {
            auto ids = [](const QList<QJsonObject> &docs) {
                QStringList list;
                for (const QJsonObject &d : docs)
                    list.append(d.value(QStringLiteral("id")).toString());
                list.sort();
                return list;
            };
            REQUIRE(ids(store.entities(kPlan, type)) == ids(reference.entities(kPlan, type)));
        }
    }
}

TEST_CASE("an entity document holds the winning value of each field", "[merge]")
{
    PlanState state;
    state.apply(op(QStringLiteral("o1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("Old"),
                   Hlc { 10, 0, QStringLiteral("n") }, QStringLiteral("a")));
    state.apply(op(QStringLiteral("o2"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("New"),
                   Hlc { 20, 0, QStringLiteral("n") }, QStringLiteral("a")));
    state.apply(op(QStringLiteral("o3"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("status"), QStringLiteral("open"),
                   Hlc { 15, 0, QStringLiteral("n") }, QStringLiteral("b")));
    const auto doc = state.entity(QStringLiteral("g1"));
    REQUIRE(doc.has_value());
    REQUIRE(*doc
            == QJsonObject { { QStringLiteral("id"), QStringLiteral("g1") },
                             { QStringLiteral("type"), QStringLiteral("goal") },
                             { QStringLiteral("planId"), kPlan },
                             { QStringLiteral("title"), QStringLiteral("New") },
                             { QStringLiteral("status"), QStringLiteral("open") } });
    REQUIRE(state.entities(kPlan, QStringLiteral("goal")).size() == 1);
    REQUIRE(state.entities(kPlan, QStringLiteral("step")).isEmpty());
    REQUIRE(state.entities(QStringLiteral("other-plan"), QStringLiteral("goal")).isEmpty());
    REQUIRE_FALSE(state.entity(QStringLiteral("nope")).has_value());
    REQUIRE(state.fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("o2") });
    REQUIRE(state.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")).isEmpty());
    const QList<Operation> all = state.history(QStringLiteral("g1"));
    REQUIRE(all.size() == 3);
    REQUIRE(all[0].opId == QStringLiteral("o1"));
    REQUIRE(all[1].opId == QStringLiteral("o3"));
    REQUIRE(all[2].opId == QStringLiteral("o2"));
}

TEST_CASE("a deleted entity leaves the list but stays readable, and can come back", "[merge]")
{
    PlanState state;
    state.apply(op(QStringLiteral("o1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("T"),
                   Hlc { 10, 0, QStringLiteral("n") }, QStringLiteral("a")));
    state.apply(op(QStringLiteral("o2"), QStringLiteral("goal"), QStringLiteral("g1"), QString(kTombstoneField), true, Hlc { 11, 0, QStringLiteral("n") },
                   QStringLiteral("a")));
    REQUIRE(state.entities(kPlan, QStringLiteral("goal")).isEmpty());
    REQUIRE(state.entity(QStringLiteral("g1"))->value(kTombstoneField).toBool());
    state.apply(op(QStringLiteral("o3"), QStringLiteral("goal"), QStringLiteral("g1"), QString(kTombstoneField), false, Hlc { 12, 0, QStringLiteral("n") },
                   QStringLiteral("b")));
    REQUIRE(state.entities(kPlan, QStringLiteral("goal")).size() == 1);
}

TEST_CASE("applying an operation twice changes nothing", "[merge]")
{
    PlanState once;
    PlanState twice;
    const Operation o = op(QStringLiteral("o1"), QStringLiteral("plan"), QStringLiteral("p"), QStringLiteral("story"), QStringLiteral("S"),
                           Hlc { 10, 0, QStringLiteral("n") }, QStringLiteral("a"));
    once.apply(o);
    twice.apply(o);
    twice.apply(o);
    REQUIRE(once.canonical() == twice.canonical());
    REQUIRE(twice.history(QStringLiteral("p"), QStringLiteral("story")).size() == 1);
    REQUIRE(twice.operationCount() == 1);
}

TEST_CASE("concurrent edits of a short field: the later clock wins, the other stays in history", "[merge]")
{
    PlanState state;
    state.apply(op(QStringLiteral("x"), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("status"), QStringLiteral("done"),
                   Hlc { 20, 0, QStringLiteral("n2") }, QStringLiteral("b")));
    state.apply(op(QStringLiteral("y"), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("status"), QStringLiteral("paused"),
                   Hlc { 20, 0, QStringLiteral("n1") }, QStringLiteral("a")));
    const auto s = state.fieldState(QStringLiteral("g"), QStringLiteral("status"));
    REQUIRE_FALSE(s->inConflict());
    REQUIRE(s->winner.value == QJsonValue(QStringLiteral("done"))); // node n2 > n1 at the same time
    REQUIRE(state.history(QStringLiteral("g"), QStringLiteral("status")).size() == 2);
}

namespace {

/** What entities() and lastSortKey() must answer: merged from scratch, with nothing kept between questions. */
QList<QJsonObject> entitiesFromScratch(const QList<Operation> &applied, const QString &type)
{
    PlanState fresh;
    fresh.apply(applied);
    return fresh.entities(kPlan, type);
}

/** lastSortKey by reading every entity, as PlanEditor does on the store. */
QString lastSortKeyByScan(const PlanState &state, const QString &type, const QString &groupField, const QString &groupValue)
{
    QString last;
    for (const QJsonObject &doc : state.entities(kPlan, type)) {
        const QString key = doc.value(QStringLiteral("sortKey")).toString();
        if (doc.value(groupField).toString() == groupValue && key > last)
            last = key;
    }
    return last;
}

} // namespace

TEST_CASE("what PlanState keeps between questions (documents, lists by type, last sort keys) follows every operation, in any order", "[merge][property]")
{
    std::mt19937 rng(18);
    for (int round = 0; round < 20; ++round) {
        // Goals in two domains and steps of three goals: sort keys, moves between groups,
        // deletions and restores, type and plan decided by the earliest operation.
        QList<Operation> ops;
        int n = 0;
        auto add = [&](const QString &type, const QString &entity, const QString &field, const QJsonValue &value) {
            const int wall = std::uniform_int_distribution<int>(1, 400)(rng);
            ops << op(QStringLiteral("o%1").arg(++n), type, entity, field, value, Hlc { wall, 0, QStringLiteral("n") }, QStringLiteral("a"));
        };
        for (int i = 0; i < 60; ++i) {
            const QString goal = QStringLiteral("g%1").arg(std::uniform_int_distribution<int>(0, 9)(rng));
            const QString step = QStringLiteral("s%1").arg(std::uniform_int_distribution<int>(0, 9)(rng));
            const QString key = QStringLiteral("a%1").arg(std::uniform_int_distribution<int>(0, 30)(rng));
            switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
            case 0:
                add(QStringLiteral("goal"), goal, QStringLiteral("domainKey"), i % 2 ? QStringLiteral("money") : QStringLiteral("work"));
                break;
            case 1:
                add(QStringLiteral("goal"), goal, QStringLiteral("sortKey"), key);
                break;
            case 2:
                add(QStringLiteral("goal"), goal, QString::fromLatin1(kTombstoneField), i % 3 == 0);
                break;
            case 3:
                add(QStringLiteral("step"), step, QStringLiteral("goalId"), QStringLiteral("g%1").arg(i % 3));
                break;
            case 4:
                add(QStringLiteral("step"), step, QStringLiteral("sortKey"), key);
                break;
            default:
                add(QStringLiteral("goal"), step, QStringLiteral("title"), QStringLiteral("t"));
                break; // another type under a step's id
            }
        }
        std::shuffle(ops.begin(), ops.end(), rng);
        PlanState state;
        QList<Operation> applied;
        for (const Operation &o : std::as_const(ops)) {
            state.apply(o);
            applied << o;
            // Ask after every operation, so what was kept must follow each change.
            for (const QString &type : { QStringLiteral("goal"), QStringLiteral("step") })
                REQUIRE(state.entities(kPlan, type) == entitiesFromScratch(applied, type));
            for (const QString &domain : { QStringLiteral("money"), QStringLiteral("work"), QStringLiteral("housing") })
                REQUIRE(state.lastSortKey(kPlan, QStringLiteral("goal"), QStringLiteral("domainKey"), domain)
                        == lastSortKeyByScan(state, QStringLiteral("goal"), QStringLiteral("domainKey"), domain));
            for (const QString &goal : { QStringLiteral("g0"), QStringLiteral("g1"), QStringLiteral("g2") })
                REQUIRE(state.lastSortKey(kPlan, QStringLiteral("step"), QStringLiteral("goalId"), goal)
                        == lastSortKeyByScan(state, QStringLiteral("step"), QStringLiteral("goalId"), goal));
            const QString probe = o.entityId;
            PlanState fresh;
            fresh.apply(applied);
            REQUIRE(state.entity(probe) == fresh.entity(probe));
        }
    }
}
