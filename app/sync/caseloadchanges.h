#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace samen {

class CaseloadFolder;
class SyncHttp;

/** What a caseload round is to do, as CaseloadChanges worked it out. */
struct CaseloadWork {
    QStringList todo; ///< plans whose round runs, in the caseload's order
    QHash<QString, QString> access; ///< plan id -> the access tag the service gave now (saved when the plan's round ends well)
    QHash<QString, QString> gone; ///< plan id -> why: "erased" (its owner erased it), "left" (the professional left it, from any device), "removed"
    int unchanged = 0; ///< plans whose round is skipped: nothing new at the service, nothing waiting here
};

/**
 * Which plans of a professional's caseload need a round, in one request per 200 plans
 * (POST /v1/caseload/changes, docs/sync-protocol.md "A caseload's changes"): each plan goes
 * with the cursor and access tag its last round left in its caseload row ("sync"); the
 * service names the plans with newer operations or other access, and those gone. A plan
 * also gets a round when this device has something for it: files written since its last
 * round (an edit in the app or samen-cli, changes waiting to be sent), a history fetch not
 * finished, or no round yet. A service without the endpoint (404): every plan gets a round
 * and the memberships come from GET /v1/plans as before. A cut-off answer drops nothing.
 */
class CaseloadChanges
{
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    /** At most this many plans per request (the service takes 400; docs/api/openapi.yaml). */
    static constexpr int kChunk = 200;

    static void ask(SyncHttp &http, CaseloadFolder &folder, Done<CaseloadWork> done);

    /**
     * The "sync" part of a plan's row after a round (the caseload page ignores it): the
     * store's cursor, whether history is still to fetch, the newest write time of the
     * plan's files, and the access tag (accessTag, or the one kept when empty).
     */
    static QJsonObject rowSync(CaseloadFolder &folder, const QString &planId, const QJsonObject &before, const QString &accessTag);

    /** The error for an answer about the caller's plans that was cut off or odd: Network, asked again at the next sync. */
    static Error incompleteAnswer();

    /** Marks a plan's row so the next round of all runs its round whatever the service says (an edit made here). */
    static void markDue(CaseloadFolder &folder, const QString &planId);

private:
    static void askChunk(SyncHttp &http, CaseloadFolder &folder, std::shared_ptr<CaseloadWork> work, QStringList plans, int from, Done<CaseloadWork> done);
    static void askMemberships(SyncHttp &http, CaseloadFolder &folder, Done<CaseloadWork> done);
    /** True when this device has something for the plan whatever the service says (see the class). */
    static bool dueHere(const QJsonObject &sync);
};

} // namespace samen
