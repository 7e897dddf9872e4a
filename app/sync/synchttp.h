#pragma once

#include "core/result.h"
#include "sync/pushlimits.h"
#include "sync/syncbackoff.h"
#include "sync/synctls.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace samen {

class SettingStore;

/**
 * The requests of the sync client to the case service: https with verification,
 * the pin checked before any byte is sent, plain errors for certificate problems,
 * retries with backoff on network trouble, 5xx and 429 (Retry-After honoured), and
 * a fresh sign-in with the device key when the token ran out (401). Reads the
 * service address, trust and device id from the device's settings, and the
 * push limits from the service's sign-in answer.
 */
class SyncHttp : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    /** One request and its retry state. */
    struct Request {
        QByteArray verb;
        QString path; ///< with query, e.g. "/v1/plans/ID/ops?after=3"
        QJsonObject body;
        QByteArray rawBody; ///< when not empty, sent as it is instead of body (a push, sized to the byte)
        bool hasBody = false;
        bool authenticated = true;
        bool authRetried = false;
        int attempt = 0;
        /**
         * A person waits for this answer (joining a plan): quickAttempts attempts at most, waits of 250 ms to 2 s of its
         * own (not the backoff the rounds grew while the service was away: review 6, #1, 2 to 5 minutes), and
         * quickTransferTimeoutMs without a byte moving counts as network trouble; a sign-in it starts is quick too.
         */
        bool quick = false;
        Done<QJsonObject> done;
        std::function<void(int status, const QJsonObject &json)> onStatus; ///< raw answer, for callers that handle non-2xx codes
        std::function<void()> onTooLarge; ///< the service answered 413 (body over its limit); done is not called then
    };

    /**
     * store holds the device's identity (sync.service, sync.caPem, sync.pin, sync.deviceId,
     * sync.deviceKey): a plan store on a person's device, device.db on a professional's,
     * where one SyncHttp is the sign-in session shared by the rounds of every plan.
     */
    SyncHttp(SettingStore &store, QNetworkAccessManager &network, QObject *parent = nullptr);

    /**
     * The unauthenticated POST /v1/enrol for a device key (base64 Ed25519 public key) and a display name, with the
     * one-time enrolment code when there is one (docs/api/openapi.yaml); the caller sets `done`.
     */
    /**
     * The machine reason (Error::reason) of a failure the network gave, "network:<QNetworkReply::NetworkError as a
     * number>", so whoever shows it can say it in the person's language (NetworkWords::error); Qt's own English
     * text goes in Error::detail only.
     */
    static QString networkReason(QNetworkReply::NetworkError error) { return QStringLiteral("network:%1").arg(int(error)); }
    /** "The connection to the service failed." (translated): a failure that says no more than that; callers may word its reason instead. */
    static QString connectionFailedSentence();
    static std::shared_ptr<Request> enrolment(const QString &publicKeyBase64, const QString &deviceName, const QString &enrolCode);
    /**
     * A failed enrolment in the person's words: a one-time code the service refused (403 `enrolment-code-invalid`)
     * says the code is not known, used or expired and where a new one comes from (review 3, #16: "the service did
     * not allow this" said nothing); other failures, a certificate this device does not trust among them, are
     * returned as they are (review 6, #2).
     */
    static Error enrolmentFailed(const Error &error, bool withCode);
    /** The sentence of enrolmentFailed for a refused code (translated, context "samen"). */
    static QString enrolmentCodeInvalidSentence();

    /** Error::reason of a connection this device refused: the service's certificate (not trusted, expired, not valid yet). */
    static constexpr const char *kTlsCertificateReason = "tls-certificate";
    /** Error::reason of a connection this device refused: the service's key is not the pin it was given. */
    static constexpr const char *kTlsPinReason = "tls-pin";
    /** True for an error this device raised about the service's certificate or key, never the service's own refusal. */
    static bool isTlsRefusal(const Error &error)
    {
        return error.reason == QLatin1String(kTlsCertificateReason) || error.reason == QLatin1String(kTlsPinReason);
    }

    void send(std::shared_ptr<Request> request);
    /**
     * Challenge and signed answer → bearer token (kept in memory only). Calls made while a sign-in runs wait for it: one
     * sign-in. quick: its requests are quick ones (Request::quick), and it does not wait behind a sign-in that runs.
     */
    void signIn(Done<QString> done, bool quick = false);
    /** The attempts of a quick request (Request::quick), as samen-cli's (clisync.h). */
    static constexpr int quickAttempts = 3;
    /** How long a quick request may go without a byte moving, in ms. */
    static constexpr int quickTransferTimeoutMs = 5000;

    bool isConfigured() const;
    QUrl serviceUrl() const;
    SyncTrust trust() const;
    QString token() const { return m_token; }
    /** What one push may carry, as the service stated it at the last sign-in (its defaults before, or when it states none). */
    PushLimits pushLimits() const { return m_pushLimits; }
    void clearToken() { m_token.clear(); }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    /** How long a request may go without a byte moving before it counts as network trouble. */
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    void setBackoff(int baseMs, int maxMs) { m_backoff = SyncBackoff(baseMs, maxMs); }
    void resetBackoff() { m_backoff.reset(); }
    /**
     * The service may be back (a person pressed "Try again", the live channel reconnected): the backoff starts
     * again from its first wait, and every request waiting out a wait before its next attempt is sent now (review 6,
     * #6: a round asleep in a wait of minutes kept the caseload offline long after the service returned).
     */
    void retryNow();
    /** How many requests wait out a backoff before their next attempt (tests). */
    int waitingRetries() const { return int(m_waiting.size()); }

signals:
    /** A request met network trouble, 5xx or 429 (it is retried while attempts remain). */
    void unreachable();
    /**
     * The service said this device is revoked (403 `device-revoked` at sign-in): emitted before the request's done.
     * Never for a 401 (an expired token), which only signs in again.
     */
    void deviceRevoked();

private:
    void finished(QNetworkReply *reply, std::shared_ptr<Request> call);
    QString setting(const char *key) const;

    SettingStore &m_store;
    QList<Done<QString>> m_signingIn; ///< callers waiting for the sign-in that runs (empty: none runs)
    QList<QPointer<QTimer>> m_waiting; ///< the waits of requests before their next attempt (retryNow ends them)
    QNetworkAccessManager &m_network;
    SyncBackoff m_backoff;
    int m_maxAttempts = 0;
    int m_transferTimeoutMs = 30000;
    QString m_token;
    PushLimits m_pushLimits;
    // The TLS configuration built from the trusted certificates (parsing the PEM each request cost 8 % of a caseload's first
    // round: docs/architecture.md, "Benchmarks"); built again when the certificates change. Built at the first
    // request, not with this object: a QSslConfiguration loads Qt's TLS plugin, about 4 ms of the app's start
    // before its first frame even for a plan that syncs with nothing (issue 18).
    QByteArray m_sslFor;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace samen
