#include "sync/caseloadsync.h"

#include "domain/namerule.h"
#include "domain/texthygiene.h"
#include "store/caseloadfolder.h"
#include "store/caseloadsummary.h"
#include "sync/caseloadadoption.h"
#include "sync/caseloadchanges.h"
#include "sync/devicekey.h"
#include "sync/livelistener.h"
#include "sync/synchttp.h"
#include "sync/withdrawal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samen {

namespace {

const QString kNotices = QStringLiteral("caseload.notices");
const QString kOfflineSince = QStringLiteral("caseload.offlineSince"); ///< ms since the epoch; "" when the last round reached the service
const QString kLastError = QStringLiteral("caseload.lastError"); ///< the last round of all's plain reason when not a network one
const QString kLastRoundAt = QStringLiteral("caseload.lastRoundAt"); ///< ms since the epoch: when a round of all last ended well

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A kept notice (facts) in the reader's language. */
QString noticeSentence(const QJsonObject &n);

/**
 * A kept notice (facts) in the reader's language. Another plan of the caseload was for someone of the same name:
 * which one this was follows the name's first mention only (review 3, #21; review 5: a sentence that names the
 * citizen four times said it four times).
 */
QString noticeText(const QJsonObject &n)
{
    const QString text = noticeSentence(n);
    const QString apart = n.value(QStringLiteral("shared")).toBool() && !str(n, "citizen").isEmpty() ? CaseloadFolder::tellApart(n) : QString();
    const QString citizen = TextHygiene::isolate(str(n, "citizen"));
    const qsizetype at = apart.isEmpty() ? -1 : text.indexOf(citizen);
    if (at < 0)
        return text;
    // Not between a name and its possessive ("Zoë (you may see ...)'s plan": review 15, F11): then after the sentence.
    const QChar next = at + citizen.size() < text.size() ? text.at(at + citizen.size()) : QChar();
    if (next == QLatin1Char('\'') || next == QChar(0x2019) || next.isLetter())
        return text + QLatin1Char(' ') + QCoreApplication::translate("samen", "(This %1: %2.)").arg(citizen, apart);
    return QString(text).insert(at + citizen.size(), QStringLiteral(" (%1)").arg(apart));
}

/** The notice's sentence, the citizen named by name alone. */
QString noticeSentence(const QJsonObject &n)
{
    const QString citizen = str(n, "citizen").isEmpty() ? QCoreApplication::translate("samen", "A citizen") : TextHygiene::isolate(str(n, "citizen"));
    const QString kind = str(n, "kind");
    if (kind == QLatin1String("declined"))
        return QCoreApplication::translate("samen",
                                           "%1 did not let you into their plan. It is no longer in your caseload; nothing of the plan was shared "
                                           "with this device. If you think this is a mistake, ask %1 for a new invitation.")
            .arg(citizen);
    if (kind == QLatin1String("erased"))
        return QCoreApplication::translate("samen", "%1 has erased their plan. It is no longer in your caseload or on this device.").arg(citizen);
    if (kind == QLatin1String("withdrawn"))
        return QCoreApplication::translate("samen",
                                           "%1 no longer shares anything of their plan with you. You are still in the plan, so it stays in your "
                                           "caseload; what %1 shares with you again shows here.")
            .arg(citizen);
    if (kind == QLatin1String("all"))
        return QCoreApplication::translate("samen", "%1 has withdrawn all your access to their plan. It is no longer in your caseload or on this device.")
            .arg(citizen);
    if (kind == QLatin1String("narrowed")) {
        const QJsonObject plan = n.value(QStringLiteral("plan")).toObject();
        return Withdrawal::noticeSentence(plan) + Withdrawal::unsentLostSentence(plan.value(QStringLiteral("unsentLost")).toInt());
    }
    if (kind == QLatin1String("left"))
        return QCoreApplication::translate("samen",
                                           "You left %1's plan: %1 sees that you left. It is no longer in your caseload or on this device, and "
                                           "your other devices let it go at their next sync. To help %1 again, ask %1 for a new invitation.")
            .arg(citizen);
    if (kind == QLatin1String("withdrew"))
        return QCoreApplication::translate("samen",
                                           "Your request to join %1's plan is taken back: %1 no longer sees you waiting. It is no longer in "
                                           "your caseload or on this device. To help %1 after all, ask %1 for a new invitation.")
            .arg(citizen);
    if (kind == QLatin1String("revoked"))
        return CaseloadSync::revokedSentence();
    if (kind == QLatin1String("refetched"))
        return QCoreApplication::translate("samen", "%1's plan was missing or empty on this device, so it was fetched again from the service.").arg(citizen);
    if (kind == QLatin1String("repaired"))
        return QCoreApplication::translate("samen",
                                           "%1's plan could not be read on this device, so it was fetched again from the service. The damaged file is "
                                           "kept in %2.")
                   .arg(citizen, str(n, "keptAt"))
            + (n.value(QStringLiteral("unsentComplete")).toBool(true) ? QString()
                                                                      : QLatin1Char(' ')
                       + QCoreApplication::translate("samen", "Some changes you had made there and not sent yet could not be read; make them again."));
    return QCoreApplication::translate("samen", "%1 has removed you from their plan. It is no longer in your caseload or on this device.").arg(citizen);
}

/** The notice with what it says of changes not sent yet that went with the plan. */
QString noticeWithLost(const QJsonObject &n)
{
    const int lost = n.value(QStringLiteral("unsentLost")).toInt();
    if (str(n, "kind") == QLatin1String("revoked") && lost > 0) // every plan went, not one
        return noticeText(n) + QLatin1Char(' ')
            + QCoreApplication::translate("samen",
                                          "%n change(s) you had made on this device, not taken in by the service yet, went with the plans: they "
                                          "were not saved anywhere.",
                                          nullptr, lost);
    return noticeText(n) + Withdrawal::unsentLostSentence(lost);
}

} // namespace

CaseloadSync::CaseloadSync(CaseloadFolder &folder, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_http(new SyncHttp(folder.device(), network, this))
{
    setMaxAttempts(3);
    // Connected before any plan's SyncClient on the same session: the caseload drops its plans itself (one notice).
    connect(m_http, &SyncHttp::deviceRevoked, this, &CaseloadSync::dropRevoked);
}

CaseloadSync::~CaseloadSync() = default;

void CaseloadSync::setMaxAttempts(int attempts)
{
    m_http->setMaxAttempts(attempts);
}

void CaseloadSync::setBackoff(int baseMs, int maxMs)
{
    m_http->setBackoff(baseMs, maxMs);
}

int CaseloadSync::waitingRetries() const
{
    return m_http->waitingRetries();
}

QString CaseloadSync::token() const
{
    return m_http->token();
}

Status CaseloadSync::configure(const QUrl &service, const SyncTrust &trust)
{
    if (Status checked = SyncClient::checkServiceUrl(service); !checked)
        return checked;
    return m_folder.device().setSettings({ { QStringLiteral("sync.service"), service.adjusted(QUrl::RemovePath).toString() },
                                           { QStringLiteral("sync.caPem"), QString::fromLatin1(trust.caPem) },
                                           { QStringLiteral("sync.pin"), trust.pinSha256 },
                                           { QStringLiteral("sync.seenPin"), QString() } });
}

bool CaseloadSync::isConfigured() const
{
    return m_http->isConfigured();
}

bool CaseloadSync::isEnrolled() const
{
    return !m_folder.device().setting(QStringLiteral("sync.deviceId")).isEmpty();
}

QUrl CaseloadSync::serviceUrl() const
{
    return m_http->serviceUrl();
}

void CaseloadSync::call(const QByteArray &verb, const QString &path, const QJsonObject &body, Done<QJsonObject> done, bool quick)
{
    auto c = std::make_shared<SyncHttp::Request>();
    c->quick = quick;
    c->verb = verb;
    c->path = path;
    c->body = body;
    c->hasBody = verb != "GET" && verb != "DELETE";
    c->done = std::move(done);
    m_http->send(c);
}

void CaseloadSync::enrol(const QString &typedName, const QString &enrolCode, Done<QJsonObject> done)
{
    DeviceStore &device = m_folder.device();
    if (isEnrolled()) {
        done(Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "This device is already enrolled.") });
        return;
    }
    const QString deviceName = NameRule::tidy(typedName);
    if (Status named = NameRule::validate(deviceName, NameRule::Subject::Device); !named) {
        done(named.error());
        return;
    }
    auto key = DeviceKey::loadOrCreate(device);
    if (!key) {
        done(key.error());
        return;
    }
    auto c = SyncHttp::enrolment(key->publicKeyBase64(), deviceName, enrolCode);
    c->done = [this, done, deviceName, withCode = !enrolCode.isEmpty()](const Result<QJsonObject> &enrolled) {
        if (!enrolled) {
            done(SyncHttp::enrolmentFailed(enrolled.error(), withCode));
            return;
        }
        const QJsonObject answer = enrolled.value();
        if (Status s = m_folder.device().setSettings({ { QStringLiteral("sync.deviceId"), str(answer, "deviceId") },
                                                       { QStringLiteral("sync.accountId"), str(answer, "accountId") },
                                                       { QStringLiteral("sync.kind"), str(answer, "kind") },
                                                       { QStringLiteral("sync.displayName"), deviceName },
                                                       // Enrolled anew after a revocation: that is over (dropRevoked).
                                                       { QStringLiteral("caseload.revoked"), QString() },
                                                       { kLastError, QString() } });
            !s) {
            done(s.error());
            return;
        }
        m_revoked = false;
        qCInfo(lcSync, "caseload device enrolled");
        m_http->signIn([done, answer](const Result<QString> &signedIn) {
            if (!signedIn)
                done(signedIn.error());
            else
                done(answer);
        });
    };
    m_http->send(c);
}

/** The device setting that remembers which plan an invitation code joined: by the code's SHA-256, never the code. */
static QString joinedKey(const QString &invitationCode)
{
    return QStringLiteral("caseload.joinedWith.")
        + QString::fromLatin1(QCryptographicHash::hash(invitationCode.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

void CaseloadSync::join(const QString &invitationCode, const QString &name, Done<QJsonObject> done)
{
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "POST";
    c->path = QStringLiteral("/v1/invitations/redeem");
    c->hasBody = true;
    c->quick = true;
    c->body = { { QStringLiteral("code"), invitationCode } };
    if (!name.isEmpty())
        c->body.insert(QStringLiteral("name"), name);
    c->done = [this, done, key = joinedKey(invitationCode)](const Result<QJsonObject> &joined) {
        if (!joined) {
            done(joined.error());
            return;
        }
        const QString planId = str(joined.value(), "planId");
        const QString citizen = TextHygiene::withoutInvisible(joined->value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString());
        auto store = m_folder.addPlan(planId, CaseloadSummary::beforeArrival(citizen, true));
        if (!store) {
            done(store.error());
            return;
        }
        if (Status s = SyncClient::takeUpJoin(*store.value(), joined.value()); !s) {
            (void)m_folder.removePlan(planId);
            done(s.error());
            return;
        }
        (void)m_folder.device().setSetting(key, planId); // a hint only: joinedWith
        emit caseloadChanged();
        QJsonObject answer = joined.value();
        answer.insert(QStringLiteral("citizen"), citizen);
        // The first round: the plan arrives now when the citizen has let the professional in already.
        syncPlan(planId, [done, answer](const Result<SyncSummary> &) { done(answer); });
    };
    m_http->send(c);
}

QString CaseloadSync::joinedWith(const QString &invitationCode) const
{
    const QString planId = m_folder.device().setting(joinedKey(invitationCode));
    return m_folder.device().planIds().contains(planId) ? planId : QString();
}

void CaseloadSync::syncAll(Done<CaseloadRound> done)
{
    syncAllWith(false, std::move(done));
}

void CaseloadSync::restoreAll(Done<CaseloadRound> done)
{
    syncAllWith(true, std::move(done));
}

void CaseloadSync::syncAllWith(bool letGoToo, Done<CaseloadRound> done)
{
    if (m_running) {
        done(Error { ErrorCode::Conflict, QCoreApplication::translate("samen", "A sync is already running.") });
        return;
    }
    if (isRevoked(m_folder.device())) { // no round until the device is enrolled again (dropRevoked said how)
        done(Error { ErrorCode::Permission, revokedSentence(), {}, QStringLiteral("device-revoked") });
        return;
    }
    m_running = true;
    auto round = std::make_shared<CaseloadRound>();
    round->plans = int(m_folder.device().planIds().size());
    auto finish = [this, done](const Result<CaseloadRound> &r) {
        m_running = false;
        if (m_revoked) { // said once, by dropRevoked; the round's own error (a sign-in refused) would hide the way back
            emit roundOfAllEnded(revokedSentence());
            done(Error { ErrorCode::Permission, revokedSentence(), {}, QStringLiteral("device-revoked") });
            return;
        }
        noteReach(r ? Status() : Status(r.error()));
        if (r) // samen-cli sync status says when (R4-7)
            (void)m_folder.device().setSetting(kLastRoundAt, QString::number(QDateTime::currentMSecsSinceEpoch()));
        emit roundOfAllEnded(r ? QString() : r.error().message);
        done(r);
        runWaitingSoon(); // what was asked for while this round ran
    };
    // A plan whose file is gone or empty here (review 4, finding 12: the round said all was well, and nothing could bring
    // it back) is taken off the caseload and taken up again below, fetched whole from the service.
    QHash<QString, QString> lost; // plan id -> the citizen's name
    for (const QString &planId : m_folder.device().planIds()) {
        const QFileInfo file(QDir(m_folder.planDir(planId)).filePath(QStringLiteral("samen.db")));
        if (file.exists() && file.size() > 0)
            continue;
        lost.insert(planId, str(m_folder.device().row(planId), "citizen"));
        if (Status s = m_folder.removePlan(planId); !s)
            qCWarning(lcSync, "a plan whose file is missing could not be taken off the caseload; tried again at the next round");
    }
    markDamagedDue(lost);
    // The account's plans this device never held come first (a second or new device: CaseloadAdoption); then one
    // request says which plans changed since their cursors and which are gone (CaseloadChanges).
    CaseloadAdoption::adoptNew(*m_http, m_folder, letGoToo, lost.keys(), [this, round, finish, lost](const Result<QStringList> &added) {
        if (!added) {
            finish(added.error());
            return;
        }
        for (auto it = lost.cbegin(); it != lost.cend(); ++it) {
            // Fetched again; or, when the account is no longer in the plan, gone as a removal is.
            addNotice(QJsonObject { { QStringLiteral("kind"), added->contains(it.key()) ? QStringLiteral("refetched") : QStringLiteral("removed") },
                                    { QStringLiteral("citizen"), it.value() } });
            if (!added->contains(it.key()))
                round->removed.append(it.key());
        }
        for (const QString &planId : added.value()) {
            if (!lost.contains(planId))
                round->added.append(planId);
        }
        round->plans = int(m_folder.device().planIds().size());
        if (!added->isEmpty() || !lost.isEmpty())
            emit caseloadChanged();
        askChanges(round, finish);
    });
}

void CaseloadSync::askChanges(std::shared_ptr<CaseloadRound> round, Done<CaseloadRound> finish)
{
    CaseloadChanges::ask(*m_http, m_folder, [this, round, finish](const Result<CaseloadWork> &work) {
        if (!work) {
            finish(work.error());
            return;
        }
        for (auto it = work->gone.cbegin(); it != work->gone.cend(); ++it) {
            dropPlan(it.key(), it.value());
            round->removed.append(it.key());
        }
        round->synced = work->unchanged;
        auto pool = std::make_shared<Pool>();
        pool->round = round;
        pool->todo = work->todo;
        pool->access = work->access;
        pool->done = finish;
        runPool(pool);
    });
}

void CaseloadSync::setParallelRounds(int rounds)
{
    m_parallel = std::max(1, rounds);
}

void CaseloadSync::runPool(std::shared_ptr<Pool> pool)
{
    if (pool->todo.isEmpty() && pool->inFlight == 0) {
        pool->done(*pool->round);
        return;
    }
    // Several plans' rounds in flight over the one sign-in: their requests overlap instead of waiting on each other.
    while (pool->inFlight < m_parallel && !pool->todo.isEmpty()) {
        const QString planId = pool->todo.takeFirst();
        const QString citizen = str(m_folder.device().row(planId), "citizen");
        ++pool->inFlight;
        syncPlanWith(planId, pool->access.value(planId), [this, pool, planId, citizen](const Result<SyncSummary> &r) {
            CaseloadRound &round = *pool->round;
            if (r) {
                ++round.synced;
                round.received += r->received + r->history;
                round.pushed += r->pushed;
                round.receivedItems += static_cast<int>(r->receivedItems.size());
                round.pushedItems += static_cast<int>(r->pushedItems.size());
                if (r->refused > 0)
                    round.refused.append(planId);
            } else if (m_folder.device().planKey(planId).isEmpty()) {
                round.removed.append(planId);
            } else if (r.error().code == ErrorCode::Permission && m_folder.device().row(planId).value(QStringLiteral("waiting")).toBool()) {
                ++round.synced; // joined, not let in yet: a wait, not a failure
            } else {
                round.failed.append(QStringLiteral("%1: %2").arg(citizen.isEmpty() ? planId : citizen, r.error().message));
            }
            --pool->inFlight;
            runPool(pool);
        });
    }
}

void CaseloadSync::syncPlan(const QString &planId, Done<SyncSummary> done)
{
    syncPlanWith(planId, QString(), std::move(done));
}

Result<StoreSalvage::Report> CaseloadSync::rebuildDamaged(const QString &planId)
{
    auto rebuilt = m_folder.rebuildPlan(planId);
    if (!rebuilt)
        return rebuilt.error();
    auto store = m_folder.plan(planId);
    if (!store)
        return store.error();
    // Which plan it is, the caseload knows; without it a round would take the plan for withdrawn. This device's member
    // id in it, when the settings were lost too, is asked of the service before the round (syncPlanWith).
    if (store.value()->setting(QStringLiteral("planId")).isEmpty())
        (void)store.value()->setSetting(QStringLiteral("planId"), planId);
    if (store.value()->setting(QStringLiteral("planId")) != planId)
        return Result<StoreSalvage::Report>::fail(ErrorCode::Damaged,
                                                  QCoreApplication::translate("samen",
                                                                              "This plan's file was too damaged to fetch the plan again in place: "
                                                                              "erase it from this device (samen-cli erase --plan %1), then samen-cli "
                                                                              "caseload restore fetches it whole.")
                                                      .arg(m_folder.choiceFor(planId)));
    // Its cursor went with the damaged file: the next round of all fetches it whole.
    QJsonObject row = m_folder.device().row(planId);
    row.remove(QStringLiteral("sync"));
    (void)m_folder.device().saveRow(planId, row);
    addNotice(QJsonObject { { QStringLiteral("kind"), QStringLiteral("repaired") },
                            { QStringLiteral("citizen"), str(row, "citizen") },
                            { QStringLiteral("keptAt"), rebuilt->keptAt },
                            { QStringLiteral("unsentComplete"), rebuilt->unsentComplete } });
    return rebuilt;
}

void CaseloadSync::syncPlanWith(const QString &planId, const QString &accessTag, Done<SyncSummary> done)
{
    auto store = m_folder.plan(planId);
    if (!store && store.error().code == ErrorCode::Damaged) {
        // This device's copy of the citizen's plan: the service holds it all, so it is rebuilt and fetched again.
        if (const auto rebuilt = rebuildDamaged(planId); !rebuilt) {
            done(rebuilt.error());
            return;
        }
        store = m_folder.plan(planId);
    }
    if (!store) {
        done(store.error());
        return;
    }
    std::shared_ptr<PlanStore> plan = store.value();
    if (plan->setting(QStringLiteral("memberId")).isEmpty()) {
        // A repaired copy whose settings' page was lost: who this device is in the plan is asked of the service, as when
        // the plan was taken up. A round without it took the plan for withdrawn: "removed you", and the plan and the
        // damaged copy kept for repair were deleted (trial after stop 38).
        CaseloadAdoption::listMemberships(*m_http, m_folder, [this, plan, planId, accessTag, done](const Result<QList<QJsonObject>> &memberships) {
            if (!memberships) {
                done(memberships.error());
                return;
            }
            for (const QJsonObject &m : memberships.value()) {
                if (str(m, "planId") != planId)
                    continue;
                if (Status s = CaseloadAdoption::takeUp(*plan, m); !s || plan->setting(QStringLiteral("memberId")).isEmpty()) {
                    done(s ? Error { ErrorCode::Internal, QString() } : s.error());
                    return;
                }
                syncPlanWith(planId, accessTag, done);
                return;
            }
            done(Error { ErrorCode::NotFound,
                         QCoreApplication::translate("samen", "The service no longer lists this plan in your caseload. Nothing on this device was deleted.") });
        });
        return;
    }
    m_checked.insert(planId); // opened well (its pages checked): the round of all need not open it again for that
    auto *client = new SyncClient(*plan, *m_http, this);
    client->setSnapshotFirst(false); // the state and its history in one pass: half the requests of a first round
    const QString noticeBefore = plan->setting(QStringLiteral("sync.withdrawalNotice"));
    client->syncOnce([this, client, plan, planId, accessTag, done, noticeBefore](const Result<SyncSummary> &r) {
        client->deleteLater(); // after this callback: the client is still on the stack
        if (m_revoked) { // dropRevoked took every plan off the device: nothing of this one is left to note
            done(r ? Result<SyncSummary>(Error { ErrorCode::Permission, revokedSentence() }) : r);
            return;
        }
        if (plan->setting(QStringLiteral("planId")).isEmpty()) {
            // The plan's Withdrawal deleted what the member may no longer read: here, the whole plan goes.
            const QJsonObject withdrawn = QJsonDocument::fromJson(plan->setting(QStringLiteral("sync.withdrawalNotice")).toUtf8()).object();
            const QString kind = withdrawn.value(QStringLiteral("kind")).toString();
            const int unsentLost = withdrawn.value(QStringLiteral("unsentLost")).toInt();
            auto drop = [this, planId, unsentLost, r, done](const QString &why) {
                dropPlan(planId, why, unsentLost);
                done(r ? Result<SyncSummary>(Error { ErrorCode::Permission, notices().value(notices().size() - 1) }) : r);
            };
            if (kind == QLatin1String("erased") || kind == QLatin1String("all"))
                drop(kind);
            else if (kind == QLatin1String("removed")) // or left, from another device of the professional's (asked)
                whyGone(planId, drop);
            else
                drop(QStringLiteral("removed"));
            return;
        }
        // Part of the plan taken away (a domain no longer shared, with what was typed there and not sent): said by the
        // caseload as well, not only on the plan's page (review 4, finding 10: the round printed nothing).
        const QString noticeNow = plan->setting(QStringLiteral("sync.withdrawalNotice"));
        const QJsonObject narrowed = QJsonDocument::fromJson(noticeNow.toUtf8()).object();
        if (noticeNow != noticeBefore && narrowed.value(QStringLiteral("kind")).toString() == QLatin1String("domains"))
            addNotice(QJsonObject { { QStringLiteral("kind"), QStringLiteral("narrowed") },
                                    { QStringLiteral("citizen"), str(m_folder.device().row(planId), "citizen") },
                                    { QStringLiteral("plan"), narrowed } });
        if (r)
            noteReach(Status()); // the service answered: the caseload is not offline (any more)
        // The service's access tag is kept only after a round that took it in (a wait to be let in counts): else asked again.
        const bool tookIn = r || (r.error().code == ErrorCode::Permission && plan->setting(QStringLiteral("join.waiting")) == QLatin1String("1"));
        refreshRow(planId, tookIn ? accessTag : QString());
        done(r);
    });
}

void CaseloadSync::markDamagedDue(const QHash<QString, QString> &lost)
{
    // A damaged plan file (not empty) was only repaired when a round brought news for that plan (review 4, R4-22): each
    // plan's store is opened once while this sync lives (its pages checked, PlanStore::open), and one that is damaged gets
    // its round now, which rebuilds it and fetches it again (syncPlanWith, rebuildDamaged: the "repaired" notice).
    for (const QString &planId : m_folder.device().planIds()) {
        if (lost.contains(planId) || m_checked.contains(planId))
            continue;
        const auto store = m_folder.plan(planId);
        if (store)
            m_checked.insert(planId);
        else if (store.error().code == ErrorCode::Damaged)
            CaseloadChanges::markDue(m_folder, planId);
    }
}

void CaseloadSync::noteReach(const Status &outcome)
{
    DeviceStore &device = m_folder.device();
    if (outcome) {
        // Reached: the next outage's waits start small again (review 6, #6: they stayed at minutes for ever).
        m_http->resetBackoff();
        if (!device.setting(kOfflineSince).isEmpty() || !device.setting(kLastError).isEmpty())
            (void)device.setSettings({ { kOfflineSince, QString() }, { kLastError, QString() } });
        return;
    }
    if (outcome.error().code == ErrorCode::Network) {
        if (device.setting(kOfflineSince).isEmpty()) // since the first round that could not reach the service
            (void)device.setSettings({ { kOfflineSince, QString::number(QDateTime::currentMSecsSinceEpoch()) }, { kLastError, QString() } });
        return;
    }
    const bool revoked = outcome.error().reason == QLatin1String("device-revoked");
    (void)device.setSettings({ { kOfflineSince, QString() }, { kLastError, revoked ? outcome.error().reason : outcome.error().message } });
}

QDateTime CaseloadSync::offlineSince(const SettingStore &device)
{
    const QString ms = device.setting(kOfflineSince);
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong());
}

QString CaseloadSync::lastError(const SettingStore &device)
{
    // Kept as a code where there is one, worded in the language of whoever reads it (review 6, #1: a Dutch sentence kept by
    // a Dutch run was shown as it was to an English one).
    const QString kept = device.setting(kLastError);
    if (kept == QLatin1String("device-revoked") || (kept.isEmpty() && isRevoked(device)))
        return revokedSentence();
    return kept;
}

QDateTime CaseloadSync::lastRoundAt(const SettingStore &device)
{
    const QString ms = device.setting(kLastRoundAt);
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong());
}

void CaseloadSync::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { requestSync(); });
    }
    m_started = true;
    m_timer->start(intervalMs);
    requestSync();
    openLive();
}

void CaseloadSync::stop()
{
    m_started = false;
    if (m_timer)
        m_timer->stop();
    if (m_live)
        m_live->close();
    m_requested.clear();
}

void CaseloadSync::tryNow()
{
    m_http->retryNow();
    requestSync();
}

void CaseloadSync::requestSync(const QString &planId)
{
    if (!planId.isEmpty()) // an edit here (or a poke): its round runs at the next round of all too, should this one not end well
        CaseloadChanges::markDue(m_folder, planId);
    if (!m_requested.contains(planId))
        m_requested.append(planId);
    if (!m_running)
        QTimer::singleShot(0, this, &CaseloadSync::runRequested);
}

void CaseloadSync::runWaitingSoon()
{
    if (!m_requested.isEmpty() || !m_afterRound.isEmpty())
        QTimer::singleShot(0, this, &CaseloadSync::runRequested);
}

void CaseloadSync::runRequested()
{
    while (!m_running && !m_afterRound.isEmpty()) // a leave asked for while a round ran goes first
        m_afterRound.takeFirst()();
    if (m_running || m_requested.isEmpty())
        return;
    if (m_requested.contains(QString())) {
        m_requested.clear();
        syncAll([this](const Result<CaseloadRound> &) { runRequested(); });
        return;
    }
    const QString planId = m_requested.takeFirst();
    if (m_folder.device().planKey(planId).isEmpty()) { // not (or no longer) in the caseload
        runRequested();
        return;
    }
    m_running = true;
    syncPlan(planId, [this](const Result<SyncSummary> &) {
        m_running = false;
        runRequested();
    });
}

bool CaseloadSync::isLive() const
{
    return m_live && m_live->isReady();
}

void CaseloadSync::openLive()
{
    if (!m_started || !isEnrolled())
        return;
    if (!m_live) {
        m_live = new LiveListener(this);
        // Pokes missed while it was down; and the service may be back after an outage: a round now, not after the
        // backoff's wait (review 6, #6).
        connect(m_live, &LiveListener::ready, this, [this] {
            m_liveRetryMs = kLiveRetryFirstMs;
            tryNow();
        });
        connect(m_live, &LiveListener::poked, this, [this](const QString &planId, qint64) {
            if (!m_folder.device().planKey(planId).isEmpty())
                requestSync(planId);
            else
                requestSync(); // a membership changed: the round of all learns which
        });
        connect(m_live, &LiveListener::revoked, this, &CaseloadSync::dropRevoked);
        connect(m_live, &LiveListener::closed, this, [this](const QString &) {
            if (!m_started)
                return;
            m_http->clearToken();
            QTimer::singleShot(m_liveRetryMs, this, &CaseloadSync::openLive);
        });
    }
    if (m_http->token().isEmpty()) {
        // A quick sign-in of its own: not queued behind a round's sign-in asleep in the backoff's wait of minutes, so the
        // channel (and with it a round, tryNow) is back within seconds of the service (review 6, #6). Tried again after
        // 5 s, then less often, at least every 20 s.
        m_http->signIn(
            [this](const Result<QString> &signedIn) {
                if (signedIn) {
                    openLive();
                } else if (m_started) {
                    QTimer::singleShot(m_liveRetryMs, this, &CaseloadSync::openLive);
                    m_liveRetryMs = std::min(2 * m_liveRetryMs, kLiveRetryMaxMs);
                }
            },
            true);
        return;
    }
    m_live->open(serviceUrl(), m_http->trust(), m_http->token());
}

void CaseloadSync::refreshRow(const QString &planId, const QString &accessTag)
{
    auto store = m_folder.plan(planId);
    if (!store)
        return;
    const QJsonObject before = m_folder.device().row(planId);
    QJsonObject row = CaseloadSummary::of(*store.value(), QDateTime::currentDateTimeUtc());
    if (str(row, "citizen").isEmpty()) // the plan has not arrived yet: the name the invitation gave
        row.insert(QStringLiteral("citizen"), str(before, "citizen"));
    row.insert(QStringLiteral("planId"), planId);
    // All access withdrawn (the professional is still a member: the plan stays): the row says so, never "nothing
    // shared yet", keeps the role the member record no longer shows, and the round says so once (review 4, R4-1).
    const bool sharedNothing = row.value(QStringLiteral("domains")).toArray().isEmpty() && !row.value(QStringLiteral("waiting")).toBool();
    const bool withdrawn
        = sharedNothing && (!before.value(QStringLiteral("domains")).toArray().isEmpty() || before.value(QStringLiteral("withdrawn")).toBool());
    row.insert(QStringLiteral("withdrawn"), withdrawn);
    for (const char *kept : { "role", "organisation" }) {
        if (str(row, kept).isEmpty() && !str(before, kept).isEmpty())
            row.insert(QLatin1String(kept), before.value(QLatin1String(kept)));
    }
    // An invitation that named no organisation: the one the operator registered the professional with (review 5).
    if (str(row, "organisation").isEmpty())
        row.insert(QStringLiteral("organisation"), CaseloadAdoption::accountOrganisation(m_folder.device()));
    if (withdrawn && !before.value(QStringLiteral("withdrawn")).toBool()) {
        QJsonObject notice { { QStringLiteral("kind"), QStringLiteral("withdrawn") }, { QStringLiteral("citizen"), str(row, "citizen") } };
        if (m_folder.nameShared(str(row, "citizen"), planId)) {
            notice.insert(QStringLiteral("shared"), true);
            notice.insert(QStringLiteral("domains"), before.value(QStringLiteral("domains")));
            notice.insert(QStringLiteral("joined"), before.value(QStringLiteral("joined")));
        }
        addNotice(notice);
    }
    // What the next round of all asks the service with (CaseloadChanges); the caseload page does not read it.
    row.insert(QStringLiteral("sync"), CaseloadChanges::rowSync(m_folder, planId, before, accessTag));
    if (row != before) {
        (void)m_folder.device().saveRow(planId, row);
        emit caseloadChanged();
    }
}

void CaseloadSync::dropPlan(const QString &planId, const QString &removal, int unsentLost)
{
    const QJsonObject row = m_folder.device().row(planId);
    const QString citizen = str(row, "citizen");
    // Taken out while still waiting to be let in: the citizen declined; the professional was never in the plan (review 3, #24).
    const QString kind = removal == QLatin1String("removed") && row.value(QStringLiteral("waiting")).toBool() ? QStringLiteral("declined") : removal;
    // What the professional typed in this plan and had not sent goes with it: counted before the files go, and said.
    if (unsentLost < 0) {
        const auto store = m_folder.plan(planId);
        unsentLost = store ? Withdrawal::unsentIn(*store.value()) : 0;
    }
    if (Status s = m_folder.removePlan(planId); !s) {
        qCWarning(lcSync, "a removed plan's file could not be deleted; tried again at the next sync");
        return;
    }
    qCInfo(lcSync, "a plan left the caseload: %s", qPrintable(kind));
    QJsonObject notice { { QStringLiteral("kind"), kind },
                         { QStringLiteral("citizen"), citizen },
                         { QStringLiteral("planId"), planId },
                         { QStringLiteral("unsentLost"), unsentLost } };
    if (m_folder.nameShared(citizen, planId)) { // the facts that tell it apart, worded when the notice is read
        notice.insert(QStringLiteral("shared"), true);
        notice.insert(QStringLiteral("domains"), row.value(QStringLiteral("domains")));
        notice.insert(QStringLiteral("joined"), row.value(QStringLiteral("joined")));
    }
    addNotice(notice);
    emit caseloadChanged();
    emit planRemoved(planId, noticeWithLost(notice));
}

void CaseloadSync::addNotice(const QJsonObject &notice)
{
    QJsonArray all = QJsonDocument::fromJson(m_folder.device().setting(kNotices).toUtf8()).array();
    all.append(notice);
    (void)m_folder.device().setSetting(kNotices, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    emit noticesChanged();
}

QStringList CaseloadSync::notices() const
{
    QStringList out;
    for (const QJsonValue &n : QJsonDocument::fromJson(m_folder.device().setting(kNotices).toUtf8()).array())
        out.append(noticeWithLost(n.toObject()));
    return out;
}

void CaseloadSync::dismissNotices()
{
    (void)m_folder.device().setSetting(kNotices, QString());
    emit noticesChanged();
}

} // namespace samen
