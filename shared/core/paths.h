#pragma once

#include <QString>

namespace samen {

/** The data folder the app and samen-cli share when none is given: $XDG_DATA_HOME/samen. */
QString defaultDataDir();

} // namespace samen
