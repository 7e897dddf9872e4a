#include "ui/appmain.h"

#include "core/paths.h"
#include "ui/data/fhircontroller.h"
#include "ui/displaysettings.h"
#include "ui/notify/notifier.h"
#include "ui/plancontroller.h" // fhircontroller.h holds a QPointer to it
#include "ui/quickitemaccessible.h"
#include "ui/screenshottour.h"
#include "ui/session.h"
#include "ui/speech/qtspeechengine.h"
#include "ui/walkeffects.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <atomic>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Samen_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)

Q_LOGGING_CATEGORY(lcStart, "samen.app.start")

namespace samen::app {

namespace {

std::atomic<int> g_qmlProblems { 0 };
QtMessageHandler g_previousHandler = nullptr;

/** In self-test mode every QML/JS warning or error is a failure. */
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "");
    const bool fromQml
        = category.startsWith("qml") || category.startsWith("js") || message.contains(QLatin1String("qrc:/")) || message.contains(QLatin1String(".qml"));
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml)
        ++g_qmlProblems;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/** Qt's own strings (dialog buttons and the like); the app's own are the Session's. */
void installQtTranslations(QGuiApplication &app, const QString &language)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/** The languages Samen speaks (translations/samen_*.ts); any other is refused on the command line. */
bool isSpokenLanguage(const QString &language)
{
    return language == QLatin1String("nl") || language == QLatin1String("en");
}

/**
 * A right-to-left layout direction (a right-to-left translation, -reverse, --layout rtl) mirrors
 * every page and dialog: LayoutMirroring on the window's root item, inherited by the pages and by
 * the overlay that holds dialogs and menus. Text keeps its own direction.
 */
void mirrorIfRightToLeft(QQuickWindow *window)
{
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return;
    QQmlContext *context = qmlContext(window);
    QQmlProperty(window->contentItem(), QStringLiteral("LayoutMirroring.enabled"), context).write(true);
    QQmlProperty(window->contentItem(), QStringLiteral("LayoutMirroring.childrenInherit"), context).write(true);
}

/** The application font at the chosen size, for controls that take no size from Theme. */
void applyFont(const DisplaySettings &display)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(qRound(display.bodyPixels()));
    QGuiApplication::setFont(font);
}

/** True when the command line asks for --help (-h, -?, --help-all) or --version (-v) before any "--". */
bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int appMain(int argc, char **argv)
{
    // --help and --version print and exit, also where there is no display (a server, an ssh session): Qt's offscreen
    // platform then, as a window system that cannot be reached would abort before the options are read (review 5).
    if (asksForHelpOrVersion(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Samen"));
    QGuiApplication::setOrganizationName(QStringLiteral("Samen"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SAMEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samen: one support plan, yours."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load the main window, render one frame, exit; non-zero on any QML warning."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the first frame as a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Language: nl (default) or en; any other is refused."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."), QStringLiteral("WxH"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder holding the encrypted plan (default: the user's data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                                  QStringLiteral("Save every main screen as <screen>-<size>-<lang>.png in DIR and exit; "
                                                 "unlocks with SAMEN_PASSPHRASE; non-zero if one is blank."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption walkTour(QStringLiteral("walk-tour"),
                                      QStringLiteral("Show every main screen in turn as --screenshot-tour does, saving nothing: print 'screen NAME' "
                                                     "and wait for 'next' or 'again' on stdin (the AT-SPI test steps it); links and the clipboard "
                                                     "are reported as 'effect ...' lines, not opened."));
    const QCommandLineOption fontSize(QStringLiteral("font-size"), QStringLiteral("Body text size at 100 % in pixels (default 16); all text scales with it."),
                                      QStringLiteral("PX"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"),
                                       QStringLiteral("Text size from 1 (100 %, the default) to 2 (200 %), e.g. 2 or 150%; also in the settings."),
                                       QStringLiteral("SCALE"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    QStringLiteral("Layout direction: ltr, or rtl to mirror every page as for a right-to-left language "
                                                   "(pseudo right-to-left: the text stays Dutch or English)."),
                                    QStringLiteral("ltr|rtl"));
    parser.addOptions({ selfTest, screenshot, language, size, dataDir, tour, walkTour, fontSize, textScale, layout });
    parser.process(app);

    if (parser.isSet(language) && !isSpokenLanguage(parser.value(language))) {
        std::fprintf(stderr,
                     "samen: there is no translation for --language %s. Samen speaks nl (Nederlands) and en (English).\n"
                     "To see the layout as for a right-to-left language, use --layout rtl.\n",
                     qPrintable(parser.value(language)));
        return 2;
    }
    if (parser.isSet(layout)) {
        const QString direction = parser.value(layout);
        if (direction != QLatin1String("ltr") && direction != QLatin1String("rtl")) {
            std::fprintf(stderr, "samen: --layout must be ltr or rtl\n");
            return 2;
        }
        QGuiApplication::setLayoutDirection(direction == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight);
    }
    qreal scale = 0.0;
    if (parser.isSet(textScale) && (scale = DisplaySettings::parseScale(parser.value(textScale))) == 0.0) {
        std::fprintf(stderr, "samen: --text-scale must be a number from 1 to 2 (100%% to 200%%), e.g. 2 or 150%%\n");
        return 2;
    }

    if (parser.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(countingHandler);
    const bool oneShot = parser.isSet(selfTest) || parser.isSet(screenshot) || parser.isSet(tour) || parser.isSet(walkTour);
    // Reviews due and the next meeting as desktop notifications, never from one-shot runs; before the session, which uses it.
    const std::unique_ptr<Notifier> notifier = oneShot ? nullptr : Notifier::forThisDesktop();
    // One-shot runs (tests, screenshots) never change the user's saved settings.
    Session session(parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir(), !oneShot);
    // "Send my plan to another app" writes into the documents folder; a tour's or a test's presses write beside their data folder.
    if (oneShot)
        FhirController::setDefaultShareFolder(session.dataDir() + QStringLiteral("-copies"));
    Session::setInstance(&session);
    session.setNotifier(notifier.get());
    // A flag applies to this run only (docs/running.md); the settings page saves what the person chooses there (review 5).
    if (parser.isSet(language))
        session.setLanguageForThisRun(parser.value(language));
    installQtTranslations(app, session.language());

    // Text size: saved with the settings (not by one-shot runs), --text-scale for this run.
    DisplaySettings display(!oneShot);
    DisplaySettings::setInstance(&display);
    if (parser.isSet(fontSize)) {
        const int px = parser.value(fontSize).toInt();
        if (px < 8 || px > 64) {
            std::fprintf(stderr, "samen: --font-size must be a number of pixels from 8 to 64\n");
            return 2;
        }
        display.setBasePixels(px);
    }
    if (scale > 0.0)
        display.setTextScaleForThisRun(scale);
    applyFont(display);
    QObject::connect(&display, &DisplaySettings::textScaleChanged, &app, [&display] { applyFont(display); });
    // Read aloud: the platform's voices, only for a person using the app (one-shot runs and the
    // tours start no speech service). Without it, "Read aloud" says why it is not available. Nothing
    // starts here: the voice starts at the first "read aloud", on a thread of its own (review 6, #19:
    // a slow or absent speech-dispatcher held up the first frame for seconds, or for ever).
    std::unique_ptr<SpeechEngine> speech;
    if (!parser.isSet(selfTest) && !parser.isSet(screenshot) && !parser.isSet(tour) && !parser.isSet(walkTour))
        speech = QtSpeechEngine::forThisDevice();
    SpeechEngine::setShared(speech.get());

    // Samen draws its own controls; the Basic style allows that without warnings.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    {
        // Qt Quick installs its accessibility factory when QtQuick is first imported; QAccessible asks the
        // factory installed last first. So: import QtQuick, then install QuickItemAccessible, then load
        // the pages: disabled controls are reported disabled, passphrase fields give a name, never their text.
        QQmlComponent warmUp(&engine);
        warmUp.setData("import QtQuick\nItem {}", QUrl());
        delete warmUp.create();
        QuickItemAccessible::install();
    }
    engine.load(QUrl(QStringLiteral("qrc:/Samen/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    mirrorIfRightToLeft(window);
    // How long a person waits for the first frame (tests/integration/appstart_test.cpp reads it).
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [sinceStart] { qCInfo(lcStart, "first frame %lld ms after start", static_cast<long long>(sinceStart.elapsed())); }, Qt::SingleShotConnection);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window->resize(wh[0].toInt(), wh[1].toInt());
    }

    if (parser.isSet(tour) || parser.isSet(walkTour)) {
        QString sizeLabel = parser.isSet(size) ? parser.value(size) : QStringLiteral("%1x%2").arg(window->width()).arg(window->height());
        // Larger text and a mirrored layout in the file name: home-390x844-200-rtl-nl.png.
        if (!qFuzzyCompare(display.textScale(), 1.0))
            sizeLabel += QStringLiteral("-%1").arg(qRound(display.textScale() * 100));
        if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
            sizeLabel += QStringLiteral("-rtl");
        // An empty folder puts the tour in step mode.
        const QString outDir = parser.isSet(tour) ? parser.value(tour) : QString();
        auto *walker = new ScreenshotTour(window, &session, outDir, sizeLabel, session.language(), qEnvironmentVariable("SAMEN_PASSPHRASE"), &app);
        // The AT-SPI walk also hears of links handed to the desktop and of the clipboard (not opened, only reported).
        if (parser.isSet(walkTour))
            new WalkEffects(&app);
        QObject::connect(walker, &ScreenshotTour::finished, &app, [&app](int rc) { app.exit(rc); });
        // Start once the first frame is on screen.
        const bool stepping = outDir.isEmpty();
        QObject::connect(window, &QQuickWindow::frameSwapped, walker, [window, walker, stepping] {
            QObject::disconnect(window, &QQuickWindow::frameSwapped, walker, nullptr);
            // Under Xvfb no window manager makes the window active; without that no key reaches it.
            if (stepping)
                window->requestActivate();
            walker->start();
        });
    } else if (parser.isSet(selfTest) || parser.isSet(screenshot)) {
        const QString shotPath = parser.value(screenshot);
        const bool testing = parser.isSet(selfTest);
        // After the first frame the scene is loaded; grabWindow() renders the current state itself.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [=, &app] {
            QObject::disconnect(window, &QQuickWindow::frameSwapped, &app, nullptr);
            int rc = 0;
            if (!shotPath.isEmpty() && !window->grabWindow().save(shotPath)) {
                std::fprintf(stderr, "samen: could not save the screenshot\n");
                rc = 1;
            }
            if (testing && g_qmlProblems.load() > 0) {
                std::fprintf(stderr, "samen --self-test: %d QML warning(s) or error(s)\n", g_qmlProblems.load());
                rc = 1;
            }
            app.exit(rc);
        });
        QTimer::singleShot(20000, &app, [&app] {
            std::fprintf(stderr, "samen: no frame rendered within 20 s\n");
            app.exit(1);
        });
    }
    return app.exec();
}

} // namespace samen::app
