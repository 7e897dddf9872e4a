#include "ui/refusedchangemodel.h"

#include "domain/texthygiene.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/refusal.h"

#include <QHash>
#include <QSet>

namespace samen::app {

namespace {

QString text(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1StringView(field)).toString();
}

/** A title as it fits in one sentence: one line, not endless. */
// People's text inside our sentence: isolated, so a right-to-left name keeps its own direction.
QString shortTitle(const QString &title)
{
    constexpr int kMax = 60;
    const QString line = title.simplified();
    return TextHygiene::isolate(line.size() <= kMax ? line : line.left(kMax - 1).trimmed() + QChar(0x2026));
}

} // namespace

RefusedChangeModel::RefusedChangeModel(QObject *parent)
    : RowListModel(
        { QStringLiteral("id"), QStringLiteral("opIds"), QStringLiteral("what"), QStringLiteral("why"), QStringLiteral("code"), QStringLiteral("retryable") },
        parent)
{
}

QString RefusedChangeModel::explain(const QString &code, const QString &domainLabel)
{
    if (code == Refusal::kForbidden && !domainLabel.isEmpty())
        return tr("You may not change \"%1\". Ask the owner of the plan for access, or discard this change.").arg(domainLabel);
    if (code == Refusal::kForbidden)
        return tr("You may not change this part of the plan. Ask the owner of the plan for access, or discard this change.");
    if (code == Refusal::kTooLarge)
        return tr("This change is too large to send to the service. It stays on this device until you discard it.");
    if (code == Refusal::kInvalid)
        return tr("This change cannot be accepted as it is, so trying again does not help. Discard it, and make the change again if you still want it.");
    if (code == Refusal::kUnreachable && !domainLabel.isEmpty())
        return tr("The person you gave this step to cannot see %1, so it would not reach them. The plan's owner can share %1 with them; then send "
                  "this change again. Or discard it and give the step to someone else.")
            .arg(domainLabel);
    if (code == Refusal::kUnreachable)
        return tr("The person you gave this step to cannot see its life domain, so it would not reach them. The plan's owner can share it with them; "
                  "then send this change again. Or discard it and give the step to someone else.");
    if (code == Refusal::kClock)
        return tr("The date or time on this device was wrong when you made this change. Check them, then try again: the change is sent with the "
                  "current time.");
    return tr("The service could not accept this change.");
}

QString RefusedChangeModel::explainGroup(const PlanStore &store, const QList<Operation> &ops, const Refusal &why)
{
    const QString planId = ops.isEmpty() ? QString() : ops.constFirst().planId;
    const QString domain = why.domainKey.isEmpty() ? QString() : PlanView(store, planId).domainLabel(why.domainKey);
    // Access given since: say so, and that it can go now (not "ask the owner", which was done).
    if (why.code == Refusal::kForbidden && why.retryableWith(DeviceAccess::load(store)))
        return domain.isEmpty() ? tr("You may change this part of the plan now: send this change again.")
                                : tr("You may change \"%1\" now: send this change again.").arg(domain);
    if (why.code != Refusal::kUnreachable || domain.isEmpty())
        return explain(why.code, domain);
    // Who the refused change gave the step to: its last ownerId value (the person's item is plan-level, on every device).
    QString person;
    for (const Operation &op : ops) {
        if (op.field == QLatin1String("ownerId") && op.value.isString())
            person = text(store.entity(op.value.toString()).value_or(QJsonObject()), "name");
    }
    if (person.isEmpty())
        return explain(why.code, domain);
    person = shortTitle(person);
    // The owner's device holds the grants (share it now); a member's asks the owner.
    const QString me = store.setting(QStringLiteral("memberId"));
    const bool owner = !me.isEmpty() && text(store.entity(me).value_or(QJsonObject()), "kind") == QLatin1String("citizen");
    if (owner)
        return tr("%1 cannot see %2: share %2 with %1, then send this change again. Or discard it and give the step to someone else.").arg(person, domain);
    return tr("%1 cannot see %2: ask the plan's owner to share %2 with %1, then send this change again. Or discard it and give the step to someone "
              "else.")
        .arg(person, domain);
}

QString RefusedChangeModel::describe(const PlanStore &store, const QList<Operation> &ops)
{
    if (ops.isEmpty())
        return {};
    const Operation &first = ops.constFirst();
    QSet<QString> fields;
    QSet<QString> ids;
    bool removing = false;
    for (const Operation &op : ops) {
        fields.insert(op.field);
        ids.insert(op.opId);
        if (op.field == kTombstoneField)
            removing = op.value.toBool();
    }
    // New: the item exists only through these refused operations (discarding them removes it).
    bool isNew = true;
    for (const Operation &op : store.history(first.entityId)) {
        if (!ids.contains(op.opId)) {
            isNew = false;
            break;
        }
    }
    const QJsonObject doc = store.entity(first.entityId).value_or(QJsonObject());
    const QString type = first.entityType;
    const QString title = shortTitle(text(doc, "title"));
    auto domainName = [&](const QString &key) { return PlanView(store, first.planId).domainLabel(key); };

    if (type == QLatin1String("plan")) {
        if (fields.contains(QStringLiteral("story")))
            return tr("Your change to your story");
        if (fields.contains(QStringLiteral("name")))
            return tr("Your change to the name of your plan");
        if (fields.contains(QStringLiteral("framework")))
            return tr("Your choice of life domains");
        return tr("A change to your plan");
    }
    if (type == QLatin1String("domain") && !text(doc, "key").isEmpty())
        return tr("Moving \"%1\" in your list of life domains").arg(domainName(text(doc, "key")));
    if (type == QLatin1String("assessment") && !text(doc, "domainKey").isEmpty())
        return tr("Your score for \"%1\"").arg(domainName(text(doc, "domainKey")));
    if (type == QLatin1String("goal") && !title.isEmpty()) {
        if (removing)
            return tr("Removing the goal \"%1\"").arg(title);
        return isNew ? tr("A new goal: \"%1\"").arg(title) : tr("Your change to the goal \"%1\"").arg(title);
    }
    if (type == QLatin1String("step") && !title.isEmpty()) {
        if (removing)
            return tr("Removing the step \"%1\"").arg(title);
        if (isNew)
            return tr("A new step: \"%1\"").arg(title);
        if (fields.contains(QStringLiteral("done")) && doc.value(QStringLiteral("done")).toBool())
            return tr("Marking the step \"%1\" as done").arg(title);
        if (fields.contains(QStringLiteral("done")))
            return tr("Marking the step \"%1\" as not done").arg(title);
        if (fields == QSet<QString> { QStringLiteral("ownerId") }) {
            const QString person = shortTitle(text(store.entity(ops.constLast().value.toString()).value_or(QJsonObject()), "name"));
            if (!person.isEmpty())
                return tr("Giving the step \"%1\" to %2").arg(title, person);
        }
        return tr("Your change to the step \"%1\"").arg(title);
    }
    if (type == QLatin1String("member") && !text(doc, "name").isEmpty()) {
        const QString name = shortTitle(text(doc, "name"));
        return isNew ? tr("Adding %1 to your plan").arg(name) : tr("Your change to the details of %1").arg(name);
    }
    if (type == QLatin1String("grant")) {
        const QString name = shortTitle(text(store.entity(text(doc, "memberId")).value_or(QJsonObject()), "name"));
        if (!name.isEmpty())
            return tr("A change to what %1 may see or change").arg(name);
    }
    if (type == QLatin1String("invitation") && !text(doc, "name").isEmpty())
        return tr("An invitation for %1").arg(shortTitle(text(doc, "name")));
    if (type == QLatin1String("meeting") && !title.isEmpty())
        return isNew ? tr("A new meeting: \"%1\"").arg(title) : tr("Your change to the meeting \"%1\"").arg(title);
    if (type == QLatin1String("agreement") && !text(doc, "what").isEmpty()) {
        const QString what = shortTitle(text(doc, "what"));
        return isNew ? tr("A new agreement: \"%1\"").arg(what) : tr("Your change to the agreement \"%1\"").arg(what);
    }
    if (type == QLatin1String("timeline"))
        return tr("A line in \"What happened\"");
    return tr("A change to your plan");
}

void RefusedChangeModel::reload(const PlanStore &store)
{
    // One row per entity, reason and life domain, in the order the changes were made.
    QList<QString> order;
    QHash<QString, QList<Operation>> ops;
    QHash<QString, Refusal> refusals;
    for (const OutboxEntry &entry : store.rejected()) {
        const Refusal refusal = store.refusalOf(entry);
        const QString key = entry.op.entityId + QLatin1Char('/') + refusal.code + QLatin1Char('/') + refusal.domainKey;
        if (!ops.contains(key)) {
            order.append(key);
            refusals.insert(key, refusal);
        }
        ops[key].append(entry.op);
    }
    const MemberAccess access = DeviceAccess::load(store);
    QList<QVariantMap> rows;
    for (const QString &key : order) {
        const QList<Operation> &group = ops[key];
        QStringList opIds;
        for (const Operation &op : group)
            opIds.append(op.opId);
        const Refusal &why = refusals[key];
        rows.append({ { QStringLiteral("id"), opIds.constFirst() },
                      { QStringLiteral("opIds"), opIds },
                      { QStringLiteral("what"), describe(store, group) },
                      { QStringLiteral("why"), explainGroup(store, group, why) },
                      { QStringLiteral("code"), why.code },
                      { QStringLiteral("retryable"), why.retryableWith(access) } });
    }
    setRows(rows);
}

QStringList RefusedChangeModel::opIdsOf(const QString &id) const
{
    for (int i = 0; i < rowCount(); ++i) {
        const QStringList opIds = get(i).value(QStringLiteral("opIds")).toStringList();
        if (opIds.contains(id))
            return opIds;
    }
    return {};
}

QStringList RefusedChangeModel::allOpIds(bool retryableOnly) const
{
    QStringList all;
    for (int i = 0; i < rowCount(); ++i) {
        if (!retryableOnly || get(i).value(QStringLiteral("retryable")).toBool())
            all.append(get(i).value(QStringLiteral("opIds")).toStringList());
    }
    return all;
}

} // namespace samen::app
