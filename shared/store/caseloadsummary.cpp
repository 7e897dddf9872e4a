#include "store/caseloadsummary.h"

#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/planview.h"
#include "store/teamview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

int CaseloadSummary::attention(int overdueAgreements, int dueAgreements, int overdueSteps, int openSteps, bool meetingSoon)
{
    return 100 * overdueAgreements + 20 * (dueAgreements - overdueAgreements) + 30 * overdueSteps + 10 * (openSteps - overdueSteps) + (meetingSoon ? 15 : 0);
}

QJsonObject CaseloadSummary::of(const PlanStore &store, const QDateTime &now)
{
    const QString planId = store.setting(QStringLiteral("planId"));
    const QString me = store.setting(QStringLiteral("memberId"));
    const QDate today = now.toLocalTime().date();
    QJsonObject row { { QStringLiteral("planId"), planId } };
    const PlanView view(store, planId);
    const TeamView team(store, planId);

    QString citizen;
    for (const QJsonObject &m : store.entities(planId, QStringLiteral("member"))) {
        if (str(m, "kind") == QLatin1String("citizen") && !str(m, "name").isEmpty()) {
            citizen = str(m, "name");
            break;
        }
    }
    row.insert(QStringLiteral("citizen"), citizen);
    const QJsonObject self = team.person(me, today);
    // The member record the owner's device writes when it lets the professional in; until it has synced, whom the
    // invitation was for (kept at the join: SyncClient::takeUpJoin), so the row has the role from the first round.
    const QJsonObject invitee = QJsonDocument::fromJson(store.setting(QStringLiteral("join.invitee")).toUtf8()).object();
    const auto known = [&](const char *key) {
        const QString own = str(self, key);
        return own.isEmpty() ? TextHygiene::withoutInvisible(str(invitee, key)) : own;
    };
    row.insert(QStringLiteral("role"), known("role"));
    row.insert(QStringLiteral("organisation"), known("organisation"));

    const MemberAccess access = DeviceAccess::load(store);
    QJsonArray domains;
    QStringList listed;
    for (const QJsonValue &d : view.domains()) { // the citizen's priority order
        const QString key = str(d.toObject(), "key");
        if (access.canRead(key) && !access.isOwner()) {
            domains.append(QJsonObject { { QStringLiteral("key"), key },
                                         { QStringLiteral("label"), view.domainLabel(key) },
                                         { QStringLiteral("access"), access.canWrite(key) ? QStringLiteral("write") : QStringLiteral("read") } });
            listed.append(key);
        }
    }
    for (const QString &key : access.grantedDomains()) { // granted, but the domain itself has not arrived (yet)
        if (!listed.contains(key))
            domains.append(QJsonObject { { QStringLiteral("key"), key },
                                         { QStringLiteral("label"), view.domainLabel(key) },
                                         { QStringLiteral("access"), access.canWrite(key) ? QStringLiteral("write") : QStringLiteral("read") } });
    }
    row.insert(QStringLiteral("domains"), domains);

    const QJsonObject talk = team.toTalkAbout(now);
    const QJsonObject meeting = talk.value(QStringLiteral("nextMeeting")).toObject();
    bool meetingSoon = false;
    if (meeting.isEmpty()) {
        row.insert(QStringLiteral("nextMeeting"), QJsonValue::Null);
    } else {
        const QDateTime at = QDateTime::fromString(str(meeting, "at"), Qt::ISODate);
        meetingSoon = at.isValid() && at <= now.addDays(7);
        row.insert(QStringLiteral("nextMeeting"),
                   QJsonObject { { QStringLiteral("at"), str(meeting, "at") }, { QStringLiteral("title"), str(meeting, "title") } });
    }
    const QJsonArray due = talk.value(QStringLiteral("reviewsDue")).toArray();
    int overdue = 0;
    for (const QJsonValue &a : due)
        overdue += a.toObject().value(QStringLiteral("overdue")).toBool() ? 1 : 0;
    row.insert(QStringLiteral("agreementsDue"), int(due.size()));
    row.insert(QStringLiteral("agreementsOverdue"), overdue);

    QJsonArray steps;
    int stepsOverdue = 0;
    for (const QJsonValue &s : self.value(QStringLiteral("openSteps")).toArray()) {
        const QString dueDate = str(s.toObject(), "due");
        const bool late = !dueDate.isEmpty() && dueDate < today.toString(Qt::ISODate);
        stepsOverdue += late ? 1 : 0;
        steps.append(QJsonObject { { QStringLiteral("title"), str(s.toObject(), "title") }, { QStringLiteral("due"), dueDate } });
    }
    row.insert(QStringLiteral("stepsForMe"), steps);

    const qint64 last = store.clockFloor().wallMs;
    row.insert(QStringLiteral("lastChange"), last > 0 ? QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODateWithMs) : QString());
    // The day this device joined the plan ("" when it joined before this was kept): tells two citizens of one name apart.
    const qint64 joinedMs = store.setting(QStringLiteral("join.at")).toLongLong();
    row.insert(QStringLiteral("joined"), joinedMs > 0 ? QDateTime::fromMSecsSinceEpoch(joinedMs).toLocalTime().date().toString(Qt::ISODate) : QString());
    // Changes made here that the service did not accept (kept until retried or discarded), counted per item as the
    // app's list shows them, not per field (review 3, #10: the round said nothing, the row showed nothing).
    QSet<QString> refusedItems;
    if (store.rejectedCount() > 0) {
        for (const OutboxEntry &e : store.rejected())
            refusedItems.insert(e.op.entityId);
    }
    row.insert(QStringLiteral("refused"), int(refusedItems.size()));
    row.insert(QStringLiteral("waiting"), store.setting(QStringLiteral("join.waiting")) == QLatin1String("1"));
    row.insert(QStringLiteral("attention"), attention(overdue, int(due.size()), stepsOverdue, int(steps.size()), meetingSoon));
    return row;
}

QJsonObject CaseloadSummary::beforeArrival(const QString &citizen, bool waiting)
{
    return QJsonObject { { QStringLiteral("citizen"), citizen },
                         { QStringLiteral("waiting"), waiting },
                         { QStringLiteral("domains"), QJsonArray() },
                         { QStringLiteral("stepsForMe"), QJsonArray() },
                         { QStringLiteral("nextMeeting"), QJsonValue::Null } };
}

} // namespace samen
