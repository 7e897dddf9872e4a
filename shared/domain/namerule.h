#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

namespace samen {

/**
 * The one rule for the name of a person (invitee, joiner, member, professional) or a device, on top of
 * TextHygiene's one-line rules: two names that look the same must be the same text, so nobody can pose
 * as someone else with a name that differs only in what cannot be seen. See docs/data-model.md, "Names".
 *
 * - No invisible character: no format character (Unicode category Cf: zero-width space and joiners,
 *   U+FEFF, the soft hyphen U+00AD, the direction marks U+200E/U+200F/U+061C, bidi controls, word
 *   joiner, tag characters) and no blank filler (Hangul fillers, blank braille). The only exception are
 *   the joining controls U+200C and U+200D inside a word of a script where they change how the word is
 *   drawn (Arabic, Syriac, N'Ko, Mongolian and the Indic scripts: Persian names use U+200C), after UAX #31.
 * - White space: only single spaces between words, none at the ends (U+00A0 and other spaces count as
 *   white space and must be a plain U+0020).
 * - Unicode NFC, so "é" typed as one character and as "e" + accent are one name.
 *
 * The device tidies what a person typed (tidy()) and refuses what is still wrong with a plain message
 * (validate()); the service refuses the same (check()) with 400.
 */
class NameRule
{
public:
    enum class Problem {
        None,
        Invisible, ///< a format character or blank filler (see the class comment)
        Spacing, ///< white space at an end, two in a row, or other than U+0020
        NotComposed, ///< not in Unicode NFC
    };
    /** What a name is for, to say it in the message. */
    enum class Subject { Person, Device };

    /** The first problem of name under the name rule (TextHygiene's rules are checked apart). */
    static Problem check(QStringView name);
    /**
     * What a device sends of a name a person typed: runs of spaces (Unicode category Zs, U+00A0 too) as one
     * U+0020, none at the ends, NFC. Invisible characters, line breaks and tabs stay, so validate() can say so
     * rather than change the name unseen.
     */
    static QString tidy(const QString &typed);
    /**
     * The tidied name checked as the plan checks a member's name (validateField) or as the service checks a
     * device name (validateDeviceName), then by the name rule; the error (ErrorCode::Validation) says in
     * plain, translated words what to change.
     */
    static Status validate(const QString &tidied, Subject subject);
    /** Ok for Problem::None, else the plain, translated Validation error validate() gives for that problem. */
    static Status explain(Problem problem, Subject subject);
    /**
     * The name's confusable skeleton after Unicode TR #39 (ICU's USpoofChecker, uspoof_getSkeleton): two names
     * that look alike ("Lea" and "Lеa" with a Cyrillic "е", "Noor" and "N00r" in some fonts) have the same
     * skeleton. Compare skeletons of case-folded names (TextHygiene::sameName does). Empty for an empty name; the
     * name itself if ICU fails (then only equal names collide).
     */
    static QString skeleton(const QString &name);
};

} // namespace samen
