#include "fhir/fhirfile.h"

#include "domain/texthygiene.h"
#include "fhir/fhirimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace samen {

Status FhirFile::write(const QString &path, const QJsonObject &bundle, Existing existing)
{
    const QString shown = TextHygiene::isolate(path);
    if (existing == Existing::Refuse && QFileInfo::exists(path))
        return Status::fail(
            ErrorCode::Conflict,
            QCoreApplication::translate("samen", "There is already a file %1. Choose another name, or add --replace to write over it.").arg(shown));
    QSaveFile out(path);
    // QSaveFile writes a temporary file and renames it: the mode set on the open file is the mode of the result.
    const bool written = out.open(QIODevice::WriteOnly) && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented)) >= 0 && out.commit();
    if (!written)
        return Status::fail(
            ErrorCode::Io,
            QCoreApplication::translate("samen", "Could not write the export to %1. Check that the folder exists and that there is room on the disk.")
                .arg(shown));
    return {};
}

Result<QJsonObject> FhirFile::read(const QString &path)
{
    const QString shown = TextHygiene::isolate(path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error { ErrorCode::NotFound,
                       QCoreApplication::translate("samen", "Could not open %1. Check the name of the file, or choose another file.").arg(shown) };
    if (in.size() > kMaxBytes) {
        const QString why = QCoreApplication::translate("samen",
                                                        "It is %1 MB, and a plan file from Samen is at most %2 MB. Choose the file Samen saved "
                                                        "when you took your plan with you.")
                                .arg((in.size() + 1024 * 1024 - 1) / (1024 * 1024))
                                .arg(kMaxBytes / (1024 * 1024));
        return Error { ErrorCode::Validation, QCoreApplication::translate("samen", "Samen cannot import this file. %1 Nothing was imported.").arg(why) };
    }
    return FhirImporter::parse(in.readAll());
}

} // namespace samen
