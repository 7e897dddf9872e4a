#pragma once

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace samen::test {

/** What one samen-cli run printed and returned. */
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString dataDir; ///< the folder it ran on
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    /**
     * A samen-cli command as this run suggests it: "samen-cli --data-dir DIR REST" (a test's folder is never the
     * default one, so every suggested command names it and works as printed: CliContext::withCommandsAsTyped).
     */
    QByteArray suggested(const QByteArray &rest) const { return "samen-cli --data-dir " + dataDir.toUtf8() + ' ' + rest; }
    QJsonObject object() const { return json().object(); }
};

/** Runs the real samen-cli binary with a data folder and a passphrase from the environment. */
inline CliRun runCli(const QString &dataDir, const QStringList &args, const QString &passphrase = QStringLiteral("correct horse 42"),
                     const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SAMEN_PASSPHRASE"));
    if (!passphrase.isNull())
        env.insert(QStringLiteral("SAMEN_PASSPHRASE"), passphrase);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"), QStringList { QStringLiteral("--data-dir"), dataDir } + args);
    p.closeWriteChannel();
    CliRun run;
    run.dataDir = dataDir;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        UNSCOPED_INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << " did not finish within 30 s");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    // A failed run's error output goes with the next assertion's report, so a failure
    // under load or a sanitizer says why (an ASan report, a time-out, the plain error).
    if (run.exitCode != 0)
        UNSCOPED_INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << " exited " << run.exitCode << ": " << run.err.left(4000).toStdString());
    return run;
}

/** runCli, then checks its exit code; the command and what it printed go with a failure's report. */
inline CliRun expectCli(const QString &dataDir, const QStringList &args, int expectedExit = 0)
{
    const CliRun run = runCli(dataDir, args);
    INFO("samen-cli " << args.join(QLatin1Char(' ')).toStdString() << "\n" << run.out.constData() << run.err.constData());
    CHECK(run.exitCode == expectedExit);
    return run;
}

} // namespace samen::test
