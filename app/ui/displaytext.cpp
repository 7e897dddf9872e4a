#include "ui/displaytext.h"

#include "domain/statuswords.h"
#include "domain/texthygiene.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace samen::app {

DisplayText::DisplayText(QObject *parent)
    : QObject(parent)
{
}

QString DisplayText::isolate(const QString &text) const
{
    return TextHygiene::isolate(text);
}

QString DisplayText::breakable(const QString &address) const
{
    QString shown;
    shown.reserve(address.size() + address.size() / 4);
    for (qsizetype i = 0; i < address.size(); ++i) {
        shown.append(address.at(i));
        const bool join = address.at(i) == u'@' || address.at(i) == u'.';
        if (join && i + 1 < address.size())
            shown.append(QChar(0x200B));
    }
    return shown;
}

qreal DisplayText::widestWord(const QString &text, const QFont &font) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return std::ceil(widest) + 1;
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
