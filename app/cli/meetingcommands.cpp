#include "cli/meetingcommands.h"

#include "cli/cliargs.h"
#include "cli/editrunner.h"
#include "cli/workcommands.h"
#include "domain/statuswords.h"
#include "domain/texthygiene.h"
#include "store/teamview.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen::cli {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString isolated(const QJsonObject &o, const char *key)
{
    return TextHygiene::isolate(str(o, key));
}

/** A meeting's time as a person reads it: local date and time. */
QString when(const QJsonObject &meeting)
{
    return QDateTime::fromString(str(meeting, "at"), Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/**
 * The one item of a list a person means: its id, or the text of `field` (case and
 * surrounding spaces aside). Validation error in plain words for none or several.
 */
Result<QJsonObject> pick(const QJsonArray &items, const char *field, const QString &typed, const char *noneMessage)
{
    const QString wanted = TextHygiene::withoutInvisible(typed);
    QList<QJsonObject> found;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (str(o, "id") == wanted)
            return o;
        if (TextHygiene::sameName(str(o, field), wanted))
            found.append(o);
    }
    // Else the start of it, as step add and step done take a goal's (review 3, finding 22): "Volgend" for "Volgend overleg".
    const QString start = wanted.trimmed();
    if (found.isEmpty() && !start.isEmpty()) {
        for (const QJsonValue &v : items) {
            if (TextHygiene::withoutInvisible(str(v.toObject(), field)).trimmed().startsWith(start, Qt::CaseInsensitive))
                found.append(v.toObject());
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1)
        return Error { ErrorCode::Validation,
                       QCoreApplication::translate("samen", "More than one item is called %1. Nothing was changed. Use its id: the --json output shows it.")
                           .arg(TextHygiene::isolate(wanted.left(120))) };
    return Error { ErrorCode::Validation, QCoreApplication::translate("samen", noneMessage).arg(TextHygiene::isolate(wanted.left(120))) };
}

/** The item with this id, or an empty object. */
QJsonObject byId(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &v : items) {
        if (str(v.toObject(), "id") == id)
            return v.toObject();
    }
    return {};
}

QString meetingLine(const QJsonObject &m)
{
    QStringList where;
    if (!str(m, "place").isEmpty())
        where << isolated(m, "place");
    if (!str(m, "videoLink").isEmpty())
        where << QCoreApplication::translate("samen", "video");
    return QCoreApplication::translate("samen", "%1  %2 (%3), %4")
        .arg(when(m), isolated(m, "title"), statuswords::meeting(str(m, "status")), where.join(QStringLiteral(", ")));
}

QString agreementLine(const QJsonObject &a)
{
    QString line
        = QCoreApplication::translate("samen", "- %1 (%2, %3)").arg(isolated(a, "what"), isolated(a, "domainLabel"), statuswords::agreement(str(a, "status")));
    if (!str(a, "whoName").isEmpty())
        line += a.value(QStringLiteral("whoFormer")).toBool() && (str(a, "status").isEmpty() || str(a, "status") == QLatin1String("open"))
            ? QCoreApplication::translate("samen", "; who: %1, who no longer helps (choose someone else: agreement evaluate --who NAME)")
                  .arg(isolated(a, "whoName"))
            : QCoreApplication::translate("samen", "; who: %1").arg(isolated(a, "whoName"));
    if (!str(a, "by").isEmpty())
        line += QCoreApplication::translate("samen", "; by %1").arg(str(a, "by"));
    if (!str(a, "evaluationDate").isEmpty())
        line += QCoreApplication::translate("samen", "; evaluate on %1").arg(str(a, "evaluationDate"));
    return line;
}

QString personLine(const QJsonObject &p)
{
    QStringList parts;
    for (const char *key : { "organisation", "role" }) {
        if (!str(p, key).isEmpty())
            parts << isolated(p, key);
    }
    QStringList domains;
    for (const QJsonValue &d : p.value(QStringLiteral("domains")).toArray())
        domains << TextHygiene::isolate(str(d.toObject(), "label"));
    if (!domains.isEmpty())
        parts << QCoreApplication::translate("samen", "works on %1").arg(domains.join(QStringLiteral(", ")));
    for (const char *key : { "phone", "email" }) {
        if (!str(p, key).isEmpty())
            parts << isolated(p, key);
    }
    if (!str(p, "since").isEmpty())
        parts << QCoreApplication::translate("samen", "since %1").arg(str(p, "since"));
    const int steps = int(p.value(QStringLiteral("openSteps")).toArray().size());
    const int agreements = int(p.value(QStringLiteral("openAgreements")).toArray().size());
    if (steps > 0)
        parts << QCoreApplication::translate("samen", "%n open step(s)", nullptr, steps);
    if (agreements > 0)
        parts << QCoreApplication::translate("samen", "%n open agreement(s)", nullptr, agreements);
    return QCoreApplication::translate("samen", "%1 (%2)").arg(isolated(p, "name"), parts.join(QStringLiteral("; ")));
}

QString meetingText(const QJsonObject &m)
{
    QStringList lines { meetingLine(m) };
    if (!str(m, "videoLink").isEmpty())
        lines << QCoreApplication::translate("samen", "Video link: %1").arg(str(m, "videoLink"));
    QStringList who;
    for (const QJsonValue &p : m.value(QStringLiteral("participants")).toArray())
        who << (p[QStringLiteral("former")].toBool() ? QCoreApplication::translate("samen", "%1 (no longer helps)").arg(isolated(p.toObject(), "name"))
                                                     : isolated(p.toObject(), "name"));
    lines << QCoreApplication::translate("samen", "With: %1").arg(who.join(QStringLiteral(", ")));
    QStringList agenda;
    for (const QJsonValue &a : m.value(QStringLiteral("agenda")).toArray())
        agenda << isolated(a.toObject(), "label");
    if (!agenda.isEmpty())
        lines << QCoreApplication::translate("samen", "Agenda: %1").arg(agenda.join(QStringLiteral("; ")));
    if (!str(m, "notes").isEmpty())
        lines << QCoreApplication::translate("samen", "Notes: %1").arg(isolated(m, "notes"));
    const QJsonArray agreements = m.value(QStringLiteral("agreements")).toArray();
    if (!agreements.isEmpty()) {
        lines << QCoreApplication::translate("samen", "Agreements:");
        for (const QJsonValue &a : agreements)
            lines << agreementLine(a.toObject());
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QStringList> membersNamed(CliContext &ctx, const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names) {
        const auto id = memberNamed(ctx, name);
        if (!id)
            return id.error();
        ids << id.value();
    }
    return ids;
}

} // namespace

namespace {

/**
 * The meeting `meeting add` plans and `meeting record` writes down: TITLE and --at required, the rest
 * optional (usage: the command's usage line). Validation error in plain words for a bad value.
 */
Result<MeetingInput> meetingInput(CliContext &ctx, const CliArgs &args)
{
    MeetingInput in;
    in.title = args.positional().first();
    in.at = QDateTime::fromString(args.value(QStringLiteral("at")), Qt::ISODate);
    if (!in.at.isValid())
        return Error { ErrorCode::Validation, QCoreApplication::translate("samen", "--at must be a date and time like 2026-12-01T10:00 (your local time).") };
    bool minutesOk = true;
    in.minutes = args.option(QStringLiteral("minutes")) ? args.value(QStringLiteral("minutes")).toInt(&minutesOk) : 60;
    if (!minutesOk)
        return Error { ErrorCode::Validation, QCoreApplication::translate("samen", "--minutes must be a whole number, for example 60.") };
    in.place = args.value(QStringLiteral("place"));
    in.videoLink = args.value(QStringLiteral("video-link"));
    const auto with = membersNamed(ctx, args.options(QStringLiteral("with")));
    if (!with)
        return with.error();
    in.participantIds = with.value();
    for (const QString &typed : args.options(QStringLiteral("agenda"))) {
        const auto key = domainNamed(ctx, typed);
        if (!key)
            return key.error();
        in.agendaDomains << key.value();
    }
    in.agendaPoints = args.options(QStringLiteral("point"));
    return in;
}

/** The new meeting as text, and that the citizen is always invited when --with did not name them (PlanEditor::planMeeting). */
QString madeText(CliContext &ctx, const QString &first, const QJsonObject &made, const MeetingInput &in)
{
    QString text = first + QLatin1Char('\n') + meetingText(made);
    for (const QJsonObject &m : ctx.store().entities(ctx.planId(), QStringLiteral("member"))) {
        if (str(m, "kind") == QLatin1String("citizen") && !in.participantIds.contains(str(m, "id")))
            text += QLatin1Char('\n')
                + (str(m, "id") == ctx.memberId()
                       ? QCoreApplication::translate("samen", "You are always invited: it is your plan.")
                       : QCoreApplication::translate("samen", "%1 is always invited: it is their plan.").arg(TextHygiene::isolate(str(m, "name"))));
    }
    return text;
}

/** `meeting add` (held false) and `meeting record` (held true, with --notes). */
int addMeeting(CliContext &ctx, bool held)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    QStringList options { QStringLiteral("at"),   QStringLiteral("minutes"), QStringLiteral("place"), QStringLiteral("video-link"),
                          QStringLiteral("with"), QStringLiteral("agenda"),  QStringLiteral("point") };
    if (held)
        options << QStringLiteral("notes");
    auto args = CliArgs::parse(ctx.args(), options);
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("at")))
        return ctx.usage(held ? QCoreApplication::translate("samen",
                                                            "Usage: samen-cli meeting record TITLE --at 2026-11-02T10:00 [--notes TEXT] [--minutes N] "
                                                            "[--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...")
                              : QCoreApplication::translate("samen",
                                                            "Usage: samen-cli meeting add TITLE --at 2026-12-01T10:00 [--minutes N] [--place P] "
                                                            "[--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]..."));
    const auto in = meetingInput(ctx, args.value());
    if (!in)
        return ctx.fail(in.error());
    auto id
        = applyEdit(ctx, held ? editorFor(ctx).recordHeldMeeting(in.value(), args->value(QStringLiteral("notes"))) : editorFor(ctx).planMeeting(in.value()));
    if (!id)
        return ctx.fail(id.error());
    const QJsonObject made = byId(TeamView(ctx.store(), ctx.planId()).meetings(), id.value());
    return ctx.done(
        made,
        madeText(ctx, held ? QCoreApplication::translate("samen", "Meeting recorded as held.") : QCoreApplication::translate("samen", "Meeting planned."), made,
                 in.value()));
}

} // namespace

int cmdMeetingAdd(CliContext &ctx)
{
    return addMeeting(ctx, false);
}

int cmdMeetingRecord(CliContext &ctx)
{
    return addMeeting(ctx, true);
}

int cmdMeetingList(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const QJsonArray meetings = TeamView(ctx.store(), ctx.planId()).meetings();
    QStringList lines;
    for (const QJsonValue &m : meetings)
        lines << meetingLine(m.toObject());
    return ctx.done(meetings,
                    lines.isEmpty() ? QCoreApplication::translate("samen", "No meetings yet. Plan one with samen-cli meeting add.")
                                    : lines.join(QLatin1Char('\n')));
}

int cmdMeetingShow(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli meeting show MEETING (its title or id)"));
    const auto m
        = pick(TeamView(ctx.store(), ctx.planId()).meetings(), "title", ctx.args().first(), QT_TRANSLATE_NOOP("samen", "There is no meeting called %1."));
    if (!m)
        return ctx.fail(m.error());
    return ctx.done(m.value(), meetingText(m.value()));
}

int cmdMeetingHeld(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("notes") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli meeting held MEETING [--notes TEXT]"));
    const TeamView view(ctx.store(), ctx.planId());
    const auto m = pick(view.meetings(), "title", args->positional().first(), QT_TRANSLATE_NOOP("samen", "There is no meeting called %1."));
    if (!m)
        return ctx.fail(m.error());
    auto id = applyEdit(ctx, editorFor(ctx).recordMeeting(str(m.value(), "id"), args->value(QStringLiteral("notes"))));
    if (!id)
        return ctx.fail(id.error());
    const QJsonObject held = byId(view.meetings(), id.value());
    // The rhythm from the research: the next meeting 2 to 6 weeks later.
    std::optional<QDateTime> previous;
    for (const QJsonValue &v : view.meetings()) {
        const QJsonObject o = v.toObject();
        if (str(o, "id") != id.value() && str(o, "status") == QLatin1String("held") && str(o, "at") < str(held, "at")) {
            previous = QDateTime::fromString(str(o, "at"), Qt::ISODate);
            break; // newest first: the one before
        }
    }
    const QDateTime next = TeamView::suggestedNextMeeting(QDateTime::fromString(str(held, "at"), Qt::ISODate), previous);
    QJsonObject out = held;
    out.insert(QStringLiteral("suggestedNext"), next.toUTC().toString(Qt::ISODate));
    return ctx.done(out,
                    QCoreApplication::translate("samen", "The meeting is marked as held. Plan the next one around %1.")
                        .arg(next.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
}

int cmdAgreementAdd(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(
        ctx.args(), { QStringLiteral("domain"), QStringLiteral("who"), QStringLiteral("by"), QStringLiteral("evaluate"), QStringLiteral("meeting") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || !args->option(QStringLiteral("domain")))
        return ctx.usage(QCoreApplication::translate(
            "samen", "Usage: samen-cli agreement add WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]"));
    AgreementInput in;
    in.what = args->positional().first();
    const auto domain = domainNamed(ctx, args->value(QStringLiteral("domain")));
    if (!domain)
        return ctx.fail(domain.error());
    in.domainKey = domain.value();
    if (args->option(QStringLiteral("who"))) {
        const auto who = memberNamed(ctx, args->value(QStringLiteral("who")));
        if (!who)
            return ctx.fail(who.error());
        in.whoId = who.value();
    }
    const auto by = args->date(QStringLiteral("by"));
    const auto evaluate = args->date(QStringLiteral("evaluate"));
    if (!by)
        return ctx.fail(by.error());
    if (!evaluate)
        return ctx.fail(evaluate.error());
    in.by = by.value();
    in.evaluationDate = evaluate.value();
    const TeamView view(ctx.store(), ctx.planId());
    if (args->option(QStringLiteral("meeting"))) {
        const auto m = pick(view.meetings(), "title", args->value(QStringLiteral("meeting")), QT_TRANSLATE_NOOP("samen", "There is no meeting called %1."));
        if (!m)
            return ctx.fail(m.error());
        in.meetingId = str(m.value(), "id");
    }
    auto id = applyEdit(ctx, editorFor(ctx).addAgreement(in));
    if (!id)
        return ctx.fail(id.error());
    const QJsonObject made = byId(view.agreements(), id.value());
    return ctx.done(made, QCoreApplication::translate("samen", "Agreement recorded.\n%1").arg(agreementLine(made)));
}

int cmdAgreementList(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    const QJsonArray agreements = TeamView(ctx.store(), ctx.planId()).agreements();
    QStringList lines;
    for (const QJsonValue &a : agreements)
        lines << agreementLine(a.toObject());
    return ctx.done(agreements, lines.isEmpty() ? QCoreApplication::translate("samen", "No agreements yet.") : lines.join(QLatin1Char('\n')));
}

int cmdAgreementEvaluate(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("next"), QStringLiteral("who") });
    if (!args)
        return ctx.fail(args.error());
    if (args->positional().size() != 1 || (!args->option(QStringLiteral("status")) && !args->option(QStringLiteral("who"))))
        return ctx.usage(QCoreApplication::translate(
            "samen", "Usage: samen-cli agreement evaluate AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]"));
    const TeamView view(ctx.store(), ctx.planId());
    const auto a = pick(view.agreements(), "what", args->positional().first(), QT_TRANSLATE_NOOP("samen", "There is no agreement %1."));
    if (!a)
        return ctx.fail(a.error());
    const auto next = args->date(QStringLiteral("next"));
    if (!next)
        return ctx.fail(next.error());
    // Who takes it on from now (the next step when the one it named no longer helps); without --status it stays as it is.
    QString whoId;
    if (args->option(QStringLiteral("who"))) {
        const auto who = memberNamed(ctx, args->value(QStringLiteral("who")));
        if (!who)
            return ctx.fail(who.error());
        whoId = who.value();
    }
    const QString status = args->option(QStringLiteral("status")) ? args->value(QStringLiteral("status")) : str(a.value(), "status");
    auto id = applyEdit(ctx, editorFor(ctx).evaluateAgreement(str(a.value(), "id"), status, args->value(QStringLiteral("note")), next.value(), whoId));
    if (!id)
        return ctx.fail(id.error());
    const QJsonObject now = byId(view.agreements(), id.value());
    return ctx.done(now, QCoreApplication::translate("samen", "Evaluation recorded.\n%1").arg(agreementLine(now)));
}

int cmdProfessionals(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli professionals"));
    const QJsonObject view = TeamView(ctx.store(), ctx.planId()).professionals(QDate::currentDate());
    QStringList lines;
    if (view.value(QStringLiteral("coordinator")).isObject())
        lines << QCoreApplication::translate("samen", "Coordinator: %1").arg(personLine(view.value(QStringLiteral("coordinator")).toObject()));
    else
        lines << QCoreApplication::translate("samen", "Nobody coordinates this plan yet.");
    const QJsonArray current = view.value(QStringLiteral("professionals")).toArray();
    for (const QJsonValue &p : current)
        lines << QCoreApplication::translate("samen", "- %1").arg(personLine(p.toObject()));
    if (current.isEmpty())
        lines << QCoreApplication::translate("samen", "No other professionals help with this plan now.");
    const QJsonArray former = view.value(QStringLiteral("former")).toArray();
    if (!former.isEmpty()) {
        lines << QCoreApplication::translate("samen", "Who helped before:");
        for (const QJsonValue &v : former) {
            const QJsonObject p = v.toObject();
            // Without an organisation in the plan: no empty "( , from" (trial after stop 36).
            lines << (str(p, "organisation").isEmpty()
                          ? QCoreApplication::translate("samen", "- %1 (from %2 to %3)").arg(isolated(p, "name"), str(p, "since"), str(p, "until"))
                          : QCoreApplication::translate("samen", "- %1 (%2, from %3 to %4)")
                                .arg(isolated(p, "name"), isolated(p, "organisation"), str(p, "since"), str(p, "until")));
        }
    }
    return ctx.done(view, lines.join(QLatin1Char('\n')));
}

int cmdCoordinatorHistory(CliContext &ctx)
{
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli coordinator history"));
    const QJsonArray history = TeamView(ctx.store(), ctx.planId()).professionals(QDate::currentDate()).value(QStringLiteral("coordinatorHistory")).toArray();
    QStringList lines;
    for (const QJsonValue &v : history) {
        const QJsonObject h = v.toObject();
        QString line = h.contains(QStringLiteral("until"))
            ? QCoreApplication::translate("samen", "%1: from %2 to %3").arg(isolated(h, "name"), str(h, "from"), str(h, "until"))
            : QCoreApplication::translate("samen", "%1: since %2 (now)").arg(isolated(h, "name"), str(h, "from"));
        if (!str(h, "note").isEmpty())
            line += QCoreApplication::translate("samen", ". Handover note: %1").arg(isolated(h, "note"));
        lines << line;
    }
    return ctx.done(history, lines.join(QLatin1Char('\n')));
}

} // namespace samen::cli
