// CaseloadSummary's order of the caseload ("most needing attention first", BRIEF.md M9): anything
// overdue first, then the soonest date still to come, then the rest (review 6, #2).
#include "qtcatch.h"

#include "store/caseloadsummary.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace samen;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(10, 0));

QString day(int fromToday)
{
    return kNow.date().addDays(fromToday).toString(Qt::ISODate);
}

/** A row as a round keeps it: the professional's open steps (their due dates, "" = none) and the agreements' evaluation dates. */
QJsonObject row(const QString &citizen, const QStringList &stepDues, const QStringList &reviewDates = {})
{
    QJsonArray steps;
    for (const QString &due : stepDues)
        steps.append(QJsonObject { { QStringLiteral("title"), QStringLiteral("step") }, { QStringLiteral("due"), due } });
    return QJsonObject { { QStringLiteral("planId"), citizen.toLower() },
                         { QStringLiteral("citizen"), citizen },
                         { QStringLiteral("stepsForMe"), steps },
                         { QStringLiteral("reviewDates"), QJsonArray::fromStringList(reviewDates) },
                         { QStringLiteral("meetingsAhead"), QJsonArray() } };
}

QStringList order(const QList<QJsonObject> &rows)
{
    QStringList names;
    for (const QJsonObject &r : CaseloadSummary::asOf(rows, kNow))
        names << r.value(QStringLiteral("citizen")).toString();
    return names;
}

} // namespace

TEST_CASE("The caseload puts an overdue step before steps not yet due, however many, then the soonest due", "[caseload]")
{
    const QList<QJsonObject> rows {
        row(QStringLiteral("Undated"), { QString(), QString(), QString(), QString() }), // four steps without a date
        row(QStringLiteral("NextMonth"), { day(30), QString() }),
        row(QStringLiteral("Overdue"), { day(-1) }), // one step, a day late
        row(QStringLiteral("Tomorrow"), { day(1) }),
        row(QStringLiteral("Quiet"), {}),
    };
    CHECK(order(rows)
          == QStringList { QStringLiteral("Overdue"), QStringLiteral("Tomorrow"), QStringLiteral("NextMonth"), QStringLiteral("Undated"),
                           QStringLiteral("Quiet") });
}

TEST_CASE("An agreement past its evaluation date comes before a step due today, and more overdue before less", "[caseload]")
{
    const QList<QJsonObject> rows {
        row(QStringLiteral("StepToday"), { day(0), QString(), QString(), QString(), QString(), QString() }),
        row(QStringLiteral("LateAgreement"), {}, { day(-3) }),
        row(QStringLiteral("TwoLate"), { day(-1) }, { day(-2) }),
        row(QStringLiteral("EvaluateInAWeek"), {}, { day(7) }),
    };
    CHECK(order(rows)
          == QStringList { QStringLiteral("TwoLate"), QStringLiteral("LateAgreement"), QStringLiteral("StepToday"), QStringLiteral("EvaluateInAWeek") });
}

TEST_CASE("A professional's steps are listed soonest due first, those without a date last, in the order they were made otherwise", "[caseload]")
{
    QJsonObject r = row(QStringLiteral("Robin"), {});
    const QList<QPair<QString, QString>> made { { QStringLiteral("Go through the folder"), day(8) },
                                                { QStringLiteral("Some day"), QString() },
                                                { QStringLiteral("Add up the income"), day(5) },
                                                { QStringLiteral("Late already"), day(-2) } };
    QJsonArray steps;
    for (const auto &[title, due] : made)
        steps.append(QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("due"), due } });
    r.insert(QStringLiteral("stepsForMe"), steps);
    QStringList titles;
    for (const QJsonValue &s : CaseloadSummary::asOf(r, kNow).value(QStringLiteral("stepsForMe")).toArray())
        titles << s.toObject().value(QStringLiteral("title")).toString();
    CHECK(titles
          == QStringList { QStringLiteral("Late already"), QStringLiteral("Add up the income"), QStringLiteral("Go through the folder"),
                           QStringLiteral("Some day") });
}
