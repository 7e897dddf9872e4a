#pragma once

#include "cli/clicontext.h"
#include "sync/syncclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <optional>

namespace samen::cli {

/**
 * After this long in one call to the service, a command says on stderr that it is still busy (once per run): a
 * service that hangs (stopped, overloaded, a network that drops packets) was otherwise a minute and a half of silence
 * before the retries gave up (new-user trial after stop 32). Milliseconds.
 */
inline constexpr int kStillWaitingMs = 5000;

/** Says once per run, on stderr, that the call to the service is still going on and that Ctrl+C stops without losing anything. */
void sayStillWaiting();

/** Runs one asynchronous SyncClient call to its end on a local event loop (the CLI has no UI to keep responsive). */
template<typename T> Result<T> await(const std::function<void(SyncClient::Done<T>)> &start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out.emplace(r);
        loop.quit();
    });
    if (!out) {
        QTimer slow;
        slow.setSingleShot(true);
        QObject::connect(&slow, &QTimer::timeout, &sayStillWaiting);
        slow.start(kStillWaitingMs);
        loop.exec();
    }
    return *out;
}

/** A SyncClient for one command: a few quick retries, then a plain answer. */
struct CliSync {
    explicit CliSync(PlanStore &store)
        : client(store, network)
    {
        client.setMaxAttempts(3);
        client.setBackoff(250, 2000);
    }
    /** For a command on a plan of a professional's caseload (CliContext::identity()): the device's identity is in device.db. */
    explicit CliSync(CliContext &ctx)
        : client(ctx.store(), network, ctx.identity())
    {
        client.setMaxAttempts(3);
        client.setBackoff(250, 2000);
    }
    Result<QJsonObject> call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { client.call(verb, path, body, done); });
    }
    QNetworkAccessManager network;
    SyncClient client;
};

} // namespace samen::cli
