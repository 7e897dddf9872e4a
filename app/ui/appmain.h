#pragma once

namespace samen::app {

/** Runs the Samen app: translations, QML engine, main window; handles --self-test and --screenshot. */
int appMain(int argc, char **argv);

} // namespace samen::app
