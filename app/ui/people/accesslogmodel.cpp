#include "ui/people/accesslogmodel.h"

#include "network/accesslogwords.h"
#include "network/networkclient.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "ui/people/peoplecontroller.h"
#include "ui/plancontroller.h"
#include "ui/syncstatus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace samen::app {

AccessLogModel::AccessLogModel(QObject *parent)
    : RowListModel({ QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("time"), QStringLiteral("text"), QStringLiteral("actorMemberId"),
                     QStringLiteral("description") },
                   parent)
{
}

AccessLogModel::~AccessLogModel() = default;

void AccessLogModel::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    m_page.reset();
    setRows({});
    Q_EMIT planChanged();
}

bool AccessLogModel::available() const
{
    return m_plan && m_plan->isOwner() && m_plan->sync() && m_plan->sync()->client();
}

void AccessLogModel::setMemberFilter(const QString &memberId)
{
    if (memberId == m_filter)
        return;
    m_filter = memberId;
    show();
    Q_EMIT memberFilterChanged();
}

QVariantList AccessLogModel::people() const
{
    QVariantList out;
    if (!m_plan || !m_plan->view())
        return out;
    for (const QJsonValue &v : m_plan->view()->members()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("citizen"))
            continue;
        out.append(QVariantMap { { QStringLiteral("memberId"), m.value(QStringLiteral("id")).toString() },
                                 { QStringLiteral("name"), m.value(QStringLiteral("name")).toString() } });
    }
    return out;
}

void AccessLogModel::reload()
{
    if (!available()) {
        m_error = tr("Connect your plan to a case service first. The service keeps a log of who looked at and changed your plan.");
        Q_EMIT stateChanged();
        return;
    }
    NetworkClient *client = PeopleController::networkFor(m_plan);
    m_loading = true;
    m_error.clear();
    Q_EMIT stateChanged();
    QPointer<AccessLogModel> guard(this);
    client->auditLog([guard](const Result<AuditLogPage> &page) {
        if (!guard)
            return;
        guard->m_loading = false;
        if (!page) {
            guard->m_error = page.error().message;
            Q_EMIT guard->stateChanged();
            return;
        }
        guard->m_page = std::make_unique<AuditLogPage>(page.value());
        guard->m_chain = AccessLogWords::chainSentence(page.value());
        guard->show();
    });
}

void AccessLogModel::show()
{
    QList<QVariantMap> rows;
    if (m_page && m_plan) {
        AccessLogWords words(m_plan->store(), m_plan->store().setting(QStringLiteral("planId")));
        words.setViewer(m_plan->store().setting(QStringLiteral("memberId"))); // the owner: their own routine is not news
        int n = 0;
        for (const AccessLogDay &day : words.days(m_page->entries, m_filter, m_plan->today())) {
            for (const AccessLogLine &line : day.lines) {
                rows.append({ { QStringLiteral("id"), QStringLiteral("%1-%2").arg(line.atMs).arg(n++) },
                              { QStringLiteral("day"), day.title },
                              { QStringLiteral("time"), line.time },
                              { QStringLiteral("text"), line.text },
                              { QStringLiteral("actorMemberId"), line.actorMemberId },
                              { QStringLiteral("description"), tr("%1, %2: %3", "day, time: what happened").arg(day.title, line.time, line.text) } });
            }
        }
    }
    setRows(rows);
    Q_EMIT stateChanged();
}

} // namespace samen::app
