#include "runtime/servicemain.h"

#include "http/caseserver.h"
#include "runtime/signalwatcher.h"
#include "security/devtls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

Q_LOGGING_CATEGORY(lcService, "samen.service")

namespace samen::service {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "samen-service: " << message << "\nTry 'samen-service --help'.\n";
    return 2;
}

} // namespace

int serviceMain(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samen case service: the HTTPS API that devices sync with."));
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QStringLiteral("Address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one)."),
                                       QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), QStringLiteral("Folder for the service's data."), QStringLiteral("DIR"));
    const QCommandLineOption devTlsOpt(QStringLiteral("dev-tls"),
                                       QStringLiteral("Create (once) and use a self-signed certificate in the data folder. For development only."));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve."), QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("FILE"));
    parser.addOptions({ listenOpt, dataDirOpt, devTlsOpt, certOpt, keyOpt });
    parser.process(app);

    if (!parser.isSet(dataDirOpt))
        return usageError(QStringLiteral("--data-dir is required"));
    const QString listen = parser.value(listenOpt);
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return usageError(QStringLiteral("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8443"));

    Result<TlsIdentity> tls = Error {};
    if (parser.isSet(devTlsOpt)) {
        tls = loadOrCreateDevTls(parser.value(dataDirOpt));
    } else if (parser.isSet(certOpt) && parser.isSet(keyOpt)) {
        tls = loadTls(parser.value(certOpt), parser.value(keyOpt));
    } else {
        return usageError(QStringLiteral("give --tls-cert and --tls-key, or --dev-tls; the service only speaks HTTPS"));
    }
    if (!tls) {
        QTextStream(stderr) << "samen-service: " << tls.error().message << "\n";
        return 1;
    }

    // Handlers first: a stop request arriving right after "Listening" must not kill us uncleanly.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, &app, [&app](int n) {
        qCInfo(lcService, "signal %d received, stopping", n);
        app.quit();
    });

    CaseServer server(tls.value());
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0) {
        QTextStream(stderr) << "samen-service: cannot listen on " << listen << " (in use, or not an address of this machine)\n";
        return 1;
    }
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    out() << "Certificate SHA-256: " << tls->certificateSha256 << "\n"
          << "Public key pin (SPKI SHA-256): " << tls->spkiSha256 << "\n"
          << "Listening on: https://" << shownHost << ":" << bound << "\n";
    out().flush();

    const int rc = app.exec();
    out() << "Stopped.\n";
    out().flush();
    return rc;
}

} // namespace samen::service
