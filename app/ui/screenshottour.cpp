#include "ui/screenshottour.h"

#include "domain/memberaccess.h"
#include "models/planmodels.h"
#include "store/deviceaccess.h"
#include "store/planstore.h"
#include "store/planview.h"
#include "sync/syncclient.h"
#include "ui/caseload/caseloadcontroller.h"
#include "ui/fitcheck.h"
#include "ui/plancontroller.h"
#include "ui/session.h"
#include "ui/syncstatus.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace samen::app {

namespace {
// Long enough for list layouts to settle; a page stack still moving is waited for besides (FitCheck::moving).
constexpr int settleMs = 400;
// How often, and how long at most, a picture waits for a page transition to end (its animation advances by rendered
// frames: on a loaded machine 400 ms saw a page half slid in; review 3, #25). After that FitCheck reports it.
constexpr int movingPollMs = 100;
constexpr int movingPolls = 100;
// Pages that ask the case service first (devices, a code for the next one) on loopback.
constexpr int networkSettleMs = 2500;

/** The window's screen for a tour screen: "member" shows the first domain as a member who may only read it sees it; "join-waiting" the plan's home page. */
QString shownAs(const QString &screen)
{
    if (screen == QLatin1String("member"))
        return QStringLiteral("domain");
    if (screen == QLatin1String("join-waiting"))
        return QStringLiteral("home");
    return screen;
}
} // namespace

ScreenshotTour::ScreenshotTour(QQuickWindow *window, Session *session, QString outDir, QString sizeLabel, QString language, QString passphrase, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_outDir(std::move(outDir))
    , m_sizeLabel(std::move(sizeLabel))
    , m_language(std::move(language))
    , m_passphrase(std::move(passphrase))
    , m_stepping(m_outDir.isEmpty())
{
}

QStringList ScreenshotTour::screens()
{
    return { QStringLiteral("welcome"),
             QStringLiteral("unlock"),
             QStringLiteral("join"),
             QStringLiteral("device-add"),
             QStringLiteral("enrol"),
             QStringLiteral("home"),
             QStringLiteral("domain"),
             QStringLiteral("goal"),
             QStringLiteral("goal-edit"),
             QStringLiteral("goal-all-done"),
             QStringLiteral("goal-undo"),
             QStringLiteral("progress"),
             QStringLiteral("timeline"),
             QStringLiteral("settings"),
             QStringLiteral("people"),
             QStringLiteral("invite"),
             QStringLiteral("consent"),
             QStringLiteral("log"),
             QStringLiteral("connect"),
             QStringLiteral("devices"),
             QStringLiteral("my-data"),
             QStringLiteral("everything"),
             QStringLiteral("erase-confirm"),
             QStringLiteral("professionals"),
             QStringLiteral("professionals-handover"),
             QStringLiteral("meeting"),
             QStringLiteral("meeting-next"),
             QStringLiteral("meeting-plan"),
             QStringLiteral("refused"),
             QStringLiteral("join-waiting"),
             QStringLiteral("member") };
}

QStringList ScreenshotTour::caseloadScreens()
{
    return { QStringLiteral("caseload"), QStringLiteral("caseload-plan"), QStringLiteral("caseload-plan-settings"), QStringLiteral("caseload-plan-notice") };
}

bool ScreenshotTour::looksBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    QSet<QRgb> colours;
    const int stepX = qMax(1, image.width() / 64);
    const int stepY = qMax(1, image.height() / 64);
    for (int y = 0; y < image.height(); y += stepY) {
        for (int x = 0; x < image.width(); x += stepX) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= 3)
                return false;
        }
    }
    return true;
}

void ScreenshotTour::start()
{
    if (m_stepping) {
        // Non-blocking: a notifier may fire again when nothing is left to read.
        ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, &ScreenshotTour::readCommands);
    } else {
        QDir().mkpath(m_outDir);
    }
    m_index = 0;
    m_screens = m_session && m_session->holdsCaseload() ? caseloadScreens() : screens();
    showNext();
}

void ScreenshotTour::later(int ms, void (ScreenshotTour::*then)())
{
    QTimer::singleShot(ms, this, [this, then, shown = m_shown] {
        if (shown == m_shown) // still on the screen this was meant for: a `goto` may have moved on meanwhile
            (this->*then)();
    });
}

void ScreenshotTour::showNext()
{
    ++m_shown;
    const QStringList &all = m_screens;
    if (m_index >= all.size()) {
        if (m_stepping) {
            std::printf("done\n");
            std::fflush(stdout);
        }
        Q_EMIT finished(m_failures == 0 ? 0 : 1);
        return;
    }
    const QString screen = all.at(m_index);
    Session *session = m_session;
    if ((screen == QLatin1String("home") || screen == QLatin1String("caseload")) && session && session->state() != Session::State::Unlocked) {
        if (!session->unlock(m_passphrase)) {
            std::fprintf(stderr, "samen --screenshot-tour: could not unlock the plan (set SAMEN_PASSPHRASE)\n");
            Q_EMIT finished(1);
            return;
        }
    }
    if ((screen == QLatin1String("refused") || screen == QLatin1String("join-waiting") || screen == QLatin1String("member")) && session && session->plan())
        // From here the tour plays the service's part on the store itself: no real rounds in between. The status line
        // says what the person would see, connected (or waiting to be let in), never "only on this device".
        session->plan()->sync()->holdState(screen == QLatin1String("join-waiting") ? QStringLiteral("pending") : QStringLiteral("synced"));
    if (screen == QLatin1String("refused"))
        refuseSomeChanges();
    if (screen == QLatin1String("member"))
        actAsMember(true);
    if (screen == QLatin1String("join-waiting"))
        actAsWaitingJoiner(true);
    // At once, as the plan opens (showScreen below): every page must be laid out again for the height the notice
    // leaves (on the desktop the page column kept its height from before the notice until issue 14).
    if (screen == QLatin1String("caseload-plan-notice"))
        QTimer::singleShot(0, this, [this, shown = m_shown] {
            if (shown == m_shown)
                showPlanNotice(true);
        });
    QMetaObject::invokeMethod(m_window, "showScreen", Q_ARG(QVariant, QVariant(shownAs(screen))));
    if (!m_skipTo.isEmpty()) {
        if (screen != m_skipTo) {
            // Passing by on the way to another screen (`goto`): set up and undone as in the tour, not waited for.
            QTimer::singleShot(0, this, &ScreenshotTour::finishScreen);
            return;
        }
        m_skipTo.clear();
    }
    const bool asksService = screen == QLatin1String("devices") || screen == QLatin1String("connect") || screen == QLatin1String("people")
        || screen == QLatin1String("invite") || screen == QLatin1String("log");
    later(asksService ? networkSettleMs : settleMs, m_stepping ? &ScreenshotTour::announce : &ScreenshotTour::capture);
}

bool ScreenshotTour::waitForStill(void (ScreenshotTour::*then)())
{
    if (FitCheck::moving(m_window->contentItem()) && m_movingPolls < movingPolls) {
        ++m_movingPolls;
        later(movingPollMs, then);
        return true;
    }
    m_movingPolls = 0;
    return false;
}

void ScreenshotTour::announce()
{
    if (waitForStill(&ScreenshotTour::announce))
        return;
    // With the number of words read so far, so the walker can tell this answer from an older one.
    std::printf("screen %s %d\n", qPrintable(m_screens.at(m_index)), m_commands);
    std::fflush(stdout);
}

void ScreenshotTour::readCommands()
{
    char buffer[256];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (got <= 0) {
        // The walker is gone: nobody is left to step the tour.
        Q_EMIT finished(1);
        return;
    }
    m_input.append(buffer, static_cast<qsizetype>(got));
    qsizetype end = 0;
    while ((end = m_input.indexOf('\n')) >= 0) {
        const QByteArray line = m_input.left(end).trimmed();
        m_input.remove(0, end + 1);
        ++m_commands;
        if (line == "next") {
            finishScreen();
        } else if (line.startsWith("goto ")) {
            m_skipTo = QString::fromUtf8(line.mid(5));
            finishScreen();
        } else if (line == "again") {
            QMetaObject::invokeMethod(m_window, "showScreen", Q_ARG(QVariant, QVariant(shownAs(m_screens.at(m_index)))));
            later(settleMs, &ScreenshotTour::announce);
        }
    }
}

void ScreenshotTour::capture()
{
    if (waitForStill(&ScreenshotTour::capture))
        return;
    const QString screen = m_screens.at(m_index);
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_outDir).filePath(QStringLiteral("%1-%2-%3.png").arg(screen, m_sizeLabel, m_language));
    if (looksBlank(image)) {
        std::fprintf(stderr, "samen --screenshot-tour: %s is blank\n", qPrintable(path));
        ++m_failures;
    }
    // Text at 200 % on a phone (issue 17): nothing cut short, sticking out or out of reach.
    const QStringList cut = FitCheck::problems(m_window->contentItem());
    for (const QString &problem : cut)
        std::fprintf(stderr, "samen --screenshot-tour: %s: %s\n", qPrintable(path), qPrintable(problem));
    if (!cut.isEmpty())
        ++m_failures;
    if (const QString wrong = statusProblem(); !wrong.isEmpty()) {
        std::fprintf(stderr, "samen --screenshot-tour: %s: %s\n", qPrintable(path), qPrintable(wrong));
        ++m_failures;
    }
    if (!image.save(path)) {
        std::fprintf(stderr, "samen --screenshot-tour: could not save %s\n", qPrintable(path));
        ++m_failures;
    } else {
        std::printf("%s\n", qPrintable(path));
        std::fflush(stdout);
    }
    finishScreen();
}

QString ScreenshotTour::statusProblem() const
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan || !plan->sync() || m_session->state() != Session::State::Unlocked)
        return {};
    const bool connected = plan->sync()->inCaseload() || !plan->store().setting(QStringLiteral("sync.service")).isEmpty();
    if (connected && plan->sync()->state() == QLatin1String("local"))
        return QStringLiteral("the status line says the plan is only on this device, but it is connected to a case service");
    return {};
}

void ScreenshotTour::finishScreen()
{
    const QString screen = m_screens.at(m_index);
    if (screen == QLatin1String("refused"))
        discardRefusedChanges();
    if (screen == QLatin1String("member"))
        actAsMember(false);
    if (screen == QLatin1String("caseload-plan-notice"))
        showPlanNotice(false);
    if (screen == QLatin1String("join-waiting")) {
        actAsWaitingJoiner(false);
        if (m_session && m_session->plan())
            m_session->plan()->sync()->holdState(QStringLiteral("synced"));
    }
    ++m_index;
    showNext();
}

void ScreenshotTour::refuseSomeChanges()
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan || plan->store().rejectedCount() > 0)
        return;
    PlanStore &store = plan->store();
    // Refuses what one action added to the outbox, with the reason the service would keep.
    auto refuse = [&](const auto &action, const QString &code, const QString &domainKey) {
        const QString reason = SyncClient::refusalText(code, domainKey);
        QSet<QString> before;
        for (const OutboxEntry &entry : store.outbox(-1))
            before.insert(entry.op.opId);
        action();
        for (const OutboxEntry &entry : store.outbox(-1)) {
            if (!before.contains(entry.op.opId) && store.markRejected(entry.op.opId, reason))
                m_refusedOpIds.append(entry.op.opId);
        }
    };
    // Changes to what the demo plan already holds, so every title is in the tour's language.
    refuse([&] { plan->setStory(plan->story()); }, QStringLiteral("forbidden"), QString());
    const QJsonArray goals = plan->view()->goals();
    if (!goals.isEmpty()) {
        const QString goalId = goals.first().toObject().value(QStringLiteral("id")).toString();
        refuse([&] { plan->setGoalStatus(goalId, QStringLiteral("paused")); }, QStringLiteral("clock"), QString());
    }
    if (plan->domains()->rowCount() > 0) {
        const QString key = plan->domains()->get(0).value(QStringLiteral("key")).toString();
        refuse([&] { plan->assess(key, 6, QString()); }, QStringLiteral("invalid"), key);
    }
    plan->refresh();
}

void ScreenshotTour::actAsMember(bool member)
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan)
        return;
    PlanStore &store = plan->store();
    if (member) {
        // A member who may read the first (most important) domain and change the second.
        MemberAccess access = MemberAccess::member();
        if (plan->domains()->rowCount() > 1) {
            access.grant(plan->domains()->get(0).value(QStringLiteral("key")).toString(), QStringLiteral("read"));
            access.grant(plan->domains()->get(1).value(QStringLiteral("key")).toString(), QStringLiteral("write"));
        }
        (void)DeviceAccess::saveMember(store, access);
        // What a member's device holds: as if the plan had been sent, then filtered by the read rule.
        // This deletes the other domains from the tour's copy of the demo plan, so "member" is the last screen.
        QStringList sent;
        for (const OutboxEntry &entry : store.outbox(-1))
            sent.append(entry.op.opId);
        (void)store.markPushed(sent);
        (void)store.purgeUnreadable(store.setting(QStringLiteral("planId")), access);
    } else {
        (void)store.setSettings({ { QStringLiteral("sync.role"), QString() }, { QStringLiteral("sync.access"), QString() } });
    }
    plan->refresh();
}

void ScreenshotTour::actAsWaitingJoiner(bool waiting)
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan)
        return;
    PlanStore &store = plan->store();
    if (waiting) {
        // What JoinFlow leaves: a member without any access yet, waiting for the owner (Robin, the demo plan's owner).
        (void)DeviceAccess::saveMember(store, MemberAccess::member());
        (void)store.setSettings({ { QStringLiteral("join.waiting"), QStringLiteral("1") }, { QStringLiteral("join.from"), QStringLiteral("Robin") } });
    } else {
        (void)store.setSettings({ { QStringLiteral("sync.role"), QString() },
                                  { QStringLiteral("sync.access"), QString() },
                                  { QStringLiteral("join.waiting"), QString() },
                                  { QStringLiteral("join.from"), QString() } });
    }
    plan->refresh();
}

void ScreenshotTour::showPlanNotice(bool shown)
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan)
        return;
    if (!shown) {
        plan->sync()->dismissWithdrawalNotice();
        return;
    }
    // Kept as Withdrawal keeps it (facts, worded when read): a domain never shared with this professional (Housing),
    // so a round of the caseload meanwhile leaves it standing, with two changes typed there and not sent.
    const QString owner = m_session->caseload() ? m_session->caseload()->currentName() : QString();
    const QJsonObject notice { { QStringLiteral("kind"), QStringLiteral("domains") },
                               { QStringLiteral("owner"), owner },
                               { QStringLiteral("domains"), QJsonArray { QStringLiteral("housing") } },
                               { QStringLiteral("unsentLost"), 2 } };
    (void)plan->store().setSetting(QStringLiteral("sync.withdrawalNotice"), QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact)));
    plan->sync()->caseloadRoundEnded(); // reads the plan's state again: the notice shows
}

void ScreenshotTour::discardRefusedChanges()
{
    PlanController *plan = m_session ? m_session->plan() : nullptr;
    if (!plan)
        return;
    (void)plan->store().discardRejected(m_refusedOpIds);
    m_refusedOpIds.clear();
    plan->refresh();
}

} // namespace samen::app
