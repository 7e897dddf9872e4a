// Qt Quick Test runner with Samen's static QML modules linked in. Every test
// file gets its own Session on a fresh temporary data folder, in English, so
// the pages run against a real encrypted store and never touch the user's.
// TestStore (module Samen.Testing) lets a test play the case service's part.
#include "testcaseloadstore.h"
#include "teststore.h"
#include "ui/session.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Samen_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto dir = std::make_unique<QTemporaryDir>();
        auto session = std::make_unique<samen::app::Session>(dir->path(), false);
        session->setLanguage(QStringLiteral("en"));
        samen::app::Session::setInstance(session.get());
        TestStore::setSession(session.get());
        TestCaseloadStore::setSession(session.get());
        m_dirs.push_back(std::move(dir));
        m_sessions.push_back(std::move(session));
    }
    void cleanupTestCase()
    {
        // Sessions go before their folders.
        TestStore::setSession(nullptr);
        TestCaseloadStore::setSession(nullptr);
        m_sessions.clear();
        m_dirs.clear();
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<samen::app::Session>> m_sessions;
};

QUICK_TEST_MAIN_WITH_SETUP(samen, Setup)

#include "main.moc"
