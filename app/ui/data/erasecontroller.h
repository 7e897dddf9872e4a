#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * Erasing the plan from the "My data" page (issue 15; docs/security.md, "Erasing a plan").
 * The page asks twice in plain words (`firstQuestion`/`explanation`, then `secondQuestion`)
 * and offers the export first; erase() then erases the plan at the service when this is the
 * owner's connected device (PlanErasure: a signed one-time proof), and on this device
 * (Session::eraseHere: files and key; the app is at its first-run page, with a notice that
 * says what happened where). When the service cannot be reached nothing is erased: `error`
 * says so and `canEraseHereOnly` offers eraseHereOnly() (the plan stays at the service).
 * On a member's connected device erasing leaves the plan at the service first (PlanErasure::leaveAtService:
 * the owner sees that they left, their access ends), then erases the copy here; `copyAdvice` is the owner's.
 */
class EraseController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(samen::app::PlanController *plan READ plan WRITE setPlan NOTIFY planChanged)
    /** True when erasing also erases the plan at the service (the owner's device, connected). */
    Q_PROPERTY(bool erasesAtService READ erasesAtService NOTIFY planChanged)
    Q_PROPERTY(QString firstQuestion READ firstQuestion NOTIFY planChanged)
    /** What erasing does here, in plain words (at the service too? what members see? what stays?). */
    Q_PROPERTY(QString explanation READ explanation NOTIFY planChanged)
    Q_PROPERTY(QString secondQuestion READ secondQuestion NOTIFY planChanged)
    /** The advice to save a copy first: the owner's (their plan); "" on a member's device (their way back is a new invitation). */
    Q_PROPERTY(QString copyAdvice READ copyAdvice NOTIFY planChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool canEraseHereOnly READ canEraseHereOnly NOTIFY changed)
public:
    explicit EraseController(QObject *parent = nullptr);

    PlanController *plan() const { return m_plan; }
    void setPlan(PlanController *plan);
    bool erasesAtService() const;
    /** True when erasing leaves the plan at the service first (a member's connected device). */
    bool leavesAtService() const;
    QString firstQuestion() const;
    QString explanation() const;
    QString secondQuestion() const;
    QString copyAdvice() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool canEraseHereOnly() const { return m_canEraseHereOnly; }

    /** Erases the plan at the service (when erasesAtService) and then on this device. */
    Q_INVOKABLE void erase();
    /** After the service could not be reached: erases only this device's copy. */
    Q_INVOKABLE void eraseHereOnly();

Q_SIGNALS:
    void planChanged();
    void changed();

private:
    /** A member's erase: leaves the plan at the service, then erases the copy here; nothing is erased when leaving fails. */
    void leave();
    void eraseHere(const QString &notice);
    void fail(const QString &message, bool hereOnly);

    QPointer<PlanController> m_plan;
    bool m_busy = false;
    QString m_error;
    bool m_canEraseHereOnly = false;
};

} // namespace samen::app
