#include "teststore.h"

#include "store/deviceaccess.h"
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

bool TestStore::setMemberAccess(const QVariantMap &domains)
{
    if (!store())
        return false;
    samen::MemberAccess access = samen::MemberAccess::member();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        access.grant(it.key(), it.value().toString());
    if (!samen::DeviceAccess::saveMember(*store(), access))
        return false;
    g_session->plan()->refresh();
    return true;
}

bool TestStore::setOwner()
{
    if (!store() || !store()->setSetting(QStringLiteral("sync.role"), QStringLiteral("owner")))
        return false;
    g_session->plan()->refresh();
    return true;
}

void TestStore::reload()
{
    if (g_session && g_session->plan())
        g_session->plan()->sync()->reloadRefused();
}
