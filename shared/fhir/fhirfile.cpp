#include "fhir/fhirfile.h"

#include "domain/texthygiene.h"

#include <QCoreApplication>
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

} // namespace samen
