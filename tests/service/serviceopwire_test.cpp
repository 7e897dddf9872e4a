// Operations sent as the service stored them (OpWire): a pull and a snapshot splice "seq" into the
// stored text instead of parsing and serialising each operation (issues 16 and 18), and must give
// exactly the bytes the parse-and-serialise way gave, on both backends.
#include "audit/auditlog.h"
#include "http/metrics.h"
#include "live/liveevents.h"
#include "runtime/serviceconfig.h"
#include "storeundertest.h"
#include "sync/opwire.h"
#include "sync/snapshotapi.h"
#include "sync/syncapi.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** What sending an operation was before OpWire: parse the stored text, insert "seq", serialise. */
QByteArray parsedWithSeq(const QByteArray &stored, qint64 seq)
{
    QJsonObject o = QJsonDocument::fromJson(stored).object();
    o.insert(QStringLiteral("seq"), seq);
    return compact(o);
}

QByteArray spliced(const QByteArray &stored, qint64 seq)
{
    QByteArray out;
    OpWire::appendWithSeq(out, StoredOpText { seq, {}, {}, {}, stored }, OpWire::read(stored));
    return out;
}

QJsonObject anOp(const QJsonValue &value, const QStringList &base = {})
{
    QJsonObject o { { QStringLiteral("opId"), QStringLiteral("0190f000-0001-7000-8000-000000000001") },
                    { QStringLiteral("planId"), QStringLiteral("0190f000-0009-7000-8000-000000000001") },
                    { QStringLiteral("entityType"), QStringLiteral("goal") },
                    { QStringLiteral("entityId"), QStringLiteral("0190f000-0002-7000-8000-000000000007") },
                    { QStringLiteral("field"), QStringLiteral("why") },
                    { QStringLiteral("value"), value },
                    { QStringLiteral("hlc"), QStringLiteral("1800000000000-000000-dev1") },
                    { QStringLiteral("author"), QStringLiteral("0190f000-0009-7000-8000-000000000002") } };
    if (!base.isEmpty())
        o.insert(QStringLiteral("base"), QJsonArray::fromStringList(base));
    return o;
}

DeviceRecord deviceOf(const QString &n)
{
    return { QStringLiteral("d") + n, QStringLiteral("a") + n, QStringLiteral("phone"), QByteArray(32, 'x'), 1, 0 };
}

ApiRequest request(const QString &planId, const DeviceRecord &device, const QString &what, const QByteArray &body = {})
{
    ApiRequest r;
    r.segments = { QStringLiteral("v1"), QStringLiteral("plans"), planId, what };
    r.body = body;
    r.device = device;
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

} // namespace

TEST_CASE("An operation sent as stored with its seq spliced in is byte for byte the operation parsed and serialised again", "[service][opwire]")
{
    const QList<QJsonValue> values {
        QStringLiteral("plain"),
        QStringLiteral("quotes \" and \\ backslashes, a tab\t, a newline\n, a \u0001 control"),
        QStringLiteral("\u00e9\u00e8 \u2602 \U0001F600 and \"seq\":1, \"value\":{}"),
        QString(),
        0,
        -17,
        1.5,
        1e-7,
        9007199254740993.0,
        true,
        false,
        QJsonValue(),
        QJsonArray { 1, QStringLiteral("]}\""), QJsonArray {}, QJsonObject { { QStringLiteral("seq"), 2 } } },
        QJsonObject { { QStringLiteral("z"), QJsonObject { { QStringLiteral("a"), QJsonArray { QStringLiteral("{[") } } } }, { QStringLiteral("b"), 3 } },
    };
    for (const QJsonValue &value : values) {
        for (const QStringList &base : { QStringList {}, QStringList { QStringLiteral("o1"), QStringLiteral("o2") } }) {
            const QByteArray stored = compact(anOp(value, base));
            INFO(stored.toStdString());
            REQUIRE(OpWire::read(stored).has_value());
            CHECK(OpWire::read(stored)->entityId == QStringLiteral("0190f000-0002-7000-8000-000000000007"));
            for (const qint64 seq : { qint64(1), qint64(42), qint64(9007199254740993) })
                CHECK(spliced(stored, seq) == parsedWithSeq(stored, seq));
        }
    }
    // Objects whose keys all sort before "seq", or after it: "seq" goes last, or first.
    const QByteArray early = compact(QJsonObject { { QStringLiteral("entityId"), QStringLiteral("e") }, { QStringLiteral("a"), 1 } });
    CHECK(spliced(early, 7) == parsedWithSeq(early, 7));
    const QByteArray late = compact(QJsonObject { { QStringLiteral("entityId"), QStringLiteral("e") }, { QStringLiteral("value"), 1 } });
    CHECK(spliced(late, 7) == parsedWithSeq(late, 7));
}

TEST_CASE("A stored operation not in the compact form is parsed and serialised as before", "[service][opwire]")
{
    const QByteArray spaced = "{ \"entityId\": \"e1\", \"value\": 1 }";
    CHECK_FALSE(OpWire::read(spaced).has_value());
    CHECK(spliced(spaced, 3) == parsedWithSeq(spaced, 3));
    const QByteArray escapedId = "{\"entityId\":\"e\\u0031\",\"value\":1}";
    CHECK_FALSE(OpWire::read(escapedId).has_value());
    CHECK(OpWire::entityId(escapedId, OpWire::read(escapedId)) == QStringLiteral("e1"));
    CHECK(spliced(escapedId, 3) == parsedWithSeq(escapedId, 3));
    for (const QByteArray &broken : { QByteArray("{\"entityId\":\"e1\""), QByteArray("{\"entityId\":\"e1\",\"v\":[1}"), QByteArray("{}"), QByteArray() })
        CHECK_FALSE(OpWire::read(broken).has_value());
}

TEST_CASE("An object with its ops array spliced in is byte for byte the whole object serialised", "[service][opwire]")
{
    const QByteArray ops = "[{\"a\":1},{\"b\":\"]\"}]";
    const QJsonArray parsed = QJsonDocument::fromJson(ops).array();
    for (const QJsonObject &object : { QJsonObject {}, QJsonObject { { QStringLiteral("access"), QJsonObject { { QStringLiteral("owner"), true } } } },
                                       QJsonObject { { QStringLiteral("planId"), QStringLiteral("p \"1\"") }, { QStringLiteral("seq"), 12 } },
                                       QJsonObject { { QStringLiteral("next"), 5 }, { QStringLiteral("more"), false } } }) {
        QJsonObject whole = object;
        whole.insert(QStringLiteral("ops"), parsed);
        CHECK(OpWire::withOps(object, ops) == compact(whole));
    }
}

TEST_CASE("Store contract: a snapshot and a pull answer byte for byte what parsing and serialising every operation gave, for the owner and a reader",
          "[service][bothstores][snapshot][opwire]")
{
    TestDir dir;
    auto opened = samen::test::openStoreUnderTest(dir);
    ServiceStore &store = *opened;
    const DeviceRecord ownerDevice = deviceOf(QStringLiteral("1"));
    const DeviceRecord readerDevice = deviceOf(QStringLiteral("2"));
    const QString planId = QStringLiteral("0190f000-0009-7000-8000-000000000001");
    const QString owner = QStringLiteral("0190f000-0009-7000-8000-000000000002");
    const QString reader = QStringLiteral("0190f000-0009-7000-8000-000000000003");
    REQUIRE(store.insertDevice(ownerDevice));
    REQUIRE(store.insertDevice(readerDevice));
    REQUIRE(store.insertPlan(planId, ownerDevice.accountId, 1));
    REQUIRE(store.upsertMember({ planId, owner, ownerDevice.accountId, QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"), 1, {} }));
    REQUIRE(store.upsertMember(
        { planId, reader, readerDevice.accountId, QStringLiteral("network"), QStringLiteral("member"), QStringLiteral("active"), 1, QStringLiteral("Sam") }));
    REQUIRE(store.insertGrant({ planId, QStringLiteral("gr1"), reader, QStringLiteral("money"), QStringLiteral("read"), QStringLiteral("help"), 0 }));
    AuditLog audit(store);
    ServiceConfig config;
    LiveEvents events;
    Metrics metrics;
    SyncApi sync(store, audit, config, events, metrics);
    SnapshotApi snapshots(store, audit);

    // Goals in two domains with awkward text, then edits: a replaced title, and two concurrent "why"s (both stay).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int n = 0;
    auto op = [&](const QString &goal, const QString &field, const QJsonValue &value, const QStringList &base = {}) {
        QJsonObject o = anOp(value, base);
        o.insert(QStringLiteral("opId"), QStringLiteral("0190f000-0001-7000-8000-%1").arg(++n, 12, 10, QLatin1Char('0')));
        o.insert(QStringLiteral("entityId"), goal);
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("author"), owner);
        o.insert(QStringLiteral("hlc"), QStringLiteral("%1-%2-dev1").arg(now - 1000 + n, 13, 10, QLatin1Char('0')).arg(0, 6, 10, QLatin1Char('0')));
        return o;
    };
    QJsonArray ops;
    for (int g = 0; g < 6; ++g) {
        const QString goal = QStringLiteral("0190f000-0002-7000-8000-%1").arg(g, 12, 10, QLatin1Char('0'));
        ops.append(op(goal, QStringLiteral("domainKey"), g % 2 ? QStringLiteral("money") : QStringLiteral("housing")));
        ops.append(op(goal, QStringLiteral("title"), QStringLiteral("Goal %1 \u2602 \"quoted\" \\ \u00e9").arg(g)));
        ops.append(op(goal, QStringLiteral("why"), QStringLiteral("Because\n\"%1\"").arg(g)));
    }
    const QString firstWhy = ops[2].toObject().value(QStringLiteral("opId")).toString();
    const QString goal0 = QStringLiteral("0190f000-0002-7000-8000-000000000000");
    const QString goal1 = QStringLiteral("0190f000-0002-7000-8000-000000000001");
    ops.append(op(goal0, QStringLiteral("title"), QStringLiteral("Renamed")));
    ops.append(op(goal0, QStringLiteral("why"), QStringLiteral("One view"), { firstWhy }));
    ops.append(op(goal0, QStringLiteral("why"), QStringLiteral("Another view"), { firstWhy }));
    ops.append(op(goal1, QStringLiteral("due"), QStringLiteral("2030-01-31")));
    const ApiResponse pushed = sync.push(request(planId, ownerDevice, QStringLiteral("ops"), compact(QJsonObject { { QStringLiteral("ops"), ops } })));
    REQUIRE(pushed.status == 200);
    REQUIRE(QJsonDocument::fromJson(pushed.body)[QStringLiteral("rejected")].toArray().isEmpty());

    for (const bool isOwner : { true, false }) {
        INFO((isOwner ? "owner" : "reader"));
        const DeviceRecord &device = isOwner ? ownerDevice : readerDevice;
        // What the answers were before: every readable operation parsed, "seq" inserted, the whole object serialised.
        const auto current = store.currentOps(planId);
        REQUIRE(current);
        const auto history = store.opsAfter(planId, 0, 1000);
        REQUIRE(history);
        auto readable = [&](const StoredOp &stored) { return isOwner || stored.domainKey != QLatin1String("housing"); };
        auto withSeqs = [&](const QList<StoredOp> &list) {
            QJsonArray out;
            for (const StoredOp &stored : list) {
                if (!readable(stored))
                    continue;
                QJsonObject o = stored.op;
                o.insert(QStringLiteral("seq"), stored.seq);
                out.append(o);
            }
            return out;
        };
        QJsonArray domains;
        if (!isOwner)
            domains.append(QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("money") }, { QStringLiteral("access"), QStringLiteral("read") } });
        const QJsonObject access { { QStringLiteral("memberId"), isOwner ? owner : reader },
                                   { QStringLiteral("owner"), isOwner },
                                   { QStringLiteral("domains"), domains } };
        const QByteArray snapshotBefore = compact(QJsonObject { { QStringLiteral("planId"), planId },
                                                                { QStringLiteral("seq"), store.planHead(planId).value() },
                                                                { QStringLiteral("access"), access },
                                                                { QStringLiteral("ops"), withSeqs(current.value()) } });
        const QByteArray pullBefore = compact(QJsonObject {
            { QStringLiteral("ops"), withSeqs(history.value()) }, { QStringLiteral("next"), history->last().seq }, { QStringLiteral("more"), false } });

        const ApiResponse snapshot = snapshots.snapshot(request(planId, device, QStringLiteral("snapshot")));
        REQUIRE(snapshot.status == 200);
        CHECK(snapshot.contentType == QByteArrayLiteral("application/json"));
        CHECK(snapshot.body == snapshotBefore);
        CHECK(QJsonDocument::fromJson(snapshot.body)[QStringLiteral("ops")].toArray().size() == (isOwner ? 20 : 10));

        ApiRequest pull = request(planId, device, QStringLiteral("ops"));
        pull.query.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
        const ApiResponse pulled = sync.pull(pull);
        REQUIRE(pulled.status == 200);
        CHECK(pulled.body == pullBefore);
    }
}
