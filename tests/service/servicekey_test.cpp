// Outside development the database key (and the audit signing key) may not live in the data folder, and admin
// commands follow the same key rules as the service (service/runtime/servicekey.*):
// the real binary, started as an operator would.
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace samen::test;

namespace {

/** A production-style start (a real certificate, no --dev-tls); the exit code, or 0 once it listens; its output in *text. */
int productionStart(const QString &dataDir, const QStringList &keyArgs, QByteArray *text)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-service"),
            QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--tls-cert"),
                          dataDir + QStringLiteral("/dev-tls-cert.pem"), QStringLiteral("--tls-key"), dataDir + QStringLiteral("/dev-tls-key.pem") }
                + keyArgs);
    text->clear();
    QElapsedTimer bound;
    bound.start();
    while (p.state() != QProcess::NotRunning && !text->contains("Listening on:") && bound.elapsed() < 15000) {
        p.waitForReadyRead(200);
        *text += p.readAll();
    }
    if (text->contains("Listening on:")) {
        p.terminate();
        p.waitForFinished(10000);
        return 0;
    }
    p.waitForFinished(10000);
    *text += p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int adminRun(const QStringList &args, QByteArray *text)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-service"), args);
    p.waitForFinished(15000);
    *text = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("Outside development a database key inside the data folder is refused, by the service and by admin commands", "[service]")
{
    TestDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    {
        ServiceProcess dev(data); // a development run leaves service-db.key beside service.db
        REQUIRE(dev.start());
        QByteArray text;
        REQUIRE(dev.admin({ QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Wijkteam") }, &text) == 0);
    }
    const QString inFolder = data + QStringLiteral("/service-db.key");
    REQUIRE(QFile::exists(inFolder));
    QByteArray text;

    SECTION("the key file given inside the folder, directly, through a symlink, or in a sub-folder")
    {
        REQUIRE(QDir(data).mkpath(QStringLiteral("keys")));
        REQUIRE(QFile::copy(inFolder, data + QStringLiteral("/keys/db.key")));
        REQUIRE(QFile::link(inFolder, dir.file(QStringLiteral("link.key"))));
        for (const QString &keyFile : { inFolder, data + QStringLiteral("/keys/db.key"), dir.file(QStringLiteral("link.key")) }) {
            INFO(keyFile.toStdString());
            CHECK(productionStart(data, { QStringLiteral("--db-key-file"), keyFile }, &text) == 1);
            CHECK(text.contains("is inside the data folder"));
            CHECK_FALSE(text.contains("Listening on:"));
            CHECK(adminRun({ QStringLiteral("--data-dir"), data, QStringLiteral("--db-key-file"), keyFile, QStringLiteral("admin"), QStringLiteral("list") },
                           &text)
                  == 1);
            CHECK(text.contains("is inside the data folder"));
        }
    }
    SECTION("no key given: the development key left in the folder is not picked up")
    {
        CHECK(productionStart(data, {}, &text) == 1);
        CHECK(text.contains("holds a development key"));
        CHECK(adminRun({ QStringLiteral("--data-dir"), data, QStringLiteral("admin"), QStringLiteral("list") }, &text) == 1);
        CHECK(text.contains("holds a development key"));
    }
    SECTION("the same key kept outside the folder works for both; --dev-tls lets admin use the development key")
    {
        const QString outside = dir.file(QStringLiteral("service-db.key"));
        REQUIRE(QFile::copy(inFolder, outside));
        const QString auditKey = dir.file(QStringLiteral("audit-head-key.pem"));
        REQUIRE(QFile::copy(data + QStringLiteral("/audit-head-key.pem"), auditKey));
        CHECK(productionStart(data, { QStringLiteral("--db-key-file"), outside, QStringLiteral("--audit-key-file"), auditKey }, &text) == 0);
        CHECK(adminRun({ QStringLiteral("--data-dir"), data, QStringLiteral("--db-key-file"), outside, QStringLiteral("admin"), QStringLiteral("list") }, &text)
              == 0);
        CHECK(text.contains("Wijkteam"));
        CHECK(adminRun({ QStringLiteral("--data-dir"), data, QStringLiteral("--dev-tls"), QStringLiteral("admin"), QStringLiteral("list") }, &text) == 0);
        CHECK(text.contains("Wijkteam"));
    }
    SECTION("the audit signing key: required outside development, refused inside the folder, another kind of key refused")
    {
        const QString outside = dir.file(QStringLiteral("service-db.key"));
        REQUIRE(QFile::copy(inFolder, outside));
        CHECK(productionStart(data, { QStringLiteral("--db-key-file"), outside }, &text) == 1);
        CHECK(text.contains("no audit signing key"));
        CHECK(productionStart(
                  data, { QStringLiteral("--db-key-file"), outside, QStringLiteral("--audit-key-file"), data + QStringLiteral("/audit-head-key.pem") }, &text)
              == 1);
        CHECK(text.contains("is inside the data folder"));
        // The TLS key is an ECDSA key: not an Ed25519 key for signing heads.
        const QString ecKey = dir.file(QStringLiteral("ec.pem"));
        REQUIRE(QFile::copy(data + QStringLiteral("/dev-tls-key.pem"), ecKey));
        CHECK(productionStart(data, { QStringLiteral("--db-key-file"), outside, QStringLiteral("--audit-key-file"), ecKey }, &text) == 1);
        CHECK(text.contains("must hold an Ed25519 private key"));
    }
    SECTION("a key file other users may read is refused, as OpenSSH refuses an unprotected private key (review 2 finding 21)")
    {
        const QString outside = dir.file(QStringLiteral("service-db.key"));
        const QString auditKey = dir.file(QStringLiteral("audit-head-key.pem"));
        const QString tlsKey = dir.file(QStringLiteral("tls-key.pem"));
        REQUIRE(QFile::copy(inFolder, outside));
        REQUIRE(QFile::copy(data + QStringLiteral("/audit-head-key.pem"), auditKey));
        REQUIRE(QFile::copy(data + QStringLiteral("/dev-tls-key.pem"), tlsKey));
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644
        const QStringList keys { QStringLiteral("--db-key-file"), outside, QStringLiteral("--audit-key-file"), auditKey };
        for (const QString &file : { outside, auditKey, tlsKey }) {
            INFO(file.toStdString());
            REQUIRE(QFile::setPermissions(file, open));
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-service"),
                    QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), data, QStringLiteral("--tls-cert"),
                                  data + QStringLiteral("/dev-tls-cert.pem"), QStringLiteral("--tls-key"), tlsKey }
                        + keys);
            REQUIRE(p.waitForFinished(15000)); // refused at once: it never listens
            text = p.readAll();
            CHECK(p.exitCode() == 1);
            CHECK(text.contains("chmod 600"));
            CHECK_FALSE(text.contains("Listening on:"));
            if (file != tlsKey) {
                CHECK(
                    adminRun({ QStringLiteral("--data-dir"), data, QStringLiteral("--db-key-file"), outside, QStringLiteral("admin"), QStringLiteral("list") },
                             &text)
                    == (file == outside ? 1 : 0));
            }
            REQUIRE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        CHECK(productionStart(data, keys, &text) == 0); // the same files, 0600: it starts
    }
}

TEST_CASE("An admin command on a new data folder says to start the service once, which makes the key", "[service]")
{
    // review 6, #8: it said only "no database key", and not that the first start of the service makes it.
    TestDir dir;
    QByteArray text;
    const QStringList orgAdd { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("admin"), QStringLiteral("org"), QStringLiteral("add"),
                               QStringLiteral("Wijkteam") };
    CHECK(adminRun(QStringList { QStringLiteral("--dev-tls") } + orgAdd, &text) != 0);
    INFO(text.constData());
    CHECK(text.contains("start the service once with --dev-tls"));
    CHECK(adminRun(orgAdd, &text) != 0);
    INFO(text.constData());
    CHECK(text.contains("start the service once with --dev-tls"));
    CHECK(text.contains("openssl rand -hex 32"));
}
