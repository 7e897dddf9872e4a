#include "ui/people/peoplemodel.h"

#include "domain/memberwords.h"
#include "domain/statuswords.h"
#include "domain/texthygiene.h"
#include "store/planview.h"
#include "ui/plancontroller.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace samen::app {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int ringOrder(const QString &ring)
{
    return ring == QLatin1String("inner") ? 0 : ring == QLatin1String("middle") ? 1 : 2;
}

QString relationWord(const QString &relation)
{
    // The plan's words for a relation (MemberWords, as samen-cli says them); "other" or none: someone close.
    const QString word = relation == QLatin1String("other") ? QString() : MemberWords::relation(relation);
    return word.isEmpty() ? QCoreApplication::translate("PeopleModel", "someone close") : word;
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : PlanFollowingModel({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ring"), QStringLiteral("ringName"), QStringLiteral("kind"),
                           QStringLiteral("relationText"), QStringLiteral("description"), QStringLiteral("coordinator"), QStringLiteral("posX"),
                           QStringLiteral("posY") },
                         parent)
{
}

QString PeopleModel::ringOf(const QJsonObject &member)
{
    const QString ring = text(member, "ring");
    if (ring == QLatin1String("inner") || ring == QLatin1String("middle") || ring == QLatin1String("outer"))
        return ring;
    if (text(member, "kind") == QLatin1String("professional"))
        return QStringLiteral("outer");
    const QString relation = text(member, "relation");
    if (relation == QLatin1String("partner") || relation == QLatin1String("family") || relation == QLatin1String("friend"))
        return QStringLiteral("inner");
    return QStringLiteral("middle");
}

QString PeopleModel::ringName(const QString &ring)
{
    return statuswords::ring(ring == QLatin1String("inner") || ring == QLatin1String("middle") ? ring : QStringLiteral("outer"));
}

double PeopleModel::ringRadius(const QString &ring)
{
    return ring == QLatin1String("inner") ? 0.19 : ring == QLatin1String("middle") ? 0.32 : 0.45;
}

QString PeopleModel::relationText(const QJsonObject &member)
{
    if (text(member, "kind") == QLatin1String("professional")) {
        const QString role = text(member, "role");
        const QString organisation = text(member, "organisation");
        if (!role.isEmpty() && !organisation.isEmpty())
            return QCoreApplication::translate("PeopleModel", "%1, %2", "role, organisation").arg(role, organisation);
        if (!role.isEmpty() || !organisation.isEmpty())
            return role.isEmpty() ? organisation : role;
        return QCoreApplication::translate("PeopleModel", "professional");
    }
    return relationWord(text(member, "relation"));
}

QString PeopleModel::periodText(const QJsonObject &member)
{
    const auto date = [&](const char *key) {
        const QDate d = QDate::fromString(text(member, key), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
    };
    const QString since = date("since");
    const QString until = date("until");
    if (since.isEmpty())
        return QCoreApplication::translate("PeopleModel", "until %1").arg(until);
    return QCoreApplication::translate("PeopleModel", "%1 – %2", "since – until").arg(since, until);
}

void PeopleModel::reload()
{
    QList<QJsonObject> people;
    QList<QJsonObject> former;
    QString centre;
    if (m_plan && m_plan->view()) {
        const QDate today = m_plan->today();
        for (const QJsonValue &v : m_plan->view()->members()) {
            const QJsonObject m = v.toObject();
            if (text(m, "kind") == QLatin1String("citizen")) {
                centre = text(m, "name");
                continue;
            }
            (PlanView::isCurrentMember(m, today) ? people : former).append(m);
        }
    }
    const auto byName = [](const QJsonObject &a, const QJsonObject &b) { return QString::localeAwareCompare(text(a, "name"), text(b, "name")) < 0; };
    std::stable_sort(former.begin(), former.end(), byName);
    QVariantList formerRows;
    for (const QJsonObject &m : former) {
        const QString relation = relationText(m);
        const QString period = periodText(m);
        formerRows.append(QVariantMap { { QStringLiteral("id"), text(m, "id") },
                                        { QStringLiteral("name"), text(m, "name") },
                                        { QStringLiteral("relationText"), relation },
                                        { QStringLiteral("period"), period },
                                        { QStringLiteral("description"),
                                          QCoreApplication::translate("PeopleModel", "%1, %2, helped %3", "name, relation, period")
                                              .arg(TextHygiene::isolate(text(m, "name")), TextHygiene::isolate(relation), period) } });
    }
    if (formerRows != m_former) {
        m_former = formerRows;
        Q_EMIT formerChanged();
    }
    std::stable_sort(people.begin(), people.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int ra = ringOrder(ringOf(a));
        const int rb = ringOrder(ringOf(b));
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(text(a, "name"), text(b, "name")) < 0;
    });
    // Spread each ring's people evenly, each ring turned a little so names do not line up.
    QHash<QString, int> perRing;
    for (const QJsonObject &m : people)
        ++perRing[ringOf(m)];
    QHash<QString, int> placed;
    QList<QVariantMap> rows;
    for (const QJsonObject &m : people) {
        const QString ring = ringOf(m);
        const int n = perRing.value(ring);
        const int i = placed[ring]++;
        const double turn = ringOrder(ring) * 0.6;
        const double angle = -std::numbers::pi / 2 + turn + 2 * std::numbers::pi * i / std::max(1, n);
        const double r = ringRadius(ring);
        const QString relation = relationText(m);
        const bool coordinator = m.value(QStringLiteral("coordinator")).toBool();
        QString description = QCoreApplication::translate("PeopleModel", "%1, %2, in the circle %3", "name, relation, ring name")
                                  .arg(TextHygiene::isolate(text(m, "name")), TextHygiene::isolate(relation), ringName(ring));
        if (coordinator)
            description += QCoreApplication::translate("PeopleModel", ", coordinator of the plan");
        rows.append({ { QStringLiteral("id"), text(m, "id") },
                      { QStringLiteral("name"), text(m, "name") },
                      { QStringLiteral("ring"), ring },
                      { QStringLiteral("ringName"), ringName(ring) },
                      { QStringLiteral("kind"), text(m, "kind") },
                      { QStringLiteral("relationText"), relation },
                      { QStringLiteral("description"), description },
                      { QStringLiteral("coordinator"), coordinator },
                      { QStringLiteral("posX"), 0.5 + r * std::cos(angle) },
                      { QStringLiteral("posY"), 0.5 + r * std::sin(angle) } });
    }
    setRows(rows);
    if (centre != m_centreName) {
        m_centreName = centre;
        Q_EMIT centreNameChanged();
    }
}

} // namespace samen::app
