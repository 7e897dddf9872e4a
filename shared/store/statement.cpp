#include "store/database.h"
#include "store/storeerrors.h"

#include <sqlite3.h>

namespace samen {

using storeerrors::fromSqlite;

Statement::Statement(sqlite3_stmt *stmt, Database &db)
    : m_stmt(stmt)
    , m_db(db)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(const QVariantList &values)
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindRc = SQLITE_OK;
    int index = 1;
    for (const QVariant &v : values) {
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            rc = sqlite3_bind_null(m_stmt, index);
            break;
        case QMetaType::QString: {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
            break;
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_stmt, index, v.toBool() ? 1 : 0);
            break;
        default:
            if (v.isNull())
                rc = sqlite3_bind_null(m_stmt, index);
            else
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
            break;
        }
        if (rc != SQLITE_OK && m_bindRc == SQLITE_OK)
            m_bindRc = rc;
        ++index;
    }
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindRc != SQLITE_OK)
        return fromSqlite(sqlite3_db_handle(m_stmt), m_bindRc);
    // A damaged file is never written through: only reads run on it. Nor is one whose page
    // check is still pending (Database::deferPageCheck): a write waits for it.
    if (!sqlite3_stmt_readonly(m_stmt)) {
        if (Status checked = m_db.awaitPageCheck(); !checked)
            return checked.error();
        if (m_db.isDamaged())
            return storeerrors::damaged();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    // Resetting at the end releases the statement's read snapshot at once.
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE)
        return false;
    m_db.note(rc);
    if (m_db.isDamaged())
        return storeerrors::damaged();
    return fromSqlite(sqlite3_db_handle(m_stmt), rc);
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace samen
