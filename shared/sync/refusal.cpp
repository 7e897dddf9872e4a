#include "sync/refusal.h"

#include <QStringList>

namespace samen {

namespace {
bool known(const QString &code)
{
    return code == Refusal::kForbidden || code == Refusal::kInvalid || code == Refusal::kClock;
}
} // namespace

QString Refusal::keep(const QString &code, const QString &message)
{
    return known(code) ? code + QStringLiteral(": ") + message : message;
}

Refusal Refusal::parse(const QString &kept)
{
    const QString code = kept.section(QLatin1Char(':'), 0, 0);
    if (kept.contains(QLatin1Char(':')) && known(code))
        return { code, kept.section(QLatin1Char(':'), 1).trimmed() };
    return { QString(), kept.trimmed() };
}

} // namespace samen
