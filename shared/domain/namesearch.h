#pragma once

#include <QString>

namespace samen::namesearch {

/**
 * A name as a search compares it: compatibility-decomposed (NFKD), without combining marks and without format
 * characters (Unicode Cf: zero-width space and joiners, soft hyphen, bidi marks and isolates, U+FEFF), case-folded,
 * white space runs as one space and trimmed, so "zoe" finds "Zoë", "ZOË" and "Zo\u200Be" and the reverse (the
 * caseload's search in the app and samen-cli, and samen-cli's --plan NAME; review 4, R4-17).
 */
QString folded(const QString &text);

/** True when wanted (trimmed, folded) is part of name (folded); an empty wanted matches every name. */
bool contains(const QString &name, const QString &wanted);

} // namespace samen::namesearch
