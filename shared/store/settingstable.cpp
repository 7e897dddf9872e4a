#include "store/settingstable.h"

#include "store/database.h"

namespace samen::settingstable {

QString get(Database &db, const QString &key)
{
    QString value;
    (void)db.forEachRow(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), { key }, [&](const Statement &q) { value = q.text(0); });
    return value;
}

Status set(Database &db, const QString &key, const QString &value)
{
    auto st = db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return st.error();
    return st.value()->bind({ key, value }).run();
}

Status setAll(Database &db, const QList<std::pair<QString, QString>> &settings)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &[key, value] : settings) {
        if (Status s = set(db, key, value); !s)
            return s;
    }
    return tx.commit();
}

} // namespace samen::settingstable
