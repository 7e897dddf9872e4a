#pragma once

#include "cliprocess.h"

namespace samen::test {

/** Runs samen-cli as runCli does, with input written to its standard input (answers to its questions), then closed. */
inline CliRun runCliInput(const QString &dataDir, const QStringList &args, const QByteArray &input,
                          const QString &passphrase = QStringLiteral("correct horse 42"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMEN_PASSPHRASE"), passphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SAMEN_BIN_DIR "/samen-cli"), QStringList { QStringLiteral("--data-dir"), dataDir } + args);
    p.write(input);
    p.closeWriteChannel();
    CliRun run;
    run.dataDir = dataDir;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace samen::test
