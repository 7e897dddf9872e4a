// Reviews due and the next meeting as desktop notifications (issue 13), on Robin's demo plan
// in a real encrypted store, through a recording Notifier: once per item, not on every
// start, again for a new evaluation date, only what the desktop took, in the app's language.
#include "testdir.h"
#include "ui/notify/notifier.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/team/agreementcontroller.h"
#include "ui/team/meetingcontroller.h"
#include "ui/team/reviewreminders.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using samen::app::AgreementController;
using samen::app::MeetingController;
using samen::app::Notifier;
using samen::app::ReviewReminders;
using samen::app::Session;
using samen::test::TestDir;

namespace {

/** Records what it is asked to show; `shown` is its answer. */
class RecordingNotifier : public Notifier
{
public:
    struct Shown {
        QString summary;
        QString body;
    };
    void notify(const QString &summary, const QString &body, std::function<void(bool)> done) override
    {
        calls.append({ summary, body });
        done(shown);
    }
    QList<Shown> calls;
    bool shown = true;
};

const QRegularExpression kId(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));

QString agreementId(AgreementController &agreements, const QString &what)
{
    for (const QVariant &a : agreements.agreements())
        if (a.toMap().value(QStringLiteral("what")).toString() == what)
            return a.toMap().value(QStringLiteral("id")).toString();
    return {};
}

} // namespace

TEST_CASE("A due review is told once: not again at a new start, again for a new evaluation date", "[notify][team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("remind-test-1")));
    RecordingNotifier desktop;
    {
        ReviewReminders reminders(session.plan(), &desktop);
        REQUIRE(desktop.calls.size() == 1);
        CHECK(desktop.calls[0].summary == QStringLiteral("1 agreement to look back on"));
        CHECK(desktop.calls[0].body.startsWith(QStringLiteral("Keep Robin's quieter hours for two more months (look back on it ")));
        CHECK_FALSE(desktop.calls[0].body.contains(kId));
        reminders.check(); // a change of the plan: nothing new
        CHECK(desktop.calls.size() == 1);
    }
    // The app starts again on the same plan file.
    session.lock();
    REQUIRE(session.unlock(QStringLiteral("remind-test-1")));
    ReviewReminders reminders(session.plan(), &desktop);
    CHECK(desktop.calls.size() == 1);

    // Looked back on, "not yet": a new evaluation date in a week is told again (after the plan's change, without a call).
    AgreementController agreements;
    agreements.setPlan(session.plan());
    const QString id = agreementId(agreements, QStringLiteral("Keep Robin's quieter hours for two more months"));
    REQUIRE(!id.isEmpty());
    REQUIRE(agreements.evaluate(id, QStringLiteral("open"), QStringLiteral("Still going."),
                                session.plan()->today().addDays(7).toString(QStringLiteral("dd-MM-yyyy"))));
    REQUIRE(desktop.calls.size() == 2);
    CHECK(desktop.calls[1].body.startsWith(QStringLiteral("Keep Robin's quieter hours for two more months (look back on it ")));
}

TEST_CASE("What the desktop did not take is told at the next look", "[notify][team]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("remind-test-2")));
    RecordingNotifier desktop;
    desktop.shown = false;
    ReviewReminders reminders(session.plan(), &desktop);
    CHECK(desktop.calls.size() == 1);
    desktop.shown = true;
    reminders.check();
    CHECK(desktop.calls.size() == 2);
    reminders.check();
    CHECK(desktop.calls.size() == 2);
}

TEST_CASE("The next meeting is told the day before, with its time and place, in Dutch in the Dutch app", "[notify][team][translations]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("nl"));
    REQUIRE(session.createDemoPlan(QStringLiteral("remind-test-3")));
    RecordingNotifier desktop;
    ReviewReminders reminders(session.plan(), &desktop);
    REQUIRE(desktop.calls.size() == 1); // the review; the meeting is three weeks away
    CHECK(desktop.calls[0].summary == QStringLiteral("1 afspraak om op terug te kijken"));

    MeetingController meetings;
    meetings.setPlan(session.plan());
    const QVariantMap next = meetings.toTalkAbout().value(QStringLiteral("nextMeeting")).toMap();
    REQUIRE(!next.isEmpty());
    const QDateTime at = QDateTime::fromString(next.value(QStringLiteral("at")).toString(), Qt::ISODate);
    reminders.setNow(at.addDays(-2)); // two days before: not yet
    const qsizetype before = desktop.calls.size();
    reminders.check();
    CHECK(desktop.calls.size() == before + 1); // only the reviews now overdue or due; no meeting
    CHECK_FALSE(desktop.calls.last().summary.startsWith(QStringLiteral("Volgend overleg")));
    reminders.setNow(at.addDays(-1));
    reminders.check();
    REQUIRE(desktop.calls.size() == before + 2);
    CHECK(desktop.calls.last().summary == QStringLiteral("Volgend overleg: ") + next.value(QStringLiteral("whenText")).toString());
    CHECK(desktop.calls.last().body == next.value(QStringLiteral("title")).toString() + QLatin1Char('\n') + next.value(QStringLiteral("placeText")).toString());
    CHECK_FALSE(desktop.calls.last().body.contains(kId));
    reminders.check();
    CHECK(desktop.calls.size() == before + 2);
}
