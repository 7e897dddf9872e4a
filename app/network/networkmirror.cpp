#include "network/networkmirror.h"

#include "domain/planeditor.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"
#include "network/accesslogwords.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonValue dateValue(qint64 ms)
{
    const QDate d = NetworkMirror::dateOf(ms);
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

NetworkMirror::NetworkMirror(PlanStore &store, HlcClock &clock, QString planId, QString ownerMemberId)
    : m_store(store)
    , m_clock(clock)
    , m_planId(std::move(planId))
    , m_owner(std::move(ownerMemberId))
{
}

QDate NetworkMirror::dateOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).date() : QDate();
}

Status NetworkMirror::apply(const Result<Edit> &edit)
{
    if (!edit)
        return edit.error();
    return edit->ops.isEmpty() ? Status {} : m_store.applyLocal(edit->ops);
}

Status NetworkMirror::setIfDifferent(const QString &entityId, const QString &field, const QJsonValue &value)
{
    const auto doc = m_store.entity(entityId);
    const QJsonValue now = doc ? doc->value(field) : QJsonValue();
    if (now == value || (value.isNull() && now.isUndefined()))
        return {};
    PlanEditor editor(m_store, m_clock, m_planId, m_owner);
    return apply(editor.setField(entityId, field, value));
}

QString NetworkMirror::freeName(const PersonEntry &person) const
{
    const QString name = person.name.isEmpty() ? QStringLiteral("?") : person.name;
    const QList<QJsonObject> members = m_store.entities(m_planId, QStringLiteral("member"));
    auto taken = [&](const QString &candidate) {
        return std::any_of(members.cbegin(), members.cend(),
                           [&](const QJsonObject &m) { return str(m, "id") != person.memberId && TextHygiene::sameName(str(m, "name"), candidate); });
    };
    if (!taken(name))
        return name;
    // First what tells them apart for the owner (their relation, or organisation and role), in the owner's language ...
    QStringList candidates;
    for (const QString &about : { AccessLogWords::relationWord(person.relation),
                                  person.registeredOrganisation.isEmpty() ? person.organisation : person.registeredOrganisation, person.role }) {
        if (!about.trimmed().isEmpty())
            candidates << QCoreApplication::translate("NetworkMirror", "%1 (%2)", "a name and what tells two people of that name apart: Mia (neighbour)")
                              .arg(name, about.trimmed());
    }
    // ... then, in words, which one of that name they are.
    candidates << QCoreApplication::translate("NetworkMirror", "%1 (second)", "the second person of this name in the plan: Mia (second)").arg(name)
               << QCoreApplication::translate("NetworkMirror", "%1 (third)", "the third person of this name in the plan").arg(name)
               << QCoreApplication::translate("NetworkMirror", "%1 (fourth)", "the fourth person of this name in the plan").arg(name);
    for (int n = 5; n < 100; ++n)
        candidates
            << QCoreApplication::translate("NetworkMirror", "%1 (number %2)", "the n-th person of this name in the plan: Mia (number 5)").arg(name).arg(n);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!taken(candidate) && validateField(QStringLiteral("member"), QStringLiteral("name"), candidate))
            return candidate;
    }
    return name; // a hundred people of one name: the plan refuses, as it would any clash
}

Status NetworkMirror::ensureMember(const PersonEntry &p)
{
    PlanEditor editor(m_store, m_clock, m_planId, m_owner);
    const auto doc = m_store.entity(p.memberId);
    if (!doc) {
        MemberInput input;
        input.id = p.memberId;
        input.kind = p.kind == QLatin1String("professional") ? p.kind : QStringLiteral("network");
        input.name = freeName(p);
        input.relation = p.relation;
        input.organisation = p.organisation;
        input.role = p.role;
        return apply(editor.addMember(input));
    }
    if (str(*doc, "type") != QLatin1String("member"))
        return Status::fail(ErrorCode::Conflict, QStringLiteral("This id names another kind of item in the plan."));
    // A contact already in the plan (the owner's own words win): deleted ones come back, the rest is filled in.
    if (doc->value(QStringLiteral("_deleted")).toBool())
        if (Status s = apply(editor.setField(p.memberId, QStringLiteral("_deleted"), false)); !s)
            return s;
    for (const auto &[field, value] : { std::pair { "relation", p.relation }, std::pair { "organisation", p.organisation }, std::pair { "role", p.role } }) {
        if (!value.isEmpty() && str(*doc, field).isEmpty())
            if (Status s = setIfDifferent(p.memberId, QLatin1String(field), value); !s)
                return s;
    }
    return setIfDifferent(p.memberId, QStringLiteral("until"), QJsonValue());
}

Status NetworkMirror::letIn(const PersonEntry &person)
{
    if (Status s = ensureMember(person); !s)
        return s;
    if (const auto inv = m_store.entity(person.invitationId); !person.invitationId.isEmpty() && inv && str(*inv, "type") == QLatin1String("invitation"))
        if (Status s = setIfDifferent(person.invitationId, QStringLiteral("status"), QStringLiteral("accepted")); !s)
            return s;
    return setAccess(person.memberId, person.grants);
}

Status NetworkMirror::setAccess(const QString &memberId, const QList<AccessGrant> &grants)
{
    QHash<QString, QJsonObject> current; // domain -> grant entity
    for (const QJsonObject &g : m_store.entities(m_planId, QStringLiteral("grant"))) {
        if (str(g, "memberId") == memberId)
            current.insert(str(g, "domainKey"), g);
    }
    QSet<QString> wanted;
    for (const AccessGrant &g : grants) {
        if (g.access != QLatin1String("read") && g.access != QLatin1String("write"))
            continue;
        wanted.insert(g.domainKey);
        const QJsonValue purpose = g.purpose.isEmpty() ? QJsonValue() : QJsonValue(g.purpose);
        if (!current.contains(g.domainKey)) {
            PlanEditor editor(m_store, m_clock, m_planId, m_owner);
            PlanEditor::Fields fields { { QStringLiteral("memberId"), memberId },
                                        { QStringLiteral("domainKey"), g.domainKey },
                                        { QStringLiteral("access"), g.access } };
            if (!purpose.isNull())
                fields.append({ QStringLiteral("purpose"), purpose });
            if (g.untilMs > 0)
                fields.append({ QStringLiteral("until"), dateValue(g.untilMs) });
            if (Status s = apply(editor.createEntity(QStringLiteral("grant"), newUuid7(), fields)); !s)
                return s;
            continue;
        }
        const QString id = str(current[g.domainKey], "id");
        for (const auto &[field, value] : { std::pair { QStringLiteral("access"), QJsonValue(g.access) }, std::pair { QStringLiteral("purpose"), purpose },
                                            std::pair { QStringLiteral("until"), dateValue(g.untilMs) } }) {
            if (Status s = setIfDifferent(id, field, value); !s)
                return s;
        }
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        PlanEditor editor(m_store, m_clock, m_planId, m_owner);
        if (Status s = apply(editor.remove(str(it.value(), "id"))); !s)
            return s;
    }
    return {};
}

Status NetworkMirror::removeMember(const QString &memberId)
{
    if (Status s = setAccess(memberId, {}); !s)
        return s;
    const auto doc = m_store.entity(memberId);
    if (!doc || str(*doc, "type") != QLatin1String("member") || doc->value(QStringLiteral("_deleted")).toBool())
        return {};
    if (Status s = setIfDifferent(memberId, QStringLiteral("until"), QDate::currentDate().toString(Qt::ISODate)); !s)
        return s;
    // Someone who no longer helps is not expected at a meeting still to come (review 2, finding 22): the owner's edit takes
    // them out of every planned one, so each device's next pull agrees. Meetings held stay as they were (who was there).
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QJsonObject &m : m_store.entities(m_planId, QStringLiteral("meeting"))) {
        QJsonArray participants = m.value(QStringLiteral("participantIds")).toArray();
        if (m.value(QStringLiteral("_deleted")).toBool() || str(m, "status") != QLatin1String("planned") || str(m, "at") < now
            || !participants.contains(QJsonValue(memberId)))
            continue;
        for (qsizetype i = participants.size() - 1; i >= 0; --i) {
            if (participants.at(i).toString() == memberId)
                participants.removeAt(i);
        }
        if (Status s = setIfDifferent(str(m, "id"), QStringLiteral("participantIds"), participants); !s)
            return s;
    }
    return {};
}

Status NetworkMirror::invited(const InvitationEntry &inv)
{
    QJsonArray grants;
    for (const AccessGrant &g : inv.grants)
        grants.append(QStringLiteral("%1:%2").arg(g.domainKey, g.access));
    PlanEditor::Fields fields { { QStringLiteral("kind"), inv.kind.isEmpty() ? QStringLiteral("network") : inv.kind },
                                { QStringLiteral("name"), inv.name.isEmpty() ? QStringLiteral("?") : inv.name },
                                { QStringLiteral("grants"), grants },
                                { QStringLiteral("status"), QStringLiteral("pending") } };
    for (const auto &[field, value] :
         { std::pair { "relation", inv.relation }, std::pair { "organisation", inv.organisation }, std::pair { "role", inv.role } }) {
        if (!value.isEmpty())
            fields.append({ QLatin1String(field), value });
    }
    if (inv.expiresMs > 0)
        fields.append({ QStringLiteral("expiresAt"), QDateTime::fromMSecsSinceEpoch(inv.expiresMs, Qt::UTC).toString(Qt::ISODate) });
    if (m_store.entity(inv.invitationId))
        return setIfDifferent(inv.invitationId, QStringLiteral("status"), QStringLiteral("pending"));
    PlanEditor editor(m_store, m_clock, m_planId, m_owner);
    return apply(editor.createEntity(QStringLiteral("invitation"), inv.invitationId, fields));
}

Status NetworkMirror::withdrawn(const QString &invitationId)
{
    const auto doc = m_store.entity(invitationId);
    if (!doc || str(*doc, "type") != QLatin1String("invitation"))
        return {};
    return setIfDifferent(invitationId, QStringLiteral("status"), QStringLiteral("withdrawn"));
}

Status NetworkMirror::reconcile(const PeopleList &people, const QList<InvitationEntry> &openInvitations)
{
    QSet<QString> listed;
    for (const PersonEntry &p : people.people) {
        if (p.owner || p.status != QLatin1String("active"))
            continue;
        listed.insert(p.memberId);
        if (Status s = letIn(p); !s)
            return s;
    }
    // Members whose access this device mirrored, and whom the service no longer has: removed there.
    QSet<QString> mirrored;
    for (const QJsonObject &g : m_store.entities(m_planId, QStringLiteral("grant")))
        mirrored.insert(str(g, "memberId"));
    for (const QString &memberId : std::as_const(mirrored)) {
        if (!listed.contains(memberId))
            if (Status s = removeMember(memberId); !s)
                return s;
    }
    QSet<QString> open;
    for (const InvitationEntry &inv : openInvitations) {
        open.insert(inv.invitationId);
        if (Status s = invited(inv); !s)
            return s;
    }
    // A redeemed invitation whose person waits to be let in stays pending until they are.
    for (const PersonEntry &p : people.people)
        open.insert(p.invitationId);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QJsonObject &inv : m_store.entities(m_planId, QStringLiteral("invitation"))) {
        if (str(inv, "status") != QLatin1String("pending") || open.contains(str(inv, "id")))
            continue;
        const QString expires = str(inv, "expiresAt");
        const QString status = !expires.isEmpty() && expires <= now ? QStringLiteral("expired") : QStringLiteral("withdrawn");
        if (Status s = setIfDifferent(str(inv, "id"), QStringLiteral("status"), status); !s)
            return s;
    }
    return {};
}

} // namespace samen
