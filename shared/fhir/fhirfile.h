#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace samen {

/** Reads a Bundle a person chose, within a size bound; writes an exported one: whole or not at all, readable by its owner only. */
class FhirFile
{
public:
    /** What to do when the file already exists. */
    enum class Existing {
        Refuse, ///< a command line: say so and write nothing (the person adds --replace)
        Replace, ///< a save dialog already asked the person
    };

    /**
     * Writes bundle as indented UTF-8 JSON to path through QSaveFile (a temporary file renamed
     * over the target at the end), with mode 0600 also when it replaces a file: the export holds
     * the whole plan unencrypted (docs/security.md, "Exports"). Errors: Conflict when path exists
     * and existing is Refuse (nothing written); Io when the folder is missing, not writable or
     * the disk is full (nothing written, an existing file unchanged). Messages in plain words.
     */
    static Status write(const QString &path, const QJsonObject &bundle, Existing existing);

    /**
     * The largest file read() takes: 64 MiB. A Samen export of a plan of 5,000 items is a few MiB; a file
     * larger than this is not one, and parsing it whole would take about twice its size in memory (review 3:
     * a 300 MB file took 612 MB).
     */
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    /**
     * The JSON object in the file at path, for FhirImporter::read. Errors, each in plain words and naming the
     * file: NotFound when it cannot be opened; Validation when it is larger than kMaxBytes (refused from its
     * size, before a byte is read) or is not one JSON object (FhirImporter::parse). Reads nothing else.
     */
    static Result<QJsonObject> read(const QString &path);
};

} // namespace samen
