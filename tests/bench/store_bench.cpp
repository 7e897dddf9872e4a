// Benchmark of the encrypted store (PlanStore on SQLCipher 4): prints figures, never pass/fail.
// Usage: samen_store_bench [--runs N]   (scripts/bench builds and runs it)
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace samen;

namespace {

const QString kPlan = QStringLiteral("plan-bench");
int g_opCounter = 0;

Operation op(const QString &type, const QString &entity, const QString &field, const QJsonValue &value)
{
    Operation o;
    o.opId = QStringLiteral("op-%1").arg(++g_opCounter, 8, 10, QLatin1Char('0'));
    o.planId = kPlan;
    o.entityType = type;
    o.entityId = entity;
    o.field = field;
    o.value = value;
    o.hlc = Hlc { 1'700'000'000'000 + g_opCounter, 0, QStringLiteral("bench") };
    o.authorMemberId = QStringLiteral("member-1");
    return o;
}

/** A plan of 100 goals with 4 steps each (500 goals/steps), 5 fields per entity. */
QList<Operation> planOps()
{
    QList<Operation> ops { op(QStringLiteral("plan"), kPlan, QStringLiteral("name"), QStringLiteral("Bench plan")) };
    for (int g = 0; g < 100; ++g) {
        const QString goal = QStringLiteral("goal-%1").arg(g);
        ops << op(QStringLiteral("goal"), goal, QStringLiteral("title"), QStringLiteral("Goal %1: find a job I like").arg(g))
            << op(QStringLiteral("goal"), goal, QStringLiteral("why"), QStringLiteral("Because I want to pay my own rent and meet people."))
            << op(QStringLiteral("goal"), goal, QStringLiteral("status"), QStringLiteral("open"))
            << op(QStringLiteral("goal"), goal, QStringLiteral("domainKey"), QStringLiteral("work"))
            << op(QStringLiteral("goal"), goal, QStringLiteral("sortKey"), QStringLiteral("a%1").arg(g, 3, 10, QLatin1Char('0')));
        for (int s = 0; s < 4; ++s) {
            const QString step = QStringLiteral("step-%1-%2").arg(g).arg(s);
            ops << op(QStringLiteral("step"), step, QStringLiteral("goalId"), goal)
                << op(QStringLiteral("step"), step, QStringLiteral("title"), QStringLiteral("Step %1 of goal %2").arg(s).arg(g))
                << op(QStringLiteral("step"), step, QStringLiteral("done"), s % 2 == 0)
                << op(QStringLiteral("step"), step, QStringLiteral("due"), QStringLiteral("2026-12-01"))
                << op(QStringLiteral("step"), step, QStringLiteral("sortKey"), QStringLiteral("a%1").arg(s));
        }
    }
    return ops;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/** The overview a plan page shows: every live goal and step. */
qsizetype overview(PlanStore &store)
{
    return store.entities(kPlan, QStringLiteral("goal")).size() + store.entities(kPlan, QStringLiteral("step")).size();
}

struct Figures {
    double openLoad = 0; ///< open + unlock + load the 500-entity plan, median
    double insert10k = 0; ///< 10,000 ops in batches of 100, total
    double overview = 0; ///< overview query, median of 50
};

Figures measure(const DatabaseKey &key, int runs)
{
    Figures f;
    QTemporaryDir dir;
    {
        auto store = PlanStore::create(dir.path(), key);
        if (!store) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(store.error().message));
            std::exit(1);
        }
        if (!store.value()->applyLocal(planOps())) {
            std::fprintf(stderr, "loading the plan failed\n");
            std::exit(1);
        }
    }
    std::vector<double> opens;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = PlanStore::open(dir.path(), key);
        const qsizetype n = store ? overview(*store.value()) : 0;
        opens.push_back(ms(t));
        if (n != 500)
            std::fprintf(stderr, "warning: loaded %lld entities, expected 500\n", static_cast<long long>(n));
    }
    f.openLoad = median(opens);

    auto store = PlanStore::open(dir.path(), key);
    std::vector<double> queries;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        overview(*store.value());
        queries.push_back(ms(t));
    }
    f.overview = median(queries);

    // 10,000 edits spread over the plan's entities, like a busy year of use.
    QRandomGenerator rng(42);
    QElapsedTimer t;
    t.start();
    for (int batch = 0; batch < 100; ++batch) {
        QList<Operation> ops;
        for (int i = 0; i < 100; ++i) {
            const int g = static_cast<int>(rng.bounded(100));
            if (i % 2 == 0)
                ops << op(QStringLiteral("goal"), QStringLiteral("goal-%1").arg(g), QStringLiteral("status"),
                          i % 4 == 0 ? QStringLiteral("in-progress") : QStringLiteral("open"));
            else
                ops << op(QStringLiteral("step"), QStringLiteral("step-%1-%2").arg(g).arg(rng.bounded(4)), QStringLiteral("title"),
                          QStringLiteral("Edited step title %1").arg(batch));
        }
        if (!store.value()->applyLocal(ops)) {
            std::fprintf(stderr, "insert failed\n");
            std::exit(1);
        }
    }
    f.insert10k = ms(t);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());

    QByteArray raw(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);

    const Figures keyed = measure(DatabaseKey::raw(raw), runs);
    const Figures plain = measure(DatabaseKey::none(), runs);

    std::printf("store benchmark (PlanStore on SQLCipher 4, WAL, synchronous=FULL, cipher_memory_security on)\n");
    std::printf("%-58s %10s %10s %7s\n", "", "raw key", "no key", "ratio");
    auto row = [](const char *name, double a, double b) { std::printf("%-58s %8.1f ms %7.1f ms %6.2fx\n", name, a, b, b > 0 ? a / b : 0); };
    row("open + unlock + load plan of 500 goals/steps (median)", keyed.openLoad, plain.openLoad);
    row("insert 10,000 ops in batches of 100 (total)", keyed.insert10k, plain.insert10k);
    row("plan overview query (median of 50)", keyed.overview, plain.overview);

    // The passphrase path runs SQLCipher 4's default KDF (PBKDF2-HMAC-SHA512, 256,000 iterations) on every open.
    QTemporaryDir dir;
    const DatabaseKey pass = DatabaseKey::passphrase(QStringLiteral("bench passphrase"));
    (void)PlanStore::create(dir.path(), pass);
    std::vector<double> kdf;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = PlanStore::open(dir.path(), pass);
        kdf.push_back(ms(t));
    }
    std::printf("%-58s %8.1f ms\n", "open with a passphrase (KDF, median of 5)", median(kdf));
    return 0;
}
