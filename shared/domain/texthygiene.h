#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace samen {

/**
 * The text rules of every boundary, in one place: the device's editor and schema
 * validation, the service's JSON requests, samen-cli's arguments and output, and
 * the display of people's text. See docs/data-model.md, "Text hygiene".
 *
 * - Well-formed: valid UTF-16 (no lone surrogate) and no noncharacter
 *   (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF); from bytes, strict UTF-8.
 * - One line (names, titles, every short text and list item): no control
 *   character, no line or paragraph separator, no bidi embedding, override or
 *   isolate control (U+202A–U+202E, U+2066–U+2069).
 * - Free text (story, notes): new lines and tabs allowed; embeddings and isolates
 *   allowed (people who mix right-to-left and left-to-right text paste them, and
 *   their effect ends with the paragraph, inside the isolation every display
 *   adds); the overrides U+202D and U+202E are refused, since they show letters
 *   in an order other than the one written.
 * - Required text: at least one visible character (a letter, number, punctuation
 *   mark or symbol that is not a blank filler); spaces, zero-width and other
 *   format characters, and combining marks alone, are not enough.
 */
class TextHygiene
{
public:
    /** The first rule a text breaks. */
    enum class Problem {
        None,
        IllFormed, ///< a lone surrogate or a noncharacter
        ControlCharacter, ///< a control character (or, on one line, a line break)
        BidiControl, ///< a bidi embedding, override or isolate control where none is allowed
        NoVisibleCharacter, ///< required text with nothing visible in it
    };
    /** Which rules apply to a text. */
    enum class Kind {
        OneLine, ///< names, titles and every short text field or list item
        FreeText, ///< the texts people write (story, why, note, notes)
    };

    /** The first problem of s under the rules for kind; required asks for a visible character. */
    static Problem check(QStringView s, Kind kind, bool required);

    /** No lone surrogate and no noncharacter. */
    static bool isWellFormed(QStringView s);
    /** Every string in v (object keys included) is well-formed. */
    static bool isWellFormedJson(const QJsonValue &v);
    /** Strict UTF-8: no overlong form, no encoded surrogate, nothing above U+10FFFF, no noncharacter. */
    static bool isValidUtf8(QByteArrayView bytes);
    static bool isNoncharacter(char32_t c);
    /** U+202A–U+202E and U+2066–U+2069. */
    static bool isBidiControl(char32_t c);
    /** True when s holds at least one visible character (see the class comment). */
    static bool hasVisibleCharacter(QStringView s);

    /**
     * People's text for use inside a sentence: wrapped in FIRST STRONG ISOLATE (U+2068)
     * and POP DIRECTIONAL ISOLATE (U+2069), so a right-to-left name keeps its own
     * direction and cannot reorder the words around it (Unicode UAX #9). Empty stays empty.
     */
    static QString isolate(const QString &s);
    /** s with every lone surrogate and noncharacter replaced by U+FFFD: safe to print or encode. */
    static QString displaySafe(const QString &s);
    /** The same for every string in a JSON value (keys included). */
    static QJsonValue displaySafeJson(const QJsonValue &v);

    /**
     * A name as typed or pasted, without what cannot be seen: every format character (Unicode category Cf:
     * bidi isolates and marks such as U+2066–U+2069 and U+200E/U+200F, zero-width characters, U+FEFF, the
     * soft hyphen) removed, runs of white space as one space, trimmed. So a name copied from a sentence
     * (where isolate() wrapped it) is the name again.
     */
    static QString withoutInvisible(const QString &s);
    /**
     * Whether two names are the same person's name as people read them: equal after withoutInvisible(),
     * Unicode normalisation (NFC) and case folding, or looking alike (their ICU confusable skeletons are equal,
     * NameRule::skeleton: "Lea" with a Cyrillic "е" is "Lea"). Two empty names are never the same. The one
     * rule for matching a typed name to a person and for names being unique per plan (samen-cli lookups,
     * PlanEditor, the service's MemberNames).
     */
    static bool sameName(const QString &a, const QString &b);
    /**
     * A word as a POSIX shell reads it back, for a command a person may paste (samen-cli's suggestions): as it is
     * when it holds only letters, digits and _@%+=:,./-, else in single quotes (a ' inside as '\'').
     */
    static QString shellWord(const QString &word);
};

} // namespace samen
