#include "store/deviceaccess.h"

#include "store/planstore.h"

#include <QJsonDocument>

namespace samen {

namespace {
const QString kRole = QStringLiteral("sync.role");
const QString kAccess = QStringLiteral("sync.access");
} // namespace

MemberAccess DeviceAccess::load(const PlanStore &store)
{
    if (store.setting(kRole) != QLatin1String("member"))
        return MemberAccess::owner();
    MemberAccess access = MemberAccess::fromJson(QJsonDocument::fromJson(store.setting(kAccess).toUtf8()).object());
    access.setMemberId(store.setting(QStringLiteral("memberId")));
    return access;
}

Status DeviceAccess::saveMember(PlanStore &store, const MemberAccess &access)
{
    const QString json = QString::fromUtf8(QJsonDocument(access.toJson()).toJson(QJsonDocument::Compact));
    return store.setSettings({ { kRole, QStringLiteral("member") }, { kAccess, json } });
}

} // namespace samen
