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
 * Agreements made in meetings (issue 13): the list (TeamView::agreements, each a
 * TeamWords::agreement map), filtered to one life domain (`domainKey`, the domain page) or one
 * meeting (`meetingId`) when set; adding one and evaluating one. whoChoices: current members
 * {id, name}; domainChoices: the domains this member may read, in priority order {key, label}.
 * Dates are typed as people write them ("31-12-2026" or "2026-12-31"; PlanController::parseDate).
 */
class AgreementController : public samen::app::PlanFeatureController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString domainKey READ domainKey WRITE setDomainKey NOTIFY planChanged)
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY planChanged)
    Q_PROPERTY(QVariantList agreements READ agreements NOTIFY changed)
    Q_PROPERTY(QVariantList whoChoices READ whoChoices NOTIFY changed)
    Q_PROPERTY(QVariantList domainChoices READ domainChoices NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit AgreementController(QObject *parent = nullptr);

    QString domainKey() const { return m_domainKey; }
    void setDomainKey(const QString &key);
    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &id);
    QVariantList agreements() const { return m_agreements; }
    QVariantList whoChoices() const { return m_who; }
    QVariantList domainChoices() const { return m_domains; }
    QString error() const { return m_error; }

    /**
     * Adds an agreement. input: {meetingId, what, whoId, by, domainKey, evaluationDate} (dates as
     * typed). Returns its id, or "" with `error` (nothing stored).
     */
    Q_INVOKABLE QString add(const QVariantMap &input);
    /**
     * Looks back on an agreement: status "done", "dropped" or "open", what was said, for "open" the next date (as typed,
     * may be ""), and whoId: who takes it on from now ("" unchanged; the next step when the one it named no longer helps).
     */
    Q_INVOKABLE bool evaluate(const QString &agreementId, const QString &status, const QString &evaluation, const QString &nextDate,
                              const QString &whoId = QString());
    /** One agreement's map; empty when unknown. */
    Q_INVOKABLE QVariantMap agreement(const QString &agreementId) const;
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void changed();

private:
    void reload() override;
    bool fail(const QString &message);

    QString m_domainKey;
    QString m_meetingId;
    QVariantList m_agreements;
    QVariantList m_all;
    QVariantList m_who;
    QVariantList m_domains;
    QString m_error;
};

} // namespace samen::app
