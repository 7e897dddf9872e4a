#include "sync/synchttp.h"

#include "store/settingstore.h"
#include "sync/devicekey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isNetworkTrouble(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

std::shared_ptr<SyncHttp::Request> SyncHttp::enrolment(const QString &publicKeyBase64, const QString &deviceName, const QString &enrolCode)
{
    auto c = std::make_shared<Request>();
    c->verb = "POST";
    c->path = QStringLiteral("/v1/enrol");
    c->hasBody = true;
    c->authenticated = false;
    c->body = { { QStringLiteral("publicKey"), publicKeyBase64 }, { QStringLiteral("displayName"), deviceName } };
    if (!enrolCode.isEmpty())
        c->body.insert(QStringLiteral("code"), enrolCode);
    return c;
}

SyncHttp::SyncHttp(SettingStore &store, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
{
}

QString SyncHttp::setting(const char *key) const
{
    return m_store.setting(QLatin1String(key));
}

bool SyncHttp::isConfigured() const
{
    return !setting("sync.service").isEmpty();
}

QUrl SyncHttp::serviceUrl() const
{
    return QUrl(setting("sync.service"));
}

SyncTrust SyncHttp::trust() const
{
    return SyncTrust { setting("sync.caPem").toLatin1(), setting("sync.pin") };
}

void SyncHttp::send(std::shared_ptr<Request> call)
{
    if (!isConfigured()) {
        call->done(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "This device is not connected to a service yet: use connect first.") });
        return;
    }
    if (call->authenticated && m_token.isEmpty()) {
        signIn(
            [this, call](const Result<QString> &signedIn) {
                if (!signedIn)
                    call->done(signedIn.error());
                else
                    send(call);
            },
            call->quick);
        return;
    }
    const SyncTrust trust = this->trust();
    QUrl url = serviceUrl();
    const qsizetype q = call->path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? call->path : call->path.left(q));
    if (q >= 0)
        url.setQuery(call->path.mid(q + 1));
    QNetworkRequest request(url);
    if (!m_ssl || m_ssl->isNull() || m_sslFor != trust.caPem) {
        m_ssl = trust.configuration();
        m_sslFor = trust.caPem;
    }
    request.setSslConfiguration(*m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(call->quick ? std::min(m_transferTimeoutMs, quickTransferTimeoutMs) : m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (call->authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray body = !call->rawBody.isEmpty() ? call->rawBody : call->hasBody ? QJsonDocument(call->body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->verb, body);
    reply->setParent(this);
    const QString pin = trust.pinSha256;
    if (!pin.isEmpty()) {
        // Checked once the handshake is done and before any request byte is sent.
        connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
            if (spkiSha256(reply->sslConfiguration().peerCertificate()) != pin) {
                reply->setProperty("samenPinMismatch", true);
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply](const QList<QSslError> &errors) { reply->setProperty("samenSslErrors", describeSslErrors(errors)); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { finished(reply, call); });
}

void SyncHttp::finished(QNetworkReply *reply, std::shared_ptr<Request> call)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString pin = setting("sync.pin");
    const bool pinMismatch = reply->property("samenPinMismatch").toBool()
        || (!pin.isEmpty() && !reply->sslConfiguration().peerCertificate().isNull() && spkiSha256(reply->sslConfiguration().peerCertificate()) != pin);
    if (pinMismatch) {
        qCWarning(lcSync, "the service's public key does not match the pin; nothing was sent");
        call->done(Error { ErrorCode::Permission,
                           QCoreApplication::translate("samen",
                                                       "The service's public key does not match the pin this device was given for it. Nothing was "
                                                       "sent: you may not be talking to the right service. Check the pin or link you were given."),
                           {},
                           QString::fromLatin1(kTlsPinReason) });
        return;
    }
    if (const QString ssl = reply->property("samenSslErrors").toString(); !ssl.isEmpty()) {
        qCWarning(lcSync, "certificate refused");
        call->done(Error { ErrorCode::Permission, ssl, {}, QString::fromLatin1(kTlsCertificateReason) });
        return;
    }
    // Verified without a pin (a CA file or the system's CAs): keep the key the service showed, so the links this
    // device makes carry its pin as after a pinned connect (InvitationLink::ofDevice). Written only when it changes.
    if (pin.isEmpty() && status > 0)
        if (const QString seen = spkiSha256(reply->sslConfiguration().peerCertificate()); !seen.isEmpty() && seen != setting("sync.seenPin"))
            (void)m_store.setSetting(QStringLiteral("sync.seenPin"), seen);
    // A reply that timed out or was aborted is closed: reading it would only make Qt warn "device not open" on stderr,
    // in English, inside samen-cli's output (new-user trial after stop 32, a frozen service).
    const QByteArray bytes = reply->isReadable() ? reply->readAll() : QByteArray();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (status == 401 && call->authenticated && !call->authRetried) {
        // The token expired (or the service forgot it): sign in again once.
        call->authRetried = true;
        m_token.clear();
        send(call);
        return;
    }
    // A connection that ends after the status line but before the whole body leaves the status
    // set (e.g. 200) with a network error and half a body: that is network trouble too, never an answer.
    const bool busy = status == 429 || status >= 500;
    const bool transient = busy || isNetworkTrouble(netError);
    if (transient) {
        ++call->attempt;
        qCInfo(lcSync, "service unreachable or busy (HTTP %d), attempt %d", status, call->attempt);
        emit unreachable();
        const int maxAttempts = call->quick ? quickAttempts : m_maxAttempts;
        if (maxAttempts > 0 && call->attempt >= maxAttempts) {
            const QString message = !busy
                ? QCoreApplication::translate("samen", "Could not reach the service at %1. Your changes are kept and sent later.").arg(serviceUrl().toString())
                : QCoreApplication::translate("samen", "The service is busy or has a problem right now. Your changes are kept and sent later.");
            // The HTTP status and Qt's English only as detail, never in the sentence.
            call->done(Error { ErrorCode::Network, message, busy ? QStringLiteral("HTTP %1").arg(status) : reply->errorString(),
                               busy ? QString() : networkReason(netError) });
            return;
        }
        bool ok = false;
        const int retryAfterS = reply->rawHeader("Retry-After").toInt(&ok);
        // A quick request waits 250 ms, 500 ms, … up to 2 s (a long Retry-After: it gives up instead, at its last attempt).
        const int delay = call->quick ? std::min(2000, 250 << std::min(call->attempt, 4)) : m_backoff.nextDelayMs(ok ? retryAfterS * 1000 : 0);
        auto *wait = new QTimer(this);
        wait->setSingleShot(true);
        connect(wait, &QTimer::timeout, this, [this, call, wait] {
            m_waiting.removeAll(wait);
            wait->deleteLater();
            send(call);
        });
        m_waiting.append(wait);
        wait->start(delay);
        return;
    }
    if (status == 0) {
        // Qt's English text only as detail; the reason lets the app say what failed in the person's language.
        call->done(Error { ErrorCode::Network, connectionFailedSentence(), reply->errorString(), networkReason(netError) });
        return;
    }
    if (status == 413 && call->onTooLarge) {
        call->onTooLarge();
        return;
    }
    if (status < 200 || status >= 300) {
        if (call->onStatus) {
            call->onStatus(status, json);
            return;
        }
        const ErrorCode code = status == 401 || status == 403 ? ErrorCode::Permission
            : status == 404                                   ? ErrorCode::NotFound
            : status == 409                                   ? ErrorCode::Conflict
                                                              : ErrorCode::Validation;
        // In the person's language, from the answer's machine code; the service's own (English) sentence only as
        // detail (Error::detail) and in the debug log, never inside the message a person reads.
        const QString said = str(json, "message");
        const QString kind = str(json, "error");
        qCDebug(lcSync) << "service refused:" << status << kind << said.left(300);
        const QString message = code == ErrorCode::Permission && status == 401
            ? QCoreApplication::translate("samen", "This device is not signed in to the service. It tries again at the next sync.")
            : code == ErrorCode::Permission ? QCoreApplication::translate("samen", "The service did not allow this.")
            : code == ErrorCode::NotFound   ? QCoreApplication::translate("samen", "The service does not know what was asked for.")
            : code == ErrorCode::Conflict   ? QCoreApplication::translate("samen", "This does not fit with what the service already holds.")
                                            : QCoreApplication::translate("samen", "The service did not accept what this device sent.");
        if (status == 403 && kind == QLatin1String("device-revoked")) {
            emit deviceRevoked(); // the plan is dropped before anyone hears the answer
            call->done(Error { code, QCoreApplication::translate("samen", "This device was revoked at the service."), said, kind });
            return;
        }
        call->done(Error { code, message, said, kind });
        return;
    }
    if (call->onStatus) {
        call->onStatus(status, json);
        return;
    }
    call->done(json);
}

void SyncHttp::retryNow()
{
    m_backoff.reset();
    for (const QPointer<QTimer> &wait : std::as_const(m_waiting)) {
        if (wait)
            wait->start(0);
    }
}

void SyncHttp::signIn(Done<QString> callerDone, bool quick)
{
    Done<QString> done;
    if (quick && !m_signingIn.isEmpty()) {
        // A person waits: not behind the rounds' sign-in, which may wait minutes between its attempts (review 6, #1).
        done = std::move(callerDone);
    } else {
        // One sign-in at a time: the rounds of many plans (a caseload) share its token.
        m_signingIn.append(std::move(callerDone));
        if (m_signingIn.size() > 1)
            return;
        done = [this](const Result<QString> &outcome) {
            const QList<Done<QString>> waiting = std::exchange(m_signingIn, {});
            for (const Done<QString> &d : waiting)
                d(outcome);
        };
    }
    const QString deviceId = setting("sync.deviceId");
    auto key = DeviceKey::loadOrCreate(m_store);
    if (deviceId.isEmpty() || !key) {
        done(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "This device is not enrolled with the service yet: use connect first.") });
        return;
    }
    auto challenge = std::make_shared<Request>();
    challenge->verb = "POST";
    challenge->path = QStringLiteral("/v1/auth/challenge");
    challenge->hasBody = true;
    challenge->authenticated = false;
    challenge->quick = quick;
    challenge->body = { { QStringLiteral("deviceId"), deviceId } };
    const DeviceKey k = key.value();
    challenge->done = [this, done, deviceId, k, quick](const Result<QJsonObject> &answer) {
        if (!answer && answer.error().code == ErrorCode::Permission && !isTlsRefusal(answer.error())) {
            // The only refusal of a challenge by the service: it does not know this device, or it was revoked. A
            // certificate this device refused is not that (review 15, F10: with the clock two hours behind, the
            // service's certificate was not valid yet, and the device was told it had been removed).
            done(Error { ErrorCode::Permission,
                         QCoreApplication::translate("samen",
                                                     "This device is no longer connected to the plan: it was removed from the devices "
                                                     "of this account, or the service does not know it. Connect it again with a new code."),
                         answer.error().detail, QStringLiteral("device-revoked") });
            return;
        }
        if (!answer) {
            done(answer.error());
            return;
        }
        const QString nonce = str(answer.value(), "nonce");
        auto token = std::make_shared<Request>();
        token->verb = "POST";
        token->path = QStringLiteral("/v1/auth/token");
        token->hasBody = true;
        token->authenticated = false;
        token->quick = quick;
        token->body = { { QStringLiteral("deviceId"), deviceId },
                        { QStringLiteral("nonce"), nonce },
                        { QStringLiteral("signature"), QString::fromLatin1(k.sign("samen-auth-v1:" + nonce.toLatin1()).toBase64()) } };
        token->done = [this, done](const Result<QJsonObject> &signedIn) {
            if (!signedIn) {
                done(signedIn.error());
                return;
            }
            m_token = str(signedIn.value(), "token");
            m_pushLimits = PushLimits::fromJson(signedIn->value(QStringLiteral("limits")));
            qCInfo(lcSync, "signed in");
            done(m_token);
        };
        send(token);
    };
    send(challenge);
}

Error SyncHttp::enrolmentFailed(const Error &error, bool withCode)
{
    // Only the service's own answer about the code (review 6, #2: a certificate this device does not trust is a
    // Permission error too, and sent professionals to their administrator for a code that could not help).
    if (!withCode || error.reason != QLatin1String("enrolment-code-invalid"))
        return error;
    return Error { error.code, enrolmentCodeInvalidSentence(), error.detail, error.reason };
}

QString SyncHttp::enrolmentCodeInvalidSentence()
{
    return QCoreApplication::translate("samen",
                                       "This enrolment code is not known, was used already, or has expired. Ask for a new one: a professional "
                                       "from the service's administrator, a person from their other device.");
}

QString SyncHttp::connectionFailedSentence()
{
    return QCoreApplication::translate("samen", "The connection to the service failed.");
}

} // namespace samen
