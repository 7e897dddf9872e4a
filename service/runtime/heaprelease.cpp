#include "runtime/heaprelease.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace samen::service {

HeapRelease::HeapRelease(int quietMs, QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMs);
    connect(&m_quiet, &QTimer::timeout, this, &HeapRelease::trim);
}

void HeapRelease::noteClosed()
{
    m_quiet.start(); // restarts: one trim after the last of a burst of closes
}

void HeapRelease::trim()
{
    bool released = false;
#if defined(__GLIBC__)
    released = ::malloc_trim(0) == 1;
#endif
    ++m_trims;
    emit trimmed(released);
}

} // namespace samen::service
