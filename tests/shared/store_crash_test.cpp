#include "store/planstore.h"
#include "store_test_support.h"
#include "sync/planstate.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QThread>

#include <random>

using namespace samen;
using samen::test::TestDir;

namespace {

// Must match tests/support/store_crash_writer.cpp.
int batchSize(int batch)
{
    return 1 + (batch * 7) % 20;
}

struct Committed {
    QString run;
    int batch = 0;
    int size = 0;
};

QList<Committed> parseCommitted(const QByteArray &output)
{
    QList<Committed> list;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || parts[0] != "committed")
            continue; // the last line may be cut by the kill
        const QString id = QString::fromLatin1(parts[1]);
        const int dash = id.lastIndexOf(QLatin1Char('-'));
        list.append({ id.left(dash), id.mid(dash + 1).toInt(), parts[2].toInt() });
    }
    return list;
}

qint64 opsOfBatch(Database &db, const QString &run, int batch)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ops WHERE op_id LIKE ?1"), { QStringLiteral("%1-%2-%").arg(run).arg(batch) }).value();
}

/** Operations stored per batch ("<run>-<batch>"), read in one pass. */
QHash<QString, qint64> opsPerBatch(Database &db)
{
    QHash<QString, qint64> counts;
    auto st = db.prepare(QStringLiteral("SELECT op_id FROM ops"));
    REQUIRE(st.ok());
    st.value()->bind({});
    for (;;) {
        auto row = st.value()->step();
        REQUIRE(row.ok());
        if (!row.value())
            break;
        const QString id = st.value()->text(0);
        ++counts[id.left(id.lastIndexOf(QLatin1Char('-')))];
    }
    return counts;
}

/** The materialised tables agree with a fresh merge of the stored operations, and every local op is queued or pushed. */
void checkMaterialisedState(PlanStore &store)
{
    PlanState reference;
    for (int g = 0; g < 25; ++g)
        reference.apply(store.history(QStringLiteral("goal-%1").arg(g)));
    CHECK(reference.operationCount() == store.operationCount());
    for (int g = 0; g < 25; ++g) {
        const QString id = QStringLiteral("goal-%1").arg(g);
        INFO(id.toStdString());
        CHECK(store.entity(id) == reference.entity(id));
        for (const char *field : { "title", "why", "status", "sortKey" })
            CHECK(store.fieldHeads(id, QString::fromLatin1(field)) == reference.fieldHeads(id, QString::fromLatin1(field)));
    }
    Database &db = store.database();
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ops WHERE origin = 'local' AND op_id NOT IN (SELECT op_id FROM outbox)")).value() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op_id NOT IN (SELECT op_id FROM ops)")).value() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value() == 0);
}

} // namespace

TEST_CASE("A store killed at random moments while writing reopens intact with every committed batch", "[store][crash]")
{
    TestDir dir;
    const DatabaseKey key = test::testRawKey(3);
    const QString writer = QStringLiteral(SAMEN_BIN_DIR "/store_crash_writer");
    std::mt19937 rng(20261123);
    int kills = 0;
    int earlyKills = 0;
    qint64 openUs = 0; // how long the writer last took to say "open"

    QList<Committed> everCommitted; // across all runs: nothing committed may ever go missing
    constexpr int kKills = 40;

    for (int iteration = 0; iteration < kKills; ++iteration) {
        const QString run = QStringLiteral("r%1").arg(iteration);
        QProcess proc;
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(writer, { dir.path(), QString::fromLatin1(key.secret.toHex()), run });
        REQUIRE(proc.waitForStarted(5000));
        QElapsedTimer sinceStart;
        sinceStart.start();
        QByteArray output;
        if (iteration > 0 && iteration % 5 == 0) {
            // Sometimes before it says "open": while it starts, checks key and schema, recovers the WAL.
            QThread::usleep(static_cast<unsigned long>(std::uniform_int_distribution<qint64>(0, openUs)(rng)));
            ++earlyKills;
        } else {
            // Otherwise once the store is open and the writer has said it committed 2 to 4 batches (counted, not
            // timed, so a slow machine or a sanitizer build kills as late in the writing), after a random while more.
            while (!output.contains("open\n") && proc.state() == QProcess::Running) {
                proc.waitForReadyRead(2000);
                output += proc.readAllStandardOutput();
            }
            INFO("writer stderr: " << proc.readAllStandardError().toStdString());
            REQUIRE(output.contains("open\n"));
            openUs = sinceStart.nsecsElapsed() / 1000;
            const qsizetype wanted = std::uniform_int_distribution<int>(2, 4)(rng);
            while (parseCommitted(output).size() < wanted && proc.state() == QProcess::Running) {
                proc.waitForReadyRead(2000);
                output += proc.readAllStandardOutput();
            }
            REQUIRE(parseCommitted(output).size() >= wanted);
            QThread::usleep(static_cast<unsigned long>(std::uniform_int_distribution<int>(0, 100'000)(rng)));
        }
        proc.kill(); // SIGKILL: no destructors, no checkpoint, no close
        REQUIRE(proc.waitForFinished(5000));
        ++kills;
        output += proc.readAllStandardOutput();
        const QList<Committed> committed = parseCommitted(output);

        auto store = PlanStore::open(dir.path(), key);
        INFO("iteration " << iteration << ": " << (store ? std::string() : store.error().message.toStdString()));
        REQUIRE(store.ok());
        Database &db = store.value()->database();
        auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity.ok());
        REQUIRE(integrity.value()->bind({}).step().value());
        CHECK(integrity.value()->text(0) == QStringLiteral("ok"));
        integrity.value()->reset();
        auto cipher = db.prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
        REQUIRE(cipher.ok());
        const auto cipherRow = cipher.value()->bind({}).step();
        REQUIRE(cipherRow.ok());
        CHECK_FALSE(cipherRow.value()); // any row names a page whose HMAC failed
        cipher.value()->reset();

        for (const Committed &c : committed)
            REQUIRE(c.size == batchSize(c.batch));
        everCommitted += committed;
        const QHash<QString, qint64> stored = opsPerBatch(db);
        for (const Committed &c : std::as_const(everCommitted)) {
            INFO("batch " << c.run.toStdString() << "-" << c.batch);
            CHECK(stored.value(QStringLiteral("%1-%2").arg(c.run).arg(c.batch)) == c.size);
        }
        checkMaterialisedState(*store.value());
        // The batch in flight when killed is all there or not there at all.
        const int next = committed.isEmpty() ? 0 : committed.last().batch + 1;
        const qint64 inFlight = opsOfBatch(db, run, next);
        CHECK((inFlight == 0 || inFlight == batchSize(next)));
        CHECK(opsOfBatch(db, run, next + 1) == 0);
    }
    CHECK(kills == kKills);
    CHECK(earlyKills >= 5);
    CHECK(everCommitted.size() > kKills); // the writer did commit between kills
}
