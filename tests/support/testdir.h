#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace samen::test {

/** A temporary directory removed after the test, with helpers to read raw files. */
class TestDir
{
public:
    TestDir() { m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SAMEN_KEEP_TEST_DIRS")); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/** Raw bytes of a file, or empty when it does not exist. */
inline QByteArray readRaw(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/**
 * Flips the lowest bit of one byte of a file, as a failing disk or a stray write
 * would. False when the file cannot be opened or the offset is past its end.
 */
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    char c = 0;
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || !f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(static_cast<char>(c ^ 0x01));
}

} // namespace samen::test
