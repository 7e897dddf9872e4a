#include "ui/displaytext.h"

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

} // namespace samen::app
