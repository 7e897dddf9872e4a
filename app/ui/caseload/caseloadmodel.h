#pragma once

#include "models/rowlistmodel.h"
#include "ui/caseload/caseloaditem.h"

#include <QList>
#include <QQmlEngine>

namespace samen::app {

/**
 * A professional's caseload for the caseload page: one row per plan, sorted by what
 * needs attention (the row's attention score, highest first; then the soonest next
 * meeting; then the citizen's name), filtered by `search` (part of the citizen's
 * name, case and accents ignored). Roles: id (the plan id, for openPlan only, never
 * shown), citizenName, role, domainsText ("Money, Work"), nextMeetingText,
 * agreementsDue, agreementsText, stepsAssigned, stepsText (with how many are overdue
 * and the first due date), lastChangeText, needsAttention (bool), tellApartText (only
 * when another plan's citizen has the same name: the day this plan came into the
 * caseload), refusedText (changes the service did not accept; "" when none),
 * accessNoteText (waiting to be let in, or the citizen withdrew all access; "" otherwise), accessText (whether this
 * professional may only read or also change the plan, per domain where that differs; "" when nothing is granted), summary
 * (the whole row in one sentence, for screen readers).
 */
class CaseloadModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from Session.caseload.plans")
    /** Part of a citizen's name; "" shows every plan. */
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    /** Plans in the caseload, whatever the search. */
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
public:
    explicit CaseloadModel(QObject *parent = nullptr);

    /** Replaces the caseload (rows diffed: views keep focus and scroll position). */
    void setItems(const QList<CaseloadItem> &items);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int total() const { return int(m_items.size()); }
    /** The citizen's name of a plan in the caseload ("" when not in it), whatever the search. */
    QString citizenName(const QString &planId) const;
    /** True when a comes before b on the page (see class). */
    static bool before(const CaseloadItem &a, const CaseloadItem &b);

Q_SIGNALS:
    void searchChanged();
    void totalChanged();

private:
    void rebuild();
    /** nameShared: another plan of the caseload is for someone of the same name. */
    QVariantMap row(const CaseloadItem &item, bool nameShared) const;

    QList<CaseloadItem> m_items; ///< sorted
    QString m_search;
};

} // namespace samen::app
