// The long fault soak (issue 19): four members edit offline and sync through dropped,
// delayed, truncated and reset connections while their devices' clocks jump and the
// service is killed with SIGKILL mid-sync; then every device must converge with
// nothing lost or duplicated. scripts/soak SEEDS runs the hidden [soak] case for many
// seeds and adds up what it prints; every test run does two seeds.
#include "faultyplan.h"

#include <QTimer>

using namespace samen;
using namespace samen::test;

namespace {

/** Sums over the seeds of one run of the soak. */
struct SoakTotals {
    int seeds = 0;
    int runs = 0;
    int faults = 0;
    int kills = 0;
    ConvergenceCounts found;
};

/** One seed of the soak; adds what it saw to totals. */
void soakOne(quint32 seed, SoakTotals &totals)
{
    INFO("soak seed " << seed << " (repeat with scripts/soak 1 " << seed << ")");
    FaultyPlan plan(seed);
    addThreeMembers(plan);
    plan.invite(QStringLiteral("neighbour"), QStringLiteral("network"),
                { { QStringLiteral("work"), QStringLiteral("read") }, { QStringLiteral("social"), QStringLiteral("write") } });
    plan.enableClockJumps();
    plan.proxy().setFaults(true);
    QRandomGenerator &rng = plan.rng();
    const int rounds = 8 + static_cast<int>(rng.bounded(8));
    for (int round = 0; round < rounds; ++round) {
        if (rng.bounded(4) == 0) {
            // A SIGKILL at a random moment of one member's sync; another member tries while the service is down.
            const QList<Member *> members = plan.members();
            Member &m = *members[static_cast<int>(rng.bounded(static_cast<int>(members.size())))];
            for (int i = 0; i < 4; ++i)
                plan.randomEdit(m);
            bool killed = false;
            QTimer killer;
            killer.setSingleShot(true);
            QObject::connect(&killer, &QTimer::timeout, [&] {
                killed = true;
                plan.service().kill();
            });
            killer.start(static_cast<int>(rng.bounded(80)));
            plan.syncRound(m, false);
            killer.stop();
            if (killed) {
                ++plan.m_kills;
                Member &other = *members[static_cast<int>(rng.bounded(static_cast<int>(members.size())))];
                plan.randomEdit(other);
                plan.syncRound(other, false);
                REQUIRE(plan.service().start());
            }
        }
        plan.randomRound(3);
    }
    const int faults = plan.proxy().counts().total();
    const ConvergenceCounts found = plan.checkConverged();
    plan.report("soak", seed);
    ++totals.seeds;
    totals.runs += plan.runs();
    totals.faults += faults;
    totals.kills += plan.m_kills;
    totals.found.lost += found.lost;
    totals.found.duplicated += found.duplicated;
    totals.found.diverged += found.diverged;
}

void printTotals(const SoakTotals &t)
{
    std::printf("SOAK TOTAL: seeds %d, sync runs %d, faults injected %d, service kills %d, lost %d, duplicated %d, diverged %d\n", t.seeds, t.runs, t.faults,
                t.kills, t.found.lost, t.found.duplicated, t.found.diverged);
    std::fflush(stdout);
}

} // namespace

TEST_CASE("Soak, short: four members converge through network faults, clock jumps and service kills for two seeds", "[sync][faults][soak-short]")
{
    SoakTotals totals;
    for (quint32 seed = baseSeed() + 500; seed < baseSeed() + 502; ++seed)
        soakOne(seed, totals);
    printTotals(totals);
    CHECK(totals.found.lost == 0);
    CHECK(totals.found.duplicated == 0);
}

TEST_CASE("Soak: SAMEN_SOAK_SEEDS seeds from SAMEN_SOAK_FIRST_SEED (scripts/soak)", "[.soak]")
{
    const int count = qEnvironmentVariableIntValue("SAMEN_SOAK_SEEDS");
    const quint32 first = qEnvironmentVariable("SAMEN_SOAK_FIRST_SEED", QStringLiteral("1")).toUInt();
    REQUIRE(count > 0);
    SoakTotals totals;
    for (quint32 seed = first; seed < first + static_cast<quint32>(count); ++seed)
        soakOne(seed, totals);
    printTotals(totals);
    CHECK(totals.found.lost == 0);
    CHECK(totals.found.duplicated == 0);
}
