#pragma once

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
    QDateTime nextMeeting; ///< the next planned meeting; invalid: none
    int agreementsDue = 0; ///< agreements whose evaluation date is within 14 days or past
    int stepsAssigned = 0; ///< open steps assigned to this professional
    QDateTime lastChange; ///< the last change to the plan this device knows of
    int attention = 0; ///< how much needs attention (higher first; from the caseload row)
};

} // namespace samen::app
