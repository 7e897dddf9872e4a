#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace samen::service {

/** Counters the service exposes at GET /metrics in Prometheus text format; no labels that could carry personal data. */
class Metrics
{
public:
    /** Records one finished request: its route name (the pattern, never the raw path) and status. */
    void recordRequest(const QString &route, int status, double seconds);
    void setWebSocketConnections(int count) { m_sockets = count; }
    void addPokes(int count) { m_pokes += count; }
    /** Records one connection the service closed on its own: reason is "idle", "request-timeout" or "address-cap". */
    void addConnectionClosed(const QString &reason) { ++m_closed[reason]; }

    /** One HeapRelease trim: freed memory given back to the system after connections closed. */
    void addHeapTrim() { ++m_heapTrims; }
    /** One release of an idle connection's emptied read and write buffers (SocketBuffers). */
    void addSocketBufferRelease() { ++m_socketBufferReleases; }

    /** Operations this instance accepted (counted after their commit). */
    void addOperationsAccepted(qint64 count) { m_operationsAccepted += static_cast<quint64>(count); }

    /** The exposition text, from counters kept as things happen: a scrape reads no store (it once counted every stored operation). */
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0 };
    QMap<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, kBuckets.size()> m_bucketCounts {};
    quint64 m_durationCount = 0;
    double m_durationSum = 0;
    int m_sockets = 0;
    quint64 m_pokes = 0;
    quint64 m_operationsAccepted = 0;
    quint64 m_heapTrims = 0;
    quint64 m_socketBufferReleases = 0;
    QMap<QString, quint64> m_closed;
};

} // namespace samen::service
