// Issue 15, the FHIR export's AuditEvents "for the access log the device holds": on the owner's
// connected device samen-cli export fetches the service's access log (real service over TLS)
// and the file holds it as AuditEvents; with the service gone the export still works, holds the
// copy the device fetched last and says so; samen-cli log keeps that copy too.
#include "robinonline.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace samen;
using namespace samen::test;

namespace {

/** The access-log AuditEvents (subtype samen-access) of an exported file: their action codes, in order. */
QStringList accessActions(const QString &file)
{
    QStringList actions;
    const QJsonObject bundle = QJsonDocument::fromJson(readRaw(file)).object();
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e[QStringLiteral("resource")].toObject();
        const QJsonObject coding = r[QStringLiteral("subtype")][0].toObject();
        if (r[QStringLiteral("resourceType")].toString() == QLatin1String("AuditEvent")
            && coding[QStringLiteral("system")].toString() == QLatin1String("https://samen.example.nl/fhir/CodeSystem/samen-access"))
            actions.append(coding[QStringLiteral("code")].toString());
    }
    return actions;
}

} // namespace

TEST_CASE("samen-cli export on the owner's connected device holds the service's access log, and offline the device's copy with a sentence that says so",
          "[sync][cli][fhir]")
{
    RobinOnline w;
    const QString first = w.robin.file(QStringLiteral("first.json"));
    const CliRun exported = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--fhir"), first });
    REQUIRE(exported.exitCode == 0);
    const QJsonObject log = exported.object().value(QStringLiteral("accessLog")).toObject();
    CHECK(log.value(QStringLiteral("note")).toString().isEmpty()); // fetched now: nothing to warn about
    CHECK_FALSE(log.value(QStringLiteral("fetchedAt")).toString().isEmpty());
    const QStringList actions = accessActions(first);
    CHECK(actions.size() == log.value(QStringLiteral("entries")).toInt());
    CHECK(actions.contains(QStringLiteral("plan.create")));

    // The service is gone: the export still works, from the device's copy, and says so.
    w.service.stop();
    const QString second = w.robin.file(QStringLiteral("second.json"));
    const CliRun offline = cli(w.robin, { QStringLiteral("export"), QStringLiteral("--fhir"), second });
    REQUIRE(offline.exitCode == 0);
    CHECK(offline.out.contains("The case service could not be reached: the access log in the file is the copy this device fetched on"));
    CHECK(accessActions(second) == actions);
}

TEST_CASE("samen-cli log keeps the device's copy of the access log, which an export without the service holds", "[sync][cli][fhir]")
{
    RobinOnline w;
    REQUIRE(cli(w.robin, { QStringLiteral("log") }).exitCode == 0);
    w.service.stop();
    const QString file = w.robin.file(QStringLiteral("plan.json"));
    const CliRun offline = cli(w.robin, { QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--fhir"), file });
    REQUIRE(offline.exitCode == 0);
    const QJsonObject log = offline.object().value(QStringLiteral("accessLog")).toObject();
    CHECK(log.value(QStringLiteral("note")).toString().contains(QStringLiteral("could not be reached")));
    CHECK(log.value(QStringLiteral("entries")).toInt() > 0);
    CHECK(accessActions(file).contains(QStringLiteral("plan.create")));
}
