#include "ui/team/datechoice.h"

#include <QLocale>

#include <algorithm>

namespace samen::app {

QDate DateChoice::s_today;

DateChoice::DateChoice(QObject *parent)
    : QObject(parent)
{
}

void DateChoice::setToday(const QDate &today)
{
    s_today = today;
}

QString DateChoice::today() const
{
    return (s_today.isValid() ? s_today : QDate::currentDate()).toString(Qt::ISODate);
}

QString DateChoice::shift(const QString &isoDate, int days) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.addDays(days).toString(Qt::ISODate) : isoDate;
}

QString DateChoice::label(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString DateChoice::distance(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return {};
    const qint64 days = QDate::fromString(today(), Qt::ISODate).daysTo(d);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days < 0)
        return tr("%n day(s) ago", nullptr, static_cast<int>(-days));
    if (days % 7 == 0)
        return tr("in %n week(s)", nullptr, static_cast<int>(days / 7));
    return tr("in %n day(s)", nullptr, static_cast<int>(days));
}

QStringList DateChoice::times() const
{
    QStringList out;
    for (int minutes = 8 * 60; minutes <= 20 * 60; minutes += 30)
        out.append(QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0')));
    return out;
}

QString DateChoice::written(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QStringList DateChoice::monthNames() const
{
    QStringList out;
    for (int month = 1; month <= 12; ++month)
        out.append(QLocale().standaloneMonthName(month, QLocale::LongFormat));
    return out;
}

int DateChoice::daysInMonth(int year, int month) const
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.daysInMonth() : 31;
}

QString DateChoice::compose(int year, int month, int day) const
{
    const QDate first(year, month, 1);
    if (!first.isValid() || day < 1)
        return {};
    return QDate(year, month, std::min(day, first.daysInMonth())).toString(Qt::ISODate);
}

QList<int> DateChoice::parts(const QString &isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return {};
    return { d.year(), d.month(), d.day() };
}

} // namespace samen::app
