#include "domain/schema.h"

#include "domain/namerule.h"

#include "domain/texthygiene.h"
#include "sync/operation.h"
#include "sync/pushlimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace samen {

namespace {

FieldSpec text(const char *name, int maxLength, bool required = false)
{
    return FieldSpec { QLatin1StringView(name), FieldKind::Text, required, maxLength, 0, 0, {} };
}

FieldSpec freeText(const char *name, int maxLength)
{
    return FieldSpec { QLatin1StringView(name), FieldKind::FreeText, false, maxLength, 0, 0, {} };
}

FieldSpec ofKind(const char *name, FieldKind kind, bool required = false)
{
    // 64 fits a UUID and the longest sort keys the editor produces.
    return FieldSpec { QLatin1StringView(name), kind, required, 64, 0, 0, {} };
}

FieldSpec oneOf(const char *name, std::initializer_list<const char *> allowed, bool required = false)
{
    FieldSpec f { QLatin1StringView(name), FieldKind::Enum, required, 40, 0, 0, {} };
    for (const char *a : allowed)
        f.allowed.append(QLatin1StringView(a));
    return f;
}

FieldSpec list(const char *name, int itemMaxLength)
{
    return FieldSpec { QLatin1StringView(name), FieldKind::StringList, false, itemMaxLength, 0, 0, {} };
}

QList<EntitySpec> buildSpecs()
{
    const auto kinds = { "citizen", "network", "professional" };
    const auto relations = { "partner", "family", "friend", "neighbour", "employer", "volunteer", "other" };
    QList<EntitySpec> s;
    s.append({ QStringLiteral("plan"),
               { text("name", 80, true), freeText("story", 10000), oneOf("framework", { "default", "positive-health", "self-reliance" }),
                 ofKind("createdAt", FieldKind::DateTime) } });
    s.append({ QStringLiteral("domain"), { text("key", 40, true), ofKind("sortKey", FieldKind::SortKey, true) } });
    FieldSpec score { QStringLiteral("score"), FieldKind::Integer, true, 0, 1, 10, {} };
    s.append({ QStringLiteral("assessment"), { text("domainKey", 40, true), score, freeText("note", 2000), ofKind("date", FieldKind::Date, true) } });
    s.append({ QStringLiteral("goal"),
               { text("domainKey", 40, true), text("title", 200, true), freeText("why", 2000), oneOf("status", { "open", "in-progress", "done", "paused" }),
                 ofKind("due", FieldKind::Date), list("helperIds", 64), ofKind("sortKey", FieldKind::SortKey) } });
    s.append(
        { QStringLiteral("step"),
          { ofKind("goalId", FieldKind::Reference, true), text("title", 200, true), ofKind("ownerId", FieldKind::Reference), ofKind("due", FieldKind::Date),
            ofKind("done", FieldKind::Boolean), ofKind("doneAt", FieldKind::DateTime), ofKind("sortKey", FieldKind::SortKey) } });
    s.append({ QStringLiteral("member"),
               { oneOf("kind", kinds, true), text("name", 120, true), oneOf("relation", relations), text("organisation", 120), text("role", 120),
                 list("domains", 40), text("contact", 200), text("phone", 40), text("email", 200), ofKind("since", FieldKind::Date),
                 ofKind("until", FieldKind::Date), ofKind("coordinator", FieldKind::Boolean), oneOf("ring", { "inner", "middle", "outer" }),
                 freeText("note", 2000) } });
    s.append({ QStringLiteral("grant"),
               { ofKind("memberId", FieldKind::Reference, true), text("domainKey", 40, true), oneOf("access", { "read", "write", "none" }, true),
                 text("purpose", 300), ofKind("until", FieldKind::Date) } });
    s.append({ QStringLiteral("invitation"),
               { oneOf("kind", kinds, true), text("name", 120, true), oneOf("relation", relations), text("organisation", 120), text("role", 120),
                 list("grants", 50), ofKind("expiresAt", FieldKind::DateTime), oneOf("status", { "pending", "accepted", "expired", "withdrawn" }) } });
    FieldSpec minutes { QStringLiteral("minutes"), FieldKind::Integer, false, 0, 5, 600, {} };
    FieldSpec agendaPoints = list("agendaPoints", 200);
    agendaPoints.maximum = kMaxAgendaPoints;
    s.append(
        { QStringLiteral("meeting"),
          { text("title", 200, true), ofKind("at", FieldKind::DateTime, true), minutes, text("place", 200), text("videoLink", 500), list("participantIds", 64),
            list("agendaDomains", 40), agendaPoints, freeText("notes", 10000), oneOf("status", { "planned", "held", "cancelled" }) } });
    s.append({ QStringLiteral("agreement"),
               { ofKind("meetingId", FieldKind::Reference), text("what", 500, true), ofKind("whoId", FieldKind::Reference), ofKind("by", FieldKind::Date),
                 text("domainKey", 40, true), ofKind("evaluationDate", FieldKind::Date), oneOf("status", { "open", "done", "dropped" }),
                 freeText("evaluation", 2000) } });
    s.append({ QStringLiteral("timeline"),
               { oneOf("kind",
                       { "plan-created", "step-done", "step-reopened", "goal-done", "assessment", "member-added", "coordinator-handover", "note", "restored",
                         "meeting-planned", "meeting-held", "agreement-made", "agreement-evaluated" },
                       true),
                 text("text", 500), ofKind("at", FieldKind::DateTime, true), ofKind("refId", FieldKind::Reference) } });
    return s;
}

// How a field is named inside a sentence ("The %1 can be at most ..."). Marked for translation.
const QHash<QString, const char *> &fieldLabels()
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("samen", "name") },
        { QStringLiteral("story"), QT_TRANSLATE_NOOP("samen", "story") },
        { QStringLiteral("framework"), QT_TRANSLATE_NOOP("samen", "set of life domains") },
        { QStringLiteral("createdAt"), QT_TRANSLATE_NOOP("samen", "creation time") },
        { QStringLiteral("key"), QT_TRANSLATE_NOOP("samen", "life domain") },
        { QStringLiteral("sortKey"), QT_TRANSLATE_NOOP("samen", "position in the list") },
        { QStringLiteral("domainKey"), QT_TRANSLATE_NOOP("samen", "life domain") },
        { QStringLiteral("score"), QT_TRANSLATE_NOOP("samen", "score") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("samen", "note") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("samen", "date") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("samen", "title") },
        { QStringLiteral("why"), QT_TRANSLATE_NOOP("samen", "reason why this matters") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("samen", "status") },
        { QStringLiteral("due"), QT_TRANSLATE_NOOP("samen", "due date") },
        { QStringLiteral("helperIds"), QT_TRANSLATE_NOOP("samen", "list of helpers") },
        { QStringLiteral("goalId"), QT_TRANSLATE_NOOP("samen", "goal") },
        { QStringLiteral("ownerId"), QT_TRANSLATE_NOOP("samen", "person who does this step") },
        { QStringLiteral("done"), QT_TRANSLATE_NOOP("samen", "done mark") },
        { QStringLiteral("doneAt"), QT_TRANSLATE_NOOP("samen", "time it was done") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("samen", "kind") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("samen", "relation") },
        { QStringLiteral("organisation"), QT_TRANSLATE_NOOP("samen", "organisation") },
        { QStringLiteral("role"), QT_TRANSLATE_NOOP("samen", "role") },
        { QStringLiteral("domains"), QT_TRANSLATE_NOOP("samen", "list of life domains") },
        { QStringLiteral("contact"), QT_TRANSLATE_NOOP("samen", "contact details") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("samen", "phone number") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("samen", "e-mail address") },
        { QStringLiteral("since"), QT_TRANSLATE_NOOP("samen", "start date") },
        { QStringLiteral("until"), QT_TRANSLATE_NOOP("samen", "end date") },
        { QStringLiteral("coordinator"), QT_TRANSLATE_NOOP("samen", "coordinator mark") },
        { QStringLiteral("ring"), QT_TRANSLATE_NOOP("samen", "ring") },
        { QStringLiteral("memberId"), QT_TRANSLATE_NOOP("samen", "member") },
        { QStringLiteral("access"), QT_TRANSLATE_NOOP("samen", "access") },
        { QStringLiteral("purpose"), QT_TRANSLATE_NOOP("samen", "purpose") },
        { QStringLiteral("grants"), QT_TRANSLATE_NOOP("samen", "list of access rights") },
        { QStringLiteral("expiresAt"), QT_TRANSLATE_NOOP("samen", "end time") },
        { QStringLiteral("at"), QT_TRANSLATE_NOOP("samen", "time") },
        { QStringLiteral("participantIds"), QT_TRANSLATE_NOOP("samen", "list of participants") },
        { QStringLiteral("minutes"), QT_TRANSLATE_NOOP("samen", "length in minutes") },
        { QStringLiteral("place"), QT_TRANSLATE_NOOP("samen", "place") },
        { QStringLiteral("videoLink"), QT_TRANSLATE_NOOP("samen", "video link") },
        { QStringLiteral("agendaDomains"), QT_TRANSLATE_NOOP("samen", "life domains on the agenda") },
        { QStringLiteral("agendaPoints"), QT_TRANSLATE_NOOP("samen", "points on the agenda") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("samen", "notes") },
        { QStringLiteral("meetingId"), QT_TRANSLATE_NOOP("samen", "meeting") },
        { QStringLiteral("what"), QT_TRANSLATE_NOOP("samen", "agreement") },
        { QStringLiteral("whoId"), QT_TRANSLATE_NOOP("samen", "person who does it") },
        { QStringLiteral("by"), QT_TRANSLATE_NOOP("samen", "date it must be done by") },
        { QStringLiteral("evaluationDate"), QT_TRANSLATE_NOOP("samen", "evaluation date") },
        { QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("samen", "evaluation") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("samen", "text") },
        { QStringLiteral("refId"), QT_TRANSLATE_NOOP("samen", "linked item") },
        { QStringLiteral("displayName"), QT_TRANSLATE_NOOP("samen", "device name") },
    };
    return labels;
}

QString label(const QString &field)
{
    const char *l = fieldLabels().value(field, nullptr);
    return l ? QCoreApplication::translate("samen", l) : field;
}

Status invalid(const QString &message)
{
    return Status::fail(ErrorCode::Validation, message);
}

// People count characters, not UTF-16 code units: an emoji is one.
qsizetype characterCount(const QString &s)
{
    return s.toUcs4().size();
}

bool isRealDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool isRealDateTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const auto m = re.match(s);
    if (!m.hasMatch() || !isRealDate(m.captured(1)))
        return false;
    return QTime(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()).isValid();
}

bool isSortKey(const QString &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

// A secure web address with a host and nothing that is not part of one (no spaces, no control characters).
bool isHttpsLink(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s<>\"]*)?$"));
    return re.match(s).hasMatch();
}

bool isUuidText(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

// One plain sentence per text rule (TextHygiene), naming the field.
Status textProblem(const FieldSpec &f, TextHygiene::Problem problem, bool free)
{
    switch (problem) {
    case TextHygiene::Problem::None:
        return {};
    case TextHygiene::Problem::NoVisibleCharacter:
        if (f.name == QLatin1StringView("domainKey"))
            return invalid(QCoreApplication::translate("samen", "Choose a life domain."));
        return invalid(QCoreApplication::translate("samen", "Write the %1. It cannot be empty.").arg(label(f.name)));
    case TextHygiene::Problem::BidiControl:
        return invalid(
            free ? QCoreApplication::translate("samen", "The %1 contains a character that reverses the order of letters (U+202D or U+202E). Remove it.")
                       .arg(label(f.name))
                 : QCoreApplication::translate("samen",
                                               "The %1 contains a hidden character that changes the direction of text. Remove it and "
                                               "write the %1 as it should read.")
                       .arg(label(f.name)));
    case TextHygiene::Problem::IllFormed:
        return invalid(QCoreApplication::translate("samen", "The %1 contains characters that are not valid text. Type it again.").arg(label(f.name)));
    case TextHygiene::Problem::ControlCharacter:
        break;
    }
    return invalid(free ? QCoreApplication::translate("samen", "The %1 contains characters that cannot be shown. Use letters, numbers, spaces and new lines.")
                              .arg(label(f.name))
                        : QCoreApplication::translate("samen", "The %1 contains characters that cannot be shown. Use letters, numbers and spaces, on one line.")
                              .arg(label(f.name)));
}

Status validateText(const FieldSpec &f, const QString &s)
{
    const bool free = f.kind == FieldKind::FreeText;
    if (f.required && s.trimmed().isEmpty())
        return textProblem(f, TextHygiene::Problem::NoVisibleCharacter, free);
    if (characterCount(s) > f.maxLength)
        return invalid(QCoreApplication::translate("samen", "The %1 can be at most %2 characters long.").arg(label(f.name)).arg(f.maxLength));
    return textProblem(f, TextHygiene::check(s, free ? TextHygiene::Kind::FreeText : TextHygiene::Kind::OneLine, f.required), free);
}

Status validateListItem(const QString &entityType, const FieldSpec &f, const QString &item)
{
    if (item.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("samen", "The %1 has an empty item. Leave it out or fill it in.").arg(label(f.name)));
    if (characterCount(item) > f.maxLength)
        return invalid(QCoreApplication::translate("samen", "Each item in the %1 can be at most %2 characters long.").arg(label(f.name)).arg(f.maxLength));
    if (const auto problem = TextHygiene::check(item, TextHygiene::Kind::OneLine, true); problem != TextHygiene::Problem::None) {
        if (problem == TextHygiene::Problem::NoVisibleCharacter)
            return invalid(QCoreApplication::translate("samen", "The %1 has an empty item. Leave it out or fill it in.").arg(label(f.name)));
        return invalid(QCoreApplication::translate("samen", "The %1 contains characters that cannot be shown.").arg(label(f.name)));
    }
    if (entityType == QLatin1StringView("invitation") && f.name == QLatin1StringView("grants")) {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9-]{1,40}:(read|write)$"));
        if (!re.match(item).hasMatch())
            return invalid(QCoreApplication::translate("samen", "Each access right must be a life domain followed by \":read\" or \":write\"."));
    }
    if (f.name.endsWith(QLatin1StringView("Ids")) && !isUuidText(item))
        return invalid(QCoreApplication::translate("samen", "The %1 must hold people of this plan.").arg(label(f.name)));
    return {};
}

} // namespace

QString fieldLabel(const QString &field)
{
    return label(field);
}

const FieldSpec *EntitySpec::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const QList<EntitySpec> &entitySpecs()
{
    static const QList<EntitySpec> specs = buildSpecs();
    return specs;
}

const EntitySpec *entitySpec(const QString &type)
{
    for (const EntitySpec &s : entitySpecs()) {
        if (s.type == type)
            return &s;
    }
    return nullptr;
}

bool isFreeTextField(const QString &entityType, const QString &field)
{
    const EntitySpec *spec = entitySpec(entityType);
    const FieldSpec *f = spec ? spec->field(field) : nullptr;
    return f && f->kind == FieldKind::FreeText;
}

namespace {

Status validateValue(const QString &entityType, const FieldSpec *f, const QJsonValue &value);

} // namespace

Status validateField(const QString &entityType, const QString &field, const QJsonValue &value)
{
    const EntitySpec *spec = entitySpec(entityType);
    if (!spec)
        return invalid(QCoreApplication::translate("samen", "Samen does not know this kind of item (\"%1\").").arg(entityType.left(40)));
    if (field == kTombstoneField) {
        if (!value.isBool())
            return invalid(QCoreApplication::translate("samen", "Deleting or bringing back an item needs the value true or false."));
        return {};
    }
    const FieldSpec *f = spec->field(field);
    if (!f)
        return invalid(QCoreApplication::translate("samen", "Items of the type \"%1\" have no field \"%2\".").arg(entityType, field.left(40)));
    if (Status s = validateValue(entityType, f, value); !s)
        return s;
    // A person's name follows the name rule wherever it enters, a pushed operation too
    // (docs/data-model.md, "Names"): the service refuses what the device would.
    if (field == QLatin1String("name") && value.isString() && (entityType == QLatin1String("member") || entityType == QLatin1String("invitation")))
        if (Status s = NameRule::explain(NameRule::check(value.toString()), NameRule::Subject::Person); !s)
            return s;
    // Every value that passes fits in one push, whatever the service (sync/pushlimits.h); the
    // length limits keep today's fields under it, this keeps the promise if one grows.
    if (PushLimits::encodedSize(value) > PushLimits::kMaxValueBytes)
        return invalid(QCoreApplication::translate("samen", "The %1 is too large to send: at most %2 kB. Make it shorter.")
                           .arg(label(f->name))
                           .arg(PushLimits::kMaxValueBytes / 1024));
    return {};
}

namespace {

Status validateValue(const QString &entityType, const FieldSpec *f, const QJsonValue &value)
{
    // Optional fields may be cleared with null.
    if (value.isNull() || value.isUndefined()) {
        if (!f->required)
            return {};
        if (f->kind == FieldKind::Text)
            return validateText(*f, QString());
        return invalid(QCoreApplication::translate("samen", "The %1 is needed. Fill it in.").arg(label(f->name)));
    }
    switch (f->kind) {
    case FieldKind::Text:
    case FieldKind::FreeText:
        if (!value.isString())
            return invalid(QCoreApplication::translate("samen", "The %1 must be text.").arg(label(f->name)));
        if (Status s = validateText(*f, value.toString()); !s)
            return s;
        if (f->name == QLatin1StringView("videoLink") && !value.toString().isEmpty() && !isHttpsLink(value.toString()))
            return invalid(QCoreApplication::translate("samen",
                                                       "The video link must be a web address that starts with https://, for example "
                                                       "https://meet.example.nl/robin."));
        return {};
    case FieldKind::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d || d < double(f->minimum) || d > double(f->maximum))
            return invalid(
                QCoreApplication::translate("samen", "The %1 must be a whole number from %2 to %3.").arg(label(f->name)).arg(f->minimum).arg(f->maximum));
        return {};
    }
    case FieldKind::Boolean:
        if (!value.isBool())
            return invalid(QCoreApplication::translate("samen", "The %1 must be yes or no (true or false).").arg(label(f->name)));
        return {};
    case FieldKind::Date:
        if (!value.isString() || !isRealDate(value.toString()))
            return invalid(
                QCoreApplication::translate("samen", "The %1 must be a real date, written as year-month-day, for example 2026-03-31.").arg(label(f->name)));
        return {};
    case FieldKind::DateTime:
        if (!value.isString() || !isRealDateTime(value.toString()))
            return invalid(
                QCoreApplication::translate("samen", "The %1 must be a real date and time in UTC, for example 2026-03-31T14:30:00Z.").arg(label(f->name)));
        return {};
    case FieldKind::Enum:
        if (!value.isString() || !f->allowed.contains(value.toString())) {
            if (f->required || !value.isString() || !value.toString().isEmpty())
                return invalid(QCoreApplication::translate("samen", "The %1 must be one of: %2.").arg(label(f->name), f->allowed.join(QStringLiteral(", "))));
        }
        return {};
    case FieldKind::Reference:
        if (!value.isString() || !isUuidText(value.toString()))
            return invalid(QCoreApplication::translate("samen", "The %1 must be something in this plan.").arg(label(f->name)));
        return {};
    case FieldKind::SortKey:
        if (!value.isString() || !isSortKey(value.toString()))
            return invalid(QCoreApplication::translate("samen", "The %1 is not valid: use 1 to 64 letters and digits.").arg(label(f->name)));
        return {};
    case FieldKind::StringList: {
        if (!value.isArray())
            return invalid(QCoreApplication::translate("samen", "The %1 must be a list of texts.").arg(label(f->name)));
        const QJsonArray items = value.toArray();
        const qint64 most = f->maximum > 0 ? f->maximum : 100;
        if (items.size() > most)
            return invalid(QCoreApplication::translate("samen", "The %1 can hold at most %2 items.").arg(label(f->name)).arg(most));
        for (const QJsonValue &item : items) {
            if (!item.isString())
                return invalid(QCoreApplication::translate("samen", "The %1 must be a list of texts.").arg(label(f->name)));
            if (Status s = validateListItem(entityType, *f, item.toString()); !s)
                return s;
        }
        return {};
    }
    }
    return invalid(QCoreApplication::translate("samen", "The %1 is not valid.").arg(label(f->name)));
}

} // namespace

Status validateDeviceName(const QString &name)
{
    // The service counts UTF-16 code units; an emoji counts as two there.
    FieldSpec spec;
    spec.name = QStringLiteral("displayName");
    spec.kind = FieldKind::Text;
    spec.required = true;
    spec.maxLength = kDeviceNameMaxLength;
    if (name.size() > kDeviceNameMaxLength)
        return invalid(QCoreApplication::translate("samen", "The %1 can be at most %2 characters long.").arg(label(spec.name)).arg(kDeviceNameMaxLength));
    return validateText(spec, name);
}

} // namespace samen
