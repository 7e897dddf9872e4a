#include "sync/syncclient.h"

#include "domain/namerule.h"
#include "domain/readrule.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"
#include "store/caseloadsummary.h"
#include "store/planstore.h"
#include "sync/devicekey.h"
#include "sync/livelistener.h"
#include "sync/operation.h"
#include "sync/pushbatch.h"
#include "sync/refusal.h"
#include "sync/synchttp.h"
#include "sync/withdrawal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "samen.sync")

namespace samen {

namespace {

constexpr int kPullLimit = 500;
constexpr const char *kEnrolledWithCode = SyncClient::enrolledWithCodeSetting;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

SyncClient::SyncClient(PlanStore &store, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(new SyncHttp(store, network, this))
    , m_withdrawal(std::make_unique<Withdrawal>(store, *this, [this](const QString &message) { emit accessWithdrawn(message); }))
{
    connect(m_http, &SyncHttp::unreachable, this, &SyncClient::noteOffline);
    initState();
}

void SyncClient::initState()
{
    connect(m_http, &SyncHttp::deviceRevoked, this, &SyncClient::dropRevoked);
    readState();
}

void SyncClient::reloadState()
{
    if (m_roundRunning)
        return; // its own round says how it ends
    readState();
    emit statusChanged();
}

void SyncClient::readState()
{
    // The last known state survives restarts: it is kept in the store.
    m_state = State::Idle;
    if (!isConfigured())
        m_state = State::NotConnected;
    else if (!lastError().isEmpty())
        m_state = State::Error;
    else if (offlineSince().isValid())
        m_state = State::Offline;
    else if (!setting("sync.lastSyncedAt").isEmpty())
        m_state = settledState();
}

SyncClient::SyncClient(PlanStore &store, SyncHttp &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(&session)
    , m_withdrawal(std::make_unique<Withdrawal>(store, *this, [this](const QString &message) { emit accessWithdrawn(message); }))
{
    connect(m_http, &SyncHttp::unreachable, this, &SyncClient::noteOffline);
    initState();
}

SyncClient::SyncClient(PlanStore &store, QNetworkAccessManager &network, SettingStore *identity, QObject *parent)
    : SyncClient(store, *new SyncHttp(identity ? *identity : static_cast<SettingStore &>(store), network, nullptr), parent)
{
    m_http->setParent(this); // owned here, unlike a shared session
}

SyncClient::State SyncClient::state() const
{
    if (m_state == State::Synced || m_state == State::Waiting || m_state == State::Refused)
        return settledState();
    return m_state;
}

SyncClient::State SyncClient::settledState() const
{
    // Never Synced while the service refused something of this device's.
    return waitingCount() > 0 ? State::Waiting : refusedCount() > 0 ? State::Refused : State::Synced;
}

SyncClient::~SyncClient() = default;

void SyncClient::setMaxAttempts(int attempts)
{
    m_http->setMaxAttempts(attempts);
}

void SyncClient::setBackoff(int baseMs, int maxMs)
{
    m_http->setBackoff(baseMs, maxMs);
}

void SyncClient::setDeadConnectionTimeouts(int transferMs, int heartbeatMs)
{
    m_http->setTransferTimeout(transferMs);
    m_heartbeatMs = heartbeatMs;
    if (m_live)
        m_live->setHeartbeat(heartbeatMs);
}

QString SyncClient::token() const
{
    return m_http->token();
}

QString SyncClient::withdrawalNotice() const
{
    return m_withdrawal->notice();
}

void SyncClient::dismissWithdrawalNotice()
{
    m_withdrawal->dismissNotice();
    emit accessWithdrawn(QString());
}

QString SyncClient::setting(const char *key) const
{
    return m_store.setting(QLatin1String(key));
}

Status SyncClient::save(const char *key, const QString &value)
{
    return save({ { key, value } });
}

Status SyncClient::save(std::initializer_list<std::pair<const char *, QString>> settings)
{
    // Only what changes is written: each write is a commit, and a commit waits for the disk (synchronous=FULL); a round
    // cleared the same empty error and offline mark every time (a caseload's round of all is 200 such rounds).
    QList<std::pair<QString, QString>> changed;
    for (const auto &[key, value] : settings) {
        if (m_store.setting(QLatin1String(key)) != value)
            changed.append({ QLatin1String(key), value });
    }
    if (changed.isEmpty())
        return {};
    return changed.size() == 1 ? m_store.setSetting(changed.first().first, changed.first().second) : m_store.setSettings(changed);
}

Status SyncClient::fetchHistoryUpTo(qint64 seq)
{
    return save({ { "sync.historyCursor", QString::number(0) }, { "sync.historyUntil", QString::number(seq) } });
}

Status SyncClient::checkServiceUrl(const QUrl &service)
{
    const QString path = service.path(QUrl::FullyDecoded);
    const bool wellFormed
        = service.isValid() && service.scheme() == QLatin1String("https") && !service.host().isEmpty() && (path.isEmpty() || path == QLatin1String("/"));
    if (!wellFormed)
        return Status::fail(ErrorCode::Validation,
                            QCoreApplication::translate("samen", "The service address must look like https://host:port (only https is allowed)."));
    return {};
}

Status SyncClient::configure(const QUrl &service, const SyncTrust &trust)
{
    if (Status checked = checkServiceUrl(service); !checked)
        return checked;
    if (Status s = save({ { "sync.service", service.adjusted(QUrl::RemovePath).toString() },
                          { "sync.caPem", QString::fromLatin1(trust.caPem) },
                          { "sync.pin", trust.pinSha256 },
                          { "sync.seenPin", QString() } }); // seen again at the first answer (SyncHttp), from this service
        !s)
        return s;
    setState(State::Idle);
    return {};
}

bool SyncClient::isConfigured() const
{
    return m_http->isConfigured();
}

QUrl SyncClient::serviceUrl() const
{
    return m_http->serviceUrl();
}

int SyncClient::waitingCount() const
{
    return m_store.waitingCount();
}

int SyncClient::refusedCount() const
{
    return m_store.rejectedCount();
}

int SyncClient::refusedItemCount() const
{
    return CaseloadSummary::refusedItems(m_store); // one count for the plan's status, the caseload's row and samen-cli
}

int SyncClient::waitingItemCount() const
{
    return m_store.waitingItemCount();
}

QDateTime SyncClient::offlineSince() const
{
    const QString ms = setting("sync.offlineSince");
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString SyncClient::lastError() const
{
    return setting("sync.lastError");
}

QString SyncClient::waitingToBeLetIn() const
{
    const QString owner = setting("join.from");
    return owner.isEmpty() ? QCoreApplication::translate("samen", "Waiting for the owner of the plan to let you in.")
                           : QCoreApplication::translate("samen", "Waiting for %1 to let you in.").arg(TextHygiene::isolate(owner));
}

SyncClient::Arrival SyncClient::arrival() const
{
    const QString planId = setting("planId");
    if (planId.isEmpty() || m_store.entity(planId))
        return Arrival::Arrived;
    if (setting("join.waiting") == QLatin1String("1"))
        return Arrival::WaitingToBeLetIn;
    return setting("sync.lastSyncedAt").isEmpty() ? Arrival::Fetching : Arrival::NothingShared;
}

QString SyncClient::statusText() const
{
    // Plain sentences in the person's language (samen-cli prints them; the app has its own status line). Changes are
    // counted per item, as refused ones (trial after stop 38: "4 changes waiting" for one goal, "1 refused" for it).
    const int waiting = waitingItemCount();
    QString text;
    switch (m_state) {
    case State::NotConnected:
        return QCoreApplication::translate("samen", "Not connected to a service.");
    case State::Syncing:
        return QCoreApplication::translate("samen", "Syncing...");
    case State::Offline:
        text = QCoreApplication::translate("samen", "Offline since %1; %n change(s) waiting.", nullptr, waiting)
                   .arg(offlineSince().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    case State::Error:
        text = QCoreApplication::translate("samen", "Sync failed: %1").arg(lastError());
        break;
    case State::Pending:
        return waitingToBeLetIn();
    default:
        text = waiting > 0 ? QCoreApplication::translate("samen", "%n change(s) waiting to be sent.", nullptr, waiting) : QString();
    }
    // Counted per item, as the caseload's row and samen-cli sync count them (review 6, #5: one goal refused was "4 changes").
    const int refused = refusedItemCount();
    // Never "synced" before the plan is here: say what is happening instead.
    if (text.isEmpty() && refused == 0) {
        switch (arrival()) {
        case Arrival::WaitingToBeLetIn:
            return waitingToBeLetIn();
        case Arrival::Fetching:
            return QCoreApplication::translate("samen", "Fetching the plan: it has not arrived on this device yet.");
        case Arrival::NothingShared:
            return QCoreApplication::translate("samen", "You are in the plan, but nothing of it is shared with you yet.");
        case Arrival::Arrived:
            break;
        }
    }
    if (text.isEmpty()) // never "synced" while the service refused something of this device's
        return refused == 0
            ? QCoreApplication::translate("samen", "Everything is synced.")
            : QCoreApplication::translate("samen", "Nothing is waiting to be sent, but the service did not accept %n change(s) you made.", nullptr, refused);
    if (refused > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("samen", "The service did not accept %n change(s) you made.", nullptr, refused);
    return text;
}

void SyncClient::setState(State state)
{
    m_state = state;
    emit statusChanged();
}

void SyncClient::noteOffline()
{
    if (setting("sync.offlineSince").isEmpty())
        (void)save("sync.offlineSince", QString::number(QDateTime::currentMSecsSinceEpoch()));
    (void)save("sync.lastError", QString());
    setState(State::Offline);
}

void SyncClient::noteError(const QString &message)
{
    // The service answered, so this device is not offline: it is an error to read.
    (void)save({ { "sync.offlineSince", QString() }, { "sync.lastError", message } });
    setState(State::Error);
}

void SyncClient::noteSynced()
{
    // One transaction (one write to disk) for the three.
    (void)save(
        { { "sync.offlineSince", QString() }, { "sync.lastError", QString() }, { "sync.lastSyncedAt", QString::number(QDateTime::currentMSecsSinceEpoch()) } });
    m_http->resetBackoff();
    setState(settledState());
}

QString SyncClient::refusalText(const QString &code, const QString &domainKey)
{
    return Refusal::keep(code, domainKey);
}

QString SyncClient::refusalCode(const QString &text)
{
    return Refusal::parse(text).code;
}

// ---- requests ----

void SyncClient::call(const QByteArray &verb, const QString &path, const QJsonObject &body, Done<QJsonObject> done)
{
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = verb;
    c->path = path;
    c->body = body;
    c->hasBody = verb != "GET" && verb != "DELETE";
    c->done = std::move(done);
    m_http->send(c);
}

// ---- enrolment and sign-in ----

void SyncClient::connectService(const QString &typedName, const QString &enrolCode, Done<QJsonObject> done)
{
    const QString deviceName = NameRule::tidy(typedName);
    // A folder without a plan whose device enrolled before without a code (a join that failed, e.g. a professional's
    // invitation tried without the code) enrols anew into the code's account (issue 12). One enrolled with a code
    // keeps that enrolment: the same command typed again (its code is one-time, used already) would otherwise drop
    // it, and then sign up as a citizen (new-user trial after stop 32). The enrolment dropped here comes back when
    // the new code is refused.
    QList<std::pair<QString, QString>> before;
    if (!enrolCode.isEmpty() && setting("planId").isEmpty() && !setting("sync.deviceId").isEmpty() && setting(kEnrolledWithCode).isEmpty()) {
        for (const char *key : { "sync.deviceId", "sync.deviceKey" })
            before.append({ QLatin1String(key), setting(key) });
        if (Status s = m_store.setSettings({ { QStringLiteral("sync.deviceId"), QString() }, { QStringLiteral("sync.deviceKey"), QString() } }); !s) {
            done(s.error());
            return;
        }
        m_http->clearToken();
    }
    // The service checks the name by the same rules; checked here first, so a bad name is said in the person's language
    // and nothing is sent.
    if (setting("sync.deviceId").isEmpty()) {
        if (Status named = NameRule::validate(deviceName, NameRule::Subject::Device); !named) {
            done(named.error());
            return;
        }
    }
    auto key = DeviceKey::loadOrCreate(m_store);
    if (!key) {
        done(key.error());
        return;
    }
    auto afterEnrol = [this, done] {
        m_http->signIn([this, done](const Result<QString> &signedIn) {
            if (!signedIn) {
                done(signedIn.error());
                return;
            }
            if (setting("planId").isEmpty() || !setting("sync.serviceMemberId").isEmpty()) {
                noteSynced();
                done(QJsonObject { { QStringLiteral("deviceId"), setting("sync.deviceId") }, { QStringLiteral("planId"), setting("planId") } });
                return;
            }
            registerPlan(done);
        });
    };
    if (!setting("sync.deviceId").isEmpty()) {
        afterEnrol();
        return;
    }
    auto c = SyncHttp::enrolment(key->publicKeyBase64(), deviceName, enrolCode);
    c->done = [this, done, afterEnrol, before, withCode = !enrolCode.isEmpty()](const Result<QJsonObject> &enrolled) {
        if (!enrolled) {
            if (!before.isEmpty() && !m_store.setSettings(before))
                qCWarning(lcSync, "the earlier enrolment could not be put back");
            done(SyncHttp::enrolmentFailed(enrolled.error(), withCode));
            return;
        }
        if (Status s = m_store.setSettings({ { QStringLiteral("sync.deviceId"), str(enrolled.value(), "deviceId") },
                                             { QLatin1String(kEnrolledWithCode), withCode ? QStringLiteral("1") : QString() } });
            !s) {
            done(s.error());
            return;
        }
        qCInfo(lcSync, "device enrolled");
        afterEnrol();
    };
    m_http->send(c);
}

void SyncClient::registerPlan(Done<QJsonObject> done)
{
    const QString planId = setting("planId");
    const QString ownerId = setting("memberId");
    auto finish = [this, done, planId, ownerId](const QString &memberId) {
        // Operations carry the device's own member id: the service must know the owner by the same id.
        if (!ownerId.isEmpty() && memberId != ownerId) {
            done(Error { ErrorCode::Conflict,
                         QCoreApplication::translate("samen", "The service knows this plan's owner by another member id; this device cannot sync it.") });
            return;
        }
        if (Status s = save("sync.serviceMemberId", memberId); !s) {
            done(s.error());
            return;
        }
        qCInfo(lcSync, "plan registered with the service");
        noteSynced();
        done(QJsonObject {
            { QStringLiteral("deviceId"), setting("sync.deviceId") }, { QStringLiteral("planId"), planId }, { QStringLiteral("serviceMemberId"), memberId } });
    };
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "POST";
    c->path = QStringLiteral("/v1/plans");
    c->hasBody = true;
    c->body = { { QStringLiteral("planId"), planId } };
    if (!ownerId.isEmpty())
        c->body.insert(QStringLiteral("memberId"), ownerId);
    c->done = done;
    c->onStatus = [this, done, planId, finish](int status, const QJsonObject &json) {
        if (status == 201 || status == 200) { // 200: registered before by this account (a retry, or another of its devices)
            finish(str(json, "memberId"));
            return;
        }
        if (status == 409 && str(json, "error") == QLatin1String("id-unavailable")) {
            done(Error { ErrorCode::Conflict,
                         QCoreApplication::translate("samen", "The service cannot take this plan under its id: it is in use there by someone else."),
                         str(json, "message") });
            return;
        }
        if (status != 409 || str(json, "error") == QLatin1String("member-id-in-use")) {
            done(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The service did not accept this plan. Nothing was sent."),
                         str(json, "message"), str(json, "error") });
            return;
        }
        // Registered before (by this account, maybe from another device): find our membership.
        call("GET", QStringLiteral("/v1/plans"), {}, [done, planId, finish](const Result<QJsonObject> &plans) {
            if (!plans) {
                done(plans.error());
                return;
            }
            for (const QJsonValue &p : plans->value(QStringLiteral("plans")).toArray()) {
                if (p[QStringLiteral("planId")].toString() == planId) {
                    finish(p[QStringLiteral("memberId")].toString());
                    return;
                }
            }
            done(Error { ErrorCode::Conflict,
                         QCoreApplication::translate("samen", "This plan's id is already taken at the service by someone else's account.") });
        });
    };
    m_http->send(c);
}

void SyncClient::adoptAccountPlan(Done<QJsonObject> done)
{
    if (!setting("planId").isEmpty()) {
        done(Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "This device already holds a plan.") });
        return;
    }
    call("GET", QStringLiteral("/v1/plans"), {}, [this, done](const Result<QJsonObject> &plans) {
        if (!plans) {
            done(plans.error());
            return;
        }
        // A person owns one plan; a professional's next device takes up their plan only when there is one.
        QJsonObject chosen;
        const QJsonArray all = plans->value(QStringLiteral("plans")).toArray();
        for (const QJsonValue &p : all) {
            if (p[QStringLiteral("role")].toString() == QLatin1String("owner")) {
                chosen = p.toObject();
                break;
            }
        }
        if (chosen.isEmpty() && all.size() == 1)
            chosen = all.first().toObject();
        const QString planId = str(chosen, "planId");
        const QString memberId = str(chosen, "memberId");
        if (planId.isEmpty() || memberId.isEmpty()) {
            done(Error {
                ErrorCode::NotFound,
                all.isEmpty()
                    ? QCoreApplication::translate("samen", "Your account has no plan at the service yet: connect the device that holds your plan first.")
                    : QCoreApplication::translate("samen", "Your account takes part in several plans; join the one you want with its invitation.") });
            return;
        }
        const QString role = chosen.value(QStringLiteral("role")).toString() == QLatin1String("owner") ? QStringLiteral("owner") : QStringLiteral("member");
        if (Status s = save({ { "planId", planId }, { "memberId", memberId }, { "sync.serviceMemberId", memberId }, { "sync.role", role } }); !s) {
            done(s.error());
            return;
        }
        qCInfo(lcSync, "took up the account's plan on this device");
        done(QJsonObject { { QStringLiteral("deviceId"), setting("sync.deviceId") },
                           { QStringLiteral("planId"), planId },
                           { QStringLiteral("memberId"), memberId },
                           { QStringLiteral("role"), role } });
    });
}

void SyncClient::joinPlan(const QString &invitationCode, Done<QJsonObject> done)
{
    joinPlan(invitationCode, QString(), std::move(done));
}

void SyncClient::joinPlan(const QString &invitationCode, const QString &name, Done<QJsonObject> done)
{
    if (!setting("planId").isEmpty()) {
        done(Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "This device already holds a plan; join from a new data folder.") });
        return;
    }
    QJsonObject body { { QStringLiteral("code"), invitationCode } };
    // The name the person joins under (empty: the one the invitation holds): the name rule, before anything is sent.
    if (const QString tidied = NameRule::tidy(name); !tidied.isEmpty()) {
        if (Status named = NameRule::validate(tidied, NameRule::Subject::Person); !named) {
            done(named.error());
            return;
        }
        body.insert(QStringLiteral("name"), tidied);
    }
    call("POST", QStringLiteral("/v1/invitations/redeem"), body, [this, done](const Result<QJsonObject> &joined) {
        if (!joined) {
            done(joined.error());
            return;
        }
        if (Status s = takeUpJoin(m_store, joined.value()); !s) {
            done(s.error());
            return;
        }
        done(joined.value());
    });
}

Status SyncClient::takeUpJoin(PlanStore &store, const QJsonObject &joined)
{
    const QString planId = str(joined, "planId");
    const QString memberId = str(joined, "memberId");
    // Who invited ("" from a service before it said so): "waiting for Robin to let you in" (waitingToBeLetIn).
    const QString from = joined.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString();
    // A member until the caseload says otherwise: the app offers no edits before the grants are known (DeviceAccess).
    // The join waits for the owner (join.waiting, ended by the first grant: PlanController), and a notice from an
    // earlier membership in this folder ("removed you") no longer holds.
    return store.setSettings({ { QStringLiteral("planId"), planId },
                               { QStringLiteral("memberId"), memberId },
                               { QStringLiteral("sync.serviceMemberId"), memberId },
                               { QStringLiteral("sync.role"), QStringLiteral("member") },
                               { QStringLiteral("join.waiting"), QStringLiteral("1") },
                               { QStringLiteral("join.from"), TextHygiene::withoutInvisible(from) },
                               // Whom the owner invited (role, organisation): the caseload's row shows them from the first round,
                               // before the owner's device has synced the member record (review 3, #1; CaseloadSummary).
                               // When this device joined: tells two plans of citizens with the same name apart (review 3, #3).
                               { QStringLiteral("join.at"), QString::number(QDateTime::currentMSecsSinceEpoch()) },
                               { QStringLiteral("join.invitee"),
                                 QString::fromUtf8(QJsonDocument(joined.value(QStringLiteral("invitee")).toObject()).toJson(QJsonDocument::Compact)) },
                               { QStringLiteral("sync.withdrawalNotice"), QString() } });
}

void SyncClient::listDevices(Done<QJsonArray> done)
{
    call("GET", QStringLiteral("/v1/devices"), {}, [done](const Result<QJsonObject> &r) {
        if (!r)
            done(r.error());
        else
            done(r->value(QStringLiteral("devices")).toArray());
    });
}

// ---- push and pull ----

void SyncClient::syncOnce(Done<SyncSummary> done)
{
    // A damaged store is neither sent from nor written to: its reads are not to be trusted.
    if (Status health = m_store.health(); !health) {
        done(health.error());
        return;
    }
    if (setting("planId").isEmpty() || setting("sync.serviceMemberId").isEmpty()) {
        done(Error { ErrorCode::Usage, QCoreApplication::translate("samen", "This plan is not connected to a service yet: use connect first.") });
        return;
    }
    if (m_roundRunning) {
        done(Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "A sync is already running.") });
        return;
    }
    m_roundRunning = true;
    setState(State::Syncing);
    auto summary = std::make_shared<SyncSummary>();
    auto finish = [this, done](const Result<SyncSummary> &outcome) {
        // The owner erased the plan (the owner's other devices meet this on push or pull; members in the withdrawal check).
        if (!outcome && outcome.error().reason == QLatin1String("device-revoked")) {
            m_roundRunning = false; // dropRevoked deleted the plan and left the notice
            done(Error { ErrorCode::Permission, withdrawalNotice(), outcome.error().detail, outcome.error().reason });
            return;
        }
        if (!outcome && outcome.error().reason == QLatin1String("plan-erased") && !setting("planId").isEmpty()) {
            m_withdrawal->planErased([this, done](const Result<bool> &) {
                m_roundRunning = false;
                stop();
                noteError(withdrawalNotice());
                done(Error { ErrorCode::Permission, withdrawalNotice() });
            });
            return;
        }
        m_roundRunning = false;
        const Status health = m_store.health(); // a round that met a damaged page did not succeed, whatever it got
        const Result<SyncSummary> result = health ? outcome : Result<SyncSummary>(health.error());
        if (result) {
            noteSynced();
        } else if (result.error().code == ErrorCode::Network) {
            noteOffline();
        } else {
            noteError(result.error().message);
        }
        done(result);
    };
    // Withdrawn access is honoured before anything is sent or fetched.
    m_withdrawal->check([this, summary, finish, done](const Result<bool> &kept) {
        if (!kept) {
            finish(kept.error());
        } else if (kept.value() && m_withdrawal->pending()) {
            // Joined, not let in yet: a wait, not a failure (the service would refuse every push and pull meanwhile).
            m_roundRunning = false;
            (void)save({ { "sync.offlineSince", QString() }, { "sync.lastError", QString() } });
            setState(State::Pending);
            done(Error { ErrorCode::Permission, waitingToBeLetIn() });
        } else if (kept.value()) {
            pushNext(summary, finish);
        } else {
            stop(); // the plan is gone from this device: nothing left to keep in sync
            finish(Error { ErrorCode::Permission, withdrawalNotice() });
        }
    });
}

void SyncClient::dropRevoked()
{
    // Only on the service's explicit answer (403 device-revoked, or the live channel's "revoked"): never on a 401.
    stop();
    m_http->clearToken();
    m_withdrawal->deviceRevoked([this](const Result<bool> &) {
        noteError(withdrawalNotice());
        emit statusChanged();
    });
}

void SyncClient::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SyncClient::requestSync);
    }
    m_started = true;
    m_timer->start(intervalMs);
    requestSync();
    openLive();
}

void SyncClient::stop()
{
    m_started = false;
    if (m_timer)
        m_timer->stop();
    if (m_live)
        m_live->close();
    m_roundRequested = false;
    emit statusChanged();
}

bool SyncClient::isLive() const
{
    return m_live && m_live->isReady();
}

void SyncClient::openLive()
{
    if (!m_started || !isConfigured())
        return;
    if (!m_live) {
        m_live = new LiveListener(this);
        m_live->setHeartbeat(m_heartbeatMs);
        connect(m_live, &LiveListener::ready, this, [this] {
            m_liveBackoff.reset();
            emit statusChanged();
            // Pokes sent while the channel was down were missed: catch up now.
            requestSync();
        });
        connect(m_live, &LiveListener::poked, this, [this](const QString &planId, qint64 seq) {
            if (planId == setting("planId") && (seq == 0 || seq > setting("sync.cursor").toLongLong()))
                requestSync();
        });
        connect(m_live, &LiveListener::revoked, this, &SyncClient::dropRevoked);
        connect(m_live, &LiveListener::closed, this, [this](const QString &) {
            qCInfo(lcSync, "live channel closed");
            emit statusChanged();
            if (!m_started)
                return;
            m_http->clearToken(); // it may have run out; the next open signs in again
            QTimer::singleShot(m_liveBackoff.nextDelayMs(), this, &SyncClient::openLive);
        });
    }
    if (m_http->token().isEmpty()) {
        m_http->signIn([this](const Result<QString> &signedIn) {
            if (signedIn)
                openLive();
            else if (m_started)
                QTimer::singleShot(m_liveBackoff.nextDelayMs(), this, &SyncClient::openLive);
        });
        return;
    }
    m_live->open(serviceUrl(), m_http->trust(), m_http->token());
}

void SyncClient::requestSync()
{
    if (m_roundRunning) {
        m_roundRequested = true;
        return;
    }
    m_roundRequested = false;
    syncOnce([this](const Result<SyncSummary> &) {
        // The outcome is in the status properties; a change made meanwhile gets its own round.
        if (m_roundRequested)
            QTimer::singleShot(0, this, &SyncClient::requestSync);
    });
}

void SyncClient::pushNext(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done)
{
    if (m_http->token().isEmpty() && m_store.waitingCount() > 0) {
        // Signed in first: the sign-in answer states how much one push may carry.
        m_http->signIn([this, summary, done](const Result<QString> &signedIn) {
            if (!signedIn)
                done(signedIn.error());
            else
                pushNext(summary, done);
        });
        return;
    }
    // A change to a new item the service refused stays with it, refused alike (PlanStore::holdWithRefusedItems).
    if (auto held = m_store.holdWithRefusedItems(); !held) {
        done(held.error());
        return;
    } else if (held.value() > 0) {
        summary->refused += held.value();
        emit statusChanged();
    }
    const PushLimits limits = m_http->pushLimits();
    const int maxOps = std::min(m_batchSize, limits.maxOps);
    const qint64 maxBytes = m_pushBytesCap > 0 ? std::min(m_pushBytesCap, limits.maxBodyBytes) : limits.maxBodyBytes;
    const QList<OutboxEntry> waiting = m_store.outbox(maxOps);
    if (waiting.isEmpty()) {
        pullNext(summary, done);
        return;
    }
    const PushBatch batch = PushBatch::take(waiting, maxBytes, maxOps);
    if (batch.opIds.isEmpty()) {
        refuseTooLarge(batch.tooLarge, summary, done);
        return;
    }
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "POST";
    c->path = QStringLiteral("/v1/plans/%1/ops").arg(setting("planId"));
    c->hasBody = true;
    c->rawBody = batch.body;
    // The service's limit is lower than it said (or it said nothing): halve the pushes until they fit.
    c->onTooLarge = [this, summary, done, batch] {
        qCInfo(lcSync, "push of %d operations over the service's body limit; sending smaller pushes", int(batch.opIds.size()));
        if (batch.opIds.size() == 1) {
            refuseTooLarge(batch.opIds.first(), summary, done);
            return;
        }
        m_pushBytesCap = std::max<qint64>(1, batch.body.size() / 2);
        m_http->clearToken(); // the next sign-in reads the service's limits again
        pushNext(summary, done);
    };
    QHash<QString, QString> itemOf; // opId -> entity id, to count what was sent as a person made it
    for (const OutboxEntry &e : waiting)
        itemOf.insert(e.op.opId, e.op.entityId);
    c->done = [this, summary, done, itemOf](const Result<QJsonObject> &answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        QStringList accepted;
        for (const QJsonValue &a : answer->value(QStringLiteral("accepted")).toArray()) {
            accepted.append(a[QStringLiteral("opId")].toString());
            if (const auto item = itemOf.constFind(accepted.last()); item != itemOf.cend())
                summary->pushedItems.insert(*item);
        }
        if (Status s = m_store.markPushed(accepted); !s) {
            done(s.error());
            return;
        }
        const QJsonArray rejected = answer->value(QStringLiteral("rejected")).toArray();
        for (const QJsonValue &r : rejected) {
            // Kept as code and life domain, so the app says why in the person's language; the service's words only in the debug log.
            const QString opId = r[QStringLiteral("opId")].toString();
            qCDebug(lcSync) << "change refused:" << r[QStringLiteral("code")].toString() << r[QStringLiteral("reason")].toString().left(300);
            const auto op = m_store.operation(opId);
            const auto entity = op ? m_store.entity(op->entityId) : std::nullopt;
            const QString domain = entity ? ReadRule::domainOf(m_store, *entity) : QString();
            if (Status s = m_store.markRejected(opId, refusalText(r[QStringLiteral("code")].toString(), domain)); !s) {
                done(s.error());
                return;
            }
        }
        summary->pushed += static_cast<int>(accepted.size());
        summary->refused += static_cast<int>(rejected.size());
        emit statusChanged();
        if (accepted.isEmpty() && rejected.isEmpty()) {
            done(Error { ErrorCode::Network, QCoreApplication::translate("samen", "The service answered a push without accepting or refusing anything.") });
            return;
        }
        pushNext(summary, done);
    };
    m_http->send(c);
}

void SyncClient::refuseTooLarge(const QString &opId, std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done)
{
    // Only an operation made before today's size rule can be here (validateField keeps new ones
    // under every service's limit). It stays on the device, refused, so the rest can leave.
    if (Status s = m_store.markRejected(opId, refusalText(Refusal::kTooLarge)); !s) {
        done(s.error());
        return;
    }
    summary->refused += 1;
    emit statusChanged();
    pushNext(summary, done);
}

QList<Operation> SyncClient::readOps(const QJsonArray &json) const
{
    int malformed = 0;
    const QList<Operation> ops = Operation::listFromJson(json, setting("planId"), &malformed);
    if (malformed > 0)
        qCWarning(lcSync, "skipped %d malformed operations from the service", malformed);
    return ops;
}

void SyncClient::pullNext(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done)
{
    const QString planId = setting("planId");
    const qint64 cursor = setting("sync.cursor").toLongLong();
    // A device's first pull takes the plan as it is now; the earlier values follow (fetchHistory).
    if (cursor == 0 && setting("sync.historyUntil").isEmpty() && m_snapshotFirst) {
        loadSnapshot(summary, done);
        return;
    }
    call("GET", QStringLiteral("/v1/plans/%1/ops?after=%2&limit=%3").arg(planId).arg(cursor).arg(kPullLimit), {},
         [this, summary, done, cursor](const Result<QJsonObject> &page) {
             if (!page) {
                 done(page.error());
                 return;
             }
             const QList<Operation> ops = readOps(page->value(QStringLiteral("ops")).toArray());
             const qint64 next = page->value(QStringLiteral("next")).toInteger(cursor);
             // Stored before the cursor moves: a crash in between only repeats idempotent work.
             int fresh = 0;
             if (Status s = m_store.applyRemote(ops, &fresh, &summary->receivedItems); !s) {
                 done(s.error());
                 return;
             }
             summary->received += fresh;
             if (next > cursor) {
                 if (Status s = save("sync.cursor", QString::number(next)); !s) {
                     done(s.error());
                     return;
                 }
             }
             summary->cursor = std::max(next, cursor);
             if (page->value(QStringLiteral("more")).toBool() && next > cursor) {
                 pullNext(summary, done);
                 return;
             }
             fetchHistory(summary, done);
         });
}

void SyncClient::loadSnapshot(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done)
{
    call("GET", QStringLiteral("/v1/plans/%1/snapshot").arg(setting("planId")), {}, [this, summary, done](const Result<QJsonObject> &snapshot) {
        if (!snapshot) {
            done(snapshot.error());
            return;
        }
        const qint64 seq = snapshot->value(QStringLiteral("seq")).toInteger(-1);
        if (seq < 0 || !snapshot->value(QStringLiteral("ops")).isArray()) {
            done(Error { ErrorCode::Network, QCoreApplication::translate("samen", "The service sent an incomplete snapshot of the plan; it is asked again.") });
            return;
        }
        int fresh = 0;
        if (Status s = m_store.applyRemote(readOps(snapshot->value(QStringLiteral("ops")).toArray()), &fresh, &summary->receivedItems); !s) {
            done(s.error());
            return;
        }
        summary->received += fresh;
        // Earlier values up to the snapshot are fetched next, for the history; then pulls go on from it.
        Status s = fetchHistoryUpTo(seq);
        if (s)
            s = save("sync.cursor", QString::number(seq));
        if (!s) {
            done(s.error());
            return;
        }
        summary->snapshot = true;
        summary->cursor = seq;
        emit planUpdated(); // the plan is readable now, before its history is in
        pullNext(summary, done);
    });
}

void SyncClient::fetchHistory(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done)
{
    const qint64 until = setting("sync.historyUntil").toLongLong();
    const qint64 from = setting("sync.historyCursor").toLongLong();
    if (from >= until) {
        summary->waiting = waitingCount();
        summary->refusedTotal = refusedCount();
        done(*summary);
        return;
    }
    call("GET", QStringLiteral("/v1/plans/%1/ops?after=%2&limit=%3").arg(setting("planId")).arg(from).arg(kPullLimit), {},
         [this, summary, done, from, until](const Result<QJsonObject> &page) {
             if (!page) {
                 done(page.error());
                 return;
             }
             int fresh = 0;
             if (Status s = m_store.applyRemote(readOps(page->value(QStringLiteral("ops")).toArray()), &fresh); !s) {
                 done(s.error());
                 return;
             }
             summary->history += fresh;
             const qint64 next = page->value(QStringLiteral("next")).toInteger(from);
             // No progress, or the end of the plan: the history is as complete as the service has it.
             const qint64 reached = next > from && page->value(QStringLiteral("more")).toBool() ? next : until;
             if (Status s = save("sync.historyCursor", QString::number(std::min(reached, until))); !s) {
                 done(s.error());
                 return;
             }
             fetchHistory(summary, done);
         });
}

} // namespace samen
