#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace samen {

/** Writes an exported Bundle to the file a person chose: whole or not at all, readable by its owner only. */
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
};

} // namespace samen
