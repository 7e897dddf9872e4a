#pragma once
// Prism (npm @stoplight/prism-cli, pinned by scripts/setup into build/tools/prism) as a
// validating proxy in front of the real service: every request and answer is checked
// against docs/api/openapi.yaml, and with --errors a mismatch becomes Prism's own error answer.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <memory>

namespace samen::test {

/** The validating proxy process: plain HTTP on 127.0.0.1 towards the client, real TLS (the service's certificate verified) towards the service. */
class PrismProxy
{
public:
    ~PrismProxy()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    /** SAMEN_PRISM, else the copy scripts/setup installs into build/tools/prism. */
    static QString binary()
    {
        const QString fromEnv = qEnvironmentVariable("SAMEN_PRISM");
        return fromEnv.isEmpty() ? QStringLiteral(SAMEN_SOURCE_DIR "/build/tools/prism/node_modules/.bin/prism") : fromEnv;
    }

    /**
     * Starts `prism proxy --errors` for the document against https://127.0.0.1:servicePort,
     * trusting caFile (NODE_EXTRA_CA_CERTS, for this process only); false with log() when it did not come up.
     */
    bool start(const QString &document, quint16 servicePort, const QString &caFile)
    {
        QTcpServer probe; // a free port for Prism, which cannot report one it picked itself
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        m_process->setProcessEnvironment(env);
        m_process->start(binary(),
                         { QStringLiteral("proxy"), QStringLiteral("--errors"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_port), document, QStringLiteral("https://127.0.0.1:%1").arg(servicePort) });
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            m_process->waitForReadyRead(200);
            m_log += m_process->readAll();
            if (m_log.contains("Prism is listening on"))
                return true;
            if (m_process->state() != QProcess::Running)
                return false;
        }
        return false;
    }

    quint16 port() const { return m_port; }
    /** What Prism printed so far (its violations name the operation and the field). */
    QByteArray log()
    {
        if (m_process)
            m_log += m_process->readAll();
        return m_log;
    }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace samen::test
