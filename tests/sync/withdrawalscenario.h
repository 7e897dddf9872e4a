#pragma once
// The withdrawal scenario shared by the sync tests of withdrawal and erasure: Robin's plan
// synced through the real samen-service over TLS, a friend's device that reads two
// domains, and a scan of a data folder's files (raw and decrypted pages, WAL included).
#include "cliprocess.h"
#include "synctestsupport.h"
#include "testdir.h"

#include "store/deviceaccess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

namespace samen::test {

inline const QByteArray kMarker = "Zebracrossing-4711";
inline const QByteArray kKeptTitle = "Keep my job";

/** What addEveryKind() writes about housing, which is withdrawn first. */
inline const QList<QByteArray> kHousingKinds { kMarker, "Call the housing office", "Housingtimeline-marker-5521", "Assessment-marker-5521",
                                               "HousingOrderMarker5521" };
/** What the friend may read while any domain is granted: plan-level data, and work (withdrawn last). */
inline const QList<QByteArray> kPlanKinds { "Planname-marker-5521", "Story-marker-5521", "Membername-marker-5521", "Plantimeline-marker-5521" };
inline const QList<QByteArray> kWorkKinds { kKeptTitle, "WorkOrderMarker5521" };

inline QByteArray rawFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/**
 * Decrypts every page of a SQLCipher 4 file (default settings: 4096-byte pages,
 * PBKDF2-HMAC-SHA512 with 256000 iterations, or SAMEN_TEST_KDF_ITERATIONS as the store
 * takes it in a test, AES-256-CBC, 80 reserved bytes per page holding the IV and HMAC),
 * the way the library does, independently of it: so free pages and the unused space
 * inside pages are searched too. The WAL's frames (32-byte header, then 24-byte frame
 * headers before each page) use the same key.
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
        bool lowered = false;
        int iterations = qEnvironmentVariableIntValue("SAMEN_TEST_KDF_ITERATIONS", &lowered);
        if (!lowered || iterations <= 0 || iterations >= 256000)
            iterations = 256000;
        REQUIRE(PKCS5_PBKDF2_HMAC(kPassphrase.toUtf8().constData(), static_cast<int>(kPassphrase.toUtf8().size()),
                                  reinterpret_cast<const unsigned char *>(salt.constData()), 16, iterations, EVP_sha512(), 32,
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

} // namespace samen::test
