#include "ui/team/teamwords.h"

#include "domain/texthygiene.h"
#include "ui/people/peoplemodel.h"
#include "ui/plancontroller.h" // planmodels.h (through peoplemodel.h) needs it complete

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

namespace samen::app {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QString statusWord(const QString &status)
{
    if (status == QLatin1String("planned"))
        return QCoreApplication::translate("TeamWords", "planned");
    if (status == QLatin1String("held"))
        return QCoreApplication::translate("TeamWords", "held");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("TeamWords", "cancelled");
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("TeamWords", "open", "an agreement still to do");
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("TeamWords", "done", "an agreement");
    if (status == QLatin1String("dropped"))
        return QCoreApplication::translate("TeamWords", "dropped", "an agreement nobody does any more");
    return status;
}

} // namespace

QString TeamWords::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString TeamWords::moment(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QCoreApplication::translate("TeamWords", "%1 at %2", "day at time")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy")), local.time().toString(QStringLiteral("HH:mm")));
}

QString TeamWords::period(const QString &fromIso, const QString &untilIso)
{
    const QString from = date(isoDate(fromIso));
    const QString until = date(isoDate(untilIso));
    if (until.isEmpty())
        return from.isEmpty() ? QString() : QCoreApplication::translate("TeamWords", "since %1").arg(from);
    if (from.isEmpty())
        return QCoreApplication::translate("TeamWords", "until %1").arg(until);
    return QCoreApplication::translate("TeamWords", "%1 – %2", "from – until").arg(from, until);
}

QString TeamWords::phoneLink(const QString &phone)
{
    QString written = phone.trimmed();
    // "+31 (0)20 ..." : the (0) is dialled only from inside the country.
    if (written.startsWith(QLatin1Char('+')))
        written.remove(QStringLiteral("(0)"));
    QString digits;
    for (const QChar c : written) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    }
    return digits.count(QRegularExpression(QStringLiteral("\\d"))) >= 3 ? QStringLiteral("tel:") + digits : QString();
}

QString TeamWords::emailLink(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s:/?#]+@[^@\\s:/?#]+\\.[^@\\s:/?#]+$"));
    const QString e = email.trimmed();
    return shape.match(e).hasMatch() ? QStringLiteral("mailto:") + e : QString();
}

QVariantMap TeamWords::person(const QJsonObject &p, const QString &ownerId)
{
    QVariantMap map = p.toVariantMap();
    const QString kind = str(p, "kind");
    QString roleText;
    if (kind == QLatin1String("citizen") || str(p, "id") == ownerId) {
        roleText = QCoreApplication::translate("TeamWords", "the person whose plan it is");
    } else if (kind == QLatin1String("professional")) {
        QStringList parts;
        for (const char *key : { "role", "organisation" })
            if (!str(p, key).isEmpty())
                parts.append(str(p, key));
        roleText = parts.isEmpty() ? QCoreApplication::translate("TeamWords", "professional") : parts.join(QStringLiteral(", "));
    } else {
        // The relation is a code ("employer"): in words of the app's language, as on the People page.
        roleText = str(p, "relation").isEmpty() ? QCoreApplication::translate("TeamWords", "from the network")
                                                : QCoreApplication::translate("TeamWords", "from the network (%1)").arg(PeopleModel::relationText(p));
    }
    QStringList domains;
    for (const QJsonValue &d : p.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject o = d.toObject();
        domains.append(str(o, "access") == QLatin1String("read") ? QCoreApplication::translate("TeamWords", "%1 (sees)").arg(str(o, "label"))
                                                                 : str(o, "label"));
    }
    const int steps = static_cast<int>(p.value(QStringLiteral("openSteps")).toArray().size());
    const int agreements = static_cast<int>(p.value(QStringLiteral("openAgreements")).toArray().size());
    QStringList open;
    if (steps > 0)
        open.append(QCoreApplication::translate("TeamWords", "%n open step(s)", nullptr, steps));
    if (agreements > 0)
        open.append(QCoreApplication::translate("TeamWords", "%n open agreement(s)", nullptr, agreements));
    QVariantList agreementRows;
    for (const QJsonValue &a : p.value(QStringLiteral("openAgreements")).toArray())
        agreementRows.append(agreement(a.toObject()));
    map.insert(QStringLiteral("openAgreements"), agreementRows);
    map.insert(QStringLiteral("roleText"), roleText);
    map.insert(QStringLiteral("domainsText"), domains.join(QStringLiteral(", ")));
    map.insert(QStringLiteral("sinceText"),
               str(p, "since").isEmpty() ? QString() : QCoreApplication::translate("TeamWords", "since %1").arg(date(isoDate(str(p, "since")))));
    map.insert(QStringLiteral("periodText"), period(str(p, "since"), str(p, "until")));
    map.insert(QStringLiteral("phoneLink"), phoneLink(str(p, "phone")));
    map.insert(QStringLiteral("emailLink"), emailLink(str(p, "email")));
    map.insert(QStringLiteral("openText"), open.isEmpty() ? QCoreApplication::translate("TeamWords", "nothing open") : open.join(QStringLiteral(", ")));
    map.insert(QStringLiteral("summary"), QCoreApplication::translate("TeamWords", "%1, %2", "name, role").arg(TextHygiene::isolate(str(p, "name")), roleText));
    return map;
}

QVariantMap TeamWords::meeting(const QJsonObject &m)
{
    QVariantMap map = m.toVariantMap();
    const QDateTime at = QDateTime::fromString(str(m, "at"), Qt::ISODate);
    QStringList where;
    if (!str(m, "place").isEmpty())
        where.append(str(m, "place"));
    if (!str(m, "videoLink").isEmpty())
        where.append(QCoreApplication::translate("TeamWords", "by video"));
    QStringList names;
    for (const QJsonValue &p : m.value(QStringLiteral("participants")).toArray())
        names.append(p[QStringLiteral("former")].toBool()
                         ? QCoreApplication::translate("TeamWords", "%1 (no longer helps)").arg(TextHygiene::isolate(str(p.toObject(), "name")))
                         : TextHygiene::isolate(str(p.toObject(), "name")));
    QStringList agenda;
    for (const QJsonValue &a : m.value(QStringLiteral("agenda")).toArray())
        agenda.append(str(a.toObject(), "label"));
    QVariantList agreements;
    for (const QJsonValue &a : m.value(QStringLiteral("agreements")).toArray())
        agreements.append(agreement(a.toObject()));
    map.insert(QStringLiteral("agreements"), agreements);
    map.insert(QStringLiteral("whenText"), moment(at));
    map.insert(QStringLiteral("placeText"),
               where.isEmpty() ? QCoreApplication::translate("TeamWords", "no place given yet") : where.join(QStringLiteral(", ")));
    map.insert(QStringLiteral("statusText"), statusWord(str(m, "status")));
    map.insert(QStringLiteral("participantsText"), names.join(QStringLiteral(", ")));
    map.insert(QStringLiteral("agendaLabels"), agenda);
    return map;
}

QVariantMap TeamWords::agreement(const QJsonObject &a)
{
    QVariantMap map = a.toVariantMap();
    // Named, but no longer helping: said, so someone takes it over (TeamView: whoFormer).
    const QString who = a.value(QStringLiteral("whoFormer")).toBool() && (str(a, "status").isEmpty() || str(a, "status") == QLatin1String("open"))
        ? QCoreApplication::translate("TeamWords", "%1 (no longer helps)").arg(str(a, "whoName"))
        : str(a, "whoName");
    map.insert(QStringLiteral("whoText"), who.isEmpty() ? QCoreApplication::translate("TeamWords", "nobody named yet") : who);
    map.insert(QStringLiteral("byText"), date(isoDate(str(a, "by"))));
    map.insert(QStringLiteral("evaluationText"), date(isoDate(str(a, "evaluationDate"))));
    map.insert(QStringLiteral("statusText"), statusWord(str(a, "status").isEmpty() ? QStringLiteral("open") : str(a, "status")));
    QStringList parts { TextHygiene::isolate(who.isEmpty() ? QCoreApplication::translate("TeamWords", "nobody named yet") : who) };
    if (!str(a, "by").isEmpty())
        parts.append(QCoreApplication::translate("TeamWords", "by %1").arg(date(isoDate(str(a, "by")))));
    if (!str(a, "domainLabel").isEmpty())
        parts.append(str(a, "domainLabel"));
    if (!str(a, "evaluationDate").isEmpty())
        parts.append(QCoreApplication::translate("TeamWords", "look back on %1").arg(date(isoDate(str(a, "evaluationDate")))));
    map.insert(QStringLiteral("detailText"), parts.join(QStringLiteral(" · ")));
    return map;
}

} // namespace samen::app
