#include "cli/climain.h"

#include "cli/accesscommands.h"
#include "cli/caseloadcommands.h"
#include "cli/clicontext.h"
#include "cli/erasecommand.h"
#include "cli/fhircommands.h"
#include "cli/meetingcommands.h"
#include "cli/networkcommands.h"
#include "cli/plancommands.h"
#include "cli/synccommands.h"
#include "cli/workcommands.h"
#include "core/paths.h"
#include "core/versions.h"
#include "domain/texthygiene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <functional>

namespace samen::cli {

namespace {

struct Command {
    QStringList words; ///< e.g. {"goal", "add"}
    std::function<int(CliContext &)> run;
    const char *summary;
    /**
     * Kept for scripts, not listed: a newer command does the same by name (grant set: access set; join confirm: member
     * let-in). Its own --help still answers (trial after stop 36: help showed both, the older ones wanting ids).
     */
    bool older = false;
};

int cmdVersion(CliContext &ctx)
{
    const Versions v = versions();
    return ctx.done(QJsonObject { { QStringLiteral("samen"), v.samen },
                                  { QStringLiteral("qt"), v.qt },
                                  { QStringLiteral("sqlcipher"), v.sqlcipher },
                                  { QStringLiteral("sqlite"), v.sqlite },
                                  { QStringLiteral("cryptoProvider"), v.cryptoProvider } },
                    QCoreApplication::translate("samen", "Samen %1\nQt %2\nSQLCipher %3 (crypto: %4)\nSQLite %5")
                        .arg(v.samen, v.qt, v.sqlcipher, v.cryptoProvider, v.sqlite));
}

const QList<Command> &commands()
{
    static const QList<Command> list {
        { { QStringLiteral("version") }, cmdVersion, QT_TRANSLATE_NOOP("samen", "print the versions of Samen, Qt, SQLCipher and SQLite") },
        { { QStringLiteral("init") }, cmdInit, QT_TRANSLATE_NOOP("samen", "--name NAME [--framework default|positive-health|self-reliance]: make a new plan") },
        { { QStringLiteral("demo") }, cmdDemo, QT_TRANSLATE_NOOP("samen", "[--extra-goals N]: make Robin's demo plan") },
        { { QStringLiteral("plan"), QStringLiteral("show") }, cmdPlanShow, QT_TRANSLATE_NOOP("samen", "show the whole plan") },
        { { QStringLiteral("erase") },
          cmdErase,
          QT_TRANSLATE_NOOP("samen", "[--yes] [--this-device-only]: erase the plan from this device and, as its owner, at the service (asks twice)") },
        { { QStringLiteral("story"), QStringLiteral("set") }, cmdStorySet, QT_TRANSLATE_NOOP("samen", "TEXT: write my story") },
        { { QStringLiteral("domain"), QStringLiteral("list") }, cmdDomainList, QT_TRANSLATE_NOOP("samen", "life domains, most important first") },
        { { QStringLiteral("domain"), QStringLiteral("prioritize") }, cmdDomainPrioritize, QT_TRANSLATE_NOOP("samen", "KEY...: put domains in this order") },
        { { QStringLiteral("domain"), QStringLiteral("assess") },
          cmdDomainAssess,
          QT_TRANSLATE_NOOP("samen", "KEY --score 1-10 [--note TEXT]: how is it going") },
        { { QStringLiteral("goal"), QStringLiteral("add") },
          cmdGoalAdd,
          QT_TRANSLATE_NOOP("samen", "--domain KEY TITLE [--why TEXT] [--due DATE]: add a goal") },
        { { QStringLiteral("goal"), QStringLiteral("list") }, cmdGoalList, QT_TRANSLATE_NOOP("samen", "goals and their steps") },
        { { QStringLiteral("step"), QStringLiteral("add") },
          cmdStepAdd,
          QT_TRANSLATE_NOOP("samen", "GOAL TITLE [--owner NAME] [--due DATE]: a step of a goal (its title or the start of it), and who does it") },
        { { QStringLiteral("step"), QStringLiteral("done") },
          cmdStepDone,
          QT_TRANSLATE_NOOP("samen", "STEP [--undo]: mark a step done, or not done after all (its title or the start of it)") },
        { { QStringLiteral("member"), QStringLiteral("add") },
          cmdMemberAdd,
          QT_TRANSLATE_NOOP("samen", "--kind KIND --name N [--organisation O] [--role R] [--domains K,...]: add someone to the plan") },
        { { QStringLiteral("member"), QStringLiteral("list") },
          cmdPeopleList,
          QT_TRANSLATE_NOOP("samen", "everyone in the plan: in it, waiting to be let in, invited") },
        { { QStringLiteral("member"), QStringLiteral("let-in") },
          cmdMemberLetIn,
          QT_TRANSLATE_NOOP("samen", "NAME|ID: let someone who joined with your invitation in") },
        { { QStringLiteral("member"), QStringLiteral("decline") }, cmdMemberDecline, QT_TRANSLATE_NOOP("samen", "NAME|ID: do not let someone who joined in") },
        { { QStringLiteral("access"), QStringLiteral("set") },
          cmdAccessSet,
          QT_TRANSLATE_NOOP("samen", "NAME|ID DOMAIN none|read|write [--purpose TEXT] [--until DATE]: what a person may see and change") },
        { { QStringLiteral("coordinator"), QStringLiteral("set") },
          cmdCoordinatorSet,
          QT_TRANSLATE_NOOP("samen", "NAME|MEMBER_ID --note TEXT: hand over the coordinator role") },
        { { QStringLiteral("coordinator"), QStringLiteral("history") },
          cmdCoordinatorHistory,
          QT_TRANSLATE_NOOP("samen", "who coordinated the plan, and when") },
        { { QStringLiteral("professionals") },
          cmdProfessionals,
          QT_TRANSLATE_NOOP("samen", "everyone who helps: the coordinator first, then each professional, then who helped before") },
        { { QStringLiteral("meeting"), QStringLiteral("add") },
          cmdMeetingAdd,
          QT_TRANSLATE_NOOP("samen",
                            "TITLE --at DATE_TIME [--minutes N] [--place P] [--video-link URL] [--with NAME...] [--agenda DOMAIN...] [--point TEXT...]: "
                            "plan a meeting") },
        { { QStringLiteral("meeting"), QStringLiteral("list") }, cmdMeetingList, QT_TRANSLATE_NOOP("samen", "meetings, newest first") },
        { { QStringLiteral("meeting"), QStringLiteral("show") }, cmdMeetingShow, QT_TRANSLATE_NOOP("samen", "MEETING: one meeting with its agreements") },
        { { QStringLiteral("meeting"), QStringLiteral("held") }, cmdMeetingHeld, QT_TRANSLATE_NOOP("samen", "MEETING [--notes TEXT]: the meeting took place") },
        { { QStringLiteral("meeting"), QStringLiteral("record") },
          cmdMeetingRecord,
          QT_TRANSLATE_NOOP("samen", "TITLE --at DATE_TIME [--notes TEXT] and the options of meeting add: write down a meeting that already took place") },
        { { QStringLiteral("agreement"), QStringLiteral("add") },
          cmdAgreementAdd,
          QT_TRANSLATE_NOOP("samen", "WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]: record an agreement") },
        { { QStringLiteral("agreement"), QStringLiteral("list") }, cmdAgreementList, QT_TRANSLATE_NOOP("samen", "agreements, with who and when") },
        { { QStringLiteral("agreement"), QStringLiteral("evaluate") },
          cmdAgreementEvaluate,
          QT_TRANSLATE_NOOP("samen",
                            "AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]: how an agreement went, and who takes it on") },
        { { QStringLiteral("export") },
          cmdExport,
          QT_TRANSLATE_NOOP("samen", "--fhir FILE [--replace]: save the whole plan as one FHIR R4 file (only you can read it)") },
        { { QStringLiteral("import") }, cmdImport, QT_TRANSLATE_NOOP("samen", "FILE: bring back a plan exported by Samen (into a folder without a plan)") },
        { { QStringLiteral("history") }, cmdHistory, QT_TRANSLATE_NOOP("samen", "GOAL|STEP|ID: every change, old values included") },
        { { QStringLiteral("restore") }, cmdRestore, QT_TRANSLATE_NOOP("samen", "GOAL|STEP|ID [FIELD] OP_ID: bring back an earlier value") },
        { { QStringLiteral("passphrase"), QStringLiteral("change") },
          cmdPassphraseChange,
          QT_TRANSLATE_NOOP("samen", "choose a new passphrase (asked in a terminal; else SAMEN_NEW_PASSPHRASE)") },
        { { QStringLiteral("connect") },
          cmdConnect,
          QT_TRANSLATE_NOOP("samen",
                            "--service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], or LINK: enrol this device, register "
                            "the plan (in an empty folder with the link or code of device add: your next device; with a professional's code: a "
                            "caseload device)") },
        // One line each (trial after stop 36: the three in one long line).
        { { QStringLiteral("caseload"), QStringLiteral("restore") },
          cmdCaseloadRestore,
          QT_TRANSLATE_NOOP("samen", "on a professional's device, the plans erased from this device come back") },
        { { QStringLiteral("caseload"), QStringLiteral("leave") },
          cmdCaseloadLeave,
          QT_TRANSLATE_NOOP("samen", "--plan PLAN [--yes]: you leave the citizen's plan (they see it) and it leaves your devices") },
        { { QStringLiteral("caseload") },
          cmdCaseload,
          QT_TRANSLATE_NOOP("samen", "[--search NAME]: on a professional's device, every citizen's plan, most needing attention first") },
        { { QStringLiteral("sync"), QStringLiteral("status") },
          cmdSyncStatus,
          QT_TRANSLATE_NOOP("samen",
                            "synced, changes waiting, offline since, refused changes; on a professional's device the whole caseload "
                            "(--plan: one plan)") },
        { { QStringLiteral("sync"), QStringLiteral("retry") }, cmdSyncRetry, QT_TRANSLATE_NOOP("samen", "OP_ID|--all: send refused changes again") },
        { { QStringLiteral("sync"), QStringLiteral("discard") },
          cmdSyncDiscard,
          QT_TRANSLATE_NOOP("samen", "OP_ID|--all: drop refused changes from this device") },
        { { QStringLiteral("sync") }, cmdSync, QT_TRANSLATE_NOOP("samen", "[--watch]: send waiting changes and fetch new ones (one round, or until stopped)") },
        { { QStringLiteral("repair") },
          cmdRepair,
          QT_TRANSLATE_NOOP("samen", "rebuild a damaged plan file: keep it aside, keep unsent changes, fetch the plan from the service again") },
        { { QStringLiteral("device"), QStringLiteral("list") }, cmdDeviceList, QT_TRANSLATE_NOOP("samen", "the devices of your account at the service") },
        { { QStringLiteral("device"), QStringLiteral("revoke") },
          cmdDeviceRevoke,
          QT_TRANSLATE_NOOP("samen", "NAME [--yes]: a device of your account (see device list) may no longer sign in (asks first)") },
        { { QStringLiteral("device"), QStringLiteral("add") },
          cmdDeviceAdd,
          QT_TRANSLATE_NOOP("samen", "a one-time code and link to connect your next device (connect LINK)") },
        { { QStringLiteral("invite"), QStringLiteral("list") }, cmdInviteList, QT_TRANSLATE_NOOP("samen", "invitations not yet redeemed") },
        { { QStringLiteral("invite"), QStringLiteral("withdraw") },
          cmdInviteWithdraw,
          QT_TRANSLATE_NOOP("samen", "NAME: the invitation for this person; its code no longer works") },
        { { QStringLiteral("grant"), QStringLiteral("set") },
          cmdGrantSet,
          QT_TRANSLATE_NOOP("samen", "MEMBER_ID DOMAIN read|write|none: what a member may see and change (by name: access set)"),
          true },
        { { QStringLiteral("member"), QStringLiteral("revoke") },
          cmdMemberRevoke,
          QT_TRANSLATE_NOOP("samen", "NAME_OR_ID [--yes]: remove someone from the plan at the service (asks first)") },
        { { QStringLiteral("log") },
          cmdLog,
          QT_TRANSLATE_NOOP("samen", "[--member NAME|ID]: who looked at or changed what, and when (the service's access log), in words") },
        { { QStringLiteral("invite"), QStringLiteral("create") },
          cmdInviteCreate,
          QT_TRANSLATE_NOOP("samen",
                            "--kind network|professional --name N --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose P] "
                            "[--until DATE] [--member NAME|ID] [--expires 7d]: prints a one-time code and link") },
        { { QStringLiteral("join"), QStringLiteral("confirm") },
          cmdJoinConfirm,
          QT_TRANSLATE_NOOP("samen", "MEMBER_ID: let someone who redeemed your invitation in (by name: member let-in)"),
          true },
        { { QStringLiteral("join") },
          cmdJoin,
          QT_TRANSLATE_NOOP(
              "samen",
              "LINK|CODE [--name NAME] [--preview] [--service URL] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE]: join a plan you were invited to") },
    };
    return list;
}

/** The commands that work, or say what happened, on a caseload device the service revoked (the rest: CliContext::refuseIfRevoked). */
bool handlesRevocation(const QStringList &words, bool planGiven)
{
    const QString first = words.value(0);
    if (first == QLatin1String("version") || first == QLatin1String("connect") || first == QLatin1String("erase") || first == QLatin1String("caseload"))
        return true;
    if (words == QStringList { QStringLiteral("sync") })
        return true;
    return words == QStringList { QStringLiteral("sync"), QStringLiteral("status") } && !planGiven;
}

/** One command's line: its words, then its arguments and what it does ("goal add --domain KEY ...: ..."), or, for a
 * command without arguments, a colon before what it does ("plan show: show the whole plan"; trial after stop 36). */
QString commandLine(const Command &c)
{
    const QString summary = QCoreApplication::translate("samen", c.summary);
    const QChar first = summary.isEmpty() ? QChar() : summary.front();
    const bool arguments = first.isUpper() || first == QLatin1Char('[') || first == QLatin1Char('-');
    return QStringLiteral("%1%2 %3").arg(c.words.join(QLatin1Char(' ')), arguments ? QString() : QStringLiteral(":"), summary);
}

QString helpText()
{
    QString text = QCoreApplication::translate(
        "samen", "Usage: samen-cli [--data-dir DIR] [--json] [--language nl|en] [--plan PLAN_ID_OR_NAME] COMMAND ...\n\nCommands:\n");
    for (const Command &c : commands()) {
        if (!c.older)
            text += QStringLiteral("  %1\n").arg(commandLine(c));
    }
    text += QCoreApplication::translate("samen",
                                        "\nThe passphrase comes from SAMEN_PASSPHRASE or is asked without showing it.\n"
                                        "Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid input, 4 wrong passphrase or key,\n"
                                        "5 damaged, not a Samen file or too new (a damaged file: samen-cli repair).\n");
    return text;
}

/** Messages and the demo plan's texts in that language (nl or en); English is the source. Installed once. */
void useLanguage(const QString &language)
{
    static QTranslator *installed = nullptr;
    if (installed)
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("samen_%1").arg(language), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        installed = translator;
    } else {
        delete translator;
    }
}

/**
 * The language of the person's system, as POSIX programs choose their messages' language: LC_ALL, else
 * LC_MESSAGES, else LANG (the first one set); with a locale other than C or POSIX, GNU's LANGUAGE list
 * (its first entry) comes first. "nl" when that is Dutch (nl, nl_NL.UTF-8, nl_BE), else "en" (review 4, R4-23).
 */
QString systemLanguage()
{
    QString locale;
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        locale = qEnvironmentVariable(name).trimmed();
        if (!locale.isEmpty())
            break;
    }
    if (locale.isEmpty() || locale == QLatin1String("C") || locale.startsWith(QLatin1String("C.")) || locale == QLatin1String("POSIX"))
        return QStringLiteral("en");
    if (const QString list = qEnvironmentVariable("LANGUAGE").trimmed(); !list.isEmpty())
        locale = list.section(QLatin1Char(':'), 0, 0);
    const QString language = locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0).toLower();
    return language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
}

/** The command whose words the typed words start with (`goal list ...`), or null. */
const Command *findCommand(const QStringList &words)
{
    const auto found = std::find_if(commands().cbegin(), commands().cend(), [&](const Command &c) { return words.mid(0, c.words.size()) == c.words; });
    return found == commands().cend() ? nullptr : &*found;
}

/** True when words ask for help (--help or -h) before a "--", after which every word is the command's own. */
bool asksHelp(const QStringList &words)
{
    const QStringList before = words.mid(0, words.contains(QLatin1String("--")) ? words.indexOf(QLatin1String("--")) : words.size());
    return before.contains(QLatin1String("--help")) || before.contains(QLatin1String("-h"));
}

/**
 * The line of each command `which` picks ("samen-cli goal add ...: ..."), one per line, first (when given and picked)
 * the one asked for; empty when it picks none.
 */
QString helpLinesOf(const std::function<bool(const Command &)> &which, const Command *first = nullptr)
{
    QString lines = first && which(*first) ? QStringLiteral("samen-cli %1\n").arg(commandLine(*first)) : QString();
    for (const Command &c : commands()) {
        if (&c != first && !c.older && which(c))
            lines += QStringLiteral("samen-cli %1\n").arg(commandLine(c));
    }
    return lines;
}

/** Prints the line of each command `which` picks, then where every command is: ExitOk; -1 (nothing printed) when it picks none. */
int printHelpOf(const std::function<bool(const Command &)> &which, const Command *first = nullptr)
{
    const QString lines = helpLinesOf(which, first);
    if (lines.isEmpty())
        return -1;
    QTextStream(stdout) << lines << QCoreApplication::translate("samen", "Every command: samen-cli help") << '\n';
    return ExitOk;
}

/** Whether a command's words start with words (`goal` picks goal add, goal list, ...). */
bool startsWith(const Command &c, const QStringList &words)
{
    return !words.isEmpty() && c.words.mid(0, words.size()) == words;
}

/**
 * Whether a word the command takes for a name, title or id is empty: "" typed (or only spaces and invisible
 * characters), which read back as "Nobody called  is ..." or "called ." (trial after stop 40). Option values (the word
 * after --x, or after "=") are the command's to judge (`--why ""` clears a text); story set takes "" to clear the story.
 */
bool hasBlankWord(const Command &c, const QStringList &rest)
{
    if (c.words == QStringList { QStringLiteral("story"), QStringLiteral("set") })
        return false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == QLatin1String("--"))
            continue;
        if (rest[i].startsWith(QLatin1String("--"))) {
            if (!rest[i].contains(QLatin1Char('=')))
                ++i; // its value, or (for a flag) a word this check leaves alone
            continue;
        }
        if (TextHygiene::withoutInvisible(rest[i]).trimmed().isEmpty())
            return true;
    }
    return false;
}

QString planNeedsValue()
{
    return QCoreApplication::translate("samen", "--plan needs a value: the plan's id or the citizen's name.");
}

} // namespace

int cliMain(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString dataDir = defaultDataDir();
    QString plan;
    bool planGiven = false;
    bool json = false;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--json")) {
            json = true;
        } else if (opt == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
        } else if (opt == QLatin1String("--plan") && !args.isEmpty()) {
            plan = args.takeFirst();
            planGiven = true;
        } else if (opt == QLatin1String("--language") && !args.isEmpty()) {
            const QString language = args.takeFirst();
            if (language != QLatin1String("en") && language != QLatin1String("nl")) {
                CliContext ctx(dataDir, json, {});
                return ctx.usage(QCoreApplication::translate("samen", "--language must be nl or en."));
            }
            useLanguage(language);
        } else if (opt == QLatin1String("--help")) {
            args = { QStringLiteral("help") };
        } else {
            CliContext ctx(dataDir, json, {});
            return ctx.usage(QCoreApplication::translate("samen", "Unknown or incomplete option %1.").arg(opt));
        }
    }
    // `help goal` (or `help goal add`): those commands only (trial after stop 36: the whole list, or nothing).
    if (args.size() > 1 && args.first() == QLatin1String("help")) {
        const QStringList asked = args.mid(1);
        if (const int shown = printHelpOf([&asked](const Command &c) { return startsWith(c, asked); }); shown >= 0)
            return shown;
    }
    if (args.isEmpty() || args.first() == QLatin1String("help")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << helpText();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (const Command *found = findCommand(args)) {
        const Command &c = *found;
        // --plan (a caseload's plan) and --json may come anywhere after the command too (up to a "--", after which
        // every word is the command's own): `caseload --json` as the README writes it (review 6, #5).
        QStringList rest = args.mid(c.words.size());
        // `join --help`: the command's own line, not "--help needs a value" (trial after stop 35).
        // `caseload --help`: caseload, caseload restore and caseload leave (the commands its words start).
        if (asksHelp(rest))
            return printHelpOf([&c](const Command &other) { return startsWith(other, c.words); }, &c);
        for (qsizetype i = 0; i < rest.size() && rest[i] != QLatin1String("--");) {
            if (rest[i] == QLatin1String("--plan")) {
                plan = i + 1 < rest.size() ? rest[i + 1] : QString();
                rest.remove(i, std::min<qsizetype>(2, rest.size() - i));
                planGiven = true;
            } else if (rest[i] == QLatin1String("--json")) {
                json = true;
                rest.remove(i);
            } else {
                ++i;
            }
        }
        // A --plan without a value (or only spaces) is said, never dropped as if it were not typed (review 3, #19).
        plan = plan.trimmed();
        if (planGiven && plan.isEmpty()) {
            CliContext ctx(dataDir, json, {});
            return ctx.usage(planNeedsValue());
        }
        // A file where the data folder should be: said as such, not a plan to make that cannot be made (trial after stop 36).
        if (const QFileInfo where(dataDir); where.exists() && !where.isDir()) {
            CliContext ctx(dataDir, json, {});
            return ctx.usage(
                QCoreApplication::translate("samen", "%1 is a file, not a folder. Give --data-dir a folder (a new or empty one for a new plan).").arg(dataDir));
        }
        if (hasBlankWord(c, rest)) {
            CliContext ctx(dataDir, json, {});
            // Bad input, as a title of only invisible characters is (exit 3): said before the command reads it.
            return ctx.fail(Error { ErrorCode::Validation,
                                    QCoreApplication::translate("samen",
                                                                "One of the words you typed is empty: quotes with nothing between them. Type the name or text "
                                                                "between the quotes. Nothing was changed.")
                                        + QLatin1Char('\n') + QStringLiteral("samen-cli ") + commandLine(c) });
        }
        CliContext ctx(dataDir, json, rest);
        ctx.setPlanChoice(plan);
        ctx.setAddressTyped(c.words.first() == QLatin1String("connect") || rest.contains(QLatin1String("--service")));
        // A revoked professional's device: every command says so and how to connect again (review 6, #1), but those that
        // say it themselves or are the way back (connect; caseload, sync and the caseload's sync status word it with the
        // notices) and those that need no service (version, erase).
        if (!handlesRevocation(c.words, planGiven)) {
            if (Status ok = ctx.refuseIfRevoked(); !ok)
                return ctx.fail(ok.error());
        }
        return c.run(ctx);
    }
    // `goal --help` and `goal help`: the commands that start with that word.
    const auto inGroup = [&args](const Command &c) { return c.words.first() == args.first(); };
    if (args.size() > 1 && (asksHelp(args.mid(1)) || args.mid(1) == QStringList { QStringLiteral("help") })) {
        if (const int shown = printHelpOf(inGroup); shown >= 0)
            return shown;
    }
    CliContext ctx(dataDir, json, {});
    // `goal` alone, or with a word it does not know: what goal can be followed by (trial after stop 36: "Unknown command").
    if (const QString group = helpLinesOf(inGroup); !group.isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Say what to do with %1, with one of these:").arg(args.first()) + QLatin1Char('\n')
                         + group.trimmed());
    // `--plan goal list`: the command's first word was taken as the plan, so what is left is no command. Said as the
    // missing value it is, not as an unknown command (new-user trial after stop 32).
    if (planGiven && findCommand(QStringList { plan } + args))
        return ctx.usage(planNeedsValue());
    return ctx.usage(QCoreApplication::translate("samen", "Unknown command \"%1\".").arg(args.join(QLatin1Char(' ')).left(60)));
}

int cliMain(int argc, char **argv)
{
    // The language is known before any argument is checked, so even that message is in it.
    for (int i = 1; i + 1 < argc && QByteArrayView(argv[i]).startsWith("--"); ++i) {
        const QByteArrayView opt(argv[i]), value(argv[i + 1]);
        if (opt == "--language" && (value == "nl" || value == "en"))
            useLanguage(QString::fromLatin1(argv[i + 1]));
        if (opt == "--language" || opt == "--data-dir" || opt == "--plan")
            ++i; // their value
    }
    // Without --language, the system's: LANG=nl_NL.UTF-8 (or LC_ALL, LC_MESSAGES) speaks Dutch (a no-op when --language was given).
    useLanguage(systemLanguage());
    for (int i = 1; i < argc; ++i) {
        if (!TextHygiene::isValidUtf8(QByteArrayView(argv[i]))) {
            bool json = false;
            for (int j = 1; j < argc && !json; ++j)
                json = QByteArrayView(argv[j]) == "--json";
            CliContext ctx(defaultDataDir(), json, {});
            return ctx.fail(Error { ErrorCode::Validation,
                                    QCoreApplication::translate("samen",
                                                                "Argument %1 is not valid text (UTF-8). Nothing was changed. Type it again, or check the "
                                                                "terminal's character set.")
                                        .arg(i) });
        }
    }
    return cliMain(QCoreApplication::arguments());
}

} // namespace samen::cli
