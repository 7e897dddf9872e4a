// Text hygiene: one table of hostile strings, the same answer from TextHygiene and from
// validateField (which the device's editor and the service both use), the byte rules,
// isolation for display, and the size chain that keeps every operation inside a push.
#include "qtcatch.h"

#include "domain/namerule.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"
#include "sync/pushlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samen;

namespace {

using Problem = TextHygiene::Problem;

QString u16(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t u : units)
        s.append(QChar(u));
    return s;
}

QString cp(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

/** A hostile or tricky text and what each kind of field must say about it. */
struct Case {
    const char *name;
    QString text;
    Problem asName; ///< a required one-line field (a name, a title)
    Problem asStory; ///< an optional free-text field (the story)
};

QList<Case> cases()
{
    const QString zwsp = cp(0x200B);
    return {
        { "plain Dutch", QStringLiteral("Schulden aflossen"), Problem::None, Problem::None },
        { "an Arabic name", QStringLiteral("سارة"), Problem::None, Problem::None },
        { "a Hebrew name with a left-to-right mark", QStringLiteral("דנה") + cp(0x200E), Problem::None, Problem::None },
        { "an emoji (a surrogate pair)", QStringLiteral("Huis ") + cp(0x1F3E0), Problem::None, Problem::None },
        { "only zero-width spaces", zwsp + zwsp + zwsp, Problem::NoVisibleCharacter, Problem::None },
        { "only spaces and a no-break space", QStringLiteral("  ") + cp(0x00A0), Problem::NoVisibleCharacter, Problem::None },
        { "only a byte order mark and a word joiner", cp(0xFEFF) + cp(0x2060), Problem::NoVisibleCharacter, Problem::None },
        { "only a soft hyphen", cp(0x00AD), Problem::NoVisibleCharacter, Problem::None },
        { "only a combining accent", cp(0x0301), Problem::NoVisibleCharacter, Problem::None },
        { "only Hangul fillers", cp(0x3164) + cp(0x115F), Problem::NoVisibleCharacter, Problem::None },
        { "only a blank braille pattern", cp(0x2800), Problem::NoVisibleCharacter, Problem::None },
        { "right-to-left override", QStringLiteral("Sam") + cp(0x202E) + QStringLiteral("gnirts"), Problem::BidiControl, Problem::BidiControl },
        { "left-to-right override", cp(0x202D) + QStringLiteral("abc"), Problem::BidiControl, Problem::BidiControl },
        { "right-to-left embedding", cp(0x202B) + QStringLiteral("abc") + cp(0x202C), Problem::BidiControl, Problem::None },
        { "left-to-right embedding", cp(0x202A) + QStringLiteral("abc"), Problem::BidiControl, Problem::None },
        { "right-to-left isolate", cp(0x2067) + QStringLiteral("abc") + cp(0x2069), Problem::BidiControl, Problem::None },
        { "first strong isolate", cp(0x2068) + QStringLiteral("abc"), Problem::BidiControl, Problem::None },
        { "lone high surrogate", QStringLiteral("a") + u16({ 0xD800 }), Problem::IllFormed, Problem::IllFormed },
        { "lone low surrogate", u16({ 0xDC00 }) + QStringLiteral("a"), Problem::IllFormed, Problem::IllFormed },
        { "reversed surrogate pair", u16({ 0xDE00, 0xD83D }), Problem::IllFormed, Problem::IllFormed },
        { "noncharacter U+FFFE", QStringLiteral("a") + cp(0xFFFE), Problem::IllFormed, Problem::IllFormed },
        { "noncharacter U+FDD0", QStringLiteral("a") + cp(0xFDD0), Problem::IllFormed, Problem::IllFormed },
        { "noncharacter U+10FFFF", QStringLiteral("a") + cp(0x10FFFF), Problem::IllFormed, Problem::IllFormed },
        { "noncharacter U+1FFFE", QStringLiteral("a") + cp(0x1FFFE), Problem::IllFormed, Problem::IllFormed },
        { "a new line", QStringLiteral("a\nb"), Problem::ControlCharacter, Problem::None },
        { "a tab", QStringLiteral("a\tb"), Problem::ControlCharacter, Problem::None },
        { "a carriage return", QStringLiteral("a\rb"), Problem::ControlCharacter, Problem::ControlCharacter },
        { "an escape", QStringLiteral("a\x1b[31mb"), Problem::ControlCharacter, Problem::ControlCharacter },
        { "a C1 control", QStringLiteral("a") + cp(0x0085), Problem::ControlCharacter, Problem::ControlCharacter },
        { "a line separator", QStringLiteral("a") + cp(0x2028) + QStringLiteral("b"), Problem::ControlCharacter, Problem::None },
        { "a paragraph separator", QStringLiteral("a") + cp(0x2029) + QStringLiteral("b"), Problem::ControlCharacter, Problem::None },
        { "private use (a company logo glyph)", cp(0xE000), Problem::None, Problem::None },
        { "the replacement character", cp(0xFFFD), Problem::None, Problem::None },
    };
}

} // namespace

TEST_CASE("hostile strings: TextHygiene gives each its problem, for names and for free text", "[texthygiene]")
{
    for (const Case &c : cases()) {
        INFO(c.name);
        CHECK(TextHygiene::check(c.text, TextHygiene::Kind::OneLine, true) == c.asName);
        CHECK(TextHygiene::check(c.text, TextHygiene::Kind::FreeText, false) == c.asStory);
    }
}

TEST_CASE("hostile strings: validateField refuses the same ones in names, titles, stories and lists", "[texthygiene][schema]")
{
    for (const Case &c : cases()) {
        INFO(c.name);
        const bool nameOk = c.asName == Problem::None;
        CHECK(validateField(QStringLiteral("goal"), QStringLiteral("title"), c.text).ok() == nameOk);
        CHECK(validateField(QStringLiteral("plan"), QStringLiteral("name"), c.text).ok() == nameOk);
        // A person's name also follows the name rule (no direction marks or other hidden characters).
        CHECK(validateField(QStringLiteral("member"), QStringLiteral("name"), c.text).ok() == (nameOk && NameRule::check(c.text) == NameRule::Problem::None));
        // An optional one-line field takes invisible text, but not the rest.
        const bool optionalOk = c.asName == Problem::None || c.asName == Problem::NoVisibleCharacter;
        CHECK(validateField(QStringLiteral("member"), QStringLiteral("organisation"), c.text).ok() == optionalOk);
        CHECK(validateField(QStringLiteral("plan"), QStringLiteral("story"), c.text).ok() == (c.asStory == Problem::None));
        CHECK(validateField(QStringLiteral("goal"), QStringLiteral("why"), c.text).ok() == (c.asStory == Problem::None));
        // List items are short one-line texts that must say something.
        CHECK(validateField(QStringLiteral("member"), QStringLiteral("domains"), QJsonArray { c.text }).ok() == nameOk);
    }
}

TEST_CASE("refusals are plain sentences that name the field", "[texthygiene][schema]")
{
    const Status zw = validateField(QStringLiteral("goal"), QStringLiteral("title"), cp(0x200B) + cp(0x200B));
    REQUIRE_FALSE(zw.ok());
    CHECK(zw.error().message == QStringLiteral("Write the title. It cannot be empty."));
    const Status rlo = validateField(QStringLiteral("member"), QStringLiteral("name"), QStringLiteral("Sam") + cp(0x202E) + QStringLiteral("x"));
    REQUIRE_FALSE(rlo.ok());
    CHECK(rlo.error().message.contains(QStringLiteral("direction of text")));
    CHECK(rlo.error().message.contains(QStringLiteral("name")));
    const Status lone = validateField(QStringLiteral("plan"), QStringLiteral("story"), u16({ 0xD800 }));
    REQUIRE_FALSE(lone.ok());
    CHECK(lone.error().message.contains(QStringLiteral("not valid text")));
}

TEST_CASE("UTF-8 is read strictly: no overlong forms, surrogates, code points above U+10FFFF or noncharacters", "[texthygiene]")
{
    struct Bytes {
        const char *name;
        QByteArray bytes;
        bool valid;
    };
    const QList<Bytes> table {
        { "ASCII", "plan", true },
        { "two-byte", "caf\xc3\xa9", true },
        { "three-byte", "\xe2\x82\xac", true },
        { "four-byte emoji", "\xf0\x9f\x8f\xa0", true },
        { "empty", "", true },
        { "a stray continuation byte", "a\x80", false },
        { "a cut-off sequence", "a\xc3", false },
        { "a cut-off four-byte sequence", "\xf0\x9f\x8f", false },
        { "an overlong slash", "\xc0\xaf", false },
        { "an overlong three-byte NUL", "\xe0\x80\x80", false },
        { "an encoded surrogate (CESU)", "\xed\xa0\x80", false },
        { "above U+10FFFF", "\xf4\x90\x80\x80", false },
        { "0xFF", "\xff", false },
        { "a wrong continuation", "\xc3\x28", false },
        { "noncharacter U+FFFE", "\xef\xbf\xbe", false },
        { "noncharacter U+FDD0", "\xef\xb7\x90", false },
    };
    for (const Bytes &b : table) {
        INFO(b.name);
        CHECK(TextHygiene::isValidUtf8(b.bytes) == b.valid);
    }
}

TEST_CASE("JSON with a lone surrogate escape parses to a lone surrogate, which isWellFormed finds anywhere", "[texthygiene]")
{
    // Qt keeps "\ud800" as it is: the service has to look after parsing.
    const QJsonDocument doc = QJsonDocument::fromJson(R"({"ops":[{"value":"a\ud800"}]})");
    REQUIRE(doc.isObject());
    CHECK_FALSE(TextHygiene::isWellFormedJson(QJsonValue(doc.object())));
    CHECK_FALSE(TextHygiene::isWellFormedJson(QJsonValue(QJsonDocument::fromJson(R"({"\udfff":1})").object())));
    CHECK_FALSE(TextHygiene::isWellFormedJson(QJsonValue(QJsonDocument::fromJson(R"({"a":["\ufdd0"]})").object())));
    CHECK(TextHygiene::isWellFormedJson(QJsonValue(QJsonDocument::fromJson(R"({"a":["\ud83c\udfe0", 1, null]})").object())));
}

TEST_CASE("displaySafe turns lone surrogates and noncharacters into U+FFFD, so output is always valid", "[texthygiene]")
{
    CHECK(TextHygiene::displaySafe(QStringLiteral("a") + u16({ 0xD800 }) + QStringLiteral("b")) == QStringLiteral("a") + cp(0xFFFD) + QStringLiteral("b"));
    CHECK(TextHygiene::displaySafe(cp(0x1F3E0)) == cp(0x1F3E0));
    CHECK(TextHygiene::displaySafe(cp(0xFFFF)) == cp(0xFFFD));
    const QJsonValue safe = TextHygiene::displaySafeJson(QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("title"), u16({ 0xDC00 }) } } }));
    CHECK(TextHygiene::isWellFormedJson(safe));
    const QByteArray json = QJsonDocument(safe.toArray()).toJson(QJsonDocument::Compact);
    CHECK(TextHygiene::isValidUtf8(json));
    CHECK_FALSE(json.contains("\\ud"));
}

TEST_CASE("people's text inside a sentence is isolated, so right-to-left names keep their place", "[texthygiene]")
{
    const QString name = QStringLiteral("سارة");
    const QString isolated = TextHygiene::isolate(name);
    CHECK(isolated == cp(0x2068) + name + cp(0x2069));
    CHECK(TextHygiene::isolate(QString()).isEmpty());
    // A half emoji cut off by a length limit is shown as U+FFFD, never as a lone surrogate.
    CHECK(TextHygiene::isWellFormed(TextHygiene::isolate(cp(0x1F3E0).left(1))));
    // The sentence around it reads in order: the isolate is one neutral unit to the bidi algorithm.
    const QString sentence = QStringLiteral("Plan of %1").arg(isolated);
    CHECK(sentence.startsWith(QStringLiteral("Plan of ")));
    CHECK(sentence.endsWith(cp(0x2069)));
}

TEST_CASE("the size chain: the largest value of every field fits under the value cap, and one operation in the smallest push", "[texthygiene][schema]")
{
    // Worst case per character: 4 bytes of UTF-8 (a supplementary character counts as one).
    const QString widest = cp(0x1F3E0);
    for (const EntitySpec &spec : entitySpecs()) {
        for (const FieldSpec &f : spec.fields) {
            INFO(spec.type.toStdString() << "." << f.name.toStdString());
            QJsonValue largest;
            if (f.kind == FieldKind::Text || f.kind == FieldKind::FreeText)
                largest = widest.repeated(f.maxLength);
            else if (f.kind == FieldKind::StringList) {
                QJsonArray items;
                for (qint64 i = 0; i < (f.maximum > 0 ? f.maximum : 100); ++i) // the most items the schema takes
                    items.append(widest.repeated(f.maxLength));
                largest = items;
            } else {
                continue;
            }
            CHECK(PushLimits::encodedSize(largest) <= PushLimits::kMaxValueBytes);
        }
    }
    CHECK(PushLimits::kMaxOperationBytes + 16 <= PushLimits::kMinBodyBytes);
    CHECK(PushLimits::kMinBodyBytes <= PushLimits::kDefaultBodyBytes);
    // The story of the issue: 10,000 characters pass; a value over the byte cap is refused with a plain sentence.
    CHECK(validateField(QStringLiteral("plan"), QStringLiteral("story"), widest.repeated(10000)).ok());
    CHECK(PushLimits::encodedSize(QJsonValue(QStringLiteral("a\"b"))) == 6);
}
