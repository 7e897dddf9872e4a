// One contract, two backends: the ServiceStore's behaviour through its interface,
// on SQLCipher (default) or on PostgreSQL (SAMEN_TEST_BACKEND=postgresql, the
// "pg service:" CTests; a throwaway cluster, tests/support/pgcluster.h).
#include "audit/auditlog.h"
#include "storage/storetransaction.h"
#include "storeundertest.h"

#include <catch2/catch.hpp>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

std::unique_ptr<ServiceStore> openStore(const TestDir &dir)
{
    return samen::test::openStoreUnderTest(dir);
}

StoredOp op(const QString &planId, const QString &opId, const QString &type, const QString &entityId, const QString &field)
{
    return StoredOp { 0, QStringLiteral("housing"), type, field,
                      QJsonObject { { QStringLiteral("opId"), opId },
                                    { QStringLiteral("planId"), planId },
                                    { QStringLiteral("entityType"), type },
                                    { QStringLiteral("entityId"), entityId },
                                    { QStringLiteral("field"), field },
                                    { QStringLiteral("value"), QStringLiteral("x") } } };
}

} // namespace

TEST_CASE("Store contract: each plan numbers its operations 1, 2, 3 ... on its own, and finds them again", "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a1"), 1));
    REQUIRE(store->insertPlan(QStringLiteral("p2"), QStringLiteral("a1"), 1));
    CHECK(store->planHead(QStringLiteral("p1")).value() == 0);
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        for (int i = 1; i <= 3; ++i) {
            auto seq = store->appendOp(
                QStringLiteral("p1"),
                op(QStringLiteral("p1"), QStringLiteral("o%1").arg(i), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("title")), 5);
            REQUIRE(seq);
            CHECK(seq.value() == i);
        }
        REQUIRE(tx.commit());
    }
    auto other = store->appendOp(QStringLiteral("p2"),
                                 op(QStringLiteral("p2"), QStringLiteral("o1"), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("title")), 5);
    REQUIRE(other);
    CHECK(other.value() == 1);
    CHECK(store->planHead(QStringLiteral("p1")).value() == 3);
    CHECK(store->opCount().value() == 4);
    auto found = store->opById(QStringLiteral("p1"), QStringLiteral("o2"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(found->value().seq == 2);
    CHECK(found->value().op.value(QStringLiteral("value")).toString() == QStringLiteral("x"));
    auto page = store->opsAfter(QStringLiteral("p1"), 1, 1);
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    CHECK(page->first().seq == 2);
    CHECK(store->fieldOps(QStringLiteral("p1"), QStringLiteral("goal"), QStringLiteral("title")).value().size() == 3);
    CHECK(store->fieldOps(QStringLiteral("p1"), QStringLiteral("goal"), QStringLiteral("other")).value().isEmpty());
}

TEST_CASE("Store contract: a rolled-back transaction leaves nothing", "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a1"), 1));
    {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(store->appendOp(QStringLiteral("p1"),
                                op(QStringLiteral("p1"), QStringLiteral("o1"), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("title")), 5));
        REQUIRE(store->recordEntity(QStringLiteral("p1"), QStringLiteral("g"), { QStringLiteral("goal"), QStringLiteral("housing") }));
    } // no commit
    CHECK(store->opCount().value() == 0);
    CHECK_FALSE(store->entity(QStringLiteral("p1"), QStringLiteral("g")).value().has_value());
    auto seq = store->appendOp(QStringLiteral("p1"),
                               op(QStringLiteral("p1"), QStringLiteral("o1"), QStringLiteral("goal"), QStringLiteral("g"), QStringLiteral("title")), 5);
    REQUIRE(seq);
    CHECK(seq.value() == 1); // the rolled-back number is given again: no gap
}

TEST_CASE("Store contract: single-use secrets are gone after their first use, and expire", "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    const QByteArray code("\x00\x01code-hash\xff", 12); // hashes are raw bytes, zero bytes included
    REQUIRE(store->insertEnrolmentCode(code, { QStringLiteral("acc"), QStringLiteral("professional"), 1000 }));
    auto taken = store->takeEnrolmentCode(code, 999);
    REQUIRE(taken);
    REQUIRE(taken->has_value());
    CHECK(taken->value().accountId == QStringLiteral("acc"));
    CHECK_FALSE(store->takeEnrolmentCode(code, 999).value().has_value());
    REQUIRE(store->insertEnrolmentCode("late", { QStringLiteral("acc"), QStringLiteral("citizen"), 1000 }));
    CHECK_FALSE(store->takeEnrolmentCode("late", 1000).value().has_value());

    REQUIRE(store->insertChallenge("n1", QStringLiteral("d1"), 1000, 2));
    CHECK_FALSE(store->takeChallenge("n1", QStringLiteral("d2"), 10).value()); // another device's attempt uses it up
    CHECK_FALSE(store->takeChallenge("n1", QStringLiteral("d1"), 10).value());
    for (const char *n : { "a", "b", "c" })
        REQUIRE(store->insertChallenge(n, QStringLiteral("d1"), 1000, 2));
    CHECK_FALSE(store->takeChallenge("a", QStringLiteral("d1"), 10).value()); // only the 2 newest are kept
    CHECK(store->takeChallenge("c", QStringLiteral("d1"), 10).value());
    CHECK_FALSE(store->takeChallenge("b", QStringLiteral("d1"), 1000).value()); // expired

    REQUIRE(store->insertToken("t1", QStringLiteral("d1"), 1000));
    REQUIRE(store->insertToken("t2", QStringLiteral("d1"), 5000));
    CHECK(store->tokenDevice("t1", 999).value() == QStringLiteral("d1"));
    CHECK(store->tokenDevice("t1", 1000).value().isEmpty());
    CHECK(store->purgeExpired(1000).value() == 1);
    REQUIRE(store->deleteTokensOfDevice(QStringLiteral("d1")));
    CHECK(store->tokenDevice("t2", 10).value().isEmpty());
}

TEST_CASE("Store contract: devices, members, grants, invitations and entities read back as written", "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    const QByteArray key("\x00\x10\x7f\x80\xff", 5);
    REQUIRE(store->insertDevice({ QStringLiteral("d1"), QStringLiteral("acc"), QStringLiteral("Phone é"), key, 10, 0 }));
    REQUIRE(store->revokeDevice(QStringLiteral("d1"), 20));
    auto device = store->device(QStringLiteral("d1"));
    REQUIRE(device);
    REQUIRE(device->has_value());
    CHECK(device->value().publicKey == key);
    CHECK(device->value().displayName == QStringLiteral("Phone é"));
    CHECK(device->value().revokedMs == 20);
    CHECK(store->devicesOfAccount(QStringLiteral("acc")).value().size() == 1);

    REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("acc"), 1));
    CHECK(store->planExists(QStringLiteral("p1")).value());
    CHECK_FALSE(store->planExists(QStringLiteral("p9")).value());
    REQUIRE(store->upsertMember({ QStringLiteral("p1"), QStringLiteral("m1"), QStringLiteral("acc"), QStringLiteral("citizen"), QStringLiteral("owner"),
                                  QStringLiteral("active"), 1, QString() }));
    REQUIRE(store->upsertMember({ QStringLiteral("p1"), QStringLiteral("m2"), QStringLiteral("acc2"), QStringLiteral("network"), QStringLiteral("member"),
                                  QStringLiteral("pending"), 2, QStringLiteral("Sam") }));
    REQUIRE(store->upsertMember({ QStringLiteral("p1"), QStringLiteral("m2"), QStringLiteral("acc3"), QStringLiteral("network"), QStringLiteral("member"),
                                  QStringLiteral("active"), 3, QStringLiteral("Kim") }));
    auto members = store->members(QStringLiteral("p1"));
    REQUIRE(members->size() == 2);
    CHECK(members->at(1).accountId == QStringLiteral("acc3"));
    CHECK(members->at(1).name == QStringLiteral("Kim"));
    CHECK(store->memberIdInUse(QStringLiteral("m2")).value());
    CHECK(store->membershipsOfAccount(QStringLiteral("acc3")).value().size() == 1);

    REQUIRE(store->insertGrant(
        { QStringLiteral("p1"), QStringLiteral("g1"), QStringLiteral("m2"), QStringLiteral("housing"), QStringLiteral("read"), QStringLiteral("help"), 0 }));
    CHECK(store->grants(QStringLiteral("p1")).value().size() == 1);
    CHECK(store->deleteGrant(QStringLiteral("p1"), QStringLiteral("g1")).value());
    CHECK_FALSE(store->deleteGrant(QStringLiteral("p1"), QStringLiteral("g1")).value());

    InvitationRecord inv { QStringLiteral("p1"),
                           QStringLiteral("i1"),
                           QStringLiteral("network"),
                           QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") } } },
                           QStringLiteral("m1"),
                           5,
                           50,
                           QStringLiteral("pending"),
                           QStringLiteral("m3"),
                           QJsonObject { { QStringLiteral("name"), QStringLiteral("Jo") } },
                           QStringLiteral("Ann"),
                           0 };
    REQUIRE(store->insertInvitation(inv, "code"));
    inv.status = QStringLiteral("redeemed");
    REQUIRE(store->updateInvitation(inv));
    auto byCode = store->invitationByCode("code");
    REQUIRE(byCode);
    REQUIRE(byCode->has_value());
    CHECK(byCode->value().status == QStringLiteral("redeemed"));
    CHECK(byCode->value().invitee.value(QStringLiteral("name")).toString() == QStringLiteral("Jo"));
    CHECK(byCode->value().grants.size() == 1);

    REQUIRE(store->recordEntity(QStringLiteral("p1"), QStringLiteral("e1"), { QStringLiteral("goal"), QStringLiteral("work") }));
    REQUIRE(store->recordEntity(QStringLiteral("p1"), QStringLiteral("e1"), { QStringLiteral("task"), QStringLiteral("money") })); // a known id stays
    CHECK(store->entity(QStringLiteral("p1"), QStringLiteral("e1")).value()->entityType == QStringLiteral("goal"));
}

TEST_CASE("Store contract: each plan's audit entries are a chain of their own, service-wide entries another, and all of them verify",
          "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    AuditLog audit(*store);
    const QStringList plans { QStringLiteral("p1"), QStringLiteral("p2"), QString(), QStringLiteral("p1"), QStringLiteral("p1"), QStringLiteral("p2") };
    for (int i = 0; i < plans.size(); ++i) {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(audit.append(plans[i], QStringLiteral("d1"), QStringLiteral("ops.write"), plans[i], { { QStringLiteral("count"), i } }, 100 + i));
        REQUIRE(tx.commit());
    }
    auto head = AuditLog::verify(*store);
    INFO((head ? QString() : head.error().message).toStdString());
    REQUIRE(head);
    CHECK(head->size() == 6);
    REQUIRE(head->chains.size() == 3);
    CHECK(head->chains == store->auditChains().value()); // the recorded heads are the walked ones
    const QString p1 = AuditLog::chainOf(QStringLiteral("p1"));
    REQUIRE(head->find(p1));
    CHECK(head->find(p1)->size == 3);
    CHECK(head->find(AuditLog::chainOf(QStringLiteral("p2")))->size == 2);
    CHECK(head->find(QStringLiteral("service"))->size == 1);
    // p1's entries link to each other only, from p1's own genesis; seq keeps rising across the log.
    auto own = store->chainEntries(p1, 0, 10).value();
    REQUIRE(own.size() == 3);
    CHECK(own[0].prevHash == AuditLog::genesis(p1));
    CHECK(own[1].prevHash == own[0].hash);
    CHECK(own[2].prevHash == own[1].hash);
    CHECK((own[0].chainPos == 1 && own[1].chainPos == 2 && own[2].chainPos == 3));
    CHECK((own[0].seq < own[1].seq && own[1].seq < own[2].seq));
    CHECK(own[2].hash == head->find(p1)->hash);
    CHECK(store->auditEntries(QStringLiteral("p1"), 0, 10).value().size() == 3);
    CHECK(store->auditEntries(QString(), 0, 10).value().size() == 6);
    // No fork: a second entry at a taken position of a chain is refused.
    AuditRecord fork = own[2];
    fork.seq = 1000;
    CHECK_FALSE(store->insertAudit(fork));
}

TEST_CASE("Store contract: an entry that does not fit one plan's chain is found, and named by that chain", "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    AuditLog audit(*store);
    for (const QString &plan : { QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p2") }) {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(audit.append(plan, QStringLiteral("d1"), QStringLiteral("ops.write"), plan, {}, 100));
        REQUIRE(tx.commit());
    }
    REQUIRE(AuditLog::verify(*store));
    const QString p2 = AuditLog::chainOf(QStringLiteral("p2"));
    SECTION("an entry slipped into p2's chain that does not link to the one before it")
    {
        AuditRecord forged = store->chainEntries(p2, 0, 10).value().at(1);
        forged.seq = 99;
        forged.chainPos = 3;
        forged.action = QStringLiteral("ops.read");
        forged.hash = AuditLog::entryHash(forged.prevHash, forged); // links to entry 1, not to entry 2
        REQUIRE(store->insertAudit(forged));
        auto checked = AuditLog::verify(*store);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::Damaged);
        CHECK(checked.error().message.contains(QStringLiteral("audit entry 99 does not link")));
        CHECK(checked.error().message.contains(p2.left(12)));
    }
    SECTION("an entry of p2's chain whose content no longer matches its hash")
    {
        AuditRecord altered = store->chainEntries(p2, 0, 10).value().at(1);
        altered.seq = 98;
        altered.chainPos = 3;
        altered.prevHash = altered.hash; // links, but its hash is that of other content
        REQUIRE(store->insertAudit(altered));
        auto checked = AuditLog::verify(*store);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().message.contains(QStringLiteral("audit entry 98 was altered")));
        CHECK(checked.error().message.contains(p2.left(12)));
    }
    SECTION("a kept head of p2 that its chain no longer holds (cut short and re-grown)")
    {
        auto kept = AuditLog::verify(*store).value();
        AuditLog::LogHead wrong = kept;
        for (AuditChainHead &c : wrong.chains) {
            if (c.chain == p2)
                c.hash = QString(64, QLatin1Char('a'));
        }
        auto checked = AuditLog::extends(*store, wrong);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().message.contains(QStringLiteral("rewritten")));
        CHECK(AuditLog::extends(*store, kept));
    }
}

TEST_CASE("Store contract: memberLeft says whether a member's last membership change in a plan was leaving, not being removed",
          "[service][bothstores][storecontract]")
{
    TestDir dir;
    auto store = openStore(dir);
    AuditLog audit(*store);
    auto log = [&](const QString &plan, const QString &action, const QString &member, qint64 at) {
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(audit.append(plan, QStringLiteral("d1"), action, member, { { QStringLiteral("memberId"), member } }, at));
        REQUIRE(tx.commit());
    };
    log(QStringLiteral("p1"), QStringLiteral("member.confirm"), QStringLiteral("m1"), 100);
    CHECK_FALSE(store->memberLeft(QStringLiteral("p1"), QStringLiteral("m1")).value());
    log(QStringLiteral("p1"), QStringLiteral("member.leave"), QStringLiteral("m1"), 101);
    log(QStringLiteral("p2"), QStringLiteral("member.remove"), QStringLiteral("m1"), 102); // another plan's entry about the same id
    log(QStringLiteral("p1"), QStringLiteral("ops.write"), QStringLiteral("m1"), 103);
    CHECK(store->memberLeft(QStringLiteral("p1"), QStringLiteral("m1")).value());
    CHECK_FALSE(store->memberLeft(QStringLiteral("p2"), QStringLiteral("m1")).value());
    CHECK_FALSE(store->memberLeft(QStringLiteral("p1"), QStringLiteral("m2")).value());
    // Let in again and then removed by the owner: the last change counts.
    log(QStringLiteral("p1"), QStringLiteral("member.remove"), QStringLiteral("m1"), 104);
    CHECK_FALSE(store->memberLeft(QStringLiteral("p1"), QStringLiteral("m1")).value());
}
