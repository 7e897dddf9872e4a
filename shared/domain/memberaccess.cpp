#include "domain/memberaccess.h"

#include <QJsonArray>

namespace samen {

MemberAccess MemberAccess::owner()
{
    MemberAccess a;
    a.m_owner = true;
    return a;
}

QStringList MemberAccess::named() const
{
    QStringList ids(m_named.cbegin(), m_named.cend());
    ids.sort();
    return ids;
}

MemberAccess MemberAccess::member()
{
    return {};
}

void MemberAccess::grant(const QString &domainKey, const QString &access)
{
    if (domainKey.isEmpty())
        return;
    const Level level = access == QLatin1String("write") ? Level::Write : access == QLatin1String("read") ? Level::Read : Level::None;
    if (level != Level::None && level > m_domains.value(domainKey, Level::None))
        m_domains.insert(domainKey, level);
}

MemberAccess::Level MemberAccess::level(const QString &domainKey) const
{
    if (m_owner)
        return Level::Write;
    return m_domains.value(domainKey, Level::None);
}

QJsonObject MemberAccess::toJson() const
{
    if (m_owner)
        return { { QStringLiteral("owner"), true } };
    QJsonObject domains;
    for (auto it = m_domains.cbegin(); it != m_domains.cend(); ++it)
        domains.insert(it.key(), it.value() == Level::Write ? QStringLiteral("write") : QStringLiteral("read"));
    QJsonObject out { { QStringLiteral("owner"), false }, { QStringLiteral("domains"), domains } };
    if (!m_named.isEmpty())
        out.insert(QStringLiteral("named"), QJsonArray::fromStringList(named()));
    return out;
}

MemberAccess MemberAccess::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("owner")).toBool(false))
        return owner();
    MemberAccess a;
    const QJsonObject domains = json.value(QStringLiteral("domains")).toObject();
    for (auto it = domains.constBegin(); it != domains.constEnd(); ++it)
        a.grant(it.key(), it.value().toString());
    for (const QJsonValue &id : json.value(QStringLiteral("named")).toArray()) {
        if (id.isString() && !id.toString().isEmpty())
            a.addNamed(id.toString());
    }
    return a;
}

} // namespace samen
