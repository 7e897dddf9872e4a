#include "ui/displaytext.h"

#include "domain/statuswords.h"
#include "domain/texthygiene.h"

namespace samen::app {

DisplayText::DisplayText(QObject *parent)
    : QObject(parent)
{
}

QString DisplayText::isolate(const QString &text) const
{
    return TextHygiene::isolate(text);
}

QString DisplayText::goalStatus(const QString &status) const
{
    return statuswords::goal(status);
}

QString DisplayText::timelineKind(const QString &kind) const
{
    return statuswords::timeline(kind);
}

QString DisplayText::joinShown(const QStringList &parts) const
{
    QStringList shown;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            shown.append(part);
    }
    return shown.join(QStringLiteral(" · "));
}

} // namespace samen::app
