#include "qtcatch.h"

#include "sync/uuid7.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

using namespace samen;

TEST_CASE("a UUIDv7 is lower-case 8-4-4-4-12 with version 7 and the RFC variant", "[uuid]")
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 200; ++i) {
        const QString id = newUuid7();
        INFO(id.toStdString());
        REQUIRE(shape.match(id).hasMatch());
        REQUIRE(isUuid(id));
    }
}

TEST_CASE("a UUIDv7 starts with the current Unix time in milliseconds", "[uuid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newUuid7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    bool ok = false;
    const qint64 ms = QString(id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    REQUIRE(ok);
    REQUIRE(ms >= before);
    REQUIRE(ms <= after + 10); // a burst of ids may borrow the next milliseconds
}

TEST_CASE("UUIDv7s made one after another are unique and sort in creation order", "[uuid]")
{
    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids.append(newUuid7());
    REQUIRE(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    for (qsizetype i = 1; i < ids.size(); ++i) {
        INFO(ids[i - 1].toStdString() << " then " << ids[i].toStdString());
        REQUIRE(ids[i - 1] < ids[i]);
    }
}

TEST_CASE("isUuid refuses anything that is not a lower-case UUID", "[uuid]")
{
    REQUIRE(isUuid(u"01890a5d-ac96-774b-bcce-b302099a8057"));
    REQUIRE_FALSE(isUuid(u"01890A5D-AC96-774B-BCCE-B302099A8057"));
    REQUIRE_FALSE(isUuid(u"01890a5d-ac96-774b-bcce-b302099a805"));
    REQUIRE_FALSE(isUuid(u"01890a5dxac96-774b-bcce-b302099a8057"));
    REQUIRE_FALSE(isUuid(u"01890a5d-ac96-774b-bcce-b302099a805g"));
    REQUIRE_FALSE(isUuid(u""));
}
