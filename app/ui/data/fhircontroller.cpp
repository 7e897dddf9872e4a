#include "ui/data/fhircontroller.h"

#include "fhir/fhirexporter.h"
#include "fhir/fhirfile.h"
#include "store/accesslogcopy.h"
#include "store/planstore.h"
#include "ui/plancontroller.h"

#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

namespace samen::app {

namespace {

QString &defaultShareFolder()
{
    static QString folder;
    return folder;
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

FhirController::FhirController(QObject *parent)
    : QObject(parent)
    , m_shareFolder(defaultShareFolder().isEmpty() ? documentsFolder() : defaultShareFolder())
{
}

void FhirController::setShareFolder(const QString &folder)
{
    if (m_shareFolder == folder)
        return;
    m_shareFolder = folder;
    Q_EMIT changed();
}

void FhirController::setDefaultShareFolder(const QString &folder)
{
    defaultShareFolder() = folder;
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

Result<QJsonObject> FhirController::bundle() const
{
    if (!m_plan)
        return Result<QJsonObject>::fail(ErrorCode::NotFound, tr("Open your plan first."));
    return FhirExporter::exportPlan(m_plan->store(), m_plan->planId(), QDateTime::currentDateTimeUtc());
}

QString FhirController::accessLogNote() const
{
    // The access log is the service's: the file holds the copy this device fetched last (the Access log page fetches it).
    if (m_plan->store().setting(QStringLiteral("sync.service")).isEmpty())
        return {};
    const AccessLogCopy log = AccessLogCopy::read(m_plan->store());
    return log.fetchedAt.isEmpty() ? tr("The access log is not in it: this device has not fetched it yet. Open the access log once, then save again.")
                                   : tr("The access log in it is the copy this device fetched on %1.")
                                         .arg(QLocale().toString(QDateTime::fromString(log.fetchedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat));
}

bool FhirController::exportTo(const QUrl &file)
{
    if (!m_plan)
        return finish({}, tr("Open your plan first."));
    if (!file.isLocalFile())
        return finish({}, tr("Choose a place on this device to save the file."));
    const auto made = bundle();
    if (!made)
        return finish({}, made.error().message);
    // The save dialog asked before replacing a file; the file is readable by its owner only (FhirFile).
    if (!FhirFile::write(file.toLocalFile(), made.value(), FhirFile::Existing::Replace))
        return finish({}, tr("The file could not be saved there. Choose another place, or make room on the disk."));
    const int records = int(made.value().value(QStringLiteral("entry")).toArray().size());
    QString status = tr("Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.", nullptr, records)
                         .arg(QFileInfo(file.toLocalFile()).fileName());
    if (const QString note = accessLogNote(); !note.isEmpty())
        status += QLatin1Char(' ') + note;
    return finish(status, {});
}

bool FhirController::sendOn()
{
    if (!m_plan)
        return finish({}, tr("Open your plan first."));
    const auto made = bundle();
    if (!made)
        return finish({}, made.error().message);
    const QDir folder(m_shareFolder);
    if (m_shareFolder.isEmpty() || !QDir().mkpath(m_shareFolder))
        return finish({}, tr("There is no folder on this device to put the file in. Use \"Save my plan as a file\" and choose a place."));
    // A new file each time, never over one saved before (it may be an older copy the person keeps).
    const QString base = QFileInfo(suggestedName()).completeBaseName();
    QString path;
    Status written = Status::fail(ErrorCode::Conflict, QString());
    for (int n = 1; n <= 99 && !written && written.error().code == ErrorCode::Conflict; ++n) {
        path = folder.absoluteFilePath(n == 1 ? suggestedName() : QStringLiteral("%1-%2.json").arg(base).arg(n));
        written = FhirFile::write(path, made.value(), FhirFile::Existing::Refuse);
    }
    if (!written)
        return finish({},
                      tr("The file could not be saved in %1. Make room on the disk, or use \"Save my plan as a file\" and choose another place.")
                          .arg(QDir::toNativeSeparators(folder.absolutePath())));
    QString status = tr("Your whole plan is saved as %1 in the folder %2.").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(folder.absolutePath()));
    // Qt 6.4 has no share sheet on Linux: the folder opens in the device's file manager, which hands the file on.
    status += QLatin1Char(' ')
        + (QDesktopServices::openUrl(QUrl::fromLocalFile(folder.absolutePath()))
               ? tr("The folder is open now: from there, send the file with the app you choose, such as your e-mail.")
               : tr("Samen could not open that folder on this device. Open it yourself to send the file with another app."));
    status += QLatin1Char(' ') + tr("Keep the file safe: it holds everything of your plan. Delete it once you have sent it.");
    if (const QString note = accessLogNote(); !note.isEmpty())
        status += QLatin1Char(' ') + note;
    return finish(status, {});
}

} // namespace samen::app
