#include "cli/workcommands.h"

#include "cli/cliargs.h"
#include "cli/clinetwork.h"
#include "cli/editrunner.h"
#include "cli/itempick.h"
#include "domain/frameworks.h"
#include "domain/goalprogress.h"
#include "domain/memberwords.h"
#include "domain/namerule.h"
#include "domain/statuswords.h"
#include "domain/steprule.h"
#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace samen::cli {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int printEntity(CliContext &ctx, const QString &id, const QString &text)
{
    return ctx.done(ctx.store().entity(id).value_or(QJsonObject()), text);
}

/**
 * The member a --owner names: an id, or a name (case and surrounding spaces aside) of someone in the plan as
 * this device holds it (ReadRule: the people of the plan reach every member's device from the owner's).
 * Validation error in plain words when several people have that name or this device knows no one by it.
 * Someone who helped before (PlanView::isCurrentMember) is not chosen: a step needs someone who helps now.
 */
} // namespace

Result<QString> memberNamed(CliContext &ctx, const QString &who)
{
    const QJsonArray members = PlanView(ctx.store(), ctx.planId()).members();
    const QString typed = TextHygiene::withoutInvisible(who); // a name pasted from a sentence carries its isolates
    QStringList byName;
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        const bool named = str(m, "id") == typed || TextHygiene::sameName(str(m, "name"), typed);
        if (named && !PlanView::isCurrentMember(m, QDate::currentDate()))
            return Error { ErrorCode::Validation,
                           QCoreApplication::translate("samen",
                                                       "%1 no longer helps with this plan (until %2). Nothing was saved. Choose someone who helps now.")
                               .arg(TextHygiene::isolate(str(m, "name")), str(m, "until")) };
        if (str(m, "id") == typed)
            return typed;
        if (named)
            byName << str(m, "id");
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return Error { ErrorCode::Validation,
                       QCoreApplication::translate("samen",
                                                   "More than one person in this plan is called %1. Nothing was saved. Use their id instead: "
                                                   "samen-cli member list --json shows it.")
                           .arg(TextHygiene::isolate(typed.left(120))) };
    return Error { ErrorCode::Validation,
                   QCoreApplication::translate("samen",
                                               "This device knows no one in this plan called %1, or with that id. Nothing was saved.\n"
                                               "samen-cli member list shows the people this device knows. Someone who is not on that list "
                                               "cannot be chosen here: ask the plan's owner to add them to the plan first, then run "
                                               "samen-cli sync.")
                       .arg(TextHygiene::isolate(typed.left(120))) };
}

Result<QString> domainNamed(CliContext &ctx, const QString &typed)
{
    const PlanView view(ctx.store(), ctx.planId());
    const QString wanted = TextHygiene::withoutInvisible(typed).trimmed();
    // Every domain of the plan's framework, also one this device may not read (a meeting's agenda may name it; the
    // editor and the service decide what may be written).
    const QString framework = str(ctx.store().entity(ctx.planId()).value_or(QJsonObject()), "framework");
    QStringList labels;
    for (const LifeDomain &d : frameworkDomains(framework.isEmpty() ? QStringLiteral("default") : framework)) {
        const QString key = d.key;
        const QString label = view.domainLabel(key);
        if (key.compare(wanted, Qt::CaseInsensitive) == 0 || TextHygiene::sameName(label, wanted))
            return key;
        labels << TextHygiene::isolate(label);
    }
    return Error { ErrorCode::Validation,
                   QCoreApplication::translate("samen", "This plan has no life domain called %1. Choose one of: %2.")
                       .arg(TextHygiene::isolate(wanted.left(120)), labels.join(QStringLiteral(", "))) };
}

int cmdGoalAdd(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("domain"), QStringLiteral("why"), QStringLiteral("due") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("domain")))
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli goal add --domain KEY TITLE [--why TEXT] [--due YYYY-MM-DD]"));
    const auto due = args->date(QStringLiteral("due"));
    if (!due)
        return ctx.fail(due.error());
    const auto domain = domainNamed(ctx, args->value(QStringLiteral("domain")));
    if (!domain)
        return ctx.fail(domain.error());
    auto id = applyEdit(ctx, editorFor(ctx).addGoal(domain.value(), args->positional().first(), args->value(QStringLiteral("why")), due.value()));
    if (!id)
        return ctx.fail(id.error());
    // Its title, not its id (--json has the id): samen-cli step add takes the goal by its title.
    return printEntity(ctx, id.value(), QCoreApplication::translate("samen", "Goal added: %1").arg(TextHygiene::isolate(args->positional().first().trimmed())));
}

int cmdGoalList(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const PlanView view(ctx.store(), ctx.planId());
    const QJsonArray goals = view.goals();
    QStringList lines;
    for (const QJsonValue &g : goals) {
        const QJsonObject o = g.toObject();
        // Titles, not ids (--json has them): the step commands take goals and steps by their titles; the life domain by
        // its name in the person's language, never its key (review 3, finding 11).
        lines << QStringLiteral("[%1] %2 (%3)%4")
                     .arg(goalprogress::word(o), TextHygiene::isolate(str(o, "title")), TextHygiene::isolate(view.domainLabel(str(o, "domainKey"))),
                          str(o, "due").isEmpty() ? QString() : QCoreApplication::translate("samen", ", by %1").arg(str(o, "due")));
        for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject st = s.toObject();
            lines << QStringLiteral("    %1 %2")
                         .arg(st.value(QStringLiteral("done")).toBool() ? QStringLiteral("[x]") : QStringLiteral("[ ]"),
                              TextHygiene::isolate(str(st, "title")));
        }
    }
    if (lines.isEmpty()) {
        // Never a command this device would be refused (review 6, #4): on a plan it may only read, who can add goals.
        const MemberAccess access = DeviceAccess::load(ctx.store());
        const QStringList granted = access.grantedDomains();
        const bool writes = access.isOwner() || std::any_of(granted.begin(), granted.end(), [&](const QString &d) { return access.canWrite(d); });
        lines << (writes ? QCoreApplication::translate("samen", "No goals yet. Add one with: samen-cli goal add --domain KEY TITLE")
                         : QCoreApplication::translate("samen",
                                                       "No goals yet. You may read this plan but not change it, so you cannot add goals: the "
                                                       "plan's owner can, or someone they let change a life domain."));
    }
    return ctx.done(goals, lines.join(QLatin1Char('\n')));
}

int cmdStepAdd(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("owner"), QStringLiteral("due") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 2)
        return ctx.usage(QCoreApplication::translate(
            "samen", "Usage: samen-cli step add GOAL TITLE [--owner NAME] [--due YYYY-MM-DD] (GOAL: its title or the start of it)"));
    const auto goal = pickByTitle(titled(ctx, false), args->positional()[0],
                                  QT_TRANSLATE_NOOP("samen", "There is no goal called %1. samen-cli goal list shows the goals."));
    if (!goal)
        return ctx.fail(goal.error());
    const auto due = args->date(QStringLiteral("due"));
    if (!due)
        return ctx.fail(due.error());
    QString owner = ctx.memberId();
    if (const auto who = args->option(QStringLiteral("owner"))) {
        const auto found = memberNamed(ctx, *who);
        if (!found)
            return ctx.fail(found.error());
        owner = found.value();
    }
    auto id = applyEdit(ctx, editorFor(ctx).addStep(str(goal.value(), "id"), args->positional()[1], owner, due.value()));
    if (!id && id.error().reason == QLatin1String(StepRule::kUnreachable)) {
        // Both ways on, as commands that work as printed (review 4, R4-13): share the life domain, or choose someone else.
        Error error = id.error();
        const QString name = str(ctx.store().entity(owner).value_or(QJsonObject()), "name");
        error.message += QLatin1Char('\n')
            + QCoreApplication::translate("samen", "To share it: %1\nTo give the step to someone else: %2\nWho is in the plan: %3")
                  .arg(ctx.command({ QStringLiteral("access"), QStringLiteral("set"), name,
                                     str(ctx.store().entity(str(goal.value(), "id")).value_or(QJsonObject()), "domainKey"), QStringLiteral("read") }),
                       ctx.command({ QStringLiteral("step"), QStringLiteral("add"), str(goal.value(), "title"), args->positional()[1].trimmed(),
                                     QStringLiteral("--owner"), QStringLiteral("NAME") }),
                       ctx.command({ QStringLiteral("member"), QStringLiteral("list") }));
        return ctx.fail(error);
    }
    if (!id)
        return ctx.fail(id.error());
    return printEntity(ctx, id.value(),
                       QCoreApplication::translate("samen", "Step added to %1: %2")
                           .arg(TextHygiene::isolate(str(goal.value(), "title")), TextHygiene::isolate(args->positional()[1].trimmed())));
}

int cmdStepDone(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    // --undo: the step was not done after all; whoever may tick it may untick it (review 4, R4-18).
    QStringList words = ctx.args();
    const bool undo = words.removeAll(QStringLiteral("--undo")) > 0;
    if (words.size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli step done STEP [--undo] (its title or the start of it)"));
    const auto step
        = pickByTitle(titled(ctx, true), words.first(), QT_TRANSLATE_NOOP("samen", "There is no step called %1. samen-cli goal list shows the steps."));
    if (!step)
        return ctx.fail(step.error());
    const QString stepId = str(step.value(), "id");
    auto id = applyEdit(ctx, undo ? editorFor(ctx).uncompleteStep(stepId, DeviceAccess::load(ctx.store()).isOwner()) : editorFor(ctx).completeStep(stepId));
    if (!id)
        return ctx.fail(id.error());
    const QString title = TextHygiene::isolate(str(ctx.store().entity(stepId).value_or(QJsonObject()), "title"));
    return printEntity(ctx, stepId,
                       undo ? QCoreApplication::translate("samen", "\"%1\" is open again: it is no longer ticked off.").arg(title)
                            : QCoreApplication::translate("samen", "Well done! \"%1\" is done.").arg(title));
}

int cmdMemberAdd(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(),
                               { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("role"),
                                 QStringLiteral("domains"), QStringLiteral("relation"), QStringLiteral("contact") });
    if (!args)
        return ctx.fail(args.error());
    if (!args->positional().isEmpty() || !args->option(QStringLiteral("kind")) || !args->option(QStringLiteral("name")))
        return ctx.usage(
            QCoreApplication::translate("samen",
                                        "Usage: samen-cli member add --kind network|professional --name NAME [--relation R] [--organisation O] [--role R] "
                                        "[--domains KEY,...] [--contact TEXT]"));
    MemberInput m;
    // The kind and relation as codes or as words in the person's language (netwerk, buur; review 2 #19).
    const auto kind = MemberWords::kindCode(args->value(QStringLiteral("kind")));
    if (!kind)
        return ctx.fail(kind.error());
    m.kind = kind.value();
    m.name = NameRule::tidy(args->value(QStringLiteral("name")));
    if (Status named = NameRule::validate(m.name, NameRule::Subject::Person); !named)
        return ctx.fail(named.error());
    const auto relation = MemberWords::relationCode(args->value(QStringLiteral("relation")));
    if (!relation)
        return ctx.fail(relation.error());
    m.relation = relation.value();
    m.organisation = args->value(QStringLiteral("organisation"));
    m.role = args->value(QStringLiteral("role"));
    m.contact = args->value(QStringLiteral("contact"));
    if (const QString domains = args->value(QStringLiteral("domains")); !domains.isEmpty())
        m.domains = domains.split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto id = applyEdit(ctx, editorFor(ctx).addMember(m));
    if (!id)
        return ctx.fail(id.error());
    // By name, as every member command takes it (--json has the id).
    return printEntity(ctx, id.value(), QCoreApplication::translate("samen", "%1 is added to your plan.").arg(TextHygiene::isolate(m.name)));
}

int cmdMemberList(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const QJsonArray members = PlanView(ctx.store(), ctx.planId()).members();
    QStringList lines;
    for (const QJsonValue &v : members) {
        const QJsonObject o = v.toObject();
        QString detail = statuswords::member(str(o, "kind"));
        if (!str(o, "organisation").isEmpty())
            detail += QStringLiteral(", %1").arg(TextHygiene::isolate(str(o, "organisation")));
        if (!str(o, "role").isEmpty())
            detail += QStringLiteral(", %1").arg(TextHygiene::isolate(str(o, "role")));
        if (o.value(QStringLiteral("coordinator")).toBool())
            detail += QCoreApplication::translate("samen", ", coordinator");
        if (!PlanView::isCurrentMember(o, QDate::currentDate()))
            detail += QCoreApplication::translate("samen", ", helped until %1").arg(str(o, "until"));
        lines << QStringLiteral("%1 (%2)").arg(TextHygiene::isolate(str(o, "name")), detail); // names, not ids (--json has them)
    }
    return ctx.done(members, lines.join(QLatin1Char('\n')));
}

int cmdCoordinatorSet(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("note") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("note")))
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli coordinator set NAME|MEMBER_ID --note TEXT"));
    const auto who = memberNamed(ctx, args->positional().first());
    if (!who)
        return ctx.fail(who.error());
    const QString memberId = who.value();
    // Only someone let in holds regie: a connected plan asks the service who still waits (without the service, the
    // service itself refuses it when the change arrives).
    QStringList waiting;
    if (!ctx.store().setting(QStringLiteral("sync.serviceMemberId")).isEmpty()) {
        CliNetwork net(ctx);
        if (const auto people = net.run<PeopleList>([&](auto done) { net.client().members(done); }); people) {
            for (const PersonEntry &p : people->people) {
                if (p.status != QLatin1String("active"))
                    waiting << p.memberId;
            }
        }
    }
    auto id = applyEdit(ctx, editorFor(ctx).setCoordinator(memberId, args->value(QStringLiteral("note")), waiting));
    if (!id)
        return ctx.fail(id.error());
    return printEntity(ctx, memberId,
                       QCoreApplication::translate("samen", "%1 now coordinates your plan.")
                           .arg(TextHygiene::isolate(str(ctx.store().entity(memberId).value_or(QJsonObject()), "name"))));
}

} // namespace samen::cli
