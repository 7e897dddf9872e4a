#include "ui/team/agreementcontroller.h"

#include "domain/planeditor.h"
#include "models/planmodels.h"
#include "store/planview.h"
#include "store/teamview.h"
#include "ui/plancontroller.h"
#include "ui/team/teamwords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace samen::app {

AgreementController::AgreementController(QObject *parent)
    : PlanFeatureController(parent)
{
}

void AgreementController::setDomainKey(const QString &key)
{
    if (key == m_domainKey)
        return;
    m_domainKey = key;
    Q_EMIT planChanged();
    reload();
}

void AgreementController::setMeetingId(const QString &id)
{
    if (id == m_meetingId)
        return;
    m_meetingId = id;
    Q_EMIT planChanged();
    reload();
}

void AgreementController::reload()
{
    m_agreements.clear();
    m_all.clear();
    m_who.clear();
    m_domains.clear();
    if (m_plan && m_plan->view() && m_plan->hasAccess()) {
        for (const QJsonValue &v : TeamView(m_plan->store(), m_plan->planId()).agreements()) {
            const QVariantMap row = TeamWords::agreement(v.toObject());
            m_all.append(row);
            if ((m_domainKey.isEmpty() || row.value(QStringLiteral("domainKey")).toString() == m_domainKey)
                && (m_meetingId.isEmpty() || row.value(QStringLiteral("meetingId")).toString() == m_meetingId))
                m_agreements.append(row);
        }
        for (const QJsonValue &v : m_plan->view()->members()) {
            const QJsonObject m = v.toObject();
            if (PlanView::isCurrentMember(m, m_plan->today()))
                m_who.append(QVariantMap { { QStringLiteral("id"), m.value(QStringLiteral("id")).toString() },
                                           { QStringLiteral("name"), m.value(QStringLiteral("name")).toString() } });
        }
        const QVariantMap access = m_plan->domainAccess();
        for (int i = 0; i < m_plan->domains()->rowCount(); ++i) {
            const QVariantMap d = m_plan->domains()->get(i);
            if (access.contains(d.value(QStringLiteral("key")).toString()))
                m_domains.append(
                    QVariantMap { { QStringLiteral("key"), d.value(QStringLiteral("key")) }, { QStringLiteral("label"), d.value(QStringLiteral("label")) } });
        }
    }
    Q_EMIT changed();
}

bool AgreementController::fail(const QString &message)
{
    m_error = message;
    Q_EMIT changed();
    return false;
}

QString AgreementController::add(const QVariantMap &input)
{
    if (!m_plan)
        return {};
    const auto by = PlanController::parseDate(input.value(QStringLiteral("by")).toString());
    const auto evaluation = PlanController::parseDate(input.value(QStringLiteral("evaluationDate")).toString());
    if (!by || !evaluation) {
        fail((!by ? by.error() : evaluation.error()).message);
        return {};
    }
    AgreementInput agreement;
    agreement.meetingId = input.value(QStringLiteral("meetingId")).toString();
    agreement.what = input.value(QStringLiteral("what")).toString().trimmed();
    agreement.whoId = input.value(QStringLiteral("whoId")).toString();
    agreement.by = by.value();
    agreement.domainKey = input.value(QStringLiteral("domainKey")).toString();
    agreement.evaluationDate = evaluation.value();
    const QString id = m_plan->applyEdit(m_plan->editor().addAgreement(agreement));
    if (id.isEmpty()) {
        fail(m_plan->lastError());
        m_plan->clearError();
        return {};
    }
    clearError();
    return id;
}

bool AgreementController::evaluate(const QString &agreementId, const QString &status, const QString &evaluation, const QString &nextDate, const QString &whoId)
{
    if (!m_plan)
        return false;
    const auto next = PlanController::parseDate(nextDate);
    if (!next)
        return fail(next.error().message);
    if (m_plan->applyEdit(m_plan->editor().evaluateAgreement(agreementId, status, evaluation, next.value(), whoId)).isEmpty()) {
        fail(m_plan->lastError());
        m_plan->clearError();
        return false;
    }
    clearError();
    return true;
}

QVariantMap AgreementController::agreement(const QString &agreementId) const
{
    for (const QVariant &a : m_all)
        if (a.toMap().value(QStringLiteral("id")).toString() == agreementId)
            return a.toMap();
    return {};
}

void AgreementController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT changed();
}

} // namespace samen::app
