#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <unistd.h>

namespace samen::test {

/**
 * A throwaway PostgreSQL 15 cluster for one test process: initdb into a temporary
 * folder, a free port on 127.0.0.1, its unix socket in that folder, trust
 * authentication for the user "samen", fsync off (a test cluster needs no
 * durability; SAMEN_TEST_PG_DURABLE=1 keeps it, for benchmarks). Stopped (pg_ctl stop -m immediate) and removed when the process
 * ends. As root (containers) the server runs as the "postgres" user, which the
 * postgresql-15 package creates; initdb refuses root. Binaries: PG_BIN, else
 * /usr/lib/postgresql/15/bin.
 */
class PgCluster
{
public:
    /** The cluster of this test process, started on first use; nullptr (and why in error()) when it cannot start. */
    static PgCluster *shared()
    {
        static std::unique_ptr<PgCluster> cluster = [] {
            auto c = std::make_unique<PgCluster>();
            if (!c->adopt())
                c->start();
            // Stopped while the QCoreApplication still exists (QProcess needs it), not at static destruction.
            qAddPostRoutine([] {
                if (PgCluster *running = shared())
                    running->stop();
            });
            return c;
        }();
        return cluster->m_running ? cluster.get() : nullptr;
    }
    static QString lastError() { return sharedError(); }

    ~PgCluster() { stop(); }

    /** Whether tests should use PostgreSQL: SAMEN_TEST_BACKEND=postgresql, or SAMEN_TEST_PG_DIR set (the "pg ..." CTests set it). */
    static bool wanted()
    {
        return qEnvironmentVariable("SAMEN_TEST_BACKEND") == QLatin1String("postgresql") || !qEnvironmentVariableIsEmpty("SAMEN_TEST_PG_DIR");
    }

    /** The --database arguments for a service on dataDir when tests want PostgreSQL (none otherwise); an unusable URI when the cluster did not start, so the
     * service fails loudly. */
    static QStringList serviceArgs(const QString &dataDir)
    {
        if (!wanted())
            return {};
        PgCluster *c = shared();
        return { QStringLiteral("--database"), c ? c->databaseFor(dataDir) : QStringLiteral("postgresql://samen@127.0.0.1:1/no-test-cluster") };
    }

    /** A URI for database name, creating the database when it does not exist yet. */
    QString database(const QString &name)
    {
        if (!m_databases.contains(name)) {
            QProcess p;
            p.start(bin(QStringLiteral("createdb")),
                    { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                      QStringLiteral("samen"), name });
            p.waitForFinished(60000);
            m_databases.append(name);
        }
        return QStringLiteral("postgresql://samen@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }
    /** A database named after a folder (so a service restarted on the same data folder finds its data). */
    QString databaseFor(const QString &dataDir)
    {
        return database(QStringLiteral("t")
                        + QString::fromLatin1(QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16)));
    }
    /** A fresh, empty database each call (random names: test processes may share one cluster). */
    QString freshDatabase() { return database(QStringLiteral("fresh_") + QUuid::createUuid().toString(QUuid::Id128)); }
    /** Runs SQL with psql on database name; false when it fails. */
    bool psql(const QString &name, const QString &sql)
    {
        QProcess p;
        p.start(bin(QStringLiteral("psql")),
                { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                  QStringLiteral("samen"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"), QStringLiteral("-d"), name,
                  QStringLiteral("-c"), sql });
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    quint16 port() const { return m_port; }
    /** Stops the server at once (as a crash would; "immediate" mode); a cluster this process did not start is left to its owner. */
    void stop()
    {
        if (!m_running || m_adopted)
            return;
        m_running = false;
        run(bin(QStringLiteral("pg_ctl")), { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop") });
    }
    /** Starts it again on the same port and data. */
    bool restart()
    {
        m_running = run(bin(QStringLiteral("pg_ctl")),
                        { QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                          QStringLiteral("-o"), serverOptions(), QStringLiteral("start") });
        return m_running;
    }

private:
    static QString &sharedError()
    {
        static QString e;
        return e;
    }
    static QString bin(const QString &name)
    {
        const QString dir = qEnvironmentVariableIsSet("PG_BIN") ? qEnvironmentVariable("PG_BIN") : QStringLiteral("/usr/lib/postgresql/15/bin");
        return QDir(dir).filePath(name);
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString serverOptions() const
    {
        // SAMEN_TEST_PG_DURABLE=1 (benchmarks) keeps PostgreSQL's durable defaults, for figures comparable with SQLCipher's synchronous=FULL.
        const QString durability = qEnvironmentVariable("SAMEN_TEST_PG_DURABLE") == QLatin1String("1")
            ? QString()
            : QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        return QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=200%3").arg(m_port).arg(m_dir.path(), durability);
    }
    /** Runs a server binary, as "postgres" when we are root. */
    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program } + args);
        else
            p.start(program, args);
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            sharedError() = QString::fromUtf8(p.readAll()).right(2000);
        return ok;
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }
    /** Uses the cluster scripts/pg-test-cluster started in SAMEN_TEST_PG_DIR (the CTest fixture), if any. */
    bool adopt()
    {
        const QString dir = qEnvironmentVariable("SAMEN_TEST_PG_DIR");
        QFile portFile(QDir(dir).filePath(QStringLiteral("port")));
        if (dir.isEmpty() || !portFile.open(QIODevice::ReadOnly))
            return false;
        m_port = static_cast<quint16>(portFile.readAll().trimmed().toUInt());
        m_running = m_adopted = m_port != 0;
        return m_adopted;
    }
    void start()
    {
        if (!m_dir.isValid())
            return;
        if (geteuid() == 0) {
            QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), m_dir.path() });
        }
        if (!run(bin(QStringLiteral("initdb")),
                 { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("samen"), QStringLiteral("-A"), QStringLiteral("trust"),
                   QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync") }))
            return;
        // A free port can be taken between the probe and the start: try a few.
        for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
            m_port = freePort();
            restart();
        }
    }

    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/samen-pg-XXXXXX") };
    quint16 m_port = 0;
    bool m_running = false;
    QStringList m_databases;
    bool m_adopted = false;
};

} // namespace samen::test
