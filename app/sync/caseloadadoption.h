#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace samen {

class CaseloadFolder;
class PlanStore;
class SettingStore;
class SyncHttp;

/**
 * The plans of the professional's account that this device does not hold yet: a second or
 * replacement device enrolled into an account that is a member of plans gets them, as a
 * person's next device gets their plan (review 4, finding 3: "sign in once, see every plan
 * they are part of", issue 14). One GET /v1/plans per round of all names the account's
 * memberships (pending or active); each one this device has never held is added to the
 * caseload (its own store and key, CaseloadFolder::addPlan) with the plan's member id, and the
 * round that follows fetches it. A plan this device held once and let go (erased here with
 * `erase --plan`, or dropped when the citizen removed the professional) is never taken up
 * again on its own: only explicitly (`caseload restore`: adoptNew with letGoToo). The plans held once: DeviceStore::heldPlanIds.
 */
class CaseloadAdoption
{
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    /**
     * Adds every membership of the account this device does not hold and never held (letGoToo: also those it let go,
     * for `caseload restore`; again: these plan ids whatever this device held, e.g. a plan whose file went missing);
     * answers the plan ids added.
     */
    static void adoptNew(SyncHttp &http, CaseloadFolder &folder, bool letGoToo, const QStringList &again, Done<QStringList> done);
    /** The organisation the operator registered this professional with (kept at each round of all); empty before the first. */
    static QString accountOrganisation(const SettingStore &device);
    /**
     * The account's memberships (GET /v1/plans); also keeps the organisation the operator registered the
     * professional with ("account.organisation" in device.db): a caseload row whose invitation named none shows it.
     */
    static void listMemberships(SyncHttp &http, CaseloadFolder &folder, Done<QList<QJsonObject>> done);
    /**
     * The plan store's settings for a membership as the service lists it (SyncClient::takeUpJoin; a membership
     * let in already does not wait): for add, and for a repaired copy whose settings were lost (CaseloadSync).
     */
    static Status takeUp(PlanStore &store, const QJsonObject &membership);

private:
    /** Adds the plan (row and store) for one membership of GET /v1/plans; the row says whether the join still waits. */
    static Status add(CaseloadFolder &folder, const QJsonObject &membership);
};

} // namespace samen
