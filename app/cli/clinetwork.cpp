#include "cli/clinetwork.h"

#include "domain/memberwords.h"

#include "domain/frameworks.h"
#include "domain/texthygiene.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace samen::cli {

CliNetwork::CliNetwork(CliContext &ctx)
    : m_ctx(ctx)
    , m_session(ctx)
    , m_client(m_session.client, ctx.store())
    , m_mirror(ctx.store(), ctx.clock(), ctx.planId(), ctx.memberId())
{
}

bool CliNetwork::sendMirrored()
{
    if (m_ctx.store().waitingCount() == 0)
        return true;
    return await<SyncSummary>([&](SyncClient::Done<SyncSummary> done) { m_session.client.syncOnce(done); }).ok();
}

bool CliNetwork::isOwner(const PeopleList &people)
{
    for (const PersonEntry &p : people.people) {
        if (p.owner && p.memberId == people.you)
            return true;
    }
    return false;
}

Result<PersonEntry> CliNetwork::person(const QString &nameOrId, const QString &where)
{
    const auto people = run<PeopleList>([&](auto done) { m_client.members(done); });
    if (!people)
        return people.error();
    return find(people.value(), nameOrId, where);
}

Result<PersonEntry> CliNetwork::find(const PeopleList &people, const QString &nameOrId, const QString &where) const
{
    QList<PersonEntry> found, byPlanName, byOtherName;
    const QString typed = TextHygiene::withoutInvisible(nameOrId); // a name pasted from a sentence carries its isolates
    for (const PersonEntry &p : people.people) {
        // The owner is never let in, declined, given access or removed: a command that asks for a status is about someone else.
        if (!where.isEmpty() && (p.status != where || p.owner))
            continue;
        if (p.memberId == typed)
            return p;
        const QString planName = m_ctx.store().entity(p.memberId).value_or(QJsonObject()).value(QStringLiteral("name")).toString();
        if (TextHygiene::sameName(planName, typed))
            byPlanName.append(p);
        else if (TextHygiene::sameName(p.name, typed))
            found.append(p);
        else if (TextHygiene::sameName(p.invitedName, typed) || TextHygiene::sameName(p.registeredName, typed))
            byOtherName.append(p); // "André", invited so, joined as "André de Vries" (trial after stop 35)
    }
    // Only when no name they use matches: whom the invitation was for, or the name the operator registered.
    if (found.isEmpty() && byPlanName.isEmpty())
        found = byOtherName;
    // Last, someone waiting to be let in by their first name, as invite create takes it (trial after stop 36: "Nobody
    // called Lotte is waiting" while invite said Lotte Visser waits).
    if (found.isEmpty() && byPlanName.isEmpty() && where == QLatin1String("pending")) {
        for (const PersonEntry &p : people.people) {
            if (p.status == where && !p.owner && NetworkClient::isFirstNameOf(p, typed))
                found.append(p);
        }
    }
    // The name this plan shows wins over the one the service holds ("Mia (2)" against the owner "Mia").
    if (byPlanName.size() == 1)
        return byPlanName.first();
    found += byPlanName;
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1) {
        // Told apart by the names this plan shows (NetworkMirror gives a second "Mia" the name "Mia (2)"), never by an id.
        QStringList who;
        for (const PersonEntry &p : std::as_const(found))
            who << nameOf(p);
        return Error { ErrorCode::Conflict,
                       QCoreApplication::translate("samen", "More than one person is called %1: %2. Give the name as samen-cli member list shows it.")
                           .arg(TextHygiene::isolate(typed.left(120)), who.join(QStringLiteral(", "))) };
    }
    // Someone of that name in the plan already: said so, not that nobody is called so (trial after stop 36).
    if (where == QLatin1String("pending")) {
        for (const PersonEntry &p : people.people) {
            if (p.status == QLatin1String("active") && (TextHygiene::sameName(p.name, typed) || TextHygiene::sameName(nameOf(p), typed)))
                return Error { ErrorCode::Conflict,
                               QCoreApplication::translate("samen",
                                                           "%1 is in the plan already: there is nothing to let in or decline. See samen-cli member list.")
                                   .arg(TextHygiene::isolate(typed.left(120))) };
        }
    }
    const QString message = where == QLatin1String("pending")
        ? QCoreApplication::translate("samen", "Nobody called %1 is waiting to be let in. See samen-cli member list.")
        : QCoreApplication::translate("samen", "Nobody called %1 is in the plan at the service. See samen-cli member list.");
    return Error { ErrorCode::NotFound, message.arg(TextHygiene::isolate(typed.left(120))) };
}

QString CliNetwork::plainNameOf(const PersonEntry &person) const
{
    const QString planName = m_ctx.store().entity(person.memberId).value_or(QJsonObject()).value(QStringLiteral("name")).toString();
    if (!planName.isEmpty() || !person.name.isEmpty() || !person.owner)
        return !planName.isEmpty() ? planName : person.name;
    // The service keeps no name for the owner, and a member's device may not hold the owner's member item: the name
    // the owner invited this device's person under (SyncClient::joinPlan saved it).
    return m_ctx.store().setting(QStringLiteral("join.from"));
}

QString CliNetwork::nameOf(const PersonEntry &person) const
{
    const QString name = plainNameOf(person);
    return name.isEmpty() ? QCoreApplication::translate("samen", "(no name)") : TextHygiene::isolate(name);
}

QString CliNetwork::domainLabel(const QString &key) const
{
    QString framework = m_ctx.store().entity(m_ctx.planId()).value_or(QJsonObject()).value(QStringLiteral("framework")).toString();
    return samen::domainLabel(framework.isEmpty() ? QStringLiteral("default") : framework, key);
}

QString CliNetwork::accessWords(const QList<AccessGrant> &grants) const
{
    // In the plan's own order of life domains (as plan show and the app list them), the same on every run.
    QStringList order;
    for (const QJsonValue &d : PlanView(m_ctx.store(), m_ctx.planId()).domains())
        order << d.toObject().value(QStringLiteral("key")).toString();
    auto rank = [&](const QString &key) {
        const qsizetype at = order.indexOf(key);
        return at < 0 ? order.size() : at;
    };
    QList<AccessGrant> sorted = grants;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const AccessGrant &a, const AccessGrant &b) {
        return std::pair(rank(a.domainKey), a.domainKey) < std::pair(rank(b.domainKey), b.domainKey);
    });
    QStringList parts;
    for (const AccessGrant &g : std::as_const(sorted)) {
        if (g.access == QLatin1String("write"))
            parts << QCoreApplication::translate("samen", "may see and change %1").arg(domainLabel(g.domainKey));
        else if (g.access == QLatin1String("read"))
            parts << QCoreApplication::translate("samen", "may see %1").arg(domainLabel(g.domainKey));
    }
    return parts.isEmpty() ? QCoreApplication::translate("samen", "no access to any life area") : parts.join(QStringLiteral("; "));
}

QString CliNetwork::relationWord(const QString &relation)
{
    return MemberWords::relation(relation);
}

QJsonArray CliNetwork::grantsJson(const QList<AccessGrant> &grants)
{
    QJsonArray a;
    for (const AccessGrant &g : grants) {
        QJsonObject o { { QStringLiteral("domainKey"), g.domainKey }, { QStringLiteral("access"), g.access }, { QStringLiteral("purpose"), g.purpose } };
        if (g.untilMs)
            o.insert(QStringLiteral("until"), g.untilMs);
        a.append(o);
    }
    return a;
}

QString CliNetwork::endSentence(const QList<AccessGrant> &grants, const QString &domainKey)
{
    for (const AccessGrant &g : grants) {
        if (g.domainKey == domainKey && g.access != QLatin1String("none") && g.untilMs > 0)
            return QLatin1Char(' ')
                + QCoreApplication::translate("samen", "This lasts until %1.").arg(QDateTime::fromMSecsSinceEpoch(g.untilMs).date().toString(Qt::ISODate));
    }
    return {};
}

QString CliNetwork::when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<qint64> CliNetwork::endOfDay(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    const qint64 end = date.isValid() ? QDateTime(date, QTime(23, 59, 59)).toMSecsSinceEpoch() : 0;
    if (!date.isValid() || end <= QDateTime::currentMSecsSinceEpoch())
        return Error { ErrorCode::Validation,
                       QCoreApplication::translate("samen", "--until wants a date from today on, written as year-month-day, for example 2026-12-31.") };
    return end;
}

} // namespace samen::cli
