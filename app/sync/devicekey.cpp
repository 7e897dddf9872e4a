#include "sync/devicekey.h"

#include "store/settingstore.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace samen {

namespace {

const QString kSetting = QStringLiteral("sync.deviceKey");

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

KeyPtr keyOf(const QByteArray &priv)
{
    return KeyPtr(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(priv.constData()), static_cast<size_t>(priv.size())),
        EVP_PKEY_free);
}

} // namespace

Result<DeviceKey> DeviceKey::loadOrCreate(SettingStore &store)
{
    DeviceKey key;
    const QString saved = store.setting(kSetting);
    if (!saved.isEmpty()) {
        key.m_private = QByteArray::fromBase64(saved.toLatin1());
        if (key.m_private.size() != 32 || !keyOf(key.m_private))
            return Result<DeviceKey>::fail(ErrorCode::Damaged, QCoreApplication::translate("samen", "This device's sign-in key in the plan store is damaged."));
        return key;
    }
    key.m_private.resize(32);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.m_private.data()), 32) != 1 || !keyOf(key.m_private))
        return Result<DeviceKey>::fail(ErrorCode::Internal, QCoreApplication::translate("samen", "Could not make a key for this device."));
    if (Status saved2 = store.setSetting(kSetting, QString::fromLatin1(key.m_private.toBase64())); !saved2)
        return saved2.error();
    return key;
}

QString DeviceKey::publicKeyBase64() const
{
    const KeyPtr k = keyOf(m_private);
    unsigned char pub[32];
    size_t len = sizeof pub;
    if (!k || EVP_PKEY_get_raw_public_key(k.get(), pub, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(pub), static_cast<qsizetype>(len)).toBase64());
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    const KeyPtr k = keyOf(m_private);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char sig[64];
    size_t len = sizeof sig;
    if (!k || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, k.get()) != 1
        || EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size())) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(sig), static_cast<qsizetype>(len));
}

} // namespace samen
