#pragma once

#include "cli/clicontext.h"
#include "sync/syncclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <functional>
#include <optional>

namespace samen::cli {

/** Runs one asynchronous SyncClient call to its end on a local event loop (the CLI has no UI to keep responsive). */
template<typename T> Result<T> await(const std::function<void(SyncClient::Done<T>)> &start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out.emplace(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
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
