#pragma once
// A citizen for the caseload tests (tests/sync/caseload*_test.cpp): a plan of their own at the real
// samen-service, which invites the professional (André) and lets them in as the app does.
#include "synctestsupport.h"
#include "testdir.h"

#include "network/networkclient.h"
#include "network/networkmirror.h"

#include <catch2/catch.hpp>

namespace samen::test {

/** A citizen with a plan at the service and goals in housing, work, money and social. */
struct Citizen {
    TestDir dir;
    std::unique_ptr<Device> device;
    QString planId, name;
    QHash<QString, QString> goals; ///< domain key -> goal id

    Citizen(const QString &who, const QUrl &url, const SyncTrust &trust)
        : name(who)
    {
        device = std::make_unique<Device>(dir.path(), who.toLower());
        planId = device->makePlan(who);
        for (const char *domain : { "housing", "work", "money", "social" })
            goals.insert(QLatin1String(domain),
                         device->edit(device->editor().addGoal(QLatin1String(domain), who + QStringLiteral(" goal ") + QLatin1String(domain), {}, {})));
        REQUIRE(device->connect(url, trust, QStringLiteral("phone")));
        REQUIRE(device->sync());
    }
    /**
     * Invites the professional with these grants (domain -> read|write), as the app does (the plan
     * records the invitation); returns the code and the member id in *memberId. again: the member id of
     * someone the plan had before (invited again as that member).
     */
    QString invite(const QList<std::pair<QString, QString>> &grants, QString *memberId, const QString &again = {})
    {
        InvitationRequest request;
        request.memberId = again; // someone the plan had before: invited again as the same member
        request.kind = QStringLiteral("professional");
        request.name = QStringLiteral("Andre");
        request.role = QStringLiteral("Wijkcoach");
        request.organisation = QStringLiteral("Wijkteam");
        request.fromName = name;
        for (const auto &[domain, access] : grants)
            request.grants.append(AccessGrant { domain, access, {}, 0, {} });
        NetworkClient owner(*device->client, *device->store);
        const auto made = await<InvitationEntry>([&](SyncClient::Done<InvitationEntry> d) { owner.invite(request, d); });
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made);
        REQUIRE(mirror().invited(made.value()));
        *memberId = made->memberId;
        return made->code;
    }
    /** Lets the professional in, as the app does: the plan mirrors the member and the grants, and syncs. */
    void letIn(const QString &memberId)
    {
        NetworkClient owner(*device->client, *device->store);
        const auto person = await<PersonEntry>([&](SyncClient::Done<PersonEntry> d) { owner.letIn(memberId, d); });
        INFO((person ? QString() : person.error().message).toStdString());
        REQUIRE(person);
        REQUIRE(mirror().letIn(person.value()));
        REQUIRE(device->sync());
    }
    NetworkMirror mirror() { return NetworkMirror(*device->store, *device->clockPtr, planId, device->store->setting(QStringLiteral("memberId"))); }
};

} // namespace samen::test
