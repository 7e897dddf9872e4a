#pragma once

#include <QString>

namespace samen::namesearch {

/**
 * A name as a search compares it: compatibility-decomposed (NFKD), without combining marks, case-folded, so
 * "zoe" finds "Zoë" and "ZOË" (the caseload's search in the app and samen-cli, and samen-cli's --plan NAME).
 */
QString folded(const QString &text);

/** True when wanted (trimmed, folded) is part of name (folded); an empty wanted matches every name. */
bool contains(const QString &name, const QString &wanted);

} // namespace samen::namesearch
