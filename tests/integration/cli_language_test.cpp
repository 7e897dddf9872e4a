// The language asked for (issue 17): samen-cli demo writes Robin's plan in that language
// (the demo text is data once written, so it must be right at the start), and a language
// Samen does not speak is refused by samen-cli and by the app, naming the ones it does,
// instead of silently giving Dutch.
#include "cliprocess.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace samen::test;

namespace {

QString said(const CliRun &run)
{
    return QString::fromUtf8(run.out + run.err);
}

} // namespace

TEST_CASE("samen-cli demo writes the demo plan in the language asked for", "[cli][language]")
{
    TestDir dutch, english;
    REQUIRE(runCli(dutch.path(), { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("demo") }).exitCode == 0);
    REQUIRE(runCli(english.path(), { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("demo") }).exitCode == 0);

    // Listed in English both times: what differs is the plan's own text, as it was written.
    const QString dutchGoals
        = said(runCli(dutch.path(), { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("goal"), QStringLiteral("list") }));
    const QString englishGoals
        = said(runCli(english.path(), { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("goal"), QStringLiteral("list") }));
    INFO(dutchGoals.toStdString() << "\n---\n" << englishGoals.toStdString());
    CHECK(dutchGoals.contains(QStringLiteral("Eén overzicht van al mijn schulden")));
    CHECK_FALSE(dutchGoals.contains(QStringLiteral("One overview of all my debts")));
    CHECK(englishGoals.contains(QStringLiteral("One overview of all my debts")));
    CHECK_FALSE(englishGoals.contains(QStringLiteral("Eén overzicht")));

    // The story too.
    const QString dutchPlan
        = said(runCli(dutch.path(), { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("plan"), QStringLiteral("show") }));
    INFO(dutchPlan.toStdString());
    CHECK(dutchPlan.contains(QStringLiteral("Mijn verhaal")));
    CHECK_FALSE(dutchPlan.contains(QStringLiteral(" my ")));
}

TEST_CASE("A language Samen does not speak is refused, naming the ones it does", "[cli][language]")
{
    TestDir dir;
    const CliRun cli = runCli(dir.path(), { QStringLiteral("--language"), QStringLiteral("ar"), QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(cli.exitCode == 2);
    const QString cliSaid = QString::fromUtf8(cli.err);
    INFO(cliSaid.toStdString());
    CHECK(cliSaid.contains(QStringLiteral("nl")));
    CHECK(cliSaid.contains(QStringLiteral("en")));

    // The app: before any window, with what to use instead for a right-to-left layout.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SAMEN_BIN_DIR "/samen"),
              { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--language"), QStringLiteral("ar"), QStringLiteral("--self-test") });
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitCode() == 2);
    const QString appSaid = QString::fromUtf8(app.readAllStandardError());
    INFO(appSaid.toStdString());
    CHECK(appSaid.contains(QStringLiteral("nl (Nederlands)")));
    CHECK(appSaid.contains(QStringLiteral("en (English)")));
    CHECK(appSaid.contains(QStringLiteral("--layout rtl")));

    // A text size or layout that does not exist is refused the same way.
    for (const QStringList &wrong :
         { QStringList { QStringLiteral("--text-scale"), QStringLiteral("3") }, QStringList { QStringLiteral("--text-scale"), QStringLiteral("groot") },
           QStringList { QStringLiteral("--layout"), QStringLiteral("upside-down") } }) {
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(SAMEN_BIN_DIR "/samen"), QStringList { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--self-test") } + wrong);
        REQUIRE(bad.waitForFinished(30000));
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        CHECK(bad.exitCode() == 2);
    }
}

TEST_CASE("samen-cli speaks the system's language: LANG, LC_MESSAGES and LC_ALL as POSIX orders them, and --language first", "[cli][language]")
{
    // Review 4, R4-23: with LANG=nl_NL.UTF-8 samen-cli spoke English.
    TestDir dir;
    const auto under = [&](std::initializer_list<std::pair<const char *, const char *>> vars, const QStringList &before = {}) {
        // Every variable said, the others empty (an empty one counts as not set), whatever the test's own environment.
        QProcessEnvironment env;
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE" })
            env.insert(QLatin1String(name), QString());
        for (const auto &[name, value] : vars)
            env.insert(QLatin1String(name), QLatin1String(value));
        const CliRun run = runCli(dir.path(), before + QStringList { QStringLiteral("no-such-command") }, QStringLiteral("correct horse 42"), env);
        CHECK(run.exitCode == 2);
        return QString::fromUtf8(run.err);
    };
    const QString dutch = QStringLiteral("Onbekende opdracht");
    const QString english = QStringLiteral("Unknown command");
    CHECK(under({ { "LANG", "nl_NL.UTF-8" } }).contains(dutch));
    CHECK(under({ { "LANG", "nl_BE" } }).contains(dutch));
    CHECK(under({ { "LANG", "C.UTF-8" }, { "LC_MESSAGES", "nl_NL.UTF-8" } }).contains(dutch));
    CHECK(under({ { "LANG", "en_GB.UTF-8" }, { "LC_ALL", "nl_NL.UTF-8" } }).contains(dutch));
    CHECK(under({ { "LANG", "en_GB.UTF-8" }, { "LANGUAGE", "nl:en" } }).contains(dutch));
    CHECK(under({ { "LANG", "nl_NL.UTF-8" }, { "LC_ALL", "en_GB.UTF-8" } }).contains(english));
    CHECK(under({ { "LANG", "C.UTF-8" } }).contains(english));
    CHECK(under({ { "LANG", "C.UTF-8" }, { "LANGUAGE", "nl" } }).contains(english)); // as gettext: LANGUAGE counts only with a locale set
    CHECK(under({ { "LANG", "de_DE.UTF-8" } }).contains(english));
    // --language wins over the system, both ways.
    CHECK(under({ { "LANG", "nl_NL.UTF-8" } }, { QStringLiteral("--language"), QStringLiteral("en") }).contains(english));
    CHECK(under({ { "LANG", "C.UTF-8" } }, { QStringLiteral("--language"), QStringLiteral("nl") }).contains(dutch));
}
