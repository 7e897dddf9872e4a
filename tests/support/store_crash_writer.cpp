// Writes batches of operations to a PlanStore until it is killed; used by the
// crash-safety test (tests/shared/store_crash_test.cpp).
// Usage: store_crash_writer <dataDir> <raw key hex> <run id>
// Prints "committed <run>-<batch> <size>" after each batch's commit returned.
#include "store/planstore.h"

#include <QJsonArray>
#include <QString>

#include <cstdio>

using namespace samen;

namespace {

int batchSize(int batch)
{
    return 1 + (batch * 7) % 20;
}

Operation makeOp(const QString &run, int batch, int i)
{
    static const QStringList fields { QStringLiteral("title"), QStringLiteral("why"), QStringLiteral("status"), QStringLiteral("sortKey") };
    Operation op;
    op.opId = QStringLiteral("%1-%2-%3").arg(run).arg(batch).arg(i);
    op.planId = QStringLiteral("plan-crash");
    op.entityType = QStringLiteral("goal");
    op.entityId = QStringLiteral("goal-%1").arg((batch * 3 + i) % 25); // entities are revisited, so state is rewritten
    op.field = fields[(batch + i) % fields.size()];
    op.value = QStringLiteral("value %1 %2 %3 with some text to fill pages").arg(run).arg(batch).arg(i);
    op.hlc = Hlc { 1'700'000'000'000 + batch, static_cast<quint32>(i), QStringLiteral("crash") };
    op.authorMemberId = QStringLiteral("writer");
    return op;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: store_crash_writer <dataDir> <raw key hex> <run id>\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const DatabaseKey key = DatabaseKey::raw(QByteArray::fromHex(argv[2]));
    const QString run = QString::fromLocal8Bit(argv[3]);
    auto store = PlanStore::exists(dir) ? PlanStore::open(dir, key) : PlanStore::create(dir, key);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().message));
        return 1;
    }
    std::printf("open\n");
    std::fflush(stdout);
    for (int batch = 0;; ++batch) {
        QList<Operation> ops;
        for (int i = 0; i < batchSize(batch); ++i)
            ops.append(makeOp(run, batch, i));
        const Status s = batch % 3 == 0 ? store.value()->applyRemote(ops) : store.value()->applyLocal(ops);
        if (!s) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(s.error().message));
            return 1;
        }
        if (batch % 5 == 4) // exercise the outbox's other write path as well
            (void)store.value()->markPushed({ ops.first().opId });
        std::printf("committed %s-%d %d\n", qPrintable(run), batch, static_cast<int>(ops.size()));
        std::fflush(stdout);
    }
}
