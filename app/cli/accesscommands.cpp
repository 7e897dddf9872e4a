#include "cli/accesscommands.h"

#include "cli/clisync.h"
#include "cli/editrunner.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

namespace samen::cli {

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString grantsText(const QJsonArray &grants)
{
    QStringList parts;
    for (const QJsonValue &g : grants)
        parts << QStringLiteral("%1:%2").arg(g[QStringLiteral("domainKey")].toString(), g[QStringLiteral("access")].toString());
    return parts.isEmpty() ? QStringLiteral("no domains") : parts.join(QStringLiteral(", "));
}

/** An id given on the command line, as it may travel in a path: no slashes, no query. */
bool isPlainId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return form.match(id).hasMatch();
}

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

int cmdInviteList(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QStringLiteral("Usage: samen-cli invite list"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto listed = session.call("GET", QStringLiteral("/v1/plans/%1/invitations").arg(ctx.planId()));
    if (!listed)
        return ctx.fail(listed.error());
    QJsonArray invitations;
    QStringList lines;
    for (const QJsonValue &v : listed->value(QStringLiteral("invitations")).toArray()) {
        // The name was kept on this device when the invitation was made.
        QJsonObject invitation = v.toObject();
        const QString name = ctx.store().setting(QStringLiteral("invitation.%1.name").arg(invitation.value(QStringLiteral("invitationId")).toString()));
        invitation.insert(QStringLiteral("name"), name);
        invitations.append(invitation);
        lines << QStringLiteral("%1  %2  %3  %4  expires %5")
                     .arg(invitation.value(QStringLiteral("invitationId")).toString(), name.isEmpty() ? QStringLiteral("-") : name,
                          invitation.value(QStringLiteral("kind")).toString(), grantsText(invitation.value(QStringLiteral("grants")).toArray()),
                          when(invitation.value(QStringLiteral("expiresAt")).toInteger()));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("No invitations are waiting to be redeemed.");
    return ctx.done(invitations, lines.join(QLatin1Char('\n')));
}

int cmdInviteWithdraw(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QStringLiteral("Usage: samen-cli invite withdraw INVITATION_ID"));
    if (!isPlainId(ctx.args().first()))
        return ctx.fail(
            Error { ErrorCode::Validation, QStringLiteral("An invitation id is up to 64 letters, digits, \"-\" or \"_\": see samen-cli invite list.") });
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto withdrawn = session.call("DELETE", QStringLiteral("/v1/plans/%1/invitations/%2").arg(ctx.planId(), ctx.args().first()));
    if (!withdrawn)
        return ctx.fail(withdrawn.error());
    return ctx.done(withdrawn.value(), QStringLiteral("Invitation withdrawn: its code no longer works."));
}

int cmdGrantSet(CliContext &ctx)
{
    const QStringList &a = ctx.args();
    if (a.size() != 3)
        return ctx.usage(QStringLiteral("Usage: samen-cli grant set MEMBER_ID DOMAIN read|write|none"));
    const QString memberId = a[0], domain = a[1], access = a[2];
    if (access != QLatin1String("read") && access != QLatin1String("write") && access != QLatin1String("none"))
        return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("The access must be read, write or none.") });
    if (!isPlainId(memberId))
        return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("A member id is up to 64 letters, digits, \"-\" or \"_\".") });
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const QString base = QStringLiteral("/v1/plans/%1/grants").arg(ctx.planId());
    const auto current = session.call("GET", base);
    if (!current)
        return ctx.fail(current.error());
    QStringList old;
    bool same = false;
    for (const QJsonValue &g : current->value(QStringLiteral("grants")).toArray()) {
        if (g[QStringLiteral("memberId")].toString() != memberId || g[QStringLiteral("domainKey")].toString() != domain)
            continue;
        if (g[QStringLiteral("access")].toString() == access && !g.toObject().contains(QStringLiteral("until")))
            same = true;
        else
            old << g[QStringLiteral("grantId")].toString();
    }
    const QJsonObject result { { QStringLiteral("memberId"), memberId }, { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } };
    if (access == QLatin1String("none") && old.isEmpty())
        return ctx.fail(Error { ErrorCode::NotFound, QStringLiteral("This member has no access to \"%1\" to withdraw.").arg(domain) });
    // The new grant first, then the old ones go: the member never loses access in between.
    if (access != QLatin1String("none") && !same) {
        const auto added = session.call(
            "POST", base, { { QStringLiteral("memberId"), memberId }, { QStringLiteral("domainKey"), domain }, { QStringLiteral("access"), access } });
        if (!added)
            return ctx.fail(added.error());
    }
    for (const QString &grantId : std::as_const(old)) {
        const auto removed = session.call("DELETE", QStringLiteral("%1/%2").arg(base, grantId));
        if (!removed)
            return ctx.fail(removed.error());
    }
    if (access == QLatin1String("none"))
        return ctx.done(result,
                        QStringLiteral("Access to \"%1\" withdrawn. The member's devices delete that part of the plan at their next sync.").arg(domain));
    return ctx.done(result,
                    QStringLiteral("The member may now %1 \"%2\".").arg(access == QLatin1String("write") ? QStringLiteral("read and change") : access, domain));
}

int cmdMemberRevoke(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QStringLiteral("Usage: samen-cli member revoke MEMBER_ID"));
    if (!isPlainId(ctx.args().first()))
        return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("A member id is up to 64 letters, digits, \"-\" or \"_\".") });
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto removed = session.call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(ctx.planId(), ctx.args().first()));
    if (!removed)
        return ctx.fail(removed.error());
    return ctx.done(removed.value(), QStringLiteral("Member removed with all their access. Their devices delete the plan at their next sync."));
}

int cmdDeviceRevoke(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QStringLiteral("Usage: samen-cli device revoke DEVICE_ID  (see samen-cli device list)"));
    if (!isPlainId(ctx.args().first()))
        return ctx.fail(Error { ErrorCode::Validation, QStringLiteral("A device id is up to 64 letters, digits, \"-\" or \"_\": see samen-cli device list.") });
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto revoked = session.call("DELETE", QStringLiteral("/v1/devices/%1").arg(ctx.args().first()));
    if (!revoked)
        return ctx.fail(revoked.error());
    const bool self = ctx.args().first() == ctx.store().setting(QStringLiteral("sync.deviceId"));
    return ctx.done(revoked.value(),
                    self ? QStringLiteral("This device is revoked: it can no longer sync.")
                         : QStringLiteral("Device revoked: it can no longer sign in to the service."));
}

int cmdDeviceAdd(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QStringLiteral("Usage: samen-cli device add  (prints a one-time code for your next device)"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    const auto made = session.call("POST", QStringLiteral("/v1/devices/enrolment-codes"), QJsonObject {});
    if (!made)
        return ctx.fail(made.error());
    return ctx.done(made.value(),
                    QStringLiteral("One-time code for your next device (valid until %1, not shown again):\n%2\n"
                                   "On that device, in a new data folder: samen-cli connect --service %3 --enrol-code CODE")
                        .arg(when(made->value(QStringLiteral("expiresAt")).toInteger()), made->value(QStringLiteral("code")).toString(),
                             session.client.serviceUrl().toString()));
}

int cmdLog(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QStringLiteral("Usage: samen-cli log"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    QJsonArray entries;
    QStringList lines;
    qint64 after = 0;
    for (;;) {
        const auto page = session.call("GET", QStringLiteral("/v1/plans/%1/audit?after=%2&limit=1000").arg(ctx.planId()).arg(after));
        if (!page)
            return ctx.fail(page.error());
        const QJsonArray got = page->value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &e : got) {
            entries.append(e);
            after = std::max(after, e[QStringLiteral("seq")].toInteger());
            lines << QStringLiteral("%1  %2  %3  %4")
                         .arg(when(e[QStringLiteral("at")].toInteger()), e[QStringLiteral("actor")].toString(), e[QStringLiteral("action")].toString(),
                              e[QStringLiteral("target")].toString());
        }
        if (got.size() < 1000)
            break;
    }
    return ctx.done(entries, lines.join(QLatin1Char('\n')));
}

int cmdSyncWatch(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN(ctx)
    CliSync session(ctx.store());
    SyncClient &client = session.client;
    if (!client.isConfigured() || ctx.store().setting(QStringLiteral("sync.serviceMemberId")).isEmpty())
        return ctx.fail(Error { ErrorCode::Usage, QStringLiteral("This plan is not connected to a service yet: use connect first.") });

    QTextStream out(stdout);
    auto say = [&](const QJsonObject &json, const QString &text) {
        if (ctx.json())
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        else
            out << text << "\n";
        out.flush();
    };
    QString last;
    QObject guard;
    QObject::connect(&client, &SyncClient::statusChanged, &guard, [&] {
        if (client.state() == SyncClient::State::Syncing || client.statusText() == last)
            return;
        last = client.statusText();
        say({ { QStringLiteral("event"), QStringLiteral("status") },
              { QStringLiteral("text"), last },
              { QStringLiteral("waiting"), client.waitingCount() },
              { QStringLiteral("cursor"), ctx.store().setting(QStringLiteral("sync.cursor")).toLongLong() } },
            last);
    });
    QObject::connect(&client, &SyncClient::accessWithdrawn, &guard, [&](const QString &message) {
        if (!message.isEmpty())
            say({ { QStringLiteral("event"), QStringLiteral("access-withdrawn") }, { QStringLiteral("text"), message } }, message);
    });

    g_stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer poll; // a signal handler may only set a flag: the loop looks at it
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stopRequested || ctx.store().setting(QStringLiteral("planId")).isEmpty() || !ctx.store().health())
            loop.quit();
    });
    poll.start(100);
    say({ { QStringLiteral("event"), QStringLiteral("watching") } }, QStringLiteral("Keeping the plan in sync; stop with Ctrl+C."));
    client.start(60000);
    loop.exec();
    client.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!ctx.store().health())
        return ctx.fail(CliContext::damagedError());
    if (ctx.store().setting(QStringLiteral("planId")).isEmpty())
        return ctx.fail(Error { ErrorCode::Permission, client.withdrawalNotice() });
    say({ { QStringLiteral("event"), QStringLiteral("stopped") } }, QStringLiteral("Stopped."));
    return ExitOk;
}

} // namespace samen::cli
