#include "testcaseloadstore.h"

#include "testcaseload.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/session.h"

#include <QTemporaryDir>

#include <memory>

namespace {
samen::app::Session *g_session = nullptr;
std::unique_ptr<QTemporaryDir> g_dir;
TestCaseloadSource *g_source = nullptr; ///< owned by the session's CaseloadController
} // namespace

void TestCaseloadStore::setSession(samen::app::Session *session)
{
    g_session = session;
    g_source = nullptr;
    if (!session)
        g_dir.reset();
}

QStringList TestCaseloadStore::showCaseload(const QVariantList &plans)
{
    if (!g_session)
        return {};
    g_dir = std::make_unique<QTemporaryDir>();
    auto source = std::make_unique<TestCaseloadSource>(g_dir->path());
    QStringList ids;
    for (const QVariant &entry : plans) {
        const QVariantMap plan = entry.toMap();
        samen::app::CaseloadItem row;
        row.citizenName = plan.value(QStringLiteral("name")).toString();
        row.role = plan.value(QStringLiteral("role")).toString();
        row.domains = plan.value(QStringLiteral("domains")).toStringList();
        row.attention = plan.value(QStringLiteral("attention")).toInt();
        row.agreementsDue = plan.value(QStringLiteral("agreementsDue")).toInt();
        row.stepsAssigned = plan.value(QStringLiteral("stepsAssigned")).toInt();
        if (plan.contains(QStringLiteral("meetingInDays")))
            row.nextMeeting = QDateTime::currentDateTimeUtc().addDays(plan.value(QStringLiteral("meetingInDays")).toInt());
        row.lastChange = QDateTime::currentDateTimeUtc().addDays(-1);
        const QString id = source->addPlan(row, plan.value(QStringLiteral("grants")).toMap());
        if (id.isEmpty())
            return {};
        ids.append(id);
    }
    g_source = source.get();
    g_session->showCaseload(std::move(source));
    return ids;
}

bool TestCaseloadStore::removePlan(const QString &planId)
{
    if (!g_source || !g_session || !g_session->caseload() || !g_source->removePlan(planId))
        return false;
    g_session->caseload()->refresh();
    return true;
}

QString TestCaseloadStore::shotDir() const
{
    return qEnvironmentVariable("SAMEN_CASELOAD_SHOTS");
}

int TestCaseloadStore::storesOpened() const
{
    return g_source ? g_source->opened() : -1;
}
