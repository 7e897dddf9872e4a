#include "ui/people/expirywords.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace samen::app {

QString ExpiryWords::until(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid() || expiresAt <= now)
        return QCoreApplication::translate("ExpiryWords", "This code no longer works.");
    const QLocale locale;
    const QDateTime local = expiresAt.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds < 60 * 60) {
        const int minutes = static_cast<int>(std::max<qint64>(1, seconds / 60));
        return QCoreApplication::translate("ExpiryWords", "Works for %n more minute(s), until %1.", nullptr, minutes).arg(time);
    }
    if (local.date() == now.toLocalTime().date())
        return QCoreApplication::translate("ExpiryWords", "Works until today %1.").arg(time);
    if (local.date() == now.toLocalTime().date().addDays(1))
        return QCoreApplication::translate("ExpiryWords", "Works until tomorrow %1.").arg(time);
    const QString date = locale.toString(local.date(), QStringLiteral("dddd d MMMM"));
    return QCoreApplication::translate("ExpiryWords", "Works until %1, %2.", "date, time").arg(date, time);
}

} // namespace samen::app
