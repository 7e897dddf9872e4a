#include "ui/caseload/caseloadmodel.h"

#include "domain/namesearch.h"
#include "ui/team/teamwords.h"

#include <QLocale>
#include <algorithm>

namespace samen::app {

CaseloadModel::CaseloadModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("citizenName"), QStringLiteral("role"), QStringLiteral("domainsText"),
                     QStringLiteral("nextMeetingText"), QStringLiteral("agreementsDue"), QStringLiteral("agreementsText"), QStringLiteral("stepsAssigned"),
                     QStringLiteral("stepsText"), QStringLiteral("lastChangeText"), QStringLiteral("needsAttention"), QStringLiteral("summary") },
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
    QList<QVariantMap> rows;
    rows.reserve(m_items.size());
    for (const CaseloadItem &item : std::as_const(m_items)) {
        if (wanted.isEmpty() || namesearch::folded(item.citizenName).contains(wanted))
            rows.append(row(item));
    }
    setRows(rows);
}

QVariantMap CaseloadModel::row(const CaseloadItem &item) const
{
    const QString domains = QLocale().createSeparatedList(item.domains);
    const QString meeting = item.nextMeeting.isValid() ? tr("Next meeting: %1").arg(TeamWords::moment(item.nextMeeting)) : tr("No meeting planned");
    const QString agreements = item.agreementsDue > 0 ? tr("%n agreement(s) to look back on", "", item.agreementsDue) : QString();
    const QString steps = item.stepsAssigned > 0 ? tr("%n step(s) for you", "", item.stepsAssigned) : QString();
    const QString changed = item.lastChange.isValid() ? tr("Last change: %1").arg(TeamWords::date(item.lastChange.toLocalTime().date())) : QString();
    QString roleText = item.role;
    if (!domains.isEmpty())
        roleText = roleText.isEmpty() ? domains : tr("%1 for %2", "a role for life domains: coach for Money and Work").arg(item.role, domains);
    QStringList summary { item.citizenName };
    for (const QString &part : { roleText, meeting, agreements, steps, changed }) {
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
        { QStringLiteral("needsAttention"), item.attention > 0 },
        { QStringLiteral("summary"), summary.join(QStringLiteral(". ")) },
    };
}

} // namespace samen::app
