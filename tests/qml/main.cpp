// Qt Quick Test runner with Samen's static QML modules linked in.
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Samen_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)

QUICK_TEST_MAIN(samen)
