// Memory that closed connections freed goes back to the operating system once closes are quiet
// (service/runtime/heaprelease.*; issue 18, "returned after close"). How much is given back is a
// figure of the service benchmark (scripts/bench service), not asserted here; here: that a trim runs, once per burst.
#include "servicefixture.h"
#include "waitfor.h"

#include "runtime/heaprelease.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslSocket>

#include <memory>
#include <vector>

using namespace samen::test;
using samen::service::HeapRelease;

namespace {

/** Lets the event loop run for ms milliseconds. */
void runFor(int ms)
{
    samen::test::waitFor([] { return false; }, ms);
}

/** samen_heap_trims_total in the service's /metrics; -1 when it is not there. */
long long heapTrims(ApiClient &api)
{
    const Reply metrics = api.get(QStringLiteral("/metrics"));
    const auto match
        = QRegularExpression(QStringLiteral("^samen_heap_trims_total (\\d+)$"), QRegularExpression::MultilineOption).match(QString::fromUtf8(metrics.body));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

TEST_CASE("HeapRelease trims once after a burst of closes has been quiet, not per close", "[service][memory]")
{
    HeapRelease release(150);
    int trims = 0;
    QObject::connect(&release, &HeapRelease::trimmed, [&trims](bool) { ++trims; });
    for (int i = 0; i < 5; ++i) {
        release.noteClosed();
        runFor(30); // closes 30 ms apart: still one burst
    }
    CHECK(trims == 0);
    runFor(400);
    CHECK(trims == 1);
    CHECK(release.trims() == 1);
    runFor(300);
    CHECK(trims == 1); // nothing closed since: no trim
    release.noteClosed();
    runFor(400);
    CHECK(trims == 2);
}

TEST_CASE("The service gives freed memory back after connections close, and counts it in /metrics", "[service][memory]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    runFor(2500); // the start's own connections (if any) closed and trimmed
    const long long before = heapTrims(api);
    REQUIRE(before >= 0); // the counter exists

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ service.certificate() });
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < 20; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), service.port());
        REQUIRE(socket->waitForEncrypted(10000));
        sockets.push_back(std::move(socket));
    }
    CHECK(heapTrims(api) == before); // open connections: nothing to give back yet
    for (auto &socket : sockets)
        socket->disconnectFromHost();
    sockets.clear();

    QElapsedTimer waited; // a bound for a stuck test, not a measurement: the service trims 2 s after the last close
    waited.start();
    long long after = before;
    while (after == before && waited.elapsed() < 15000) {
        runFor(500);
        after = heapTrims(api);
    }
    CHECK(after == before + 1); // the twenty closes were one burst: one trim
}
