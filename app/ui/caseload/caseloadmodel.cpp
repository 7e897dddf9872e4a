#include "ui/caseload/caseloadmodel.h"

#include "domain/namesearch.h"
#include "ui/team/teamwords.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace samen::app {

CaseloadModel::CaseloadModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("citizenName"), QStringLiteral("role"), QStringLiteral("domainsText"),
                     QStringLiteral("nextMeetingText"), QStringLiteral("agreementsDue"), QStringLiteral("agreementsText"), QStringLiteral("stepsAssigned"),
                     QStringLiteral("stepsText"), QStringLiteral("lastChangeText"), QStringLiteral("needsAttention"), QStringLiteral("summary"),
                     QStringLiteral("tellApartText"), QStringLiteral("refusedText"), QStringLiteral("accessNoteText"), QStringLiteral("accessText") },
                   parent)
{
}

bool CaseloadModel::before(const CaseloadItem &a, const CaseloadItem &b)
{
    if (a.attention != b.attention)
        return a.attention > b.attention;
    if (a.nextMeeting.isValid() != b.nextMeeting.isValid())
        return a.nextMeeting.isValid();
    if (a.nextMeeting.isValid() && a.nextMeeting != b.nextMeeting)
        return a.nextMeeting < b.nextMeeting;
    if (const int byName = QString::localeAwareCompare(a.citizenName, b.citizenName); byName != 0)
        return byName < 0;
    return a.planId < b.planId;
}

void CaseloadModel::setItems(const QList<CaseloadItem> &items)
{
    const int before = total();
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(), &CaseloadModel::before);
    rebuild();
    if (before != total())
        Q_EMIT totalChanged();
}

void CaseloadModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    rebuild();
    Q_EMIT searchChanged();
}

QString CaseloadModel::citizenName(const QString &planId) const
{
    for (const CaseloadItem &item : m_items) {
        if (item.planId == planId)
            return item.citizenName;
    }
    return {};
}

void CaseloadModel::rebuild()
{
    const QString wanted = namesearch::folded(m_search.trimmed());
    QHash<QString, int> named; // folded name -> plans for someone of that name (in the whole caseload, not only those shown)
    for (const CaseloadItem &item : std::as_const(m_items))
        ++named[namesearch::folded(item.citizenName)];
    QList<QVariantMap> rows;
    rows.reserve(m_items.size());
    for (const CaseloadItem &item : std::as_const(m_items)) {
        if (wanted.isEmpty() || namesearch::folded(item.citizenName).contains(wanted))
            rows.append(row(item, !item.citizenName.isEmpty() && named.value(namesearch::folded(item.citizenName)) > 1));
    }
    setRows(rows);
}

QVariantMap CaseloadModel::row(const CaseloadItem &item, bool nameShared) const
{
    const QString domains = QLocale().createSeparatedList(item.domains);
    const QString meeting = item.nextMeeting.isValid() ? tr("Next meeting: %1").arg(TeamWords::moment(item.nextMeeting)) : tr("No meeting planned");
    QString agreements = item.agreementsDue > 0 ? tr("%n agreement(s) to look back on", "", item.agreementsDue) : QString();
    if (item.agreementsOverdue > 0)
        agreements += QStringLiteral(", ") + tr("%n overdue", "agreements to look back on: 1 overdue", item.agreementsOverdue);
    QString steps = item.stepsAssigned > 0 ? tr("%n step(s) for you", "", item.stepsAssigned) : QString();
    // Overdue said in words, with the first date (review 3, #12: the row was sorted first and did not say why).
    if (item.stepsOverdue > 0)
        steps += QStringLiteral(", ") + tr("%n overdue", "steps for you: 2 overdue", item.stepsOverdue);
    if (item.firstStepDue.isValid())
        steps += QStringLiteral(" (") + tr("first due %1").arg(TeamWords::date(item.firstStepDue)) + QLatin1Char(')');
    // Two citizens of one name: what tells their plans apart (review 3, #14); the role line already names the domains.
    QString apart;
    if (nameShared) {
        QStringList parts;
        if (!domains.isEmpty())
            parts.append(tr("you may see %1").arg(domains));
        if (item.joined.isValid())
            parts.append(tr("in your caseload since %1").arg(TeamWords::date(item.joined)));
        apart = parts.isEmpty() ? tr("Another plan is for someone called %1 too.").arg(item.citizenName)
                                : tr("Another plan is for someone called %1 too. This one: %2.").arg(item.citizenName, parts.join(QStringLiteral("; ")));
    }
    // What the plan shares: nothing yet (waiting to be let in: review 4, R4-21) or nothing any more (R4-1).
    const QString withdrawn = item.waiting         ? tr("Waiting for %1 to let you in.").arg(item.citizenName)
        : item.withdrawn && item.domains.isEmpty() ? tr("%1 no longer shares anything of the plan with you. You are still in the plan.").arg(item.citizenName)
                                                   : QString();
    const QString refused = item.refused > 0 ? tr("%n change(s) you made were not accepted: open the plan to see why.", "", item.refused) : QString();
    const QString changed = item.lastChange.isValid() ? tr("Last change: %1").arg(TeamWords::date(item.lastChange.toLocalTime().date())) : QString();
    // Whether this professional may only read or also change the plan, per domain where that differs (review 6, #20).
    QStringList readOnly;
    for (const QString &domain : item.domains) {
        if (!item.writable.contains(domain))
            readOnly.append(domain);
    }
    const QString access = item.domains.isEmpty() ? QString()
        : readOnly.isEmpty()                      ? tr("You may read and change these life domains")
        : item.writable.isEmpty()
        ? tr("You may read these life domains, not change them")
        : tr("Read and change: %1. Only read: %2").arg(QLocale().createSeparatedList(item.writable), QLocale().createSeparatedList(readOnly));
    QString roleText = item.role;
    if (!domains.isEmpty())
        roleText = roleText.isEmpty() ? domains : tr("%1 for %2", "a role for life domains: coach for Money and Work").arg(item.role, domains);
    QStringList summary { item.citizenName };
    for (const QString &part : { apart, roleText, access, withdrawn, meeting, agreements, steps, refused, changed }) {
        if (!part.isEmpty())
            summary.append(part);
    }
    return {
        { QStringLiteral("id"), item.planId },
        { QStringLiteral("citizenName"), item.citizenName },
        { QStringLiteral("role"), roleText },
        { QStringLiteral("domainsText"), domains },
        { QStringLiteral("nextMeetingText"), meeting },
        { QStringLiteral("agreementsDue"), item.agreementsDue },
        { QStringLiteral("agreementsText"), agreements },
        { QStringLiteral("stepsAssigned"), item.stepsAssigned },
        { QStringLiteral("stepsText"), steps },
        { QStringLiteral("lastChangeText"), changed },
        { QStringLiteral("needsAttention"), item.attention > 0 || item.refused > 0 },
        { QStringLiteral("tellApartText"), apart },
        { QStringLiteral("refusedText"), refused },
        { QStringLiteral("accessNoteText"), withdrawn },
        { QStringLiteral("accessText"), access },
        { QStringLiteral("summary"), summary.join(QStringLiteral(". ")) },
    };
}

} // namespace samen::app
