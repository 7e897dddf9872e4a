#pragma once

#include <QObject>
#include <QTimer>

namespace samen::service {

/**
 * Gives the memory that closed connections freed back to the operating system (issue 18: an idle WebSocket's memory
 * "returned after close"). glibc's malloc keeps freed chunks in its arenas for reuse, so a service that held
 * thousands of idle WebSockets keeps their RSS after they close. malloc_trim(0) returns every whole free page of every
 * arena (inside the heap too, with madvise(MADV_DONTNEED), since glibc 2.8; man 3 malloc_trim). It walks the arenas,
 * so it runs once after closes have been quiet for quietMs, never per close. On a C library other than glibc it
 * does nothing. Lives on the service's thread (QTimer).
 */
class HeapRelease : public QObject
{
    Q_OBJECT
public:
    /** quietMs: how long after the last close the trim runs, in ms (the close of 1,000 sockets is one trim). */
    explicit HeapRelease(int quietMs = 2000, QObject *parent = nullptr);

    /** A connection closed (its memory is freed once its socket is deleted): trim when closes have been quiet. */
    void noteClosed();

    /** Trims done so far (each one after a quiet period). */
    int trims() const { return m_trims; }

signals:
    /** A trim ran; released: whether the C library said it gave memory back. */
    void trimmed(bool released);

private:
    void trim();

    QTimer m_quiet;
    int m_trims = 0;
};

} // namespace samen::service
