#pragma once

#include "testdir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace samen::test {

/**
 * A private D-Bus session bus (dbus-daemon with its own configuration: no service
 * files, so it starts no services of the machine). address() is empty when it could
 * not start (dbus-daemon missing); the daemon is stopped with this object.
 */
class PrivateBus
{
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return;
        const QString config = m_dir.file(QStringLiteral("session.conf"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                               "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                               "<allow own=\"*\"/></policy></busconfig>\n")
                    .arg(m_dir.path())
                    .toUtf8());
        f.close();
        m_daemon.start(daemon, { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        if (!m_daemon.waitForStarted(5000))
            return;
        QByteArray out;
        QElapsedTimer wait;
        wait.start();
        while (!out.contains('\n') && wait.elapsed() < 10000 && m_daemon.state() == QProcess::Running) {
            m_daemon.waitForReadyRead(500);
            out += m_daemon.readAllStandardOutput();
        }
        if (out.startsWith("unix:"))
            m_address = QString::fromUtf8(out.trimmed());
    }
    ~PrivateBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    QString address() const { return m_address; }
    /** The environment of a process on this bus (and no other session bus). */
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

private:
    TestDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace samen::test
