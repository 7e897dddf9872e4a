#pragma once

#include "storage/servicestore.h"

namespace samen::service {

/** RAII transaction on a ServiceStore: rolls back unless commit() succeeded. */
class StoreTransaction
{
public:
    explicit StoreTransaction(ServiceStore &store)
        : m_store(store)
        , m_begun(store.begin())
    {
    }
    ~StoreTransaction()
    {
        if (m_begun && !m_done)
            m_store.rollback();
    }
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit()
    {
        Status s = m_store.commit();
        m_done = s.ok();
        return s;
    }

private:
    ServiceStore &m_store;
    Status m_begun;
    bool m_done = false;
};

} // namespace samen::service
