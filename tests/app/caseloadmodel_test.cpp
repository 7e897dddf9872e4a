// CaseloadModel and CaseloadController: a professional's plans sorted by what needs
// attention, searched by name, opened on their own real encrypted stores (the last two
// kept open), read-only where the citizen granted only reading, and a plan taken off the
// device closing with a plain notice.
#include "testcaseload.h"
#include "testdir.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/caseload/caseloadmodel.h"
#include "ui/plancontroller.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using samen::app::CaseloadController;
using samen::app::CaseloadItem;
using samen::app::CaseloadModel;
using samen::test::TestDir;

namespace {

CaseloadItem item(const QString &planId, const QString &name, int attention, const QDateTime &meeting = {})
{
    CaseloadItem out;
    out.planId = planId;
    out.citizenName = name;
    out.role = QStringLiteral("coach");
    out.domains = { QStringLiteral("Money"), QStringLiteral("Work") };
    out.attention = attention;
    out.nextMeeting = meeting;
    return out;
}

/** The app's English, as Session installs it (plural forms come from samen_en.ts). */
void speakEnglish()
{
    static QTranslator *english = nullptr;
    if (english)
        return;
    english = new QTranslator(QCoreApplication::instance());
    REQUIRE(english->load(QStringLiteral("samen_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(english);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

/** The citizens' names as the page lists them, joined by commas. */
QString names(const CaseloadModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.get(i).value(QStringLiteral("citizenName")).toString();
    return out.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("The caseload lists what needs attention first, then the soonest meeting, then by name", "[caseload]")
{
    CaseloadModel model;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(2);
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(9);
    model.setItems({ item(QStringLiteral("p1"), QStringLiteral("Noor"), 0), item(QStringLiteral("p2"), QStringLiteral("Zoë"), 3),
                     item(QStringLiteral("p3"), QStringLiteral("Bram"), 0, later), item(QStringLiteral("p4"), QStringLiteral("Anna"), 0),
                     item(QStringLiteral("p5"), QStringLiteral("Sem"), 0, soon), item(QStringLiteral("p6"), QStringLiteral("Ilse"), 1) });
    CHECK(names(model) == QStringLiteral("Zoë,Ilse,Sem,Bram,Anna,Noor"));
    CHECK(model.total() == 6);
    CHECK(model.get(0).value(QStringLiteral("needsAttention")).toBool());
    CHECK_FALSE(model.get(5).value(QStringLiteral("needsAttention")).toBool());
    CHECK(model.get(0).value(QStringLiteral("id")).toString() == QStringLiteral("p2"));
}

TEST_CASE("Searching the caseload by name ignores case and accents and keeps the order", "[caseload]")
{
    CaseloadModel model;
    model.setItems({ item(QStringLiteral("p1"), QStringLiteral("Zoë de Wit"), 0), item(QStringLiteral("p2"), QStringLiteral("Noor Zoet"), 2),
                     item(QStringLiteral("p3"), QStringLiteral("Bram"), 1) });
    int removed = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&removed] { ++removed; });
    model.setSearch(QStringLiteral("zoe"));
    CHECK(names(model) == QStringLiteral("Noor Zoet,Zoë de Wit"));
    CHECK(model.total() == 3);
    CHECK(removed == 1); // Bram only: exact signals, the others stay where they are
    model.setSearch(QStringLiteral("ZOË D"));
    CHECK(names(model) == QStringLiteral("Zoë de Wit"));
    model.setSearch(QStringLiteral("nobody"));
    CHECK(model.rowCount() == 0);
    model.setSearch({});
    CHECK(names(model) == QStringLiteral("Noor Zoet,Bram,Zoë de Wit"));
}

TEST_CASE("A caseload row says in words what the professional is and what waits for them, never an id", "[caseload]")
{
    speakEnglish();
    CaseloadModel model;
    CaseloadItem row = item(QStringLiteral("0191a2b3-plan"), QStringLiteral("Robin"), 2, QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    row.agreementsDue = 2;
    row.stepsAssigned = 1;
    row.lastChange = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    model.setItems({ row });
    const QVariantMap shown = model.get(0);
    CHECK(shown.value(QStringLiteral("role")).toString() == QStringLiteral("coach for Money and Work"));
    CHECK(shown.value(QStringLiteral("nextMeetingText")).toString().startsWith(QStringLiteral("Next meeting: Monday 7 December 2026 at ")));
    CHECK(shown.value(QStringLiteral("agreementsText")).toString() == QStringLiteral("2 agreements to look back on"));
    CHECK(shown.value(QStringLiteral("stepsText")).toString() == QStringLiteral("1 step for you"));
    CHECK(shown.value(QStringLiteral("lastChangeText")).toString() == QStringLiteral("Last change: 28 November 2026"));
    const QString summary = shown.value(QStringLiteral("summary")).toString();
    CHECK(summary.startsWith(QStringLiteral("Robin. coach for Money and Work. You may read these life domains, not change them. Next meeting: ")));
    CHECK_FALSE(summary.contains(QStringLiteral("0191a2b3")));
    model.setItems({ item(QStringLiteral("p"), QStringLiteral("Sam"), 0) });
    CHECK(model.get(0).value(QStringLiteral("nextMeetingText")).toString() == QStringLiteral("No meeting planned"));
    CHECK(model.get(0).value(QStringLiteral("agreementsText")).toString().isEmpty());
}

TEST_CASE("A row says whether the plan may only be read or also changed, per domain where mixed", "[caseload][review6]")
{
    // Review 6, #20: the row did not say whether the professional could change anything.
    speakEnglish();
    CaseloadModel model;
    CaseloadItem reader = item(QStringLiteral("p1"), QStringLiteral("Robin"), 0);
    CaseloadItem writer = item(QStringLiteral("p2"), QStringLiteral("Sam"), 0);
    writer.writable = writer.domains;
    CaseloadItem mixed = item(QStringLiteral("p3"), QStringLiteral("Zoë"), 0);
    mixed.writable = { QStringLiteral("Work") };
    CaseloadItem nothing = item(QStringLiteral("p4"), QStringLiteral("Ali"), 0);
    nothing.domains.clear();
    nothing.withdrawn = true;
    model.setItems({ reader, writer, mixed, nothing });
    QHash<QString, QVariantMap> byId;
    for (int i = 0; i < model.rowCount(); ++i)
        byId.insert(model.get(i).value(QStringLiteral("id")).toString(), model.get(i));
    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("accessText")).toString() == QStringLiteral("You may read these life domains, not change them"));
    CHECK(byId[QStringLiteral("p2")].value(QStringLiteral("accessText")).toString() == QStringLiteral("You may read and change these life domains"));
    CHECK(byId[QStringLiteral("p3")].value(QStringLiteral("accessText")).toString() == QStringLiteral("Read and change: Work. Only read: Money"));
    CHECK(byId[QStringLiteral("p4")].value(QStringLiteral("accessText")).toString().isEmpty());
    // Screen readers hear it right after the role.
    CHECK(byId[QStringLiteral("p3")]
              .value(QStringLiteral("summary"))
              .toString()
              .startsWith(QStringLiteral("Zoë. coach for Money and Work. Read and change: Work. Only read: Money. ")));
}

TEST_CASE("Two citizens of one name are told apart on their cards, and overdue steps and refused changes are said with their dates", "[caseload][review3]")
{
    // Review 3: #14 (two identical "Robin" cards), #12 (overdue steps not said), #10 (refused changes not on the row).
    speakEnglish();
    CaseloadModel model;
    CaseloadItem first = item(QStringLiteral("p1"), QStringLiteral("Robin"), 0);
    first.joined = QDate(2026, 11, 2);
    first.stepsAssigned = 2;
    first.stepsOverdue = 1;
    first.firstStepDue = QDate(2026, 11, 20);
    first.refused = 1;
    CaseloadItem second = item(QStringLiteral("p2"), QStringLiteral("robin"), 0);
    second.joined = QDate(2026, 11, 30);
    model.setItems({ first, second, item(QStringLiteral("p3"), QStringLiteral("Sam"), 0) });
    QHash<QString, QVariantMap> byId;
    for (int i = 0; i < model.rowCount(); ++i)
        byId.insert(model.get(i).value(QStringLiteral("id")).toString(), model.get(i));
    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("tellApartText")).toString()
          == QStringLiteral("Another plan is for someone called Robin too. This one: you may see Money and Work; in your caseload since 2 November 2026."));
    CHECK(byId[QStringLiteral("p2")].value(QStringLiteral("tellApartText")).toString()
          == QStringLiteral("Another plan is for someone called robin too. This one: you may see Money and Work; in your caseload since 30 November 2026."));
    CHECK(byId[QStringLiteral("p3")].value(QStringLiteral("tellApartText")).toString().isEmpty());
    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("summary")).toString().contains(QStringLiteral("since 2 November 2026")));
    // Searching shows one Robin: it is still told apart from the other, which is in the caseload all the same.
    model.setSearch(QStringLiteral("robin"));
    CHECK_FALSE(model.get(0).value(QStringLiteral("tellApartText")).toString().isEmpty());
    model.setSearch({});

    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("stepsText")).toString()
          == QStringLiteral("2 steps for you, 1 overdue (first due 20 November 2026)"));
    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("refusedText")).toString()
          == QStringLiteral("1 change you made was not accepted: open the plan to see why."));
    CHECK(byId[QStringLiteral("p1")].value(QStringLiteral("needsAttention")).toBool());
    CHECK(byId[QStringLiteral("p2")].value(QStringLiteral("refusedText")).toString().isEmpty());
}

TEST_CASE("Opening plans from the caseload keeps the last two open and shows exactly what each citizen granted", "[caseload]")
{
    TestDir dir;
    auto source = std::make_unique<TestCaseloadSource>(dir.path());
    TestCaseloadSource &plans = *source;
    const QString robin = plans.addPlan(item({}, QStringLiteral("Robin"), 2), { { QStringLiteral("money"), QStringLiteral("read") } });
    const QString sam = plans.addPlan(item({}, QStringLiteral("Sam"), 1), { { QStringLiteral("work"), QStringLiteral("write") } });
    const QString noor = plans.addPlan(item({}, QStringLiteral("Noor"), 0), { { QStringLiteral("money"), QStringLiteral("write") } });
    REQUIRE_FALSE(robin.isEmpty());
    REQUIRE_FALSE(noor.isEmpty());
    CaseloadController caseload(std::move(source));
    CHECK(caseload.plans()->total() == 3);
    CHECK(plans.opened() == 0); // the list needs no plan opened
    int current = 0;
    QObject::connect(&caseload, &CaseloadController::currentChanged, [&current] { ++current; });

    REQUIRE(caseload.openPlan(robin));
    REQUIRE(caseload.currentPlan());
    CHECK(caseload.currentName() == QStringLiteral("Robin"));
    CHECK_FALSE(caseload.currentPlan()->isOwner());
    CHECK_FALSE(caseload.currentPlan()->canWrite(QStringLiteral("money")));
    CHECK(caseload.currentPlan()->domainAccess() == QVariantMap { { QStringLiteral("money"), QStringLiteral("read") } });
    REQUIRE(caseload.openPlan(sam));
    CHECK(caseload.currentPlan()->canWrite(QStringLiteral("work")));
    CHECK_FALSE(caseload.currentPlan()->domainAccess().contains(QStringLiteral("money")));
    REQUIRE(caseload.openPlan(robin)); // still open: no store opened again
    CHECK(plans.opened() == 2);
    CHECK(caseload.openPlanIds() == QStringList { robin, sam });
    REQUIRE(caseload.openPlan(noor)); // the third: Sam's, the least recent, closes
    CHECK(plans.opened() == 3);
    CHECK(caseload.openPlanIds() == QStringList { noor, robin });
    CHECK(current == 4);

    CHECK_FALSE(caseload.openPlan(QStringLiteral("not-in-the-caseload")));
    CHECK(caseload.error() == QStringLiteral("This plan is not in your caseload any more."));
    CHECK(caseload.currentPlanId() == noor);
}

TEST_CASE("A plan taken off the device leaves the caseload and closes with a plain notice", "[caseload]")
{
    TestDir dir;
    auto source = std::make_unique<TestCaseloadSource>(dir.path());
    TestCaseloadSource &plans = *source;
    const QString robin = plans.addPlan(item({}, QStringLiteral("Robin"), 0), { { QStringLiteral("money"), QStringLiteral("read") } });
    const QString sam = plans.addPlan(item({}, QStringLiteral("Sam"), 0), { { QStringLiteral("work"), QStringLiteral("write") } });
    CaseloadController caseload(std::move(source));
    REQUIRE(caseload.openPlan(robin));
    QPointer<samen::app::PlanController> open = caseload.currentPlan();

    REQUIRE(plans.removePlan(robin));
    caseload.refresh();
    CHECK(caseload.currentPlan() == nullptr);
    CHECK(caseload.currentPlanId().isEmpty());
    CHECK(caseload.plans()->total() == 1);
    CHECK(caseload.plans()->get(0).value(QStringLiteral("citizenName")).toString() == QStringLiteral("Sam"));
    // The name isolated in the sentence (review 5, #5: an Arabic name turned the words around it).
    CHECK(caseload.notice() == QStringLiteral("You are no longer part of \u2068Robin\u2069's plan. It has been removed from this device."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(open.isNull()); // its store closed
    CHECK(caseload.openPlanIds().isEmpty());
    caseload.dismissNotice();
    CHECK(caseload.notice().isEmpty());
    REQUIRE(caseload.openPlan(sam)); // the rest works as before
}

TEST_CASE("Caseload notices: newest first, only the newest three until asked for the earlier ones", "[caseload][review5]")
{
    TestDir dir;
    auto source = std::make_unique<TestCaseloadSource>(dir.path());
    TestCaseloadSource &plans = *source;
    QStringList notices;
    for (int i = 1; i <= 30; ++i)
        notices << QStringLiteral("Notice %1.").arg(i);
    plans.setRevoked(true, notices); // oldest first, as the caseload keeps them
    CaseloadController caseload(std::move(source));
    caseload.refresh();
    CHECK(caseload.disconnected());
    // Review 5, #2: the newest notice came last, under 29 old ones.
    CHECK(caseload.notice() == QStringLiteral("Notice 30.\nNotice 29.\nNotice 28."));
    CHECK(caseload.earlierNotices() == 27);
    CHECK(caseload.noticesToggleText() == QStringLiteral("Show all 30 notices"));
    caseload.setAllNotices(true);
    CHECK(caseload.notice().split(QLatin1Char('\n')).size() == 30);
    CHECK(caseload.notice().startsWith(QStringLiteral("Notice 30.\n")));
    CHECK(caseload.notice().endsWith(QStringLiteral("\nNotice 1.")));
    CHECK(caseload.earlierNotices() == 0);
    CHECK(caseload.noticesToggleText() == QStringLiteral("Show only the newest notices"));
    caseload.dismissNotice();
    CHECK(caseload.notice().isEmpty());
    CHECK_FALSE(caseload.allNotices());
    CHECK(caseload.noticesToggleText().isEmpty());
}
