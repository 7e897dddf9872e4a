#pragma once

#include <QString>
#include <QStringList>

namespace samen {

/**
 * Fractional indexes: order keys made of base-62 digits "0-9A-Za-z" read as a
 * fraction 0.d1d2d3..., so byte-wise string order is list order and an item
 * can always be placed between two others by one new key (one operation).
 * Keys produced never end in '0', so there is always room before a key.
 *
 * Both functions take an empty string as an open end ("before everything" /
 * "after everything"). When no key fits strictly between a and b (a >= b,
 * a character outside the alphabet, or b equal to a except for trailing '0's,
 * as with "a" and "a0") they return an empty string / list: re-key the list.
 */
QString keyBetween(const QString &a, const QString &b);

/** n keys, in increasing order, strictly between a and b and spread over the gap; empty when none fit. */
QStringList keysBetween(const QString &a, const QString &b, int n);

} // namespace samen
