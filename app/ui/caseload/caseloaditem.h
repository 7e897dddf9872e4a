#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace samen::app {

/**
 * One plan of a professional's caseload as the caseload page shows it (a row of
 * device.db's caseload table, in the app's words): whose plan, what this
 * professional is in it, and what needs their attention. Dates are UTC; an invalid
 * QDateTime is "none".
 */
struct CaseloadItem {
    QString planId;
    QString citizenName; ///< the citizen's name as the plan gives it
    QString role; ///< this professional's own role in the plan ("coach"); may be empty
    QStringList domains; ///< the life domains granted to this professional, as labels in the app's language
    QStringList writable; ///< of those, the ones this professional may also change (the others they may only read)
    QDateTime nextMeeting; ///< the next planned meeting; invalid: none
    int agreementsDue = 0; ///< agreements whose evaluation date is within 14 days or past
    int agreementsOverdue = 0; ///< of those, the ones whose evaluation date is past
    int stepsAssigned = 0; ///< open steps assigned to this professional
    int stepsOverdue = 0; ///< of those, due before today (worked out when read: the row may be days old)
    QDate firstStepDue; ///< the earliest due date of those steps; invalid: none has one
    QDate joined; ///< the day this device joined the plan; invalid: not known (tells two citizens of one name apart)
    int refused = 0; ///< changes made here that the service did not accept (one per item)
    bool withdrawn = false; ///< the citizen withdrew all access (the professional is still in the plan)
    bool waiting = false; ///< joined, not let in yet
    QDateTime lastChange; ///< the last change to the plan this device knows of
    int attention = 0; ///< how much needs attention (higher first; from the caseload row)
};

} // namespace samen::app
