#pragma once

// A professional's caseload for app tests: real encrypted plan stores (Robin's demo
// plan, one folder and one random key per plan, opened with the member's grants) and
// the caseload rows the test says, behind the app's CaseloadSource.
#include "domain/demoplan.h"
#include "domain/memberaccess.h"
#include "security/keystore.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/settingstore.h"
#include "sync/hlcclock.h"
#include "ui/caseload/caseloadsource.h"
#include "ui/caseload/devicecaseloadsource.h"

#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QUuid>
#include <QVariantMap>

/** CaseloadSource over plan folders under one root; the test says each plan's row. */
class TestCaseloadSource : public samen::app::CaseloadSource
{
public:
    explicit TestCaseloadSource(QString root)
        : m_root(std::move(root))
    {
    }

    /**
     * Makes a plan this professional is a member of with these grants (domain key -> "read" /
     * "write"), listed with `row` (its planId is filled in). The plan id, or "" on failure.
     */
    QString addPlan(samen::app::CaseloadItem row, const QVariantMap &grants)
    {
        const samen::DatabaseKey key = samen::DatabaseKey::raw(samen::KeyStore::generateKey());
        const QString folder = m_root + QStringLiteral("/plan-%1").arg(m_items.size() + m_removedCount);
        QDir().mkpath(folder);
        auto store = samen::PlanStore::create(folder, key);
        if (!store)
            return {};
        const std::unique_ptr<samen::HlcClock> clock = store.value()->makeClock();
        const auto demo = samen::buildDemoPlan(*clock, QDate::currentDate());
        if (!demo || !store.value()->applyLocal(demo->ops))
            return {};
        if (!store.value()->setSettings(
                { { QStringLiteral("planId"), demo->planId }, { QStringLiteral("memberId"), QUuid::createUuid().toString(QUuid::WithoutBraces) } }))
            return {};
        samen::MemberAccess access = samen::MemberAccess::member();
        for (auto it = grants.cbegin(); it != grants.cend(); ++it)
            access.grant(it.key(), it.value().toString());
        if (!samen::DeviceAccess::saveMember(*store.value(), access))
            return {};
        row.planId = demo->planId;
        m_items.append(row);
        m_plans.insert(demo->planId, Plan { folder, key });
        return demo->planId;
    }
    /**
     * The same with the row as device.db keeps it (CaseloadSummary's shape: domain keys, not labels): it is
     * worded by the app's own DeviceCaseloadSource::item each time the rows are read, so a language switch
     * rewords it as on a professional's device (review 3, #31: the double's English labels in Dutch pictures).
     */
    QString addPlan(const QJsonObject &row, const QVariantMap &grants)
    {
        const QString planId = addPlan(samen::app::DeviceCaseloadSource::item(row), grants);
        if (!planId.isEmpty()) {
            QJsonObject kept = row;
            kept.insert(QStringLiteral("planId"), planId);
            m_rows.insert(planId, kept);
        }
        return planId;
    }
    /** Takes a plan off the device as a removal does: its folder, key and row go (the source keeps no notice). */
    bool removePlan(const QString &planId)
    {
        const auto plan = m_plans.find(planId);
        if (plan == m_plans.end())
            return false;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items[i].planId == planId) {
                m_items.removeAt(i);
                break;
            }
        }
        m_rows.remove(planId);
        const bool gone = QDir(plan->folder).removeRecursively();
        m_plans.erase(plan);
        ++m_removedCount;
        return gone;
    }
    /** Changes a plan's row (as a sync round recomputes it). */
    void setRow(const samen::app::CaseloadItem &row)
    {
        m_rows.remove(row.planId); // the words the test gives from now on
        for (samen::app::CaseloadItem &item : m_items) {
            if (item.planId == row.planId)
                item = row;
        }
    }
    /** How many times a plan's store was opened. */
    int opened() const { return m_opened; }
    /** As if the service revoked this device (disconnected) and these notices were kept, oldest first. */
    void setRevoked(bool revoked, const QStringList &notices)
    {
        m_revoked = revoked;
        m_notices = notices;
    }
    /**
     * As if the caseload's last round could not reach the service since sinceMs (ms since the epoch; 0: it did
     * reach it), its last good round at lastRoundMs: what device.db keeps (CaseloadSync::offlineSince, lastRoundAt).
     */
    void setOffline(qint64 sinceMs, qint64 lastRoundMs)
    {
        m_device.values.insert(QStringLiteral("caseload.offlineSince"), sinceMs > 0 ? QString::number(sinceMs) : QString());
        m_device.values.insert(QStringLiteral("caseload.lastRoundAt"), lastRoundMs > 0 ? QString::number(lastRoundMs) : QString());
        m_hasDevice = true;
    }
    samen::SettingStore *identity() override { return m_hasDevice ? &m_device : nullptr; }
    void syncNow() override { ++m_roundsAsked; }
    /** How many rounds were asked for now (syncNow: "Try again"). */
    int roundsAsked() const { return m_roundsAsked; }
    QStringList notices() const override { return m_notices; }
    void dismissNotices() override { m_notices.clear(); }
    bool disconnected() const override { return m_revoked; }

    QList<samen::app::CaseloadItem> items() override
    {
        QList<samen::app::CaseloadItem> out = m_items;
        for (samen::app::CaseloadItem &item : out) {
            if (const auto row = m_rows.constFind(item.planId); row != m_rows.cend())
                item = samen::app::DeviceCaseloadSource::item(*row); // in the language the app speaks now
        }
        return out;
    }
    samen::Result<std::shared_ptr<samen::PlanStore>> openPlan(const QString &planId) override
    {
        const auto plan = m_plans.constFind(planId);
        if (plan == m_plans.cend())
            return samen::Error { samen::ErrorCode::NotFound, QStringLiteral("This plan is not on this device.") };
        ++m_opened;
        auto opened = samen::PlanStore::open(plan->folder, plan->key);
        if (!opened)
            return opened.error();
        return std::shared_ptr<samen::PlanStore>(std::move(opened).value());
    }

private:
    struct Plan {
        QString folder;
        samen::DatabaseKey key;
    };
    QString m_root;
    QList<samen::app::CaseloadItem> m_items;
    QHash<QString, QJsonObject> m_rows; ///< plans added with a device.db row: worded when read
    QHash<QString, Plan> m_plans;
    int m_opened = 0;
    int m_removedCount = 0;
    bool m_revoked = false;
    QStringList m_notices;
    /** device.db's settings as far as a test sets them (setOffline). */
    struct Settings : samen::SettingStore {
        QHash<QString, QString> values;
        QString setting(const QString &key) const override { return values.value(key); }
        samen::Status setSetting(const QString &key, const QString &value) override
        {
            values.insert(key, value);
            return {};
        }
        samen::Status setSettings(const QList<std::pair<QString, QString>> &settings) override
        {
            for (const auto &[key, value] : settings)
                values.insert(key, value);
            return {};
        }
    };
    Settings m_device;
    bool m_hasDevice = false;
    int m_roundsAsked = 0;
};
