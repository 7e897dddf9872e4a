// Read aloud (issue 17): the exact text ReadAloud hands the speech engine for the story, a
// life domain, a goal with its steps and a list (the access log), from a real encrypted
// store, with a recording engine instead of audio; and a plain reason when there is no voice.
#include "testdir.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/speechengine.h"

#include <QStandardItemModel>

#include <catch2/catch.hpp>

using samen::app::ReadAloud;
using samen::app::Session;
using samen::app::SpeechEngine;
using samen::test::TestDir;

namespace {

/** Records what it is asked to say, in which language; speaks nothing. */
class RecordingEngine : public SpeechEngine
{
public:
    bool voice = true;
    QStringList said;
    QList<QLocale> locales;

    bool canSpeak(const QLocale &locale) const override { return voice && (locale.language() == QLocale::Dutch || locale.language() == QLocale::English); }
    QString whyNot(const QLocale &locale) const override { return canSpeak(locale) ? QString() : QStringLiteral("no voice"); }
    void say(const QString &text, const QLocale &locale) override
    {
        said.append(text);
        locales.append(locale);
    }
    void stop() override { }
    bool speaking() const override { return false; }
};

} // namespace

TEST_CASE("Read aloud hands the engine the story, a domain and a goal with its steps as plain sentences in the app's language", "[readaloud]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createPlan(QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("read-aloud-1")));
    auto *plan = session.plan();
    REQUIRE(plan->setStory(QStringLiteral("I have debts and I cannot sleep")));
    REQUIRE(plan->assess(QStringLiteral("money"), 3, QStringLiteral("The letters keep coming")));
    const QString goal = plan->addGoal(QStringLiteral("money"), QStringLiteral("One overview of my debts"), QStringLiteral("So I can sleep again"),
                                       QStringLiteral("2027-06-01"));
    REQUIRE(!goal.isEmpty());
    const QString step1 = plan->addStep(goal, QStringLiteral("Collect the letters"), QString(), QStringLiteral("2027-02-01"));
    REQUIRE(!plan->addStep(goal, QStringLiteral("Call the debt help"), QString(), QString()).isEmpty());
    REQUIRE(plan->completeStep(step1));

    RecordingEngine engine;
    ReadAloud reader(&engine, nullptr);
    reader.setPlan(plan);
    REQUIRE(reader.available());
    CHECK(reader.reason().isEmpty());

    REQUIRE(reader.read(reader.storyText()));
    CHECK(engine.said.last() == QStringLiteral("My story. I have debts and I cannot sleep"));
    CHECK(engine.locales.last().language() == QLocale::English);

    CHECK(reader.domainText(QStringLiteral("money"))
          == QStringLiteral("Money and debts. How it is going: 3 out of 10. The letters keep coming. Goal: One overview of my debts. Busy with it."));
    CHECK(reader.goalText(goal)
          == QStringLiteral("Goal: One overview of my debts. Why this matters: So I can sleep again. Busy with it. Target date: 1 June 2027. 1 of 2 steps "
                            "done. Step 1: Collect the letters. Who: Robin. When: 1 February 2027. Done. Step 2: Call the debt help. Who: Robin. Not "
                            "done yet."));
    CHECK(reader.goalText(QStringLiteral("no-such-goal")).isEmpty());
    CHECK_FALSE(reader.read(QString()));

    // The access log and any list: one sentence per row, from the role asked for.
    QStandardItemModel log;
    log.setItemRoleNames({ { Qt::UserRole + 1, "description" } });
    for (const char *line : { "Today, 10:00: Sam looked at Housing", "Today, 11:00: Robin let Sam see Work" }) {
        auto *item = new QStandardItem;
        item->setData(QString::fromUtf8(line), Qt::UserRole + 1);
        log.appendRow(item);
    }
    REQUIRE(reader.read(reader.listText(QStringLiteral("Who did what"), &log, QStringLiteral("description"))));
    CHECK(engine.said.last() == QStringLiteral("Who did what. Today, 10:00: Sam looked at Housing. Today, 11:00: Robin let Sam see Work."));
}

TEST_CASE("Read aloud speaks Dutch in the Dutch app, and without an engine or a voice it is off with a plain reason", "[readaloud]")
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("nl"));
    REQUIRE(session.createPlan(QStringLiteral("Mijn plan"), QStringLiteral("default"), QStringLiteral("read-aloud-2")));

    RecordingEngine engine;
    ReadAloud reader(&engine, nullptr);
    reader.setPlan(session.plan());
    REQUIRE(reader.read(reader.storyText()));
    CHECK(engine.locales.last().language() == QLocale::Dutch);

    engine.voice = false;
    CHECK_FALSE(reader.available());
    CHECK(reader.reason() == QStringLiteral("no voice"));
    const auto before = engine.said.size();
    CHECK_FALSE(reader.read(QStringLiteral("anything")));
    CHECK(engine.said.size() == before);

    ReadAloud none(nullptr, nullptr);
    CHECK_FALSE(none.available());
    CHECK_FALSE(none.reason().isEmpty());
    CHECK_FALSE(none.read(QStringLiteral("anything")));
}
