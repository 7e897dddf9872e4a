// Benchmark of the encrypted store (PlanStore on SQLCipher 4): prints figures, never pass/fail.
// Usage: samen_store_bench [--runs N]   (scripts/bench builds and runs it)
#include "store/operationtable.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

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
start, cpu = time.perf_counter(), time.process_time()
for rows in batches:
    insert(rows)
print('%.3f %.3f' % ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
)";

/** The anchor's wall-clock and CPU time for the 10,000 inserts in ms, or -1 when python3 or its sqlite3 is missing. */
std::pair<double, double> anchorInsert10k()
{
    QTemporaryDir dir;
    QFile data(dir.filePath(QStringLiteral("ops.jsonl")));
    if (!data.open(QIODevice::WriteOnly))
        return { -1, -1 };
    data.write(anchorLine(planOps()));
    for (const QList<Operation> &ops : editBatches())
        data.write(anchorLine(ops));
    data.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(kAnchorScript), dir.path(), data.fileName() });
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        std::fprintf(stderr, "the anchor (/usr/bin/python3 with sqlite3) did not run: %s\n", python.readAllStandardError().constData());
        return { -1, -1 };
    }
    const QList<QByteArray> figures = python.readAllStandardOutput().trimmed().split(' ');
    bool ok = figures.size() == 2;
    const double wall = ok ? figures[0].toDouble(&ok) : -1;
    const double cpu = ok ? figures[1].toDouble(&ok) : -1;
    return ok ? std::pair { wall, cpu } : std::pair { -1.0, -1.0 };
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

/** CPU time (user + system) this process has used, in ms. */
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/** The overview a plan page shows: every live goal and step. */
qsizetype overview(PlanStore &store)
{
    return store.entities(kPlan, QStringLiteral("goal")).size() + store.entities(kPlan, QStringLiteral("step")).size();
}

struct Figures {
    double openLoad = 0; ///< open + unlock + load the 500-entity plan, median
    double insert10k = 0; ///< 10,000 ops in batches of 100, total
    double insertCpu = 0; ///< CPU time (user + system) of those inserts: less at the mercy of a busy machine
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
    const double cpuBefore = cpuMs();
    QElapsedTimer t;
    t.start();
    for (const QList<Operation> &ops : batches) {
        if (!store.value()->applyLocal(ops)) {
            std::fprintf(stderr, "insert failed\n");
            std::exit(1);
        }
    }
    f.insert10k = ms(t);
    f.insertCpu = cpuMs() - cpuBefore;
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &f.pagesRead, &hi, 0);
    sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &f.pagesWritten, &hi, 0);
    f.pageCount = store.value()->database().scalar(QStringLiteral("PRAGMA page_count")).value();
    (void)store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::vector<double> checks;
    for (int i = 0; i < 5; ++i) {
        // On a connection of its own, as at open: nothing of the file in its cache yet.
        auto fresh = Database::open(store.value()->database().path(), key, false);
        QElapsedTimer check;
        check.start();
        if (!fresh || !fresh.value()->checkPages())
            std::fprintf(stderr, "warning: the page check failed\n");
        checks.push_back(ms(check));
    }
    f.pageCheck = median(checks);
    return f;
}

/**
 * Switches SQLCipher's cipher_memory_security on for this process (it can only be switched
 * on): every SQLite allocation locked and wiped on free, as the store did before issue 18.
 * Only for the "with memory security" comparison; the store leaves it off.
 */
bool enableMemorySecurity()
{
    sqlite3 *db = nullptr;
    const bool ok
        = sqlite3_open(":memory:", &db) == SQLITE_OK && sqlite3_exec(db, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

/**
 * Where the pages of one batch go: the pages one batch of 100 edits writes to the WAL, by the
 * table or index they belong to (SQLite's dbstat), and each one's size in the file. Frame
 * headers of the WAL are not encrypted, so their page numbers can be read from the file.
 */
void printPagesPerBatch(PlanStore &store, const QList<Operation> &batch)
{
    Database &db = store.database();
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QHash<qint64, QString> owner;
    QHash<QString, int> filePages;
    (void)db.forEachRow(QStringLiteral("SELECT pageno, name FROM dbstat"), {}, [&](const Statement &q) {
        owner.insert(q.integer(0), q.text(1));
        ++filePages[q.text(1)];
    });
    if (!store.applyLocal(batch))
        return;
    QFile wal(db.path() + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = wal.readAll();
    constexpr int kHeader = 32, kFrameHeader = 24, kPage = 4096;
    QHash<QString, QSet<qint64>> written;
    for (qsizetype at = kHeader; at + kFrameHeader + kPage <= bytes.size(); at += kFrameHeader + kPage) {
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        const qint64 pgno = (qint64(b[0]) << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        written[owner.value(pgno, QStringLiteral("(new page)"))].insert(pgno);
    }
    int total = 0;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        total += static_cast<int>(it.value().size());
    std::printf("pages one batch of 100 edits writes (keyed; table or index: pages written / pages in the file): %d\n ", total);
    QStringList names = written.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names)
        std::printf(" %s %lld/%d", qPrintable(name), static_cast<long long>(written.value(name).size()), filePages.value(name));
    std::printf("\n");
}

/** printPagesPerBatch on a keyed store after the plan and its 10,000 edits: a batch as it is after a year of use. */
void printPagesAfterAYear(const DatabaseKey &key)
{
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.path(), key);
    if (!store || !store.value()->applyLocal(planOps()))
        return;
    for (const QList<Operation> &ops : editBatches())
        (void)store.value()->applyLocal(ops);
    printPagesPerBatch(*store.value(), editBatches().first());
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
    const bool withMemorySecurity = argc > 1 && std::strcmp(argv[1], "--with-memory-security") == 0;
    if (withMemorySecurity && !enableMemorySecurity()) {
        std::fprintf(stderr, "could not switch cipher_memory_security on\n");
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
    std::vector<double> anchorRounds, anchorCpuRounds;
    for (int r = 0; r < rounds; ++r) {
        keyedRounds.push_back(measure(DatabaseKey::raw(raw), runs));
        plainRounds.push_back(measure(DatabaseKey::none(), runs));
        if (!withMemorySecurity) {
            const auto [wall, cpu] = anchorInsert10k();
            anchorRounds.push_back(wall);
            anchorCpuRounds.push_back(cpu);
        }
    }
    auto row = [&](const char *name, double (*field)(const Figures &)) {
        const double a = medianOf(keyedRounds, field);
        const double b = medianOf(plainRounds, field);
        std::printf("%-58s %8.1f ms %7.1f ms %6.2fx\n", name, a, b, b > 0 ? a / b : 0);
    };
    std::printf("store benchmark (PlanStore on SQLCipher 4, WAL, synchronous=FULL, cipher_memory_security %s; median of %d rounds)\n",
                withMemorySecurity ? "ON for comparison" : "off", rounds);
    std::printf("%-58s %10s %10s %7s\n", "", "raw key", "no key", "ratio");
    row("open + unlock + load plan of 500 goals/steps (median)", [](const Figures &f) { return f.openLoad; });
    row("insert 10,000 ops in batches of 100 (total)", [](const Figures &f) { return f.insert10k; });
    row("  the same: CPU time of the inserts", [](const Figures &f) { return f.insertCpu; });
    row("plan overview query (median of 50)", [](const Figures &f) { return f.overview; });
    row("check every page at open (file after the inserts, med. of 5)", [](const Figures &f) { return f.pageCheck; });
    const Figures &last = keyedRounds.back();
    std::printf("pages during the keyed inserts: %d read, %d written (each one decrypted or encrypted); file %lld pages\n", last.pagesRead, last.pagesWritten,
                static_cast<long long>(last.pageCount));
    if (withMemorySecurity)
        return 0;
    printPagesAfterAYear(DatabaseKey::raw(raw));
    const double anchor = median(anchorRounds);
    const double keyedInsert = medianOf(keyedRounds, [](const Figures &f) { return f.insert10k; });
    if (std::any_of(anchorRounds.begin(), anchorRounds.end(), [](double a) { return a < 0; }))
        std::printf("anchor: could not run /usr/bin/python3 with sqlite3\n");
    else
        std::printf("%-58s %8.1f ms %7.1f ms %6.2fx  (anchor: Python's sqlite3, WAL, synchronous=FULL, same batches, one row per op)\n",
                    "insert 10,000 ops in batches of 100: Samen (raw key) vs anchor", keyedInsert, anchor, anchor > 0 ? keyedInsert / anchor : 0);
    const double anchorCpu = median(anchorCpuRounds);
    const double keyedCpu = medianOf(keyedRounds, [](const Figures &f) { return f.insertCpu; });
    if (anchorCpu > 0)
        std::printf("%-58s %8.1f ms %7.1f ms %6.2fx  (the anchor's includes Python's own)\n", "  the same: CPU time", keyedCpu, anchorCpu,
                    keyedCpu / anchorCpu);

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

    // The same workload in a fresh process whose SQLite locks and wipes its memory (as the
    // store did before issue 18), to show what cipher_memory_security costs (it is process-wide).
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(
        app.applicationFilePath(),
        { QStringLiteral("--with-memory-security"), QStringLiteral("--runs"), QString::number(runs), QStringLiteral("--rounds"), QString::number(rounds) });
    child.waitForFinished(-1);
    return 0;
}
