// Connections that stall are closed at their deadlines, and one address cannot hold
// more than its share of connections (service/http/requestguard.*, ssllistener.*),
// over real TLS sockets to the real service. The assertions are about what happens
// (closed, answered 408, still served), never about how fast.
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace samen::test;

namespace {

/** A TLS connection to the service from localAddress, certificate checked; encrypted() tells whether the handshake finished. */
std::unique_ptr<QSslSocket> tlsFrom(const ServiceProcess &service, const QString &localAddress = QStringLiteral("127.0.0.1"))
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ service.certificate() });
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(tls);
    socket->bind(QHostAddress(localAddress), 0);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), service.port());
    socket->waitForEncrypted(10000);
    return socket;
}

/** Everything received until the service closes the connection; closed tells whether it did within limitMs (a bound for a stuck test, not a measurement). */
QByteArray untilClosed(QAbstractSocket &socket, bool *closed, int limitMs = 20000)
{
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < limitMs) {
        socket.waitForReadyRead(100);
        all += socket.readAll();
    }
    *closed = socket.state() == QAbstractSocket::UnconnectedState;
    return all + socket.readAll();
}

/** The answer to one GET over socket (the connection stays open). */
QByteArray getOver(QSslSocket &socket, const QByteArray &path)
{
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (!all.contains("\r\n\r\n") && socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        all += socket.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("Connections that stall in the handshake, the headers, the body or between requests are closed, and a normal client is still served", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--header-timeout"), QStringLiteral("1"), QStringLiteral("--body-timeout"), QStringLiteral("1"),
                            QStringLiteral("--idle-timeout"), QStringLiteral("3") }));

    QTcpSocket noHandshake; // TCP only: never sends a ClientHello
    noHandshake.connectToHost(QStringLiteral("127.0.0.1"), service.port());
    REQUIRE(noHandshake.waitForConnected(10000));

    // Each starts stalling right after its handshake, well within the idle deadline, so only its own deadline applies.
    auto idleAfterHandshake = tlsFrom(service);
    REQUIRE(idleAfterHandshake->isEncrypted());
    auto unfinishedHeader = tlsFrom(service);
    REQUIRE(unfinishedHeader->isEncrypted());
    unfinishedHeader->write("POST /v1/auth/challenge HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: app");
    unfinishedHeader->flush();
    auto unfinishedBody = tlsFrom(service);
    REQUIRE(unfinishedBody->isEncrypted());
    unfinishedBody->write("POST /v1/auth/challenge HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"deviceId\":");
    unfinishedBody->flush();
    auto idleAfterRequest = tlsFrom(service);
    REQUIRE(idleAfterRequest->isEncrypted());
    REQUIRE(getOver(*idleAfterRequest, "/healthz").startsWith("HTTP/1.1 200"));

    // While all of them hang, a normal client is served.
    ApiClient api(service.port(), service.certificate());
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);

    // A header sent one byte at a time, without end, is closed while the client keeps sending: the deadline runs from
    // the first byte and is not pushed back by later ones. (The bound only stops a broken service from hanging the test.)
    auto trickle = tlsFrom(service);
    REQUIRE(trickle->isEncrypted());
    const QByteArray slow = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    QByteArray trickleAnswer;
    QElapsedTimer bound;
    bound.start();
    for (qsizetype i = 0; trickle->state() == QAbstractSocket::ConnectedState && bound.elapsed() < 30000; ++i) {
        trickle->write(i < slow.size() ? slow.mid(i, 1) : QByteArray("a"));
        trickle->waitForReadyRead(50);
        trickleAnswer += trickle->readAll();
    }
    CHECK(trickle->state() != QAbstractSocket::ConnectedState);
    bool trickleClosed = false;
    trickleAnswer += untilClosed(*trickle, &trickleClosed);
    CHECK(trickleClosed);
    CHECK(trickleAnswer.startsWith("HTTP/1.1 408"));
    CHECK(trickleAnswer.contains("request-timeout"));

    bool closed = false;
    untilClosed(noHandshake, &closed);
    CHECK(closed);
    CHECK(untilClosed(*idleAfterHandshake, &closed).isEmpty()); // idle: closed without an answer
    CHECK(closed);
    const QByteArray header = untilClosed(*unfinishedHeader, &closed);
    CHECK(closed);
    CHECK(header.startsWith("HTTP/1.1 408"));
    CHECK(header.contains("request-timeout"));
    const QByteArray body = untilClosed(*unfinishedBody, &closed);
    CHECK(closed);
    CHECK(body.startsWith("HTTP/1.1 408"));
    untilClosed(*idleAfterRequest, &closed);
    CHECK(closed);

    // Still serving; the service counted what it closed.
    const auto metrics = api.get(QStringLiteral("/metrics"));
    REQUIRE(metrics.status == 200);
    CHECK(metrics.body.contains("samen_connections_closed_total{reason=\"request-timeout\"} 3"));
    CHECK(!metrics.body.contains("samen_connections_closed_total{reason=\"idle\"} 0"));
}

TEST_CASE("One address cannot hold more connections than its cap, other addresses are served, and it is served again once it closes some", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--max-connections-per-address"), QStringLiteral("3") }));

    std::vector<std::unique_ptr<QSslSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(tlsFrom(service));
        REQUIRE(held.back()->isEncrypted());
    }
    // The fourth from the same address is closed before any TLS is spoken.
    auto fourth = tlsFrom(service);
    CHECK_FALSE(fourth->isEncrypted());
    bool closed = false;
    untilClosed(*fourth, &closed);
    CHECK(closed);

    // Another address (127.0.0.2 is loopback too) is served meanwhile.
    auto other = tlsFrom(service, QStringLiteral("127.0.0.2"));
    REQUIRE(other->isEncrypted());
    CHECK(getOver(*other, "/healthz").startsWith("HTTP/1.1 200"));
    other->disconnectFromHost();

    // Once the held connections close, the first address is served again.
    held.clear();
    bool served = false;
    QElapsedTimer bound;
    bound.start();
    while (!served && bound.elapsed() < 20000) {
        auto again = tlsFrom(service);
        served = again->isEncrypted() && getOver(*again, "/healthz").startsWith("HTTP/1.1 200");
    }
    CHECK(served);
    ApiClient api(service.port(), service.certificate());
    const auto metrics = api.get(QStringLiteral("/metrics"));
    REQUIRE(metrics.status == 200);
    CHECK(!metrics.body.contains("samen_connections_closed_total{reason=\"address-cap\"} 0"));
}
