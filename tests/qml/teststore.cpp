#include "teststore.h"

#include "store/planstore.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"

namespace {
samen::app::Session *g_session = nullptr;

samen::PlanStore *store()
{
    return g_session && g_session->plan() ? &g_session->plan()->store() : nullptr;
}
} // namespace

void TestStore::setSession(samen::app::Session *session)
{
    g_session = session;
}

int TestStore::acceptWaiting()
{
    if (!store())
        return -1;
    QStringList ids;
    for (const samen::OutboxEntry &entry : store()->outbox(-1))
        ids.append(entry.op.opId);
    return store()->markPushed(ids) ? static_cast<int>(ids.size()) : -1;
}

int TestStore::refuseWaiting(const QString &reason)
{
    if (!store())
        return -1;
    int count = 0;
    for (const samen::OutboxEntry &entry : store()->outbox(-1)) {
        if (!store()->markRejected(entry.op.opId, reason))
            return -1;
        ++count;
    }
    reload();
    return count;
}

int TestStore::waitingCount() const
{
    return store() ? static_cast<int>(store()->outbox(-1).size()) : -1;
}

int TestStore::refusedCount() const
{
    return store() ? static_cast<int>(store()->rejected().size()) : -1;
}

void TestStore::reload()
{
    if (g_session && g_session->plan())
        g_session->plan()->sync()->reloadRefused();
}
