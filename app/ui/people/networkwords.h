#pragma once

#include "core/result.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace samen::app {

/**
 * Plain, translated sentences for everything that can go wrong between the app and
 * a case service: the network (QNetworkReply errors), the certificate (QSslError),
 * and the errors the sync client returns (by their ErrorCode; the client's own
 * English text is only ever shown as "detail"). Each sentence says what happened and
 * what the person can do; none holds an id, a code or the service's English.
 */
class NetworkWords
{
public:
    /** A network failure; empty for NoError. */
    static QString network(QNetworkReply::NetworkError error);
    /**
     * The first certificate problem that blocks a connection, in words; empty when every
     * error only says the certificate is unknown to this device (then a pin can vouch for it).
     */
    static QString blockingCertificate(const QList<QSslError> &errors);
    /** True when the error only says this device does not know who signed the certificate. */
    static bool onlyUnknownIssuer(const QSslError &error);
    /** An error of the sync client (connect, join, calls) as the person should read it. */
    static QString error(const Error &error);
};

} // namespace samen::app
