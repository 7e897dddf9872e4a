#pragma once

#include "ui/planfeaturecontroller.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

Q_MOC_INCLUDE("ui/plancontroller.h")

namespace samen::app {

class PlanController;

/**
 * Everyone who helps, in one view (TeamView::professionals, issue 13), and the coordinator
 * handover. `coordinator`, `professionals` (current, coordinator excluded) and `former` are
 * TeamWords::person maps; `history` items: {memberId, name, note, periodText}, newest first.
 * `compact` is true from four professionals on (the coordinator counted when a professional):
 * the page then shows each other professional as one line. `candidates` are the people who may
 * coordinate (never someone the service lists as waiting to be let in): the owner first ("I do it myself"), then the network, then professionals, each
 * {id, name, roleText, group ("self"|"network"|"professional"), current: bool}.
 * handOver() is the owner's: setCoordinator with a note, a plain `notice` after it.
 */
class TeamController : public samen::app::PlanFeatureController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap coordinator READ coordinator NOTIFY changed)
    Q_PROPERTY(QVariantList professionals READ professionals NOTIFY changed)
    Q_PROPERTY(QVariantList former READ former NOTIFY changed)
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY changed)
    Q_PROPERTY(bool compact READ compact NOTIFY changed)
    /** True when this device's member may hand the coordination over (the owner). */
    Q_PROPERTY(bool canHandOver READ canHandOver NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
public:
    explicit TeamController(QObject *parent = nullptr);

    QVariantMap coordinator() const { return m_coordinator; }
    QVariantList professionals() const { return m_professionals; }
    QVariantList former() const { return m_former; }
    QVariantList history() const { return m_history; }
    QVariantList candidates() const { return m_candidates; }
    bool compact() const;
    bool canHandOver() const;
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }

    /** The question before handing over to memberId, in plain words; "" for nobody. */
    Q_INVOKABLE QString handoverQuestion(const QString &memberId) const;
    /** What the handover means, in plain words (who keeps an eye on the plan, who sees the note). */
    Q_INVOKABLE QString handoverExplanation(const QString &memberId) const;
    /** Hands the coordination to memberId with a note (warm handover). False with `error` on bad input. */
    Q_INVOKABLE bool handOver(const QString &memberId, const QString &note);
    Q_INVOKABLE void clearMessages();

Q_SIGNALS:
    void changed();

private:
    void reload() override;
    /** Who may coordinate (`candidates`): current members, none of those the service lists as waiting to be let in. */
    void buildCandidates();
    /** On the owner's connected device: asks the service who waits to be let in, then builds the candidates again. */
    void askWhoWaits();
    QString nameOf(const QString &memberId) const;

    QVariantMap m_coordinator;
    QVariantList m_professionals;
    QVariantList m_former;
    QVariantList m_history;
    QVariantList m_candidates;
    QStringList m_waiting; ///< member ids the service lists as not let in (waiting or declined), sorted
    bool m_asking = false;
    bool m_asked = false;
    QString m_waitingPlan; ///< the plan m_waiting was asked for
    QString m_error;
    QString m_notice;
};

} // namespace samen::app
