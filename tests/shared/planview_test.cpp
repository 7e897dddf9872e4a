// PlanView::plan() is the whole plan: every entity of every type, every assessment, the timeline and open conflicts.
#include "qtcatch.h"

#include "domain/planeditor.h"
#include "domain/schema.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "store_test_support.h"
#include "sync/hlcclock.h"
#include "sync/uuid7.h"
#include "testdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samen;
using samen::test::TestDir;

namespace {

// 2026-03-10T09:00:00Z
constexpr qint64 kStart = 1'773'133'200'000;

/**
 * A valid value for any field, made from its spec, so a new entity type or field
 * needs no test change; references point at entities made earlier (refs: field
 * name to id), and a domainKey at a domain of the plan, as in a real plan.
 */
QJsonValue sampleValue(const FieldSpec &f, const QString &marker, const QHash<QString, QString> &refs)
{
    if (f.name == QLatin1String("domainKey"))
        return QStringLiteral("money");
    if (f.name == QLatin1String("videoLink"))
        return QStringLiteral("https://meet.example.nl/%1").arg(marker);
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::FreeText:
        return marker.left(f.maxLength);
    case FieldKind::Integer:
        return static_cast<double>(f.minimum);
    case FieldKind::Boolean:
        return true;
    case FieldKind::Date:
        return QStringLiteral("2026-11-01");
    case FieldKind::DateTime:
        return QStringLiteral("2026-11-01T10:00:00Z");
    case FieldKind::Enum:
        return f.allowed.first();
    case FieldKind::Reference:
        return refs.value(f.name, refs.value(QStringLiteral("memberId")));
    case FieldKind::SortKey:
        return QStringLiteral("V");
    case FieldKind::StringList:
        if (f.name.endsWith(QLatin1String("Ids")))
            return QJsonArray { newUuid7() };
        return QJsonArray { f.name == QLatin1String("grants") ? QStringLiteral("money:read") : QStringLiteral("money") };
    }
    return {};
}

/** Every value anywhere in a JSON tree whose key is "id". */
void collectIds(const QJsonValue &v, QStringList &ids)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectIds(x, ids);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("id") && it->isString())
                ids.append(it->toString());
            collectIds(*it, ids);
        }
    }
}

struct Plan {
    TestDir dir;
    std::unique_ptr<PlanStore> store;
    qint64 wall = kStart;
    HlcClock clock { QStringLiteral("dev1"), [this] { return wall += 1000; } };
    QString planId, ownerId;

    Plan()
    {
        auto made = PlanStore::create(dir.path(), test::testRawKey());
        REQUIRE(made.ok());
        store = std::move(made.value());
        auto edit = PlanEditor::createPlan(clock, QStringLiteral("Robin's plan"), QStringLiteral("default"), QStringLiteral("Robin"));
        REQUIRE(edit.ok());
        planId = edit->entityId;
        ownerId = PlanEditor::ownerMemberIdOf(edit.value());
        REQUIRE(store->applyLocal(edit->ops).ok());
    }

    PlanEditor editor() { return PlanEditor(*store, clock, planId, ownerId); }

    void apply(const Result<Edit> &edit)
    {
        INFO((edit ? QString() : edit.error().message).toStdString());
        REQUIRE(edit.ok());
        REQUIRE(store->applyLocal(edit->ops).ok());
    }

    QHash<QString, QString> refs; // reference field name -> id of an entity made earlier

    /** One entity of a type, every field set from its spec; returns its id. */
    QString addEntity(const EntitySpec &spec)
    {
        const QString id = newUuid7();
        refs.insert(QStringLiteral("memberId"), ownerId);
        refs.insert(QStringLiteral("refId"), planId);
        QList<Operation> ops;
        for (const FieldSpec &f : spec.fields) {
            Operation op;
            op.opId = newUuid7();
            op.planId = planId;
            op.entityType = spec.type;
            op.entityId = id;
            op.field = f.name;
            op.value = sampleValue(f, QStringLiteral("marker-%1-%2").arg(spec.type, f.name), refs);
            op.hlc = clock.now();
            op.authorMemberId = ownerId;
            const Status valid = validateField(op.entityType, op.field, op.value);
            INFO(spec.type.toStdString() << "." << f.name.toStdString() << ": " << (valid ? QString() : valid.error().message).toStdString());
            REQUIRE(valid.ok());
            ops.append(op);
        }
        REQUIRE(store->applyLocal(ops).ok());
        refs.insert(spec.type + QLatin1String("Id"), id); // goalId, meetingId, ...
        return id;
    }
};

} // namespace

TEST_CASE("The whole plan holds every live entity of every type the schema knows", "[planview]")
{
    Plan p;
    QStringList made;
    for (const EntitySpec &spec : entitySpecs()) {
        if (spec.type != QLatin1String("plan"))
            made.append(p.addEntity(spec));
    }
    const QJsonObject plan = PlanView(*p.store, p.planId).plan();
    QStringList ids;
    collectIds(plan, ids);
    for (const QString &id : std::as_const(made)) {
        INFO(id.toStdString() << " in " << QJsonDocument(plan).toJson().toStdString());
        CHECK(ids.contains(id));
    }
    CHECK(ids.contains(p.planId));
}

TEST_CASE("Every assessment of a domain is in the plan, oldest first, each with its date", "[planview]")
{
    Plan p;
    p.apply(p.editor().assess(QStringLiteral("money"), 3, QStringLiteral("first"), QDate(2026, 9, 1)));
    p.apply(p.editor().assess(QStringLiteral("money"), 5, QStringLiteral("second"), QDate(2026, 10, 1)));
    p.apply(p.editor().assess(QStringLiteral("money"), 7, QStringLiteral("third"), QDate(2026, 11, 1)));
    QJsonObject money;
    for (const QJsonValue &d : PlanView(*p.store, p.planId).plan().value(QStringLiteral("domains")).toArray()) {
        if (d.toObject().value(QStringLiteral("key")).toString() == QLatin1String("money"))
            money = d.toObject();
    }
    const QJsonArray all = money.value(QStringLiteral("assessments")).toArray();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).toObject().value(QStringLiteral("date")).toString() == QLatin1String("2026-09-01"));
    CHECK(all.at(0).toObject().value(QStringLiteral("note")).toString() == QLatin1String("first"));
    CHECK(all.at(2).toObject().value(QStringLiteral("date")).toString() == QLatin1String("2026-11-01"));
    CHECK(money.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("score")).toInt() == 7);
}

TEST_CASE("The plan carries its timeline and every open conflict with both versions", "[planview]")
{
    Plan p;
    Result<Edit> goal = p.editor().addGoal(QStringLiteral("money"), QStringLiteral("One overview of my debts"), QStringLiteral("first why"), std::nullopt);
    p.apply(goal);
    const QString goalId = goal->entityId;
    // Another member's concurrent edit of the goal's why: it names the same base as ours.
    const QStringList base = p.store->fieldHeads(goalId, QStringLiteral("why"));
    p.apply(p.editor().setField(goalId, QStringLiteral("why"), QStringLiteral("mine")));
    Operation theirs = p.store->history(goalId, QStringLiteral("why")).last();
    theirs.opId = newUuid7();
    theirs.value = QStringLiteral("theirs");
    theirs.authorMemberId = QStringLiteral("0192f3a4-7000-7000-8000-0000000000ff");
    theirs.hlc = p.clock.now();
    theirs.base = base;
    REQUIRE(p.store->applyRemote({ theirs }).ok());

    const QJsonObject plan = PlanView(*p.store, p.planId).plan();
    CHECK_FALSE(plan.value(QStringLiteral("timeline")).toArray().isEmpty());
    const QJsonArray conflicts = plan.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject c = conflicts.first().toObject();
    CHECK(c.value(QStringLiteral("entityId")).toString() == goalId);
    CHECK(c.value(QStringLiteral("field")).toString() == QLatin1String("why"));
    QStringList texts;
    for (const QJsonValue &v : c.value(QStringLiteral("versions")).toArray())
        texts.append(v.toObject().value(QStringLiteral("text")).toString());
    CHECK(texts == QStringList { QStringLiteral("mine"), QStringLiteral("theirs") });
}
