#pragma once
// Runs a process with its wall clock shifted, through libfaketime (Debian package
// "faketime", installed by scripts/setup): the realistic way to test a device whose
// date and time are wrong, since the process reads the shifted time from the C library.

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStringList>

namespace samen::test {

/** The environment that shifts a process's wall clock by offset ("+10m", "-1h", "+3d"); fails the test when libfaketime is missing. */
inline QProcessEnvironment fakeTime(const QString &offset)
{
    QString library;
    for (const QString &dir : QDir(QStringLiteral("/usr/lib")).entryList({ QStringLiteral("*-linux-gnu") }, QDir::Dirs)) {
        const QString candidate = QStringLiteral("/usr/lib/%1/faketime/libfaketime.so.1").arg(dir);
        if (QFileInfo::exists(candidate))
            library = candidate;
    }
    if (library.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/lib/faketime/libfaketime.so.1")))
        library = QStringLiteral("/usr/lib/faketime/libfaketime.so.1");
    if (library.isEmpty())
        FAIL("libfaketime is not installed: run scripts/setup (Debian package faketime)");
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_PRELOAD"), library);
    env.insert(QStringLiteral("FAKETIME"), offset);
    // Timers and timeouts run on the monotonic clock: leave it alone.
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    return env;
}

} // namespace samen::test
