#include "network/accesslogwords.h"

#include "domain/frameworks.h"
#include "domain/memberwords.h"
#include "domain/texthygiene.h"
#include "sync/statereader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace samen {

namespace {

// Two reads of the same thing by the same person this close together are one line.
constexpr qint64 kFoldMs = 10 * 60 * 1000;

} // namespace

QString AccessLogWords::relationWord(const QString &relation)
{
    // The plan's words for a relation (MemberWords); "other" says nothing about who someone is.
    return relation == QLatin1String("other") ? QString() : MemberWords::relation(relation);
}

AccessLogWords::AccessLogWords(const StateReader &plan, const QString &planId)
{
    m_framework = plan.entity(planId).value_or(QJsonObject()).value(QStringLiteral("framework")).toString();
    if (m_framework.isEmpty())
        m_framework = QStringLiteral("default");
    for (const QJsonObject &m : plan.entities(planId, QStringLiteral("member")))
        addPerson(m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("relation")).toString());
    // The owner's device keeps each invitation (NetworkMirror) under the service's invitation id, the target of its entries.
    for (const QJsonObject &i : plan.entities(planId, QStringLiteral("invitation")))
        addInvitee(i.value(QStringLiteral("id")).toString(), i.value(QStringLiteral("name")).toString());
}

void AccessLogWords::addInvitee(const QString &invitationId, const QString &name)
{
    if (!invitationId.isEmpty() && !name.isEmpty() && name != QLatin1String("?")) // "?": NetworkMirror did not know the name
        m_invitees.insert(invitationId, name);
}

QString AccessLogWords::invitee(const QString &invitationId) const
{
    return TextHygiene::isolate(m_invitees.value(invitationId));
}

void AccessLogWords::addPerson(const QString &memberId, const QString &name, const QString &relation)
{
    if (memberId.isEmpty() || name.isEmpty())
        return;
    m_names.insert(memberId, name);
    m_relations.insert(memberId, relation);
}

QLocale AccessLogWords::locale()
{
    return QLocale(QCoreApplication::translate("AccessLogWords", "en_GB", "the locale (language_COUNTRY) the access log writes dates and times in"));
}

QString AccessLogWords::person(const QString &memberId) const
{
    if (!m_names.contains(memberId))
        return QCoreApplication::translate("AccessLogWords", "Someone");
    const QString name = TextHygiene::isolate(m_names.value(memberId));
    const QString relation = relationWord(m_relations.value(memberId));
    return relation.isEmpty()
        ? name
        : QCoreApplication::translate("AccessLogWords", "%1 (%2)", "a name and the relation to the citizen: Sam (friend)").arg(name, relation);
}

QString AccessLogWords::domain(const QString &key) const
{
    return domainLabel(m_framework, key);
}

QString AccessLogWords::thing(const QString &entityType) const
{
    if (entityType == QLatin1String("goal"))
        return QCoreApplication::translate("AccessLogWords", "a goal");
    if (entityType == QLatin1String("step"))
        return QCoreApplication::translate("AccessLogWords", "a step");
    if (entityType == QLatin1String("assessment"))
        return QCoreApplication::translate("AccessLogWords", "an assessment");
    if (entityType == QLatin1String("domain"))
        return QCoreApplication::translate("AccessLogWords", "the order of the life areas");
    if (entityType == QLatin1String("plan"))
        return QCoreApplication::translate("AccessLogWords", "the plan's name or story");
    if (entityType == QLatin1String("member"))
        return QCoreApplication::translate("AccessLogWords", "who is in the plan");
    if (entityType == QLatin1String("grant"))
        return QCoreApplication::translate("AccessLogWords", "who may see what");
    if (entityType == QLatin1String("invitation"))
        return QCoreApplication::translate("AccessLogWords", "an invitation");
    if (entityType == QLatin1String("meeting"))
        return QCoreApplication::translate("AccessLogWords", "a meeting");
    if (entityType == QLatin1String("agreement"))
        return QCoreApplication::translate("AccessLogWords", "an agreement");
    if (entityType == QLatin1String("timeline"))
        return QCoreApplication::translate("AccessLogWords", "the timeline");
    return QCoreApplication::translate("AccessLogWords", "something in the plan");
}

QString AccessLogWords::readKey(const AuditEntry &e)
{
    // A pull and a snapshot of the same domain are both "looked at".
    const QString kind = e.action == QLatin1String("snapshot.read") ? QStringLiteral("ops.read") : e.action;
    return kind + QLatin1Char('|') + e.actor + QLatin1Char('|') + e.actorMemberId + QLatin1Char('|') + e.domainKey + QLatin1Char('|')
        + e.detail.value(QStringLiteral("route")).toString();
}

QString AccessLogWords::writeFoldKey(const AuditEntry &e)
{
    if (e.action != QLatin1String("ops.write") || e.entityType != QLatin1String("domain"))
        return {};
    return e.action + QLatin1Char('|') + e.actor + QLatin1Char('|') + e.actorMemberId + QLatin1Char('|') + e.entityType;
}

bool AccessLogWords::isViewersRoutine(const AuditEntry &e) const
{
    if (m_viewer.isEmpty() || e.actorMemberId != m_viewer || e.actor == QLatin1String("admin"))
        return false;
    if (isRead(e))
        return true;
    // The owner's device keeps the plan's copy of people, access and invitations as the service says (NetworkMirror):
    // each of those decisions is an entry of the service's own (invitation.create, member.confirm, grant.set, ...).
    static const QStringList mirrored { QStringLiteral("member"), QStringLiteral("grant"), QStringLiteral("invitation") };
    return e.action == QLatin1String("ops.write") && mirrored.contains(e.entityType);
}

bool AccessLogWords::isRead(const AuditEntry &e)
{
    return e.action == QLatin1String("ops.read") || e.action == QLatin1String("snapshot.read") || e.action == QLatin1String("members.read")
        || e.action == QLatin1String("audit.read");
}

QString AccessLogWords::access(const QString &who, const QString &whom, const AuditEntry &e) const
{
    const QString level = e.detail.value(QStringLiteral("access")).toString();
    const QString was = e.detail.value(QStringLiteral("was")).toString(); // "" in entries from before the service said it
    const QString area = domain(e.domainKey);
    // A step up and a step down are said differently: "let see" is never a step down from changing.
    if (level == QLatin1String("write") && was == QLatin1String("read"))
        return QCoreApplication::translate("AccessLogWords", "%1 now lets %2 also change %3").arg(who, whom, area);
    if (level == QLatin1String("read") && was == QLatin1String("write"))
        return QCoreApplication::translate("AccessLogWords", "%1 now lets %2 only read %3, no longer change it").arg(who, whom, area);
    if (level == was && !level.isEmpty())
        return QCoreApplication::translate("AccessLogWords", "%1 changed the purpose or end date of %2's access to %3").arg(who, whom, area);
    if (level == QLatin1String("write"))
        return QCoreApplication::translate("AccessLogWords", "%1 let %2 see and change %3").arg(who, whom, area);
    if (level == QLatin1String("read"))
        return QCoreApplication::translate("AccessLogWords", "%1 let %2 see %3").arg(who, whom, area);
    return QCoreApplication::translate("AccessLogWords", "%1 took away %2's access to %3").arg(who, whom, area);
}

QString AccessLogWords::write(const QString &who, const AuditEntry &e) const
{
    // `count` is what the service accepted, `rejected` what it refused (service/sync/syncapi.cpp): nothing
    // accepted is never "changed".
    const int rejected = e.detail.value(QStringLiteral("rejected")).toInt();
    const bool plain = e.domainKey.isEmpty();
    // Members add timeline entries (the owner may also correct one): said as writing in the timeline, as the app calls it.
    if (e.entityType == QLatin1String("timeline") && e.count > 0 && rejected <= 0)
        return plain ? QCoreApplication::translate("AccessLogWords", "%1 wrote in the timeline").arg(who)
                     : QCoreApplication::translate("AccessLogWords", "%1 wrote in the timeline about %2").arg(who, domain(e.domainKey));
    if (e.count <= 0) {
        if (rejected > 0)
            return plain ? QCoreApplication::translate("AccessLogWords", "%1 tried to change %2; this was not allowed").arg(who, thing(e.entityType))
                         : QCoreApplication::translate("AccessLogWords", "%1 tried to change %2 in %3; this was not allowed")
                               .arg(who, thing(e.entityType), domain(e.domainKey));
        return plain ? QCoreApplication::translate("AccessLogWords", "%1 sent a change to %2 that changed nothing").arg(who, thing(e.entityType))
                     : QCoreApplication::translate("AccessLogWords", "%1 sent a change to %2 in %3 that changed nothing")
                           .arg(who, thing(e.entityType), domain(e.domainKey));
    }
    const QString changed = plain ? QCoreApplication::translate("AccessLogWords", "%1 changed %2").arg(who, thing(e.entityType))
                                  : QCoreApplication::translate("AccessLogWords", "%1 changed %2 in %3").arg(who, thing(e.entityType), domain(e.domainKey));
    if (rejected <= 0)
        return changed;
    return QCoreApplication::translate("AccessLogWords", "%1; %n change(s) were not allowed", "a change line, then how many changes the service refused",
                                       rejected)
        .arg(changed);
}

QString AccessLogWords::sentence(const AuditEntry &e, int times) const
{
    const QString who
        = e.actor == QLatin1String("admin") ? QCoreApplication::translate("AccessLogWords", "The service's administrator") : person(e.actorMemberId);
    const QString whom = person(e.memberId);
    QString text;
    const QString &a = e.action;
    const bool namedRead = e.detail.value(QStringLiteral("route")).toString() == QLatin1String("named");
    if ((a == QLatin1String("ops.read") || a == QLatin1String("snapshot.read")) && namedRead)
        // Received because it names them (ReadRule), not by a grant: never "looked at" a domain.
        text = e.domainKey.isEmpty() ? QCoreApplication::translate("AccessLogWords", "%1 saw the meetings they take part in").arg(who)
                                     : QCoreApplication::translate("AccessLogWords", "%1 saw the agreements made with them").arg(who);
    else if (a == QLatin1String("ops.read") || a == QLatin1String("snapshot.read"))
        text = e.domainKey.isEmpty() ? QCoreApplication::translate("AccessLogWords", "%1 looked at the shared part of the plan").arg(who)
                                     : QCoreApplication::translate("AccessLogWords", "%1 looked at %2").arg(who, domain(e.domainKey));
    else if (a == QLatin1String("ops.write"))
        text = write(who, e);
    else if (a == QLatin1String("members.read"))
        text = QCoreApplication::translate("AccessLogWords", "%1 looked at who is in the plan").arg(who);
    else if (a == QLatin1String("audit.read"))
        text = QCoreApplication::translate("AccessLogWords", "%1 looked at this access log").arg(who);
    else if (a == QLatin1String("plan.create"))
        text = QCoreApplication::translate("AccessLogWords", "%1 connected the plan to the service").arg(who);
    else if (a == QLatin1String("invitation.create"))
        // Who the invitation was made for, never whoever later used its code (that is the redeem's line).
        text = m_invitees.contains(e.target) ? QCoreApplication::translate("AccessLogWords", "%1 invited %2").arg(who, invitee(e.target))
                                             : QCoreApplication::translate("AccessLogWords", "%1 invited someone").arg(who);
    else if (a == QLatin1String("invitation.redeem"))
        text = m_invitees.contains(e.target) && m_invitees.value(e.target) != m_names.value(e.actorMemberId)
            ? QCoreApplication::translate("AccessLogWords", "%1 used the invitation for %2 and waits to be let in").arg(who, invitee(e.target))
            : QCoreApplication::translate("AccessLogWords", "%1 accepted an invitation and waits to be let in").arg(who);
    else if (a == QLatin1String("invitation.withdraw"))
        text = m_invitees.contains(e.target) ? QCoreApplication::translate("AccessLogWords", "%1 withdrew the invitation for %2").arg(who, invitee(e.target))
                                             : QCoreApplication::translate("AccessLogWords", "%1 withdrew an invitation").arg(who);
    else if (a == QLatin1String("member.confirm"))
        text = QCoreApplication::translate("AccessLogWords", "%1 let %2 in").arg(who, whom);
    else if (a == QLatin1String("member.decline"))
        text = QCoreApplication::translate("AccessLogWords", "%1 did not let %2 in").arg(who, whom);
    else if (a == QLatin1String("member.leave") && e.detail.value(QStringLiteral("waited")).toBool())
        // A join taken back before it was let in (PlanApi::withdrawOwnJoin): never in the plan, so not "left" it.
        text = QCoreApplication::translate("AccessLogWords", "%1 took back their request to join").arg(who);
    else if (a == QLatin1String("member.leave"))
        text = QCoreApplication::translate("AccessLogWords", "%1 left the plan").arg(who);
    else if (a == QLatin1String("member.remove"))
        text = QCoreApplication::translate("AccessLogWords", "%1 removed %2 from the plan").arg(who, whom);
    else if (a == QLatin1String("grant.add") || a == QLatin1String("grant.set") || a == QLatin1String("grant.remove"))
        text = e.domainKey.isEmpty() ? QCoreApplication::translate("AccessLogWords", "%1 changed what %2 may see").arg(who, whom) : access(who, whom, e);
    else
        text = QCoreApplication::translate("AccessLogWords", "%1 did something this version of the app cannot describe yet").arg(who);
    if (times > 1)
        text = QCoreApplication::translate("AccessLogWords", "%1 (%n times)", "a line of the access log that stands for several reads", times).arg(text);
    return text;
}

QList<AccessLogDay> AccessLogWords::days(const QList<AuditEntry> &entries, const QString &memberFilter, const QDate &today) const
{
    // Someone who joined and is gone again before being let in is in neither the plan nor the service's list: named by
    // the invitation they used, as its redeem entry says (trial after stop 36: "Someone left the plan").
    AccessLogWords words = *this;
    for (const AuditEntry &e : entries) {
        if (e.action == QLatin1String("invitation.redeem") && !words.m_names.contains(e.actorMemberId) && m_invitees.contains(e.target))
            words.addPerson(e.actorMemberId, m_invitees.value(e.target), {});
    }
    return words.daysOf(entries, memberFilter, today);
}

QList<AccessLogDay> AccessLogWords::daysOf(const QList<AuditEntry> &entries, const QString &memberFilter, const QDate &today) const
{
    QList<AuditEntry> sorted;
    for (const AuditEntry &e : entries) {
        if ((memberFilter.isEmpty() || e.actorMemberId == memberFilter || e.memberId == memberFilter) && !isViewersRoutine(e))
            sorted.append(e);
    }
    std::sort(sorted.begin(), sorted.end(), [](const AuditEntry &x, const AuditEntry &y) { return x.atMs != y.atMs ? x.atMs > y.atMs : x.seq > y.seq; });
    const QLocale here = locale();
    QList<AccessLogDay> out;
    // Per day: the line each kind of read (person, what was read) last went into, the entry it
    // stands for, and the oldest time folded into it so far.
    struct Fold {
        qsizetype line = 0;
        AuditEntry entry; ///< what the line says: the newest read, or the writes added up
        qint64 oldestAt = 0;
    };
    QHash<QString, Fold> folds;
    for (const AuditEntry &e : std::as_const(sorted)) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(e.atMs).date();
        if (out.isEmpty() || out.last().date != date) {
            const QString title = date == today ? QCoreApplication::translate("AccessLogWords", "Today")
                : date == today.addDays(-1)     ? QCoreApplication::translate("AccessLogWords", "Yesterday")
                                                : here.toString(date, QLocale::LongFormat);
            out.append(AccessLogDay { date, title, {} });
            folds.clear();
        }
        // Newest first: an older read of the same thing by the same person within 10 minutes of the
        // last one folded joins that line, even when other entries came in between.
        // The same for changes to the order of the life domains: one push touches every domain, and is one line.
        const QString key = isRead(e) ? readKey(e) : writeFoldKey(e);
        if (!key.isEmpty() && folds.contains(key) && folds[key].oldestAt - e.atMs <= kFoldMs) {
            Fold &fold = folds[key];
            AccessLogLine &line = out.last().lines[fold.line];
            ++line.entries;
            if (isRead(e)) {
                line.text = sentence(fold.entry, line.entries);
            } else {
                fold.entry.domainKey.clear();
                fold.entry.count += e.count;
                fold.entry.detail.insert(QStringLiteral("rejected"),
                                         fold.entry.detail.value(QStringLiteral("rejected")).toInt() + e.detail.value(QStringLiteral("rejected")).toInt());
                line.text = sentence(fold.entry);
            }
            fold.oldestAt = e.atMs;
            continue;
        }
        out.last().lines.append(
            AccessLogLine { e.atMs, here.toString(QDateTime::fromMSecsSinceEpoch(e.atMs).time(), QLocale::ShortFormat), sentence(e), e.actorMemberId, 1 });
        if (!key.isEmpty())
            folds.insert(key, Fold { out.last().lines.size() - 1, e, e.atMs });
    }
    return out;
}

QString AccessLogWords::chainSentence(const AuditLogPage &page)
{
    if (page.chainIntact && page.entriesMatch)
        return QCoreApplication::translate("AccessLogWords", "The access log was checked: nothing in it was changed or removed.");
    return QCoreApplication::translate("AccessLogWords", "Warning: the access log does not add up. Entries may have been changed or removed at the service.");
}

} // namespace samen
