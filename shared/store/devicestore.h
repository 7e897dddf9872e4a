#pragma once

#include "store/database.h"
#include "store/settingstore.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace samen {

/**
 * A professional's device file, `device.db` in the data folder (SQLCipher, keyed with
 * the passphrase or the key-store key like a plan store): the device's identity as
 * settings (sync.service, sync.caPem, sync.pin, sync.deviceId, sync.deviceKey,
 * sync.accountId, sync.organisation, sync.displayName) and the caseload index, one row
 * per plan: its id, its own random 32-byte store key, and the row the caseload page
 * shows (CaseloadSummary). The caseload is read from here alone, without opening a plan.
 */
class DeviceStore : public SettingStore
{
public:
    static constexpr int kApplicationId = 0x53414D44; // "SAMD"
    static constexpr int kSchemaVersion = 1;

    ~DeviceStore() override;
    /** dataDir + "/device.db". Its presence makes a folder a professional's (caseload) device. */
    static QString databasePath(const QString &dataDir);
    static bool exists(const QString &dataDir);
    /** Makes a new device file (Conflict when one exists). */
    static Result<std::unique_ptr<DeviceStore>> create(const QString &dataDir, const DatabaseKey &key);
    /** Opens the device file. Errors: NotFound, WrongKey, Damaged, NotSamen (another kind of file), TooNew. */
    static Result<std::unique_ptr<DeviceStore>> open(const QString &dataDir, const DatabaseKey &key);

    QString setting(const QString &key) const override;
    Status setSetting(const QString &key, const QString &value) override;
    Status setSettings(const QList<std::pair<QString, QString>> &settings) override;
    /** Re-encrypts device.db with a new key (a new passphrase); the plans' own keys inside it stay as they are. */
    Status changeKey(const DatabaseKey &newKey);

    /**
     * Adds a plan to the caseload with a new random 32-byte key for its store, and returns
     * the key. Conflict when the plan is already there; Validation for an id that is not
     * a plan id (letters, digits and '-', at most 64: it names a folder).
     */
    Result<QByteArray> addPlan(const QString &planId, const QJsonObject &row);
    /** The plan's store key (32 bytes), empty when the plan is not in the caseload. */
    QByteArray planKey(const QString &planId) const;
    /** Plan ids in the caseload, in the caseload's order. */
    QStringList planIds() const;
    /**
     * Every plan id this device has held in its caseload, also those that left it since
     * (erased here, removed by the citizen): the setting "caseload.known" (a JSON array that
     * addPlan extends) plus the plans held now (a device from before the list has only those).
     */
    QStringList heldPlanIds() const;
    /**
     * The caseload rows, most needing attention first, then by the citizen's name:
     * each the row saved with saveRow (shape: CaseloadSummary::of) with "planId" set.
     */
    QList<QJsonObject> rows() const;
    /** One row; empty when the plan is not in the caseload. */
    QJsonObject row(const QString &planId) const;
    /** Replaces a plan's row (its "attention" and "citizen" order the caseload). NotFound when the plan is not there. */
    Status saveRow(const QString &planId, const QJsonObject &row);
    /** Deletes a plan's row and its key (the key last: without it, the plan's file can never be read again). */
    Status removePlan(const QString &planId);
    /** True when planId may name a plan's folder (see addPlan). */
    static bool isPlanId(const QString &planId);

private:
    explicit DeviceStore(std::unique_ptr<Database> db);
    static Result<std::unique_ptr<DeviceStore>> openFile(const QString &dataDir, const DatabaseKey &key, bool create);
    std::unique_ptr<Database> m_db;
};

} // namespace samen
