#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace samen {
class PlanStore;
class SyncClient;
} // namespace samen

namespace samen::app {

/**
 * The sync status the app always shows, for QML: one of "local" (this plan is
 * not connected to a case service), "syncing", "synced", "waiting" (changes not
 * sent yet), "offline" (since offlineSince) or "error", with the counts of
 * waiting and refused changes. QML turns these into translated sentences.
 * When the plan store has been connected (samen-cli connect, later the app's
 * own network pages), it runs the SyncClient in the background: periodic pulls,
 * live pokes, and a push after every local change (changeMade).
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.sync")
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int refused READ refused NOTIFY changed)
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY changed)
    /** Set when access was withdrawn and data left this device, in plain words; empty otherwise. */
    Q_PROPERTY(QString withdrawalNotice READ withdrawalNotice NOTIFY changed)
public:
    /** Starts syncing when the store is connected to a service; otherwise reports "local". */
    explicit SyncStatus(PlanStore &store, QObject *parent = nullptr);
    ~SyncStatus() override;

    QString state() const;
    int waiting() const;
    int refused() const;
    QDateTime offlineSince() const;
    QString withdrawalNotice() const;
    /** The person has read the notice. */
    Q_INVOKABLE void dismissWithdrawalNotice();

    /** A local change was stored: send it soon. */
    void changeMade();

Q_SIGNALS:
    void changed();
    /** A sync round brought the plan up to date (it may hold other people's changes). */
    void updated();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SyncClient> m_client;
    QString m_lastState;
};

} // namespace samen::app
