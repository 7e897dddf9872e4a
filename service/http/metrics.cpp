#include "http/metrics.h"

namespace samen::service {

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    ++m_requests[{ route, status }];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_bucketCounts[i];
    }
    ++m_durationCount;
    m_durationSum += seconds;
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# HELP samen_http_requests_total HTTP requests answered, by route pattern and status.\n"
           "# TYPE samen_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "samen_http_requests_total{route=\"" + it.key().first.toLatin1() + "\",status=\"" + QByteArray::number(it.key().second) + "\"} "
            + QByteArray::number(it.value()) + "\n";
    out += "# HELP samen_http_request_duration_seconds Time to answer a request.\n"
           "# TYPE samen_http_request_duration_seconds histogram\n";
    for (size_t i = 0; i < kBuckets.size(); ++i)
        out += "samen_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(m_bucketCounts[i]) + "\n";
    out += "samen_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_durationCount) + "\n";
    out += "samen_http_request_duration_seconds_sum " + QByteArray::number(m_durationSum, 'f', 6) + "\n";
    out += "samen_http_request_duration_seconds_count " + QByteArray::number(m_durationCount) + "\n";
    out += "# HELP samen_connections_closed_total Connections the service closed on its own, by reason.\n"
           "# TYPE samen_connections_closed_total counter\n";
    for (const char *reason : { "address-cap", "idle", "request-timeout" })
        out += "samen_connections_closed_total{reason=\"" + QByteArray(reason) + "\"} " + QByteArray::number(m_closed.value(QString::fromLatin1(reason)))
            + "\n";
    out += "# HELP samen_websocket_connections Live WebSocket connections.\n"
           "# TYPE samen_websocket_connections gauge\n"
           "samen_websocket_connections "
        + QByteArray::number(m_sockets) + "\n";
    out += "# HELP samen_websocket_pokes_total Pokes sent to connected devices.\n"
           "# TYPE samen_websocket_pokes_total counter\n"
           "samen_websocket_pokes_total "
        + QByteArray::number(m_pokes) + "\n";
    out += "# HELP samen_operations_accepted_total Operations this instance accepted since it started.\n"
           "# TYPE samen_operations_accepted_total counter\n"
           "samen_operations_accepted_total "
        + QByteArray::number(m_operationsAccepted) + "\n";
    out += "# HELP samen_heap_trims_total Times freed memory was given back to the system after connections closed.\n"
           "# TYPE samen_heap_trims_total counter\n"
           "samen_heap_trims_total "
        + QByteArray::number(m_heapTrims) + "\n";
    out += "# HELP samen_socket_buffer_releases_total Times an idle connection's emptied read and write buffers were given back.\n"
           "# TYPE samen_socket_buffer_releases_total counter\n"
           "samen_socket_buffer_releases_total "
        + QByteArray::number(m_socketBufferReleases) + "\n";
    return out;
}

} // namespace samen::service
