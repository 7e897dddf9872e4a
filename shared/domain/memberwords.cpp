#include "domain/memberwords.h"

#include <QCoreApplication>
#include <QHash>

namespace samen {

namespace {

const QHash<QString, const char *> &relationWords()
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("friend"), QT_TRANSLATE_NOOP("samen", "friend") },     { QStringLiteral("family"), QT_TRANSLATE_NOOP("samen", "family") },
        { QStringLiteral("partner"), QT_TRANSLATE_NOOP("samen", "partner") },   { QStringLiteral("neighbour"), QT_TRANSLATE_NOOP("samen", "neighbour") },
        { QStringLiteral("employer"), QT_TRANSLATE_NOOP("samen", "employer") }, { QStringLiteral("volunteer"), QT_TRANSLATE_NOOP("samen", "volunteer") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("samen", "other") },
    };
    return words;
}

/** The code among codes whose code or word (wordOf) is typed, case and surrounding spaces aside; "" when none is. */
QString codeOf(const QString &typed, const QStringList &codes, QString (*wordOf)(const QString &))
{
    const QString wanted = typed.trimmed();
    for (const QString &code : codes) {
        if (wanted.compare(code, Qt::CaseInsensitive) == 0 || wanted.compare(wordOf(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

QString wordsOf(const QStringList &codes, QString (*wordOf)(const QString &))
{
    QStringList words;
    for (const QString &code : codes)
        words << wordOf(code);
    return words.join(QStringLiteral(", "));
}

} // namespace

QStringList MemberWords::relationCodes()
{
    return { QStringLiteral("friend"),   QStringLiteral("family"),    QStringLiteral("partner"), QStringLiteral("neighbour"),
             QStringLiteral("employer"), QStringLiteral("volunteer"), QStringLiteral("other") };
}

QString MemberWords::relation(const QString &code)
{
    const char *word = relationWords().value(code);
    return word ? QCoreApplication::translate("samen", word) : QString();
}

QString MemberWords::relationLabel(const QString &code)
{
    QString word = relation(code);
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

QStringList MemberWords::kindCodes()
{
    return { QStringLiteral("network"), QStringLiteral("professional") };
}

QString MemberWords::kind(const QString &code)
{
    if (code == QLatin1String("network"))
        return QCoreApplication::translate("samen", "network", "the kind of a person in the plan, as typed: someone of the citizen's own network");
    if (code == QLatin1String("professional"))
        return QCoreApplication::translate("samen", "professional");
    return {};
}

Result<QString> MemberWords::relationCode(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QString();
    if (const QString code = codeOf(typed, relationCodes(), &MemberWords::relation); !code.isEmpty())
        return code;
    return Error {
        ErrorCode::Validation,
        QCoreApplication::translate("samen", "Say the relation with one of these words: %1.").arg(wordsOf(relationCodes(), &MemberWords::relation))
    };
}

Result<QString> MemberWords::kindCode(const QString &typed)
{
    if (const QString code = codeOf(typed, kindCodes(), &MemberWords::kind); !code.isEmpty())
        return code;
    return Error { ErrorCode::Validation,
                   QCoreApplication::translate("samen",
                                               "Say the kind of person with one of these words: %1 (someone close, such as family, a friend or a "
                                               "neighbour) or %2 (someone who helps for their work, such as a social worker).")
                       .arg(kind(QStringLiteral("network")), kind(QStringLiteral("professional"))) };
}

} // namespace samen
