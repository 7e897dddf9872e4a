#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace samen::app {

/**
 * The easy date and time picker's arithmetic and words (QML singleton DateChoice), so the
 * picker only binds: dates as ISO "YYYY-MM-DD", times as "HH:mm" on the half hour.
 * Tests may set the day it counts from (setToday); otherwise the device's local date.
 */
class DateChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit DateChoice(QObject *parent = nullptr);
    static DateChoice *create(QQmlEngine *, QJSEngine *) { return new DateChoice; }

    /** Today as "YYYY-MM-DD". */
    Q_INVOKABLE QString today() const;
    /** isoDate moved by days (negative: earlier); isoDate itself when it is no date. */
    Q_INVOKABLE QString shift(const QString &isoDate, int days) const;
    /** "Tuesday 15 December 2026" in the app's language; "" for no date. */
    Q_INVOKABLE QString label(const QString &isoDate) const;
    /** "in 2 weeks", "tomorrow", "3 days ago" ... from today; "" for no date. */
    Q_INVOKABLE QString distance(const QString &isoDate) const;
    /** The times a meeting can start: 08:00 to 20:00 every half hour. */
    Q_INVOKABLE QStringList times() const;
    /** A date as people write it here ("31-12-2026"), for a text field; "" for no date. */
    Q_INVOKABLE QString written(const QString &isoDate) const;

    /** The months' names in the app's language, January first (a date picker's month list). */
    Q_INVOKABLE QStringList monthNames() const;
    /** How many days month (1..12) of year has; 31 when either is out of range. */
    Q_INVOKABLE int daysInMonth(int year, int month) const;
    /**
     * The date of year, month (1..12) and day as "YYYY-MM-DD", the day brought back to the
     * month's last day when the month is shorter (31 February: 28 or 29); "" when no date.
     */
    Q_INVOKABLE QString compose(int year, int month, int day) const;
    /** Year, month (1..12) and day of isoDate as three numbers; [] for no date. */
    Q_INVOKABLE QList<int> parts(const QString &isoDate) const;

    static void setToday(const QDate &today);

private:
    static QDate s_today;
};

} // namespace samen::app
