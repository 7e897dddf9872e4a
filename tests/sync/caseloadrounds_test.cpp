// A professional's rounds of all (CaseloadSync, CaseloadChanges) against the real service
// over TLS: one request says which plans changed, so an unchanged plan costs no request of
// its own; a grant given without any operation, and an edit, still get their plan's round;
// and started (the app's mode) the live channel brings a citizen's change to the caseload
// without a sync being asked for, as samen-cli sync --watch on the device does. A citizen who
// lets the professional in without reading the member list first still records their role.
#include "synctestsupport.h"
#include "testdir.h"
#include "waitfor.h"

#include "network/networkclient.h"
#include "network/networkmirror.h"
#include "store/caseloadfolder.h"
#include "sync/caseloadsync.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

using namespace samen;
using namespace samen::test;

namespace {

/** How many requests the service answered on a route (its pattern, e.g. "/v1/plans/*\/grants"), from its /metrics. */
int answeredOn(const ServiceProcess &service, const QString &route)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(service.url(QStringLiteral("/metrics")));
    request.setSslConfiguration(service.tlsConfiguration());
    const HttpResult metrics = sendAndWait(nam, request);
    REQUIRE(metrics.status == 200);
    int count = 0;
    const QRegularExpression line(QStringLiteral("^samen_http_requests_total\\{route=\"%1\",status=\"\\d+\"\\} (\\d+)$").arg(QRegularExpression::escape(route)),
                                  QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(metrics.body)); it.hasNext();)
        count += it.next().captured(1).toInt();
    return count;
}

/** A citizen with a plan at the service and a goal in housing and one in work. */
struct Citizen {
    TestDir dir;
    std::unique_ptr<Device> device;
    QString planId, name, professional, housingGoal;

    Citizen(const QString &who, const QUrl &url, const SyncTrust &trust)
        : name(who)
    {
        device = std::make_unique<Device>(dir.path(), who.toLower());
        planId = device->makePlan(who);
        housingGoal = device->edit(device->editor().addGoal(QStringLiteral("housing"), who + QStringLiteral(" housing"), {}, {}));
        device->edit(device->editor().addGoal(QStringLiteral("work"), who + QStringLiteral(" work"), {}, {}));
        REQUIRE(device->connect(url, trust, QStringLiteral("phone")));
        REQUIRE(device->sync());
    }
    NetworkMirror mirror() { return NetworkMirror(*device->store, *device->clockPtr, planId, device->store->setting(QStringLiteral("memberId"))); }
    /** Invites the professional (housing, write), has them join on the caseload device and lets them in, as the app does. */
    void addTo(CaseloadSync &pro)
    {
        InvitationRequest request;
        request.kind = QStringLiteral("professional");
        request.name = QStringLiteral("Andre");
        request.role = QStringLiteral("Wijkcoach");
        request.organisation = QStringLiteral("Wijkteam");
        request.fromName = name;
        request.grants.append(AccessGrant { QStringLiteral("housing"), QStringLiteral("write"), {}, 0, {} });
        NetworkClient owner(*device->client, *device->store);
        const auto made = await<InvitationEntry>([&](SyncClient::Done<InvitationEntry> d) { owner.invite(request, d); });
        REQUIRE(made);
        REQUIRE(mirror().invited(made.value()));
        const auto joined = await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.join(made->code, {}, d); });
        INFO((joined ? QString() : joined.error().message).toStdString());
        REQUIRE(joined);
        professional = joined->value(QStringLiteral("memberId")).toString();
        const auto person = await<PersonEntry>([&](SyncClient::Done<PersonEntry> d) { owner.letIn(professional, d); });
        REQUIRE(person);
        REQUIRE(mirror().letIn(person.value()));
        REQUIRE(device->sync());
    }
};

/** Whether the plan's store on the caseload device holds a goal with this title. */
bool holdsGoal(CaseloadFolder &folder, const QString &planId, const QString &title)
{
    auto store = folder.plan(planId);
    REQUIRE(store);
    for (const QJsonObject &g : store.value()->entities(planId, QStringLiteral("goal")))
        if (g.value(QStringLiteral("title")).toString() == title)
            return true;
    return false;
}

} // namespace

TEST_CASE("A caseload's round of all asks once which plans changed: an unchanged plan costs no request, a new grant or an edit gets its round",
          "[sync][caseload][caseloadchanges]")
{
    TestDir serviceDir, proDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    auto folder = CaseloadFolder::create(proDir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    QNetworkAccessManager network;
    CaseloadSync pro(*folder.value(), network);
    REQUIRE(pro.configure(url, trust));
    REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.enrol(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path()), d); }));
    Citizen robin(QStringLiteral("Robin"), url, trust), sam(QStringLiteral("Sam"), url, trust), kim(QStringLiteral("Kim"), url, trust);
    for (Citizen *c : { &robin, &sam, &kim })
        c->addTo(pro);

    auto roundOfAll = [&] {
        const auto round = await<CaseloadRound>([&](SyncClient::Done<CaseloadRound> d) { pro.syncAll(d); }, 120000);
        INFO((round ? QString() : round.error().message).toStdString());
        REQUIRE(round);
        CHECK(round->plans == 3);
        CHECK(round->synced == 3);
        CHECK(round->failed.isEmpty());
        return round.value();
    };
    roundOfAll();
    for (Citizen *c : { &robin, &sam, &kim }) {
        CHECK(holdsGoal(*folder.value(), c->planId, c->name + QStringLiteral(" housing")));
        // Let in with a fresh NetworkClient (no list read first): the plan still records the role the citizen invited them as.
        CHECK(folder.value()->device().row(c->planId).value(QStringLiteral("role")).toString() == QStringLiteral("Wijkcoach"));
    }

    // Nothing new anywhere: one request for the three plans, none of their own.
    const QString grants = QStringLiteral("/v1/plans/*/grants"), pulls = QStringLiteral("/v1/plans/*/ops"), changes = QStringLiteral("/v1/caseload/changes");
    int grantsBefore = answeredOn(service, grants), pullsBefore = answeredOn(service, pulls), changesBefore = answeredOn(service, changes);
    roundOfAll();
    CHECK(answeredOn(service, changes) == changesBefore + 1);
    CHECK(answeredOn(service, grants) == grantsBefore);
    CHECK(answeredOn(service, pulls) == pullsBefore);

    // Robin writes in housing: only Robin's plan gets a round (one grants check), and the goal arrives.
    robin.device->edit(robin.device->editor().addGoal(QStringLiteral("housing"), QStringLiteral("Robin's new goal"), {}, {}));
    REQUIRE(robin.device->sync());
    grantsBefore = answeredOn(service, grants);
    roundOfAll();
    CHECK(answeredOn(service, grants) == grantsBefore + 1);
    CHECK(holdsGoal(*folder.value(), robin.planId, QStringLiteral("Robin's new goal")));

    // Sam gives work as well, a grant and no operation: Sam's plan is named all the same, and the work goal arrives.
    REQUIRE(sam.device->call("POST", QStringLiteral("/v1/plans/%1/grants").arg(sam.planId),
                             { { QStringLiteral("memberId"), sam.professional },
                               { QStringLiteral("domainKey"), QStringLiteral("work") },
                               { QStringLiteral("access"), QStringLiteral("read") } }));
    CHECK_FALSE(holdsGoal(*folder.value(), sam.planId, QStringLiteral("Sam work")));
    roundOfAll();
    CHECK(holdsGoal(*folder.value(), sam.planId, QStringLiteral("Sam work")));

    // An edit on this device (kept due, as an edit in the app or samen-cli marks it) is sent even though the service has nothing new.
    {
        auto kimStore = folder.value()->plan(kim.planId);
        REQUIRE(kimStore);
        auto clock = kimStore.value()->makeClock();
        PlanEditor editor(*kimStore.value(), *clock, kim.planId, kim.professional);
        const auto edit = editor.addGoal(QStringLiteral("housing"), QStringLiteral("From the professional"), {}, {});
        REQUIRE(edit);
        REQUIRE(kimStore.value()->applyLocal(edit->ops));
    }
    pro.requestSync(kim.planId); // as the app does after an edit; the round of all below may well start first
    REQUIRE(waitFor([&] { return !pro.isSyncing(); }));
    const CaseloadRound sent = roundOfAll();
    REQUIRE(kim.device->sync());
    bool arrived = false;
    for (const QJsonObject &g : kim.device->store->entities(kim.planId, QStringLiteral("goal")))
        arrived = arrived || g.value(QStringLiteral("title")).toString() == QStringLiteral("From the professional");
    CHECK(arrived);
    (void)sent;
}

TEST_CASE("A started caseload hears a citizen's change on the live channel, the step reaches the caseload row without a sync asked for",
          "[sync][caseload][live]")
{
    TestDir serviceDir, proDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    auto folder = CaseloadFolder::create(proDir.path(), DatabaseKey::passphrase(kPassphrase));
    REQUIRE(folder);
    QNetworkAccessManager network;
    CaseloadSync pro(*folder.value(), network);
    REQUIRE(pro.configure(url, trust));
    REQUIRE(await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.enrol(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path()), d); }));
    Citizen robin(QStringLiteral("Robin"), url, trust);
    robin.addTo(pro);

    // The app's mode, with rounds of all an hour apart: only the live channel can bring what follows.
    pro.start(60 * 60 * 1000);
    REQUIRE(waitFor([&] { return pro.isLive() && !pro.isSyncing(); }));
    REQUIRE(waitFor([&] { return holdsGoal(*folder.value(), robin.planId, QStringLiteral("Robin housing")) && !pro.isSyncing(); }));
    auto stepsForMe = [&] { return folder.value()->device().row(robin.planId).value(QStringLiteral("stepsForMe")).toArray(); };
    REQUIRE(stepsForMe().isEmpty());

    robin.device->edit(
        robin.device->editor().addStep(robin.housingGoal, QStringLiteral("Call the landlord"), robin.professional, QDate::currentDate().addDays(2)));
    REQUIRE(robin.device->sync());
    REQUIRE(waitFor([&] { return stepsForMe().size() == 1; }));
    CHECK(stepsForMe().first().toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Call the landlord"));
    pro.stop();
}

TEST_CASE("sync --watch on a professional's device keeps every plan of the caseload in sync and stops cleanly", "[sync][cli][caseload][live]")
{
    TestDir serviceDir, proDir;
    ServiceProcess service(serviceDir.path());
    REQUIRE(service.start());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(service.port()));
    const SyncTrust trust = trustOf(serviceDir.path(), service.pin());
    Citizen robin(QStringLiteral("Robin"), url, trust), sam(QStringLiteral("Sam"), url, trust);
    {
        // Two plans: a watch of one plan would need --plan; the watch of the caseload takes them all.
        auto folder = CaseloadFolder::create(proDir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        QNetworkAccessManager network;
        CaseloadSync pro(*folder.value(), network);
        REQUIRE(pro.configure(url, trust));
        REQUIRE(
            await<QJsonObject>([&](SyncClient::Done<QJsonObject> d) { pro.enrol(QStringLiteral("laptop"), professionalEnrolmentCode(serviceDir.path()), d); }));
        robin.addTo(pro);
        sam.addTo(pro);
    }
    auto stepsForMe = [&](const QString &planId) {
        auto folder = CaseloadFolder::open(proDir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(folder);
        return folder.value()->device().row(planId).value(QStringLiteral("stepsForMe")).toArray();
    };

    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), kPassphrase);
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"),
                { QStringLiteral("--data-dir"), proDir.path(), QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--watch") });
    REQUIRE(watch.waitForStarted());
    QByteArray out;
    REQUIRE(waitFor([&] {
        watch.waitForReadyRead(100);
        out += watch.readAllStandardOutput();
        return out.contains("\"event\":\"status\"") || watch.state() != QProcess::Running;
    }));
    INFO(out.constData() << watch.readAllStandardError().constData());
    REQUIRE(out.contains("\"plans\":2"));

    // Sam gives the professional a step: the watch brings it to the caseload (the live channel, or its next round).
    sam.device->edit(sam.device->editor().addStep(sam.housingGoal, QStringLiteral("Bring the letters"), sam.professional, QDate::currentDate().addDays(1)));
    REQUIRE(sam.device->sync());
    CHECK(waitFor(
        [&] {
            QThread::msleep(300);
            return stepsForMe(sam.planId).size() == 1;
        },
        60000));
    CHECK(stepsForMe(robin.planId).isEmpty());

    ::kill(static_cast<pid_t>(watch.processId()), SIGTERM);
    REQUIRE(watch.waitForFinished(10000));
    out += watch.readAllStandardOutput();
    CHECK(watch.exitStatus() == QProcess::NormalExit);
    CHECK(watch.exitCode() == 0);
    CHECK(out.contains("\"event\":\"stopped\""));
}
