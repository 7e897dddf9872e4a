// Benchmark of the encrypted store (PlanStore on SQLCipher 4): prints figures, never pass/fail.
// Usage: samen_store_bench [--runs N]   (scripts/bench builds and runs it)
#include "store/operationtable.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

/** 10,000 edits in 100 batches of 100: goal statuses and step titles, spread over the plan as a year of use would. */
QList<QList<Operation>> editBatches()
{
    QRandomGenerator rng(42);
    QList<QList<Operation>> batches;
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
        batches << ops;
    }
    return batches;
}

/** One JSON array per line: the rows of one batch, each an operation's text columns. */
QByteArray anchorLine(const QList<Operation> &ops)
{
    QJsonArray rows;
    for (const Operation &o : ops)
        rows.append(
            QJsonArray { o.opId, o.planId, o.entityType, o.entityId, o.field, OperationTable::encodeValue(o.value), o.hlc.toString(), o.authorMemberId });
    return QJsonDocument(rows).toJson(QJsonDocument::Compact) + '\n';
}

// The anchor: the same plan and the same 10,000 edits in the same batches of 100, one
// row per operation with its text columns, through Python's sqlite3 (the system SQLite,
// no encryption), WAL and synchronous=FULL as the store: what raw SQLite costs here.
const char *const kAnchorScript = R"(import json, os, sqlite3, sys, time
lines = open(sys.argv[2]).read().splitlines()
con = sqlite3.connect(os.path.join(sys.argv[1], 'anchor.db'), isolation_level=None)
con.execute('PRAGMA journal_mode=WAL')
con.execute('PRAGMA synchronous=FULL')
con.execute('CREATE TABLE ops (op_id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, '
            'field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL)')
def insert(rows):
    con.execute('BEGIN')
    con.executemany('INSERT INTO ops VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rows)
    con.execute('COMMIT')
insert(json.loads(lines[0]))
batches = [json.loads(line) for line in lines[1:]]
start = time.perf_counter()
for rows in batches:
    insert(rows)
print('%.3f' % ((time.perf_counter() - start) * 1000))
)";

/** The anchor's time for the 10,000 inserts in ms, or -1 when python3 or its sqlite3 is missing. */
double anchorInsert10k()
{
    QTemporaryDir dir;
    QFile data(dir.filePath(QStringLiteral("ops.jsonl")));
    if (!data.open(QIODevice::WriteOnly))
        return -1;
    data.write(anchorLine(planOps()));
    for (const QList<Operation> &ops : editBatches())
        data.write(anchorLine(ops));
    data.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(kAnchorScript), dir.path(), data.fileName() });
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        std::fprintf(stderr, "the anchor (/usr/bin/python3 with sqlite3) did not run: %s\n", python.readAllStandardError().constData());
        return -1;
    }
    bool ok = false;
    const double result = python.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? result : -1;
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
    int pagesRead = 0; ///< page cache misses during the 10,000 inserts (each one a page decrypted when keyed)
    int pagesWritten = 0; ///< pages written to the WAL during the inserts (each one encrypted when keyed)
    qint64 pageCount = 0;
    double pageCheck = 0; ///< Database::checkPages (done at every open) on the file after the inserts, median of 5
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
    const QList<QList<Operation>> batches = editBatches();
    sqlite3 *handle = store.value()->database().handle();
    int cur = 0, hi = 0;
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &cur, &hi, 1);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &cur, &hi, 1);
    QElapsedTimer t;
    t.start();
    for (const QList<Operation> &ops : batches) {
        if (!store.value()->applyLocal(ops)) {
            std::fprintf(stderr, "insert failed\n");
            std::exit(1);
        }
    }
    f.insert10k = ms(t);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &f.pagesRead, &hi, 0);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &f.pagesWritten, &hi, 0);
    f.pageCount = store.value()->database().scalar(QStringLiteral("PRAGMA page_count")).value();
    (void)store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::vector<double> checks;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer check;
        check.start();
        if (!store.value()->database().checkPages())
            std::fprintf(stderr, "warning: the page check failed\n");
        checks.push_back(ms(check));
    }
    f.pageCheck = median(checks);
    return f;
}

// Plain malloc for SQLite, bypassing SQLCipher's wrapper: with it cipher_memory_security
// (mlock, wipe on free) does nothing. Only for the "without memory security" comparison.
void *plainMalloc(int n)
{
    return std::malloc(static_cast<size_t>(n));
}
void plainFree(void *p)
{
    std::free(p);
}
void *plainRealloc(void *p, int n)
{
    return std::realloc(p, static_cast<size_t>(n));
}
int plainSize(void *p)
{
    return p ? static_cast<int>(malloc_usable_size(p)) : 0;
}
int plainRoundup(int n)
{
    return (n + 7) & ~7;
}
int plainInit(void *)
{
    return SQLITE_OK;
}
void plainShutdown(void *) { }

/** Must run before SQLite allocates anything the plan store keeps. */
bool disableMemorySecurity()
{
    static sqlite3_mem_methods methods { plainMalloc, plainFree, plainRealloc, plainSize, plainRoundup, plainInit, plainShutdown, nullptr };
    // SQLCipher wraps the allocator once, in the first sqlite3_initialize(); a re-initialize keeps what is configured.
    return sqlite3_initialize() == SQLITE_OK && sqlite3_shutdown() == SQLITE_OK && sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK
        && sqlite3_initialize() == SQLITE_OK;
}

template<typename F> double medianOf(const std::vector<Figures> &rounds, F field)
{
    std::vector<double> v;
    for (const Figures &f : rounds)
        v.push_back(field(f));
    return median(v);
}

} // namespace

int main(int argc, char **argv)
{
    const bool withoutMemorySecurity = argc > 1 && std::strcmp(argv[1], "--without-memory-security") == 0;
    if (withoutMemorySecurity && !disableMemorySecurity()) {
        std::fprintf(stderr, "could not replace SQLite's allocator\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    int runs = 20;
    int rounds = 3;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args[i + 1].toInt());

    QByteArray raw(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);

    // Keyed and plain rounds alternate, and each figure is the median over the rounds,
    // so a busy neighbour on a shared machine does not land on one side only.
    std::vector<Figures> keyedRounds, plainRounds;
    std::vector<double> anchorRounds;
    for (int r = 0; r < rounds; ++r) {
        keyedRounds.push_back(measure(DatabaseKey::raw(raw), runs));
        plainRounds.push_back(measure(DatabaseKey::none(), runs));
        if (!withoutMemorySecurity)
            anchorRounds.push_back(anchorInsert10k());
    }
    auto row = [&](const char *name, double (*field)(const Figures &)) {
        const double a = medianOf(keyedRounds, field);
        const double b = medianOf(plainRounds, field);
        std::printf("%-58s %8.1f ms %7.1f ms %6.2fx\n", name, a, b, b > 0 ? a / b : 0);
    };
    std::printf("store benchmark (PlanStore on SQLCipher 4, WAL, synchronous=FULL, cipher_memory_security %s; median of %d rounds)\n",
                withoutMemorySecurity ? "OFF for comparison" : "on", rounds);
    std::printf("%-58s %10s %10s %7s\n", "", "raw key", "no key", "ratio");
    row("open + unlock + load plan of 500 goals/steps (median)", [](const Figures &f) { return f.openLoad; });
    row("insert 10,000 ops in batches of 100 (total)", [](const Figures &f) { return f.insert10k; });
    row("plan overview query (median of 50)", [](const Figures &f) { return f.overview; });
    row("check every page at open (file after the inserts, med. of 5)", [](const Figures &f) { return f.pageCheck; });
    const Figures &last = keyedRounds.back();
    std::printf("pages during the keyed inserts: %d read, %d written (each one decrypted or encrypted); file %lld pages\n", last.pagesRead, last.pagesWritten,
                static_cast<long long>(last.pageCount));
    if (withoutMemorySecurity)
        return 0;
    const double anchor = median(anchorRounds);
    const double keyedInsert = medianOf(keyedRounds, [](const Figures &f) { return f.insert10k; });
    if (std::any_of(anchorRounds.begin(), anchorRounds.end(), [](double a) { return a < 0; }))
        std::printf("anchor: could not run /usr/bin/python3 with sqlite3\n");
    else
        std::printf("%-58s %8.1f ms %7.1f ms %6.2fx  (anchor: Python's sqlite3, WAL, synchronous=FULL, same batches, one row per op)\n",
                    "insert 10,000 ops in batches of 100: Samen (raw key) vs anchor", keyedInsert, anchor, anchor > 0 ? keyedInsert / anchor : 0);

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

    // The same workload in a fresh process whose SQLite never locks or wipes its memory,
    // to show what cipher_memory_security costs (it is process-wide, so plain pays it too above).
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(
        app.applicationFilePath(),
        { QStringLiteral("--without-memory-security"), QStringLiteral("--runs"), QString::number(runs), QStringLiteral("--rounds"), QString::number(rounds) });
    child.waitForFinished(-1);
    return 0;
}
