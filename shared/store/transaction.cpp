#include "store/database.h"
#include "store/storeerrors.h"

namespace samen {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_begin(db.isDamaged() ? Status(storeerrors::damaged()) : db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
}

Transaction::~Transaction()
{
    if (m_begin.ok() && !m_done)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_begin)
        return m_begin;
    // A read inside the transaction met a damaged page: what it wrote may rest on
    // what could not be read, so it is rolled back (by the destructor), never saved.
    if (m_db.isDamaged())
        return storeerrors::damaged();
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s)
        m_done = true;
    return s;
}

} // namespace samen
