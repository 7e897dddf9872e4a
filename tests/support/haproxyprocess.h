#pragma once

#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace samen::test {

/**
 * Debian's HAProxy 2.6 in front of service instances on 127.0.0.1, for the topology
 * test: TLS terminated with the instances' own development certificate and key (so
 * a device's pin stays the same), TLS again to each instance with the certificate
 * verified, WebSocket upgrades passed through (timeout tunnel), /healthz checks
 * every 200 ms. Three frontends: port() balances round-robin over all instances;
 * pinnedPort(i) reaches instance i only (so a test can put a live socket on a
 * chosen instance).
 */
class HaproxyProcess
{
public:
    /** certDir: the instances' data folder (dev-tls-cert.pem, dev-tls-key.pem); instancePorts: their HTTPS ports. */
    HaproxyProcess(QString certDir, QList<quint16> instancePorts)
        : m_certDir(std::move(certDir))
        , m_instances(std::move(instancePorts))
    {
    }
    ~HaproxyProcess() { stop(); }

    static QString binary() { return qEnvironmentVariableIsSet("HAPROXY") ? qEnvironmentVariable("HAPROXY") : QStringLiteral("/usr/sbin/haproxy"); }

    /** Writes the configuration, starts haproxy in the foreground and waits until its frontends accept connections. */
    bool start()
    {
        const QString combined = m_dir.file(QStringLiteral("frontend.pem"));
        QFile out(combined);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(readRaw(QDir(m_certDir).filePath(QStringLiteral("dev-tls-cert.pem"))));
        out.write(readRaw(QDir(m_certDir).filePath(QStringLiteral("dev-tls-key.pem"))));
        out.close();
        m_port = freePort();
        QString config = QStringLiteral("global\n    maxconn 500\n"
                                        "defaults\n    mode http\n    timeout connect 2s\n    timeout client 30s\n    timeout server 30s\n"
                                        "    timeout tunnel 1h\n    retries 3\n    option redispatch\n"
                                        "    default-server inter 200ms fall 2 rise 2 ssl verify required ca-file %1 check\n"
                                        "frontend balanced\n    bind 127.0.0.1:%2 ssl crt %3 alpn http/1.1\n    default_backend instances\n"
                                        "backend instances\n    balance roundrobin\n    option httpchk GET /healthz\n    http-check expect status 200\n")
                             .arg(QDir(m_certDir).filePath(QStringLiteral("dev-tls-cert.pem")))
                             .arg(m_port)
                             .arg(combined);
        for (int i = 0; i < m_instances.size(); ++i)
            config += QStringLiteral("    server i%1 127.0.0.1:%2\n").arg(i).arg(m_instances[i]);
        for (int i = 0; i < m_instances.size(); ++i) {
            m_pinned.append(freePort());
            config += QStringLiteral("frontend pinned%1\n    bind 127.0.0.1:%2 ssl crt %3 alpn http/1.1\n    default_backend only%1\n"
                                     "backend only%1\n    option httpchk GET /healthz\n    server i%1 127.0.0.1:%4\n")
                          .arg(i)
                          .arg(m_pinned[i])
                          .arg(combined)
                          .arg(m_instances[i]);
        }
        QFile cfg(m_dir.file(QStringLiteral("haproxy.cfg")));
        if (!cfg.open(QIODevice::WriteOnly))
            return false;
        cfg.write(config.toUtf8());
        cfg.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(binary(), { QStringLiteral("-f"), cfg.fileName(), QStringLiteral("-db") });
        if (!m_process->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            if (m_process->state() == QProcess::NotRunning)
                return false;
            QThread::msleep(50);
        }
        return false;
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished();
            }
        }
    }
    quint16 port() const { return m_port; }
    quint16 pinnedPort(int instance) const { return m_pinned.value(instance); }
    QByteArray output() const { return m_process ? m_process->readAll() : QByteArray(); }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    QString m_certDir;
    QList<quint16> m_instances;
    TestDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QList<quint16> m_pinned;
};

} // namespace samen::test
