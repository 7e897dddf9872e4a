#include "auth/authapi.h"

#include "http/jsonrequest.h"
#include "security/crypto.h"
#include "storage/storetransaction.h"

#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAuth, "samen.auth")

namespace samen::service {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject deviceJson(const DeviceRecord &d)
{
    QJsonObject o { { QStringLiteral("deviceId"), d.id }, { QStringLiteral("displayName"), d.displayName }, { QStringLiteral("createdAt"), d.createdMs } };
    if (d.revokedMs)
        o.insert(QStringLiteral("revokedAt"), d.revokedMs);
    return o;
}

} // namespace

AuthApi::AuthApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config, const LiveEvents &events)
    : m_store(store)
    , m_audit(audit)
    , m_config(config)
    , m_events(events)
{
}

QByteArray AuthApi::challengeMessage(const QString &nonce)
{
    return QByteArrayLiteral("samen-auth-v1:") + nonce.toLatin1();
}

ApiResponse AuthApi::enrol(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("code"), QStringLiteral("publicKey"), QStringLiteral("displayName") });
    const QString code = in.string(QStringLiteral("code"), 128, false);
    const QString publicKeyText = in.string(QStringLiteral("publicKey"), 64);
    const QString displayName = in.name(QStringLiteral("displayName"), 80);
    const QByteArray publicKey = Crypto::decodeBase64Exact(publicKeyText, 32);
    if (in.ok() && publicKey.size() != 32)
        in.fail(QStringLiteral("\"publicKey\" must be a raw 32-byte Ed25519 public key in standard base64 (44 characters ending in \"=\")."));
    if (!in.ok())
        return in.error();

    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    DeviceRecord device { newId(), newId(), displayName, publicKey, request.nowMs, 0 };
    QString kind = QStringLiteral("citizen");
    bool existingAccount = false;
    if (!code.isEmpty()) {
        auto taken = m_store.takeEnrolmentCode(Crypto::sha256(code.toUtf8()), request.nowMs);
        if (!taken)
            return ApiResponse::internal();
        if (!taken->has_value()) {
            // The failed attempt is still committed: a code is spent by its first use.
            (void)tx.commit();
            return ApiResponse::error(403, QStringLiteral("enrolment-code-invalid"),
                                      QStringLiteral("This enrolment code is not valid: it is unknown, used or expired."));
        }
        existingAccount = !taken->value().accountId.isEmpty();
        if (existingAccount)
            device.accountId = taken->value().accountId;
        kind = taken->value().kind;
    } else if (!m_config.allowSignup) {
        return ApiResponse::forbidden(QStringLiteral("This service does not allow signing up without an enrolment code."));
    }
    if (!m_store.insertDevice(device)
        || !m_audit.append(QString(), device.id, QStringLiteral("device.enrol"), device.id,
                           { { QStringLiteral("kind"), kind }, { QStringLiteral("existingAccount"), existingAccount } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    qCInfo(lcAuth, "device enrolled");
    // The kind tells the device what it is: a professional's enrols as a caseload device (samen-cli connect, the app's first run).
    return ApiResponse::json(
        201, QJsonObject { { QStringLiteral("deviceId"), device.id }, { QStringLiteral("accountId"), device.accountId }, { QStringLiteral("kind"), kind } });
}

ApiResponse AuthApi::challenge(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("deviceId") });
    const QString deviceId = in.string(QStringLiteral("deviceId"), 64);
    if (!in.ok())
        return in.error();
    auto device = m_store.device(deviceId);
    if (!device)
        return ApiResponse::internal();
    if (!device->has_value())
        return ApiResponse::forbidden(QStringLiteral("This device is unknown or was revoked."));
    // Said as such, so the device (and only on this answer, never on a 401) deletes the plan it holds (docs/security.md, T7).
    if (device->value().revokedMs)
        return ApiResponse::error(403, QStringLiteral("device-revoked"), QStringLiteral("This device was revoked: it can no longer sign in."));
    const QString nonce = Crypto::randomSecret();
    const qint64 expires = request.nowMs + m_config.challengeLifetimeMs;
    if (!m_store.insertChallenge(Crypto::sha256(nonce.toLatin1()), deviceId, expires, kLiveChallengesPerDevice))
        return ApiResponse::internal();
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("nonce"), nonce }, { QStringLiteral("expiresAt"), expires } });
}

ApiResponse AuthApi::token(const ApiRequest &request)
{
    JsonRequest in(request.body, { QStringLiteral("deviceId"), QStringLiteral("nonce"), QStringLiteral("signature") });
    const QString deviceId = in.string(QStringLiteral("deviceId"), 64);
    const QString nonce = in.string(QStringLiteral("nonce"), 64);
    const QByteArray signature = Crypto::decodeBase64Exact(in.string(QStringLiteral("signature"), 128), 64);
    if (in.ok() && signature.size() != 64)
        in.fail(QStringLiteral("\"signature\" must be a 64-byte Ed25519 signature in standard base64 (88 characters ending in \"==\")."));
    if (!in.ok())
        return in.error();
    StoreTransaction tx(m_store);
    if (!tx.begun())
        return ApiResponse::internal();
    auto device = m_store.device(deviceId);
    auto live = m_store.takeChallenge(Crypto::sha256(nonce.toLatin1()), deviceId, request.nowMs);
    if (!device || !live || !tx.commit())
        return ApiResponse::internal();
    const auto refuse = ApiResponse::error(401, QStringLiteral("sign-in-failed"),
                                           QStringLiteral("Sign-in failed: ask for a new challenge and sign it with this device's key."));
    if (!device->has_value() || device->value().revokedMs || !live.value())
        return refuse;
    if (!Crypto::verifyEd25519(device->value().publicKey, challengeMessage(nonce), signature))
        return refuse;
    const QString token = Crypto::randomSecret();
    const qint64 expires = request.nowMs + m_config.tokenLifetimeMs;
    if (!m_store.insertToken(Crypto::sha256(token.toLatin1()), deviceId, expires))
        return ApiResponse::internal();
    return ApiResponse::json(200,
                             QJsonObject { { QStringLiteral("token"), token },
                                           { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
                                           { QStringLiteral("expiresAt"), expires },
                                           // How much a push may carry: the device splits its outbox under it.
                                           { QStringLiteral("limits"), PushLimits { m_config.maxBodyBytes, m_config.maxBatch }.toJson() } });
}

Result<std::optional<DeviceRecord>> AuthApi::authenticate(const QByteArray &authorizationHeader, qint64 nowMs)
{
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorizationHeader.startsWith(prefix) || authorizationHeader.size() > 200)
        return std::optional<DeviceRecord> {};
    return deviceOfToken(Crypto::sha256(authorizationHeader.mid(prefix.size()).trimmed()), nowMs);
}

Result<std::optional<DeviceRecord>> AuthApi::deviceOfToken(const QByteArray &tokenHash, qint64 nowMs)
{
    qint64 mark = -1;
    if (m_cacheMark) {
        mark = m_cacheMark();
    } else if (auto changes = m_store.changesByOthers()) {
        mark = changes.value();
    }
    const bool cached = m_tokens.trust(mark);
    if (cached) {
        if (auto device = m_tokens.find(tokenHash, nowMs))
            return device;
    }
    auto token = m_store.liveToken(tokenHash, nowMs);
    if (!token)
        return token.error();
    if (!token->has_value())
        return std::optional<DeviceRecord> {};
    auto device = m_store.device(token->value().deviceId);
    if (!device)
        return device.error();
    if (!device->has_value() || device->value().revokedMs)
        return std::optional<DeviceRecord> {};
    if (cached)
        m_tokens.insert(tokenHash, device->value(), token->value().expiresMs, nowMs);
    return device.value();
}

void AuthApi::purgeExpired(qint64 nowMs)
{
    auto removed = m_store.purgeExpired(nowMs);
    if (!removed)
        qCWarning(lcAuth, "could not remove expired tokens, challenges and enrolment codes");
    else if (removed.value() > 0)
        qCInfo(lcAuth, "removed %lld expired tokens, challenges and enrolment codes", static_cast<long long>(removed.value()));
}

ApiResponse AuthApi::listDevices(const ApiRequest &request)
{
    auto devices = m_store.devicesOfAccount(request.device.accountId);
    if (!devices)
        return ApiResponse::internal();
    QJsonArray list;
    for (const DeviceRecord &d : devices.value())
        list.append(deviceJson(d));
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("devices"), list } });
}

ApiResponse AuthApi::createEnrolmentCode(const ApiRequest &request)
{
    JsonRequest in(request.body, {});
    if (!in.ok())
        return in.error();
    // The account keeps its kind: a professional's second device is a professional's device.
    auto professionals = m_store.professionals();
    if (!professionals)
        return ApiResponse::internal();
    QString kind = QStringLiteral("citizen");
    for (const ProfessionalRecord &p : professionals.value()) {
        if (p.accountId == request.device.accountId)
            kind = QStringLiteral("professional");
    }
    const QString code = Crypto::randomSecret();
    const qint64 expires = request.nowMs + m_config.enrolmentCodeLifetimeMs;
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.insertEnrolmentCode(Crypto::sha256(code.toUtf8()), { request.device.accountId, kind, expires })
        || !m_audit.append(QString(), request.device.id, QStringLiteral("device.enrolment-code"), request.device.id,
                           { { QStringLiteral("kind"), kind }, { QStringLiteral("expiresAt"), expires } }, request.nowMs)
        || !tx.commit())
        return ApiResponse::internal();
    qCInfo(lcAuth, "enrolment code issued for an account's next device");
    return ApiResponse::json(201, QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("expiresAt"), expires } });
}

ApiResponse AuthApi::revokeDevice(const ApiRequest &request)
{
    const QString deviceId = request.segments.value(2);
    auto device = m_store.device(deviceId);
    if (!device)
        return ApiResponse::internal();
    // Another account's device answers like a missing one: ids are not probed.
    if (!device->has_value() || device->value().accountId != request.device.accountId)
        return ApiResponse::notFound(QStringLiteral("There is no device with this id on your account."));
    // A device revoking itself when no other device of the account can sign in would lock the person out for good,
    // with no way back (issue 12): refused. Another device revokes this one, or the plan is erased.
    if (deviceId == request.device.id) {
        auto devices = m_store.devicesOfAccount(request.device.accountId);
        if (!devices)
            return ApiResponse::internal();
        const bool another = std::any_of(devices->cbegin(), devices->cend(), [&](const DeviceRecord &d) { return d.id != deviceId && d.revokedMs == 0; });
        if (!another)
            return ApiResponse::error(409, QStringLiteral("last-device"),
                                      QStringLiteral("This is the only device of your account: revoking it would lock you out for good. "
                                                     "Add another device first and revoke this one from there, or erase the plan."));
    }
    StoreTransaction tx(m_store);
    if (!tx.begun() || !m_store.revokeDevice(deviceId, request.nowMs) || !m_store.deleteTokensOfDevice(deviceId)
        || !m_audit.append(QString(), request.device.id, QStringLiteral("device.revoke"), deviceId, {}, request.nowMs) || !tx.commit())
        return ApiResponse::internal();
    m_tokens.forgetDevice(deviceId);
    m_events.revoked(deviceId);
    return ApiResponse::json(200, QJsonObject { { QStringLiteral("deviceId"), deviceId }, { QStringLiteral("revoked"), true } });
}

} // namespace samen::service
