#include "sync/caseloadchanges.h"

#include "store/caseloadfolder.h"
#include "sync/synchttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace samen {

namespace {

const QString kSync = QStringLiteral("sync");

} // namespace

bool CaseloadChanges::dueHere(const QJsonObject &sync)
{
    // No round yet (or a row from before the changes were asked), changes waiting, history still to fetch.
    return !sync.contains(QStringLiteral("cursor")) || sync.value(QStringLiteral("due")).toBool();
}

QJsonObject CaseloadChanges::rowSync(CaseloadFolder &folder, const QString &planId, const QJsonObject &before, const QString &accessTag)
{
    QJsonObject sync = before.value(kSync).toObject();
    auto store = folder.plan(planId);
    if (!store)
        return sync;
    const PlanStore &plan = *store.value();
    const qint64 until = plan.setting(QStringLiteral("sync.historyUntil")).toLongLong();
    const qint64 fetched = plan.setting(QStringLiteral("sync.historyCursor")).toLongLong();
    sync.insert(QStringLiteral("cursor"), plan.setting(QStringLiteral("sync.cursor")).toLongLong());
    // Also while it holds changes the service refused: its round then makes the row again, so the row's count follows a
    // retry or discard made anywhere (the app, samen-cli, an older version) at the next round (review 15, F9: a
    // discarded change was "not accepted" in the caseload for good, as the plan's round was skipped).
    sync.insert(QStringLiteral("due"), plan.waitingCount() > 0 || fetched < until || plan.rejectedCount() > 0);
    if (!accessTag.isEmpty())
        sync.insert(QStringLiteral("access"), accessTag);
    return sync;
}

void CaseloadChanges::markDue(CaseloadFolder &folder, const QString &planId)
{
    QJsonObject row = folder.device().row(planId);
    if (row.isEmpty())
        return;
    QJsonObject sync = row.value(kSync).toObject();
    if (sync.value(QStringLiteral("due")).toBool())
        return;
    sync.insert(QStringLiteral("due"), true);
    row.insert(kSync, sync);
    (void)folder.device().saveRow(planId, row);
}

void CaseloadChanges::ask(SyncHttp &http, CaseloadFolder &folder, Done<CaseloadWork> done)
{
    askChunk(http, folder, std::make_shared<CaseloadWork>(), folder.device().planIds(), 0, std::move(done));
}

void CaseloadChanges::askChunk(SyncHttp &http, CaseloadFolder &folder, std::shared_ptr<CaseloadWork> work, QStringList plans, int from, Done<CaseloadWork> done)
{
    if (plans.isEmpty()) {
        done(*work);
        return;
    }
    QJsonArray asked;
    QSet<QString> askedIds;
    for (qsizetype i = from; i < std::min<qsizetype>(plans.size(), from + kChunk); ++i) {
        const QJsonObject sync = folder.device().row(plans[i]).value(kSync).toObject();
        QJsonObject entry { { QStringLiteral("planId"), plans[i] }, { QStringLiteral("after"), sync.value(QStringLiteral("cursor")).toInteger() } };
        if (const QString tag = sync.value(QStringLiteral("access")).toString(); !tag.isEmpty())
            entry.insert(QStringLiteral("access"), tag);
        asked.append(entry);
        askedIds.insert(plans[i]);
    }
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "POST";
    c->path = QStringLiteral("/v1/caseload/changes");
    c->hasBody = true;
    c->body = { { QStringLiteral("plans"), asked } };
    c->done = [&http, &folder, work, plans, from, askedIds, done](const Result<QJsonObject> &answer) {
        if (!answer) {
            // A service from before the endpoint: every plan gets its round, the memberships from GET /v1/plans.
            if (answer.error().code == ErrorCode::NotFound && from == 0 && answer.error().reason != QLatin1String("plan-erased"))
                askMemberships(http, folder, done);
            else
                done(answer.error());
            return;
        }
        // Never read a cut-off or odd answer as "nothing changed" or "all gone".
        if (!answer->value(QStringLiteral("changed")).isArray() || !answer->value(QStringLiteral("gone")).isArray()) {
            done(incompleteAnswer());
            return;
        }
        QSet<QString> changed;
        for (const QJsonValue &named : answer->value(QStringLiteral("changed")).toArray()) {
            const QString planId = named[QStringLiteral("planId")].toString();
            if (!askedIds.contains(planId))
                continue; // only what was asked about
            changed.insert(planId);
            work->access.insert(planId, named[QStringLiteral("access")].toString());
        }
        for (const QJsonValue &g : answer->value(QStringLiteral("gone")).toArray()) {
            const QString planId = g[QStringLiteral("planId")].toString();
            if (askedIds.contains(planId) && !changed.contains(planId))
                work->gone.insert(planId,
                                  g[QStringLiteral("erased")].toBool()     ? QStringLiteral("erased")
                                      : g[QStringLiteral("left")].toBool() ? QStringLiteral("left")
                                                                           : QStringLiteral("removed"));
        }
        for (qsizetype i = from; i < std::min<qsizetype>(plans.size(), from + kChunk); ++i) {
            const QString &planId = plans[i];
            if (work->gone.contains(planId))
                continue;
            if (changed.contains(planId) || dueHere(folder.device().row(planId).value(kSync).toObject()))
                work->todo.append(planId);
            else
                ++work->unchanged;
        }
        const int next = from + kChunk;
        if (next >= plans.size())
            done(*work);
        else
            askChunk(http, folder, work, plans, next, done);
    };
    http.send(c);
}

Error CaseloadChanges::incompleteAnswer()
{
    return Error { ErrorCode::Network,
                   QCoreApplication::translate("samen", "The service's answer about your plans was incomplete; it is asked again at the next sync.") };
}

void CaseloadChanges::askMemberships(SyncHttp &http, CaseloadFolder &folder, Done<CaseloadWork> done)
{
    auto c = std::make_shared<SyncHttp::Request>();
    c->verb = "GET";
    c->path = QStringLiteral("/v1/plans");
    c->done = [&folder, done](const Result<QJsonObject> &listed) {
        if (!listed) {
            done(listed.error());
            return;
        }
        // Never read a cut-off or odd answer as "no plans": that would delete the whole caseload.
        if (!listed->value(QStringLiteral("plans")).isArray()) {
            done(incompleteAnswer());
            return;
        }
        QSet<QString> member;
        for (const QJsonValue &p : listed->value(QStringLiteral("plans")).toArray())
            member.insert(p[QStringLiteral("planId")].toString());
        CaseloadWork work;
        for (const QString &planId : folder.device().planIds()) {
            if (member.contains(planId))
                work.todo.append(planId);
            else
                work.gone.insert(planId, QStringLiteral("removed"));
        }
        done(work);
    };
    http.send(c);
}

} // namespace samen
