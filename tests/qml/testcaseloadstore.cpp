#include "testcaseloadstore.h"

#include "testcaseload.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace {
samen::app::Session *g_session = nullptr;
std::unique_ptr<QTemporaryDir> g_dir;
TestCaseloadSource *g_source = nullptr; ///< owned by the session's CaseloadController
std::unique_ptr<samen::app::Session> g_welcome; ///< welcomeSession(); before g_welcomeDir goes
std::unique_ptr<QTemporaryDir> g_welcomeDir;
} // namespace

void TestCaseloadStore::setSession(samen::app::Session *session)
{
    g_session = session;
    g_source = nullptr;
    if (!session) {
        g_dir.reset();
        g_welcome.reset();
        g_welcomeDir.reset();
    }
}

QObject *TestCaseloadStore::welcomeSession()
{
    g_welcome.reset();
    g_welcomeDir = std::make_unique<QTemporaryDir>();
    g_welcome = std::make_unique<samen::app::Session>(g_welcomeDir->path(), false);
    if (g_session)
        g_welcome->setLanguage(g_session->language());
    QJSEngine::setObjectOwnership(g_welcome.get(), QJSEngine::CppOwnership);
    return g_welcome.get();
}

QStringList TestCaseloadStore::showCaseload(const QVariantList &plans)
{
    if (!g_session)
        return {};
    g_dir = std::make_unique<QTemporaryDir>();
    auto source = std::make_unique<TestCaseloadSource>(g_dir->path());
    QStringList ids;
    for (const QVariant &entry : plans) {
        // A row as device.db keeps it (domain keys, steps with dates), worded by the app as on a professional's device.
        const QVariantMap plan = entry.toMap();
        const QVariantMap grants = plan.value(QStringLiteral("grants")).toMap();
        QJsonArray domains;
        for (auto it = grants.cbegin(); it != grants.cend(); ++it)
            domains.append(QJsonObject { { QStringLiteral("key"), it.key() }, { QStringLiteral("access"), it.value().toString() } });
        QJsonArray steps;
        const int overdue = plan.value(QStringLiteral("stepsOverdue")).toInt();
        for (int i = 0; i < plan.value(QStringLiteral("stepsAssigned")).toInt(); ++i)
            steps.append(QJsonObject { { QStringLiteral("title"), QStringLiteral("Step %1").arg(i + 1) },
                                       { QStringLiteral("due"), i < overdue ? QDate::currentDate().addDays(-2).toString(Qt::ISODate) : QString() } });
        QJsonObject row { { QStringLiteral("citizen"), plan.value(QStringLiteral("name")).toString() },
                          { QStringLiteral("role"), plan.value(QStringLiteral("role")).toString() },
                          { QStringLiteral("domains"), domains },
                          { QStringLiteral("attention"), plan.value(QStringLiteral("attention")).toInt() },
                          { QStringLiteral("agreementsDue"), plan.value(QStringLiteral("agreementsDue")).toInt() },
                          { QStringLiteral("stepsForMe"), steps },
                          { QStringLiteral("joined"), plan.value(QStringLiteral("joined")).toString() },
                          { QStringLiteral("refused"), plan.value(QStringLiteral("refused")).toInt() },
                          { QStringLiteral("lastChange"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate) } };
        if (plan.contains(QStringLiteral("meetingInDays")))
            row.insert(QStringLiteral("nextMeeting"),
                       QJsonObject { { QStringLiteral("at"),
                                       QDateTime::currentDateTimeUtc().addDays(plan.value(QStringLiteral("meetingInDays")).toInt()).toString(Qt::ISODate) } });
        const QString id = source->addPlan(row, grants);
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

void TestCaseloadStore::showRevoked(int oldNotices, const QString &newest)
{
    if (!g_source || !g_session || !g_session->caseload())
        return;
    QStringList notices;
    for (int i = 1; i <= oldNotices; ++i)
        notices << QStringLiteral("Old notice %1: a plan left this device.").arg(i);
    notices << newest;
    g_source->setRevoked(true, notices);
    g_session->caseload()->refresh();
}

void TestCaseloadStore::showOffline(int minutesAgo)
{
    if (!g_source || !g_session || !g_session->caseload())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (minutesAgo < 0)
        g_source->setOffline(0, now);
    else
        g_source->setOffline(now - qint64(minutesAgo) * 60000, now - qint64(minutesAgo + 5) * 60000);
    g_session->caseload()->refresh();
}

int TestCaseloadStore::roundsAsked() const
{
    return g_source ? g_source->roundsAsked() : -1;
}

QString TestCaseloadStore::shotDir() const
{
    return qEnvironmentVariable("SAMEN_CASELOAD_SHOTS");
}

int TestCaseloadStore::storesOpened() const
{
    return g_source ? g_source->opened() : -1;
}
