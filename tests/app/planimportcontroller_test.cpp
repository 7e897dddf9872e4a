// "I have a file of my plan" (issue 15): a person on a new device brings back their plan in the
// app from a FHIR file Samen saved (PlanImportController, Session::importPlan), in real
// encrypted stores: the plan opens, holds what was exported and is locked with the passphrase
// chosen; a file Samen cannot read, a weak or mistyped passphrase, leave no plan file behind.
#include "testdir.h"
#include "ui/data/planimportcontroller.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "waitfor.h"

#include "fhir/fhirexporter.h"
#include "store/planstore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using samen::FhirExporter;
using samen::app::PlanImportController;
using samen::app::Session;
using samen::test::TestDir;

namespace {

/** The results finished() reported, in order. */
struct Finished {
    explicit Finished(PlanImportController &importer)
    {
        QObject::connect(&importer, &PlanImportController::finished, &importer, [this](bool ok) { results.append(ok); });
    }
    /** Waits (event loop) until finished() came; its result. */
    bool wait()
    {
        REQUIRE(samen::test::waitFor([this] { return !results.isEmpty(); }, 60000));
        return results.first();
    }
    QList<bool> results;
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
}

/** Robin's demo plan exported as Samen does (FhirExporter) to file; the Bundle. */
QJsonObject exportDemo(const QString &file)
{
    TestDir dir;
    Session session(dir.path(), false);
    session.setLanguage(QStringLiteral("en"));
    REQUIRE(session.createDemoPlan(QStringLiteral("import-test-1")));
    const auto bundle = FhirExporter::exportPlan(session.plan()->store(), session.plan()->planId(), QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    write(file, QJsonDocument(bundle.value()).toJson());
    return bundle.value();
}

/** How many resources of each type a Bundle holds. */
QJsonObject counts(const QJsonObject &bundle)
{
    return FhirExporter::resourceCounts(bundle);
}

} // namespace

TEST_CASE("A person on a new device brings back their plan from a Samen FHIR file, locked with a passphrase", "[app][fhir][import]")
{
    TestDir files;
    const QJsonObject exported = exportDemo(files.file(QStringLiteral("robin.json")));
    TestDir device;
    Session session(device.path(), false);
    session.setLanguage(QStringLiteral("en"));
    PlanImportController importer;
    importer.setSession(&session);

    REQUIRE(importer.chooseFile(QUrl::fromLocalFile(files.file(QStringLiteral("robin.json")))));
    CHECK(importer.ready());
    CHECK(importer.fileName() == QStringLiteral("robin.json"));
    CHECK(importer.summary().contains(QStringLiteral("records")));
    CHECK(filesIn(device.path()).isEmpty()); // choosing the file makes nothing yet

    Finished finished(importer);
    REQUIRE(importer.start(false, QStringLiteral("blue bike on sunday"), QStringLiteral("blue bike on sunday")));
    CHECK(importer.busy());
    CHECK_FALSE(importer.progressText().isEmpty());
    CHECK(finished.wait());
    CHECK(finished.results.size() == 1);
    CHECK_FALSE(importer.busy());
    REQUIRE(session.state() == Session::State::Unlocked);
    REQUIRE(session.plan() != nullptr);

    // The plan holds what the file held: the same resources again when it is exported here.
    const auto again = FhirExporter::exportPlan(session.plan()->store(), session.plan()->planId(), QDateTime::currentDateTimeUtc());
    REQUIRE(again);
    CHECK(counts(again.value()) == counts(exported));

    // Locked with the passphrase chosen: it opens with that one and not without it.
    session.lock();
    CHECK_FALSE(session.unlock(QStringLiteral("another passphrase here")));
    CHECK(session.unlock(QStringLiteral("blue bike on sunday")));
}

TEST_CASE("A file Samen cannot read is refused with its reason and leaves no plan file", "[app][fhir][import]")
{
    TestDir files;
    QJsonObject bundle = exportDemo(files.file(QStringLiteral("robin.json")));
    // A plan Samen cannot bring back: a Goal with a status Samen does not use.
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == QLatin1String("Goal")) {
            resource.insert(QStringLiteral("lifecycleStatus"), QStringLiteral("proposed"));
            entry.insert(QStringLiteral("resource"), resource);
            entries.replace(i, entry);
            break;
        }
    }
    bundle.insert(QStringLiteral("entry"), entries);
    write(files.file(QStringLiteral("broken.json")), QJsonDocument(bundle).toJson());
    write(files.file(QStringLiteral("notes.json")), QByteArrayLiteral("{\"these\": \"are my notes\"}"));
    write(files.file(QStringLiteral("photo.json")), QByteArrayLiteral("\x89PNG not json"));

    TestDir device;
    Session session(device.path(), false);
    session.setLanguage(QStringLiteral("en"));
    PlanImportController importer;
    importer.setSession(&session);

    for (const QString &name : { QStringLiteral("broken.json"), QStringLiteral("notes.json"), QStringLiteral("photo.json") }) {
        INFO(name.toStdString());
        CHECK_FALSE(importer.chooseFile(QUrl::fromLocalFile(files.file(name))));
        CHECK_FALSE(importer.ready());
        CHECK(importer.error().startsWith(QStringLiteral("Samen cannot import this file.")));
        CHECK(importer.error().endsWith(QStringLiteral("Nothing was imported.")));
        CHECK_FALSE(importer.start(false, QStringLiteral("blue bike on sunday"), QStringLiteral("blue bike on sunday")));
    }
    CHECK_FALSE(importer.chooseFile(QUrl::fromLocalFile(files.file(QStringLiteral("missing.json")))));
    CHECK_FALSE(importer.error().isEmpty());

    // The session refuses the same Bundle itself (the check does not rest on the page).
    CHECK_FALSE(session.importPlan(bundle, QStringLiteral("blue bike on sunday")));
    CHECK(session.error().startsWith(QStringLiteral("Samen cannot import this file.")));
    CHECK(session.state() == Session::State::Welcome);
    CHECK(filesIn(device.path()).isEmpty());
    CHECK_FALSE(samen::PlanStore::exists(device.path()));
}

TEST_CASE("A mistyped or weak passphrase when bringing back a plan makes no plan file", "[app][fhir][import]")
{
    TestDir files;
    exportDemo(files.file(QStringLiteral("robin.json")));
    TestDir device;
    Session session(device.path(), false);
    session.setLanguage(QStringLiteral("en"));
    PlanImportController importer;
    importer.setSession(&session);
    REQUIRE(importer.chooseFile(QUrl::fromLocalFile(files.file(QStringLiteral("robin.json")))));

    CHECK_FALSE(importer.start(false, QStringLiteral("blue bike on sunday"), QStringLiteral("blue bike on monday")));
    CHECK(importer.error().contains(QStringLiteral("not the same")));

    Finished finished(importer);
    REQUIRE(importer.start(false, QStringLiteral("abc"), QStringLiteral("abc")));
    CHECK_FALSE(finished.wait());
    CHECK_FALSE(importer.error().isEmpty());
    CHECK_FALSE(importer.busy());
    CHECK(importer.ready()); // the file stays chosen: the person types a better passphrase
    CHECK(session.state() == Session::State::Welcome);
    CHECK(filesIn(device.path()).isEmpty());
}
