// docs/api/openapi.yaml against the real service: every documented operation exists
// (redocly lint, run by scripts/check-openapi, checks the file itself).
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace samen::test;

namespace {

/** (METHOD, path) of every operation under "paths:", read from the YAML's indentation. */
QList<QPair<QByteArray, QString>> documentedOperations(const QByteArray &yaml)
{
    QList<QPair<QByteArray, QString>> operations;
    bool inPaths = false;
    QString path;
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line == QLatin1String("paths:")) {
            inPaths = true;
            continue;
        }
        if (inPaths && !line.isEmpty() && !line.startsWith(QLatin1Char(' ')))
            break;
        if (const auto m = pathLine.match(line); inPaths && m.hasMatch())
            path = m.captured(1);
        else if (const auto op = methodLine.match(line); inPaths && op.hasMatch())
            operations.append({ op.captured(1).toUpper().toLatin1(), path });
    }
    return operations;
}

} // namespace

TEST_CASE("Every operation in docs/api/openapi.yaml exists on the service", "[service]")
{
    const QByteArray yaml = readRaw(QStringLiteral(SAMEN_SOURCE_DIR "/docs/api/openapi.yaml"));
    REQUIRE_FALSE(yaml.isEmpty());
    const auto operations = documentedOperations(yaml);
    CHECK(operations.size() == 30);

    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(61);
    REQUIRE(phone.enrolAndSignIn(api));
    static const QRegularExpression parameter(QStringLiteral("\\{[A-Za-z]+\\}"));
    for (const auto &[method, path] : operations) {
        if (path == QLatin1String("/v1/live"))
            continue; // a WebSocket upgrade, tested in servicelive_test.cpp
        QString concrete = path;
        concrete.replace(parameter, newUuid());
        INFO(method.constData() << " " << path.toStdString());
        const Reply r = api.send(method, concrete, method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"), phone.token);
        // Unknown ids may give 404, but never the "no such address" answer, and never 405 or 5xx.
        CHECK(r.status != 405);
        CHECK(r.status < 500);
        CHECK_FALSE(r.json.value(QStringLiteral("message")).toString() == QStringLiteral("There is nothing at this address."));
    }
    LiveClient live(service.port(), service.certificate());
    CHECK(live.signIn(phone.token));
}
