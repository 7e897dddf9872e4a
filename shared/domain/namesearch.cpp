#include "domain/namesearch.h"

namespace samen::namesearch {

QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

bool contains(const QString &name, const QString &wanted)
{
    return folded(name).contains(folded(wanted.trimmed()));
}

} // namespace samen::namesearch
