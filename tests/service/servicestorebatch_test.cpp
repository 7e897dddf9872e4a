// One contract, two backends (as servicestorecontract_test.cpp): what a transaction appends is
// seen by every read inside it. PostgreSQL holds appends in PgWriteBuffer and writes them in a
// few statements (issue 16), so each read here must find them, written or not yet.
#include "storage/storetransaction.h"
#include "storeundertest.h"

#include <catch2/catch.hpp>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

StoredOp titleOp(const QString &planId, const QString &opId, const QString &value)
{
    return StoredOp { 0, QStringLiteral("housing"), QStringLiteral("goal"), QStringLiteral("title"),
                      QJsonObject { { QStringLiteral("opId"), opId },
                                    { QStringLiteral("planId"), planId },
                                    { QStringLiteral("entityType"), QStringLiteral("goal") },
                                    { QStringLiteral("entityId"), QStringLiteral("g") },
                                    { QStringLiteral("field"), QStringLiteral("title") },
                                    { QStringLiteral("value"), value } } };
}

QStringList values(const QList<StoredOp> &ops)
{
    QStringList out;
    for (const StoredOp &op : ops)
        out.append(op.op.value(QStringLiteral("value")).toString());
    return out;
}

} // namespace

TEST_CASE("Store contract: a transaction reads back what it appended at once, any text as written, an edit in it replacing the value",
          "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = samen::test::openStoreUnderTest(dir);
    REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a1"), 1));
    REQUIRE(store->insertPlan(QStringLiteral("p2"), QStringLiteral("a1"), 1));
    // What an array literal must keep: quotes, backslashes, braces, commas, the word NULL, right-to-left and invisible characters.
    const QString odd = QStringLiteral("\"quoted\" \\back\\slash {brace,comma} NULL \u202Eevil\u202C \u200Bé");
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(store->appendOp(QStringLiteral("p1"), titleOp(QStringLiteral("p1"), QStringLiteral("o1"), odd), 5).value() == 1);
        REQUIRE(store->appendOp(QStringLiteral("p1"), titleOp(QStringLiteral("p1"), QStringLiteral("o2"), QStringLiteral("second")), 5).value() == 2);
        REQUIRE(store->recordEntity(QStringLiteral("p1"), QStringLiteral("g"), { QStringLiteral("goal"), QStringLiteral("housing") }));
        REQUIRE(store->recordEntity(QStringLiteral("p1"), QStringLiteral("g"), { QStringLiteral("step"), QStringLiteral("money") })); // a known id stays

        // The checks of a push ask first: by id, one or many.
        auto one = store->opById(QStringLiteral("p1"), QStringLiteral("o1"));
        REQUIRE(one);
        REQUIRE(one->has_value());
        CHECK(one->value().seq == 1);
        CHECK(one->value().op.value(QStringLiteral("value")).toString() == odd);
        auto many = store->opsById(QStringLiteral("p1"), { QStringLiteral("o1"), QStringLiteral("o2"), QStringLiteral("o9") });
        REQUIRE(many);
        CHECK(many->size() == 2);
        CHECK(many->value(QStringLiteral("o2")).seq == 2);
        CHECK_FALSE(store->opsById(QStringLiteral("p2"), { QStringLiteral("o1") }).value().contains(QStringLiteral("o1")));
        CHECK(store->entity(QStringLiteral("p1"), QStringLiteral("g")).value()->entityType == QStringLiteral("goal"));
        auto records = store->entities(QStringLiteral("p1"), { QStringLiteral("g"), QStringLiteral("h") });
        REQUIRE(records);
        CHECK(records->value(QStringLiteral("g"))->domainKey == QStringLiteral("housing"));
        REQUIRE(records->contains(QStringLiteral("h")));
        CHECK_FALSE(records->value(QStringLiteral("h")).has_value());

        // Then every other read.
        CHECK(values(store->opsAfter(QStringLiteral("p1"), 0, 10).value()) == QStringList { odd, QStringLiteral("second") });
        CHECK(values(store->currentOps(QStringLiteral("p1")).value()) == QStringList { QStringLiteral("second") });
        CHECK(store->planHead(QStringLiteral("p1")).value() == 2);
        // Appends after a read, and to a second plan in the same transaction.
        REQUIRE(store->appendOp(QStringLiteral("p1"), titleOp(QStringLiteral("p1"), QStringLiteral("o3"), QStringLiteral("third")), 5).value() == 3);
        REQUIRE(store->appendOp(QStringLiteral("p2"), titleOp(QStringLiteral("p2"), QStringLiteral("o1"), odd), 5).value() == 1);
        CHECK(values(store->currentOps(QStringLiteral("p1")).value()) == QStringList { QStringLiteral("third") });
        REQUIRE(tx.commit());
    }
    CHECK(store->opCount().value() == 4);
    CHECK(values(store->opsAfter(QStringLiteral("p1"), 0, 10).value()) == QStringList { odd, QStringLiteral("second"), QStringLiteral("third") });
    CHECK(values(store->currentOps(QStringLiteral("p2")).value()) == QStringList { odd });
    CHECK(store->entity(QStringLiteral("p1"), QStringLiteral("g")).value()->domainKey == QStringLiteral("housing"));
    // An edit in a later transaction replaces the value the table holds.
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(store->appendOp(QStringLiteral("p1"), titleOp(QStringLiteral("p1"), QStringLiteral("o4"), QStringLiteral("fourth")), 5).value() == 4);
        REQUIRE(tx.commit());
    }
    auto current = store->currentOps(QStringLiteral("p1"));
    REQUIRE(current);
    REQUIRE(current->size() == 1);
    CHECK(current->first().seq == 4);
}
