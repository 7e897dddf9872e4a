#include "ui/data/fhircontroller.h"

#include "fhir/fhirexporter.h"
#include "fhir/fhirfile.h"
#include "fhir/fhirimporter.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"
#include "ui/plancontroller.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

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
    return finish(tr("Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.", nullptr, records)
                      .arg(QFileInfo(file.toLocalFile()).fileName()),
                  {});
}

bool FhirController::importFrom(const QUrl &file)
{
    if (!file.isLocalFile())
        return finish({}, tr("Choose a file on this device."));
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly))
        return finish({}, tr("That file could not be opened."));
    const auto bundle = FhirImporter::parse(in.readAll());
    if (!bundle)
        return finish({}, bundle.error().message);
    HlcClock probe(QStringLiteral("probe"));
    if (const auto read = FhirImporter::read(bundle.value(), probe); !read)
        return finish({}, read.error().message);
    if (m_plan)
        return finish({},
                      tr("This file holds a plan Samen can bring back, but this device already has your plan, and a device keeps one plan. "
                         "Bring it back on a device without a plan (with samen-cli import). Nothing was changed."));
    return finish({}, tr("Bring the plan back on a device without a plan (with samen-cli import). Nothing was changed."));
}

} // namespace samen::app
