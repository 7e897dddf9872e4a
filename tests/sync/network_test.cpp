// The people around the citizen through the device core (app/network), against the
// real samen-service over TLS with real encrypted stores: an invitation that names the
// person by their plan id, a preview, a join under the person's own name, letting them
// in, access per domain, removal, the owner's plan mirroring all of it, and the access
// log in words.
#include "synctestsupport.h"

#include "domain/texthygiene.h"
#include "network/accesslogwords.h"
#include "network/invitationlink.h"
#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "sync/planstate.h"

using namespace samen;
using namespace samen::test;

namespace {

template<typename T> Result<T> awaitNet(const std::function<void(NetworkClient::Done<T>)> &start)
{
    return await<T>([&](SyncClient::Done<T> done) { start(done); });
}

/** The grant entities of one member on a device: "domain:access", sorted. */
QStringList grantEntities(PlanStore &store, const QString &planId, const QString &memberId)
{
    QStringList out;
    for (const QJsonObject &g : store.entities(planId, QStringLiteral("grant"))) {
        if (g.value(QStringLiteral("memberId")).toString() == memberId)
            out.append(g.value(QStringLiteral("domainKey")).toString() + QLatin1Char(':') + g.value(QStringLiteral("access")).toString());
    }
    out.sort();
    return out;
}

AccessGrant grant(const char *domain, const char *access, const QString &purpose = {})
{
    return AccessGrant { QLatin1String(domain), QLatin1String(access), purpose, 0, {} };
}

/** The service, Robin's connected plan (with André as a contact and a money goal), and a professional's device enrolled. */
struct PeopleWorld {
    TestDir serviceDir, citizenDir, professionalDir;
    ServiceProcess service { serviceDir.path() };
    Device citizen { citizenDir.path(), QStringLiteral("citizen1") };
    Device professional { professionalDir.path(), QStringLiteral("prof1") };
    QUrl url;
    SyncTrust trust;
    QString planId, andreId, goalId;

    PeopleWorld()
    {
        REQUIRE(service.start());
        url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
        trust = trustOf(serviceDir.path(), service.pin());
        planId = citizen.makePlan(QStringLiteral("Robin"));
        MemberInput andre;
        andre.kind = QStringLiteral("professional");
        andre.name = QStringLiteral("André");
        andre.organisation = QStringLiteral("Welfare organisation");
        andreId = citizen.edit(citizen.editor().addMember(andre));
        goalId = citizen.edit(citizen.editor().addGoal(QStringLiteral("money"), QStringLiteral("Pay off the debts"), {}, {}));
        REQUIRE(citizen.connect(url, trust, QStringLiteral("phone")));
        REQUIRE(citizen.sync());
        REQUIRE(professional.connect(url, trust, QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path())));
    }
    NetworkMirror mirror() { return NetworkMirror(*citizen.store, *citizen.clockPtr, planId, citizen.store->setting(QStringLiteral("memberId"))); }
};

} // namespace

TEST_CASE("An invitation link carries the service, its pin and the code, a bare code is taken too, anything else is refused in words", "[sync][people]")
{
    const QString pin = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QString code = QStringLiteral("Abc-def_0123456789xyzABCDEFGHIJ");
    const InvitationLink link(QUrl(QStringLiteral("https://samen.example:8443")), pin, code);
    const auto parsed = InvitationLink::parse(link.toString());
    REQUIRE(parsed);
    CHECK(parsed->service() == QUrl(QStringLiteral("https://samen.example:8443")));
    CHECK(parsed->pin() == pin);
    CHECK(parsed->code() == code);
    CHECK(InvitationLink::groupedPin(pin).startsWith(QStringLiteral("0123 4567 89ab")));
    // The pin as the app shows it is taken back.
    const QString grouped = QStringLiteral("samen://join?service=https%3A%2F%2Fsamen.example&pin=")
        + QString(InvitationLink::groupedPin(pin)).replace(QLatin1Char(' '), QStringLiteral("%20")) + QStringLiteral("&code=") + code;
    REQUIRE(InvitationLink::parse(grouped));
    CHECK(InvitationLink::parse(grouped)->pin() == pin);
    const auto bare = InvitationLink::parse(QStringLiteral("  ") + code + QStringLiteral("\n"));
    REQUIRE(bare);
    CHECK_FALSE(bare->hasService());
    CHECK(bare->code() == code);
    for (const QString &bad :
         { QString(), QStringLiteral("two words"), QStringLiteral("abc"), QStringLiteral("samen://join?service=http%3A%2F%2Fsamen.example&code=") + code,
           QStringLiteral("samen://join?service=https%3A%2F%2Fsamen.example"),
           QStringLiteral("samen://join?service=https%3A%2F%2Fsamen.example&pin=12ab&code=") + code,
           QStringLiteral("https://samen.example/join?code=") + code }) {
        INFO(bad.toStdString());
        const auto r = InvitationLink::parse(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK_FALSE(r.error().message.isEmpty());
    }
}

TEST_CASE("Robin invites André by his plan id, André previews, joins under his own name, is let in, and is the same person on every device", "[sync][people]")
{
    PeopleWorld w;
    NetworkClient owner(*w.citizen.client, *w.citizen.store);
    NetworkClient andre(*w.professional.client, *w.professional.store);
    NetworkMirror mirror = w.mirror();

    InvitationRequest request;
    request.kind = QStringLiteral("professional");
    request.memberId = w.andreId;
    request.name = QStringLiteral("André");
    request.organisation = QStringLiteral("Welfare organisation");
    request.role = QStringLiteral("coordinator");
    request.fromName = QStringLiteral("Robin");
    request.grants = { grant("money", "write", QStringLiteral("Debt counselling")), grant("work", "read") };
    const auto invited = awaitNet<InvitationEntry>([&](auto done) { owner.invite(request, done); });
    REQUIRE(invited);
    CHECK(invited->memberId == w.andreId);
    REQUIRE_FALSE(invited->code.isEmpty());
    REQUIRE(mirror.invited(invited.value()));
    CHECK(w.citizen.store->entity(invited->invitationId).value_or(QJsonObject()).value(QStringLiteral("status")).toString() == QStringLiteral("pending"));

    // The link as the app shares it, parsed on André's device.
    const auto link = InvitationLink::parse(InvitationLink(w.url, w.service.pin(), invited->code).toString());
    REQUIRE(link);
    const auto offer = awaitNet<InvitationOffer>([&](auto done) { andre.preview(link->code(), done); });
    REQUIRE(offer);
    CHECK(offer->fromName == QStringLiteral("Robin"));
    CHECK(offer->planId == w.planId);
    REQUIRE(offer->grants.size() == 2);
    CHECK(offer->grants[0].purpose == QStringLiteral("Debt counselling"));
    const auto joined = awaitNet<JoinResult>([&](auto done) { andre.join(link->code(), QStringLiteral("André de Vries"), done); });
    REQUIRE(joined);
    CHECK(joined->memberId == w.andreId);
    CHECK(w.professional.store->setting(QStringLiteral("memberId")) == w.andreId);

    // Robin sees him waiting, with what was offered, and lets him in.
    const auto people = awaitNet<PeopleList>([&](auto done) { owner.members(done); });
    REQUIRE(people);
    const auto waiting = std::find_if(people->people.cbegin(), people->people.cend(), [&](const PersonEntry &p) { return p.memberId == w.andreId; });
    REQUIRE(waiting != people->people.cend());
    CHECK(waiting->status == QStringLiteral("pending"));
    CHECK(waiting->name == QStringLiteral("André de Vries"));
    CHECK(waiting->role == QStringLiteral("coordinator"));
    CHECK(waiting->offered.size() == 2);
    const auto letIn = awaitNet<PersonEntry>([&](auto done) { owner.letIn(w.andreId, done); });
    REQUIRE(letIn);
    CHECK(letIn->status == QStringLiteral("active"));
    REQUIRE(mirror.letIn(letIn.value()));
    CHECK(grantEntities(*w.citizen.store, w.planId, w.andreId) == QStringList { QStringLiteral("money:write"), QStringLiteral("work:read") });
    CHECK(w.citizen.store->entity(invited->invitationId).value_or(QJsonObject()).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(w.citizen.store->entities(w.planId, QStringLiteral("member")).size() == 2); // Robin and André: no second André

    // One id everywhere: André's device has his member record and names himself as a step's owner.
    REQUIRE(w.citizen.sync());
    REQUIRE(w.professional.sync());
    REQUIRE(w.professional.store->entity(w.andreId));
    const QString stepId = w.professional.edit(w.professional.editor().addStep(w.goalId, QStringLiteral("Call the creditors"), w.andreId, {}));
    const auto pushed = w.professional.sync();
    REQUIRE(pushed);
    CHECK(pushed->refused == 0);
    REQUIRE(w.citizen.sync());
    CHECK(w.citizen.store->entity(stepId).value_or(QJsonObject()).value(QStringLiteral("ownerId")).toString() == w.andreId);

    // Access: work taken away in one call; the plan follows.
    const auto access = awaitNet<QList<AccessGrant>>([&](auto done) { owner.setAccess(w.andreId, { grant("work", "none") }, done); });
    REQUIRE(access);
    REQUIRE(access->size() == 1);
    REQUIRE(mirror.setAccess(w.andreId, access.value()));
    CHECK(grantEntities(*w.citizen.store, w.planId, w.andreId) == QStringList { QStringLiteral("money:write") });

    // Removed: no grants, and an end date; the person stays in the plan's history.
    REQUIRE(awaitNet<bool>([&](auto done) { owner.removeMember(w.andreId, done); }));
    REQUIRE(mirror.removeMember(w.andreId));
    CHECK(grantEntities(*w.citizen.store, w.planId, w.andreId).isEmpty());
    CHECK(w.citizen.store->entity(w.andreId).value_or(QJsonObject()).value(QStringLiteral("until")).toString() == QDate::currentDate().toString(Qt::ISODate));

    // The access log in words: names, domain labels, no ids or codes; the chain holds.
    const auto log = awaitNet<AuditLogPage>([&](auto done) { owner.auditLog(done); });
    REQUIRE(log);
    CHECK(log->chainIntact);
    CHECK(log->entriesMatch);
    AccessLogWords words(*w.citizen.store, w.planId);
    QStringList lines;
    for (const AccessLogDay &day : words.days(log->entries)) {
        CHECK(day.title == QStringLiteral("Today"));
        for (const AccessLogLine &line : day.lines)
            lines.append(line.text);
    }
    const QString all = lines.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("let ") + TextHygiene::isolate(QStringLiteral("André")) + QStringLiteral(" in")));
    CHECK(all.contains(TextHygiene::isolate(QStringLiteral("André")) + QStringLiteral(" changed a step in Money")));
    CHECK(all.contains(QStringLiteral("took away ") + TextHygiene::isolate(QStringLiteral("André")) + QStringLiteral("'s access to Work")));
    CHECK_FALSE(all.contains(QStringLiteral("ops.")));
    CHECK_FALSE(all.contains(w.andreId));
    CHECK(AccessLogWords::chainSentence(log.value()).contains(QStringLiteral("nothing in it was changed")));
}

TEST_CASE("The owner's plan is brought in line with the service: joins, access, removals and invitations made elsewhere", "[sync][people]")
{
    PeopleWorld w;
    NetworkClient owner(*w.citizen.client, *w.citizen.store);
    NetworkMirror mirror = w.mirror();
    // Made from another device of Robin's (raw calls): an invitation for Sam, and André let in.
    const QString base = QStringLiteral("/v1/plans/%1").arg(w.planId);
    const auto forAndre = w.citizen.call(
        "POST", base + QStringLiteral("/invitations"),
        { { QStringLiteral("kind"), QStringLiteral("professional") },
          { QStringLiteral("memberId"), w.andreId },
          { QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("money") }, { QStringLiteral("access"), QStringLiteral("read") } } } } });
    REQUIRE(forAndre);
    REQUIRE(
        await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { w.professional.client->joinPlan(forAndre->value(QStringLiteral("code")).toString(), d); }));
    REQUIRE(w.citizen.call("POST", base + QStringLiteral("/members/%1/confirm").arg(w.andreId)));
    const auto forSam
        = w.citizen.call("POST", base + QStringLiteral("/invitations"),
                         { { QStringLiteral("kind"), QStringLiteral("network") },
                           { QStringLiteral("invitee"),
                             QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") }, { QStringLiteral("relation"), QStringLiteral("friend") } } } });
    REQUIRE(forSam);
    const QString samInvitation = forSam->value(QStringLiteral("invitationId")).toString();

    auto reconcile = [&] {
        const auto people = awaitNet<PeopleList>([&](auto done) { owner.members(done); });
        const auto open = awaitNet<QList<InvitationEntry>>([&](auto done) { owner.invitations(done); });
        REQUIRE(people);
        REQUIRE(open);
        REQUIRE(mirror.reconcile(people.value(), open.value()));
    };
    reconcile();
    CHECK(grantEntities(*w.citizen.store, w.planId, w.andreId) == QStringList { QStringLiteral("money:read") });
    const auto samEntity = w.citizen.store->entity(samInvitation);
    REQUIRE(samEntity);
    CHECK(samEntity->value(QStringLiteral("name")).toString() == QStringLiteral("Sam"));
    CHECK(samEntity->value(QStringLiteral("relation")).toString() == QStringLiteral("friend"));
    CHECK(samEntity->value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    const auto opsBefore = w.citizen.store->outbox(10000);
    reconcile(); // nothing changed: nothing written
    CHECK(w.citizen.store->outbox(10000).size() == opsBefore.size());

    // Elsewhere: André removed, the invitation withdrawn.
    REQUIRE(w.citizen.call("DELETE", base + QStringLiteral("/members/%1").arg(w.andreId)));
    REQUIRE(w.citizen.call("DELETE", base + QStringLiteral("/invitations/%1").arg(samInvitation)));
    reconcile();
    CHECK(grantEntities(*w.citizen.store, w.planId, w.andreId).isEmpty());
    CHECK_FALSE(w.citizen.store->entity(w.andreId).value_or(QJsonObject()).value(QStringLiteral("until")).toString().isEmpty());
    CHECK(w.citizen.store->entity(samInvitation).value_or(QJsonObject()).value(QStringLiteral("status")).toString() == QStringLiteral("withdrawn"));
    // All of it travels: the service accepts every mirrored change of the owner.
    const auto synced = w.citizen.sync();
    REQUIRE(synced);
    CHECK(synced->refused == 0);
}

TEST_CASE("A failure says what went wrong in the person's words, with the service's text only below a general sentence", "[sync][people]")
{
    PeopleWorld w;
    NetworkClient andre(*w.professional.client, *w.professional.store);
    const auto unknown = awaitNet<InvitationOffer>([&](auto done) { andre.preview(QStringLiteral("NoSuchCode0123456789abcdefghij"), done); });
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.startsWith(QStringLiteral("This invitation code is not known.")));
    NetworkClient owner(*w.citizen.client, *w.citizen.store);
    const auto notWaiting = awaitNet<PersonEntry>([&](auto done) { owner.letIn(w.andreId, done); });
    REQUIRE_FALSE(notWaiting);
    CHECK(notWaiting.error().message.startsWith(QStringLiteral("This person is no longer waiting to join.")));
    // A sentence made for this answer says it all: the service's English is not repeated below it under an English "Detail:".
    CHECK_FALSE(notWaiting.error().message.contains(QStringLiteral("There is no member with this id")));
    CHECK_FALSE(notWaiting.error().message.contains(QStringLiteral("Detail")));
    const auto badId = awaitNet<bool>([&](auto done) { owner.decline(QStringLiteral("../devices"), done); });
    REQUIRE_FALSE(badId);
    CHECK(badId.error().code == ErrorCode::NotFound);
}

TEST_CASE("The access log folds repeated reads of the same thing by the same person within ten minutes, newest first, by day", "[sync][people]")
{
    PlanState plan;
    HlcClock clock(QStringLiteral("n1"));
    auto created = PlanEditor::createPlan(clock, QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("Robin"));
    REQUIRE(created);
    plan.apply(created->ops);
    const QString planId = created->entityId;
    PlanEditor editor(plan, clock, planId, PlanEditor::ownerMemberIdOf(created.value()));
    MemberInput sam;
    sam.kind = QStringLiteral("network");
    sam.name = QStringLiteral("Sam");
    sam.relation = QStringLiteral("friend");
    auto added = editor.addMember(sam);
    REQUIRE(added);
    plan.apply(added->ops);
    const QString samId = added->entityId;
    const QDate today(2026, 11, 29);
    const qint64 noon = QDateTime(today, QTime(12, 0)).toMSecsSinceEpoch();
    auto read = [&](qint64 at, const char *domain, const char *action = "ops.read") {
        AuditEntry e;
        e.atMs = at;
        e.seq = at;
        e.action = QLatin1String(action);
        e.actorMemberId = samId;
        e.domainKey = QLatin1String(domain);
        return e;
    };
    const qint64 minute = 60000;
    // Housing read at 12:00 (snapshot), 12:04 and 12:09 with the shared part in between: one line; again at 12:30: a new line.
    QList<AuditEntry> entries { read(noon, "housing", "snapshot.read"), read(noon + 1, ""),
                                read(noon + 4 * minute, "housing"),     read(noon + 4 * minute + 1, ""),
                                read(noon + 9 * minute, "housing"),     read(noon + 30 * minute, "housing"),
                                read(noon + 31 * minute, "work"),       read(noon - 24 * 60 * minute, "housing") };
    AccessLogWords words(plan, planId);
    const QList<AccessLogDay> days = words.days(entries, {}, today);
    REQUIRE(days.size() == 2);
    CHECK(days[0].title == QStringLiteral("Today"));
    CHECK(days[1].title == QStringLiteral("Yesterday"));
    REQUIRE(days[0].lines.size() == 4);
    const QString sam_ = TextHygiene::isolate(QStringLiteral("Sam")) + QStringLiteral(" (friend)");
    CHECK(days[0].lines[0].text == sam_ + QStringLiteral(" looked at Work and daytime activities"));
    CHECK(days[0].lines[1].text == sam_ + QStringLiteral(" looked at Housing"));
    CHECK(days[0].lines[2].text == sam_ + QStringLiteral(" looked at Housing (3 times)"));
    CHECK(days[0].lines[2].entries == 3);
    CHECK(days[0].lines[2].time == QLocale(QStringLiteral("en_GB")).toString(QTime(12, 9), QLocale::ShortFormat)); // the newest read it stands for
    CHECK(days[0].lines[3].text == sam_ + QStringLiteral(" looked at the shared part of the plan (2 times)"));
    // Filtered by another person: nothing of Sam's.
    CHECK(words.days(entries, QStringLiteral("someone-else"), today).isEmpty());
}

TEST_CASE("The access log says a refused change was refused, never changed, and folds one reordering of the life domains into one line", "[sync][people]")
{
    PlanState plan;
    HlcClock clock(QStringLiteral("n1"));
    auto created = PlanEditor::createPlan(clock, QStringLiteral("Robin"), QStringLiteral("default"), QStringLiteral("Robin"));
    REQUIRE(created);
    plan.apply(created->ops);
    const QString planId = created->entityId;
    const QString robinId = PlanEditor::ownerMemberIdOf(created.value());
    PlanEditor editor(plan, clock, planId, robinId);
    MemberInput andre;
    andre.kind = QStringLiteral("professional");
    andre.name = QStringLiteral("André");
    auto added = editor.addMember(andre);
    REQUIRE(added);
    plan.apply(added->ops);
    const QString andreId = added->entityId;
    const QDate today(2026, 11, 29);
    const qint64 noon = QDateTime(today, QTime(12, 0)).toMSecsSinceEpoch();
    auto write = [&](qint64 at, const QString &who, const char *type, const char *domain, int count, int rejected) {
        AuditEntry e;
        e.atMs = at;
        e.seq = at;
        e.action = QStringLiteral("ops.write");
        e.actor = who + QStringLiteral("-device");
        e.actorMemberId = who;
        e.entityType = QLatin1String(type);
        e.domainKey = QLatin1String(domain);
        e.count = count;
        e.detail = QJsonObject { { QStringLiteral("entityType"), e.entityType },
                                 { QStringLiteral("domainKey"), e.domainKey },
                                 { QStringLiteral("count"), count },
                                 { QStringLiteral("rejected"), rejected } };
        return e;
    };
    AccessLogWords words(plan, planId);
    const QString andre_ = TextHygiene::isolate(QStringLiteral("André"));
    const QString robin = TextHygiene::isolate(QStringLiteral("Robin"));
    // All refused, some refused, none refused.
    CHECK(words.sentence(write(noon, andreId, "goal", "money", 0, 2))
          == andre_ + QStringLiteral(" tried to change a goal in Money and debts; this was not allowed"));
    CHECK(words.sentence(write(noon, andreId, "goal", "", 0, 1)) == andre_ + QStringLiteral(" tried to change a goal; this was not allowed"));
    const QString mixed = words.sentence(write(noon, andreId, "step", "money", 3, 2));
    CHECK(mixed.startsWith(andre_ + QStringLiteral(" changed a step in Money and debts; 2 change")));
    CHECK(mixed.endsWith(QStringLiteral(" not allowed")));
    CHECK(words.sentence(write(noon, andreId, "step", "money", 2, 0)) == andre_ + QStringLiteral(" changed a step in Money and debts"));
    CHECK_FALSE(words.sentence(write(noon, andreId, "step", "money", 0, 0)).contains(QStringLiteral(" changed a step")));

    // Robin's first sync: one entry per life domain for the order, within a minute; then a goal. André's reorder is his own line.
    const qint64 second = 1000;
    QList<AuditEntry> entries { write(noon, robinId, "domain", "work", 1, 0), write(noon + second, robinId, "domain", "housing", 1, 0),
                                write(noon + 2 * second, robinId, "domain", "money", 1, 0), write(noon + 3 * second, robinId, "goal", "work", 1, 0),
                                write(noon + 4 * second, andreId, "domain", "money", 0, 1) };
    const QList<AccessLogDay> days = words.days(entries, {}, today);
    REQUIRE(days.size() == 1);
    REQUIRE(days[0].lines.size() == 3);
    CHECK(days[0].lines[0].text == andre_ + QStringLiteral(" tried to change the order of the life areas in Money and debts; this was not allowed"));
    CHECK(days[0].lines[1].text == robin + QStringLiteral(" changed a goal in Work and daytime activities"));
    CHECK(days[0].lines[2].text == robin + QStringLiteral(" changed the order of the life areas"));
    CHECK(days[0].lines[2].entries == 3);
}

TEST_CASE("The owner's plan always holds whom the service let in: a name someone in the plan already has is told apart in words, and it syncs",
          "[sync][people][names]")
{
    PeopleWorld w;
    NetworkClient owner(*w.citizen.client, *w.citizen.store);
    NetworkMirror mirror = w.mirror();
    // Sam is let in at the service (from another device of Robin's, raw calls) ...
    const QString base = QStringLiteral("/v1/plans/%1").arg(w.planId);
    const auto forSam = w.citizen.call(
        "POST", base + QStringLiteral("/invitations"),
        { { QStringLiteral("kind"), QStringLiteral("network") },
          { QStringLiteral("invitee"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") }, { QStringLiteral("relation"), QStringLiteral("neighbour") } } },
          { QStringLiteral("grants"),
            QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("money") }, { QStringLiteral("access"), QStringLiteral("read") } } } } });
    REQUIRE(forSam);
    const auto joined
        = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { w.professional.client->joinPlan(forSam->value(QStringLiteral("code")).toString(), d); });
    REQUIRE(joined);
    const QString samId = joined->value(QStringLiteral("memberId")).toString();
    REQUIRE(w.citizen.call("POST", base + QStringLiteral("/members/%1/confirm").arg(samId)));
    // ... while this device, not yet told, wrote down a contact of the same name (issue 12: the owner's own name, in the review).
    MemberInput contact;
    contact.kind = QStringLiteral("network");
    contact.name = QStringLiteral("SAM");
    const QString contactId = w.citizen.edit(w.citizen.editor().addMember(contact));

    // Mirroring the service never fails on the clash (it made `member list` fail for good): Sam is told apart by what
    // the owner knows of him, in words ("Sam (neighbour)"), not by a bare number ("Sam (2)" said nothing).
    const auto people = awaitNet<PeopleList>([&](auto done) { owner.members(done); });
    const auto open = awaitNet<QList<InvitationEntry>>([&](auto done) { owner.invitations(done); });
    REQUIRE(people);
    REQUIRE(open);
    REQUIRE(mirror.reconcile(people.value(), open.value()));
    CHECK(w.citizen.store->entity(samId).value_or(QJsonObject()).value(QStringLiteral("name")).toString() == QStringLiteral("Sam (neighbour)"));
    CHECK(w.citizen.store->entity(contactId).value_or(QJsonObject()).value(QStringLiteral("name")).toString() == QStringLiteral("SAM"));
    CHECK(grantEntities(*w.citizen.store, w.planId, samId) == QStringList { QStringLiteral("money:read") });
    REQUIRE(mirror.reconcile(people.value(), open.value())); // and again: nothing more to do
    const auto synced = w.citizen.sync();
    REQUIRE(synced);
    CHECK(synced->refused == 0);
}
