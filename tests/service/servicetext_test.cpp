// Text hygiene at the service's door, over real TLS with raw bytes: text that is not
// valid Unicode gets 400 and changes nothing; names and titles follow the same rules
// as on the device (shared/domain/texthygiene.*), refused per operation.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

/** A push creating a goal in "housing" whose title is rawValue, as raw bytes inside the JSON string. */
QByteArray rawTitlePush(const PlanWorld &world, const QByteArray &rawValue)
{
    const QString goalId = newUuid();
    const QJsonArray ops { makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("housing")),
                           makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("MARKER")) };
    QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson(QJsonDocument::Compact);
    body.replace("MARKER", rawValue);
    return body;
}

QString cp(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

TEST_CASE("Text that is not valid Unicode gets 400 from the service and is never stored", "[service][text]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString ops = world.plan(QStringLiteral("/ops"));
    const QString token = world.owner.device.token;
    auto opCount = [&] { return api.get(ops, token).json.value(QStringLiteral("ops")).toArray().size(); };
    const qsizetype before = opCount();

    struct Case {
        const char *name;
        QByteArray value; ///< raw bytes inside the JSON string
    };
    const QList<Case> cases {
        { "a lone high surrogate escape", "\\ud800" },
        { "a lone low surrogate escape", "abc\\udc00" },
        { "a high surrogate escape before a letter", "\\ud83dx" },
        { "a noncharacter escape", "\\ufffe" },
        { "a noncharacter escape in the U+FDD0 block", "\\ufdd0" },
        { "a raw noncharacter U+FFFF", "a\xef\xbf\xbf" },
        { "a raw noncharacter U+10FFFF", "\xf4\x8f\xbf\xbf" },
        { "an encoded surrogate (CESU-8)", "\xed\xa0\x80" },
        { "a stray continuation byte", "a\x80" },
        { "an overlong encoding", "\xc1\xbf" },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const Reply r = api.send("POST", ops, rawTitlePush(world, c.value), token);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == QStringLiteral("invalid-json"));
        CHECK_FALSE(r.json.value(QStringLiteral("message")).toString().isEmpty());
    }
    // Elsewhere in a body too: an object key, and an enrolment's name.
    CHECK(api.send("POST", ops, QByteArray("{\"ops\":[],\"\\udfff\":1}"), token).status == 400);
    CHECK(api.send("POST", QStringLiteral("/v1/enrol"), QByteArray("{\"publicKey\":\"x\",\"displayName\":\"a\\ud800\"}")).status == 400);
    CHECK(opCount() == before);
    // A valid surrogate pair (an emoji) is text.
    const Reply emoji = api.send("POST", ops, rawTitlePush(world, "Huis \\ud83c\\udfe0"), token);
    CHECK(emoji.status == 200);
    CHECK(emoji.json.value(QStringLiteral("accepted")).toArray().size() == 2);
    CHECK(opCount() == before + 2);
    CHECK(service.running());
}

TEST_CASE("Names and titles with direction controls or nothing visible are refused per operation, as on the device", "[service][text]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString zwsp = cp(0x200B);
    struct Case {
        const char *name;
        QString entityType;
        QString field;
        QString value;
        bool accepted;
    };
    const QList<Case> cases {
        { "a title of zero-width spaces", QStringLiteral("goal"), QStringLiteral("title"), zwsp + zwsp, false },
        { "a title with a right-to-left override", QStringLiteral("goal"), QStringLiteral("title"),
          QStringLiteral("Sam") + cp(0x202E) + QStringLiteral("gnirts"), false },
        { "a title with an isolate", QStringLiteral("goal"), QStringLiteral("title"), cp(0x2067) + QStringLiteral("x") + cp(0x2069), false },
        { "a member name with a right-to-left override", QStringLiteral("member"), QStringLiteral("name"), cp(0x202E) + QStringLiteral("Robin"), false },
        { "a story with an override", QStringLiteral("plan"), QStringLiteral("story"), QStringLiteral("a") + cp(0x202E) + QStringLiteral("b"), false },
        { "an Arabic title", QStringLiteral("goal"), QStringLiteral("title"), QStringLiteral("سكن"), true },
        { "a story with an embedding, as pasted from a phone", QStringLiteral("plan"), QStringLiteral("story"),
          cp(0x202B) + QStringLiteral("سكن") + cp(0x202C) + QStringLiteral(" in Utrecht"), true },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString id = c.entityType == QLatin1String("plan") ? world.planId : newUuid();
        QJsonArray ops;
        if (c.entityType == QLatin1String("goal"))
            ops.append(makeOp(world.planId, world.owner.memberId, c.entityType, id, QStringLiteral("domainKey"), QStringLiteral("housing")));
        const QJsonObject op = makeOp(world.planId, world.owner.memberId, c.entityType, id, c.field, c.value);
        ops.append(op);
        const Reply r = world.push(world.owner, ops);
        REQUIRE(r.status == 200);
        bool refused = false;
        for (const QJsonValue &rej : r.json.value(QStringLiteral("rejected")).toArray()) {
            if (rej[QStringLiteral("opId")].toString() == op.value(QStringLiteral("opId")).toString()) {
                refused = true;
                CHECK(rej[QStringLiteral("code")].toString() == QStringLiteral("invalid"));
            }
        }
        CHECK(refused == !c.accepted);
    }
    // A new item whose title is refused is refused whole: its other fields are not stored either,
    // so no device ever shows a goal without a title.
    const QString goalId = newUuid();
    const Reply partly = world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), goalId, zwsp + zwsp));
    REQUIRE(partly.status == 200);
    CHECK(partly.json.value(QStringLiteral("accepted")).toArray().isEmpty());
    CHECK(partly.json.value(QStringLiteral("rejected")).toArray().size() == 3);
    for (const QJsonValue &rej : partly.json.value(QStringLiteral("rejected")).toArray())
        CHECK(rej[QStringLiteral("code")].toString() == QStringLiteral("invalid"));
    const Reply pulled = api.get(world.plan(QStringLiteral("/ops")), world.owner.device.token);
    for (const QJsonValue &op : pulled.json.value(QStringLiteral("ops")).toArray())
        CHECK(op[QStringLiteral("entityId")].toString() != goalId);
    // A bad title for a goal that exists is refused alone; the goal keeps its title.
    const QString kept = newUuid();
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), kept, QStringLiteral("A home"))).status == 200);
    const Reply retitled = world.push(world.owner, { makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), kept, QStringLiteral("title"), zwsp) });
    CHECK(retitled.json.value(QStringLiteral("rejected")).toArray().size() == 1);

    // Request fields outside operations follow the one-line rules too.
    TestDevice phone(77);
    const Reply named
        = api.post(QStringLiteral("/v1/enrol"),
                   { { QStringLiteral("publicKey"), phone.publicKeyBase64() }, { QStringLiteral("displayName"), cp(0x202E) + QStringLiteral("enohp") } });
    CHECK(named.status == 400);
    CHECK(named.errorCode() == QStringLiteral("invalid-request"));
    const QJsonObject reversedPurpose { { QStringLiteral("domainKey"), QStringLiteral("housing") },
                                        { QStringLiteral("access"), QStringLiteral("read") },
                                        { QStringLiteral("purpose"), QStringLiteral("Help ") + cp(0x202E) + QStringLiteral("gnisuoh") } };
    const Reply invitation = api.post(world.plan(QStringLiteral("/invitations")),
                                      { { QStringLiteral("kind"), QStringLiteral("network") }, { QStringLiteral("grants"), QJsonArray { reversedPurpose } } },
                                      world.owner.device.token);
    CHECK(invitation.status == 400);
    const QJsonObject grantWithOverride { { QStringLiteral("memberId"), world.friendReader.memberId },
                                          { QStringLiteral("domainKey"), QStringLiteral("housing") },
                                          { QStringLiteral("access"), QStringLiteral("read") },
                                          { QStringLiteral("purpose"), cp(0x202E) + QStringLiteral("esoprup") } };
    CHECK(api.post(world.plan(QStringLiteral("/grants")), grantWithOverride, world.owner.device.token).status == 400);
    const Reply invisible
        = api.post(QStringLiteral("/v1/enrol"), { { QStringLiteral("publicKey"), phone.publicKeyBase64() }, { QStringLiteral("displayName"), zwsp } });
    CHECK(invisible.status == 400);
}
