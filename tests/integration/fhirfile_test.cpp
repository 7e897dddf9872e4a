// Reading a FHIR file a person chose (issue 15, review 3): a file too big to be a Samen plan is refused from its
// size before a byte of it is read, in the app's library and in samen-cli, and nothing is made.
#include "cliprocess.h"
#include "testdir.h"

#include "fhir/fhirfile.h"
#include "store/planstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace samen;
using namespace samen::test;

namespace {

/** A sparse file of size bytes (no disk used), starting with a JSON object so only its size is wrong. */
void sparseFile(const QString &path, qint64 size)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write("{\"resourceType\":\"Bundle\"}") > 0);
    REQUIRE(f.resize(size));
}

} // namespace

TEST_CASE("FhirFile::read refuses a file over 64 MiB from its size, a file it cannot open, and reads a small Bundle", "[fhir]")
{
    TestDir dir;
    const QString big = dir.file(QStringLiteral("big.json"));
    sparseFile(big, FhirFile::kMaxBytes + 1);
    const auto refused = FhirFile::read(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("It is 65 MB, and a plan file from Samen is at most 64 MB.")));
    CHECK(refused.error().message.endsWith(QStringLiteral("Nothing was imported.")));

    const auto missing = FhirFile::read(dir.file(QStringLiteral("missing.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    // A small Bundle is read and parsed whole.
    const QString small = dir.file(QStringLiteral("small.json"));
    QFile f(small);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("Bundle") }, { QStringLiteral("entry"), QJsonArray() } }).toJson());
    f.close();
    const auto read = FhirFile::read(small);
    REQUIRE(read.ok());
    CHECK(read->value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
}

TEST_CASE("samen-cli import of a file too big to be a Samen plan says so in Dutch and makes nothing", "[fhir]")
{
    TestDir dir;
    const QString big = dir.file(QStringLiteral("groot.json"));
    sparseFile(big, 300LL * 1024 * 1024);
    const QString target = dir.file(QStringLiteral("target"));
    const CliRun refused = runCli(target, { QStringLiteral("--language"), QStringLiteral("nl"), QStringLiteral("import"), big });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains("300 MB"));
    CHECK(refused.err.contains("hoogstens 64 MB"));
    CHECK(refused.err.contains("Er is niets geïmporteerd"));
    CHECK_FALSE(QFile::exists(PlanStore::databasePath(target)));
}
