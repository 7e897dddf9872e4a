#include "cli/plancommands.h"

#include "cli/cliargs.h"
#include "cli/editrunner.h"
#include "cli/itempick.h"
#include "cli/workcommands.h"
#include "core/passphrase.h"
#include "domain/frameworks.h"
#include "domain/goalprogress.h"
#include "domain/memberwords.h"
#include "domain/schema.h"
#include "domain/statuswords.h"
#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/planview.h"
#include "sync/uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <unistd.h>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("samen", "yes") : QCoreApplication::translate("samen", "no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts.append(valueText(x));
        return parts.join(QStringLiteral(", "));
    }
    return v.isNull() ? QCoreApplication::translate("samen", "(empty)") : QString();
}

/** The names a person knows the plan's items by: each member's name, each goal's, step's, meeting's and agreement's title, by id. */
QHash<QString, QString> itemNames(CliContext &ctx)
{
    QHash<QString, QString> names;
    for (const char *type : { "member", "goal", "step", "meeting", "agreement" }) {
        for (const QJsonObject &o : ctx.store().entities(ctx.planId(), QLatin1String(type))) {
            const QString name = str(o, "name").isEmpty() ? str(o, "title") : str(o, "name");
            if (!name.isEmpty())
                names.insert(str(o, "id"), name);
        }
    }
    return names;
}

/**
 * A stored value in the words the person reads elsewhere: a life domain's label (also in a
 * list), a status's, a member kind's or relation's word, and an item's name or title
 * for its id; otherwise valueText. The codes and ids themselves stay in --json, which is what
 * restore and the edit commands take (trials after schema 6: "levensgebied = money",
 * "de persoon die deze stap doet = <id>").
 */
QString wordsFor(const PlanView &view, const QHash<QString, QString> &names, const QString &entityType, const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(wordsFor(view, names, entityType, field, v));
        return parts.join(QStringLiteral(", "));
    }
    if (!value.isString())
        return valueText(value);
    if (field == QLatin1StringView("sortKey")) // a key that only orders the list (fractional index): no meaning to a person
        return QCoreApplication::translate("samen", "(set)", "a position in the list was set, in the history");
    const QString code = value.toString();
    if (const auto named = names.constFind(code); named != names.constEnd())
        return TextHygiene::isolate(named.value());
    const bool domains = field == QLatin1StringView("domainKey") || field == QLatin1StringView("domains") || field == QLatin1StringView("agendaDomains")
        || (field == QLatin1StringView("key") && entityType == QLatin1StringView("domain"));
    if (domains)
        return TextHygiene::isolate(view.domainLabel(code));
    if (field == QLatin1StringView("status") && entityType == QLatin1StringView("goal"))
        return statuswords::goal(code);
    if (field == QLatin1StringView("status") && entityType == QLatin1StringView("meeting"))
        return statuswords::meeting(code);
    if (field == QLatin1StringView("status") && entityType == QLatin1StringView("agreement"))
        return statuswords::agreement(code);
    if (field == QLatin1StringView("kind") && (entityType == QLatin1StringView("member") || entityType == QLatin1StringView("invitation")))
        return statuswords::member(code);
    if (field == QLatin1StringView("grants") && code.contains(QLatin1Char(':'))) // an invitation's "domain:access"
        return QStringLiteral("%1: %2").arg(TextHygiene::isolate(view.domainLabel(code.section(QLatin1Char(':'), 0, 0))),
                                            statuswords::access(code.section(QLatin1Char(':'), 1)));
    if (field == QLatin1StringView("relation") && !MemberWords::relation(code).isEmpty())
        return MemberWords::relation(code);
    if (field == QLatin1StringView("ring") && entityType == QLatin1StringView("member"))
        return statuswords::ring(code);
    if (field == QLatin1StringView("access") && entityType == QLatin1StringView("grant"))
        return statuswords::access(code);
    if (field == QLatin1StringView("status") && entityType == QLatin1StringView("invitation"))
        return statuswords::invitation(code);
    if (field == QLatin1StringView("framework") && entityType == QLatin1StringView("plan"))
        return frameworkName(code);
    // A moment (stored as ISO 8601 UTC) at this device's local time, as the rest of the history's lines.
    const EntitySpec *spec = entitySpec(entityType);
    const FieldSpec *f = spec ? spec->field(field) : nullptr;
    if (const QDateTime at = QDateTime::fromString(code, Qt::ISODate); f && f->kind == FieldKind::DateTime && at.isValid())
        return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return valueText(value);
}

QString scoreText(const QJsonObject &assessment)
{
    if (assessment.isEmpty())
        return QCoreApplication::translate("samen", "not rated yet");
    QString text = QCoreApplication::translate("samen", "%1/10 on %2").arg(assessment.value(QStringLiteral("score")).toInt()).arg(str(assessment, "date"));
    if (!str(assessment, "note").isEmpty())
        text += QStringLiteral(": \"%1\"").arg(str(assessment, "note"));
    return text;
}

} // namespace

int cmdInit(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("name"), QStringLiteral("framework"), QStringLiteral("owner") });
    if (!args)
        return ctx.fail(args.error());
    const QString name = args->value(QStringLiteral("name"));
    if (name.isEmpty() || !args->positional().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("samen", "Usage: samen-cli init --name NAME [--framework default|positive-health|self-reliance] [--owner YOUR_NAME]"));
    const QString framework = args->value(QStringLiteral("framework"), QStringLiteral("default"));
    if (!frameworkKeys().contains(framework))
        return ctx.fail(Error {
            ErrorCode::Validation,
            QCoreApplication::translate("samen", "Unknown framework \"%1\". Choose one of: %2.").arg(framework, frameworkKeys().join(QStringLiteral(", "))) });

    // Validate everything before a file is made.
    HlcClock probeClock(QStringLiteral("probe"));
    if (auto check = PlanEditor::createPlan(probeClock, name, framework, args->value(QStringLiteral("owner"), name)); !check)
        return ctx.fail(check.error());
    if (const Status made = ctx.storeForNewPlan(); !made)
        return ctx.fail(made.error());
    auto edit = PlanEditor::createPlan(ctx.clock(), name, framework, args->value(QStringLiteral("owner"), name));
    if (!edit)
        return ctx.fail(edit.error());
    if (const Status stored = ctx.store().applyLocal(edit->ops); !stored)
        return ctx.fail(stored.error());
    const QString planId = edit->entityId;
    QString ownerId;
    for (const QJsonObject &m : ctx.store().entities(planId, QStringLiteral("member"))) {
        if (str(m, "kind") == QLatin1String("citizen"))
            ownerId = str(m, "id");
    }
    if (const Status saved = ctx.adoptNewPlan(planId, ownerId); !saved)
        return ctx.fail(saved.error());
    const QJsonObject plan = PlanView(ctx.store(), planId).plan();
    return ctx.done(QJsonObject { { QStringLiteral("planId"), planId }, { QStringLiteral("memberId"), ownerId }, { QStringLiteral("plan"), plan } },
                    // No id: no command takes the plan's id (--json has it).
                    QCoreApplication::translate("samen", "Your plan \"%1\" is ready and locked with your passphrase.").arg(TextHygiene::isolate(name)));
}

int cmdPlanShow(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli plan show"));
    const PlanView view(ctx.store(), ctx.planId());
    const QJsonObject plan = view.plan();
    QStringList lines { QCoreApplication::translate("samen", "Plan: %1").arg(TextHygiene::isolate(str(plan, "name"))) };
    const QJsonObject story = view.story();
    const QString storyText = story.value(QStringLiteral("text")).toString().isEmpty() ? QCoreApplication::translate("samen", "(not written yet)")
                                                                                       : TextHygiene::isolate(story.value(QStringLiteral("text")).toString());
    // The story is the owner's: only the owner reads "my story"; a member reads whose it is.
    QString ownerName;
    bool ownerHere = false;
    for (const QJsonValue &m : plan.value(QStringLiteral("members")).toArray()) {
        if (str(m.toObject(), "kind") == QLatin1String("citizen")) {
            ownerName = str(m.toObject(), "name");
            ownerHere = str(m.toObject(), "id") == ctx.memberId();
        }
    }
    if (ownerHere)
        lines << QCoreApplication::translate("samen", "My story: %1").arg(storyText);
    else if (!ownerName.isEmpty())
        lines << QCoreApplication::translate("samen", "Story of %1: %2").arg(TextHygiene::isolate(ownerName), storyText);
    else
        lines << QCoreApplication::translate("samen", "Story of the plan's owner: %1").arg(storyText);
    if (story.contains(QStringLiteral("conflict")))
        lines << QCoreApplication::translate(
            "samen", "  Note: the story was changed in two places at once. Both versions are kept; choose one with: samen-cli story set TEXT");
    lines << QCoreApplication::translate("samen", "Life domains, most important first:");
    for (const QJsonValue &d : plan.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject o = d.toObject();
        // By name only: the plan as a person reads it (domain list gives the short keys for typing).
        lines << QStringLiteral("  %1. %2: %3")
                     .arg(o.value(QStringLiteral("priority")).toInt())
                     .arg(str(o, "label"), scoreText(o.value(QStringLiteral("assessment")).toObject()));
    }
    const QJsonArray goals = plan.value(QStringLiteral("goals")).toArray();
    lines << QCoreApplication::translate("samen", "Goals: %1").arg(goals.size());
    for (const QJsonValue &g : goals) {
        const QJsonObject o = g.toObject();
        int open = 0;
        for (const QJsonValue &st : o.value(QStringLiteral("steps")).toArray())
            open += st.toObject().value(QStringLiteral("done")).toBool() ? 0 : 1;
        lines << QCoreApplication::translate("samen", "  [%1] %2 (%3, %n open step(s))", nullptr, open)
                     .arg(goalprogress::word(o), TextHygiene::isolate(str(o, "title")), view.domainLabel(str(o, "domainKey")));
    }
    // Current members and those whose end date has come (removed, or their help ended) apart: one rule, PlanView::isCurrentMember.
    QList<QJsonObject> current, former;
    for (const QJsonValue &m : plan.value(QStringLiteral("members")).toArray())
        (PlanView::isCurrentMember(m.toObject(), QDate::currentDate()) ? current : former).append(m.toObject());
    lines << QCoreApplication::translate("samen", "People: %1").arg(current.size());
    for (const QJsonObject &o : current) {
        lines << QStringLiteral("  %1 (%2)%3")
                     .arg(TextHygiene::isolate(str(o, "name")), statuswords::member(str(o, "kind")),
                          o.value(QStringLiteral("coordinator")).toBool() ? QCoreApplication::translate("samen", ", coordinator") : QString());
    }
    if (!former.isEmpty()) {
        lines << QCoreApplication::translate("samen", "Who helped before: %1").arg(former.size());
        for (const QJsonObject &o : former) {
            const QString since = str(o, "since"), until = str(o, "until");
            lines << QStringLiteral("  %1 (%2, %3)")
                         .arg(TextHygiene::isolate(str(o, "name")), statuswords::member(str(o, "kind")),
                              since.isEmpty() ? QCoreApplication::translate("samen", "until %1").arg(until)
                                              : QCoreApplication::translate("samen", "%1 to %2", "since to until").arg(since, until));
        }
    }
    const QJsonArray conflicts = plan.value(QStringLiteral("conflicts")).toArray();
    if (!conflicts.isEmpty()) {
        lines << QCoreApplication::translate("samen", "Written in two places at once (both versions kept): %1").arg(conflicts.size());
        for (const QJsonValue &c : conflicts) {
            const QJsonObject o = c.toObject();
            // Named as a person knows it: the field in words and the item's title or name, never a type or an id.
            const QJsonObject item = ctx.store().entity(str(o, "entityId")).value_or(QJsonObject());
            const QString what = str(item, "title").isEmpty() ? str(item, "name") : str(item, "title");
            lines << (what.isEmpty() ? QStringLiteral("  %1").arg(fieldLabel(str(o, "field")))
                                     : QCoreApplication::translate("samen", "  %1 of %2").arg(fieldLabel(str(o, "field")), TextHygiene::isolate(what)));
            for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray())
                lines << QStringLiteral("    - \"%1\" (%2)").arg(str(v.toObject(), "text"), str(v.toObject(), "authorName"));
        }
    }
    const QJsonArray timeline = plan.value(QStringLiteral("timeline")).toArray();
    lines << QCoreApplication::translate("samen", "What happened, newest first: %1").arg(timeline.size());
    for (const QJsonValue &t : timeline) {
        const QJsonObject o = t.toObject();
        const QString words = str(o, "title"); // PlanView::timeline: the kind, and who a handover is to
        lines << (str(o, "text").isEmpty() ? QStringLiteral("  %1  %2").arg(str(o, "at").left(10), words)
                                           : QStringLiteral("  %1  %2: %3").arg(str(o, "at").left(10), words, TextHygiene::isolate(str(o, "text"))));
    }
    return ctx.done(plan, lines.join(QLatin1Char('\n')));
}

int cmdStorySet(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli story set TEXT"));
    const QString text = ctx.args().first();
    PlanEditor editor = editorFor(ctx);
    // When the story is in conflict, writing it resolves the conflict.
    const auto state = ctx.store().fieldState(ctx.planId(), QStringLiteral("story"));
    const bool conflict = state && state->inConflict();
    auto id = applyEdit(ctx, conflict ? editor.resolveConflict(ctx.planId(), QStringLiteral("story"), text) : editor.setStory(text));
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(PlanView(ctx.store(), ctx.planId()).story(), QCoreApplication::translate("samen", "Your story is saved."));
}

int cmdDomainList(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const QJsonArray domains = PlanView(ctx.store(), ctx.planId()).domains();
    QStringList lines;
    for (const QJsonValue &d : domains) {
        const QJsonObject o = d.toObject();
        lines << QStringLiteral("%1. %2 (%3): %4")
                     .arg(o.value(QStringLiteral("priority")).toInt())
                     .arg(str(o, "label"), str(o, "key"), scoreText(o.value(QStringLiteral("assessment")).toObject()));
    }
    return ctx.done(domains, lines.join(QLatin1Char('\n')));
}

int cmdDomainPrioritize(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli domain prioritize KEY [KEY...]  (most important first)"));
    QStringList keys;
    for (const QString &typed : ctx.args()) {
        const auto key = domainNamed(ctx, typed);
        if (!key)
            return ctx.fail(key.error());
        keys << key.value();
    }
    auto id = applyEdit(ctx, editorFor(ctx).prioritize(keys));
    if (!id)
        return ctx.fail(id.error());
    return cmdDomainList(ctx);
}

int cmdDomainAssess(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("score"), QStringLiteral("note"), QStringLiteral("date") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("score")))
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli domain assess KEY --score 1-10 [--note TEXT] [--date YYYY-MM-DD]"));
    bool isNumber = false;
    const int score = args->value(QStringLiteral("score")).toInt(&isNumber);
    if (!isNumber)
        return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The score must be a whole number from 1 to 10.") });
    const auto date = args->date(QStringLiteral("date"));
    if (!date)
        return ctx.fail(date.error());
    const auto domain = domainNamed(ctx, args->positional().first());
    if (!domain)
        return ctx.fail(domain.error());
    auto id = applyEdit(ctx, editorFor(ctx).assess(domain.value(), score, args->value(QStringLiteral("note")), date.value().value_or(QDate::currentDate())));
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(ctx.store().entity(id.value()).value_or(QJsonObject()),
                    QCoreApplication::translate("samen", "Saved: %1 scored %2/10.")
                        .arg(TextHygiene::isolate(PlanView(ctx.store(), ctx.planId()).domainLabel(domain.value())))
                        .arg(score));
}

/**
 * The item history and restore act on: any item's id, or a goal's or step's title or the start of one (pickByTitle),
 * so nobody needs --json to find an id (trial after stop 40). NotFound in words when nothing fits.
 */
static Result<QString> itemNamed(CliContext &ctx, const QString &typed)
{
    if (ctx.store().entity(typed.trimmed()))
        return typed.trimmed();
    if (isUuid(typed.trimmed()))
        return Error { ErrorCode::NotFound, QCoreApplication::translate("samen", "Nothing with id %1 in this plan.").arg(typed.trimmed()) };
    auto found = pickByTitle(titled(ctx, false) + titled(ctx, true), typed,
                             QT_TRANSLATE_NOOP("samen", "There is no goal or step called %1, and no item with that id. samen-cli goal list shows them."));
    if (!found)
        return found.error();
    return found->value(QStringLiteral("id")).toString();
}

int cmdHistory(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli history GOAL|STEP|ID  (a goal's or step's title, or the start of it)"));
    const auto item = itemNamed(ctx, ctx.args().first());
    if (!item)
        return ctx.fail(item.error());
    const QString entityId = item.value();
    const QHash<QString, QString> names = itemNames(ctx); // the authors' names too
    QJsonArray out;
    QStringList lines;
    const PlanView view(ctx.store(), ctx.planId());
    for (const Operation &op : ctx.store().history(entityId)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(op.hlc.wallMs, Qt::UTC);
        const QString when = at.toString(Qt::ISODate);
        out.append(QJsonObject { { QStringLiteral("opId"), op.opId },
                                 { QStringLiteral("field"), op.field },
                                 { QStringLiteral("value"), op.value },
                                 { QStringLiteral("at"), when },
                                 { QStringLiteral("author"), op.authorMemberId },
                                 { QStringLiteral("authorName"), names.value(op.authorMemberId) } });
        lines << QCoreApplication::translate("samen", "%1  %2 = %3  (by %4; op %5)")
                     .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), fieldLabel(op.field),
                          wordsFor(view, names, op.entityType, op.field, op.value),
                          names.contains(op.authorMemberId) ? TextHygiene::isolate(names.value(op.authorMemberId)) : op.authorMemberId, op.opId);
    }
    return ctx.done(out, lines.join(QLatin1Char('\n')));
}

int cmdRestore(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const qsizetype count = ctx.args().size();
    if (count != 2 && count != 3)
        return ctx.usage(
            QCoreApplication::translate("samen", "Usage: samen-cli restore GOAL|STEP|ID [FIELD] OP_ID   (OP_ID: as samen-cli history GOAL|STEP|ID shows it)"));
    const auto item = itemNamed(ctx, ctx.args().first());
    if (!item)
        return ctx.fail(item.error());
    const QString entityId = item.value();
    const auto earlier = ctx.store().operation(ctx.args().last());
    if (!earlier || earlier->entityId != entityId)
        return ctx.fail(
            Error { ErrorCode::NotFound,
                    QCoreApplication::translate("samen", "That earlier value was not found for this item. See: samen-cli history %1").arg(entityId) });
    // The field is known from the earlier value; given, it may be its code or the label history shows.
    const QString field = earlier->field;
    if (count == 3) {
        const QString typed = ctx.args()[1].trimmed();
        const QString label = fieldLabel(field);
        const QString withoutArticle = label.section(QLatin1Char(' '), 1); // "verhaal" for "het verhaal", as people type it
        if (typed != field && !TextHygiene::sameName(typed, label) && (withoutArticle.isEmpty() || !TextHygiene::sameName(typed, withoutArticle)))
            return ctx.fail(Error { ErrorCode::Validation,
                                    QCoreApplication::translate("samen", "That earlier value is of %1, not of %2. Nothing was changed.")
                                        .arg(fieldLabel(field), TextHygiene::isolate(typed)) });
    }
    auto id = applyEdit(ctx, editorFor(ctx).restore(entityId, field, *earlier));
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(ctx.store().entity(entityId).value_or(QJsonObject()),
                    QCoreApplication::translate("samen", "The earlier value of %1 is back. The newer one stays in the history.").arg(fieldLabel(field)));
}

int cmdPassphraseChange(CliContext &ctx)
{
    // On a professional's device the passphrase opens device.db (each plan has its own key inside it): that is what changes.
    const bool caseload = ctx.isCaseload();
    if (caseload) {
        if (Status opened = ctx.openCaseload(); !opened)
            return ctx.fail(opened.error());
    } else {
        SAMEN_CLI_OPEN_PLAN(ctx)
    }
    QString next = QString::fromUtf8(qgetenv("SAMEN_NEW_PASSPHRASE"));
    if (next.isEmpty() && !isatty(STDIN_FILENO)) // not asked in a terminal: say which variable holds the new one (review 3, #27)
        return ctx.fail(Error { ErrorCode::Usage,
                                QCoreApplication::translate("samen",
                                                            "No new passphrase: set SAMEN_NEW_PASSPHRASE (and SAMEN_PASSPHRASE for the current one), or "
                                                            "run samen-cli in a terminal. Nothing was changed.") });
    if (next.isEmpty()) {
        qunsetenv("SAMEN_PASSPHRASE");
        auto asked = ctx.passphrase(QCoreApplication::translate("samen", "New passphrase"));
        if (!asked)
            return ctx.fail(asked.error());
        auto again = ctx.passphrase(QCoreApplication::translate("samen", "New passphrase again"));
        if (!again)
            return ctx.fail(again.error());
        if (asked.value() != again.value())
            return ctx.fail(
                Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The two passphrases are not the same. Nothing was changed.") });
        next = asked.value();
    }
    if (const Status strong = validateNewPassphrase(next); !strong)
        return ctx.fail(strong.error());
    if (const Status changed
        = caseload ? ctx.caseload().device().changeKey(DatabaseKey::passphrase(next)) : ctx.store().changeKey(DatabaseKey::passphrase(next));
        !changed)
        return ctx.fail(changed.error());
    return ctx.done(QJsonObject { { QStringLiteral("changed"), true } },
                    QCoreApplication::translate("samen", "Your passphrase is changed. Use the new one from now on."));
}

} // namespace samen::cli
