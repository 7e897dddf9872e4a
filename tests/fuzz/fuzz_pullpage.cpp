// libFuzzer target: a pull page or snapshot as a device receives it from the service
// ({"ops": [...], "next", "more"} or {"seq", "ops"}), decoded as SyncClient does
// (Operation::listFromJson for the device's plan) and applied to a real encrypted store
// (PlanStore::applyRemote: identity check, merge, materialised entities). Each input gets a
// new store, so a crash reproduces from its input alone; the plan is the first op's plan.
// Oracles besides the sanitizers: applying never damages the store (health stays OK),
// applying the same page again stores nothing new, and every stored operation reads back.
#include "store/planstore.h"
#include "sync/operation.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace samen;

namespace {

DatabaseKey fixedKey()
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 32; ++i)
        bytes[i] = static_cast<char>(i * 7 + 1);
    return DatabaseKey::raw(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return -1;
    const QJsonObject page = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))).object();
    const QJsonArray json = page.value(QStringLiteral("ops")).toArray();
    (void)page.value(QStringLiteral("next")).toInteger(0);
    (void)page.value(QStringLiteral("seq")).toInteger(-1);
    const QString planId = json.isEmpty() ? QString() : json.first().toObject().value(QStringLiteral("planId")).toString();
    int malformed = 0;
    const QList<Operation> ops = Operation::listFromJson(json, planId, &malformed);
    if (ops.size() + malformed != json.size())
        std::abort();
    if (ops.isEmpty())
        return 0;

    static const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/samen-fuzz-XXXXXX"));
    auto store = PlanStore::create(dir.path(), fixedKey());
    if (!store)
        std::abort();
    int fresh = 0;
    if (Status s = store.value()->applyRemote(ops, &fresh); !s || !store.value()->health())
        std::abort(); // what the service sends never breaks the store
    int again = -1;
    if (Status s = store.value()->applyRemote(ops, &again); !s || again != 0)
        std::abort(); // applying is idempotent by opId
    for (const Operation &op : ops) {
        if (const auto stored = store.value()->operation(op.opId); stored)
            (void)store.value()->entity(stored->entityId);
    }
    return 0;
}
