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
 * Joint meetings with the citizen (issue 13): the list (TeamView::meetings, newest first, each a
 * TeamWords::meeting map), planning one, recording it as held with notes, and "to talk about"
 * for the plan home (TeamView::toTalkAbout: {nextMeeting: map or empty, reviewsDue: [agreement
 * maps with "overdue"]}). After a held meeting with no planned one after it, `suggestion` says
 * when to meet next (TeamView::suggestedNextMeeting, 2 to 6 weeks): {meetingId (the held one),
 * date ("YYYY-MM-DD"), time ("HH:mm", local), text}; planSuggested() plans it in one step.
 * participantChoices: current members {id, name, roleText, fixed (the owner: always invited)};
 * agendaChoices: the plan's domains in priority order {key, label, preselected (top three)}.
 */
class MeetingController : public samen::app::PlanFeatureController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList meetings READ meetings NOTIFY changed)
    Q_PROPERTY(QVariantMap toTalkAbout READ toTalkAbout NOTIFY changed)
    Q_PROPERTY(QVariantMap suggestion READ suggestion NOTIFY changed)
    Q_PROPERTY(QVariantList participantChoices READ participantChoices NOTIFY changed)
    Q_PROPERTY(QVariantList agendaChoices READ agendaChoices NOTIFY changed)
    /** True when this member may plan and record meetings (the owner, or the current coordinator). */
    Q_PROPERTY(bool canPlan READ canPlan NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit MeetingController(QObject *parent = nullptr);

    QVariantList meetings() const { return m_meetings; }
    QVariantMap toTalkAbout() const { return m_talk; }
    QVariantMap suggestion() const { return m_suggestion; }
    QVariantList participantChoices() const { return m_participants; }
    QVariantList agendaChoices() const { return m_agenda; }
    bool canPlan() const;
    QString error() const { return m_error; }

    /** One meeting's map (see class); empty when unknown or not readable. */
    Q_INVOKABLE QVariantMap meeting(const QString &meetingId) const;
    /**
     * Plans a meeting. input: {title, date ("YYYY-MM-DD", local), time ("HH:mm", local), minutes,
     * place, videoLink, participantIds, agendaDomains, agendaPoints}. The owner is always added.
     * Returns the new meeting's id, or "" with `error` (nothing stored).
     */
    Q_INVOKABLE QString planMeeting(const QVariantMap &input);
    /** Plans the suggested next meeting: the last one's title, place, link and participants, the top three domains. */
    Q_INVOKABLE QString planSuggested();
    /** Records a planned meeting as held, with its notes. */
    Q_INVOKABLE bool record(const QString &meetingId, const QString &notes);
    Q_INVOKABLE bool cancel(const QString &meetingId);
    /** A sensible first date for a new meeting: the suggestion's, else two weeks from today ("YYYY-MM-DD"). */
    Q_INVOKABLE QString proposedDate() const;
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void changed();

private:
    void reload() override;
    bool done(const QString &id);

    QVariantList m_meetings;
    QVariantMap m_talk;
    QVariantMap m_suggestion;
    QVariantList m_participants;
    QVariantList m_agenda;
    QString m_error;
};

} // namespace samen::app
