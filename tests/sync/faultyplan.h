#pragma once
// A plan whose members sync through a FaultProxy to the real samen-service: the
// fixture of the fault tests (syncfaults_test.cpp) and the long soak (syncsoak_test.cpp).
#include "faultproxy.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

namespace samen::test {

inline const QStringList kDomains { QStringLiteral("work"), QStringLiteral("housing"), QStringLiteral("money"), QStringLiteral("social") };
inline const QStringList kStatuses { QStringLiteral("open"), QStringLiteral("in-progress"), QStringLiteral("paused") };

/** One member's device and what the member may read and write. */
struct Member {
    QString name;
    QStringList read; ///< domains the member may read (write included)
    QStringList write;
    std::unique_ptr<TestDir> dir;
    std::unique_ptr<Device> device;
    std::shared_ptr<qint64> clockOffsetMs = std::make_shared<qint64>(0); ///< how far this device's wall clock is off (jumps)
};

/** What a convergence check found: operations lost or held twice, and fields on which a device disagrees with the citizen's. */
struct ConvergenceCounts {
    int lost = 0; ///< made on a device but not at the service, or a written title missing from a reader's history
    int duplicated = 0; ///< op ids the service gives out more than once
    int diverged = 0; ///< fields a member's device holds differently, or goals it holds but may not read
};

/** The op ids in a device's store (all, or only those made on it). */
inline QSet<QString> localOpIds(PlanStore &store, bool ownOnly)
{
    auto stmt = store.database().prepare(ownOnly ? QStringLiteral("SELECT op_id FROM ops WHERE origin = 'local'") : QStringLiteral("SELECT op_id FROM ops"));
    REQUIRE(stmt);
    Statement *s = stmt.value();
    s->bind({});
    QSet<QString> ids;
    while (true) {
        auto row = s->step();
        REQUIRE(row);
        if (!row.value())
            break;
        ids.insert(s->text(0));
    }
    return ids;
}

/** Every operation the service gives this device, page by page (op ids in service order). */
inline QStringList pulledOpIds(Device &device)
{
    QStringList ids;
    qint64 after = 0;
    const QString planId = device.store->setting(QStringLiteral("planId"));
    while (true) {
        const auto page = device.call("GET", QStringLiteral("/v1/plans/%1/ops?after=%2&limit=1000").arg(planId).arg(after));
        REQUIRE(page);
        for (const QJsonValue &op : page->value(QStringLiteral("ops")).toArray())
            ids << op[QStringLiteral("opId")].toString();
        const qint64 next = page->value(QStringLiteral("next")).toInteger();
        if (!page->value(QStringLiteral("more")).toBool() || next <= after)
            return ids;
        after = next;
    }
}

inline QString fieldOf(PlanStore &store, const QString &entityId, const QString &field)
{
    return store.entity(entityId).value_or(QJsonObject()).value(field).toString();
}

/** A plan with a citizen and invited members, all of them talking to the service through a FaultProxy. */
class FaultyPlan
{
public:
    explicit FaultyPlan(quint32 seed)
        : m_service(m_serviceDir.path())
        , m_rng(seed)
    {
        REQUIRE(m_service.start());
        m_proxy = std::make_unique<FaultProxy>(m_service.port(), seed);
        REQUIRE(m_proxy->listen());
        // The device is told the proxy's address; the certificate (for 127.0.0.1) and pin are the service's own.
        m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port()));
        m_trust = trustOf(m_serviceDir.path(), m_service.pin());
    }

    /** From now on devices reach the service through port (a load balancer in front of several instances) instead; call before adding members. */
    void routeThrough(quint16 port)
    {
        m_proxy = std::make_unique<FaultProxy>(port, m_rng.generate());
        REQUIRE(m_proxy->listen());
        m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port()));
    }
    QString serviceDir() const { return m_serviceDir.path(); }

    Member &addCitizen()
    {
        Member &m = newMember(QStringLiteral("citizen"), kDomains, kDomains);
        m.device->makePlan(QStringLiteral("Robin"));
        for (const QString &domain : kDomains) {
            for (int i = 0; i < 2; ++i)
                m.device->edit(m.device->editor().addGoal(domain, QStringLiteral("%1 goal %2").arg(domain).arg(i), {}, {}));
        }
        REQUIRE(m.device->client->configure(m_url, m_trust));
        REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { m.device->client->connectService(QStringLiteral("phone"), {}, d); }));
        REQUIRE(m.device->sync());
        return m;
    }

    /** The citizen invites a member (kind "network" or "professional") with grants domain → "read"/"write"; the member joins and is confirmed. */
    Member &invite(const QString &name, const QString &kind, const QList<std::pair<QString, QString>> &grants)
    {
        Member &citizen = *m_members.front();
        QJsonArray grantJson;
        QStringList read, write;
        for (const auto &[domain, access] : grants) {
            grantJson.append(QJsonObject { { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } });
            read << domain;
            if (access == QLatin1String("write"))
                write << domain;
        }
        const QString planId = citizen.device->store->setting(QStringLiteral("planId"));
        const auto invitation = citizen.device->call("POST", QStringLiteral("/v1/plans/%1/invitations").arg(planId),
                                                     { { QStringLiteral("kind"), kind }, { QStringLiteral("grants"), grantJson } });
        REQUIRE(invitation);
        Member &m = newMember(name, read, write);
        const QString enrolCode = kind == QLatin1String("professional") ? professionalEnrolmentCode(m_serviceDir.path()) : QString();
        REQUIRE(m.device->client->configure(m_url, m_trust));
        REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { m.device->client->connectService(name, enrolCode, d); }));
        const auto joined
            = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { m.device->client->joinPlan(invitation->value(QStringLiteral("code")).toString(), d); });
        REQUIRE(joined);
        REQUIRE(
            citizen.device->call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, joined->value(QStringLiteral("memberId")).toString())));
        REQUIRE(m.device->sync());
        return m;
    }

    /** One offline edit by this member inside its grants: a new title, a new status, or a new goal. */
    void randomEdit(Member &m)
    {
        Device &d = *m.device;
        const QString planId = d.store->setting(QStringLiteral("planId"));
        QStringList goals;
        for (const QJsonObject &goal : d.store->entities(planId, QStringLiteral("goal"))) {
            if (m.write.contains(goal.value(QStringLiteral("domainKey")).toString()))
                goals << goal.value(QStringLiteral("id")).toString();
        }
        const int roll = static_cast<int>(m_rng.bounded(10));
        if (goals.isEmpty() || roll == 0) {
            const QString domain = m.write[static_cast<int>(m_rng.bounded(static_cast<int>(m.write.size())))];
            const QString title = QStringLiteral("New goal %1 by %2").arg(++m_edits).arg(m.name);
            m_titles.append({ d.edit(d.editor().addGoal(domain, title, {}, {})), title });
            return;
        }
        const QString goal = goals[static_cast<int>(m_rng.bounded(static_cast<int>(goals.size())))];
        if (roll <= 5) {
            const QString title = QStringLiteral("Title %1 by %2").arg(++m_edits).arg(m.name);
            d.edit(d.editor().setField(goal, QStringLiteral("title"), title));
            m_titles.append({ goal, title });
        } else {
            ++m_edits;
            d.edit(d.editor().setField(goal, QStringLiteral("status"), kStatuses[static_cast<int>(m_rng.bounded(3))]));
        }
    }

    /**
     * One sync round of this member; failures are expected while faults are on, but only as network trouble.
     * Returns the cursor of a successful round (-1 after a failed one); verify checks it at once.
     */
    qint64 syncRound(Member &m, bool verify = true)
    {
        ++m_runs;
        const auto r = m.device->sync();
        if (r) {
            CHECK(r->waiting == 0);
            if (verify)
                verifyComplete(m, r->cursor);
            return r->cursor;
        }
        ++m_failedRuns;
        INFO(m.name.toStdString() << ": " << r.error().message.toStdString());
        CHECK(r.error().code == ErrorCode::Network);
        return -1;
    }

    /** A round that reported success has seen everything the service holds (nobody else synced since). */
    void verifyComplete(Member &m, qint64 cursor)
    {
        const bool faults = m_proxy->faults();
        m_proxy->setFaults(false);
        const QString planId = m.device->store->setting(QStringLiteral("planId"));
        const auto page = m.device->call("GET", QStringLiteral("/v1/plans/%1/ops?after=%2&limit=1").arg(planId).arg(cursor));
        m_proxy->setFaults(faults);
        REQUIRE(page);
        INFO(m.name.toStdString() << " reported a successful round at cursor " << cursor);
        CHECK(page->value(QStringLiteral("next")).toInteger() == cursor);
    }

    /** Members in random order, each making a few offline edits and then syncing. */
    void randomRound(int maxEdits)
    {
        QList<Member *> order;
        for (auto &m : m_members)
            order.insert(static_cast<int>(m_rng.bounded(static_cast<int>(order.size()) + 1)), m.get());
        for (Member *m : order) {
            const int edits = static_cast<int>(m_rng.bounded(maxEdits + 1));
            for (int i = 0; i < edits; ++i)
                randomEdit(*m);
            if (m_clockJumps && m_rng.bounded(8) == 0)
                jumpClock(*m);
            if (m_rng.bounded(4) != 0) // sometimes a member stays offline for this round
                syncRound(*m);
        }
    }

    /** From now on randomRound sometimes moves a device's wall clock: back by up to two hours or ahead by up to four minutes (under the service's 5-minute
     * limit). */
    void enableClockJumps() { m_clockJumps = true; }
    void jumpClock(Member &m)
    {
        ++m_jumps;
        *m.clockOffsetMs = -static_cast<qint64>(m_rng.bounded(2 * 3600 * 1000)) + (m_rng.bounded(2) ? static_cast<qint64>(m_rng.bounded(4 * 60 * 1000)) : 0);
    }

    /** Faults off, clean rounds, then: same state for what each may read, nothing lost or duplicated, full history. */
    ConvergenceCounts checkConverged()
    {
        ConvergenceCounts found;
        m_proxy->setFaults(false);
        for (int round = 0; round < 2; ++round) {
            for (auto &m : m_members) {
                const auto r = m->device->sync();
                INFO(m->name.toStdString() << ": " << (r ? QString() : r.error().message).toStdString());
                REQUIRE(r);
                CHECK(r->refused == 0);
            }
        }
        Member &citizen = *m_members.front();
        const QStringList held = pulledOpIds(*citizen.device);
        const QSet<QString> heldSet(held.begin(), held.end());
        CHECK(heldSet.size() == held.size()); // nothing duplicated at the service
        found.duplicated = static_cast<int>(held.size() - heldSet.size());
        QSet<QString> authored;
        for (auto &m : m_members) {
            INFO(m->name.toStdString());
            CHECK(m->device->client->waitingCount() == 0);
            CHECK(m->device->client->refusedCount() == 0);
            const QSet<QString> own = localOpIds(*m->device->store, true);
            CHECK((own - heldSet).isEmpty()); // nothing this device made is missing at the service
            found.lost += static_cast<int>((own - heldSet).size());
            authored += own;
            // The device holds exactly what the service lets this member read.
            const QStringList readable = pulledOpIds(*m->device);
            const QSet<QString> readableSet(readable.begin(), readable.end());
            CHECK(localOpIds(*m->device->store, false) == readableSet);
            found.lost += static_cast<int>((readableSet - localOpIds(*m->device->store, false)).size());
        }
        CHECK(authored == heldSet); // and the service holds nothing no device made

        const QString planId = citizen.device->store->setting(QStringLiteral("planId"));
        const QList<QJsonObject> goals = citizen.device->store->entities(planId, QStringLiteral("goal"));
        CHECK(goals.size() >= 2 * kDomains.size());
        for (const QJsonObject &goal : goals) {
            const QString id = goal.value(QStringLiteral("id")).toString();
            const QString domain = goal.value(QStringLiteral("domainKey")).toString();
            for (auto &m : m_members) {
                INFO(m->name.toStdString() << " goal in " << domain.toStdString());
                if (!m->read.contains(domain)) {
                    CHECK_FALSE(m->device->store->entity(id));
                    found.diverged += m->device->store->entity(id) ? 1 : 0;
                    continue;
                }
                for (const QString &field : { QStringLiteral("title"), QStringLiteral("status") }) {
                    CHECK(fieldOf(*m->device->store, id, field) == fieldOf(*citizen.device->store, id, field));
                    found.diverged += fieldOf(*m->device->store, id, field) == fieldOf(*citizen.device->store, id, field) ? 0 : 1;
                }
            }
        }
        QHash<QString, QString> domainOf;
        for (const QJsonObject &goal : goals)
            domainOf.insert(goal.value(QStringLiteral("id")).toString(), goal.value(QStringLiteral("domainKey")).toString());
        int missing = 0;
        for (const auto &[goal, title] : std::as_const(m_titles)) {
            for (auto &m : m_members) {
                if (!m->read.contains(domainOf.value(goal)))
                    continue;
                bool found = false;
                for (const Operation &op : m->device->store->history(goal, QStringLiteral("title")))
                    found = found || op.value.toString() == title;
                if (!found) {
                    ++missing;
                    UNSCOPED_INFO(m->name.toStdString() << " lacks \"" << title.toStdString() << "\" in history");
                }
            }
        }
        CHECK(missing == 0);
        found.lost += missing;
        m_found = found;
        return found;
    }

    void report(const char *what, quint32 seed) const
    {
        const FaultCounts &c = m_proxy->counts();
        std::printf("[%s] seed %u: %d sync runs (%d ended by faults), %d edits, %d service kills, %d clock jumps; faults injected: %d "
                    "(dropped %d, delayed %d, truncated %d, reset mid-push %d, reset mid-response %d) over %d connections; "
                    "lost %d, duplicated %d, diverged %d\n",
                    what, seed, m_runs, m_failedRuns, m_edits, m_kills, m_jumps, c.total(), c.dropped, c.delayed, c.truncated, c.resetMidPush,
                    c.resetMidResponse, c.connections, m_found.lost, m_found.duplicated, m_found.diverged);
        std::fflush(stdout);
    }

    FaultProxy &proxy() { return *m_proxy; }
    ServiceProcess &service() { return m_service; }
    QRandomGenerator &rng() { return m_rng; }
    QList<Member *> members() const
    {
        QList<Member *> list;
        for (const auto &m : m_members)
            list << m.get();
        return list;
    }
    int runs() const { return m_runs; }
    int m_kills = 0;

private:
    Member &newMember(const QString &name, const QStringList &read, const QStringList &write)
    {
        auto m = std::make_unique<Member>();
        m->name = name;
        m->read = read;
        m->write = write;
        m->dir = std::make_unique<TestDir>();
        m->device = std::make_unique<Device>(m->dir->path(), name, [offset = m->clockOffsetMs] { return QDateTime::currentMSecsSinceEpoch() + *offset; });
        m->device->client->setBatchSize(4); // several pushes per round: more places to cut
        m->device->client->setBackoff(20, 200);
        m_members.push_back(std::move(m));
        return *m_members.back();
    }

    TestDir m_serviceDir;
    ServiceProcess m_service;
    std::unique_ptr<FaultProxy> m_proxy;
    QUrl m_url;
    SyncTrust m_trust;
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Member>> m_members;
    QList<std::pair<QString, QString>> m_titles; ///< (goal id, title) of every title written
    int m_edits = 0;
    bool m_clockJumps = false;
    int m_jumps = 0;
    ConvergenceCounts m_found;
    int m_runs = 0;
    int m_failedRuns = 0;
};

/** Citizen; friend reading housing and writing work; professional writing work and money. */
inline void addThreeMembers(FaultyPlan &plan)
{
    plan.addCitizen();
    plan.invite(QStringLiteral("friend"), QStringLiteral("network"),
                { { QStringLiteral("housing"), QStringLiteral("read") }, { QStringLiteral("work"), QStringLiteral("write") } });
    plan.invite(QStringLiteral("professional"), QStringLiteral("professional"),
                { { QStringLiteral("work"), QStringLiteral("write") }, { QStringLiteral("money"), QStringLiteral("write") } });
}

inline quint32 baseSeed()
{
    return qEnvironmentVariableIsSet("SAMEN_SYNC_SEED") ? qEnvironmentVariable("SAMEN_SYNC_SEED").toUInt() : 20261123u;
}

} // namespace samen::test
