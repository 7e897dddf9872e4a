// The device's clock never runs behind what its store holds (docs/sync-protocol.md,
// "Clocks"), and a change refused for its clock is sent again with a current one.
#include "domain/planeditor.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "sync/hlcclock.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <random>
#include <vector>

using namespace samen;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000;

std::unique_ptr<PlanStore> openStore(const QString &dir, bool create)
{
    auto store = create ? PlanStore::create(dir, test::testRawKey()) : PlanStore::open(dir, test::testRawKey());
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store.ok());
    return std::move(store.value());
}

/** The keys of the plan's domains, first priority first. */
QStringList domainOrder(const PlanStore &store, const QString &planId)
{
    QStringList keys;
    for (const QJsonObject &d : store.entities(planId, QStringLiteral("domain")))
        keys << d.value(QStringLiteral("key")).toString();
    return keys;
}

/** A plan made on one device, as samen-cli init makes it, with wall as its wall clock. */
struct OneDevice {
    TestDir dir;
    qint64 wall = kNow;
    std::unique_ptr<PlanStore> store = openStore(dir.path(), true);
    std::unique_ptr<HlcClock> clock = store->makeClock([this] { return wall; });
    QString planId;
    QString memberId;

    OneDevice()
    {
        auto made = PlanEditor::createPlan(*clock, QStringLiteral("Tess"), QStringLiteral("default"), QStringLiteral("Tess"));
        REQUIRE(made);
        REQUIRE(store->applyLocal(made->ops));
        planId = made->entityId;
        memberId = PlanEditor::ownerMemberIdOf(made.value());
    }
    void reopen()
    {
        clock.reset();
        store.reset();
        store = openStore(dir.path(), false);
        clock = store->makeClock([this] { return wall; });
    }
    void prioritize(const QString &key)
    {
        const auto edit = PlanEditor(*store, *clock, planId, memberId).prioritize({ key });
        REQUIRE(edit);
        REQUIRE(store->applyLocal(edit->ops));
    }
};

} // namespace

TEST_CASE("A change made after the wall clock was set back still wins, also after a restart", "[store][clock]")
{
    OneDevice device;
    device.wall = kNow + 10 * kMinute; // the clock runs ten minutes fast
    device.prioritize(QStringLiteral("money"));
    REQUIRE(domainOrder(*device.store, device.planId).first() == QStringLiteral("money"));
    const Hlc fast = device.store->clockFloor();
    CHECK(fast.wallMs == kNow + 10 * kMinute);

    // The clock is put right, and the app starts again: the high-water mark is in the file.
    device.wall = kNow + kMinute;
    device.reopen();
    CHECK(device.store->clockFloor() == fast);
    device.prioritize(QStringLiteral("social"));
    CHECK(domainOrder(*device.store, device.planId).first() == QStringLiteral("social"));
    CHECK(fast < device.store->clockFloor());
}

TEST_CASE("Operations received from others raise the high-water mark in the same transaction", "[store][clock]")
{
    OneDevice device;
    const Hlc before = device.store->clockFloor();
    REQUIRE(before.wallMs == kNow);
    // Another member's change, made on a device whose clock is an hour ahead of this one.
    Operation theirs = makeOp(QStringLiteral("their-op"), QStringLiteral("plan"), device.planId, QStringLiteral("name"), QStringLiteral("Our plan"),
                              kNow + 60 * kMinute, QStringLiteral("bob"));
    theirs.planId = device.planId;
    REQUIRE(device.store->applyRemote({ theirs }));
    CHECK(device.store->clockFloor().wallMs == kNow + 60 * kMinute);
    // An older one changes nothing.
    Operation older = theirs;
    older.opId = QStringLiteral("their-old-op");
    older.hlc.wallMs = kNow - 60 * kMinute;
    REQUIRE(device.store->applyRemote({ older }));
    CHECK(device.store->clockFloor().wallMs == kNow + 60 * kMinute);

    device.reopen();
    const Hlc next = device.clock->now();
    CHECK(theirs.hlc < next);
}

TEST_CASE("A store without a kept high-water mark takes it from its operations when opened", "[store][clock]")
{
    TestDir dir;
    {
        auto store = openStore(dir.path(), true);
        REQUIRE(store->applyLocal({ makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"), QStringLiteral("A"),
                                           kNow + 5 * kMinute) }));
        // As a store written by an earlier version of Samen: no mark kept.
        REQUIRE(store->setSetting(QStringLiteral("clock.highWater"), QString()));
    }
    auto store = openStore(dir.path(), false);
    CHECK(store->clockFloor().wallMs == kNow + 5 * kMinute);
    CHECK(store->setting(QStringLiteral("clock.highWater")) == store->clockFloor().toString());
}

TEST_CASE("A change refused for its clock leaves the mark, and trying again stamps it with the current time", "[store][clock]")
{
    OneDevice device;
    for (const OutboxEntry &e : device.store->outbox(-1))
        REQUIRE(device.store->markPushed({ e.op.opId }));
    device.wall = kNow + 3 * 24 * 60 * kMinute; // three days ahead: the service refuses it
    device.prioritize(QStringLiteral("money"));
    QStringList refusedIds;
    for (const OutboxEntry &e : device.store->outbox(-1)) {
        refusedIds << e.op.opId;
        REQUIRE(device.store->markRejected(e.op.opId, QStringLiteral("clock: The operation's clock is too far in the future.")));
    }
    REQUIRE_FALSE(refusedIds.isEmpty());
    // Not counted any more: new changes are not stamped three days ahead.
    CHECK(device.store->clockFloor().wallMs == kNow);

    device.wall = kNow + kMinute; // the date is put right
    device.reopen();
    REQUIRE(device.store->retryRejected(refusedIds, *device.clock));
    const auto waiting = device.store->outbox(-1);
    REQUIRE(waiting.size() == refusedIds.size());
    Hlc previous;
    for (int i = 0; i < waiting.size(); ++i) {
        const Operation &op = waiting[i].op;
        CHECK(op.opId == refusedIds[i]); // the same changes, so later changes that name them still do
        CHECK(op.hlc.wallMs == kNow + kMinute); // stamped again, in the order they were made
        CHECK(previous < op.hlc);
        CHECK(device.store->operation(op.opId)->hlc == op.hlc);
        previous = op.hlc;
    }
    CHECK(device.store->rejected().isEmpty());
    CHECK(device.store->clockFloor() == previous);
    // Merged again with their new clocks: still the winners of their fields.
    CHECK(domainOrder(*device.store, device.planId).first() == QStringLiteral("money"));
    device.reopen();
    CHECK(domainOrder(*device.store, device.planId).first() == QStringLiteral("money"));
}

TEST_CASE("A change refused as forbidden or invalid cannot be retried: nothing changes", "[store][clock]")
{
    auto code = GENERATE(QStringLiteral("forbidden"), QStringLiteral("invalid"));
    OneDevice device;
    const OutboxEntry refused = device.store->outbox(-1).constLast();
    REQUIRE(device.store->markRejected(refused.op.opId, code + QStringLiteral(": no")));
    const Status retried = device.store->retryRejected(refused.op.opId, *device.clock);
    REQUIRE_FALSE(retried);
    CHECK(retried.error().code == ErrorCode::Validation);
    CHECK(retried.error().message.contains(QStringLiteral("Discard")));
    REQUIRE(device.store->rejected().size() == 1);
    CHECK(device.store->rejected().first().rejectedReason == code + QStringLiteral(": no"));
    CHECK(device.store->operation(refused.op.opId)->hlc == refused.op.hlc);
    // A list with one of them in it changes nothing either.
    QStringList all;
    for (const OutboxEntry &e : device.store->outbox(-1))
        all << e.op.opId;
    for (const QString &id : all)
        REQUIRE(device.store->markRejected(id, QStringLiteral("clock: ahead")));
    all << refused.op.opId;
    CHECK(device.store->retryRejected(all, *device.clock).error().code == ErrorCode::Validation);
    CHECK(device.store->waitingCount() == 0);
    CHECK(device.store->rejectedCount() == all.size());
}

TEST_CASE("Property: with wall clocks jumping back and forth on several devices, a change made after seeing another wins over it", "[store][clock]")
{
    const unsigned seed = GENERATE(1u, 2u, 3u);
    INFO("seed " << seed);
    std::mt19937 random(seed);
    constexpr int kDevices = 4;
    constexpr int kSteps = 60;
    struct Replica {
        TestDir dir;
        qint64 wall = kNow;
        std::unique_ptr<PlanStore> store;
        std::unique_ptr<HlcClock> clock;
        QList<Operation> held; // every operation this device's store holds
        void open(bool create)
        {
            clock.reset();
            store.reset();
            store = openStore(dir.path(), create);
            clock = store->makeClock([this] { return wall; });
        }
    };
    std::vector<std::unique_ptr<Replica>> devices;
    for (int i = 0; i < kDevices; ++i) {
        devices.push_back(std::make_unique<Replica>());
        devices.back()->open(true);
    }
    auto made = PlanEditor::createPlan(*devices[0]->clock, QStringLiteral("Tess"), QStringLiteral("default"), QStringLiteral("Tess"));
    REQUIRE(made);
    const QString planId = made->entityId;
    const QString memberId = PlanEditor::ownerMemberIdOf(made.value());
    for (auto &d : devices) {
        REQUIRE(d->store->applyRemote(made->ops));
        d->held = made->ops;
    }
    auto receive = [](Replica &to, const Replica &from) {
        REQUIRE(to.store->applyRemote(from.held));
        for (const Operation &op : from.held) {
            if (std::none_of(to.held.begin(), to.held.end(), [&](const Operation &o) { return o.opId == op.opId; }))
                to.held.append(op);
        }
    };
    auto name = [&](const Replica &d) { return d.store->entity(planId).value_or(QJsonObject()).value(QStringLiteral("name")).toString(); };
    std::uniform_int_distribution<int> pick(0, kDevices - 1);
    std::uniform_int_distribution<qint64> jump(-2 * 60 * kMinute, 2 * 60 * kMinute);
    std::uniform_int_distribution<int> percent(0, 99);

    for (int step = 0; step < kSteps; ++step) {
        Replica &d = *devices[static_cast<size_t>(pick(random))];
        d.wall += jump(random); // someone sets the date, forward or back
        if (percent(random) < 60) {
            const Replica &other = *devices[static_cast<size_t>(pick(random))];
            if (&other != &d)
                receive(d, other);
        }
        if (percent(random) < 15)
            d.open(false); // the app starts again
        const QString value = QStringLiteral("name %1").arg(step);
        auto edit = PlanEditor(*d.store, *d.clock, planId, memberId).setField(planId, QStringLiteral("name"), value);
        REQUIRE(edit);
        REQUIRE(edit->ops.size() == 1);
        const Operation &mine = edit->ops.first();
        for (const Operation &seen : std::as_const(d.held)) {
            INFO("step " << step << ": " << seen.hlc.toString().toStdString() << " vs " << mine.hlc.toString().toStdString());
            REQUIRE(operationLess(seen, mine));
        }
        REQUIRE(d.store->applyLocal(edit->ops));
        d.held.append(mine);
        CHECK(name(d) == value);
    }
    // Everyone sees everything, then one more change after that wins everywhere.
    for (int round = 0; round < 2; ++round) {
        for (auto &to : devices) {
            for (auto &from : devices) {
                if (to != from)
                    receive(*to, *from);
            }
        }
    }
    const QString converged = name(*devices[0]);
    for (auto &d : devices)
        CHECK(name(*d) == converged);
    Replica &last = *devices[static_cast<size_t>(pick(random))];
    last.wall -= 24 * 60 * kMinute;
    auto edit = PlanEditor(*last.store, *last.clock, planId, memberId).setField(planId, QStringLiteral("name"), QStringLiteral("final"));
    REQUIRE(edit);
    REQUIRE(last.store->applyLocal(edit->ops));
    last.held.append(edit->ops);
    for (auto &d : devices) {
        receive(*d, last);
        CHECK(name(*d) == QStringLiteral("final"));
    }
}
