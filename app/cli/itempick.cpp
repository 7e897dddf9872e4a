#include "cli/itempick.h"

#include "domain/texthygiene.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A title as compared when a person types it: without invisible characters, NFC, case folded. */
QString folded(const QString &text)
{
    return TextHygiene::withoutInvisible(text).normalized(QString::NormalizationForm_C).toCaseFolded().trimmed();
}

} // namespace

Result<QJsonObject> pickByTitle(const QList<QJsonObject> &items, const QString &typed, const char *noneMessage)
{
    const QString wanted = folded(typed);
    QList<QJsonObject> same, starting;
    for (const QJsonObject &o : items) {
        if (str(o, "id") == typed.trimmed())
            return o;
        if (TextHygiene::sameName(str(o, "title"), typed))
            same.append(o);
        else if (!wanted.isEmpty() && folded(str(o, "title")).startsWith(wanted))
            starting.append(o);
    }
    const QList<QJsonObject> &found = same.isEmpty() ? starting : same;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error { ErrorCode::Validation,
                       QCoreApplication::translate("samen", noneMessage).arg(TextHygiene::isolate(TextHygiene::withoutInvisible(typed).left(120))) };
    QStringList labels;
    for (const QJsonObject &o : found)
        labels << TextHygiene::isolate(str(o, "label"));
    return Error { ErrorCode::Validation,
                   QCoreApplication::translate("samen", "%1 fits more than one: %2. Nothing was saved. Type more of the title.")
                       .arg(TextHygiene::isolate(TextHygiene::withoutInvisible(typed).left(120)), labels.join(QStringLiteral("; "))) };
}

QList<QJsonObject> titled(CliContext &ctx, bool steps)
{
    QList<QJsonObject> out;
    for (const QJsonValue &g : PlanView(ctx.store(), ctx.planId()).goals()) {
        const QJsonObject goal = g.toObject();
        if (!steps) {
            out.append({ { QStringLiteral("id"), str(goal, "id") },
                         { QStringLiteral("title"), str(goal, "title") },
                         { QStringLiteral("label"), str(goal, "title") } });
            continue;
        }
        for (const QJsonValue &v : goal.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject st = v.toObject();
            out.append({ { QStringLiteral("id"), str(st, "id") },
                         { QStringLiteral("title"), str(st, "title") },
                         { QStringLiteral("label"), QCoreApplication::translate("samen", "%1 (goal: %2)").arg(str(st, "title"), str(goal, "title")) } });
        }
    }
    return out;
}

} // namespace samen::cli
