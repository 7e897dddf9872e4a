#include "domain/statuswords.h"

#include "domain/texthygiene.h"

#include <QCoreApplication>
#include <QHash>

namespace samen::statuswords {

namespace {
QString lookup(const QHash<QString, const char *> &words, const QString &value)
{
    const char *text = words.value(value);
    return text ? QCoreApplication::translate("samen", text) : value;
}
} // namespace

QString goal(const QString &status)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("open"), QT_TRANSLATE_NOOP("samen", "Not started") },
        { QStringLiteral("in-progress"), QT_TRANSLATE_NOOP("samen", "Busy with it") },
        { QStringLiteral("done"), QT_TRANSLATE_NOOP("samen", "Done") },
        { QStringLiteral("paused"), QT_TRANSLATE_NOOP("samen", "On hold") },
    };
    return lookup(words, status);
}

QString timeline(const QString &kind)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("plan-created"), QT_TRANSLATE_NOOP("samen", "Plan started") },
        { QStringLiteral("step-done"), QT_TRANSLATE_NOOP("samen", "Step done") },
        { QStringLiteral("step-reopened"), QT_TRANSLATE_NOOP("samen", "Step not done after all") },
        { QStringLiteral("goal-done"), QT_TRANSLATE_NOOP("samen", "Goal reached") },
        { QStringLiteral("assessment"), QT_TRANSLATE_NOOP("samen", "Rated a life domain") },
        { QStringLiteral("member-added"), QT_TRANSLATE_NOOP("samen", "Someone joined") },
        { QStringLiteral("coordinator-handover"), QT_TRANSLATE_NOOP("samen", "New coordinator") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("samen", "Note") },
        { QStringLiteral("restored"), QT_TRANSLATE_NOOP("samen", "Earlier text brought back") },
        { QStringLiteral("meeting-planned"), QT_TRANSLATE_NOOP("samen", "Meeting planned") },
        { QStringLiteral("meeting-held"), QT_TRANSLATE_NOOP("samen", "Meeting held") },
        { QStringLiteral("agreement-made"), QT_TRANSLATE_NOOP("samen", "Agreement made") },
        { QStringLiteral("agreement-evaluated"), QT_TRANSLATE_NOOP("samen", "Agreement evaluated") },
    };
    return lookup(words, kind);
}

QString timelineTitle(const QString &kind, const QString &name)
{
    if (kind == QLatin1String("coordinator-handover") && !name.isEmpty())
        return QCoreApplication::translate("samen", "New coordinator: %1").arg(TextHygiene::isolate(name));
    return timeline(kind);
}

QString meeting(const QString &status)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("planned"), QT_TRANSLATE_NOOP("samen", "planned") },
        { QStringLiteral("held"), QT_TRANSLATE_NOOP("samen", "held") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("samen", "cancelled") },
    };
    return lookup(words, status);
}

QString agreement(const QString &status)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("open"), QT_TRANSLATE_NOOP("samen", "open") },
        { QStringLiteral("done"), QT_TRANSLATE_NOOP("samen", "done") },
        { QStringLiteral("dropped"), QT_TRANSLATE_NOOP("samen", "dropped") },
    };
    return lookup(words, status);
}

QString member(const QString &kind)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("citizen"), QT_TRANSLATE_NOOP("samen", "owner of the plan") },
        { QStringLiteral("network"), QT_TRANSLATE_NOOP("samen", "own network") },
        { QStringLiteral("professional"), QT_TRANSLATE_NOOP("samen", "professional") },
    };
    return lookup(words, kind);
}

QString ring(const QString &ring)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("inner"), QT_TRANSLATE_NOOP("samen", "Family and friends") },
        { QStringLiteral("middle"), QT_TRANSLATE_NOOP("samen", "Work, neighbours and volunteers") },
        { QStringLiteral("outer"), QT_TRANSLATE_NOOP("samen", "Professionals") },
    };
    return lookup(words, ring);
}

QString access(const QString &access)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("read"), QT_TRANSLATE_NOOP("samen", "may see") },
        { QStringLiteral("write"), QT_TRANSLATE_NOOP("samen", "may see and change") },
        { QStringLiteral("none"), QT_TRANSLATE_NOOP("samen", "may not see") },
    };
    return lookup(words, access);
}

QString invitation(const QString &status)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("pending"), QT_TRANSLATE_NOOP("samen", "not used yet") },
        { QStringLiteral("accepted"), QT_TRANSLATE_NOOP("samen", "accepted") },
        { QStringLiteral("expired"), QT_TRANSLATE_NOOP("samen", "expired") },
        { QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("samen", "withdrawn") },
    };
    return lookup(words, status);
}

} // namespace samen::statuswords
