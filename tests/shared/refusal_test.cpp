// How a device keeps why the service refused a change: the code and the life domain, never
// the service's English (so the app says why in whatever language it has when it shows it).
#include "sync/refusal.h"

#include <catch2/catch.hpp>

using namespace samen;

TEST_CASE("A refusal is kept as its code and life domain, without the service's words", "[sync][refusal]")
{
    CHECK(Refusal::keep(Refusal::kForbidden, QStringLiteral("money")) == QStringLiteral("forbidden@money"));
    CHECK(Refusal::keep(Refusal::kInvalid) == QStringLiteral("invalid"));
    CHECK(Refusal::keep(Refusal::kTooLarge) == QStringLiteral("too-large"));
    // An unknown code, or a domain key that is not one, is not kept as given.
    CHECK(Refusal::keep(QStringLiteral("You may not change the domain \"money\"."), QStringLiteral("money")) == Refusal::kUnknown);
    CHECK(Refusal::keep(Refusal::kForbidden, QStringLiteral("Money and debts")) == QStringLiteral("forbidden"));

    const Refusal forbidden = Refusal::parse(QStringLiteral("forbidden@money"));
    CHECK(forbidden.code == Refusal::kForbidden);
    CHECK(forbidden.domainKey == QStringLiteral("money"));
    CHECK_FALSE(forbidden.retryable());
    CHECK_FALSE(Refusal::parse(QStringLiteral("too-large")).retryable());
    CHECK(Refusal::parse(QStringLiteral("clock@work")).retryable());
    const Refusal unknown = Refusal::parse(Refusal::kUnknown);
    CHECK(unknown.code.isEmpty());
    CHECK(unknown.retryable());
}

TEST_CASE("A refusal kept by an older device (code: English) reads as its code, and the English is dropped", "[sync][refusal]")
{
    const Refusal old = Refusal::parse(QStringLiteral("forbidden: You may not change the domain \"money\"."));
    CHECK(old.code == Refusal::kForbidden);
    CHECK(old.domainKey.isEmpty()); // the app takes it from the item on the device
    CHECK(Refusal::parse(QStringLiteral("clock: operation time is 3 days ahead")).code == Refusal::kClock);
    CHECK(Refusal::parse(QStringLiteral("the service said something unexpected")).code.isEmpty());
}

TEST_CASE("A member's forbidden change can be sent again once write on its life domain is given", "[sync][refusal]")
{
    MemberAccess reader = MemberAccess::member();
    reader.grant(QStringLiteral("money"), QStringLiteral("read"));
    MemberAccess writer = MemberAccess::member();
    writer.grant(QStringLiteral("money"), QStringLiteral("write"));
    const Refusal forbidden = Refusal::parse(QStringLiteral("forbidden@money"));
    CHECK_FALSE(forbidden.retryableWith(reader));
    CHECK(forbidden.retryableWith(writer));
    // What the service refused the owner, who may change every life domain, is not a matter of access given.
    CHECK_FALSE(forbidden.retryableWith(MemberAccess::owner()));
    // A plan-level change (or one kept without its domain): no grant makes it a member's.
    CHECK_FALSE(Refusal::parse(QStringLiteral("forbidden")).retryableWith(writer));
    // Invalid and too large stay refused whatever the access.
    CHECK_FALSE(Refusal::parse(QStringLiteral("invalid@money")).retryableWith(MemberAccess::owner()));
    CHECK_FALSE(Refusal::parse(QStringLiteral("too-large")).retryableWith(MemberAccess::owner()));
    CHECK(Refusal::parse(QStringLiteral("clock@work")).retryableWith(reader));
}
