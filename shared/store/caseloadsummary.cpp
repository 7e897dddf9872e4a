#include "store/caseloadsummary.h"

#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/planview.h"
#include "store/teamview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

int CaseloadSummary::attention(int overdue, int daysToSoonest, int dueAgreements, int openSteps, bool meetingSoon)
{
    // Three bands that never overlap (review 6, #2: 10 per open step let four undated steps outrank an overdue one).
    const int overdueBand = 1'000'000 * std::clamp(overdue, 0, 999);
    const int soonestBand = daysToSoonest < 0 ? 0 : 1'000 * (999 - std::min(daysToSoonest, 998));
    const int rest = 10 * std::clamp(dueAgreements + openSteps, 0, 49) + (meetingSoon ? 5 : 0);
    return overdueBand + soonestBand + rest;
}

int CaseloadSummary::itemCount(const QList<OutboxEntry> &changes)
{
    QSet<QString> items;
    for (const OutboxEntry &e : changes)
        items.insert(e.op.entityId);
    return int(items.size());
}

int CaseloadSummary::refusedItems(const PlanStore &store)
{
    return store.rejectedCount() == 0 ? 0 : itemCount(store.rejected());
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

    // The dates themselves are kept, not what they meant on the day of the round: the figures that depend on the date
    // are worked out when the row is shown (asOf), so a quiet plan's agreement that becomes due is counted (R4-26).
    const QString nowText = now.toUTC().toString(Qt::ISODate);
    QList<QJsonObject> ahead;
    for (const QJsonObject &m : store.entities(planId, QStringLiteral("meeting"))) {
        if (str(m, "status") == QLatin1String("planned") && str(m, "at") >= nowText)
            ahead.append(QJsonObject { { QStringLiteral("at"), str(m, "at") }, { QStringLiteral("title"), str(m, "title") } });
    }
    std::sort(ahead.begin(), ahead.end(), [](const QJsonObject &a, const QJsonObject &b) { return str(a, "at") < str(b, "at"); });
    QJsonArray meetings;
    for (const QJsonObject &m : std::as_const(ahead).mid(0, kMeetingsKept))
        meetings.append(m);
    row.insert(QStringLiteral("meetingsAhead"), meetings);
    QStringList reviews;
    for (const QJsonValue &v : team.agreements()) {
        const QJsonObject a = v.toObject();
        if (str(a, "status") == QLatin1String("open") && !str(a, "evaluationDate").isEmpty())
            reviews.append(str(a, "evaluationDate"));
    }
    reviews.sort();
    row.insert(QStringLiteral("reviewDates"), QJsonArray::fromStringList(reviews));

    QJsonArray steps;
    for (const QJsonValue &s : self.value(QStringLiteral("openSteps")).toArray())
        steps.append(QJsonObject { { QStringLiteral("title"), str(s.toObject(), "title") }, { QStringLiteral("due"), str(s.toObject(), "due") } });
    row.insert(QStringLiteral("stepsForMe"), steps);

    const qint64 last = store.clockFloor().wallMs;
    row.insert(QStringLiteral("lastChange"), last > 0 ? QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODateWithMs) : QString());
    // The day this device joined the plan ("" when it joined before this was kept): tells two citizens of one name apart.
    const qint64 joinedMs = store.setting(QStringLiteral("join.at")).toLongLong();
    row.insert(QStringLiteral("joined"), joinedMs > 0 ? QDateTime::fromMSecsSinceEpoch(joinedMs).toLocalTime().date().toString(Qt::ISODate) : QString());
    // Changes made here that the service did not accept (kept until retried or discarded), counted per item as the
    // app's list shows them, not per field (review 3, #10: the round said nothing, the row showed nothing).
    row.insert(QStringLiteral("refused"), refusedItems(store));
    row.insert(QStringLiteral("waiting"), store.setting(QStringLiteral("join.waiting")) == QLatin1String("1"));
    return asOf(row, now);
}

QJsonObject CaseloadSummary::asOf(QJsonObject row, const QDateTime &now)
{
    // A row kept before the dates were (no "reviewDates"): its figures stay as they were until its plan's next round.
    if (!row.contains(QStringLiteral("reviewDates")))
        return row;
    const QDate today = now.toLocalTime().date();
    const QString todayText = today.toString(Qt::ISODate);
    const QString until = today.addDays(TeamView::kReviewDays).toString(Qt::ISODate);
    int due = 0;
    int overdue = 0;
    for (const QJsonValue &v : row.value(QStringLiteral("reviewDates")).toArray()) {
        const QString evaluation = v.toString();
        if (evaluation.isEmpty() || evaluation > until)
            continue;
        ++due;
        overdue += evaluation < todayText ? 1 : 0;
    }
    row.insert(QStringLiteral("agreementsDue"), due);
    row.insert(QStringLiteral("agreementsOverdue"), overdue);
    const QString nowText = now.toUTC().toString(Qt::ISODate);
    QJsonValue next = QJsonValue::Null;
    for (const QJsonValue &m : row.value(QStringLiteral("meetingsAhead")).toArray()) {
        if (str(m.toObject(), "at") >= nowText) {
            next = m;
            break;
        }
    }
    row.insert(QStringLiteral("nextMeeting"), next);
    const QDateTime at = QDateTime::fromString(str(next.toObject(), "at"), Qt::ISODate);
    const bool meetingSoon = at.isValid() && at <= now.addDays(7);
    // The professional's steps soonest due first, those without a date last (review 15, F3: in the order they were made),
    // then by title; the sort is stable, so steps alike keep the order they had.
    QList<QJsonObject> mine;
    for (const QJsonValue &s : row.value(QStringLiteral("stepsForMe")).toArray())
        mine.append(s.toObject());
    std::stable_sort(mine.begin(), mine.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString da = str(a, "due"), db = str(b, "due");
        if (da.isEmpty() != db.isEmpty())
            return db.isEmpty();
        return da != db ? da < db : str(a, "title").localeAwareCompare(str(b, "title")) < 0;
    });
    QJsonArray steps;
    for (const QJsonObject &s : std::as_const(mine))
        steps.append(s);
    row.insert(QStringLiteral("stepsForMe"), steps);
    int stepsOverdue = 0;
    QString soonest; // the first date still to come: a step of mine due, or an agreement to evaluate
    auto consider = [&](const QString &date) {
        if (!date.isEmpty() && date >= todayText && (soonest.isEmpty() || date < soonest))
            soonest = date;
    };
    for (const QJsonValue &s : steps) {
        const QString dueDate = str(s.toObject(), "due");
        stepsOverdue += !dueDate.isEmpty() && dueDate < todayText ? 1 : 0;
        consider(dueDate);
    }
    for (const QJsonValue &v : row.value(QStringLiteral("reviewDates")).toArray())
        consider(v.toString());
    const int daysToSoonest = soonest.isEmpty() ? -1 : int(today.daysTo(QDate::fromString(soonest, Qt::ISODate)));
    row.insert(QStringLiteral("attention"), attention(overdue + stepsOverdue, daysToSoonest, due, int(steps.size()), meetingSoon));
    return row;
}

QList<QJsonObject> CaseloadSummary::asOf(QList<QJsonObject> rows, const QDateTime &now)
{
    for (QJsonObject &row : rows)
        row = asOf(row, now);
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("attention")).toInt() > b.value(QStringLiteral("attention")).toInt();
    });
    return rows;
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
