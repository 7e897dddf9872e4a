#include "store/caseloadsummary.h"

#include "store/deviceaccess.h"
#include "store/planview.h"
#include "store/teamview.h"

#include <QJsonArray>

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
    row.insert(QStringLiteral("role"), str(self, "role"));
    row.insert(QStringLiteral("organisation"), str(self, "organisation"));

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
        if (!dueDate.isEmpty() && dueDate < today.toString(Qt::ISODate))
            ++stepsOverdue;
        steps.append(QJsonObject { { QStringLiteral("title"), str(s.toObject(), "title") }, { QStringLiteral("due"), dueDate } });
    }
    row.insert(QStringLiteral("stepsForMe"), steps);

    const qint64 last = store.clockFloor().wallMs;
    row.insert(QStringLiteral("lastChange"), last > 0 ? QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODateWithMs) : QString());
    row.insert(QStringLiteral("waiting"), store.setting(QStringLiteral("join.waiting")) == QLatin1String("1"));
    row.insert(QStringLiteral("attention"), attention(overdue, int(due.size()), stepsOverdue, int(steps.size()), meetingSoon));
    return row;
}

} // namespace samen
