// samen-cli's erase, repair and passphrase change on a professional's device (issue 14), through
// the real parts: two citizens' plans at the real samen-service over TLS, the professional's
// caseload as samen-cli processes in one data folder. Each says in plain words what it did, to
// which citizen's plan, and touches nothing else.
#include "caseloadcitizen.h"
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "store/caseloadfolder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

const QString kNewPassphrase = QStringLiteral("another horse 77");

CliRun cli(const TestDir &dir, const QStringList &args, int expectedExit = 0, const QString &passphrase = kPassphrase, const QProcessEnvironment &env = {})
{
    const CliRun run = runCli(dir.path(), args, passphrase, env);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.out.constData() << run.err.constData());
    CHECK(run.exitCode == expectedExit);
    return run;
}

QStringList citizensIn(const TestDir &pro, const QString &passphrase = kPassphrase)
{
    QStringList names;
    for (const QJsonValue &p :
         cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }, 0, passphrase).object().value(QStringLiteral("plans")).toArray())
        names << p[QStringLiteral("citizen")].toString();
    names.sort();
    return names;
}

QStringList goalTitles(const TestDir &pro, const QString &citizen, const QString &passphrase = kPassphrase)
{
    QStringList titles;
    for (const QJsonValue &g :
         cli(pro, { QStringLiteral("--json"), QStringLiteral("--plan"), citizen, QStringLiteral("goal"), QStringLiteral("list") }, 0, passphrase)
             .json()
             .array())
        titles << g[QStringLiteral("title")].toString();
    titles.sort();
    return titles;
}

/** No plan id, no database file name, no error code in what a person reads. */
void plain(const CliRun &run, const QStringList &planIds)
{
    for (const QString &id : planIds) {
        CHECK_FALSE(run.out.contains(id.toUtf8()));
        CHECK_FALSE(run.err.contains(id.toUtf8()));
    }
    CHECK_FALSE(QString::fromUtf8(run.out + run.err).contains(QRegularExpression(QStringLiteral("SQLITE|sqlcipher|Error code|\\bops\\."))));
}

} // namespace

TEST_CASE("On a professional's device samen-cli's passphrase change, repair and erase say plainly what they did and touch only that plan",
          "[sync][cli][caseload]")
{
    TestDir serviceDir, pro;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust), sam(QStringLiteral("Sam"), url, trust);
    cli(pro, professionalConnectArgs(service, serviceDir.path()));
    for (Citizen *c : { &robin, &sam }) {
        QString memberId;
        cli(pro,
            { QStringLiteral("join"),
              c->invite({ { QStringLiteral("housing"), QStringLiteral("write") }, { QStringLiteral("work"), QStringLiteral("read") } }, &memberId) });
        c->letIn(memberId);
    }
    cli(pro, { QStringLiteral("sync") });
    REQUIRE(citizensIn(pro) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
    const QStringList robinGoals { QStringLiteral("Robin goal housing"), QStringLiteral("Robin goal work") };
    REQUIRE(goalTitles(pro, QStringLiteral("Robin")) == robinGoals);
    const QStringList ids { robin.planId, sam.planId };

    SECTION("the caseload names life domains in the reader's language, whichever language the round that made the row spoke (review 3, finding 2)")
    {
        const CliRun dutch = cli(pro, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("caseload") });
        CHECK(dutch.out.contains("Wonen"));
        CHECK_FALSE(dutch.out.contains("Housing"));
        const QJsonArray rows = cli(pro, { QStringLiteral("--json"), QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("caseload") })
                                    .object()
                                    .value(QStringLiteral("plans"))
                                    .toArray();
        REQUIRE_FALSE(rows.isEmpty());
        QStringList labels;
        for (const QJsonValue &d : rows.first()[QStringLiteral("domains")].toArray())
            labels << d[QStringLiteral("label")].toString();
        CHECK(labels.contains(QStringLiteral("Wonen")));
        CHECK(cli(pro, { QStringLiteral("caseload") }).out.contains("Housing"));
    }

    SECTION("--plan and --search take part of the name, case and accents ignored, as the app's search (review 3, finding 4)")
    {
        CHECK(goalTitles(pro, QStringLiteral("ROB")) == robinGoals);
        CHECK(goalTitles(pro, QStringLiteral(" robin ")) == robinGoals);
        const QJsonArray found = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload"), QStringLiteral("--search"), QStringLiteral("SAM") })
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toArray();
        REQUIRE(found.size() == 1);
        CHECK(found[0][QStringLiteral("citizen")].toString() == QStringLiteral("Sam"));
        // No such name: the plans are listed, each name isolated (review 3, finding 6).
        const CliRun none = cli(pro, { QStringLiteral("--plan"), QStringLiteral("Kim"), QStringLiteral("goal"), QStringLiteral("list") }, 1);
        CHECK(none.err.contains("\u2068Sam\u2069 (--plan"));
    }

    SECTION("export of a citizen's plan says whose data it is and that it is what they share (review 3, finding 18)")
    {
        const QString file = pro.path() + QStringLiteral("/../robin-export.json");
        const CliRun exported = cli(pro, { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("export"), QStringLiteral("--fhir"), file });
        CHECK(exported.out.contains("What \u2068Robin\u2069 shares with you of their plan is saved in"));
        CHECK_FALSE(exported.out.contains("Your whole plan"));
        // Robin's plan as shared with André never becomes a plan of someone's own (trial after stop 36: it imported).
        TestDir elsewhere;
        const CliRun imported = cli(elsewhere, { QStringLiteral("import"), file }, 1);
        CHECK(imported.err.contains("It is their plan, not yours, so it cannot be imported as a plan of your own."));
        CHECK(QDir(elsewhere.path()).entryList(QDir::Files).isEmpty());
        QFile::remove(file);
    }

    SECTION("passphrase change: the new one opens the caseload and every plan in it, the old one nothing")
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SAMEN_NEW_PASSPHRASE"), kNewPassphrase);
        const CliRun changed = cli(pro, { QStringLiteral("passphrase"), QStringLiteral("change") }, 0, kPassphrase, env);
        CHECK(changed.out.contains("Your passphrase is changed"));
        plain(changed, ids);
        const CliRun old = cli(pro, { QStringLiteral("caseload") }, 4);
        CHECK(old.err.contains("passphrase"));
        plain(old, ids);
        CHECK(citizensIn(pro, kNewPassphrase) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
        CHECK(goalTitles(pro, QStringLiteral("Robin"), kNewPassphrase) == robinGoals);
        CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }, 0, kNewPassphrase).object().value(QStringLiteral("synced")).toInt() == 2);
    }

    SECTION("repair: a damaged plan is rebuilt and fetched again from the service; the other plan is untouched")
    {
        const CliRun nothing = cli(pro, { QStringLiteral("repair") });
        CHECK(nothing.out.contains("nothing to repair"));
        const QString robinDb = pro.path() + QStringLiteral("/plans/") + robin.planId + QStringLiteral("/samen.db");
        const QString samDb = pro.path() + QStringLiteral("/plans/") + sam.planId + QStringLiteral("/samen.db");
        const QByteArray samBefore = readRaw(samDb);
        const qint64 pages = QFileInfo(robinDb).size() / 4096;
        REQUIRE(pages >= 3);
        REQUIRE(flipByte(robinDb, (pages / 2) * 4096 + 200));
        // A byte flipped inside cannot be seen from outside: the open finds it.
        const CliRun damaged = cli(pro, { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("list") }, 5);
        // Whose plan, and the repair of that plan (trial after stop 36: "This plan file is damaged", and a plain repair).
        CHECK(damaged.err.contains("The file of \u2068Robin\u2069's plan on this device is damaged or incomplete."));
        CHECK(damaged.err.contains(damaged.suggested("repair --plan Robin")));
        // The caseload says so from then on, on Robin's row only (before: a row like any other).
        const CliRun listed = cli(pro, { QStringLiteral("caseload") });
        const QString listing = QString::fromUtf8(listed.out);
        INFO(listing.toStdString());
        CHECK(listing.count(QStringLiteral("The file of this plan on this device is damaged.")) == 1);
        CHECK(listing.contains(QString::fromUtf8(listed.suggested("repair --plan Robin"))));
        QString rowOfDamage; // the unindented line that heads the indented one saying so
        for (const QString &line : listing.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
                rowOfDamage = rowOfDamage.endsWith(QLatin1Char('!')) ? rowOfDamage : line;
            else if (line.contains(QStringLiteral("is damaged")))
                rowOfDamage += QLatin1Char('!');
        }
        CHECK(rowOfDamage.startsWith(QStringLiteral("\u2068Robin\u2069 (you:")));
        const QJsonArray rows = cli(pro, { QStringLiteral("--json"), QStringLiteral("caseload") }).object().value(QStringLiteral("plans")).toArray();
        for (const QJsonValue &r : rows)
            CHECK(r[QStringLiteral("damaged")].toBool() == (r[QStringLiteral("citizen")].toString() == QStringLiteral("Robin")));

        const CliRun repaired = cli(pro, { QStringLiteral("repair") });
        INFO(repaired.out.constData());
        CHECK(repaired.out.contains("\u2068Robin\u2069's plan could not be read on this device"));
        CHECK(repaired.out.contains("fetched again from the service"));
        CHECK_FALSE(repaired.out.contains("Sam"));
        plain(repaired, {}); // the kept file's path names the plan's folder
        CHECK(goalTitles(pro, QStringLiteral("Robin")) == robinGoals);
        CHECK(readRaw(samDb) == samBefore);
        CHECK(QDir(pro.path() + QStringLiteral("/plans/") + robin.planId).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs).size() == 1);
        CHECK_FALSE(cli(pro, { QStringLiteral("caseload") }).out.contains("is damaged"));
        // Damage seen from outside (a file cut short) is listed without opening the plan.
        QFile cut(samDb);
        REQUIRE(cut.resize(cut.size() - 100));
        const CliRun cutShort = cli(pro, { QStringLiteral("caseload") });
        CHECK(QString::fromUtf8(cutShort.out).count(QStringLiteral("The file of this plan on this device is damaged.")) == 1);
        CHECK(cutShort.out.contains(cutShort.suggested("repair --plan Sam")));
        REQUIRE(cli(pro, { QStringLiteral("repair"), QStringLiteral("--plan"), QStringLiteral("Sam") }).exitCode == 0);
        CHECK_FALSE(cli(pro, { QStringLiteral("caseload") }).out.contains("is damaged"));
        // A change made after the repair reaches Robin: the rebuilt copy syncs as before.
        cli(pro,
            { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
              QStringLiteral("housing"), QStringLiteral("Visit the housing office") });
        cli(pro, { QStringLiteral("sync") });
        REQUIRE(robin.device->sync());
        bool arrived = false;
        for (const QJsonObject &g : robin.device->store->entities(robin.planId, QStringLiteral("goal")))
            arrived = arrived || g.value(QStringLiteral("title")).toString() == QStringLiteral("Visit the housing office");
        CHECK(arrived);
    }

    SECTION("erase: says which plans there are, asks, and takes only the named citizen's plan off this device")
    {
        const CliRun which = cli(pro, { QStringLiteral("erase") }, 2);
        CHECK(which.err.contains("Robin"));
        CHECK(which.err.contains("Sam"));
        CHECK(citizensIn(pro).size() == 2);
        // No answer (no terminal): nothing is erased.
        const CliRun unanswered = cli(pro, { QStringLiteral("erase"), QStringLiteral("--plan"), QStringLiteral("Sam") }, 2);
        CHECK(unanswered.err.contains("Erase \u2068Sam\u2069's plan from this device?"));
        CHECK(unanswered.err.contains("Nothing was erased."));
        CHECK(citizensIn(pro).size() == 2);

        const CliRun erased = cli(pro, { QStringLiteral("erase"), QStringLiteral("--plan"), QStringLiteral("Sam"), QStringLiteral("--yes") });
        CHECK(erased.out.contains("\u2068Sam\u2069's plan is erased from this device. It stays at the service and with"));
        CHECK(erased.out.contains("To have it here again: " + erased.suggested("caseload restore")));
        CHECK_FALSE(erased.err.contains("QString::arg")); // trial after stop 36: a Qt warning on every erase --plan
        plain(erased, ids);
        CHECK_FALSE(QDir(pro.path() + QStringLiteral("/plans/") + sam.planId).exists());
        CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin") });
        {
            auto folder = CaseloadFolder::open(pro.path(), DatabaseKey::passphrase(kPassphrase));
            REQUIRE(folder);
            CHECK(folder.value()->device().planKey(sam.planId).isEmpty());
        }
        // The next sync leaves it gone and Robin's plan as it was; at the service Sam's plan is untouched.
        CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("synced")).toInt() == 1);
        CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin") });
        CHECK(goalTitles(pro, QStringLiteral("Robin")) == robinGoals);
        REQUIRE(sam.device->sync());
        CHECK(sam.device->store->entities(sam.planId, QStringLiteral("goal")).size() == 4);
        // What the answer says to have it here again works, without Sam (review 4, finding 3: the only way back was that Sam
        // took the professional out and invited them again).
        const CliRun back = cli(pro, { QStringLiteral("caseload"), QStringLiteral("restore") });
        CHECK(back.out.contains("Added to this device, as you are in these plans at the service: \u2068Sam\u2069."));
        plain(back, ids);
        CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
        CHECK(goalTitles(pro, QStringLiteral("Sam")).contains(QStringLiteral("Sam goal housing")));
        CHECK(cli(pro, { QStringLiteral("--json"), QStringLiteral("sync") }).object().value(QStringLiteral("synced")).toInt() == 2);
    }

    SECTION("a plan whose folder is gone or whose file is empty is fetched again by the next sync, with a notice (review 4, finding 12)")
    {
        REQUIRE(QDir(pro.path() + QStringLiteral("/plans/") + robin.planId).removeRecursively());
        {
            QFile samDb(pro.path() + QStringLiteral("/plans/") + sam.planId + QStringLiteral("/samen.db"));
            REQUIRE(samDb.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        const CliRun round = cli(pro, { QStringLiteral("sync") });
        CHECK(round.out.contains("\u2068Robin\u2069's plan was missing or empty on this device, so it was fetched again from the service."));
        CHECK(round.out.contains("\u2068Sam\u2069's plan was missing or empty on this device, so it was fetched again from the service."));
        plain(round, ids);
        CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
        CHECK(goalTitles(pro, QStringLiteral("Robin")) == robinGoals);
        CHECK(goalTitles(pro, QStringLiteral("Sam")).contains(QStringLiteral("Sam goal housing")));
        // Said once: the next round finds nothing to fetch again.
        CHECK_FALSE(cli(pro, { QStringLiteral("sync") }).out.contains("missing or empty"));
    }

    SECTION("a second device of the professional gets every plan of the account at its first sync; erasing one there leaves the other "
            "device as it was (review 4, finding 3)")
    {
        // device add is the account's, not one plan's: no --plan, and the link names the service.
        const CliRun added = cli(pro, { QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("add") });
        const QString link = added.object().value(QStringLiteral("link")).toString();
        INFO(link.toStdString());
        CHECK(link.contains(QStringLiteral("service=https%3A%2F%2F127.0.0.1%3A%1").arg(service.port())));
        TestDir laptop;
        const CliRun connected = cli(laptop, QStringList { QStringLiteral("connect"), link } + service.cliArgs().mid(2));
        CHECK(connected.out.contains("Added to this device, as you are in these plans at the service:"));
        CHECK(connected.out.contains("\u2068Robin\u2069"));
        CHECK(connected.out.contains("\u2068Sam\u2069"));
        plain(connected, ids);
        CHECK(citizensIn(laptop) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
        CHECK(goalTitles(laptop, QStringLiteral("Robin")) == robinGoals);
        // An edit on the laptop reaches the first device through the service.
        cli(laptop,
            { QStringLiteral("--plan"), QStringLiteral("Robin"), QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--domain"),
              QStringLiteral("housing"), QStringLiteral("Call the landlord") });
        cli(laptop, { QStringLiteral("sync") });
        cli(pro, { QStringLiteral("sync") });
        CHECK(goalTitles(pro, QStringLiteral("Robin")).contains(QStringLiteral("Call the landlord")));
        // Erased on the laptop: gone there at its next syncs, still on the first device.
        cli(laptop, { QStringLiteral("erase"), QStringLiteral("--plan"), QStringLiteral("Sam"), QStringLiteral("--yes") });
        const CliRun again = cli(laptop, { QStringLiteral("--json"), QStringLiteral("sync") });
        CHECK(again.object().value(QStringLiteral("added")).toArray().isEmpty());
        CHECK(citizensIn(laptop) == QStringList { QStringLiteral("Robin") });
        CHECK(citizensIn(pro) == QStringList { QStringLiteral("Robin"), QStringLiteral("Sam") });
    }
}
