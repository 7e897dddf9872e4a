#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace samen::app {

/**
 * The words the professionals view and the meeting pages read from TeamView's JSON
 * (shared/store/teamview.h): dates in the app's language, periods, contact links,
 * and each person, meeting and agreement as a map with ready-made text fields added
 * (the QML pages only bind them). Dates in the JSON are ISO 8601 (UTC for date-times,
 * shown in local time); a missing or unreadable date gives "".
 */
class TeamWords
{
public:
    /** "15 December 2026" (locale of the app); "" for an invalid date. */
    static QString date(const QDate &date);
    /** "Tuesday 15 December 2026 at 14:00", in local time; "" for an invalid moment. */
    static QString moment(const QDateTime &at);
    /** "since 3 March 2026 – 1 September 2026" style period from two ISO dates; until "" = "since …". */
    static QString period(const QString &fromIso, const QString &untilIso);
    /** "tel:+31201234567" from a phone number as people write it (spaces, dashes, brackets dropped); "" when no digits. */
    static QString phoneLink(const QString &phone);
    /** "mailto:name@example.org" for an address with one @; "" otherwise. */
    static QString emailLink(const QString &email);

    /**
     * A TeamView Person plus: `roleText` ("benefits adviser, Benefits agency" / "friend" / "you"),
     * `domainsText` (labels joined, "see" marked), `sinceText`, `periodText` (former),
     * `phoneLink`, `emailLink`, `summary` (one line: name, role text), `openText` ("2 open steps, 1 agreement").
     */
    static QVariantMap person(const QJsonObject &person, const QString &ownerId);
    /**
     * A TeamView Meeting plus: `whenText`, `placeText`, `statusText`, `participantsText`,
     * `agendaLabels` (strings), and its agreements through agreement().
     */
    static QVariantMap meeting(const QJsonObject &meeting);
    /** A TeamView Agreement plus: `whoText`, `byText`, `evaluationText`, `statusText`, `overdue` kept. */
    static QVariantMap agreement(const QJsonObject &agreement);
};

} // namespace samen::app
