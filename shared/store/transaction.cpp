#include "store/database.h"

namespace samen {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_begin(db.exec(QStringLiteral("BEGIN IMMEDIATE")))
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
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s)
        m_done = true;
    return s;
}

} // namespace samen
