#include "domain/namesearch.h"

namespace samen::namesearch {

QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // Marks go (accents ignored), and so does what cannot be seen (R4-17): zero-width characters, the soft
        // hyphen, bidi marks (Unicode category Cf), so a pasted name finds the typed one and the reverse.
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Other_Format)
            out.append(c.toCaseFolded());
    }
    return out.simplified();
}

bool contains(const QString &name, const QString &wanted)
{
    return folded(name).contains(folded(wanted));
}

} // namespace samen::namesearch
