# SAMEN_PCH_LIBRARIES (the ci preset, which a clean clone compiles in full): precompiled headers for the
# libraries, the Qt and standard headers (never a header of ours) that most of each library's files include,
# parsed once per library instead of once per file. The tests' suites have their own (tests/CMakeLists.txt). Measured with GCC 12, dev flags (-O2 -g), user CPU of one file: app/ui/plancontroller.cpp
# 8.8 s of which 5.3 s is parsing (-fsyntax-only), app/sync/syncclient.cpp 10.9 / 5.0 s, service/plans/planapi.cpp
# 9.4 / 4.7 s; a QML file's ahead-of-time C++ (qmlcachegen, qml/pages/people/PeoplePage.qml) 6.2 s, of which 4.3 s
# is its six Qt headers alone. scripts/build sets the ccache sloppiness that lets ccache cache files built with
# them (samen_ccache_env, scripts/lib.sh). A file that compiles only because a header came in through these is
# still caught: the dev, asan and fuzz presets build without them.

# Qt Core, JSON and the standard library: every library.
set(SAMEN_PCH_CORE
  <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
  <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QMap> <QObject> <QRegularExpression> <QSet> <QString>
  <QStringList> <QVariant> <algorithm> <functional> <memory> <optional> <utility> <vector>)
# The service: logging, timers, TLS and ids.
set(SAMEN_PCH_SERVICE <QCryptographicHash> <QHostAddress> <QLoggingCategory> <QSaveFile> <QSslCertificate>
  <QSslConfiguration> <QTimer> <QUuid>)
# The app library: QML types, list models, the network.
set(SAMEN_PCH_APP <QAbstractListModel> <QLocale> <QLoggingCategory> <QNetworkAccessManager> <QNetworkReply>
  <QPointer> <QQmlEngine> <QQuickItem> <QSslConfiguration> <QTimer> <QUrl>)
# What every file qmlcachegen writes includes (Qt 6.4).
set(SAMEN_PCH_QMLCACHE <QtQml/qqmlprivate.h> <QtQml/qjsengine.h> <QtQml/qjsprimitivevalue.h> <QtQml/qjsvalue.h>
  <QtQml/qqmlcomponent.h> <QtQml/qqmlcontext.h> <QtQml/qqmlengine.h> <QtCore/qurl.h> <QtCore/qvariant.h>)

option(SAMEN_PCH_LIBRARIES "Precompile the Qt and standard headers of the libraries and the QML module" OFF)
# samen_precompile(TARGET LIST...): TARGET's files get LIST's headers precompiled when SAMEN_PCH_LIBRARIES is on.
function(samen_precompile target)
  if(SAMEN_PCH_LIBRARIES)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
