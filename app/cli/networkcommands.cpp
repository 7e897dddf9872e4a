#include "cli/networkcommands.h"

#include "cli/cliargs.h"
#include "cli/clisync.h"
#include "cli/editrunner.h"
#include "cli/synccommands.h"
#include "domain/schema.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace samen::cli {

namespace {

/** "7d", "24h", "90m" or "3600s" (or plain seconds) in seconds; -1 when malformed. */
qint64 durationSeconds(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,7})([dhms]?)$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == QLatin1String("d") ? n * 86400 : unit == QLatin1String("h") ? n * 3600 : unit == QLatin1String("m") ? n * 60 : n;
}

} // namespace

int cmdInviteCreate(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("grant"), QStringLiteral("expires") });
    if (!args)
        return ctx.fail(args.error());
    const QString kind = args->value(QStringLiteral("kind"));
    // Who the invitation is for stays on this device: the service never sees the name.
    const QString name = args->value(QStringLiteral("name")).trimmed();
    if (kind.isEmpty() || name.isEmpty() || !args->positional().isEmpty())
        return ctx.usage(QStringLiteral("Usage: samen-cli invite create --kind network|professional --name NAME --grant DOMAIN:read|write ... [--expires 7d]"));
    // The same rules as the invitation's name in the plan (length, one line, no direction controls).
    if (Status valid = validateField(QStringLiteral("invitation"), QStringLiteral("name"), name); !valid)
        return ctx.fail(valid.error());
    QJsonArray grants;
    for (const QString &g : args->options(QStringLiteral("grant"))) {
        const QStringList parts = g.split(QLatin1Char(':'));
        if (parts.size() != 2 || (parts[1] != QLatin1String("read") && parts[1] != QLatin1String("write")))
            return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("A grant looks like DOMAIN:read or DOMAIN:write, e.g. --grant money:read.") });
        grants.append(QJsonObject { { QStringLiteral("domainKey"), parts[0] }, { QStringLiteral("access"), parts[1] } });
    }
    QJsonObject body { { QStringLiteral("kind"), kind }, { QStringLiteral("grants"), grants } };
    if (const auto expires = args->option(QStringLiteral("expires"))) {
        const qint64 seconds = durationSeconds(*expires);
        if (seconds < 0)
            return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("--expires wants a duration such as 7d, 24h or 30m.") });
        body.insert(QStringLiteral("expiresInSeconds"), seconds);
    }
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto made = session.call("POST", QStringLiteral("/v1/plans/%1/invitations").arg(ctx.planId()), body);
    if (!made)
        return ctx.fail(made.error());
    const QString invitationId = made->value(QStringLiteral("invitationId")).toString();
    if (!ctx.store().setSetting(QStringLiteral("invitation.%1.name").arg(invitationId), name))
        return ctx.fail(Error { ErrorCode::Io, QStringLiteral("The invitation was made, but who it is for could not be saved on this device.") });
    QJsonObject out = made.value();
    out.insert(QStringLiteral("name"), name);
    return ctx.done(out,
                    QStringLiteral("Invitation for %1 made. Give this one-time code to them (it is not shown again):\n%2")
                        .arg(name, made->value(QStringLiteral("code")).toString()));
}

int cmdJoin(CliContext &ctx)
{
    auto args = CliArgs::parse(
        ctx.args(),
        { QStringLiteral("service"), QStringLiteral("pin-sha256"), QStringLiteral("ca-file"), QStringLiteral("enrol-code"), QStringLiteral("device-name") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("service")))
        return ctx.usage(QStringLiteral(
            "Usage: samen-cli join CODE --service https://HOST:PORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]"));
    const auto trust = trustFromArgs(args.value());
    if (!trust)
        return ctx.fail(trust.error());
    const auto holdsPlan = ctx.openOrCreateStore();
    if (!holdsPlan)
        return ctx.fail(holdsPlan.error());
    if (holdsPlan.value())
        return ctx.fail(Error { ErrorCode::Conflict, QStringLiteral("There is already a plan in %1. Join from a new data folder.").arg(ctx.dataDir()) });
    CliSync session(ctx.store());
    if (Status configured = session.client.configure(QUrl(args->value(QStringLiteral("service"))), trust.value()); !configured)
        return ctx.fail(configured.error());
    const auto connected = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) {
        session.client.connectService(args->value(QStringLiteral("device-name"), QStringLiteral("samen-cli")), args->value(QStringLiteral("enrol-code")), done);
    });
    if (!connected)
        return ctx.fail(connected.error());
    const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> done) { session.client.joinPlan(args->positional().first(), done); });
    if (!joined)
        return ctx.fail(joined.error());
    const QString memberId = joined->value(QStringLiteral("memberId")).toString();
    return ctx.done(joined.value(),
                    QStringLiteral("You asked to join the plan. Once its owner confirms you (samen-cli join confirm %1), run samen-cli sync.\n"
                                   "Your member id: %1")
                        .arg(memberId));
}

int cmdJoinConfirm(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QStringLiteral("Usage: samen-cli join confirm MEMBER_ID"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto confirmed = session.call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(ctx.planId(), ctx.args().first().left(64)));
    if (!confirmed)
        return ctx.fail(confirmed.error());
    return ctx.done(confirmed.value(), QStringLiteral("Confirmed: the member can now sync what you granted."));
}

} // namespace samen::cli
