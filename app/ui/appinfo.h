#pragma once

#include <QObject>
#include <QQmlEngine>

namespace samen::app {

/** Facts about this build for the UI (version, library versions). */
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    explicit AppInfo(QObject *parent = nullptr);
    static AppInfo *create(QQmlEngine *, QJSEngine *) { return new AppInfo; }
    QString version() const;
};

} // namespace samen::app
