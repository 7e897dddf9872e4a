#include "cli/peoplecommands.h"

#include "cli/cliargs.h"
#include "cli/clinetwork.h"
#include "cli/editrunner.h"
#include "cli/workcommands.h"
#include "domain/statuswords.h"
#include "domain/texthygiene.h"
#include "store/planview.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace samen::cli {

namespace {

QJsonObject personJson(const PersonEntry &p, const QString &name)
{
    return { { QStringLiteral("memberId"), p.memberId },
             { QStringLiteral("name"), name },
             { QStringLiteral("kind"), p.kind },
             { QStringLiteral("owner"), p.owner },
             { QStringLiteral("status"), p.status },
             { QStringLiteral("since"), p.sinceMs },
             { QStringLiteral("relation"), p.relation },
             { QStringLiteral("organisation"), p.organisation },
             { QStringLiteral("role"), p.role },
             { QStringLiteral("invitedName"), p.invitedName },
             { QStringLiteral("registeredName"), p.registeredName },
             { QStringLiteral("registeredOrganisation"), p.registeredOrganisation },
             { QStringLiteral("grants"), CliNetwork::grantsJson(p.grants) },
             { QStringLiteral("offered"), CliNetwork::grantsJson(p.offered) } };
}

/** Without the service: the people this device knew at its last sync, said to be possibly out of date. */
int localPeople(CliContext &ctx)
{
    const QJsonArray known = PlanView(ctx.store(), ctx.planId()).members();
    QStringList lines { QCoreApplication::translate("samen",
                                                    "Could not reach the service. These are the people this device knew at its last sync; "
                                                    "the list may be out of date.") };
    QJsonArray members;
    for (const QJsonValue &v : known) {
        const QJsonObject m = v.toObject();
        if (!PlanView::isCurrentMember(m, QDate::currentDate()))
            continue;
        members.append(m);
        QStringList about { statuswords::member(m.value(QStringLiteral("kind")).toString()) };
        for (const char *key : { "organisation", "role" }) {
            if (const QString value = m.value(QLatin1String(key)).toString(); !value.isEmpty())
                about << TextHygiene::isolate(value);
        }
        lines << QStringLiteral("  %1 (%2)").arg(TextHygiene::isolate(m.value(QStringLiteral("name")).toString()), about.join(QStringLiteral(", ")));
    }
    return ctx.done(
        QJsonObject { { QStringLiteral("members"), members }, { QStringLiteral("invitations"), QJsonArray() }, { QStringLiteral("offline"), true } },
        lines.join(QLatin1Char('\n')));
}

} // namespace

int cmdPeopleList(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli member list"));
    SAMEN_CLI_OPEN_PLAN_DATA(ctx)
    // A plan that is not connected has only the people written in it.
    if (ctx.store().setting(QStringLiteral("sync.serviceMemberId")).isEmpty())
        return cmdMemberList(ctx);
    CliNetwork net(ctx);
    const auto people = net.run<PeopleList>([&](auto done) { net.client().members(done); });
    if (!people && people.error().code == ErrorCode::Network)
        return localPeople(ctx);
    if (!people)
        return ctx.fail(people.error());
    QList<InvitationEntry> open;
    // Only the owner's device learns everyone's access (the service's read rule): a member's device knows its own
    // grants only, and must not say "no access" of the others.
    const bool owner = CliNetwork::isOwner(people.value());
    QString ownerName;
    if (owner) {
        const auto invitations = net.run<QList<InvitationEntry>>([&](auto done) { net.client().invitations(done); });
        if (!invitations)
            return ctx.fail(invitations.error());
        open = invitations.value();
        // The owner's plan follows the service, so plan show lists everyone it lists.
        if (Status mirrored = net.mirror().reconcile(people.value(), open); !mirrored)
            return ctx.fail(mirrored.error());
        net.sendMirrored();
    }
    QJsonArray members, invitations;
    QStringList in { QCoreApplication::translate("samen", "In the plan:") }, waiting { QCoreApplication::translate("samen", "Waiting to be let in:") },
        invited { QCoreApplication::translate("samen", "Invited, not yet joined:") };
    for (const PersonEntry &p : people->people) {
        const QString name = net.nameOf(p);
        const bool known = owner || p.memberId == people->you; // whose access this device knows
        QJsonObject json = personJson(p, net.plainNameOf(p));
        if (!known) {
            json.remove(QStringLiteral("grants"));
            json.remove(QStringLiteral("offered"));
        }
        json.insert(QStringLiteral("accessKnown"), known);
        members.append(json);
        if (p.owner)
            ownerName = name;
        QString who = name;
        const QString relation = CliNetwork::relationWord(p.relation);
        QStringList about;
        if (p.memberId == people->you && !owner)
            about << QCoreApplication::translate("samen", "you");
        if (p.owner)
            about << QCoreApplication::translate("samen", "owner");
        else if (!relation.isEmpty())
            about << relation;
        else if (p.kind == QLatin1String("professional"))
            about << QCoreApplication::translate("samen", "professional");
        if (!p.organisation.isEmpty())
            about << TextHygiene::isolate(p.organisation);
        if (!p.role.isEmpty())
            about << TextHygiene::isolate(p.role);
        // What the service checked, next to what was typed (issue 12): a professional as the operator registered them.
        // Whatever invitation they used: a professional's account that took a family invitation is said to be one (review 3, #26).
        if (p.kind == QLatin1String("professional"))
            about << (p.registeredOrganisation.isEmpty() ? QCoreApplication::translate("samen", "not registered with the service as a professional")
                                                         : QCoreApplication::translate("samen", "registered with the service as %1 of %2")
                                                               .arg(TextHygiene::isolate(p.registeredName), TextHygiene::isolate(p.registeredOrganisation)));
        else if (!p.registeredOrganisation.isEmpty())
            about << QCoreApplication::translate("samen", "this is a professional's account: registered with the service as %1 of %2")
                         .arg(TextHygiene::isolate(p.registeredName), TextHygiene::isolate(p.registeredOrganisation));
        if (p.status == QLatin1String("pending") && !p.invitedName.isEmpty())
            about << QCoreApplication::translate("samen", "used the invitation for %1").arg(TextHygiene::isolate(p.invitedName));
        if (!about.isEmpty())
            who += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
        if (p.status == QLatin1String("pending"))
            waiting << (known ? QStringLiteral("  %1: %2").arg(who, QCoreApplication::translate("samen", "offered: %1").arg(net.accessWords(p.offered)))
                              : QStringLiteral("  %1").arg(who));
        else if (p.owner || !known)
            in << QStringLiteral("  %1").arg(who);
        else
            in << QStringLiteral("  %1: %2").arg(who, net.accessWords(p.grants));
    }
    for (const InvitationEntry &i : std::as_const(open)) {
        QJsonObject o { { QStringLiteral("invitationId"), i.invitationId },
                        { QStringLiteral("memberId"), i.memberId },
                        { QStringLiteral("name"), i.name },
                        { QStringLiteral("kind"), i.kind },
                        { QStringLiteral("expiresAt"), i.expiresMs },
                        { QStringLiteral("grants"), CliNetwork::grantsJson(i.grants) } };
        invitations.append(o);
        invited << QStringLiteral("  %1: %2")
                       .arg(i.name.isEmpty() ? QCoreApplication::translate("samen", "(no name)") : TextHygiene::isolate(i.name),
                            QCoreApplication::translate("samen", "%1; the invitation can be used until %2")
                                .arg(net.accessWords(i.grants), CliNetwork::when(i.expiresMs)));
    }
    // The owner's plan also holds people written in it who do not use Samen on a device of their own (the demo's
    // network before anyone joins, a contact added by hand): they are in the plan too (review 2: member list showed
    // only Robin while professionals showed André and Samira). Invited ones are said under "invited".
    QJsonArray local;
    QStringList onlyHere { QCoreApplication::translate("samen", "In your plan, without Samen on a device of their own:") };
    if (owner) {
        QSet<QString> atService;
        for (const PersonEntry &p : people->people)
            atService.insert(p.memberId);
        for (const InvitationEntry &i : std::as_const(open))
            atService.insert(i.memberId);
        for (const QJsonValue &v : PlanView(ctx.store(), ctx.planId()).members()) {
            const QJsonObject m = v.toObject();
            if (atService.contains(m.value(QStringLiteral("id")).toString()) || !PlanView::isCurrentMember(m, QDate::currentDate()))
                continue;
            local.append(m);
            QStringList about { statuswords::member(m.value(QStringLiteral("kind")).toString()) };
            if (const QString relation = CliNetwork::relationWord(m.value(QStringLiteral("relation")).toString()); !relation.isEmpty())
                about = QStringList { relation };
            for (const char *key : { "organisation", "role" }) {
                if (const QString value = m.value(QLatin1String(key)).toString(); !value.isEmpty())
                    about << TextHygiene::isolate(value);
            }
            onlyHere << QStringLiteral("  %1 (%2)").arg(TextHygiene::isolate(m.value(QStringLiteral("name")).toString()), about.join(QStringLiteral(", ")));
        }
    }
    QStringList lines = in;
    if (onlyHere.size() > 1)
        lines << onlyHere;
    if (waiting.size() > 1) {
        lines << waiting;
        if (owner)
            lines << QCoreApplication::translate("samen", "Let someone in with samen-cli member let-in NAME, or decline with samen-cli member decline NAME.");
    }
    if (!owner)
        lines
            << (ownerName.isEmpty()
                    ? QCoreApplication::translate("samen", "This device knows only what you may see. What the others may see, only the plan's owner knows.")
                    : QCoreApplication::translate("samen", "This device knows only what you may see. What the others may see, only %1 knows.").arg(ownerName));
    if (invited.size() > 1)
        lines << invited;
    return ctx.done(
        QJsonObject { { QStringLiteral("members"), members }, { QStringLiteral("invitations"), invitations }, { QStringLiteral("inPlanOnly"), local } },
        lines.join(QLatin1Char('\n')));
}

int cmdMemberLetIn(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli member let-in NAME_OR_ID"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can let someone in.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    const auto person = net.person(ctx.args().first(), QStringLiteral("pending"));
    if (!person)
        return ctx.fail(person.error());
    const auto in = net.run<PersonEntry>([&](auto done) { net.client().letIn(person->memberId, done); });
    if (!in)
        return ctx.fail(in.error());
    if (Status mirrored = net.mirror().letIn(in.value()); !mirrored)
        return ctx.fail(mirrored.error());
    net.sendMirrored();
    const QString name = net.nameOf(in.value());
    return ctx.done(personJson(in.value(), net.plainNameOf(in.value())),
                    QCoreApplication::translate("samen", "%1 is in the plan now and %2. Their devices receive it at their next sync.")
                        .arg(name, net.accessWords(in->grants)));
}

int cmdMemberDecline(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("samen", "Usage: samen-cli member decline NAME_OR_ID"));
    SAMEN_CLI_OPEN_PLAN(ctx)
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can decide not to let someone in.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    const auto person = net.person(ctx.args().first(), QStringLiteral("pending"));
    if (!person)
        return ctx.fail(person.error());
    const auto declined = net.run<bool>([&](auto done) { net.client().decline(person->memberId, done); });
    if (!declined)
        return ctx.fail(declined.error());
    const QString name = net.nameOf(person.value());
    return ctx.done(QJsonObject { { QStringLiteral("memberId"), person->memberId }, { QStringLiteral("declined"), true } },
                    QCoreApplication::translate("samen", "%1 was not let in and sees nothing of your plan.").arg(name));
}

int cmdAccessSet(CliContext &ctx)
{
    auto args = CliArgs::parse(ctx.args(), { QStringLiteral("purpose"), QStringLiteral("until") });
    if (!args)
        return ctx.fail(args.error());
    const QStringList &a = args->positional();
    if (a.size() != 3)
        return ctx.usage(
            QCoreApplication::translate("samen", "Usage: samen-cli access set NAME_OR_ID DOMAIN none|read|write [--purpose TEXT] [--until YYYY-MM-DD]"));
    AccessGrant wanted { a[1], a[2], args->value(QStringLiteral("purpose")).trimmed(), 0, {} };
    if (wanted.access != QLatin1String("read") && wanted.access != QLatin1String("write") && wanted.access != QLatin1String("none"))
        return ctx.fail(Error { ErrorCode::Validation, QCoreApplication::translate("samen", "The access must be none, read or write.") });
    if (const auto until = args->option(QStringLiteral("until"))) {
        auto end = CliNetwork::endOfDay(*until);
        if (!end)
            return ctx.fail(end.error());
        wanted.untilMs = end.value();
    }
    SAMEN_CLI_OPEN_PLAN(ctx)
    // The owner first: a member hears why, not that a life domain or a person was not found (review 6, #3).
    if (Status owner = ctx.requireOwner(QCoreApplication::translate("samen", "Only the plan's owner can change what someone may see and change.")); !owner)
        return ctx.fail(owner.error());
    CliNetwork net(ctx);
    if (const auto typed = domainNamed(ctx, wanted.domainKey); typed) // its name in words is taken too (review 3, finding 29)
        wanted.domainKey = typed.value();
    bool known = false;
    for (const QJsonObject &d : ctx.store().entities(ctx.planId(), QStringLiteral("domain")))
        known = known || d.value(QStringLiteral("key")).toString() == wanted.domainKey;
    if (!known)
        return ctx.fail(Error { ErrorCode::Validation,
                                QCoreApplication::translate("samen", "There is no life domain %1 in this plan. See samen-cli domain list.")
                                    .arg(TextHygiene::isolate(wanted.domainKey.left(40))) });
    const auto person = net.person(a[0], QStringLiteral("active"));
    if (!person)
        return ctx.fail(person.error());
    const auto now = net.run<QList<AccessGrant>>([&](auto done) { net.client().setAccess(person->memberId, { wanted }, done); });
    if (!now)
        return ctx.fail(now.error());
    if (Status mirrored = net.mirror().setAccess(person->memberId, now.value()); !mirrored)
        return ctx.fail(mirrored.error());
    net.sendMirrored();
    const QString name = net.nameOf(person.value());
    const QString area = net.domainLabel(wanted.domainKey);
    const QString text = wanted.access == QLatin1String("none")
        ? QCoreApplication::translate("samen", "%1 will no longer see %2. Their devices delete it at their next sync.").arg(name, area)
        : wanted.access == QLatin1String("write") ? QCoreApplication::translate("samen", "%1 may now see and change %2.").arg(name, area)
                                                  : QCoreApplication::translate("samen", "%1 may now see %2, but not change it.").arg(name, area);
    return ctx.done(QJsonObject { { QStringLiteral("memberId"), person->memberId }, { QStringLiteral("grants"), CliNetwork::grantsJson(now.value()) } },
                    text + CliNetwork::endSentence(now.value(), wanted.domainKey));
}

} // namespace samen::cli
