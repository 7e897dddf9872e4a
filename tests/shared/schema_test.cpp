#include "qtcatch.h"

#include "domain/frameworks.h"
#include "domain/schema.h"

#include <QJsonArray>

using namespace samen;

namespace {

QString check(const char *type, const char *field, const QJsonValue &value)
{
    const Status s = validateField(QLatin1StringView(type), QLatin1StringView(field), value);
    if (s.ok())
        return {};
    REQUIRE(s.error().code == ErrorCode::Validation);
    return s.error().message;
}

} // namespace

TEST_CASE("every entity type of the brief has a spec with its fields", "[schema]")
{
    const QStringList types { QStringLiteral("plan"),    QStringLiteral("domain"),    QStringLiteral("assessment"), QStringLiteral("goal"),
                              QStringLiteral("step"),    QStringLiteral("member"),    QStringLiteral("grant"),      QStringLiteral("invitation"),
                              QStringLiteral("meeting"), QStringLiteral("agreement"), QStringLiteral("timeline") };
    REQUIRE(entitySpecs().size() == types.size());
    for (const QString &t : types)
        REQUIRE(entitySpec(t) != nullptr);
    REQUIRE(entitySpec(QStringLiteral("goal"))->field(QStringLiteral("title"))->maxLength == 200);
    REQUIRE(entitySpec(QStringLiteral("goal"))->field(QStringLiteral("title"))->required);
    REQUIRE(entitySpec(QStringLiteral("goal"))->field(QStringLiteral("nope")) == nullptr);
    REQUIRE(entitySpec(QStringLiteral("spaceship")) == nullptr);
}

TEST_CASE("free-text fields are the texts people write, the rest merge last-writer-wins", "[schema]")
{
    REQUIRE(isFreeTextField(QStringLiteral("plan"), QStringLiteral("story")));
    REQUIRE(isFreeTextField(QStringLiteral("goal"), QStringLiteral("why")));
    REQUIRE(isFreeTextField(QStringLiteral("assessment"), QStringLiteral("note")));
    REQUIRE(isFreeTextField(QStringLiteral("meeting"), QStringLiteral("notes")));
    REQUIRE_FALSE(isFreeTextField(QStringLiteral("goal"), QStringLiteral("title")));
    REQUIRE_FALSE(isFreeTextField(QStringLiteral("goal"), QStringLiteral("status")));
    REQUIRE_FALSE(isFreeTextField(QStringLiteral("nope"), QStringLiteral("story")));
}

TEST_CASE("unknown types and fields are rejected", "[schema]")
{
    REQUIRE(check("spaceship", "title", QStringLiteral("x")).contains(QLatin1StringView("does not know")));
    REQUIRE(check("goal", "colour", QStringLiteral("x")) == QStringLiteral("Items of the type \"goal\" have no field \"colour\"."));
}

TEST_CASE("required text must not be empty or only spaces", "[schema]")
{
    REQUIRE(check("goal", "title", QStringLiteral("Find a house")).isEmpty());
    REQUIRE(check("goal", "title", QString()) == QStringLiteral("Write the title. It cannot be empty."));
    REQUIRE(check("goal", "title", QStringLiteral("   \t ")) == QStringLiteral("Write the title. It cannot be empty."));
    REQUIRE(check("goal", "title", QJsonValue()) == QStringLiteral("Write the title. It cannot be empty."));
    REQUIRE(check("goal", "domainKey", QString()) == QStringLiteral("Choose a life domain."));
    // Optional text may be empty.
    REQUIRE(check("member", "organisation", QString()).isEmpty());
}

TEST_CASE("text length is counted in characters, not bytes", "[schema]")
{
    REQUIRE(check("plan", "name", QString(80, QLatin1Char('a'))).isEmpty());
    REQUIRE(check("plan", "name", QString(81, QLatin1Char('a'))) == QStringLiteral("The name can be at most 80 characters long."));
    // 80 emoji are 160 UTF-16 units but 80 characters.
    QString emoji;
    for (int i = 0; i < 80; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    REQUIRE(emoji.size() == 160);
    REQUIRE(check("plan", "name", emoji).isEmpty());
    REQUIRE(check("plan", "name", QString::fromUtf8("ééé")).isEmpty());
}

TEST_CASE("control characters are refused, free text may hold new lines and tabs", "[schema]")
{
    REQUIRE(check("goal", "title", QStringLiteral("two\nlines")).contains(QLatin1StringView("on one line")));
    REQUIRE(check("goal", "title", QStringLiteral("bell\x07")).contains(QLatin1StringView("cannot be shown")));
    REQUIRE(check("goal", "why", QStringLiteral("two\nlines\tand a tab")).isEmpty());
    REQUIRE_FALSE(check("goal", "why", QStringLiteral("escape\x1b[31m")).isEmpty());
    REQUIRE_FALSE(check("goal", "why", QStringLiteral("carriage\rreturn")).isEmpty());
}

TEST_CASE("wrong JSON types are refused with the kind that is allowed", "[schema]")
{
    REQUIRE(check("goal", "title", 42) == QStringLiteral("The title must be text."));
    REQUIRE(check("step", "done", QStringLiteral("yes")) == QStringLiteral("The done mark must be yes or no (true or false)."));
    REQUIRE(check("member", "domains", QStringLiteral("housing")) == QStringLiteral("The list of life domains must be a list of texts."));
    REQUIRE(check("member", "domains", QJsonArray { QStringLiteral("housing"), 3 }) == QStringLiteral("The list of life domains must be a list of texts."));
    REQUIRE(check("member", "domains", QJsonArray { QStringLiteral("housing"), QStringLiteral("money") }).isEmpty());
}

TEST_CASE("a score is a whole number from 1 to 10", "[schema]")
{
    const QString message = QStringLiteral("The score must be a whole number from 1 to 10.");
    REQUIRE(check("assessment", "score", 1).isEmpty());
    REQUIRE(check("assessment", "score", 10).isEmpty());
    REQUIRE(check("assessment", "score", 0) == message);
    REQUIRE(check("assessment", "score", 11) == message);
    REQUIRE(check("assessment", "score", 5.5) == message);
    REQUIRE(check("assessment", "score", QStringLiteral("5")) == message);
    REQUIRE(check("assessment", "score", QJsonValue()) == QStringLiteral("The score is needed. Fill it in."));
}

TEST_CASE("dates must be real calendar dates written year-month-day", "[schema]")
{
    REQUIRE(check("goal", "due", QStringLiteral("2026-02-28")).isEmpty());
    REQUIRE(check("goal", "due", QStringLiteral("2028-02-29")).isEmpty());
    const QString message = QStringLiteral("The due date must be a real date, written as year-month-day, for example 2026-03-31.");
    REQUIRE(check("goal", "due", QStringLiteral("2026-02-30")) == message);
    REQUIRE(check("goal", "due", QStringLiteral("2026-02-29")) == message);
    REQUIRE(check("goal", "due", QStringLiteral("2026-13-01")) == message);
    REQUIRE(check("goal", "due", QStringLiteral("31-03-2026")) == message);
    REQUIRE(check("goal", "due", QStringLiteral("2026-3-1")) == message);
    REQUIRE(check("goal", "due", QStringLiteral("2026-03-01T10:00:00Z")) == message);
    REQUIRE(check("goal", "due", QJsonValue()).isEmpty()); // optional: null clears it
    REQUIRE_FALSE(check("assessment", "date", QJsonValue()).isEmpty());
}

TEST_CASE("date-times must be real UTC times like 2026-03-31T14:30:00Z", "[schema]")
{
    REQUIRE(check("meeting", "at", QStringLiteral("2026-03-31T14:30:00Z")).isEmpty());
    REQUIRE_FALSE(check("meeting", "at", QStringLiteral("2026-03-31T24:30:00Z")).isEmpty());
    REQUIRE_FALSE(check("meeting", "at", QStringLiteral("2026-02-30T10:00:00Z")).isEmpty());
    REQUIRE_FALSE(check("meeting", "at", QStringLiteral("2026-03-31T14:30:00+01:00")).isEmpty());
    REQUIRE_FALSE(check("meeting", "at", QStringLiteral("2026-03-31")).isEmpty());
}

TEST_CASE("enums accept only their listed values and say which", "[schema]")
{
    REQUIRE(check("goal", "status", QStringLiteral("paused")).isEmpty());
    REQUIRE(check("goal", "status", QStringLiteral("finished")) == QStringLiteral("The status must be one of: open, in-progress, done, paused."));
    REQUIRE(check("grant", "access", QStringLiteral("read")).isEmpty());
    REQUIRE_FALSE(check("grant", "access", QString()).isEmpty()); // required
    REQUIRE(check("member", "relation", QString()).isEmpty()); // optional
    REQUIRE(check("plan", "framework", QStringLiteral("positive-health")).isEmpty());
    REQUIRE_FALSE(check("plan", "framework", QStringLiteral("astrology")).isEmpty());
}

TEST_CASE("references, sort keys, access rights and the tombstone have their own shapes", "[schema]")
{
    REQUIRE(check("step", "goalId", QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057")).isEmpty());
    REQUIRE(check("step", "goalId", QStringLiteral("not-an-id")) == QStringLiteral("The goal must be something in this plan."));
    REQUIRE(check("domain", "sortKey", QStringLiteral("aV3")).isEmpty());
    REQUIRE_FALSE(check("domain", "sortKey", QStringLiteral("a b")).isEmpty());
    REQUIRE_FALSE(check("domain", "sortKey", QString()).isEmpty());
    REQUIRE(check("invitation", "grants", QJsonArray { QStringLiteral("housing:read"), QStringLiteral("money:write") }).isEmpty());
    REQUIRE(check("invitation", "grants", QJsonArray { QStringLiteral("housing:admin") })
            == QStringLiteral("Each access right must be a life domain followed by \":read\" or \":write\"."));
    REQUIRE(check("goal", "helperIds", QJsonArray { QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057") }).isEmpty());
    REQUIRE_FALSE(check("goal", "helperIds", QJsonArray { QStringLiteral("Piet") }).isEmpty());
    REQUIRE(check("goal", "_deleted", true).isEmpty());
    REQUIRE_FALSE(check("goal", "_deleted", QStringLiteral("true")).isEmpty());
}

TEST_CASE("frameworks list their life domains in default order with labels", "[schema][frameworks]")
{
    REQUIRE(frameworkKeys() == QStringList { QStringLiteral("default"), QStringLiteral("positive-health"), QStringLiteral("self-reliance") });
    REQUIRE(frameworkDomains(QStringLiteral("default")).size() == 8);
    REQUIRE(frameworkDomains(QStringLiteral("default")).first().key == QStringLiteral("housing"));
    REQUIRE(frameworkDomains(QStringLiteral("positive-health")).size() == 6);
    REQUIRE(frameworkDomains(QStringLiteral("self-reliance")).size() == 11);
    REQUIRE(frameworkDomains(QStringLiteral("nope")).isEmpty());
    REQUIRE(domainLabel(QStringLiteral("default"), QStringLiteral("money")) == QStringLiteral("Money and debts"));
    REQUIRE(domainLabel(QStringLiteral("default"), QStringLiteral("unknown")) == QStringLiteral("unknown"));
    for (const QString &fw : frameworkKeys()) {
        for (const LifeDomain &d : frameworkDomains(fw)) {
            INFO(d.key.toStdString());
            REQUIRE(check("domain", "key", d.key).isEmpty());
        }
    }
}
