#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QQuickWindow;
class QImage;

namespace samen::app {

class Session;

/**
 * Walks the main screens of a running window and saves one PNG per screen as
 * `<screen>-<size>-<lang>.png` (the screenshot script and CI use it). The plan
 * is unlocked with the passphrase given; a screenshot that is one flat colour
 * counts as blank and fails the tour, and so does one where something is cut short, sticks
 * out at the side or runs off the bottom out of reach (FitCheck; every size and look). For the "refused" screen it makes three
 * changes to the plan and refuses them as the case service would (unless the
 * store already holds refused ones), and discards them again afterwards.
 * In step mode (an empty outDir; `samen --walk-tour`, for the AT-SPI test) it saves
 * nothing: it prints `screen <name> <n>` on stdout once a screen has settled (n: the
 * lines read from stdin so far) and waits for a line on stdin: `next` goes on, `again`
 * shows the same screen afresh, `goto NAME` goes on to the screen NAME, setting up and
 * undoing the screens between as the tour does but without waiting on them (the walker
 * uses it after starting the app afresh); it prints `done` after the last screen.
 * On a professional's device (Session::holdsCaseload) it walks caseloadScreens instead.
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow *window, Session *session, QString outDir, QString sizeLabel, QString language, QString passphrase, QObject *parent = nullptr);

    /** The screens in tour order. */
    static QStringList screens();
    /**
     * The screens on a professional's device (unlocked first): the caseload, the caseload with its first plan open,
     * that plan's Settings, and that plan with a notice above its pages.
     */
    static QStringList caseloadScreens();
    /** True when the image has fewer than three distinct colours. */
    static bool looksBlank(const QImage &image);

    void start();

Q_SIGNALS:
    /** exitCode 0 when every screen was saved and none was blank. */
    void finished(int exitCode);

private:
    void showNext();
    void capture();
    /** Step mode: the screen is shown; tell the walker and wait for its word. */
    void announce();
    /** Step mode: reads the walker's lines from stdin. */
    void readCommands();
    /** Undoes what showNext did for the current screen, then shows the next one. */
    void finishScreen();
    /** While a page transition runs (FitCheck::moving), calls `then` again a little later and answers true (bounded). */
    bool waitForStill(void (ScreenshotTour::*then)());
    /** Calls then after ms unless the tour has shown another screen meanwhile (a `goto` passing by, the walker moving on). */
    void later(int ms, void (ScreenshotTour::*then)());
    /**
     * What is wrong with the status line of the screen shown, in one plain line; empty when nothing is: a plan
     * connected to a case service (its own connection or its caseload's) never says "only on this device".
     */
    QString statusProblem() const;
    void refuseSomeChanges();
    void discardRefusedChanges();
    /** true: the open caseload plan shows a notice above its pages (access to a domain withdrawn, R4-19); false: gone again. */
    void showPlanNotice(bool shown);
    /** Shows the plan as a member with read access to the first domain (true), or as its owner again (false). */
    void actAsMember(bool member);
    /** true: the plan as a joiner's device holds it before the owner lets them in (no access yet, "waiting for Robin"); false: back. */
    void actAsWaitingJoiner(bool waiting);

    QQuickWindow *m_window;
    Session *m_session;
    QString m_outDir;
    QString m_sizeLabel;
    QString m_language;
    QString m_passphrase;
    QStringList m_screens; ///< screens() or caseloadScreens(), chosen at start
    int m_index = 0;
    bool m_stepping = false;
    int m_commands = 0; ///< step mode: lines read from stdin so far
    QString m_skipTo; ///< step mode: the screen a `goto` goes to; the screens before it are not waited for
    QByteArray m_input; ///< step mode: what stdin gave that is not yet a whole line
    int m_failures = 0;
    int m_movingPolls = 0; ///< polls the current picture waited for a page transition to end
    int m_shown = 0; ///< screens shown so far: a timer set for an earlier screen does nothing (see later())
    QStringList m_refusedOpIds; ///< made up for the "refused" screen; discarded after it
};

} // namespace samen::app
