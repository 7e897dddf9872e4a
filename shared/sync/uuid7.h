#pragma once

#include <QString>
#include <QStringView>

namespace samen {

/** A new RFC 9562 version 7 UUID: 48-bit Unix milliseconds then random bits, lower-case 8-4-4-4-12, so ids sort by creation time. */
QString newUuid7();

/** True for a lower-case 8-4-4-4-12 hexadecimal UUID (any version). */
bool isUuid(QStringView text);

} // namespace samen
