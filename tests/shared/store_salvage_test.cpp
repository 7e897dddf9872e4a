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

namespace {

/** batches x 10 changes made here, one of them a text longer than a page (it goes on to overflow pages); their ids in order. */
QStringList makeChanges(PlanStore &store, int batches = 20)
{
    QStringList made;
    for (int batch = 0; batch < batches; ++batch) {
        QList<Operation> ops;
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("op-%1-%2").arg(batch).arg(i);
            made << id;
            const QString text
                = batch == 7 && i == 3 ? QString(9000, QLatin1Char('w')) : QStringLiteral("Goal %1.%2, written out at some length").arg(batch).arg(i);
            ops << makeOp(id, QStringLiteral("goal"), QStringLiteral("g%1").arg(i), QStringLiteral("title"), text, 1000 + batch * 10 + i);
        }
        REQUIRE(store.applyLocal(ops).ok());
    }
    return made;
}

/** Flips a byte in the root page of table, after a checkpoint, so that no query reads any of its rows. */
void damageRoot(const TestDir &dir, PlanStore &store, const QString &table)
{
    const qint64 root = store.database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?1"), { table }).value();
    // An interior page: its rows are on leaf pages below it, which a query reaches only through it.
    REQUIRE(store.database().scalar(QStringLiteral("SELECT count(*) FROM dbstat WHERE name = ?1 AND pagetype = 'leaf'"), { table }).value() > 2);
    REQUIRE(store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(flipByte(PlanStore::databasePath(dir.path()), (root - 1) * kPage + 20));
}

QStringList idsOf(const StoreSalvage::Salvaged &salvaged)
{
    QStringList ids;
    for (const OutboxEntry &e : salvaged.unsent)
        ids << e.op.opId;
    return ids;
}

} // namespace

TEST_CASE("On a device that never connected, a damaged root page of the operations loses none of the changes on intact pages", "[store][damage]")
{
    TestDir dir;
    QStringList made;
    {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        made = makeChanges(*store.value());
        damageRoot(dir, *store.value(), QStringLiteral("ops"));
    }
    const StoreSalvage::Salvaged salvaged = StoreSalvage::read(PlanStore::databasePath(dir.path()), test::testRawKey());
    // Every one, in the order they were made, read from the leaf pages (before: none, trial after stop 38).
    CHECK(idsOf(salvaged) == made);
    bool longText = false;
    for (const OutboxEntry &e : salvaged.unsent)
        longText = longText || e.op.value.toString() == QString(9000, QLatin1Char('w'));
    CHECK(longText); // the text that goes on to overflow pages, whole
    CHECK_FALSE(salvaged.unsentComplete); // what was on the damaged page itself cannot be known
}

TEST_CASE("On a connected device, a damaged root page of the outbox loses none of the changes not sent yet", "[store][damage]")
{
    TestDir dir;
    QStringList waiting;
    {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        REQUIRE(store.value()
                    ->setSettings({ { QStringLiteral("sync.service"), QStringLiteral("https://127.0.0.1:1") },
                                    { QStringLiteral("sync.deviceId"), QStringLiteral("device-1") },
                                    { QStringLiteral("sync.deviceKey"), QStringLiteral("key") },
                                    { QStringLiteral("planId"), QStringLiteral("plan-1") },
                                    { QStringLiteral("sync.serviceMemberId"), QStringLiteral("alice") } })
                    .ok());
        const QStringList made = makeChanges(*store.value(), 100); // the outbox over several pages
        // The first 50 were sent: they are no longer waiting, and must not come back as waiting.
        REQUIRE(store.value()->markPushed(made.mid(0, 50)).ok());
        waiting = made.mid(50);
        damageRoot(dir, *store.value(), QStringLiteral("outbox"));
    }
    const StoreSalvage::Salvaged salvaged = StoreSalvage::read(PlanStore::databasePath(dir.path()), test::testRawKey());
    CHECK(StoreSalvage::canSync(salvaged.settings));
    CHECK(idsOf(salvaged) == waiting); // before: none
}

TEST_CASE("When the page of the settings is lost, the plan and its member are named again by the changes kept", "[store][damage]")
{
    TestDir dir;
    QStringList made;
    {
        auto store = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(store.ok());
        REQUIRE(store.value()
                    ->setSettings({ { QStringLiteral("planId"), QStringLiteral("plan-1") }, { QStringLiteral("memberId"), QStringLiteral("alice") } })
                    .ok());
        made = makeChanges(*store.value());
        const qint64 root = store.value()->database().scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'settings'")).value();
        REQUIRE(store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        REQUIRE(flipByte(PlanStore::databasePath(dir.path()), (root - 1) * kPage + 20));
    }
    const StoreSalvage::Salvaged salvaged = StoreSalvage::read(PlanStore::databasePath(dir.path()), test::testRawKey());
    CHECK(idsOf(salvaged) == made);
    // Before: no plan id, and the rebuilt file showed "This device holds no plan yet" with every change in it.
    CHECK(salvaged.settings.value(QStringLiteral("planId")) == QStringLiteral("plan-1"));
    CHECK(salvaged.settings.value(QStringLiteral("memberId")) == QStringLiteral("alice"));
}
