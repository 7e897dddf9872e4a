// What StoreSalvage reads back from a plan file with a damaged page: real SQLCipher files,
// a byte flipped where a disk or a copy would flip it.
#include "store/planstore.h"
#include "store/storesalvage.h"
#include "store_test_support.h"
#include "testdir.h"

#include "qtcatch.h"

using namespace samen;
using samen::test::flipByte;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

constexpr qint64 kPage = 4096;

} // namespace

TEST_CASE("On a device that never connected, a damaged outbox page loses none of the changes made there", "[store][damage]")
{
    TestDir dir;
    qint64 outboxPage = 0;
    QStringList made;
    {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        for (int batch = 0; batch < 20; ++batch) {
            QList<Operation> ops;
            for (int i = 0; i < 10; ++i) {
                const QString id = QStringLiteral("op-%1-%2").arg(batch).arg(i);
                made << id;
                ops << makeOp(id, QStringLiteral("goal"), QStringLiteral("g%1").arg(i), QStringLiteral("title"), QStringLiteral("Goal %1.%2").arg(batch).arg(i),
                              1000 + batch * 10 + i);
            }
            REQUIRE(store.value()->applyLocal(ops).ok());
        }
        outboxPage = store.value()->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'")).value();
        REQUIRE(store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    REQUIRE(outboxPage > 1);
    REQUIRE(flipByte(PlanStore::databasePath(dir.path()), (outboxPage - 1) * kPage + 200));

    const StoreSalvage::Salvaged salvaged = StoreSalvage::read(PlanStore::databasePath(dir.path()), test::testRawKey());
    QStringList read;
    for (const OutboxEntry &e : salvaged.unsent)
        read << e.op.opId;
    CHECK(read == made); // every one, in the order they were made (before: none, the outbox could not be read)
    CHECK(salvaged.unsentComplete);
}
