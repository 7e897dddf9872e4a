#pragma once

#include <QDateTime>
#include <QString>

namespace samen::app {

/** How long a one-time code or an invitation still works, in plain words (QLocale's default language and clock). */
class ExpiryWords
{
public:
    /**
     * "Works for 14 more minutes, until 18:45." within the hour; "Works until today 21:00." /
     * "Works until Tuesday 2 December, 18:45." later; "This code no longer works." when past.
     */
    static QString until(const QDateTime &expiresAt, const QDateTime &now);
};

} // namespace samen::app
