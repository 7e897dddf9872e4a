#include "ui/data/datalistmodel.h"

#include "domain/frameworks.h"
#include "domain/goalprogress.h"
#include "domain/statuswords.h"
#include "domain/texthygiene.h"
#include "network/accesslogwords.h"
#include "store/accesslogcopy.h"
#include "store/planview.h"
#include "ui/people/peoplemodel.h"
#include "ui/plancontroller.h"
#include "ui/team/teamwords.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString day(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? TeamWords::date(d) : iso;
}

QString moment(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? TeamWords::moment(at) : day(iso);
}

/** Builds the rows of one plan; names resolve member ids, labels resolve domain keys. */
class Rows
{
public:
    Rows(const QJsonObject &plan, QString owner)
        : m_plan(plan)
        , m_owner(std::move(owner))
    {
        for (const QJsonValue &m : plan.value(QStringLiteral("members")).toArray())
            m_names.insert(str(m.toObject(), "id"), str(m.toObject(), "name"));
        const QString framework = str(plan, "framework").isEmpty() ? QStringLiteral("default") : str(plan, "framework");
        for (const QJsonValue &d : plan.value(QStringLiteral("domains")).toArray())
            m_labels.insert(str(d.toObject(), "key"), str(d.toObject(), "label"));
        m_framework = framework;
        for (const QJsonValue &m : plan.value(QStringLiteral("meetings")).toArray())
            m_meetings.insert(str(m.toObject(), "id"), str(m.toObject(), "title"));
    }

    QList<QVariantMap> build()
    {
        planAndStory();
        domains();
        goals();
        people();
        access();
        invitations();
        meetings();
        agreements();
        conflicts();
        timeline();
        return m_rows;
    }

private:
    void add(const QString &id, const QString &section, const QString &title, const QStringList &detail)
    {
        QStringList lines = detail;
        lines.removeAll(QString());
        m_rows.append(QVariantMap { { QStringLiteral("id"), id },
                                    { QStringLiteral("section"), section },
                                    { QStringLiteral("title"), title },
                                    { QStringLiteral("detail"), lines.join(QLatin1Char('\n')) } });
    }
    QString name(const QString &memberId) const
    {
        const QString n = m_names.value(memberId);
        return n.isEmpty() ? QCoreApplication::translate("DataListModel", "someone no longer in the plan") : n;
    }
    QString label(const QString &key) const { return m_labels.value(key, domainLabel(m_framework, key)); }
    static QString line(const QString &what, const QString &value)
    {
        return value.isEmpty() ? QString() : QCoreApplication::translate("DataListModel", "%1: %2", "label: value").arg(what, value);
    }
    QString labels(const QJsonArray &keys) const
    {
        QStringList out;
        for (const QJsonValue &k : keys)
            out << label(k.toString());
        return out.join(QStringLiteral(", "));
    }
    QStringList names(const QJsonArray &ids) const
    {
        QStringList out;
        for (const QJsonValue &id : ids)
            out << name(id.toString());
        return out;
    }

    void planAndStory()
    {
        // Seen by someone who is not the plan's owner (a professional's caseload, a member): the plan and the story are
        // the owner's (review 16, F1: "Your plan", "My story" inside a citizen's plan on a professional's device).
        const bool owner = !m_owner.isEmpty();
        const QString section = owner ? QCoreApplication::translate("DataListModel", "Your plan") : QCoreApplication::translate("DataListModel", "The plan");
        add(QStringLiteral("plan"), section, str(m_plan, "name"),
            { line(QCoreApplication::translate("DataListModel", "Set of life domains"), frameworkName(m_framework)),
              line(QCoreApplication::translate("DataListModel", "Made on"), day(str(m_plan, "createdAt"))) });
        const QJsonObject story = m_plan.value(QStringLiteral("story")).toObject();
        add(QStringLiteral("story"), section,
            owner ? QCoreApplication::translate("DataListModel", "My story")
                  : QCoreApplication::translate("DataListModel", "%1's story").arg(TextHygiene::isolate(str(m_plan, "name"))),
            { str(story, "text").isEmpty() ? QCoreApplication::translate("DataListModel", "Not written yet.") : str(story, "text") });
    }

    void domains()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Life domains, most important first");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("domains")).toArray()) {
            const QJsonObject d = v.toObject();
            const QJsonArray history = d.value(QStringLiteral("assessments")).toArray();
            const int count = static_cast<int>(history.size());
            // Worded here, not inside the call below: lupdate does not find a plural call nested in a braced list.
            const QString summary = count == 0 ? QCoreApplication::translate("DataListModel", "No self-assessment yet.")
                                               : QCoreApplication::translate("DataListModel", "%n self-assessment(s), newest last:", nullptr, count);
            add(str(d, "id"), section,
                QCoreApplication::translate("DataListModel", "%1. %2").arg(d.value(QStringLiteral("priority")).toInt()).arg(str(d, "label")), { summary });
            for (const QJsonValue &a : history) {
                const QJsonObject o = a.toObject();
                add(str(o, "id"), section, QCoreApplication::translate("DataListModel", "%1 on %2").arg(str(d, "label"), day(str(o, "date"))),
                    { QCoreApplication::translate("DataListModel", "%1 out of 10").arg(o.value(QStringLiteral("score")).toInt()),
                      line(QCoreApplication::translate("DataListModel", "In my own words"), str(o, "note")) });
            }
        }
    }

    void goals()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Goals and steps");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("goals")).toArray()) {
            const QJsonObject g = v.toObject();
            add(str(g, "id"), section, QCoreApplication::translate("DataListModel", "Goal: %1").arg(str(g, "title")),
                { line(QCoreApplication::translate("DataListModel", "Life domain"), label(str(g, "domainKey"))),
                  line(QCoreApplication::translate("DataListModel", "Status"), goalprogress::word(g)),
                  line(QCoreApplication::translate("DataListModel", "Why this matters"), str(g, "why")),
                  line(QCoreApplication::translate("DataListModel", "Aim to finish by"), day(str(g, "due"))),
                  line(QCoreApplication::translate("DataListModel", "Who helps"),
                       names(g.value(QStringLiteral("helperIds")).toArray()).join(QStringLiteral(", "))) });
            for (const QJsonValue &s : g.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject st = s.toObject();
                add(str(st, "id"), section, QCoreApplication::translate("DataListModel", "Step: %1").arg(str(st, "title")),
                    { st.value(QStringLiteral("done")).toBool()
                          ? (str(st, "doneAt").isEmpty() ? QCoreApplication::translate("DataListModel", "Done")
                                                         : QCoreApplication::translate("DataListModel", "Done on %1").arg(day(str(st, "doneAt"))))
                          : QCoreApplication::translate("DataListModel", "Not done yet"),
                      line(QCoreApplication::translate("DataListModel", "Who does it"), str(st, "ownerId").isEmpty() ? QString() : name(str(st, "ownerId"))),
                      line(QCoreApplication::translate("DataListModel", "By"), day(str(st, "due"))) });
            }
        }
    }

    void people()
    {
        const QString section = QCoreApplication::translate("DataListModel", "People in the plan");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("members")).toArray()) {
            const QJsonObject m = v.toObject();
            const bool you = str(m, "id") == m_owner || str(m, "kind") == QLatin1String("citizen");
            add(str(m, "id"), section, str(m, "name"),
                { you ? QCoreApplication::translate("DataListModel", "The owner of the plan") : statuswords::member(str(m, "kind")),
                  you ? QString() : PeopleModel::relationText(m), line(QCoreApplication::translate("DataListModel", "Phone"), str(m, "phone")),
                  line(QCoreApplication::translate("DataListModel", "E-mail"), str(m, "email")),
                  line(QCoreApplication::translate("DataListModel", "Contact"), str(m, "contact")),
                  // A professional's role and organisation are in relationText; anyone else may have them too.
                  str(m, "kind") == QLatin1String("professional") ? QString() : line(QCoreApplication::translate("DataListModel", "Role"), str(m, "role")),
                  str(m, "kind") == QLatin1String("professional") ? QString()
                                                                  : line(QCoreApplication::translate("DataListModel", "Organisation"), str(m, "organisation")),
                  line(QCoreApplication::translate("DataListModel", "Life domains"), labels(m.value(QStringLiteral("domains")).toArray())),
                  line(QCoreApplication::translate("DataListModel", "Period"), TeamWords::period(str(m, "since"), str(m, "until"))),
                  m.value(QStringLiteral("coordinator")).toBool() ? QCoreApplication::translate("DataListModel", "Coordinator") : QString(),
                  you ? QString() : line(QCoreApplication::translate("DataListModel", "Circle"), PeopleModel::ringName(PeopleModel::ringOf(m))),
                  line(QCoreApplication::translate("DataListModel", "Note"), str(m, "note")) });
        }
    }

    void access()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Who may see what");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("grants")).toArray()) {
            const QJsonObject g = v.toObject();
            const QString what = str(g, "access") == QLatin1String("write") ? QCoreApplication::translate("DataListModel", "%1 may see and change %2")
                : str(g, "access") == QLatin1String("read")                 ? QCoreApplication::translate("DataListModel", "%1 may see %2")
                                                                            : QCoreApplication::translate("DataListModel", "%1 may not see %2");
            add(str(g, "id"), section, what.arg(name(str(g, "memberId")), label(str(g, "domainKey"))),
                { line(QCoreApplication::translate("DataListModel", "Why"), str(g, "purpose")),
                  line(QCoreApplication::translate("DataListModel", "Until"), day(str(g, "until"))) });
        }
    }

    void invitations()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Invitations");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("invitations")).toArray()) {
            const QJsonObject i = v.toObject();
            const QString status = str(i, "status");
            const QString state = status == QLatin1String("accepted") ? QCoreApplication::translate("DataListModel", "Accepted")
                : status == QLatin1String("withdrawn")                ? QCoreApplication::translate("DataListModel", "Withdrawn")
                : status == QLatin1String("expired")                  ? QCoreApplication::translate("DataListModel", "Expired")
                                                                      : QCoreApplication::translate("DataListModel", "Not used yet");
            QStringList offered;
            for (const QJsonValue &g : i.value(QStringLiteral("grants")).toArray()) {
                const QString key = g.toString().section(QLatin1Char(':'), 0, 0);
                offered << (g.toString().endsWith(QLatin1String(":write")) ? QCoreApplication::translate("DataListModel", "%1 (see and change)").arg(label(key))
                                                                           : QCoreApplication::translate("DataListModel", "%1 (see)").arg(label(key)));
            }
            add(str(i, "id"), section, QCoreApplication::translate("DataListModel", "Invitation for %1").arg(str(i, "name")),
                { state, str(i, "kind") == QLatin1String("citizen") ? QString() : PeopleModel::relationText(i),
                  str(i, "kind") == QLatin1String("professional") ? QString() : line(QCoreApplication::translate("DataListModel", "Role"), str(i, "role")),
                  str(i, "kind") == QLatin1String("professional") ? QString()
                                                                  : line(QCoreApplication::translate("DataListModel", "Organisation"), str(i, "organisation")),
                  line(QCoreApplication::translate("DataListModel", "Offered"), offered.join(QStringLiteral(", "))),
                  line(QCoreApplication::translate("DataListModel", "Valid until"), moment(str(i, "expiresAt"))) });
        }
    }

    void meetings()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Meetings");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("meetings")).toArray()) {
            const QJsonObject m = v.toObject();
            QStringList agenda;
            for (const QJsonValue &k : m.value(QStringLiteral("agendaDomains")).toArray())
                agenda << label(k.toString());
            for (const QJsonValue &p : m.value(QStringLiteral("agendaPoints")).toArray())
                agenda << p.toString();
            const int minutes = m.value(QStringLiteral("minutes")).toInt();
            // Worded here, not inside the braced list below: lupdate does not find a plural call nested in one.
            const QString length = minutes > 0 ? QCoreApplication::translate("DataListModel", "%n minute(s)", nullptr, minutes) : QString();
            add(str(m, "id"), section, str(m, "title"),
                { moment(str(m, "at")), statuswords::meeting(str(m, "status")), line(QCoreApplication::translate("DataListModel", "How long"), length),
                  line(QCoreApplication::translate("DataListModel", "Where"), str(m, "place")),
                  line(QCoreApplication::translate("DataListModel", "Video link"), str(m, "videoLink")),
                  line(QCoreApplication::translate("DataListModel", "Who"),
                       names(m.value(QStringLiteral("participantIds")).toArray()).join(QStringLiteral(", "))),
                  line(QCoreApplication::translate("DataListModel", "To talk about"), agenda.join(QStringLiteral(", "))),
                  line(QCoreApplication::translate("DataListModel", "Notes"), str(m, "notes")) });
        }
    }

    void agreements()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Agreements");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("agreements")).toArray()) {
            const QJsonObject a = v.toObject();
            add(str(a, "id"), section, str(a, "what"),
                { statuswords::agreement(str(a, "status")),
                  line(QCoreApplication::translate("DataListModel", "Who"), str(a, "whoId").isEmpty() ? QString() : name(str(a, "whoId"))),
                  line(QCoreApplication::translate("DataListModel", "Life domain"), label(str(a, "domainKey"))),
                  line(QCoreApplication::translate("DataListModel", "Made in the meeting"), m_meetings.value(str(a, "meetingId"))),
                  line(QCoreApplication::translate("DataListModel", "By"), day(str(a, "by"))),
                  line(QCoreApplication::translate("DataListModel", "Look back on"), day(str(a, "evaluationDate"))),
                  line(QCoreApplication::translate("DataListModel", "What was said"), str(a, "evaluation")) });
        }
    }

    void conflicts()
    {
        const QString section = QCoreApplication::translate("DataListModel", "Written in two places at once");
        int n = 0;
        for (const QJsonValue &v : m_plan.value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject c = v.toObject();
            QStringList versions;
            for (const QJsonValue &ver : c.value(QStringLiteral("versions")).toArray())
                versions << QCoreApplication::translate("DataListModel", "\"%1\" (by %2)").arg(str(ver.toObject(), "text"), str(ver.toObject(), "authorName"));
            add(QStringLiteral("conflict-%1").arg(n++), section, QCoreApplication::translate("DataListModel", "Both versions are kept"), versions);
        }
    }

    void timeline()
    {
        const QString section = QCoreApplication::translate("DataListModel", "What happened, newest first");
        for (const QJsonValue &v : m_plan.value(QStringLiteral("timeline")).toArray()) {
            const QJsonObject t = v.toObject();
            add(str(t, "id"), section, str(t, "title"), { moment(str(t, "at")), str(t, "text") });
        }
    }

    const QJsonObject m_plan;
    const QString m_owner;
    QString m_framework;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_meetings; ///< meeting id -> its title
    QList<QVariantMap> m_rows;
};

} // namespace

DataListModel::DataListModel(QObject *parent)
    : PlanFollowingModel({ QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("title"), QStringLiteral("detail") }, parent)
{
}

QList<QVariantMap> DataListModel::rowsFor(const QJsonObject &plan, const QString &ownerMemberId)
{
    return Rows(plan, ownerMemberId).build();
}

void DataListModel::reload()
{
    if (!m_plan) {
        setRows({});
        return;
    }
    const PlanView view(m_plan->store(), m_plan->planId());
    const QJsonObject plan = view.plan();
    QList<QVariantMap> rows = rowsFor(plan, m_plan->isOwner() ? m_plan->memberId() : QString());
    // The copy of the case service's access log the device holds (AccessLogCopy), newest first, in the log's own words.
    const AccessLogWords words(m_plan->store(), m_plan->planId());
    const QString section = QCoreApplication::translate("DataListModel", "The case service's access log (the copy on this device)");
    const QJsonArray log = plan.value(QStringLiteral("accessLog")).toArray();
    for (qsizetype i = log.size() - 1; i >= 0; --i) {
        const AccessLogRecord r = AccessLogRecord::fromJson(log.at(i).toObject());
        AuditEntry e;
        e.seq = r.seq;
        e.atMs = r.atMs;
        e.actor = r.byAdministrator ? QStringLiteral("admin") : QStringLiteral("device");
        e.actorMemberId = r.actorMemberId;
        e.action = r.action;
        e.entityType = r.entityType;
        e.domainKey = r.domainKey;
        e.memberId = r.memberId;
        e.count = r.count;
        rows.append(QVariantMap { { QStringLiteral("id"), QStringLiteral("access-%1").arg(i) },
                                  { QStringLiteral("section"), section },
                                  { QStringLiteral("title"), words.sentence(e) },
                                  { QStringLiteral("detail"), TeamWords::moment(QDateTime::fromMSecsSinceEpoch(r.atMs)) } });
    }
    setRows(rows);
}

} // namespace samen::app
