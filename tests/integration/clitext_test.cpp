// samen-cli and text hygiene, through the real binary: hostile text exits 3 and changes
// nothing (arguments that are not UTF-8 included), people's text is isolated in text
// output, and --json output stays valid JSON even for text stored before these rules.
#include "cliprocess.h"
#include "domain/texthygiene.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "sync/operation.h"
#include "sync/uuid7.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>

using namespace samen;
using namespace samen::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse 42");

QByteArray dbHash(const TestDir &dir)
{
    return QCryptographicHash::hash(readRaw(QDir(dir.path()).filePath(QStringLiteral("samen.db"))), QCryptographicHash::Sha256);
}

QString cp(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

/** Runs samen-cli through /bin/sh so an argument can hold raw bytes (printf's octal escapes). */
CliRun runCliRaw(const QString &dataDir, const QString &shellArgs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), kPassphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("exec \"$0\" --data-dir \"$1\" ") + shellArgs, QStringLiteral(SAMEN_BIN_DIR "/samen-cli"), dataDir });
    CliRun run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

TEST_CASE("samen-cli refuses hostile text with exit 3 and changes nothing", "[cli][text]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    const QByteArray before = dbHash(dir);
    const QString zwsp = cp(0x200B);
    struct Case {
        const char *name;
        QStringList args;
    };
    const QList<Case> cases {
        { "a goal title of zero-width spaces",
          { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), zwsp + zwsp } },
        { "a goal title with a right-to-left override",
          { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"),
            QStringLiteral("Pay ") + cp(0x202E) + QStringLiteral("tned") } },
        { "a member name with a right-to-left override",
          { QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("network"), QStringLiteral("--name"),
            cp(0x202E) + QStringLiteral("nibor") } },
        { "a story with an override", { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("ab") + cp(0x202D) + QStringLiteral("cd") } },
        { "an invitation for a name with a right-to-left override",
          { QStringLiteral("invite"), QStringLiteral("create"), QStringLiteral("--kind"), QStringLiteral("network"), QStringLiteral("--name"),
            cp(0x202E) + QStringLiteral("aras"), QStringLiteral("--grant"), QStringLiteral("money:read") } },
        { "a noncharacter in a title", { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), cp(0xFFFF) } },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const CliRun run = runCli(dir.path(), QStringList { QStringLiteral("--json") } + c.args);
        CHECK(run.exitCode == 3);
        CHECK(run.object().value(QStringLiteral("error")).toString() == QStringLiteral("validation"));
        CHECK_FALSE(run.err.isEmpty());
    }
    // Bytes that are not UTF-8 at all: Qt would decode them to U+FFFD; samen-cli looks first.
    for (const char *raw : { "\\377abc", "abc\\355\\240\\200", "\\300\\257" }) {
        INFO(raw);
        const CliRun run = runCliRaw(dir.path(), QStringLiteral("--json goal add --domain money \"$(printf '%1')\"").arg(QLatin1String(raw)));
        CHECK(run.exitCode == 3);
        CHECK(run.object().value(QStringLiteral("error")).toString() == QStringLiteral("validation"));
        CHECK(run.err.contains("not valid text"));
    }
    CHECK(dbHash(dir) == before);
    CHECK(runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") }).json().array().isEmpty());
    // Right-to-left text that follows the rules is fine.
    CHECK(runCli(dir.path(), { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"), QStringLiteral("سكن") })
              .exitCode
          == 0);
}

TEST_CASE("samen-cli prints people's text isolated, and valid JSON even for a lone surrogate stored before these rules", "[cli][text]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    const CliRun added = runCli(dir.path(),
                                { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"),
                                  QStringLiteral("Rent") });
    REQUIRE(added.exitCode == 0);
    const QString goalId = added.object().value(QStringLiteral("id")).toString();
    {
        // As a service without these rules synced it: a title ending in half a surrogate pair.
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store);
        HlcClock clock(QStringLiteral("old-service"));
        Operation op;
        op.opId = newUuid7();
        op.planId = store.value()->setting(QStringLiteral("planId"));
        op.entityType = QStringLiteral("goal");
        op.entityId = goalId;
        op.field = QStringLiteral("title");
        op.value = QStringLiteral("Huur ") + QChar(0xD800);
        op.hlc = clock.now();
        op.authorMemberId = store.value()->setting(QStringLiteral("memberId"));
        REQUIRE(store.value()->applyRemote({ op }));
    }
    const CliRun json = runCli(dir.path(), { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("list") });
    REQUIRE(json.exitCode == 0);
    CHECK(TextHygiene::isValidUtf8(json.out));
    CHECK_FALSE(json.out.contains("\\ud8"));
    REQUIRE(json.json().isArray());
    CHECK(json.json().array().first().toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Huur ") + cp(0xFFFD));

    const CliRun text = runCli(dir.path(), { QStringLiteral("goal"), QStringLiteral("list") });
    REQUIRE(text.exitCode == 0);
    CHECK(TextHygiene::isValidUtf8(text.out));
    CHECK(QString::fromUtf8(text.out).contains(cp(0x2068) + QStringLiteral("Huur ") + cp(0xFFFD) + cp(0x2069)));
}

TEST_CASE("samen-cli plan show names a text written in two places at once in words, never by its type or id", "[cli][text]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Tess") }).exitCode == 0);
    const CliRun added = runCli(dir.path(),
                                { QStringLiteral("--json"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("money"),
                                  QStringLiteral("Rent"), QStringLiteral("--why"), QStringLiteral("A roof") });
    REQUIRE(added.exitCode == 0);
    const QString goalId = added.object().value(QStringLiteral("id")).toString();
    {
        // Someone else wrote the reason at the same time, without seeing this one: both versions are kept.
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store);
        HlcClock clock(QStringLiteral("other-device"));
        Operation op;
        op.opId = newUuid7();
        op.planId = store.value()->setting(QStringLiteral("planId"));
        op.entityType = QStringLiteral("goal");
        op.entityId = goalId;
        op.field = QStringLiteral("why");
        op.value = QStringLiteral("Calm at home");
        op.hlc = clock.now();
        op.authorMemberId = newUuid7();
        REQUIRE(store.value()->applyRemote({ op }));
    }
    const CliRun shown = runCli(dir.path(), { QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(shown.exitCode == 0);
    const QString text = QString::fromUtf8(shown.out);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("reason why this matters of ") + cp(0x2068) + QStringLiteral("Rent") + cp(0x2069)));
    CHECK_FALSE(text.contains(goalId));
    CHECK_FALSE(text.contains(QStringLiteral(" of goal ")));
}

TEST_CASE("samen-cli says an empty name or title typed is empty, changes nothing, and story set takes one to clear the story", "[cli][text]")
{
    TestDir dir;
    REQUIRE(runCli(dir.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Robin") }).exitCode == 0);
    REQUIRE(runCli(dir.path(), { QStringLiteral("story"), QStringLiteral("set"), QStringLiteral("Letters keep coming") }).exitCode == 0);
    const QByteArray before = dbHash(dir);
    // Before: "Nobody called  is in the plan", "There is no goal called ." (trial after stop 40).
    const QList<QStringList> blank {
        { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("housing"), QString() },
        { QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("  ") },
        { QStringLiteral("member"), QStringLiteral("revoke"), cp(0x200B) + QStringLiteral(" ") + cp(0x2068) },
        { QStringLiteral("meeting"), QStringLiteral("held"), QString(), QStringLiteral("--notes"), QStringLiteral("Went well") },
    };
    for (const QStringList &args : blank) {
        const CliRun run = runCli(dir.path(), args);
        INFO(args.join(QLatin1Char('|')).toStdString() << "\n" << run.err.constData());
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains("One of the words you typed is empty: quotes with nothing between them."));
        CHECK(run.err.contains(run.suggested((args.first() + QLatin1Char(' ') + args.at(1)).toUtf8())));
        CHECK_FALSE(run.err.contains("called"));
    }
    CHECK(dbHash(dir) == before);
    // An option's empty value is the command's to judge, and story set "" clears the story as before.
    CHECK(runCli(dir.path(),
                 { QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"), QStringLiteral("housing"), QStringLiteral("--why"), QString(),
                   QStringLiteral("A room") })
              .exitCode
          == 0);
    REQUIRE(runCli(dir.path(), { QStringLiteral("story"), QStringLiteral("set"), QString() }).exitCode == 0);
    CHECK_FALSE(runCli(dir.path(), { QStringLiteral("plan"), QStringLiteral("show") }).out.contains("Letters keep coming"));
}
