#include "plans/invitationinput.h"

#include "domain/namerule.h"
#include "domain/schema.h"
#include "domain/texthygiene.h"
#include "plans/planaccess.h"

#include <QUuid>

namespace samen::service {

namespace {

const QStringList kKinds { QStringLiteral("network"), QStringLiteral("professional") };
// The latest end date the service takes (the year 2100), as for grants.
constexpr qint64 kLatestUntilMs = 4102444800000LL;

// A one-line text of at most maxLength characters; required asks for a visible character.
bool isLine(const QJsonValue &v, int maxLength, bool required)
{
    return v.isString() && v.toString().size() <= maxLength
        && TextHygiene::check(v.toString(), TextHygiene::Kind::OneLine, required) == TextHygiene::Problem::None;
}

} // namespace

bool InvitationInput::isLowerCaseUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull() && text == text.toLower();
}

QString InvitationInput::readInvitee(const QJsonValue &value, QJsonObject *out)
{
    const QString shape = QStringLiteral("\"invitee\" must be {\"name\": one line of at most 120 characters, \"relation\": optional, one of partner, family, "
                                         "friend, neighbour, employer, volunteer, other, \"organisation\" and \"role\": optional, at most 120 characters}.");
    if (!value.isObject())
        return shape;
    const QJsonObject o = value.toObject();
    QJsonObject clean;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("name") && key != QLatin1String("relation") && key != QLatin1String("organisation") && key != QLatin1String("role"))
            return shape;
        // The name rule first, so its message names the field; then the plan's member rules: what the
        // owner's device later writes as the member entity passes too.
        if (key == QLatin1String("name") && it.value().isString() && NameRule::check(it.value().toString()) != NameRule::Problem::None)
            return JsonRequest::nameRuleMessage(QStringLiteral("invitee.name"));
        if (!isLine(it.value(), 120, key == QLatin1String("name")) || !validateField(QStringLiteral("member"), key, it.value()))
            return shape;
        clean.insert(key, it.value());
    }
    if (!clean.contains(QStringLiteral("name")))
        return shape;
    *out = clean;
    return {};
}

void InvitationInput::read(JsonRequest &in, qint64 nowMs, qint64 maxLifetimeS, InvitationRecord *out, qint64 *lifetimeS)
{
    out->kind = in.string(QStringLiteral("kind"), 20);
    const QJsonArray grants = in.array(QStringLiteral("grants"), 50, false);
    *lifetimeS = in.integer(QStringLiteral("expiresInSeconds"), 60, maxLifetimeS, false).value_or(maxLifetimeS);
    out->memberId = in.string(QStringLiteral("memberId"), 36, false);
    const QJsonObject from = in.object(QStringLiteral("from"), false);
    out->untilMs = in.integer(QStringLiteral("until"), nowMs + 1, kLatestUntilMs, false).value_or(0);
    if (in.ok() && !kKinds.contains(out->kind))
        in.fail(QStringLiteral("\"kind\" must be \"network\" or \"professional\"."));
    if (in.ok() && !out->memberId.isEmpty() && !isLowerCaseUuid(out->memberId))
        in.fail(QStringLiteral("\"memberId\" must be a lower-case UUID (36 characters)."));
    if (in.ok() && in.object().contains(QStringLiteral("invitee"))) {
        if (const QString why = readInvitee(in.object().value(QStringLiteral("invitee")), &out->invitee); !why.isEmpty())
            in.fail(why);
    }
    if (in.ok() && in.object().contains(QStringLiteral("from"))) {
        if (from.size() != 1 || !isLine(from.value(QStringLiteral("name")), 120, true))
            in.fail(QStringLiteral("\"from\" must be {\"name\": one line of at most 120 characters}."));
        else if (NameRule::check(from.value(QStringLiteral("name")).toString()) != NameRule::Problem::None)
            in.fail(JsonRequest::nameRuleMessage(QStringLiteral("from.name")));
        else
            out->fromName = from.value(QStringLiteral("name")).toString();
    }
    QSet<QString> seen;
    for (const QJsonValue &g : grants) {
        if (!in.ok())
            break;
        const QJsonObject o = g.toObject();
        const QString domainKey = o.value(QStringLiteral("domainKey")).toString();
        const QString accessLevel = o.value(QStringLiteral("access")).toString();
        const QJsonValue purpose = o.value(QStringLiteral("purpose"));
        bool onlyKnown = true;
        for (auto it = o.begin(); it != o.end(); ++it)
            onlyKnown = onlyKnown && QStringList { QStringLiteral("domainKey"), QStringLiteral("access"), QStringLiteral("purpose") }.contains(it.key());
        if (!g.isObject() || !onlyKnown || !PlanAccess::isDomainKey(domainKey)
            || (accessLevel != QLatin1String("read") && accessLevel != QLatin1String("write")) || !(purpose.isUndefined() || isLine(purpose, 200, false))) {
            in.fail(QStringLiteral("Each grant must be {\"domainKey\": a-z/0-9/- key, \"access\": \"read\" or \"write\", \"purpose\": optional text}."));
            break;
        }
        if (seen.contains(domainKey)) {
            in.fail(QStringLiteral("Each domain may be in \"grants\" once."));
            break;
        }
        seen.insert(domainKey);
        out->grants.append(QJsonObject {
            { QStringLiteral("domainKey"), domainKey }, { QStringLiteral("access"), accessLevel }, { QStringLiteral("purpose"), purpose.toString() } });
    }
}

} // namespace samen::service
