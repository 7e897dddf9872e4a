// What the service's TLS offers: TLS 1.3, or TLS 1.2 with ECDHE AEAD suites only;
// clients that offer only CBC or pre-shared-key suites are refused. Real sockets.
#include "servicefixture.h"

#include "http/caseserver.h"

#include <catch2/catch.hpp>

#include <QSslCipher>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>

using namespace samen::test;

namespace {

/** Whether a TLS 1.2 handshake offering only the named suites succeeds (unknown names are skipped); the suite agreed in *agreed. */
bool handshakeWith(const ServiceProcess &service, const QStringList &cipherNames, QString *agreed = nullptr)
{
    QList<QSslCipher> ciphers;
    for (const QString &name : cipherNames) {
        const QSslCipher cipher(name);
        if (!cipher.isNull())
            ciphers.append(cipher);
    }
    if (ciphers.isEmpty())
        return false;
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ service.certificate() });
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2);
    tls.setCiphers(ciphers);
    socket.setSslConfiguration(tls);
    // A PSK suite needs a key on the client side too: give one, as an attacker probing for PSK would.
    QObject::connect(&socket, &QSslSocket::preSharedKeyAuthenticationRequired, &socket, [](QSslPreSharedKeyAuthenticator *a) {
        a->setIdentity("probe");
        a->setPreSharedKey(QByteArray(32, 'k'));
    });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), service.port());
    const bool ok = socket.waitForEncrypted(10000);
    if (agreed)
        *agreed = socket.sessionCipher().name();
    return ok;
}

} // namespace

TEST_CASE("TLS 1.2 is spoken only with ECDHE AEAD suites: CBC and PSK suites are refused", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());

    const QStringList cbc { QStringLiteral("ECDHE-ECDSA-AES128-SHA256"), QStringLiteral("ECDHE-ECDSA-AES256-SHA384"), QStringLiteral("ECDHE-ECDSA-AES128-SHA"),
                            QStringLiteral("ECDHE-ECDSA-AES256-SHA") };
    const QStringList psk { QStringLiteral("PSK-AES128-GCM-SHA256"), QStringLiteral("ECDHE-PSK-CHACHA20-POLY1305"), QStringLiteral("PSK-AES256-CBC-SHA"),
                            QStringLiteral("DHE-PSK-AES128-GCM-SHA256") };
    for (const QString &name : cbc + psk) {
        INFO(name.toStdString());
        if (QSslCipher(name).isNull())
            continue; // this OpenSSL does not know it: nothing to offer
        CHECK_FALSE(handshakeWith(service, { name }));
    }
    // Everything together: the service picks an AEAD suite.
    QString agreed;
    REQUIRE(handshakeWith(service, cbc + psk + QStringList { QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256") }, &agreed));
    CHECK(agreed == QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    CHECK(handshakeWith(service, { QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305") }));
    // The service's own list: TLS 1.3 suites, and TLS 1.2 AEAD suites without PSK.
    const auto allowed = samen::service::CaseServer::allowedCiphers();
    CHECK_FALSE(allowed.isEmpty());
    for (const QSslCipher &c : allowed) {
        INFO(c.name().toStdString());
        CHECK_FALSE(c.name().contains(QStringLiteral("PSK")));
        CHECK((c.protocol() == QSsl::TlsV1_3 || c.name().contains(QStringLiteral("-GCM-")) || c.name().contains(QStringLiteral("CHACHA20-POLY1305"))));
    }
    ApiClient api(service.port(), service.certificate());
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
}
