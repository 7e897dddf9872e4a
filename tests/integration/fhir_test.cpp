// The FHIR R4 export and import (issue 15, docs/fhir.md): the demo plan and seeded random
// plans export Bundles that an external validator accepts (@medplum/core 4.5.2 with the R4
// core definitions, plus every required value-set binding: tests/fhir/validate.mjs); a broken
// Bundle is rejected by that validator (so the check can fail); export -> import -> export
// gives the same Bundle apart from ids and the timestamp; a file Samen cannot read, or a folder
// with a plan, changes nothing. Through samen-cli as a process and through the library.
#include "cliprocess.h"
#include "randomplan.h"
#include "testdir.h"

#include "domain/demoplan.h"
#include "fhir/fhirexporter.h"
#include "fhir/fhirimporter.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

struct Validation {
    int exitCode = -1;
    QString output;
};

/** Runs the external validator on Bundle (or resource) files. */
Validation validate(const QStringList &files)
{
    QProcess node;
    node.start(QStringLiteral("node"), QStringList { QStringLiteral(SAMEN_SOURCE_DIR "/tests/fhir/validate.mjs") } + files);
    node.waitForFinished(120000);
    return { node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1, QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError()) };
}

void write(const QString &file, const QJsonObject &json)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
}

QJsonObject readJson(const QString &file)
{
    return QJsonDocument::fromJson(readRaw(file)).object();
}

/** The Bundle with every UUID replaced by the order it first appears in, and without its timestamp. */
QJsonValue normalised(const QJsonValue &value, QHash<QString, QString> &ids)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    if (value.isString()) {
        QString text = value.toString();
        QRegularExpressionMatch m = uuid.match(text);
        while (m.hasMatch()) {
            const QString id = ids.contains(m.captured()) ? ids.value(m.captured()) : ids.insert(m.captured(), QStringLiteral("id%1").arg(ids.size())).value();
            text.replace(m.capturedStart(), m.capturedLength(), id);
            m = uuid.match(text);
        }
        return text;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(normalised(v, ids));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (const QString &key : in.keys()) // keys() is sorted: the same walk for equal Bundles
            if (key != QLatin1String("timestamp") && key != QLatin1String("meta"))
                out.insert(key, normalised(in.value(key), ids));
        return out;
    }
    return value;
}

QJsonObject normalised(const QJsonObject &bundle)
{
    QHash<QString, QString> ids;
    return normalised(QJsonValue(bundle), ids).toObject();
}

/** A store with a seeded random plan; its Bundle. */
QJsonObject randomBundle(const TestDir &dir, quint32 seed)
{
    auto store = PlanStore::create(dir.path(), DatabaseKey::none());
    REQUIRE(store);
    RandomPlan plan(seed);
    const QString planId = plan.writeInto(*store.value());
    REQUIRE(!planId.isEmpty());
    auto bundle = FhirExporter::exportPlan(*store.value(), planId, QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    return bundle.value();
}

} // namespace

TEST_CASE("The demo plan exports as a FHIR R4 Bundle the external validator accepts, and imports back to the same Bundle", "[fhir]")
{
    TestDir dir;
    REQUIRE(runCli(dir.file(QStringLiteral("a")), { QStringLiteral("demo") }).exitCode == 0);
    const QString file = dir.file(QStringLiteral("robin.json"));
    const CliRun exported = runCli(dir.file(QStringLiteral("a")), { QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--fhir"), file });
    REQUIRE(exported.exitCode == 0);
    const QJsonObject counts = exported.object().value(QStringLiteral("resources")).toObject();
    INFO(QJsonDocument(counts).toJson(QJsonDocument::Compact).toStdString());
    for (const char *type : { "CarePlan", "Patient", "CareTeam", "RelatedPerson", "Practitioner", "PractitionerRole", "Organization", "Consent", "Condition",
                              "Observation", "Goal", "Task", "Appointment", "AuditEvent" })
        CHECK(counts.value(QLatin1String(type)).toInt() > 0);
    CHECK(counts.value(QStringLiteral("CarePlan")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("Patient")).toInt() == 1);

    // With the project's CodeSystems as published in docs/fhir/.
    const QString codeSystems = QStringLiteral(SAMEN_SOURCE_DIR "/docs/fhir/codesystem-samen-%1.json");
    const Validation valid
        = validate({ file, codeSystems.arg(QStringLiteral("domains")), codeSystems.arg(QStringLiteral("people")), codeSystems.arg(QStringLiteral("timeline")),
                     codeSystems.arg(QStringLiteral("access")), codeSystems.arg(QStringLiteral("export")) });
    INFO(valid.output.toStdString());
    CHECK(valid.exitCode == 0);

    // Import into a new folder, export again: the same Bundle apart from ids and the timestamp.
    const CliRun imported = runCli(dir.file(QStringLiteral("b")), { QStringLiteral("--json"), QStringLiteral("import"), file });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString again = dir.file(QStringLiteral("again.json"));
    REQUIRE(runCli(dir.file(QStringLiteral("b")), { QStringLiteral("export"), QStringLiteral("--fhir"), again }).exitCode == 0);
    CHECK(QJsonDocument(normalised(readJson(again))).toJson() == QJsonDocument(normalised(readJson(file))).toJson());
    // The imported plan is a new plan with new ids: nothing of the old ids is reused.
    CHECK(imported.object().value(QStringLiteral("planId")).toString()
          != readJson(file)
                 .value(QStringLiteral("entry"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("resource"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString());
    // The restored plan is a plan like any other: samen-cli reads and edits it.
    CHECK(runCli(dir.file(QStringLiteral("b")), { QStringLiteral("plan"), QStringLiteral("show") }).exitCode == 0);
}

TEST_CASE("Seeded random plans export valid FHIR Bundles that import back to the same Bundle", "[fhir]")
{
    TestDir dir;
    QStringList files;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        TestDir one;
        const QJsonObject bundle = randomBundle(one, seed);
        const QString file = dir.file(QStringLiteral("random-%1.json").arg(seed));
        write(file, bundle);
        files.append(file);

        TestDir other;
        auto store = PlanStore::create(other.path(), DatabaseKey::none());
        REQUIRE(store);
        auto clock = store.value()->makeClock();
        const auto imported = FhirImporter::importInto(*store.value(), *clock, bundle);
        INFO("seed " << seed << ": " << (imported ? std::string() : imported.error().message.toStdString()));
        REQUIRE(imported);
        const auto again = FhirExporter::exportPlan(*store.value(), imported->planId, QDateTime::currentDateTimeUtc());
        REQUIRE(again);
        CHECK(QJsonDocument(normalised(again.value())).toJson() == QJsonDocument(normalised(bundle)).toJson());
    }
    const Validation valid = validate(files);
    INFO(valid.output.toStdString());
    CHECK(valid.exitCode == 0);
}

TEST_CASE("The service's access log the device holds exports as AuditEvents the validator accepts, and an import keeps it exactly", "[fhir]")
{
    TestDir dir;
    auto store = PlanStore::create(dir.file(QStringLiteral("a")), DatabaseKey::none());
    REQUIRE(store);
    auto clock = store.value()->makeClock();
    const auto demo = buildDemoPlan(*clock, QDate::currentDate());
    REQUIRE(demo);
    REQUIRE(store.value()->applyLocal(demo->ops));
    QString network;
    for (const QJsonObject &m : store.value()->entities(demo->planId, QStringLiteral("member"))) {
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("network") && network.isEmpty())
            network = m.value(QStringLiteral("id")).toString();
    }
    REQUIRE_FALSE(network.isEmpty());
    // As NetworkClient keeps a fetch: the operator's entry, the owner's writes and reads, access set for a member, someone no longer known.
    const qint64 at = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC).toMSecsSinceEpoch();
    QList<AccessLogRecord> fetched;
    const auto record = [&](qint64 seq, bool admin, const QString &actor, const QString &action, const QString &type, const QString &domain,
                            const QString &about, int count) {
        AccessLogRecord r;
        r.seq = seq;
        r.atMs = at + seq * 60000;
        r.byAdministrator = admin;
        r.actorMemberId = actor;
        r.action = action;
        r.entityType = type;
        r.domainKey = domain;
        r.memberId = about;
        r.count = count;
        fetched.append(r);
    };
    record(1, true, QString(), QStringLiteral("professional.add"), QString(), QString(), QString(), 1);
    record(2, false, demo->ownerMemberId, QStringLiteral("plan.create"), QString(), QString(), QString(), 1);
    record(3, false, demo->ownerMemberId, QStringLiteral("ops.write"), QStringLiteral("step"), QStringLiteral("money"), QString(), 3);
    record(4, false, demo->ownerMemberId, QStringLiteral("grant.set"), QString(), QStringLiteral("housing"), network, 1);
    record(5, false, network, QStringLiteral("ops.read"), QString(), QStringLiteral("housing"), QString(), 12);
    record(6, false, QStringLiteral("0190a1b2-0000-7000-8000-000000000001"), QStringLiteral("audit.read"), QString(), QString(), QString(), 1);
    REQUIRE(AccessLogCopy::keepFetched(*store.value(), fetched, QStringLiteral("2026-11-30T08:00:00.000Z")));

    const auto bundle = FhirExporter::exportPlan(*store.value(), demo->planId, QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    QList<QJsonObject> access;
    for (const QJsonValue &e : bundle->value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e[QStringLiteral("resource")].toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == QLatin1String("AuditEvent") && r.value(QStringLiteral("subtype")).isArray())
            access.append(r);
    }
    REQUIRE(access.size() == 6);
    CHECK(access.at(0)[QStringLiteral("agent")][0][QStringLiteral("altId")].toString() == QStringLiteral("admin"));
    CHECK(access.at(1)[QStringLiteral("subtype")][0][QStringLiteral("code")].toString() == QStringLiteral("plan.create"));
    CHECK(access.at(1)[QStringLiteral("action")].toString() == QStringLiteral("C"));
    CHECK(access.at(2)[QStringLiteral("action")].toString() == QStringLiteral("U"));
    CHECK(access.at(2)[QStringLiteral("recorded")].toString() == QStringLiteral("2026-11-02T09:33:15.250Z"));
    CHECK(access.at(3)[QStringLiteral("entity")][0][QStringLiteral("what")][QStringLiteral("reference")].toString() == QStringLiteral("urn:uuid:") + network);
    CHECK(access.at(4)[QStringLiteral("action")].toString() == QStringLiteral("R"));
    CHECK(access.at(4)[QStringLiteral("agent")][0][QStringLiteral("who")][QStringLiteral("reference")].toString() == QStringLiteral("urn:uuid:") + network);
    CHECK_FALSE(access.at(5)[QStringLiteral("agent")][0].toObject().contains(QStringLiteral("who"))); // not in the plan: no reference to nothing

    const QString file = dir.file(QStringLiteral("with-log.json"));
    write(file, bundle.value());
    const QString codeSystems = QStringLiteral(SAMEN_SOURCE_DIR "/docs/fhir/codesystem-samen-%1.json");
    const Validation valid
        = validate({ file, codeSystems.arg(QStringLiteral("domains")), codeSystems.arg(QStringLiteral("people")), codeSystems.arg(QStringLiteral("timeline")),
                     codeSystems.arg(QStringLiteral("access")), codeSystems.arg(QStringLiteral("export")) });
    INFO(valid.output.toStdString());
    CHECK(valid.exitCode == 0);

    // Imported on another device: kept as the log of the plan before it moved, and exported again exactly.
    auto other = PlanStore::create(dir.file(QStringLiteral("b")), DatabaseKey::none());
    REQUIRE(other);
    auto otherClock = other.value()->makeClock();
    const auto imported = FhirImporter::importInto(*other.value(), *otherClock, bundle.value());
    REQUIRE(imported);
    const AccessLogCopy kept = AccessLogCopy::read(*other.value());
    CHECK(kept.imported.size() == 6);
    CHECK(kept.fetched.isEmpty());
    // People are the new plan's: the member who read is the same person under their new id.
    const auto reader = other.value()->entity(kept.imported.at(4).actorMemberId);
    REQUIRE(reader);
    CHECK(reader->value(QStringLiteral("name")) == store.value()->entity(network)->value(QStringLiteral("name")));
    CHECK(kept.imported.at(4).actorMemberId != network);
    CHECK(kept.imported.at(0).byAdministrator);
    CHECK(kept.imported.at(2).count == 3);
    CHECK(kept.imported.at(2).fetchedAt == QStringLiteral("2026-11-30T08:00:00.000Z"));
    const auto again = FhirExporter::exportPlan(*other.value(), imported->planId, QDateTime::currentDateTimeUtc());
    REQUIRE(again);
    CHECK(QJsonDocument(normalised(again.value())).toJson() == QJsonDocument(normalised(bundle.value())).toJson());
}

TEST_CASE("The validator rejects a broken Bundle: a missing required element and a code outside a required value set", "[fhir]")
{
    TestDir dir;
    QJsonObject bundle = randomBundle(dir, 7);
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonObject carePlan = entry.value(QStringLiteral("resource")).toObject();
    REQUIRE(carePlan.value(QStringLiteral("resourceType")).toString() == QStringLiteral("CarePlan"));

    const QString file = dir.file(QStringLiteral("broken.json"));
    SECTION("CarePlan.intent is required")
    {
        carePlan.remove(QStringLiteral("intent"));
    }
    SECTION("CarePlan.status is bound to a required value set")
    {
        carePlan.insert(QStringLiteral("status"), QStringLiteral("ongoing"));
    }
    entry.insert(QStringLiteral("resource"), carePlan);
    entries.replace(0, entry);
    bundle.insert(QStringLiteral("entry"), entries);
    write(file, bundle);
    const Validation result = validate({ file });
    INFO(result.output.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.output.contains(QStringLiteral("entry[0].resource"))); // the CarePlan is the first entry
}

TEST_CASE("samen-cli import refuses a file Samen cannot read and a folder with a plan, and changes nothing", "[fhir]")
{
    TestDir dir;
    const QString target = dir.file(QStringLiteral("target"));
    const QString notJson = dir.file(QStringLiteral("notes.txt"));
    QFile f(notJson);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("just some notes");
    f.close();
    const CliRun bad = runCli(target, { QStringLiteral("import"), notJson });
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains("Nothing was imported"));
    CHECK_FALSE(QFile::exists(PlanStore::databasePath(target)));

    // A Bundle with a goal whose title is too long: the whole import is refused.
    TestDir scratch;
    QJsonObject bundle = randomBundle(scratch, 3);
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < entries.size() && !changed; ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == QStringLiteral("CarePlan")) {
            resource.insert(QStringLiteral("title"), QString(81, QLatin1Char('x')));
            entry.insert(QStringLiteral("resource"), resource);
            entries.replace(i, entry);
            changed = true;
        }
    }
    bundle.insert(QStringLiteral("entry"), entries);
    const QString tooLong = dir.file(QStringLiteral("toolong.json"));
    write(tooLong, bundle);
    const CliRun refused = runCli(target, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("import"), tooLong });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains("Er is niets"));
    CHECK_FALSE(QFile::exists(PlanStore::databasePath(target)));

    // A folder that holds a plan is left as it is.
    REQUIRE(runCli(target, { QStringLiteral("demo") }).exitCode == 0);
    const QString good = dir.file(QStringLiteral("good.json"));
    TestDir scratch2;
    write(good, randomBundle(scratch2, 4));
    const QByteArray before = runCli(target, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }).out;
    const CliRun conflict = runCli(target, { QStringLiteral("import"), good });
    CHECK(conflict.exitCode != 0);
    CHECK(conflict.err.contains("already a plan"));
    CHECK(runCli(target, { QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show") }).out == before);
}

TEST_CASE("samen-cli import that cannot store the plan after making its file leaves no plan file behind, and the folder takes the plan later", "[fhir]")
{
    TestDir source, probe, dir;
    const QString target = dir.file(QStringLiteral("target"));
    // A large plan (Robin's with 300 more goals and their steps) as a Samen FHIR file.
    REQUIRE(runCli(source.path(), { QStringLiteral("demo"), QStringLiteral("--extra-goals"), QStringLiteral("300") }).exitCode == 0);
    const QString file = dir.file(QStringLiteral("robin.json"));
    REQUIRE(runCli(source.path(), { QStringLiteral("export"), QStringLiteral("--fhir"), file }).exitCode == 0);
    // How large a store with a small plan grows: the files may be twice that, so the store is made, but not the large plan.
    REQUIRE(runCli(probe.path(), { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Small") }).exitCode == 0);
    qint64 small = 0;
    for (const char *suffix : { "", "-wal" })
        small = std::max(small, QFileInfo(PlanStore::databasePath(probe.path()) + QLatin1String(suffix)).size());
    REQUIRE(small > 0);
    const rlim_t limit = rlim_t(small) * 2;

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), QStringLiteral("correct horse 42"));
    cli.setProcessEnvironment(env);
    // In the child only: no file may grow past the limit (a full disk, as the process sees it); writes past it fail.
    cli.setChildProcessModifier([limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit rl {
            limit, limit
        };
        ::setrlimit(RLIMIT_FSIZE, &rl);
    });
    cli.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"), { QStringLiteral("--data-dir"), target, QStringLiteral("import"), file });
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    INFO(err.constData());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    CHECK(cli.exitCode() != 0);
    CHECK(err.startsWith("samen-cli: "));
    CHECK_FALSE(err.contains("SQLITE"));
    // Nothing is left to unlock: no plan file, no -wal, -shm or -journal.
    CHECK(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // The same file, with room: the plan arrives in the same folder.
    const CliRun imported = runCli(target, { QStringLiteral("--json"), QStringLiteral("import"), file });
    CHECK(imported.exitCode == 0);
    CHECK(imported.object().value(QStringLiteral("changes")).toInt() > 1000);
}

TEST_CASE("FhirImporter refuses a step whose goal, or an agreement whose meeting, is another kind of record, and stores nothing", "[fhir]")
{
    TestDir source;
    const QJsonObject bundle = randomBundle(source, 5);
    QString conditionUrl;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        if (e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString() == QStringLiteral("Condition"))
            conditionUrl = e.toObject().value(QStringLiteral("fullUrl")).toString();
    }
    REQUIRE(!conditionUrl.isEmpty());
    // Every step Task points at a life domain's Condition instead of its Goal; every agreement at it instead of its meeting.
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    int changed = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QStringLiteral("Task"))
            continue;
        const QString field = resource.contains(QStringLiteral("focus")) && !resource.contains(QStringLiteral("reasonReference"))
            ? QStringLiteral("focus")
            : QStringLiteral("reasonReference");
        if (!resource.contains(field))
            continue;
        resource.insert(field, QJsonObject { { QStringLiteral("reference"), conditionUrl } });
        entry.insert(QStringLiteral("resource"), resource);
        entries.replace(i, entry);
        ++changed;
    }
    REQUIRE(changed > 0);
    QJsonObject broken = bundle;
    broken.insert(QStringLiteral("entry"), entries);

    TestDir target;
    auto store = PlanStore::create(target.path(), DatabaseKey::none());
    REQUIRE(store);
    auto clock = store.value()->makeClock();
    const auto imported = FhirImporter::importInto(*store.value(), *clock, broken);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().code == ErrorCode::Validation);
    CHECK(imported.error().message.contains(QStringLiteral("Nothing was imported")));
    CHECK(store.value()->operationCount() == 0);
    CHECK(store.value()->planIds().isEmpty());
}

TEST_CASE("samen-cli export writes a file only its owner can read, and never over an existing file unless --replace says so", "[fhir]")
{
    TestDir dir;
    REQUIRE(runCli(dir.file(QStringLiteral("a")), { QStringLiteral("demo") }).exitCode == 0);
    const QString file = dir.file(QStringLiteral("robin.json"));
    const QStringList exportTo { QStringLiteral("export"), QStringLiteral("--fhir"), file };

    REQUIRE(runCli(dir.file(QStringLiteral("a")), exportTo).exitCode == 0);
    // The whole plan, unencrypted: mode 0600, whatever the umask.
    CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A file that is already there (another person's export, a document) is left exactly as it was.
    write(file, QJsonObject { { QStringLiteral("mine"), true } });
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const QByteArray before = readRaw(file);
    const CliRun refused = runCli(dir.file(QStringLiteral("a")), exportTo);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("--replace"));
    CHECK(readRaw(file) == before);

    // Asked for: replaced, and the replacement is 0600 too.
    REQUIRE(runCli(dir.file(QStringLiteral("a")), exportTo + QStringList { QStringLiteral("--replace") }).exitCode == 0);
    CHECK(readJson(file).value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(!(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
}
