#pragma once
// Helpers for the sync tests: a plan store made the way samen-cli makes one, a
// SyncClient that trusts exactly the test service's certificate (and its pin),
// running async calls to their end, and the service's admin commands.

#include "domain/planeditor.h"
#include "network/invitationlink.h"
#include "serviceprocess.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "sync/syncclient.h"
#include "testdir.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <optional>

namespace samen::test {

inline const QString kPassphrase = QStringLiteral("correct horse 42");

/** Runs one asynchronous SyncClient call to its end (or fails after timeoutMs). */
template<typename T> Result<T> await(const std::function<void(SyncClient::Done<T>)> &start, int timeoutMs = 30000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out.emplace(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return Result<T>::fail(ErrorCode::Internal, QStringLiteral("timed out"));
    return *out;
}

/** The service's dev certificate and pin, as a device would be told them. */
/** Runs the event loop until done() or timeoutMs (15 s by default). */
inline SyncTrust trustOf(const QString &serviceDataDir, const QString &pin)
{
    SyncTrust trust;
    trust.caPem = readRaw(serviceDataDir + QStringLiteral("/dev-tls-cert.pem"));
    trust.pinSha256 = pin;
    return trust;
}

/** A device with its own encrypted store, clock and sync client. */
struct Device {
    /** wallMs replaces the device's wall clock (e.g. one that runs behind); its clock is floored by its store, as in the app. */
    Device(const QString &dataDir, const QString &node, HlcClock::WallClock wallMs = {})
    {
        auto made = PlanStore::create(dataDir, DatabaseKey::passphrase(kPassphrase));
        REQUIRE(made);
        store = std::move(made).value();
        REQUIRE(store->setSetting(QStringLiteral("node"), node));
        clockPtr = store->makeClock(std::move(wallMs));
        client = std::make_unique<SyncClient>(*store, network);
        client->setMaxAttempts(3);
        client->setBackoff(100, 1000);
    }
    /** Makes a plan as samen-cli init does; returns its id. */
    QString makePlan(const QString &name)
    {
        auto edit = PlanEditor::createPlan(*clockPtr, name, QStringLiteral("default"), name);
        REQUIRE(edit);
        REQUIRE(store->applyLocal(edit->ops));
        REQUIRE(store->setSetting(QStringLiteral("planId"), edit->entityId));
        REQUIRE(store->setSetting(QStringLiteral("memberId"), PlanEditor::ownerMemberIdOf(edit.value())));
        return edit->entityId;
    }
    PlanEditor editor() { return PlanEditor(*store, *clockPtr, store->setting(QStringLiteral("planId")), store->setting(QStringLiteral("memberId"))); }
    QString edit(const Result<Edit> &e)
    {
        INFO((e ? QString() : e.error().message).toStdString());
        REQUIRE(e);
        REQUIRE(store->applyLocal(e->ops));
        return e->entityId;
    }
    /** Points the client at the service and enrols this device (self-signup, or with a code). */
    Result<QJsonObject> connect(const QUrl &url, const SyncTrust &trust, const QString &deviceName, const QString &enrolCode = {})
    {
        if (Status configured = client->configure(url, trust); !configured)
            return configured.error();
        return await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { client->connectService(deviceName, enrolCode, d); });
    }
    Result<SyncSummary> sync()
    {
        return await<SyncSummary>([this](SyncClient::Done<SyncSummary> d) { client->syncOnce(d); });
    }
    Result<QJsonObject> call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { client->call(verb, path, body, d); });
    }

    QNetworkAccessManager network;
    std::unique_ptr<PlanStore> store;
    std::unique_ptr<HlcClock> clockPtr;
    std::unique_ptr<SyncClient> client;
};

/** "samen-service --data-dir DIR --dev-tls admin ARGS" (a development store): exit code, stdout and stderr in *text. */
inline int serviceAdmin(const QString &dataDir, const QStringList &args, QByteArray *text)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ServiceProcess::binary(),
            QStringList { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--dev-tls") } + PgCluster::serviceArgs(dataDir)
                + QStringList { QStringLiteral("admin") } + args);
    p.waitForFinished(15000);
    *text = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/** Registers an organisation and a professional; returns the professional's one-time enrolment code. */
inline QString professionalEnrolmentCode(const QString &serviceDataDir)
{
    QByteArray text;
    REQUIRE(serviceAdmin(serviceDataDir, { QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Wijkteam") }, &text) == 0);
    const QString orgId = QRegularExpression(QStringLiteral("Organisation added: (\\S+)")).match(QString::fromUtf8(text)).captured(1);
    REQUIRE_FALSE(orgId.isEmpty());
    REQUIRE(serviceAdmin(
                serviceDataDir,
                { QStringLiteral("professional"), QStringLiteral("add"), QStringLiteral("--org"), orgId, QStringLiteral("--name"), QStringLiteral("Andre") },
                &text)
            == 0);
    const QString code = QRegularExpression(QStringLiteral("not shown again\\): (\\S+)")).match(QString::fromUtf8(text)).captured(1);
    REQUIRE_FALSE(code.isEmpty());
    return code;
}

/**
 * An account the operator registered as a professional ("Andre" of "Wijkteam") redeems the invitation in `link` under
 * `name` through the API, from a person's kind of store: what samen-cli and the app never do (a professional's code makes
 * a caseload device, which takes up invitations for professionals only), but another client could. The service names
 * such an account to the plan's owner.
 */
inline void redeemAsProfessionalAccount(const ServiceProcess &service, const QString &serviceDataDir, const QString &link, const QString &name)
{
    const auto parsed = InvitationLink::parse(link);
    REQUIRE(parsed);
    TestDir dir;
    Device pro(dir.path(), QStringLiteral("pro-api"));
    const auto enrolled
        = pro.connect(service.url({}), trustOf(serviceDataDir, service.pin()), QStringLiteral("api"), professionalEnrolmentCode(serviceDataDir));
    REQUIRE(enrolled);
    const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { pro.client->joinPlan(parsed->code(), name, done); });
    INFO((joined ? QString() : joined.error().message).toStdString());
    REQUIRE(joined);
}

/** samen-cli's arguments that make a folder a professional's device at the service: connect, with a fresh enrolment code. */
inline QStringList professionalConnectArgs(const ServiceProcess &service, const QString &serviceDataDir)
{
    return QStringList { QStringLiteral("connect") } + service.cliArgs()
        + QStringList { QStringLiteral("--enrol-code"), professionalEnrolmentCode(serviceDataDir) };
}

/** Every operation the service holds for the plan, as this device may read them (one page of up to 1000). */
inline QJsonArray serviceOps(Device &device)
{
    const auto page = device.call("GET", QStringLiteral("/v1/plans/%1/ops?after=0&limit=1000").arg(device.store->setting(QStringLiteral("planId"))));
    REQUIRE(page);
    return page->value(QStringLiteral("ops")).toArray();
}

} // namespace samen::test
