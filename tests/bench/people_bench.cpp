// Joining the citizen's network, through the real service over TLS on 127.0.0.1
// (prints figures; not a test, though it runs on the Catch2 runner to share the sync
// test helpers): invite -> join (a new device enrols, previews and redeems) -> let in
// (the owner's plan mirrors it) -> the joiner's first sync done, aim under 2 s.
// Printed next to an anchor measured in the same run: one signed-in request's round
// trip (GET /v1/plans), so the figure can be compared across machines.
#include "domain/demoplan.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "synctestsupport.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace samen;
using namespace samen::test;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * values.size())));
}

template<typename T> T take(const std::function<void(NetworkClient::Done<T>)> &start)
{
    const auto r = await<T>([&](SyncClient::Done<T> done) { start(done); });
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r);
    return r.value();
}

} // namespace

TEST_CASE("people benchmark", "[bench]")
{
    constexpr int kRuns = 10;
    TestDir serviceDir, citizenDir;
    ServiceProcess service(serviceDir.path(),
                           { QStringLiteral("--rate-limit-address"), QStringLiteral("0"), QStringLiteral("--rate-limit-device"), QStringLiteral("0") });
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());

    Device citizen(citizenDir.path(), QStringLiteral("citizen1"));
    auto demo = buildDemoPlan(*citizen.clockPtr, QDate::currentDate(), 0);
    REQUIRE(demo);
    REQUIRE(citizen.store->applyLocal(demo->ops));
    REQUIRE(citizen.store->setSetting(QStringLiteral("planId"), demo->planId));
    REQUIRE(citizen.store->setSetting(QStringLiteral("memberId"), demo->ownerMemberId));
    REQUIRE(citizen.connect(url, trust, QStringLiteral("phone")));
    REQUIRE(citizen.sync());
    NetworkClient owner(*citizen.client, *citizen.store);
    NetworkMirror mirror(*citizen.store, *citizen.clockPtr, demo->planId, demo->ownerMemberId);

    // The anchor: one signed-in round trip, on a warm connection.
    QList<double> anchor;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        REQUIRE(citizen.call("GET", QStringLiteral("/v1/plans")));
        if (i > 0)
            anchor.append(t.nsecsElapsed() / 1e6);
    }

    QList<double> total, inviteMs, joinMs, letInMs, firstSyncMs;
    int received = 0;
    for (int run = 0; run < kRuns; ++run) {
        TestDir joinerDir;
        Device joiner(joinerDir.path(), QStringLiteral("joiner%1").arg(run));
        QElapsedTimer all;
        all.start();
        QElapsedTimer phase;
        phase.start();
        InvitationRequest request;
        request.kind = QStringLiteral("network");
        request.name = QStringLiteral("Friend %1").arg(run);
        request.relation = QStringLiteral("friend");
        request.fromName = QStringLiteral("Robin");
        request.grants = { AccessGrant { QStringLiteral("social"), QStringLiteral("write"), {}, 0, {} },
                           AccessGrant { QStringLiteral("money"), QStringLiteral("read"), {}, 0, {} } };
        const InvitationEntry invitation = take<InvitationEntry>([&](auto done) { owner.invite(request, done); });
        REQUIRE(mirror.invited(invitation));
        inviteMs.append(phase.nsecsElapsed() / 1e6);

        phase.restart();
        REQUIRE(joiner.connect(url, trust, QStringLiteral("phone")));
        NetworkClient joinerNet(*joiner.client, *joiner.store);
        take<InvitationOffer>([&](auto done) { joinerNet.preview(invitation.code, done); });
        take<JoinResult>([&](auto done) { joinerNet.join(invitation.code, QString(), done); });
        joinMs.append(phase.nsecsElapsed() / 1e6);

        phase.restart();
        take<PeopleList>([&](auto done) { owner.members(done); });
        const PersonEntry person = take<PersonEntry>([&](auto done) { owner.letIn(invitation.memberId, done); });
        REQUIRE(mirror.letIn(person));
        REQUIRE(citizen.sync()); // the mirrored member and grants reach the service, so the joiner's plan names them
        letInMs.append(phase.nsecsElapsed() / 1e6);

        phase.restart();
        const auto first = joiner.sync();
        REQUIRE(first);
        firstSyncMs.append(phase.nsecsElapsed() / 1e6);
        total.append(all.nsecsElapsed() / 1e6);
        received = first->received + first->history;
    }

    std::printf("people benchmark: real samen-service over TLS on 127.0.0.1, NetworkClient + NetworkMirror + SyncClient (Qt Network), %d runs\n", kRuns);
    std::printf("  anchor, measured in this run: one signed-in request round trip (GET /v1/plans), p50 %.1f ms\n", percentile(anchor, 0.5));
    std::printf("  invite -> join -> let in -> the joiner's first sync done: p50 %.1f ms, p95 %.1f ms (= %.0f x the anchor)   aim < 2000 ms\n",
                percentile(total, 0.5), percentile(total, 0.95), percentile(total, 0.5) / std::max(0.001, percentile(anchor, 0.5)));
    std::printf("    invite (and the owner's plan records it): p50 %.1f ms\n", percentile(inviteMs, 0.5));
    std::printf("    join (a new device enrols and signs in, previews, redeems): p50 %.1f ms\n", percentile(joinMs, 0.5));
    std::printf("    let in (list, confirm, the owner's plan mirrors it and syncs): p50 %.1f ms\n", percentile(letInMs, 0.5));
    std::printf("    the joiner's first sync (snapshot, history; %d operations of two life areas and the shared part): p50 %.1f ms\n", received,
                percentile(firstSyncMs, 0.5));
}
