#pragma once

#include "pgcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <csignal>
#include <memory>

namespace samen::test {

/**
 * Runs the real samen-service binary on 127.0.0.1 with a free port and a
 * development certificate, and gives tests an HTTPS client that trusts exactly
 * that certificate (verification stays on).
 */
class ServiceProcess
{
public:
    explicit ServiceProcess(QString dataDir, QStringList extraArgs = {})
        : m_dataDir(std::move(dataDir))
        , m_extraArgs(std::move(extraArgs))
    {
    }
    ~ServiceProcess() { stop(); }

    static QString binary() { return QStringLiteral(SAMEN_BIN_DIR "/samen-service"); }

    /** Starts the service and waits until it prints its address; false on failure or timeout. */
    bool start(int timeoutMs = 15000)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"), m_dataDir,
                           QStringLiteral("--dev-tls") };
        args += m_extraArgs;
        args += PgCluster::serviceArgs(m_dataDir);
        m_process->start(binary(), args);
        if (!m_process->waitForStarted(timeoutMs))
            return false;
        QElapsedTimer timer;
        timer.start();
        // Only this run's words count: after a stop() and start() the earlier run's "Listening on" is still in m_stdout,
        // and matching it returned before the new process listened (a test then found nothing at the address).
        const qsizetype from = m_stdout.size();
        static const QRegularExpression listening(QStringLiteral("Listening on: https://127\\.0\\.0\\.1:(\\d+)"));
        static const QRegularExpression pin(QStringLiteral("Public key pin \\(SPKI SHA-256\\): ([0-9a-f]{64})"));
        static const QRegularExpression certSha(QStringLiteral("Certificate SHA-256: ([0-9a-f]{64})"));
        while (timer.elapsed() < timeoutMs) {
            m_process->waitForReadyRead(100);
            m_stdout += m_process->readAllStandardOutput();
            const QString text = QString::fromUtf8(m_stdout.mid(from));
            if (auto m = listening.match(text); m.hasMatch()) {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
                m_pin = pin.match(text).captured(1);
                m_certSha256 = certSha.match(text).captured(1);
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

    /**
     * SIGSTOP (true) or SIGCONT (false): a service that hangs, its connections open and nothing answered, as an
     * overloaded or stuck machine is. stop() lets a frozen service go on first.
     */
    void freeze(bool frozen)
    {
        if (m_process && m_process->state() != QProcess::NotRunning)
            ::kill(static_cast<pid_t>(m_process->processId()), frozen ? SIGSTOP : SIGCONT);
        m_frozen = frozen;
    }

    /** Stops with SIGTERM and returns the exit code (-1 when it had to be killed). */
    int stop()
    {
        if (m_frozen)
            freeze(false);
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return m_process ? m_process->exitCode() : 0;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
            return -1;
        }
        m_stdout += m_process->readAllStandardOutput();
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    /** SIGKILL, as a crash would. */
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }

    quint16 port() const { return m_port; }
    QString pin() const { return m_pin; }
    QString certificateSha256() const { return m_certSha256; }
    QByteArray output() const { return m_stdout; }
    QByteArray errorOutput() const { return m_process ? m_process->readAllStandardError() : QByteArray(); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    /** samen-cli's options for reaching this service: --service URL --ca-file PEM --pin-sha256 PIN. */
    QStringList cliArgs() const
    {
        return { QStringLiteral("--service"),    QStringLiteral("https://127.0.0.1:%1").arg(m_port),
                 QStringLiteral("--ca-file"),    QDir(m_dataDir).filePath(QStringLiteral("dev-tls-cert.pem")),
                 QStringLiteral("--pin-sha256"), m_pin };
    }

    /** The certificate the service generated, read from its data folder. */
    QSslCertificate certificate() const
    {
        QFile f(QDir(m_dataDir).filePath(QStringLiteral("dev-tls-cert.pem")));
        if (!f.open(QIODevice::ReadOnly))
            return QSslCertificate();
        const auto certs = QSslCertificate::fromData(f.readAll());
        return certs.isEmpty() ? QSslCertificate() : certs.first();
    }

    /** TLS settings that trust only this service's certificate; verification on. */
    QSslConfiguration tlsConfiguration() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({ certificate() });
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return c;
    }

private:
    QString m_dataDir;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
    bool m_frozen = false;
    QString m_pin;
    QString m_certSha256;
};

/** A finished HTTP exchange. */
struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QByteArray body;
};

/** Sends one request and waits for the answer (with a timeout), running the event loop meanwhile. */
inline HttpResult sendAndWait(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb = "GET", const QByteArray &body = {},
                              int timeoutMs = 10000)
{
    HttpResult result;
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, body));
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&result](const QList<QSslError> &errors) { result.sslErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    return result;
}

} // namespace samen::test
