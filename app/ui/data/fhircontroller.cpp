#include "ui/data/fhircontroller.h"

#include "fhir/fhirexporter.h"
#include "fhir/fhirfile.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "ui/plancontroller.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace samen::app {

FhirController::FhirController(QObject *parent)
    : QObject(parent)
{
}

void FhirController::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    m_plan = plan;
    Q_EMIT planChanged();
}

QString FhirController::suggestedName() const
{
    return QStringLiteral("samen-plan-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
}

void FhirController::clear()
{
    finish({}, {});
}

bool FhirController::finish(const QString &status, const QString &error)
{
    m_status = status;
    m_error = error;
    Q_EMIT changed();
    return error.isEmpty();
}

bool FhirController::exportTo(const QUrl &file)
{
    if (!m_plan)
        return finish({}, tr("Open your plan first."));
    if (!file.isLocalFile())
        return finish({}, tr("Choose a place on this device to save the file."));
    const auto bundle = FhirExporter::exportPlan(m_plan->store(), m_plan->planId(), QDateTime::currentDateTimeUtc());
    if (!bundle)
        return finish({}, bundle.error().message);
    // The save dialog asked before replacing a file; the file is readable by its owner only (FhirFile).
    if (!FhirFile::write(file.toLocalFile(), bundle.value(), FhirFile::Existing::Replace))
        return finish({}, tr("The file could not be saved there. Choose another place, or make room on the disk."));
    const int records = int(bundle.value().value(QStringLiteral("entry")).toArray().size());
    QString status = tr("Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.", nullptr, records)
                         .arg(QFileInfo(file.toLocalFile()).fileName());
    // The access log is the service's: the file holds the copy this device fetched last (the Access log page fetches it).
    if (!m_plan->store().setting(QStringLiteral("sync.service")).isEmpty()) {
        const AccessLogCopy log = AccessLogCopy::read(m_plan->store());
        status += QLatin1Char(' ')
            + (log.fetchedAt.isEmpty()
                   ? tr("The access log is not in it: this device has not fetched it yet. Open the access log once, then save again.")
                   : tr("The access log in it is the copy this device fetched on %1.")
                         .arg(QLocale().toString(QDateTime::fromString(log.fetchedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat)));
    }
    return finish(status, {});
}

} // namespace samen::app
