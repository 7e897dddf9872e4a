// The case service answers only over TLS, with a certificate clients can verify and pin.
#include "serviceprocess.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>

using namespace samen::test;

TEST_CASE("The service answers /healthz over TLS with certificate verification on", "[integration][tls]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());

    QNetworkAccessManager nam;
    QNetworkRequest request(service.url(QStringLiteral("/healthz")));
    request.setSslConfiguration(service.tlsConfiguration());
    const HttpResult r = sendAndWait(nam, request);
    INFO("network error " << r.error);
    CHECK(r.sslErrors.isEmpty());
    REQUIRE(r.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(service.stop() == 0);
}

TEST_CASE("A client that does not trust the service's certificate is refused", "[integration][tls]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());

    QNetworkAccessManager nam;
    QNetworkRequest request(service.url(QStringLiteral("/healthz")));
    // System trust store only: the self-signed development certificate is not in it.
    const HttpResult r = sendAndWait(nam, request);
    CHECK(r.status == 0);
    CHECK(r.error == QNetworkReply::SslHandshakeFailedError);
    CHECK_FALSE(r.sslErrors.isEmpty());
}

TEST_CASE("Plain HTTP to the TLS port gets no answer a client could mistake for success", "[integration][tls]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), service.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.flush();
    QByteArray received;
    while (socket.waitForReadyRead(2000))
        received += socket.readAll();
    CHECK_FALSE(received.startsWith("HTTP/1.1 200"));
    CHECK_FALSE(received.contains("\"status\":\"ok\""));
}

TEST_CASE("The printed public key pin is the SHA-256 of the certificate's SubjectPublicKeyInfo", "[integration][tls]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());
    const QSslCertificate cert = service.certificate();
    REQUIRE_FALSE(cert.isNull());
    CHECK(service.certificateSha256() == QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex()));

    // Cross-check the pin with the openssl command line tool.
    QProcess openssl;
    openssl.start(QStringLiteral("sh"),
                  { QStringLiteral("-c"),
                    QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | sha256sum")
                        .arg(dir.file(QStringLiteral("dev-tls-cert.pem"))) });
    REQUIRE(openssl.waitForFinished(10000));
    CHECK(QString::fromLatin1(openssl.readAllStandardOutput()).left(64) == service.pin());
}

TEST_CASE("The development certificate is created once and kept across restarts", "[integration][tls]")
{
    TestDir dir;
    QString firstPin;
    {
        ServiceProcess service(dir.path());
        REQUIRE(service.start());
        firstPin = service.pin();
        CHECK(service.stop() == 0);
    }
    ServiceProcess again(dir.path());
    REQUIRE(again.start());
    CHECK(again.pin() == firstPin);
    CHECK((QFile::permissions(dir.file(QStringLiteral("dev-tls-key.pem"))) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("The service stops cleanly on SIGTERM and says so", "[integration][tls]")
{
    TestDir dir;
    ServiceProcess service(dir.path());
    REQUIRE(service.start());
    CHECK(service.stop() == 0);
    CHECK(service.output().contains("Stopped."));
}

TEST_CASE("The service refuses to start without TLS settings", "[integration][tls]")
{
    TestDir dir;
    QProcess p;
    p.start(ServiceProcess::binary(), { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path() });
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitCode() == 2);
    CHECK(p.readAllStandardError().contains("HTTPS"));
}
