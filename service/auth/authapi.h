#pragma once

#include "audit/auditlog.h"
#include "auth/tokencache.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "live/liveevents.h"
#include "runtime/serviceconfig.h"

namespace samen::service {

/**
 * Devices and sign-in: enrolment (self-signup or one-time code), signed challenges,
 * short-lived bearer tokens stored only as hashes, listing and revoking devices.
 * Kept apart from the rest so an OpenID Connect sign-in can replace enrolment codes.
 */
class AuthApi
{
public:
    AuthApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config, const LiveEvents &events);

    ApiResponse enrol(const ApiRequest &request);
    ApiResponse challenge(const ApiRequest &request);
    ApiResponse token(const ApiRequest &request);
    ApiResponse listDevices(const ApiRequest &request);
    ApiResponse revokeDevice(const ApiRequest &request);
    /** A one-time, expiring code that enrols another device into the caller's own account. */
    ApiResponse createEnrolmentCode(const ApiRequest &request);

    /** The active device behind the request's bearer token, or nullopt (answer 401). */
    Result<std::optional<DeviceRecord>> authenticate(const QByteArray &authorizationHeader, qint64 nowMs);
    /**
     * The same for a token's SHA-256: nullopt when the token is unknown, expired or deleted, or its device revoked.
     * Answered from the TokenCache while the cache mark allows (no database round trip), else looked up and cached.
     */
    Result<std::optional<DeviceRecord>> deviceOfToken(const QByteArray &tokenHash, qint64 nowMs);
    /**
     * What tells the token cache whether it may be used (TokenCache::trust): called before each
     * check; -1 switches the cache off. Default: the store's changesByOthers() (SQLCipher). On
     * PostgreSQL the service sets the LISTEN connection's generation (-1 while it is down) and
     * calls forgetDevice() for each "revoked" notice.
     */
    void setCacheMark(std::function<qint64()> mark) { m_cacheMark = std::move(mark); }
    /** A device was revoked elsewhere: its tokens are looked up again (and refused). */
    void forgetDevice(const QString &deviceId) { m_tokens.forgetDevice(deviceId); }
    /** Deletes expired tokens, challenges and enrolment codes (the service calls it at start and every minute). */
    void purgeExpired(qint64 nowMs);

    /** Open challenges one device may have; a new one replaces the oldest (so none pile up, and a flood cannot lock the device out). */
    static constexpr int kLiveChallengesPerDevice = 5;

    /** The text a device signs to sign in: the prefix binds the signature to this purpose. */
    static QByteArray challengeMessage(const QString &nonce);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
    const ServiceConfig &m_config;
    const LiveEvents &m_events;
    TokenCache m_tokens;
    std::function<qint64()> m_cacheMark;
};

} // namespace samen::service
