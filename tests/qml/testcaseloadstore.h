#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace samen::app {
class Session;
}

/**
 * For the QML tests only: makes the test's Session a professional's caseload over
 * real encrypted plan stores (TestCaseloadSource), and takes a plan off the device
 * as a removal at sync does.
 */
class TestCaseloadStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    /** The Session of the test file that runs now (set by the runner). */
    static void setSession(samen::app::Session *session);

    /**
     * Shows a caseload (Session.caseload) of these plans, each a map: name, role, grants
     * (domain key -> "read" / "write": the domains the row names, worded by the app as on a
     * professional's device, in the language it speaks), attention, agreementsDue,
     * stepsAssigned (of which stepsOverdue are overdue), meetingInDays (none when absent),
     * joined (yyyy-MM-dd), refused. Their plan ids in the same order; empty on failure.
     */
    Q_INVOKABLE QStringList showCaseload(const QVariantList &plans);
    /** Takes the plan off the device (its store, key and row) and refreshes the caseload, as a sync round does. */
    Q_INVOKABLE bool removePlan(const QString &planId);
    /**
     * As if the service revoked this device: the caseload is disconnected, with oldNotices old notices and then
     * `newest` (the newest), as a caseload keeps them; connecting again fails (this caseload has no service).
     */
    Q_INVOKABLE void showRevoked(int oldNotices, const QString &newest);
    /**
     * As if the caseload's last round could not reach the service (minutesAgo >= 0: since then, its last good round
     * minutesAgo + 5 minutes ago) or did (minutesAgo < 0); the caseload is read again.
     */
    Q_INVOKABLE void showOffline(int minutesAgo);
    /** How many rounds the caseload asked for now ("Try again"). */
    Q_INVOKABLE int roundsAsked() const;
    /** How many times a plan's store was opened since showCaseload. */
    Q_INVOKABLE int storesOpened() const;
    /** Where to save pictures of the caseload pages (SAMEN_CASELOAD_SHOTS); "" when none are wanted. */
    Q_INVOKABLE QString shotDir() const;
    /**
     * A second Session in an empty folder of its own (Welcome: no plan, no caseload), for an enrolment that must really
     * run while the test's Session shows a caseload; kept until the next call or the end of the test file.
     */
    Q_INVOKABLE QObject *welcomeSession();
};
