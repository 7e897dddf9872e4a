#include "cli/caseloadstatus.h"

#include "cli/clicontext.h"
#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/** The citizen's name as the caseload shows it (isolated), or that it is not known yet. */
QString citizenOf(const QJsonObject &row)
{
    return str(row, "citizen").isEmpty() ? QCoreApplication::translate("samen", "(name not known yet)") : TextHygiene::isolate(str(row, "citizen"));
}

QJsonObject planRef(const QJsonObject &row)
{
    return { { QStringLiteral("planId"), str(row, "planId") }, { QStringLiteral("citizen"), str(row, "citizen") } };
}

} // namespace

int cmdSyncStatusCaseload(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage on a professional's device: samen-cli sync status [--plan PLAN_ID]"));
    if (Status opened = ctx.openCaseload(); !opened)
        return ctx.fail(opened.error());
    QNetworkAccessManager network;
    CaseloadSync sync(ctx.caseload(), network); // only read: no round, no sign-in
    const DeviceStore &device = ctx.caseload().device();
    const QList<QJsonObject> rows = ctx.caseload().rows();

    QJsonArray waiting, due, refused;
    QStringList waitingNames, dueNames, refusedLines;
    for (const QJsonObject &row : rows) {
        if (row.value(QStringLiteral("waiting")).toBool()) {
            waiting.append(planRef(row));
            waitingNames << citizenOf(row);
            continue;
        }
        if (row.value(QStringLiteral("sync")).toObject().value(QStringLiteral("due")).toBool()) {
            due.append(planRef(row));
            dueNames << citizenOf(row);
        }
        if (const int count = row.value(QStringLiteral("refused")).toInt(); count > 0) {
            QJsonObject ref = planRef(row);
            ref.insert(QStringLiteral("count"), count);
            refused.append(ref);
            refusedLines << QCoreApplication::translate(
                                "samen", "In %1's plan the service did not accept %n change(s) you made. See why: samen-cli --plan %2 sync status", nullptr,
                                count)
                                .arg(citizenOf(row), CliContext::shellWord(ctx.caseload().choiceFor(str(row, "planId"))));
        }
    }
    const QStringList notices = sync.notices();
    const QDateTime lastRound = CaseloadSync::lastRoundAt(device);
    const QDateTime offline = CaseloadSync::offlineSince(device);
    const QString lastError = CaseloadSync::lastError(device);

    QString state;
    QStringList lines;
    const int plans = int(rows.size());
    if (CaseloadSync::isRevoked(device)) { // not "not connected yet": it was, and the service let it go (review 6, #1)
        state = QStringLiteral("revoked");
        lines << CaseloadSync::revokedSentence() << CaseloadSync::reconnectCommand();
    } else if (!sync.isConfigured() || !sync.isEnrolled()) {
        state = QStringLiteral("not-connected");
        lines << QCoreApplication::translate("samen", "This device is not connected to a service yet: samen-cli connect --service URL --enrol-code CODE");
    } else {
        lines << QCoreApplication::translate("samen", "Your caseload: %n plan(s), kept in sync with %1.", nullptr, plans).arg(sync.serviceUrl().toString());
        if (offline.isValid()) {
            state = QStringLiteral("offline");
            lines << QCoreApplication::translate("samen", "No connection to the service since %1. Changes are kept here and sent later.").arg(when(offline));
        } else if (!lastError.isEmpty()) {
            state = QStringLiteral("error");
            lines << QCoreApplication::translate("samen", "The last sync did not work: %1").arg(lastError);
        } else if (!lastRound.isValid()) {
            state = QStringLiteral("never-synced");
            lines << QCoreApplication::translate("samen", "No sync of the whole caseload has run on this device yet: samen-cli sync");
        } else {
            state = !refused.isEmpty() ? QStringLiteral("refused") : !due.isEmpty() ? QStringLiteral("waiting") : QStringLiteral("synced");
        }
        if (lastRound.isValid())
            lines << QCoreApplication::translate("samen", "Last sync of every plan: %1.").arg(when(lastRound));
    }
    if (!waitingNames.isEmpty())
        lines << QCoreApplication::translate("samen", "Waiting to be let in: %1.").arg(waitingNames.join(QStringLiteral(", ")));
    if (!dueNames.isEmpty())
        lines << QCoreApplication::translate("samen", "Still to send or fetch at the next sync: %1.").arg(dueNames.join(QStringLiteral(", ")));
    lines << refusedLines;
    if (state == QLatin1String("synced") && waitingNames.isEmpty())
        lines << QCoreApplication::translate("samen", "Every plan is up to date.");
    QStringList unsaid = notices; // the revocation is said above already
    unsaid.removeAll(CaseloadSync::revokedSentence());
    if (!unsaid.isEmpty()) {
        lines << QCoreApplication::translate("samen", "Notices:");
        for (const QString &notice : std::as_const(unsaid))
            lines << QStringLiteral("  ") + notice;
    }
    if (plans > 0)
        lines << QCoreApplication::translate("samen", "One plan's status: samen-cli --plan NAME sync status");

    QJsonObject out { { QStringLiteral("state"), state },
                      { QStringLiteral("service"), sync.isConfigured() ? sync.serviceUrl().toString() : QString() },
                      { QStringLiteral("plans"), plans },
                      { QStringLiteral("waitingToBeLetIn"), waiting },
                      { QStringLiteral("due"), due },
                      { QStringLiteral("refused"), refused },
                      { QStringLiteral("notices"), QJsonArray::fromStringList(notices) } };
    if (lastRound.isValid())
        out.insert(QStringLiteral("lastRoundAt"), lastRound.toUTC().toString(Qt::ISODate));
    if (offline.isValid())
        out.insert(QStringLiteral("offlineSince"), offline.toUTC().toString(Qt::ISODate));
    if (!lastError.isEmpty())
        out.insert(QStringLiteral("lastError"), lastError);
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

} // namespace samen::cli
