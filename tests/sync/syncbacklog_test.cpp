// An offline backlog always leaves the device: pushes are split by their encoded size
// under the limit the service states at sign-in, a service that takes less than it
// said is met with smaller pushes, and an operation that can never fit is kept as
// refused so the rest still goes. Through the real service over TLS.
#include "sync/pushlimits.h"
#include "sync/uuid7.h"
#include "synctestsupport.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>

using namespace samen;
using namespace samen::test;

namespace {

/** How many requests the service answered with this status, from its /metrics. */
int answeredWith(const ServiceProcess &service, int status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(service.url(QStringLiteral("/metrics")));
    request.setSslConfiguration(service.tlsConfiguration());
    const HttpResult metrics = sendAndWait(nam, request);
    REQUIRE(metrics.status == 200);
    int count = 0;
    const QRegularExpression line(QStringLiteral("^samen_http_requests_total\\{route=\"[^\"]*\",status=\"%1\"\\} (\\d+)$").arg(status),
                                  QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(metrics.body)); it.hasNext();)
        count += it.next().captured(1).toInt();
    return count;
}

/** A 10,000-character story, different for each save. */
QString story(int save)
{
    const QString line = QStringLiteral("Save %1: over de schulden, het werk en het huis. ").arg(save, 3, 10, QLatin1Char('0'));
    return line.repeated(10000 / line.size() + 1).left(10000);
}

/** Saves the story n times and adds a few small edits after them; returns the ids of the small edits' goals. */
QStringList makeBacklog(Device &device, int saves)
{
    for (int i = 1; i <= saves; ++i)
        device.edit(device.editor().setStory(story(i)));
    QStringList goals;
    for (const char *title : { "Rekeningen op tijd betalen", "Met Ellen praten over werk" })
        goals << device.edit(device.editor().addGoal(QStringLiteral("money"), QLatin1String(title), {}, {}));
    return goals;
}

/** Everything left the device, and a second device of the same plan reads the last story and the small edits. */
void checkAllArrived(Device &device, int saves, const QStringList &goals)
{
    CHECK(device.client->waitingCount() == 0);
    CHECK(device.client->refusedCount() == 0);
    const QJsonArray ops = serviceOps(device);
    int storyOps = 0;
    QString lastStory;
    QSet<QString> goalIds;
    for (const QJsonValue &op : ops) {
        if (op[QStringLiteral("field")].toString() == QStringLiteral("story")) {
            ++storyOps;
            lastStory = op[QStringLiteral("value")].toString();
        }
        if (op[QStringLiteral("entityType")].toString() == QStringLiteral("goal"))
            goalIds.insert(op[QStringLiteral("entityId")].toString());
    }
    CHECK(storyOps == saves);
    CHECK(lastStory == story(saves));
    for (const QString &g : goals)
        CHECK(goalIds.contains(g));
}

} // namespace

TEST_CASE("110 offline saves of a 10,000-character story leave the device in pushes under 1 MiB, and later small edits follow", "[sync][backlog]")
{
    TestDir serviceDir, deviceDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    Device phone(deviceDir.path(), QStringLiteral("phone1"));
    phone.makePlan(QStringLiteral("Robin"));
    REQUIRE(
        phone.connect(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(service.port())), trustOf(serviceDir.path(), service.pin()), QStringLiteral("phone")));
    REQUIRE(phone.sync());

    // Offline: the service is away while Robin writes.
    REQUIRE(service.stop() == 0);
    CHECK_FALSE(phone.sync());
    const QStringList goals = makeBacklog(phone, 110);
    qint64 backlogBytes = 0;
    for (const OutboxEntry &e : phone.store->outbox(1000))
        backlogBytes += PushLimits::encodedSize(e.op.toJson());
    REQUIRE(backlogBytes > 1024 * 1024); // the case: more than one push can carry

    REQUIRE(service.start());
    const auto round = phone.sync();
    REQUIRE(round);
    CHECK(round->pushed >= 110 + 2);
    CHECK(round->refused == 0);
    CHECK(answeredWith(service, 413) == 0); // split before sending, never refused for size
    checkAllArrived(phone, 110, goals);
}

TEST_CASE("A service with a smaller body limit states it at sign-in, and the device's pushes stay under it", "[sync][backlog]")
{
    TestDir serviceDir, deviceDir;
    ServiceProcess service(serviceDir.path(), { QStringLiteral("--max-body"), QStringLiteral("131072") });
    REQUIRE(service.start());
    Device phone(deviceDir.path(), QStringLiteral("phone2"));
    phone.makePlan(QStringLiteral("Tess"));
    REQUIRE(
        phone.connect(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(service.port())), trustOf(serviceDir.path(), service.pin()), QStringLiteral("phone")));
    REQUIRE(phone.sync());
    const QStringList goals = makeBacklog(phone, 30); // about 300 KB: at least three pushes of 128 KiB
    const auto round = phone.sync();
    REQUIRE(round);
    CHECK(round->refused == 0);
    CHECK(answeredWith(service, 413) == 0);
    checkAllArrived(phone, 30, goals);
}

TEST_CASE("A service that takes less than it stated gets smaller pushes, and an operation that can never fit is kept as refused", "[sync][backlog]")
{
    TestDir serviceDir, deviceDir;
    Device phone(deviceDir.path(), QStringLiteral("phone3"));
    phone.makePlan(QStringLiteral("Marc"));
    QStringList goals;
    {
        // Signed in while the service takes 1 MiB: the device holds that limit with its token.
        ServiceProcess generous(serviceDir.path());
        REQUIRE(generous.start());
        REQUIRE(phone.connect(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(generous.port())), trustOf(serviceDir.path(), generous.pin()),
                              QStringLiteral("phone")));
        REQUIRE(phone.sync());
        goals = makeBacklog(phone, 30);
        // An operation from before today's size rule: validateField would refuse it now, so it is written directly.
        Operation huge;
        huge.opId = newUuid7();
        huge.planId = phone.store->setting(QStringLiteral("planId"));
        huge.entityType = QStringLiteral("plan");
        huge.entityId = huge.planId;
        huge.field = QStringLiteral("story");
        huge.value = QString(70000, QLatin1Char('x'));
        huge.hlc = phone.clockPtr->now();
        huge.authorMemberId = phone.store->setting(QStringLiteral("memberId"));
        REQUIRE(phone.store->applyLocal({ huge }));
        goals << phone.edit(phone.editor().addGoal(QStringLiteral("work"), QStringLiteral("Na de grote tekst"), {}, {}));
        REQUIRE(generous.stop() == 0);
    }
    // The same service, restarted with 64 KiB: the device's token and its idea of the limit are stale.
    ServiceProcess strict(serviceDir.path(), { QStringLiteral("--max-body"), QStringLiteral("65536") });
    REQUIRE(strict.start());
    REQUIRE(phone.client->configure(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(strict.port())), trustOf(serviceDir.path(), strict.pin())));
    REQUIRE_FALSE(phone.client->token().isEmpty());
    const auto round = phone.sync();
    REQUIRE(round);
    CHECK(answeredWith(strict, 413) >= 1); // it met the real limit ...
    CHECK(round->refused == 1); // ... and kept only the operation that can never fit
    CHECK(phone.client->waitingCount() == 0);
    CHECK(phone.client->refusedCount() == 1);
    const QJsonArray ops = serviceOps(phone);
    QSet<QString> goalIds;
    int storyOps = 0;
    for (const QJsonValue &op : ops) {
        if (op[QStringLiteral("entityType")].toString() == QStringLiteral("goal"))
            goalIds.insert(op[QStringLiteral("entityId")].toString());
        storyOps += op[QStringLiteral("field")].toString() == QStringLiteral("story") ? 1 : 0;
    }
    CHECK(storyOps == 30);
    for (const QString &g : goals)
        CHECK(goalIds.contains(g));
}
