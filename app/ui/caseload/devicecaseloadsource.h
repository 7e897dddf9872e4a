#pragma once

#include "ui/caseload/caseloadsource.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace samen {
class CaseloadFolder;
class CaseloadSync;
} // namespace samen

namespace samen::app {

/**
 * A professional's device as the caseload page sees it: the rows of device.db
 * (CaseloadFolder, no plan opened) in the app's words, each plan's store on demand
 * (shared with the sync, the last two kept open by the folder), and the caseload's
 * sync (CaseloadSync: a round of every plan now and every minute, the live channel, a
 * round of one plan after a local change). Notices of plans taken off the device are
 * the sync's, kept in device.db until dismissed.
 */
class DeviceCaseloadSource : public CaseloadSource
{
public:
    /** Takes the opened folder; starts syncing when the device is enrolled at a service. */
    explicit DeviceCaseloadSource(std::unique_ptr<CaseloadFolder> folder);
    ~DeviceCaseloadSource() override;

    QList<CaseloadItem> items() override;
    Result<std::shared_ptr<PlanStore>> openPlan(const QString &planId) override;
    QStringList notices() const override;
    void dismissNotices() override;
    void setChangedHandler(std::function<void()> changed) override;
    SettingStore *identity() override;
    Status erasePlan(const QString &planId) override;
    void planEdited(const QString &planId) override;
    void syncNow() override;
    bool syncing() const override;
    void leavePlan(const QString &planId, std::function<void(const QString &error, const QString &notice)> done) override;
    bool disconnected() const override;
    void connectAgain(const QString &code, std::function<void(const QString &error)> done) override;
    void join(const QString &code, std::function<void(const QString &error)> done) override;

    /** The caseload's sync (tests: its backoff, as the rounds grow it while the service is away). */
    CaseloadSync &sync() { return *m_sync; }

    /** One caseload row (CaseloadSummary's shape) as the page shows it. */
    static CaseloadItem item(const QJsonObject &row);
    /** The same for a given moment: the figures that depend on the date are worked out for now (CaseloadSummary::asOf), not kept. */
    static CaseloadItem item(const QJsonObject &row, const QDateTime &now);

private:
    std::unique_ptr<CaseloadFolder> m_folder;
    QNetworkAccessManager m_network;
    std::unique_ptr<CaseloadSync> m_sync; ///< declared last: goes first, before the folder it uses
    std::function<void()> m_changed;
};

} // namespace samen::app
