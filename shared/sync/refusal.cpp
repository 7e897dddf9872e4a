#include "sync/refusal.h"

#include <QRegularExpression>

namespace samen {

namespace {
bool known(const QString &code)
{
    return code == Refusal::kForbidden || code == Refusal::kInvalid || code == Refusal::kClock || code == Refusal::kUnreachable || code == Refusal::kTooLarge;
}

// A domain key as the plan makes them (PlanAccess::isDomainKey on the service): nothing else is kept beside the code.
bool plainKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return form.match(key).hasMatch();
}
} // namespace

QString Refusal::keep(const QString &code, const QString &domainKey)
{
    if (!known(code))
        return kUnknown;
    return plainKey(domainKey) ? code + QLatin1Char('@') + domainKey : code;
}

Refusal Refusal::parse(const QString &kept)
{
    // "code", "code@domain", or (stores from before) "code: the service's words".
    const QString head = kept.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString code = head.section(QLatin1Char('@'), 0, 0);
    if (!known(code))
        return {};
    const QString domain = kept.contains(QLatin1Char(':')) ? QString() : head.section(QLatin1Char('@'), 1);
    return { code, plainKey(domain) ? domain : QString() };
}

bool Refusal::retryableWith(const MemberAccess &access) const
{
    if (retryable())
        return true;
    return code == kForbidden && !access.isOwner() && !domainKey.isEmpty() && access.canWrite(domainKey);
}

} // namespace samen
