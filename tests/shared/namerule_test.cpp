// The name rule: names that look the same are the same text. One table of names that
// hide something (zero-width characters, U+FEFF, the soft hyphen, direction marks,
// blank fillers, odd spaces, decomposed letters) and of real names that must pass
// (accents, Arabic, Persian with its zero-width non-joiner, Hindi, Chinese).
#include "qtcatch.h"

#include "domain/namerule.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"

using namespace samen;

namespace {

using Problem = NameRule::Problem;

struct Case {
    const char *what;
    QString name;
    Problem problem;
};

QString cp(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

const QList<Case> &cases()
{
    static const QList<Case> list {
        { "a plain name", QStringLiteral("Sam"), Problem::None },
        { "first and last name", QStringLiteral("Anne-Marie O'Brien"), Problem::None },
        { "an accent as one character", QStringLiteral("Andr\u00E9"), Problem::None },
        { "Arabic", QStringLiteral("\u0633\u0627\u0631\u0629"), Problem::None },
        { "a Persian name with U+200C inside the word", QStringLiteral("\u0646\u0627\u0632\u0646\u06CC\u0646\u200C\u0632\u0647\u0631\u0627"), Problem::None },
        { "Hindi with U+200D after a virama", QStringLiteral("\u0915\u094D\u200D\u0937"), Problem::None },
        { "Chinese", QStringLiteral("\u674E\u5C0F\u9F8D"), Problem::None },
        { "a zero-width space inside", QStringLiteral("Sa\u200Bm"), Problem::Invisible },
        { "a zero-width joiner in a Latin name", QStringLiteral("Sa\u200Dm"), Problem::Invisible },
        { "a zero-width non-joiner in a Latin name", QStringLiteral("Sa\u200Cm"), Problem::Invisible },
        { "U+200C at the end of an Arabic name", QStringLiteral("\u0633\u0627\u0631\u0629\u200C"), Problem::Invisible },
        { "U+FEFF in front", QStringLiteral("\uFEFFSam"), Problem::Invisible },
        { "a soft hyphen", QStringLiteral("Sa\u00ADm"), Problem::Invisible },
        { "a left-to-right mark", QStringLiteral("Sam\u200E"), Problem::Invisible },
        { "a right-to-left mark", QStringLiteral("\u200FSam"), Problem::Invisible },
        { "an Arabic letter mark", QStringLiteral("Sam\u061C"), Problem::Invisible },
        { "a word joiner", QStringLiteral("Sa\u2060m"), Problem::Invisible },
        { "an isolate", QStringLiteral("\u2068Sam\u2069"), Problem::Invisible },
        { "a tag character", QStringLiteral("Sam") + cp(0xE0041), Problem::Invisible },
        { "a Hangul filler", QStringLiteral("Sam\u3164"), Problem::Invisible },
        { "a space at the end", QStringLiteral("Sam "), Problem::Spacing },
        { "a space in front", QStringLiteral(" Sam"), Problem::Spacing },
        { "two spaces", QStringLiteral("Sam  Smit"), Problem::Spacing },
        { "a no-break space", QStringLiteral("Sam\u00A0Smit"), Problem::Spacing },
        { "an ideographic space", QStringLiteral("Sam\u3000Smit"), Problem::Spacing },
        { "an accent as a second character (NFD)", QStringLiteral("Andre\u0301"), Problem::NotComposed },
    };
    return list;
}

} // namespace

TEST_CASE("The name rule refuses every kind of hidden difference and takes real names of any script", "[namerule]")
{
    for (const Case &c : cases()) {
        INFO(c.what);
        CHECK(NameRule::check(c.name) == c.problem);
    }
}

TEST_CASE("Tidying a typed name takes away odd spacing and decomposed letters, and keeps hidden characters to be refused", "[namerule]")
{
    CHECK(NameRule::tidy(QStringLiteral("  Sam \u00A0 Smit ")) == QStringLiteral("Sam Smit"));
    CHECK(NameRule::tidy(QStringLiteral("Andre\u0301")) == QStringLiteral("Andr\u00E9"));
    CHECK(NameRule::tidy(QStringLiteral("Sa\u200Bm")) == QStringLiteral("Sa\u200Bm"));
    CHECK(NameRule::tidy(QStringLiteral("two\nlines")) == QStringLiteral("two\nlines")); // refused by the one-line rules, not mended
    CHECK_FALSE(NameRule::validate(NameRule::tidy(QStringLiteral("two\nlines")), NameRule::Subject::Device));
    for (const Case &c : cases()) {
        INFO(c.what);
        const QString tidied = NameRule::tidy(c.name);
        const Problem after = NameRule::check(tidied);
        // What tidy can mend it mends; what is hidden stays hidden and is refused.
        CHECK(after == (c.problem == Problem::Invisible ? Problem::Invisible : Problem::None));
    }
}

TEST_CASE("A name with a hidden character is refused in plain words, for a person and for a device", "[namerule]")
{
    const Status person = NameRule::validate(QStringLiteral("Sa\u200Bm"), NameRule::Subject::Person);
    REQUIRE_FALSE(person);
    CHECK(person.error().code == ErrorCode::Validation);
    CHECK(person.error().message.contains(QStringLiteral("hidden character")));
    CHECK(person.error().message.contains(QStringLiteral("someone else's name")));
    const Status device = NameRule::validate(QStringLiteral("\uFEFFPhone"), NameRule::Subject::Device);
    REQUIRE_FALSE(device);
    CHECK(device.error().message.startsWith(QStringLiteral("The device name contains a hidden character")));
    CHECK(NameRule::validate(QStringLiteral("Sam  Smit"), NameRule::Subject::Person).error().message.contains(QStringLiteral("single, ordinary spaces")));
    // The one-line rules and the length come first, as the plan says them.
    CHECK_FALSE(NameRule::validate(QStringLiteral("Sam\nSmit"), NameRule::Subject::Person));
    CHECK_FALSE(NameRule::validate(QString(121, QLatin1Char('a')), NameRule::Subject::Person));
    CHECK_FALSE(NameRule::validate(QString(81, QLatin1Char('a')), NameRule::Subject::Device));
    CHECK(NameRule::validate(QStringLiteral("Sam"), NameRule::Subject::Person));
    CHECK(NameRule::validate(QStringLiteral("Robin's phone"), NameRule::Subject::Device));
}

TEST_CASE("A member's or invitation's name in an operation follows the name rule too, so a push cannot bring in a look-alike", "[namerule]")
{
    // validateField is what the device applies to every operation and the service to every push.
    for (const QString type : { QStringLiteral("member"), QStringLiteral("invitation") }) {
        const Status hidden = validateField(type, QStringLiteral("name"), QStringLiteral("Sa\u200Bm"));
        REQUIRE_FALSE(hidden);
        CHECK(hidden.error().code == ErrorCode::Validation);
        CHECK(hidden.error().message.contains(QStringLiteral("hidden character")));
        CHECK_FALSE(validateField(type, QStringLiteral("name"), QStringLiteral("Sam\u00ADmy")));
        CHECK_FALSE(validateField(type, QStringLiteral("name"), QStringLiteral("Sam  Smit")));
        CHECK(validateField(type, QStringLiteral("name"), QStringLiteral("Sam Smit")));
        CHECK(validateField(type, QStringLiteral("name"), QStringLiteral("\u0645\u0647\u200C\u0633\u0627")));
    }
    // Other text fields keep their own rules (a plan's name is not a person's).
    CHECK(validateField(QStringLiteral("goal"), QStringLiteral("title"), QStringLiteral("Sam  and  me")));
}

TEST_CASE("Names that look alike are the same name: their confusable skeletons (ICU, Unicode TR #39) are equal", "[namerule]")
{
    // "Lea" with a Cyrillic е (U+0435), "Robin" with a Cyrillic о (U+043E), "Noor" with a Greek Ο (U+039F) in capitals.
    CHECK(NameRule::skeleton(QStringLiteral("Lea")) == NameRule::skeleton(QStringLiteral("L\u0435a")));
    CHECK(TextHygiene::sameName(QStringLiteral("Lea"), QStringLiteral("L\u0435a")));
    CHECK(TextHygiene::sameName(QStringLiteral("robin"), QStringLiteral("R\u043Ebin")));
    CHECK(TextHygiene::sameName(QStringLiteral("NOOR"), QStringLiteral("N\u039FOR")));
    // Different names stay different, in any script; empty names are never the same.
    CHECK_FALSE(TextHygiene::sameName(QStringLiteral("Lea"), QStringLiteral("Leo")));
    CHECK_FALSE(TextHygiene::sameName(QStringLiteral("Sam"), QStringLiteral("Sam de Vries")));
    CHECK_FALSE(TextHygiene::sameName(QStringLiteral("\u0645\u0647\u200C\u0633\u0627"), QStringLiteral("\u0645\u0647\u0633\u0627\u0645")));
    CHECK_FALSE(TextHygiene::sameName(QString(), QString()));
    CHECK(NameRule::skeleton(QString()).isEmpty());
}
