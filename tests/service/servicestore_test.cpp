// The service's SQLCipher store on its own: schema migrations on a real file.
#include "storage/sqlcipherservicestore.h"
#include "store/database.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

StoredOp timelineOp(const QString &planId, const QString &entryId, const QString &domainKey, const QString &field)
{
    const QJsonObject body { { QStringLiteral("opId"), entryId + field },
                             { QStringLiteral("planId"), planId },
                             { QStringLiteral("entityType"), QStringLiteral("timeline") },
                             { QStringLiteral("entityId"), entryId },
                             { QStringLiteral("field"), field } };
    return StoredOp { 0, domainKey, QStringLiteral("timeline"), field, body };
}

} // namespace

TEST_CASE("Migrating the service store to version 3 records every existing timeline entry with its domain", "[service]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5a');
    const QString planId = QStringLiteral("0192f3a4-7000-7000-8000-00000000aaaa");
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-plan"), QString(), QStringLiteral("kind")), 1));
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-plan"), QString(), QStringLiteral("text")), 2));
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-work"), QStringLiteral("work"), QStringLiteral("kind")), 3));
        const MemberRecord owner {
            planId, QStringLiteral("member-1"), QStringLiteral("account-1"), QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"), 1
        };
        REQUIRE(store.value()->upsertMember(owner));
    }
    {
        // Back to what a version 2 service left: no index on member ids, timeline entries not recorded.
        auto db = Database::open(path, DatabaseKey::raw(key), false);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("DROP INDEX members_member")));
        REQUIRE(db.value()->exec(QStringLiteral("DELETE FROM entity_domains")));
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    const auto planLevel = store.value()->entityDomain(planId, QStringLiteral("entry-plan"));
    REQUIRE(planLevel);
    REQUIRE(planLevel->has_value());
    CHECK(planLevel->value().isEmpty());
    const auto work = store.value()->entityDomain(planId, QStringLiteral("entry-work"));
    REQUIRE(work);
    CHECK(work->value_or(QStringLiteral("missing")) == QStringLiteral("work"));
    const auto unknown = store.value()->entityDomain(planId, QStringLiteral("entry-never"));
    REQUIRE(unknown);
    CHECK_FALSE(unknown->has_value());
    const auto used = store.value()->memberIdInUse(QStringLiteral("member-1"));
    const auto unused = store.value()->memberIdInUse(QStringLiteral("member-2"));
    REQUIRE(used);
    REQUIRE(unused);
    CHECK(used.value());
    CHECK_FALSE(unused.value());
}
