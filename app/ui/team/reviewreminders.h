#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace samen::app {

class Notifier;
class PlanController;

/**
 * "Reviews due ... as a desktop notification where the platform has one" (issue 13): tells the
 * person once, through a Notifier, about agreements whose evaluation date is near or past
 * (TeamView::toTalkAbout: within TeamView::kReviewDays days) and about the next meeting when it
 * is today or tomorrow (kMeetingDays). Once per item: what was told is kept in the plan file's
 * device settings ("reminded.<id>" = the evaluation date or the meeting's time; never synced), so
 * a new start tells nothing again, and a new evaluation date or a moved meeting is told anew.
 * Only what the desktop took is remembered. Texts in the app's language, with names, never ids.
 * Looks when the plan opens, after every change of it, and every hour (a review falls due at night).
 * Threading rule: UI thread, a child of its plan.
 */
class ReviewReminders : public QObject
{
    Q_OBJECT
public:
    /** notifier must outlive this object. The first look is at once. */
    ReviewReminders(PlanController *plan, Notifier *notifier, QObject *parent = nullptr);

    /** Looks now and notifies what is new (the due reviews in one notification, the meeting in another). */
    void check();
    /** Tests set the time; an invalid one is the clock's. */
    void setNow(const QDateTime &now) { m_now = now; }

    /** The next meeting is told when it starts at most this many days after today (0: today, 1: tomorrow). */
    static constexpr int kMeetingDays = 1;

private:
    bool told(const QString &id, const QString &version) const;
    void tell(const QString &summary, const QString &body, const QList<std::pair<QString, QString>> &items);

    QPointer<PlanController> m_plan;
    Notifier *m_notifier;
    QDateTime m_now;
    QTimer m_timer;
    QSet<QString> m_pending; ///< "id=version" being shown: not sent twice while the desktop answers
};

} // namespace samen::app
