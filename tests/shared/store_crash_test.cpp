#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
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

} // namespace

TEST_CASE("A store killed at random moments while writing reopens intact with every committed batch", "[store][crash]")
{
    TestDir dir;
    const DatabaseKey key = test::testRawKey(3);
    const QString writer = QStringLiteral(SAMEN_BIN_DIR "/store_crash_writer");
    std::mt19937 rng(20261123);
    QElapsedTimer clock;
    clock.start();
    int kills = 0;
    qint64 committedTotal = 0;

    for (int iteration = 0; iteration < 30; ++iteration) {
        const QString run = QStringLiteral("r%1").arg(iteration);
        QProcess proc;
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(writer, { dir.path(), QString::fromLatin1(key.secret.toHex()), run });
        REQUIRE(proc.waitForStarted(5000));
        // Wait until the store is open, then let it write for a random while (sometimes not at all).
        QByteArray output;
        while (!output.contains("open\n") && proc.state() == QProcess::Running) {
            proc.waitForReadyRead(2000);
            output += proc.readAllStandardOutput();
        }
        INFO("writer stderr: " << proc.readAllStandardError().toStdString());
        REQUIRE(output.contains("open\n"));
        QThread::usleep(static_cast<unsigned long>(std::uniform_int_distribution<int>(0, 150'000)(rng)));
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

        for (const Committed &c : committed) {
            REQUIRE(c.size == batchSize(c.batch));
            CHECK(opsOfBatch(db, c.run, c.batch) == c.size);
        }
        committedTotal += committed.size();
        // The batch in flight when killed is all there or not there at all.
        const int next = committed.isEmpty() ? 0 : committed.last().batch + 1;
        const qint64 inFlight = opsOfBatch(db, run, next);
        CHECK((inFlight == 0 || inFlight == batchSize(next)));
        CHECK(opsOfBatch(db, run, next + 1) == 0);
    }
    CHECK(kills >= 30);
    CHECK(committedTotal > 30); // the writer did commit between kills
    CHECK(clock.elapsed() < 20'000);
}
