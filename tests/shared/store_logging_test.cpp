#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include "qtcatch.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

using namespace samen;
using samen::test::makeOp;
using samen::test::TestDir;

namespace {

const QString kMarker = QStringLiteral("TESS-LOG-MARKER-4410");
const QString kPassphrase = QStringLiteral("correct horse battery");

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message);
}

/**
 * Sends file descriptor 2 (what SQLCipher's own logging writes to) into a file
 * and Qt's messages into g_messages for as long as it lives; finish() returns
 * every byte that reached descriptor 2.
 */
class StderrCapture
{
public:
    StderrCapture()
    {
        REQUIRE(m_file.open());
        std::fflush(stderr);
        m_saved = ::dup(2);
        REQUIRE(m_saved >= 0);
        REQUIRE(::dup2(m_file.handle(), 2) >= 0);
        g_messages.clear();
        m_previous = qInstallMessageHandler(collectMessage);
    }
    ~StderrCapture() { restore(); }

    QByteArray finish()
    {
        restore();
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_saved = -1;
        qInstallMessageHandler(m_previous);
    }

    QTemporaryFile m_file;
    int m_saved = -1;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST_CASE("The stderr capture sees what is written to descriptor 2", "[store][logging]")
{
    StderrCapture capture;
    const char probe[] = "probe\n";
    REQUIRE(::write(2, probe, sizeof probe - 1) == 6);
    CHECK(capture.finish() == QByteArray("probe\n"));
}

TEST_CASE("A refused open writes nothing to stderr, and the store's log names no secret or plan content", "[store][logging]")
{
    TestDir dir;
    {
        auto store = PlanStore::create(dir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store.ok());
        REQUIRE(store.value()
                    ->applyLocal({ makeOp(QStringLiteral("op-1"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), kMarker, 1000) })
                    .ok());
    }
    const DatabaseKey wrongRaw = test::testRawKey(9);
    // Every level of the store's own categories, debug included, is checked below.
    QLoggingCategory::setFilterRules(QStringLiteral("samen.*=true"));
    QByteArray written;
    {
        StderrCapture capture;
        // Each of these makes SQLCipher fail a page's HMAC check, which it reports on stderr unless told not to.
        CHECK(PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase + QStringLiteral("!"))).error().code == ErrorCode::WrongKey);
        CHECK(PlanStore::open(dir.path(), wrongRaw).error().code == ErrorCode::WrongKey);
        CHECK(PlanStore::open(dir.path(), DatabaseKey::none()).error().code == ErrorCode::WrongKey);
        // And a good open after them, with reads of the marked value.
        auto store = PlanStore::open(dir.path(), DatabaseKey::passphrase(kPassphrase));
        REQUIRE(store.ok());
        CHECK(store.value()->entity(QStringLiteral("g1"))->value(QStringLiteral("why")).toString() == kMarker);
        written = capture.finish();
    }
    QLoggingCategory::setFilterRules(QString());
    INFO("stderr: " << written.toStdString());
    CHECK(written.isEmpty());
    CHECK_FALSE(g_messages.isEmpty()); // the store does log, in its own words
    for (const QString &message : std::as_const(g_messages)) {
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("samen.")));
        CHECK_FALSE(message.contains(kPassphrase));
        CHECK_FALSE(message.contains(kMarker));
        CHECK_FALSE(message.contains(QString::fromLatin1(wrongRaw.secret.toHex()), Qt::CaseInsensitive));
    }
}
