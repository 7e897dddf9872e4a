#include "auth/tokencache.h"

namespace samen::service {

std::optional<DeviceRecord> TokenCache::find(const QByteArray &tokenHash, qint64 nowMs) const
{
    const auto it = m_entries.constFind(tokenHash);
    if (it == m_entries.cend() || it->expiresMs <= nowMs)
        return std::nullopt;
    return it->device;
}

void TokenCache::insert(const QByteArray &tokenHash, const DeviceRecord &device, qint64 tokenExpiresMs, qint64 nowMs)
{
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    m_entries.insert(tokenHash, Entry { device, std::min(tokenExpiresMs, nowMs + kMaxAgeMs) });
}

void TokenCache::forgetDevice(const QString &deviceId)
{
    m_entries.removeIf([&deviceId](const auto &it) { return it.value().device.id == deviceId; });
}

bool TokenCache::trust(qint64 mark)
{
    if (mark != m_mark) {
        m_entries.clear();
        m_mark = mark;
    }
    return mark >= 0;
}

} // namespace samen::service
