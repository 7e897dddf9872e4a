// The real samen-service over TLS: health, transport, enrolment, sign-in and devices.
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QThread>

using namespace samen::test;

namespace {
const QString kEnrol = QStringLiteral("/v1/enrol");
const QString kChallenge = QStringLiteral("/v1/auth/challenge");
const QString kToken = QStringLiteral("/v1/auth/token");
} // namespace

TEST_CASE("The service answers healthz over TLS with the certificate it printed", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    const QByteArray printed = QCryptographicHash::hash(service.certificate().toDer(), QCryptographicHash::Sha256).toHex();
    CHECK(service.output().contains("Certificate SHA-256: " + printed));
    CHECK(service.output().contains("Public key pin (SPKI SHA-256): "));
    CHECK(service.output().contains("Generated a development database key"));
    CHECK((QFile::permissions(dir.file(QStringLiteral("data/service-db.key"))) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    ApiClient api(service.port(), service.certificate());
    const Reply health = api.get(QStringLiteral("/healthz"));
    CHECK(health.status == 200);
    CHECK(health.json.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(service.stop() == 0);
}

TEST_CASE("A client that trusts another certificate cannot talk to the service", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("a")));
    ServiceProcess other(dir.file(QStringLiteral("b")));
    REQUIRE(service.start());
    REQUIRE(other.start());
    ApiClient api(service.port(), other.certificate());
    const Reply r = api.get(QStringLiteral("/healthz"));
    CHECK(r.status == 0);
    CHECK(r.error != QNetworkReply::NoError);
}

TEST_CASE("Plain HTTP to the TLS port never gets a 200", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), service.port());
    REQUIRE(socket.waitForConnected(3000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.waitForBytesWritten(1000);
    QByteArray answer;
    for (int i = 0; i < 10 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    CHECK_FALSE(answer.contains("200 OK"));
    CHECK_FALSE(answer.contains("\"status\""));
    ApiClient api(service.port(), service.certificate());
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
}

TEST_CASE("A device enrols, signs in with a signed challenge, lists and revokes its devices", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(1);
    REQUIRE(phone.enrolAndSignIn(api, QStringLiteral("Phone")));

    const Reply devices = api.get(QStringLiteral("/v1/devices"), phone.token);
    REQUIRE(devices.status == 200);
    const QJsonArray list = devices.json.value(QStringLiteral("devices")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0][QStringLiteral("deviceId")].toString() == phone.deviceId);
    CHECK(list[0][QStringLiteral("displayName")].toString() == QStringLiteral("Phone"));

    SECTION("another account's device cannot be revoked and is not revealed")
    {
        TestDevice other(2);
        REQUIRE(other.enrolAndSignIn(api));
        CHECK(api.del(QStringLiteral("/v1/devices/") + phone.deviceId, other.token).status == 404);
        CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 200);
    }
    SECTION("a revoked device loses its token and cannot sign in again")
    {
        CHECK(revokeFromSecondDevice(api, phone) == 200); // not from itself: it is the account's last (409 last-device)
        CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 401);
        const Reply challenge = api.post(kChallenge, { { QStringLiteral("deviceId"), phone.deviceId } });
        CHECK(challenge.status == 403);
        CHECK(challenge.json.value(QStringLiteral("error")).toString() == QStringLiteral("device-revoked"));
    }
}

TEST_CASE("Sign-in refuses forged signatures, replayed challenges and unknown devices", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(3);
    TestDevice thief(4);
    REQUIRE(phone.enrolAndSignIn(api));

    auto challenge = [&] { return api.post(kChallenge, { { QStringLiteral("deviceId"), phone.deviceId } }).json.value(QStringLiteral("nonce")).toString(); };
    auto tokenFor = [&](const QString &nonce, const QString &signature) {
        return api.post(kToken,
                        { { QStringLiteral("deviceId"), phone.deviceId }, { QStringLiteral("nonce"), nonce }, { QStringLiteral("signature"), signature } });
    };

    SECTION("a signature by another key")
    {
        const QString nonce = challenge();
        CHECK(tokenFor(nonce, thief.signChallenge(nonce)).status == 401);
        // The challenge is spent even by the failed attempt.
        CHECK(tokenFor(nonce, phone.signChallenge(nonce)).status == 401);
    }
    SECTION("a signature over a different text")
    {
        const QString nonce = challenge();
        CHECK(tokenFor(nonce, QString::fromLatin1(phone.sign(nonce.toLatin1()).toBase64())).status == 401);
    }
    SECTION("a replayed challenge")
    {
        const QString nonce = challenge();
        const Reply first = tokenFor(nonce, phone.signChallenge(nonce));
        CHECK(first.status == 200);
        const Reply replay = tokenFor(nonce, phone.signChallenge(nonce));
        CHECK(replay.status == 401);
        CHECK(replay.errorCode() == QStringLiteral("sign-in-failed"));
    }
    SECTION("a made-up nonce")
    {
        CHECK(tokenFor(QStringLiteral("bm9wZQ"), phone.signChallenge(QStringLiteral("bm9wZQ"))).status == 401);
    }
    SECTION("a challenge for an unknown device")
    {
        CHECK(api.post(kChallenge, { { QStringLiteral("deviceId"), newUuid() } }).status == 403);
    }
    SECTION("a signature of the wrong length or not base64")
    {
        const QString nonce = challenge();
        CHECK(tokenFor(nonce, QStringLiteral("AAAA")).status == 400);
        CHECK(tokenFor(nonce, QStringLiteral("not base64 at all!")).status == 400);
    }
    SECTION("a forged or absent bearer token")
    {
        CHECK(api.get(QStringLiteral("/v1/devices"), QStringLiteral("forged-token")).status == 401);
        CHECK(api.get(QStringLiteral("/v1/devices")).status == 401);
    }
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 200);
}

TEST_CASE("Enrolment checks its input and can be closed to self-signup", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    TestDevice phone(5);

    SECTION("bad enrolment input is a 400 with a message")
    {
        REQUIRE(service.start());
        ApiClient api(service.port(), service.certificate());
        const Reply shortKey
            = api.post(kEnrol, { { QStringLiteral("publicKey"), QStringLiteral("AAAA") }, { QStringLiteral("displayName"), QStringLiteral("x") } });
        CHECK(shortKey.status == 400);
        CHECK_FALSE(shortKey.json.value(QStringLiteral("message")).toString().isEmpty());
        const Reply noName = api.post(kEnrol, { { QStringLiteral("publicKey"), phone.publicKeyBase64() } });
        CHECK(noName.status == 400);
        const Reply extra = api.post(kEnrol,
                                     { { QStringLiteral("publicKey"), phone.publicKeyBase64() },
                                       { QStringLiteral("displayName"), QStringLiteral("x") },
                                       { QStringLiteral("admin"), true } });
        CHECK(extra.status == 400);
        CHECK(extra.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("admin")));
        const Reply unknownCode = api.post(kEnrol,
                                           { { QStringLiteral("publicKey"), phone.publicKeyBase64() },
                                             { QStringLiteral("displayName"), QStringLiteral("x") },
                                             { QStringLiteral("code"), QStringLiteral("guessed-code") } });
        CHECK(unknownCode.status == 403);
        // Its own machine code: a device tells it from a refused certificate or a revoked device (review 6, #2 and #3).
        CHECK(unknownCode.errorCode() == QStringLiteral("enrolment-code-invalid"));
    }
    SECTION("with --no-signup a device needs a code")
    {
        REQUIRE(service.start({ QStringLiteral("--no-signup") }));
        CHECK(service.output().contains("Self-signup: off"));
        ApiClient api(service.port(), service.certificate());
        const Reply r = api.post(kEnrol, { { QStringLiteral("publicKey"), phone.publicKeyBase64() }, { QStringLiteral("displayName"), QStringLiteral("x") } });
        CHECK(r.status == 403);
        CHECK(r.errorCode() == QStringLiteral("forbidden"));
    }
}

TEST_CASE("A public key and a sign-in signature are accepted only in canonical standard base64, as the API document says", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(7);
    const QString key = phone.publicKeyBase64();
    REQUIRE(key.size() == 44);
    QString urlSafe = key;
    urlSafe.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
    // The same 32 bytes spelled another way: without padding, url-safe, and with unused bits set in the last character.
    QString loose = key;
    loose[42] = QLatin1Char(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                .at((QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").indexOf(key.at(42).toLatin1()) + 1) % 64));
    for (const QString &spelling : { key.chopped(1), urlSafe.chopped(1), loose }) {
        INFO(spelling.toStdString());
        const Reply r = api.post(kEnrol, { { QStringLiteral("publicKey"), spelling }, { QStringLiteral("displayName"), QStringLiteral("x") } });
        CHECK(r.status == 400);
        CHECK(r.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("standard base64")));
    }
    REQUIRE(phone.enrolAndSignIn(api));
    const Reply challenge = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), phone.deviceId } });
    REQUIRE(challenge.status == 200);
    const QString nonce = challenge.json.value(QStringLiteral("nonce")).toString();
    const Reply unpadded = api.post(QStringLiteral("/v1/auth/token"),
                                    { { QStringLiteral("deviceId"), phone.deviceId },
                                      { QStringLiteral("nonce"), nonce },
                                      { QStringLiteral("signature"), phone.signChallenge(nonce).chopped(2) } });
    CHECK(unpadded.status == 400);
}

TEST_CASE("An expired token is refused", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--token-lifetime"), QStringLiteral("1") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(6);
    REQUIRE(phone.enrolAndSignIn(api));
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 200);
    QThread::msleep(1300);
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 401);
}
