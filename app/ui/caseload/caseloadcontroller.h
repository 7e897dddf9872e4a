#pragma once

#include <functional>

#include "ui/caseload/caseloadsource.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include <algorithm>

#include <memory>
#include <vector>

Q_MOC_INCLUDE("ui/plancontroller.h")
Q_MOC_INCLUDE("ui/caseload/caseloadmodel.h")
Q_MOC_INCLUDE("ui/caseload/caseloadreach.h")

namespace samen::app {

class CaseloadModel;
class CaseloadReach;
class PlanController;

/**
 * A professional's caseload while unlocked (Session.caseload): the list of plans
 * (CaseloadModel, read from the source's rows without opening any plan), the plan
 * opened from it (a PlanController on that plan's own store: exactly what the citizen
 * granted, WriteRule deciding what may change), and a plain notice when plans were
 * taken off the device (the professional was removed from them). The last two opened
 * plans stay open so switching back and forth opens no store (docs/architecture.md).
 * Threading rule: UI thread, like its source and stores.
 */
class CaseloadController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from Session.caseload")
    Q_PROPERTY(samen::app::CaseloadModel *plans READ plans CONSTANT)
    /** Whether the caseload reaches the service: offline, in words, and "try again" (review 6, #6). */
    Q_PROPERTY(samen::app::CaseloadReach *reach READ reach CONSTANT)
    /** The plan opened from the caseload; null when none is open. */
    Q_PROPERTY(samen::app::PlanController *currentPlan READ currentPlan NOTIFY currentChanged)
    Q_PROPERTY(QString currentPlanId READ currentPlanId NOTIFY currentChanged)
    /** The open plan's citizen's name (its title); "" when none is open. */
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    /**
     * What was taken off this device ("Robin's plan is no longer on this device: …"), one notice a line, newest first;
     * at most noticesShown of them unless allNotices; "" when nothing.
     */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /** The same notices one by one, newest first, each shown as its own item (review 6, #15: several ran into one text). */
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticeChanged)
    /** How many older notices notice leaves out now (0 when it shows them all). */
    Q_PROPERTY(int earlierNotices READ earlierNotices NOTIFY noticeChanged)
    /** True: notice shows every notice; false: the newest noticesShown. Back to false when the notices are dismissed. */
    Q_PROPERTY(bool allNotices READ allNotices WRITE setAllNotices NOTIFY noticeChanged)
    /** The words of the button that shows the earlier notices or only the newest again; "" when there are few. */
    Q_PROPERTY(QString noticesToggleText READ noticesToggleText NOTIFY noticeChanged)
    /** True while a join runs. */
    Q_PROPERTY(bool joining READ joining NOTIFY joiningChanged)
    /** True while leaving a plan runs (leaveCurrentPlan). */
    Q_PROPERTY(bool leaving READ leaving NOTIFY leavingChanged)
    /** The question before leaving the open plan, and what leaving does in plain words; "" when none is open. */
    Q_PROPERTY(QString leaveQuestion READ leaveQuestion NOTIFY currentChanged)
    Q_PROPERTY(QString leaveExplanation READ leaveExplanation NOTIFY currentChanged)
    /** Why leaving the open plan did not happen (offline, refused: nothing changed), shown beside the plan; "" when it did not fail. */
    Q_PROPERTY(QString leaveError READ leaveError NOTIFY leavingChanged)
    /** True when the service revoked this device: its plans were taken off it; connectAgain with a new code. */
    Q_PROPERTY(bool disconnected READ disconnected NOTIFY disconnectedChanged)
    /** True while connectAgain runs. */
    Q_PROPERTY(bool connecting READ connecting NOTIFY disconnectedChanged)
    /** Why the last step failed, in plain words; "" when it did not. */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    /** How many opened plans stay open (the current one and the one before). */
    static constexpr int keptOpen = 2;
    /** How many notices show before "Show all N notices" (review 5, #2: 30 old ones hid the newest). */
    static constexpr int noticesShown = 3;

    explicit CaseloadController(std::unique_ptr<CaseloadSource> source, QObject *parent = nullptr);
    ~CaseloadController() override;

    CaseloadModel *plans() const { return m_model; }
    CaseloadReach *reach() const { return m_reach; }
    PlanController *currentPlan() const;
    QString currentPlanId() const { return m_currentId; }
    QString currentName() const;
    QString notice() const { return m_notice; }
    QStringList notices() const { return m_notices; }
    int earlierNotices() const { return m_allNotices ? 0 : std::max(0, m_noticeCount - noticesShown); }
    bool allNotices() const { return m_allNotices; }
    void setAllNotices(bool all);
    QString noticesToggleText() const;
    QString error() const { return m_error; }
    CaseloadSource &source() { return *m_source; }
    /** Plans open now (at most keptOpen), most recent first (tests). */
    QStringList openPlanIds() const;

    /** Opens a plan of the caseload (or shows it again when it is still open); false with error when it cannot. */
    Q_INVOKABLE bool openPlan(const QString &planId);
    /** Leaves the open plan (the phone's back); it stays among the kept-open ones. */
    Q_INVOKABLE void closePlan();
    /** Reads the caseload again (after a sync round, a join or a removal); plans taken off the device close and are told. */
    Q_INVOKABLE void refresh();
    /**
     * Joins another plan with the code (or link) a citizen gave; `joining` while it runs,
     * then the plan is in the list, or `error` says why in plain words.
     */
    Q_INVOKABLE void join(const QString &code);
    bool joining() const { return m_joining; }
    /**
     * Stops waiting for the join that runs (its Cancel): `joining` ends at once and nothing is said; an answer that
     * comes later is not shown (a plan the service let in after all shows at the next refresh). Nothing when none runs.
     */
    Q_INVOKABLE void cancelJoin();
    /**
     * How long a join may run before it gives up and error says so, in ms (review 6, #1: it ran for minutes while the
     * service was down); its requests give up sooner when nothing answers (SyncHttp::Request::quick).
     */
    static constexpr int joinGiveUpMs = 20000;
    /**
     * The professional leaves the open plan (closes the case, review 4 R4-8): at the service first (the citizen
     * sees that they left, CaseloadSource::leavePlan), then the plan closes and leaves the caseload, and notice
     * says so. Offline or refused: nothing changes and error says why. `leaving` while it runs.
     */
    Q_INVOKABLE void leaveCurrentPlan();
    bool disconnected() const { return m_disconnected; }
    bool connecting() const { return m_connecting; }
    /**
     * A revoked device connects again with a new enrolment code (or link), and the account's plans come back
     * (CaseloadSource::connectAgain); `error` says why not, in plain words.
     */
    Q_INVOKABLE void connectAgain(const QString &code);
    bool leaving() const { return m_leaving; }
    QString leaveError() const { return m_leaveError; }
    Q_INVOKABLE void clearLeaveError();
    QString leaveQuestion() const;
    QString leaveExplanation() const;
    /**
     * Erases a plan from this device only (the professional's copy: the plan stays at the service
     * and with its citizen): it closes, then its store and key are deleted; notice is shown after.
     */
    void eraseFromDevice(const QString &planId, const QString &notice);
    Q_INVOKABLE void dismissNotice();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void currentChanged();
    void noticeChanged();
    void errorChanged();
    void joiningChanged();
    void leavingChanged();
    void disconnectedChanged();
    /** Leaving a plan ended well: it is no longer in the caseload. */
    void left();
    /** A join ended well: the plan is in the caseload. */
    void joined();

private:
    struct OpenPlan {
        QString planId;
        PlanController *plan = nullptr;
    };
    void setError(const QString &message);
    /**
     * Runs one call to the source at a time: while *busy is set, a second one is ignored. Clears the error, sets *busy
     * (busyChanged), and when the source answers clears it again, reads the caseload anew and either shows the error
     * or emits succeeded (none: nullptr). join and connectAgain. giveUpMs > 0: after that long without an answer it ends
     * as if the source said giveUpError; an answer after that (or after cancelJoin) only refreshes.
     */
    void runOnce(bool CaseloadController::*busy, void (CaseloadController::*busyChanged)(), void (CaseloadController::*succeeded)(),
                 const std::function<void(std::function<void(const QString &)>)> &start, int giveUpMs = 0, const QString &giveUpError = {});
    void updateNotice();
    /** Closes a plan that is open (it was removed or damaged); current becomes none when it was current. */
    void drop(const QString &planId);

    std::unique_ptr<CaseloadSource> m_source;
    CaseloadModel *m_model;
    CaseloadReach *m_reach;
    std::vector<OpenPlan> m_open; ///< most recent first
    QString m_currentId;
    QString m_notice;
    QStringList m_notices; ///< what m_notice shows, one by one
    int m_noticeCount = 0; ///< every notice, shown or not
    bool m_allNotices = false;
    QStringList m_ownNotices; ///< open plans that left the list without a notice of the source's
    bool m_joining = false;
    quint64 m_run = 0; ///< counts runOnce's calls and cancels: an answer of an earlier one is not shown
    bool m_leaving = false;
    bool m_disconnected = false;
    bool m_connecting = false;
    QString m_leaveError;
    QString m_error;
};

} // namespace samen::app
