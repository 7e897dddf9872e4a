#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * A desktop notification when agreements come due to be looked back on (TeamView::toTalkAbout's
 * reviewsDue), where the platform has one: org.freedesktop.Notifications on the D-Bus session
 * bus (Linux desktops). Each agreement is announced once per evaluation date; which ones were
 * announced is kept in the plan's store (setting "notify.reviews"), so a restart does not repeat
 * them (remembered only once the notification service answered). The notification holds no plan content (it may show on a locked screen): only how many
 * agreements wait, and that the plan says which. Without a session bus or notification service
 * it does nothing (and remembers nothing). Checks when the plan changes (an edit, a sync round).
 */
class ReviewNotifier : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
public:
    explicit ReviewNotifier(QObject *parent = nullptr);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    /** The D-Bus connection to use by name (tests: a private bus); empty: the session bus. */
    void setConnectionName(const QString &name) { m_connection = name; }

    /** "agreementId@evaluationDate" for each review due now that was not announced yet. */
    QStringList unannounced() const;
    /** The notification's text for `count` agreements (no plan content). */
    static QString body(int count);
    /** Announces what is unannounced (one notification); true when one was sent (remembered when the desktop answers). */
    bool check();

Q_SIGNALS:
    void planChanged();
    /** The desktop showed a notification (its service answered). */
    void shown();
    /** The desktop did not answer the notification (no service): nothing is remembered. */
    void notShown();

private:
    void onShown();
    void onNotShown();

    QPointer<PlanController> m_plan;
    QString m_connection;
    QStringList m_pending; ///< sent, waiting for the desktop's answer
};

} // namespace samen::app
