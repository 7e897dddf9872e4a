#include "store/planview.h"

#include "domain/statuswords.h"

#include "domain/frameworks.h"
#include "domain/schema.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

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
} // namespace

PlanView::PlanView(const PlanStore &store, QString planId)
    : m_store(store)
    , m_planId(std::move(planId))
{
}

QJsonArray PlanView::sorted(const QString &type) const
{
    const QList<QJsonObject> items = m_store.entities(m_planId, type);
    // The store lists in this order already (sort_key, then id) but for values that are
    // not strings: checked in one pass, sorted only when needed, each key read once.
    std::vector<std::pair<QString, QString>> keys;
    keys.reserve(static_cast<size_t>(items.size()));
    for (const QJsonObject &o : items)
        keys.emplace_back(str(o, "sortKey"), str(o, "id"));
    std::vector<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    if (!std::is_sorted(keys.begin(), keys.end()))
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QJsonArray out;
    for (const qsizetype i : order)
        out.append(items[i]);
    return out;
}

QString PlanView::domainLabel(const QString &key) const
{
    const QString framework = str(m_store.entity(m_planId).value_or(QJsonObject()), "framework");
    return samen::domainLabel(framework.isEmpty() ? QStringLiteral("default") : framework, key);
}

QJsonObject PlanView::story() const
{
    QJsonObject out { { QStringLiteral("text"), m_store.entity(m_planId).value_or(QJsonObject()).value(QStringLiteral("story")) } };
    const auto state = m_store.fieldState(m_planId, QStringLiteral("story"));
    if (state && state->inConflict()) {
        QJsonArray versions;
        for (const Operation &op : state->heads)
            versions.append(
                QJsonObject { { QStringLiteral("opId"), op.opId }, { QStringLiteral("text"), op.value }, { QStringLiteral("author"), op.authorMemberId } });
        out.insert(QStringLiteral("conflict"), versions);
    }
    return out;
}

QJsonArray PlanView::domains() const
{
    const QString framework = str(m_store.entity(m_planId).value_or(QJsonObject()), "framework");
    // Latest assessment per domain (by date, then by id: ids are time-ordered UUIDv7).
    QHash<QString, QJsonArray> byDomain;
    QList<QJsonObject> assessments = m_store.entities(m_planId, QStringLiteral("assessment"));
    std::sort(assessments.begin(), assessments.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return std::pair(str(a, "date"), str(a, "id")) < std::pair(str(b, "date"), str(b, "id")); });
    for (const QJsonObject &a : assessments)
        byDomain[str(a, "domainKey")].append(a);
    QJsonArray out;
    int priority = 1;
    for (const QJsonValue &v : sorted(QStringLiteral("domain"))) {
        QJsonObject d = v.toObject();
        const QString key = str(d, "key");
        d.insert(QStringLiteral("label"), samen::domainLabel(framework, key));
        d.insert(QStringLiteral("priority"), priority++);
        const QJsonArray history = byDomain.value(key);
        d.insert(QStringLiteral("assessments"), history);
        if (!history.isEmpty())
            d.insert(QStringLiteral("assessment"), history.last());
        if (history.size() > 1)
            d.insert(QStringLiteral("previousAssessment"), history.at(history.size() - 2));
        out.append(d);
    }
    return out;
}

QJsonArray PlanView::goals() const
{
    // Ranked as domains() orders them, without building its assessments and labels.
    QHash<QString, int> domainRank;
    int rank = 0;
    for (const QJsonValue &d : sorted(QStringLiteral("domain")))
        domainRank.insert(str(d.toObject(), "key"), rank++);
    QHash<QString, QJsonArray> stepsByGoal;
    for (const QJsonValue &s : sorted(QStringLiteral("step")))
        stepsByGoal[str(s.toObject(), "goalId")].append(s);
    QList<QJsonObject> goals;
    std::vector<std::pair<int, qsizetype>> order; // (domain rank, position in sort-key order): n log n, ranks looked up once
    for (const QJsonValue &g : sorted(QStringLiteral("goal"))) {
        QJsonObject goal = g.toObject();
        goal.insert(QStringLiteral("steps"), stepsByGoal.value(str(goal, "id")));
        order.emplace_back(domainRank.value(str(goal, "domainKey"), 999), goals.size());
        goals.append(goal);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &[rankOfGoal, i] : order)
        out.append(goals[i]);
    return out;
}

QJsonArray PlanView::members() const
{
    QList<QJsonObject> members = m_store.entities(m_planId, QStringLiteral("member"));
    std::sort(members.begin(), members.end(), [](const QJsonObject &a, const QJsonObject &b) { return str(a, "id") < str(b, "id"); });
    return toArray(members);
}

bool PlanView::isCurrentMember(const QJsonObject &member, const QDate &today)
{
    const QDate until = QDate::fromString(str(member, "until"), Qt::ISODate);
    return !until.isValid() || until > today;
}

QJsonArray PlanView::timeline() const
{
    QList<QJsonObject> entries = m_store.entities(m_planId, QStringLiteral("timeline"));
    std::sort(entries.begin(), entries.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return std::pair(str(a, "at"), str(a, "id")) > std::pair(str(b, "at"), str(b, "id")); });
    // Each entry's headline in the person's language, naming who it is about where the kind needs it (a handover: the new coordinator).
    for (QJsonObject &e : entries) {
        const auto about = str(e, "refId").isEmpty() ? std::nullopt : m_store.entity(str(e, "refId"));
        const QString name = about && str(*about, "type") == QLatin1String("member") ? str(*about, "name") : QString();
        e.insert(QStringLiteral("title"), statuswords::timelineTitle(str(e, "kind"), name));
    }
    return toArray(entries);
}

QJsonArray PlanView::all(const QString &entityType) const
{
    return sorted(entityType);
}

QJsonArray PlanView::conflicts() const
{
    QHash<QString, QString> names;
    for (const QJsonObject &m : m_store.entities(m_planId, QStringLiteral("member")))
        names.insert(str(m, "id"), str(m, "name"));
    QJsonArray out;
    for (const EntitySpec &spec : entitySpecs()) {
        QStringList freeText;
        for (const FieldSpec &f : spec.fields) {
            if (f.kind == FieldKind::FreeText)
                freeText.append(f.name);
        }
        if (freeText.isEmpty())
            continue;
        for (const QJsonObject &e : m_store.entities(m_planId, spec.type)) {
            for (const QString &field : std::as_const(freeText)) {
                const auto state = m_store.fieldState(str(e, "id"), field);
                if (!state || !state->inConflict())
                    continue;
                QJsonArray versions;
                for (const Operation &op : state->heads)
                    versions.append(QJsonObject { { QStringLiteral("opId"), op.opId },
                                                  { QStringLiteral("text"), op.value },
                                                  { QStringLiteral("author"), op.authorMemberId },
                                                  { QStringLiteral("authorName"), names.value(op.authorMemberId) },
                                                  { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(op.hlc.wallMs, Qt::UTC).toString(Qt::ISODate) } });
                out.append(QJsonObject { { QStringLiteral("entityType"), spec.type },
                                         { QStringLiteral("entityId"), str(e, "id") },
                                         { QStringLiteral("field"), field },
                                         { QStringLiteral("versions"), versions } });
            }
        }
    }
    return out;
}

QJsonObject PlanView::plan() const
{
    QJsonObject plan = m_store.entity(m_planId).value_or(QJsonObject());
    plan.insert(QStringLiteral("story"), story());
    plan.insert(QStringLiteral("domains"), domains());
    plan.insert(QStringLiteral("goals"), goals());
    plan.insert(QStringLiteral("members"), members());
    plan.insert(QStringLiteral("timeline"), timeline());
    for (const auto &[key, type] :
         { std::pair("grants", "grant"), std::pair("invitations", "invitation"), std::pair("meetings", "meeting"), std::pair("agreements", "agreement") })
        plan.insert(QLatin1String(key), all(QLatin1String(type)));
    plan.insert(QStringLiteral("conflicts"), conflicts());
    // The copy of the case service's access log the device holds (AccessLogCopy::all, oldest first): data the device keeps too.
    QJsonArray accessLog;
    for (const AccessLogRecord &r : AccessLogCopy::read(m_store).all())
        accessLog.append(r.toJson());
    plan.insert(QStringLiteral("accessLog"), accessLog);
    return plan;
}

} // namespace samen
