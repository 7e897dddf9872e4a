// Withdrawal against the real samen-service over real TLS: when the plan's owner
// takes a domain's read grant away, or removes the member, the member's device
// deletes what it may no longer read, and a marker from the withdrawn data is found
// nowhere in its files: not in the encrypted bytes, not in the decrypted pages of
// the database (free pages and slack included), not in its WAL.
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "store/deviceaccess.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

using namespace samen;
using namespace samen::test;

namespace {

const QByteArray kMarker = "Zebracrossing-4711";
const QByteArray kKeptTitle = "Keep my job";

/** What addEveryKind() writes about housing, which is withdrawn first. */
const QList<QByteArray> kHousingKinds { kMarker, "Call the housing office", "Housingtimeline-marker-5521", "Assessment-marker-5521", "HousingOrderMarker5521" };
/** What the friend may read while any domain is granted: plan-level data, and work (withdrawn last). */
const QList<QByteArray> kPlanKinds { "Planname-marker-5521", "Story-marker-5521", "Membername-marker-5521", "Plantimeline-marker-5521" };
const QList<QByteArray> kWorkKinds { kKeptTitle, "WorkOrderMarker5521" };

QByteArray rawFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/**
 * Decrypts every page of a SQLCipher 4 file (default settings: 4096-byte pages,
 * PBKDF2-HMAC-SHA512 with 256000 iterations, AES-256-CBC, 80 reserved bytes per page
 * holding the IV and HMAC), the way the library does, independently of it: so free
 * pages and the unused space inside pages are searched too. The WAL's frames
 * (32-byte header, then 24-byte frame headers before each page) use the same key.
 */
struct PageDecryptor {
    static constexpr int kPage = 4096;
    static constexpr int kReserve = 80;
    QByteArray key;

    explicit PageDecryptor(const QByteArray &mainFile)
    {
        REQUIRE(mainFile.size() >= kPage);
        const QByteArray salt = mainFile.left(16);
        key.resize(32);
        REQUIRE(PKCS5_PBKDF2_HMAC(kPassphrase.toUtf8().constData(), static_cast<int>(kPassphrase.toUtf8().size()),
                                  reinterpret_cast<const unsigned char *>(salt.constData()), 16, 256000, EVP_sha512(), 32,
                                  reinterpret_cast<unsigned char *>(key.data()))
                == 1);
    }

    QByteArray page(const QByteArray &encrypted, bool first) const
    {
        const int offset = first ? 16 : 0;
        const QByteArray iv = encrypted.mid(kPage - kReserve, 16);
        const QByteArray cipher = encrypted.mid(offset, kPage - kReserve - offset);
        QByteArray plain(cipher.size() + 32, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int n = 0, m = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(iv.constData()));
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &n, reinterpret_cast<const unsigned char *>(cipher.constData()),
                          static_cast<int>(cipher.size()));
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + n, &m);
        EVP_CIPHER_CTX_free(ctx);
        return plain.left(n + m);
    }

    QByteArray database(const QByteArray &file) const
    {
        QByteArray out;
        for (qsizetype at = 0; at + kPage <= file.size(); at += kPage)
            out += page(file.mid(at, kPage), at == 0);
        return out;
    }

    QByteArray wal(const QByteArray &file) const
    {
        QByteArray out;
        for (qsizetype at = 32; at + 24 + kPage <= file.size(); at += 24 + kPage) {
            const auto *h = reinterpret_cast<const unsigned char *>(file.constData() + at);
            const quint32 pageNo = (quint32(h[0]) << 24) | (quint32(h[1]) << 16) | (quint32(h[2]) << 8) | quint32(h[3]);
            out += page(file.mid(at + 24, kPage), pageNo == 1);
        }
        return out;
    }
};

/** Everything readable from a data folder's database files: raw bytes and decrypted pages. */
struct FileScan {
    QByteArray raw; ///< samen.db, -wal and -shm as stored
    QByteArray decrypted; ///< every page of samen.db and of the WAL, decrypted
    qint64 walSize = 0;

    explicit FileScan(const QString &dataDir)
    {
        const QString db = PlanStore::databasePath(dataDir);
        const QByteArray main = rawFile(db);
        const QByteArray wal = rawFile(db + QStringLiteral("-wal"));
        raw = main + wal + rawFile(db + QStringLiteral("-shm"));
        walSize = wal.size();
        const PageDecryptor decryptor(main);
        decrypted = decryptor.database(main) + decryptor.wal(wal);
    }
};

/** Robin's plan with a housing goal (and a step) carrying the marker, and a work goal; synced to the service. */
struct Scenario {
    TestDir serviceDir, citizenDir, friendDir;
    ServiceProcess service { serviceDir.path() };
    std::unique_ptr<Device> citizen, friendDevice;
    QString planId, housingGoal, housingStep, workGoal, friendMemberId;

    Scenario()
    {
        REQUIRE(service.start());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
        citizen = std::make_unique<Device>(citizenDir.path(), QStringLiteral("citizen1"));
        planId = citizen->makePlan(QStringLiteral("Robin"));
        housingGoal = citizen->edit(citizen->editor().addGoal(QStringLiteral("housing"), QString::fromLatin1(kMarker), {}, {}));
        housingStep = citizen->edit(citizen->editor().addStep(housingGoal, QStringLiteral("Call the housing office"), {}, {}));
        workGoal = citizen->edit(citizen->editor().addGoal(QStringLiteral("work"), QString::fromLatin1(kKeptTitle), {}, {}));
        REQUIRE(citizen->client->configure(url, trust));
        REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { citizen->client->connectService(QStringLiteral("phone"), {}, d); }));
        REQUIRE(citizen->sync());

        // A friend may read housing and work.
        const auto invitation = citizen->call(
            "POST", QStringLiteral("/v1/plans/%1/invitations").arg(planId),
            { { QStringLiteral("kind"), QStringLiteral("network") },
              { QStringLiteral("grants"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("housing") }, { QStringLiteral("access"), QStringLiteral("read") } },
                    QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") }, { QStringLiteral("access"), QStringLiteral("read") } } } } });
        REQUIRE(invitation);
        friendDevice = std::make_unique<Device>(friendDir.path(), QStringLiteral("friend1"));
        REQUIRE(friendDevice->client->configure(url, trust));
        REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { friendDevice->client->connectService(QStringLiteral("phone"), {}, d); }));
        const auto joined = await<QJsonObject>(
            [&](SyncClient::Done<QJsonObject> d) { friendDevice->client->joinPlan(invitation->value(QStringLiteral("code")).toString(), d); });
        REQUIRE(joined);
        friendMemberId = joined->value(QStringLiteral("memberId")).toString();
        REQUIRE(citizen->call("POST", QStringLiteral("/v1/plans/%1/members/%2/confirm").arg(planId, friendMemberId)));
        REQUIRE(friendDevice->sync());
        REQUIRE(friendDevice->store->entity(housingGoal));
        REQUIRE(friendDevice->store->entity(housingStep));
        REQUIRE(friendDevice->store->entity(workGoal));
    }

    /** The owner withdraws the friend's grant on a domain. */
    void removeGrant(const QString &domain)
    {
        const auto grants = citizen->call("GET", QStringLiteral("/v1/plans/%1/grants").arg(planId));
        REQUIRE(grants);
        QString grantId;
        for (const QJsonValue &g : grants->value(QStringLiteral("grants")).toArray()) {
            if (g[QStringLiteral("memberId")].toString() == friendMemberId && g[QStringLiteral("domainKey")].toString() == domain)
                grantId = g[QStringLiteral("grantId")].toString();
        }
        REQUIRE_FALSE(grantId.isEmpty());
        REQUIRE(citizen->call("DELETE", QStringLiteral("/v1/plans/%1/grants/%2").arg(planId, grantId)));
    }

    /** The id of the plan entity of this type whose field has this value, on the citizen's device. */
    QString idOf(const QString &type, const QString &field, const QString &value) const
    {
        for (const QJsonObject &e : citizen->store->entities(planId, type)) {
            if (e.value(field).toString() == value)
                return e.value(QStringLiteral("id")).toString();
        }
        FAIL("no " << type.toStdString() << " with " << field.toStdString() << " = " << value.toStdString());
        return {};
    }

    /**
     * Gives every kind of plan data a marker of its own (kEveryKind): plan name, story,
     * another member's name, a plan-level timeline entry, a timeline entry about the
     * housing step, a housing assessment, and each domain's place in the order; then
     * both devices sync.
     */
    void addEveryKind()
    {
        PlanEditor e = citizen->editor();
        citizen->edit(e.setField(planId, QStringLiteral("name"), QStringLiteral("Planname-marker-5521")));
        citizen->edit(e.setStory(QStringLiteral("Story-marker-5521")));
        MemberInput ellen;
        ellen.kind = QStringLiteral("network");
        ellen.name = QStringLiteral("Membername-marker-5521");
        ellen.relation = QStringLiteral("friend");
        const QString ellenId = citizen->edit(e.addMember(ellen));
        citizen->edit(
            e.setField(idOf(QStringLiteral("timeline"), QStringLiteral("refId"), ellenId), QStringLiteral("text"), QStringLiteral("Plantimeline-marker-5521")));
        citizen->edit(e.completeStep(housingStep));
        housingEntry = idOf(QStringLiteral("timeline"), QStringLiteral("refId"), housingStep);
        citizen->edit(e.setField(housingEntry, QStringLiteral("text"), QStringLiteral("Housingtimeline-marker-5521")));
        citizen->edit(e.assess(QStringLiteral("housing"), 4, QStringLiteral("Assessment-marker-5521"), QDate(2026, 11, 1)));
        citizen->edit(e.setField(idOf(QStringLiteral("domain"), QStringLiteral("key"), QStringLiteral("housing")), QStringLiteral("sortKey"),
                                 QStringLiteral("HousingOrderMarker5521")));
        citizen->edit(e.setField(idOf(QStringLiteral("domain"), QStringLiteral("key"), QStringLiteral("work")), QStringLiteral("sortKey"),
                                 QStringLiteral("WorkOrderMarker5521")));
        REQUIRE(citizen->sync());
        REQUIRE(friendDevice->sync());
    }

    QString housingEntry; ///< the timeline entry about the housing step (after addEveryKind)

    /** Closes the friend's store so its files are as they stay on disk. */
    void closeFriend()
    {
        friendDevice->client.reset();
        friendDevice->store.reset();
    }
};

} // namespace

TEST_CASE("The scan of a member's files finds a marker in the decrypted pages while the data is there, and never in the encrypted bytes", "[sync][withdrawal]")
{
    Scenario s;
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        CHECK(scan.decrypted.contains("CREATE TABLE ops")); // the decryption is right
        CHECK(scan.decrypted.contains(kMarker)); // so an absence in the tests below means the data is gone
        CHECK_FALSE(scan.raw.contains(kMarker));
    }
}

TEST_CASE("After the owner withdraws a domain's read grant, the member's next sync deletes that domain and no copy is left in its files", "[sync][withdrawal]")
{
    Scenario s;
    QStringList notices;
    QObject guard;
    QObject::connect(s.friendDevice->client.get(), &SyncClient::accessWithdrawn, &guard, [&](const QString &m) { notices << m; });

    s.removeGrant(QStringLiteral("housing"));
    const auto round = s.friendDevice->sync();
    INFO((round ? QString() : round.error().message).toStdString());
    REQUIRE(round);

    PlanStore &store = *s.friendDevice->store;
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK_FALSE(store.entity(s.housingStep));
    CHECK(store.history(s.housingGoal).isEmpty());
    CHECK(store.history(s.housingStep).isEmpty());
    CHECK_FALSE(store.receivedDomainKeys(s.planId).contains(QStringLiteral("housing")));
    // What the friend may still read stays.
    REQUIRE(store.entity(s.workGoal));
    CHECK(store.entity(s.workGoal)->value(QStringLiteral("title")).toString() == QString::fromLatin1(kKeptTitle));
    const QString expected = QStringLiteral("\u2068Robin\u2069 has withdrawn your access to Housing. That part of the plan is no longer on this device.");
    CHECK(notices == QStringList { expected });
    CHECK(s.friendDevice->client->withdrawalNotice() == expected);

    // A later sync brings nothing of the domain back, and tells nothing new.
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK(notices.size() == 1);

    // While the app still runs (store open: its WAL in use) and after it closed.
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0); // while open, the WAL holds only what was written after the purge
        CHECK_FALSE(scan.raw.contains(kMarker));
        CHECK(scan.decrypted.contains(kKeptTitle)); // the pages were decrypted
        CHECK_FALSE(scan.decrypted.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains("Call the housing office"));
    }

    // The owner's own copy is untouched.
    CHECK(s.citizen->store->entity(s.housingGoal));
}

TEST_CASE("After the owner removes a member, the member's next sync deletes the whole plan and no copy is left in its files", "[sync][withdrawal]")
{
    Scenario s;
    REQUIRE(s.citizen->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(s.planId, s.friendMemberId)));

    const auto round = s.friendDevice->sync();
    REQUIRE_FALSE(round);
    CHECK(round.error().code == ErrorCode::Permission);
    CHECK(round.error().message == QStringLiteral("\u2068Robin\u2069 has removed you from the plan. The plan is no longer on this device."));
    PlanStore &store = *s.friendDevice->store;
    CHECK(store.operationCount() == 0);
    CHECK(store.planIds().isEmpty());
    CHECK(store.entities(s.planId, QStringLiteral("goal")).isEmpty());
    CHECK(store.setting(QStringLiteral("planId")).isEmpty());
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("removed you")));

    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0); // while open, the WAL holds only what was written after the purge
        CHECK(scan.decrypted.contains("CREATE TABLE ops"));
        CHECK_FALSE(scan.raw.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains(kMarker));
        CHECK_FALSE(scan.decrypted.contains(kKeptTitle));
    }
}

TEST_CASE("A member's device that listens live deletes a withdrawn domain without being asked to sync", "[sync][withdrawal]")
{
    Scenario s;
    s.friendDevice->client->start(600000);
    REQUIRE(waitFor([&] { return s.friendDevice->client->isLive() && s.friendDevice->client->state() == SyncClient::State::Synced; }));

    s.removeGrant(QStringLiteral("housing"));
    CHECK(waitFor([&] { return !s.friendDevice->store->entity(s.housingGoal).has_value(); }));
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("Housing")));
    CHECK(s.friendDevice->store->entity(s.workGoal));
    s.friendDevice->client->stop();
}

TEST_CASE("The owner's device is never purged, whatever grants it holds", "[sync][withdrawal]")
{
    Scenario s;
    s.removeGrant(QStringLiteral("housing"));
    REQUIRE(s.citizen->sync());
    CHECK(s.citizen->store->entity(s.housingGoal));
    CHECK(s.citizen->store->setting(QStringLiteral("sync.role")) == QStringLiteral("owner"));
    CHECK(s.citizen->client->withdrawalNotice().isEmpty());
}

TEST_CASE("A member's own accepted goal in a domain whose grant is withdrawn is deleted too, a refused one in a read-only domain is kept", "[sync][withdrawal]")
{
    Scenario s;
    REQUIRE(s.citizen->call("POST", QStringLiteral("/v1/plans/%1/grants").arg(s.planId),
                            { { QStringLiteral("memberId"), s.friendMemberId },
                              { QStringLiteral("domainKey"), QStringLiteral("money") },
                              { QStringLiteral("access"), QStringLiteral("write") } }));
    REQUIRE(s.friendDevice->sync()); // the newly granted domain arrives with the round's history fetch
    REQUIRE(s.friendDevice->store->receivedDomainKeys(s.planId).contains(QStringLiteral("money")));
    const QString own = s.friendDevice->edit(s.friendDevice->editor().addGoal(QStringLiteral("money"), QStringLiteral("Pay the rent arrears"), {}, {}));
    const QString refused = s.friendDevice->edit(s.friendDevice->editor().addGoal(QStringLiteral("work"), QStringLiteral("Not mine to add"), {}, {}));
    const auto pushed = s.friendDevice->sync();
    REQUIRE(pushed);
    REQUIRE(pushed->refused > 0);

    s.removeGrant(QStringLiteral("money"));
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(s.friendDevice->store->entity(own));
    CHECK(s.friendDevice->store->history(own).isEmpty());
    CHECK(s.friendDevice->store->entity(refused)); // the user decides about refused changes
    CHECK_FALSE(s.friendDevice->store->rejected().isEmpty());
    CHECK(s.friendDevice->store->entity(s.housingGoal));
    CHECK(s.friendDevice->client->withdrawalNotice().contains(QStringLiteral("access to Money and debts")));
}

TEST_CASE("A member's device that listens live deletes the whole plan when the member is removed, and stops syncing", "[sync][withdrawal]")
{
    Scenario s;
    QStringList notices;
    QObject guard;
    QObject::connect(s.friendDevice->client.get(), &SyncClient::accessWithdrawn, &guard, [&](const QString &m) { notices << m; });
    s.friendDevice->client->start(600000);
    REQUIRE(waitFor([&] { return s.friendDevice->client->isLive() && s.friendDevice->client->state() == SyncClient::State::Synced; }));

    REQUIRE(s.citizen->call("DELETE", QStringLiteral("/v1/plans/%1/members/%2").arg(s.planId, s.friendMemberId)));
    REQUIRE(waitFor([&] { return s.friendDevice->store->operationCount() == 0; }));
    CHECK(notices == QStringList { QStringLiteral("\u2068Robin\u2069 has removed you from the plan. The plan is no longer on this device.") });
    CHECK_FALSE(s.friendDevice->client->isLive());
    CHECK(s.friendDevice->client->state() == SyncClient::State::Error);
    CHECK(s.friendDevice->client->statusText().contains(QStringLiteral("removed you from the plan")));
}

TEST_CASE("Withdrawing a domain deletes its timeline entries and its place in the order, and withdrawing the last one leaves no plan data at all",
          "[sync][withdrawal]")
{
    Scenario s;
    s.addEveryKind();
    {
        const FileScan scan(s.friendDir.path());
        for (const QByteArray &marker : kHousingKinds + kPlanKinds + kWorkKinds) {
            INFO("before: " << marker.constData());
            CHECK(scan.decrypted.contains(marker)); // every kind reached the member, so an absence below is a deletion
        }
    }
    PlanStore &store = *s.friendDevice->store;

    // One domain withdrawn: everything about it goes, timeline entry and order included; the plan-level data stays.
    s.removeGrant(QStringLiteral("housing"));
    REQUIRE(s.friendDevice->sync());
    CHECK_FALSE(store.entity(s.housingEntry));
    CHECK(store.history(s.housingEntry).isEmpty());
    CHECK(store.entity(s.planId).value_or(QJsonObject()).value(QStringLiteral("story")).toString() == QStringLiteral("Story-marker-5521"));
    {
        const FileScan scan(s.friendDir.path()); // database and WAL, the store open
        for (const QByteArray &marker : kHousingKinds) {
            INFO("withdrawn: " << marker.constData());
            CHECK_FALSE(scan.decrypted.contains(marker));
        }
        for (const QByteArray &marker : kPlanKinds + kWorkKinds) {
            INFO("kept: " << marker.constData());
            CHECK(scan.decrypted.contains(marker));
        }
    }
    const auto pulled = s.friendDevice->call("GET", QStringLiteral("/v1/plans/%1/ops?after=0").arg(s.planId));
    REQUIRE(pulled);
    CHECK(QJsonDocument(pulled.value()).toJson().contains("Story-marker-5521")); // the service's rule is the device's

    // The last domain withdrawn: the member holds nothing of the plan, and is told so in plain words.
    s.removeGrant(QStringLiteral("work"));
    const auto round = s.friendDevice->sync();
    INFO((round ? QString() : round.error().message).toStdString());
    REQUIRE(round);
    CHECK(store.operationCount() == 0);
    CHECK(store.entities(s.planId, QStringLiteral("member")).isEmpty());
    CHECK_FALSE(store.entity(s.planId));
    CHECK(store.setting(QStringLiteral("planId")) == s.planId); // still a member: access may come back
    CHECK(s.friendDevice->client->withdrawalNotice().startsWith(
        QStringLiteral("\u2068Robin\u2069 has withdrawn all your access. The plan is no longer on this device.")));
    const auto nothing = s.friendDevice->call("GET", QStringLiteral("/v1/plans/%1/ops?after=0").arg(s.planId));
    REQUIRE(nothing);
    CHECK(nothing->value(QStringLiteral("ops")).toArray().isEmpty());
    for (const bool open : { true, false }) {
        INFO("store open: " << open);
        if (!open)
            s.closeFriend();
        const FileScan scan(s.friendDir.path());
        if (!open)
            CHECK(scan.walSize == 0);
        CHECK(scan.decrypted.contains("CREATE TABLE ops"));
        for (const QByteArray &marker : kHousingKinds + kPlanKinds + kWorkKinds) {
            INFO("after the last withdrawal: " << marker.constData());
            CHECK_FALSE(scan.decrypted.contains(marker));
            CHECK_FALSE(scan.raw.contains(marker));
        }
    }
    // samen-cli says so and what to do, rather than showing an empty plan.
    const CliRun shown = runCli(s.friendDir.path(), { QStringLiteral("plan"), QStringLiteral("show") }, kPassphrase);
    CHECK(shown.exitCode == 1);
    CHECK(shown.err.contains("You cannot see any part of this plan at the moment"));
}

TEST_CASE("A member whose every domain was withdrawn gets the plan back, history included, when a domain is granted again", "[sync][withdrawal]")
{
    Scenario s;
    s.addEveryKind();
    s.removeGrant(QStringLiteral("housing"));
    s.removeGrant(QStringLiteral("work"));
    REQUIRE(s.friendDevice->sync());
    REQUIRE(s.friendDevice->store->operationCount() == 0);
    REQUIRE_FALSE(s.friendDevice->client->withdrawalNotice().isEmpty());

    REQUIRE(s.citizen->call("POST", QStringLiteral("/v1/plans/%1/grants").arg(s.planId),
                            { { QStringLiteral("memberId"), s.friendMemberId },
                              { QStringLiteral("domainKey"), QStringLiteral("work") },
                              { QStringLiteral("access"), QStringLiteral("read") } }));
    REQUIRE(s.friendDevice->sync());
    PlanStore &store = *s.friendDevice->store;
    REQUIRE(store.entity(s.workGoal));
    CHECK(store.entity(s.planId).value_or(QJsonObject()).value(QStringLiteral("story")).toString() == QStringLiteral("Story-marker-5521"));
    CHECK(store.history(s.planId, QStringLiteral("name")).size() == 2); // the earlier name too: the history is whole
    CHECK_FALSE(store.entity(s.housingGoal));
    CHECK_FALSE(store.entity(s.housingEntry));
    CHECK(DeviceAccess::load(store).canRead(QStringLiteral("work")));
    CHECK_FALSE(DeviceAccess::load(store).canWrite(QStringLiteral("work")));
    // "All your access was withdrawn" no longer holds once a part is shared again.
    CHECK(s.friendDevice->client->withdrawalNotice().isEmpty());
}
