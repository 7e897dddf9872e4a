// The case service at scale, on loopback: PostgreSQL (the CTest fixture's throwaway
// cluster), two samen-service instances on one database, and Debian's HAProxy 2.6 in
// front (TLS, WebSocket). A push through one instance pokes a live socket on the
// other; instance 1 is killed with SIGKILL mid-sync; the devices go on through
// HAProxy (to instance 2) and converge, with no accepted operation lost or
// duplicated (op-id sets compared by FaultyPlan::checkConverged). Tagged
// [.topology]: run as the "topology: ..." CTest by scripts/test and scripts/topology-test.
#include "faultyplan.h"
#include "haproxyprocess.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace samen;
using namespace samen::test;

namespace {

/** A live socket (wss://127.0.0.1:port/v1/live) signed in with a device's token; collects the types of the messages it hears. */
class LiveSocket
{
public:
    LiveSocket(quint16 port, const QString &dataDir, const QString &token)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(dataDir + QStringLiteral("/dev-tls-cert.pem")));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(ssl);
        QObject::connect(&m_socket, &QWebSocket::connected, [this, token] {
            m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("token"), token } }).toJson(QJsonDocument::Compact)));
        });
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_heard.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        m_socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(port)));
    }
    bool ready()
    {
        return waitFor([this] { return has(QStringLiteral("ready")); }, 10000);
    }
    bool has(const QString &type) const
    {
        for (const QJsonObject &o : m_heard) {
            if (o.value(QStringLiteral("type")).toString() == type)
                return true;
        }
        return false;
    }
    /** Waits for a poke of planId at seq or beyond. */
    bool pokedTo(const QString &planId, qint64 seq, int timeoutMs = 10000)
    {
        return waitFor(
            [&] {
                for (const QJsonObject &o : m_heard) {
                    if (o.value(QStringLiteral("type")).toString() == QLatin1String("poke") && o.value(QStringLiteral("planId")).toString() == planId
                        && o.value(QStringLiteral("seq")).toInteger() >= seq)
                        return true;
                }
                return false;
            },
            timeoutMs);
    }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_heard;
};

/** The plan's head as the citizen's device sees it after a sync. */
qint64 headOf(Member &m)
{
    const QString planId = m.device->store->setting(QStringLiteral("planId"));
    qint64 after = 0;
    while (true) {
        const auto p = m.device->call("GET", QStringLiteral("/v1/plans/%1/ops?after=%2&limit=1000").arg(planId).arg(after));
        REQUIRE(p);
        const qint64 next = p->value(QStringLiteral("next")).toInteger();
        if (!p->value(QStringLiteral("more")).toBool() || next <= after)
            return next;
        after = next;
    }
}

} // namespace

TEST_CASE("Two instances behind HAProxy: pokes cross instances, and devices converge through a SIGKILL of one, losing and duplicating nothing",
          "[sync][.topology]")
{
    REQUIRE(PgCluster::wanted());
    const quint32 seed = baseSeed() + 500;
    INFO("seed " << seed << " (repeat with SAMEN_SYNC_SEED)");
    FaultyPlan plan(seed); // starts instance 1 on the data folder (and its database)
    ServiceProcess second(plan.serviceDir());
    REQUIRE(second.start());
    HaproxyProcess haproxy(plan.serviceDir(), { plan.service().port(), second.port() });
    INFO(haproxy.output().toStdString());
    REQUIRE(haproxy.start());
    plan.routeThrough(haproxy.port());
    addThreeMembers(plan);
    Member &citizen = *plan.members().at(0);
    Member &professional = *plan.members().at(2);
    const QString planId = citizen.device->store->setting(QStringLiteral("planId"));

    // A live socket on each instance (through HAProxy's pinned frontends); the push goes through the balanced one.
    LiveSocket onFirst(haproxy.pinnedPort(0), plan.serviceDir(), professional.device->client->token());
    LiveSocket onSecond(haproxy.pinnedPort(1), plan.serviceDir(), professional.device->client->token());
    REQUIRE(onFirst.ready());
    REQUIRE(onSecond.ready());
    plan.randomEdit(citizen);
    REQUIRE(citizen.device->sync());
    const qint64 head = headOf(citizen);
    CHECK(onFirst.pokedTo(planId, head)); // whichever instance took the push, the other one's socket heard it too
    CHECK(onSecond.pokedTo(planId, head));

    // Instance 1 dies mid-sync; the devices carry on through HAProxy, which now has only instance 2.
    QRandomGenerator &rng = plan.rng();
    bool killed = false;
    for (int round = 0; round < 12 && !killed; ++round) {
        Member &m = *plan.members().at(static_cast<int>(rng.bounded(3)));
        for (int i = 0; i < 8; ++i)
            plan.randomEdit(m); // at least two push batches
        QTimer killer;
        killer.setSingleShot(true);
        QObject::connect(&killer, &QTimer::timeout, [&] {
            killed = true;
            plan.service().kill();
        });
        killer.start(static_cast<int>(rng.bounded(60)));
        plan.syncRound(m, false);
        killer.stop();
    }
    REQUIRE(killed);
    ++plan.m_kills;
    CHECK(waitFor([&onFirst] { return onFirst.closed(); }, 10000)); // its sockets went with it
    for (int round = 0; round < 4; ++round)
        plan.randomRound(3);
    // A device reconnecting its live socket through HAProxy reaches instance 2 and hears the next push.
    LiveSocket again(haproxy.port(), plan.serviceDir(), professional.device->client->token());
    REQUIRE(again.ready());
    plan.randomEdit(citizen);
    REQUIRE(citizen.device->sync());
    CHECK(again.pokedTo(planId, headOf(citizen)));

    const ConvergenceCounts found = plan.checkConverged();
    plan.report("topology: two instances behind HAProxy, instance 1 killed", seed);
    std::printf("[topology] operations held at the service: %lld; lost %d, duplicated %d, diverged %d\n",
                static_cast<long long>(pulledOpIds(*citizen.device).size()), found.lost, found.duplicated, found.diverged);
    CHECK(found.lost == 0);
    CHECK(found.duplicated == 0);
    CHECK(found.diverged == 0);
}
