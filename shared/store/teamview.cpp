#include "store/teamview.h"

#include "domain/readrule.h"
#include "store/deviceaccess.h"
#include "store/planview.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray out;
    for (const QJsonObject &o : objects)
        out.append(o);
    return out;
}

bool byId(const QJsonObject &a, const QJsonObject &b)
{
    return str(a, "id") < str(b, "id");
}

// A grant in force on `today`: access read or write, and no end, or an end after today.
bool inForce(const QJsonObject &grant, const QDate &today)
{
    const QString access = str(grant, "access");
    const QDate until = QDate::fromString(str(grant, "until"), Qt::ISODate);
    return (access == QLatin1String("read") || access == QLatin1String("write")) && (!until.isValid() || until > today);
}

} // namespace

TeamView::TeamView(const PlanStore &store, QString planId)
    : m_store(store)
    , m_planId(std::move(planId))
{
}

QString TeamView::nameOf(const QString &memberId) const
{
    const auto m = m_store.entity(memberId);
    return m && str(*m, "type") == QLatin1String("member") ? str(*m, "name") : QString();
}

bool TeamView::helpsNow(const QString &memberId) const
{
    const auto m = m_store.entity(memberId);
    return m && str(*m, "type") == QLatin1String("member") && !m->value(QStringLiteral("_deleted")).toBool()
        && PlanView::isCurrentMember(*m, QDate::currentDate());
}

QJsonObject TeamView::person(const QString &memberId, const QDate &today) const
{
    const auto found = m_store.entity(memberId);
    if (!found || str(*found, "type") != QLatin1String("member") || found->value(QStringLiteral("_deleted")).toBool())
        return {};
    const QJsonObject &m = *found;
    const PlanView view(m_store, m_planId);
    QJsonObject p;
    for (const char *field : { "id", "name", "kind", "relation", "organisation", "role", "phone", "email", "since", "until" })
        p.insert(QLatin1String(field), str(m, field));
    p.insert(QStringLiteral("coordinator"), m.value(QStringLiteral("coordinator")).toBool());

    // What they work on comes from their grants (issue 13), and only a device that knows those grants says it: the owner's
    // (the plan's grant entities, which only the owner holds) and a member's own (its access from the service). A member's
    // device says nothing of the others' domains (docs/sync-protocol.md, "Who reads what": who was granted what is between
    // the owner and each member); the member record's own `domains` are the owner's words about a contact the service has
    // no grants of, so only the owner's device falls back to them.
    QMap<QString, QString> access; // domain key -> "read" | "write" (the wider grant counts)
    const MemberAccess viewer = DeviceAccess::load(m_store);
    if (viewer.isOwner()) {
        for (const QJsonObject &g : m_store.entities(m_planId, QStringLiteral("grant"))) {
            if (str(g, "memberId") != memberId || !inForce(g, today))
                continue;
            if (access.value(str(g, "domainKey")) != QLatin1String("write"))
                access.insert(str(g, "domainKey"), str(g, "access"));
        }
        if (access.isEmpty()) {
            for (const QJsonValue &key : m.value(QStringLiteral("domains")).toArray())
                access.insert(key.toString(), QStringLiteral("write"));
        }
    } else if (memberId == viewer.memberId()) {
        for (const QString &key : viewer.grantedDomains())
            access.insert(key, viewer.canWrite(key) ? QStringLiteral("write") : QStringLiteral("read"));
    }
    p.insert(QStringLiteral("domainsKnown"), viewer.isOwner() || memberId == viewer.memberId());
    QJsonArray domains;
    for (const QJsonValue &d : view.domains()) { // in the citizen's priority order
        const QString key = str(d.toObject(), "key");
        if (access.contains(key))
            domains.append(QJsonObject {
                { QStringLiteral("key"), key }, { QStringLiteral("label"), view.domainLabel(key) }, { QStringLiteral("access"), access.value(key) } });
    }
    p.insert(QStringLiteral("domains"), domains);

    QJsonArray steps;
    for (const QJsonValue &g : view.goals()) {
        const QString domainKey = str(g.toObject(), "domainKey");
        for (const QJsonValue &s : g.toObject().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = s.toObject();
            if (str(step, "ownerId") != memberId || step.value(QStringLiteral("done")).toBool())
                continue;
            steps.append(QJsonObject { { QStringLiteral("id"), str(step, "id") },
                                       { QStringLiteral("title"), str(step, "title") },
                                       { QStringLiteral("due"), str(step, "due") },
                                       { QStringLiteral("domainKey"), domainKey },
                                       { QStringLiteral("domainLabel"), view.domainLabel(domainKey) } });
        }
    }
    p.insert(QStringLiteral("openSteps"), steps);

    QJsonArray agreements;
    for (const QJsonValue &v : this->agreements()) {
        const QJsonObject a = v.toObject();
        if (str(a, "whoId") != memberId || str(a, "status") != QLatin1String("open"))
            continue;
        agreements.append(QJsonObject { { QStringLiteral("id"), str(a, "id") },
                                        { QStringLiteral("what"), str(a, "what") },
                                        { QStringLiteral("by"), str(a, "by") },
                                        { QStringLiteral("evaluationDate"), str(a, "evaluationDate") },
                                        { QStringLiteral("domainKey"), str(a, "domainKey") },
                                        { QStringLiteral("domainLabel"), str(a, "domainLabel") } });
    }
    p.insert(QStringLiteral("openAgreements"), agreements);
    return p;
}

QJsonObject TeamView::professionals(const QDate &today) const
{
    QList<QJsonObject> members = m_store.entities(m_planId, QStringLiteral("member"));
    std::sort(members.begin(), members.end(), byId);
    QJsonValue coordinator = QJsonValue::Null;
    QList<QJsonObject> current;
    QList<QJsonObject> former;
    for (const QJsonObject &m : std::as_const(members)) {
        const bool isCoordinator = m.value(QStringLiteral("coordinator")).toBool();
        if (isCoordinator && coordinator.isNull()) {
            coordinator = person(str(m, "id"), today);
            continue;
        }
        if (str(m, "kind") != QLatin1String("professional"))
            continue;
        (PlanView::isCurrentMember(m, today) ? current : former).append(person(str(m, "id"), today));
    }
    std::stable_sort(current.begin(), current.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return std::pair(str(a, "since"), str(a, "name").toLower()) < std::pair(str(b, "since"), str(b, "name").toLower());
    });
    std::stable_sort(former.begin(), former.end(), [](const QJsonObject &a, const QJsonObject &b) { return str(a, "until") > str(b, "until"); });

    // Periods of coordination: the owner from the plan's creation, then one per handover (oldest first here).
    QList<QJsonObject> handovers;
    for (const QJsonObject &e : m_store.entities(m_planId, QStringLiteral("timeline"))) {
        if (str(e, "kind") == QLatin1String("coordinator-handover"))
            handovers.append(e);
    }
    std::sort(handovers.begin(), handovers.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return std::pair(str(a, "at"), str(a, "id")) < std::pair(str(b, "at"), str(b, "id")); });
    QList<QJsonObject> periods;
    const QJsonObject plan = m_store.entity(m_planId).value_or(QJsonObject());
    for (const QJsonObject &m : std::as_const(members)) {
        if (str(m, "kind") == QLatin1String("citizen")) {
            const QString created = QDateTime::fromString(str(plan, "createdAt"), Qt::ISODate).toLocalTime().date().toString(Qt::ISODate);
            periods.append(QJsonObject { { QStringLiteral("memberId"), str(m, "id") },
                                         { QStringLiteral("name"), str(m, "name") },
                                         { QStringLiteral("from"), created.isEmpty() ? str(m, "since") : created },
                                         { QStringLiteral("note"), QString() } });
            break;
        }
    }
    for (const QJsonObject &h : std::as_const(handovers)) {
        const QString day = QDateTime::fromString(str(h, "at"), Qt::ISODate).toLocalTime().date().toString(Qt::ISODate);
        if (!periods.isEmpty())
            periods.last().insert(QStringLiteral("until"), day);
        periods.append(QJsonObject { { QStringLiteral("memberId"), str(h, "refId") },
                                     { QStringLiteral("name"), nameOf(str(h, "refId")) },
                                     { QStringLiteral("from"), day },
                                     { QStringLiteral("note"), str(h, "text") } });
    }
    std::reverse(periods.begin(), periods.end());
    return QJsonObject { { QStringLiteral("coordinator"), coordinator },
                         { QStringLiteral("professionals"), toArray(current) },
                         { QStringLiteral("former"), toArray(former) },
                         { QStringLiteral("coordinatorHistory"), toArray(periods) } };
}

QJsonObject TeamView::agreementJson(const QJsonObject &agreement) const
{
    QJsonObject a = agreement;
    a.insert(QStringLiteral("whoName"), nameOf(str(agreement, "whoId")));
    // Named, but no longer helping (their period ended, or they were removed): someone has to take it over.
    a.insert(QStringLiteral("whoFormer"), !str(agreement, "whoId").isEmpty() && !helpsNow(str(agreement, "whoId")));
    a.insert(QStringLiteral("domainLabel"), PlanView(m_store, m_planId).domainLabel(str(agreement, "domainKey")));
    const auto meeting = str(agreement, "meetingId").isEmpty() ? std::nullopt : m_store.entity(str(agreement, "meetingId"));
    a.insert(QStringLiteral("meetingTitle"), meeting ? str(*meeting, "title") : QString());
    return a;
}

QJsonArray TeamView::agreements() const
{
    QList<QJsonObject> items = m_store.entities(m_planId, QStringLiteral("agreement"));
    std::sort(items.begin(), items.end(), byId); // UUIDv7: the order they were made
    QJsonArray out;
    for (const QJsonObject &a : std::as_const(items))
        out.append(agreementJson(a));
    return out;
}

bool TeamView::isCoordinator(const MemberAccess &access) const
{
    if (access.memberId().isEmpty())
        return false;
    const auto me = m_store.entity(access.memberId());
    return me && me->value(QStringLiteral("coordinator")).toBool();
}

QJsonObject TeamView::meetingJson(const QJsonObject &meeting, const QJsonArray &allAgreements) const
{
    QJsonObject m = meeting;
    QJsonArray participants;
    const QJsonArray participantIds = meeting.value(QStringLiteral("participantIds")).toArray();
    for (const QJsonValue &id : participantIds)
        participants.append(QJsonObject { { QStringLiteral("id"), id.toString() },
                                          { QStringLiteral("name"), nameOf(id.toString()) },
                                          { QStringLiteral("former"), !helpsNow(id.toString()) } });
    m.insert(QStringLiteral("participants"), participants);
    // What this device's person may read of it (ReadRule, as the service decides): the agenda's domains they read; the
    // notes and agenda points (free text) only when they take part or own the plan. Held from before is not shown either.
    MemberAccess access = DeviceAccess::load(m_store);
    if (participantIds.contains(QJsonValue(access.memberId())) || isCoordinator(access))
        access.addMeetingText(str(meeting, "id"));
    const PlanView view(m_store, m_planId);
    QJsonArray agenda;
    QJsonArray readableDomains;
    for (const QJsonValue &key : meeting.value(QStringLiteral("agendaDomains")).toArray()) {
        if (!access.isOwner() && !access.canRead(key.toString()))
            continue;
        readableDomains.append(key);
        agenda.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("domain") },
                                    { QStringLiteral("key"), key.toString() },
                                    { QStringLiteral("label"), view.domainLabel(key.toString()) } });
    }
    m.insert(QStringLiteral("agendaDomains"), readableDomains);
    const QString id = str(meeting, "id");
    for (const QString &field : { QStringLiteral("notes"), QStringLiteral("agendaPoints") }) {
        if (!ReadRule::mayReadField(access, QStringLiteral("meeting"), field, id))
            m.remove(field);
    }
    for (const QJsonValue &point : m.value(QStringLiteral("agendaPoints")).toArray())
        agenda.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("point") }, { QStringLiteral("label"), point.toString() } });
    m.insert(QStringLiteral("agenda"), agenda);
    QJsonArray made;
    for (const QJsonValue &a : allAgreements) {
        if (str(a.toObject(), "meetingId") == str(meeting, "id"))
            made.append(a);
    }
    m.insert(QStringLiteral("agreements"), made);
    return m;
}

QJsonArray TeamView::meetings() const
{
    QList<QJsonObject> items = m_store.entities(m_planId, QStringLiteral("meeting"));
    std::sort(items.begin(), items.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return std::pair(str(a, "at"), str(a, "id")) > std::pair(str(b, "at"), str(b, "id")); });
    const QJsonArray all = agreements();
    // Only the meetings this person may read (ReadRule): taking part, or a readable domain on the agenda; what the device
    // holds from before the rule (or before a grant ended) is not shown.
    const MemberAccess access = DeviceAccess::load(m_store);
    auto readable = [&](const QJsonObject &m) {
        if (access.isOwner() || isCoordinator(access) || access.isNamedIn(str(m, "id"))
            || m.value(QStringLiteral("participantIds")).toArray().contains(QJsonValue(access.memberId())))
            return true;
        for (const QJsonValue &key : m.value(QStringLiteral("agendaDomains")).toArray()) {
            if (access.canRead(key.toString()))
                return true;
        }
        return false;
    };
    QJsonArray out;
    for (const QJsonObject &m : std::as_const(items)) {
        if (readable(m))
            out.append(meetingJson(m, all));
    }
    return out;
}

QJsonObject TeamView::toTalkAbout(const QDateTime &now) const
{
    const QString nowText = now.toUTC().toString(Qt::ISODate);
    std::optional<QJsonObject> next;
    for (const QJsonObject &m : m_store.entities(m_planId, QStringLiteral("meeting"))) {
        if (str(m, "status") != QLatin1String("planned") || str(m, "at") < nowText)
            continue;
        if (!next || std::pair(str(m, "at"), str(m, "id")) < std::pair(str(*next, "at"), str(*next, "id")))
            next = m;
    }
    const QDate today = now.toLocalTime().date();
    const QString until = today.addDays(kReviewDays).toString(Qt::ISODate);
    QList<QJsonObject> due;
    for (const QJsonValue &v : agreements()) {
        QJsonObject a = v.toObject();
        const QString evaluation = str(a, "evaluationDate");
        if (str(a, "status") != QLatin1String("open") || evaluation.isEmpty() || evaluation > until)
            continue;
        a.insert(QStringLiteral("overdue"), evaluation < today.toString(Qt::ISODate));
        due.append(a);
    }
    std::stable_sort(due.begin(), due.end(), [](const QJsonObject &a, const QJsonObject &b) { return str(a, "evaluationDate") < str(b, "evaluationDate"); });
    return QJsonObject { { QStringLiteral("nextMeeting"), next ? QJsonValue(meetingJson(*next, agreements())) : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("reviewsDue"), toArray(due) } };
}

QDateTime TeamView::suggestedNextMeeting(const QDateTime &lastAt, const std::optional<QDateTime> &previousAt)
{
    constexpr qint64 day = 24LL * 60 * 60;
    qint64 seconds = 28 * day;
    if (previousAt && previousAt->isValid() && *previousAt < lastAt)
        seconds = std::clamp<qint64>(previousAt->secsTo(lastAt), 14 * day, 42 * day);
    return lastAt.addSecs(seconds);
}

} // namespace samen
