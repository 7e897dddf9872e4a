#include "runtime/servicemain.h"

#include "admin/admincommands.h"
#include "http/caseserver.h"
#include "live/livehub.h"
#include "live/pglistener.h"
#include "runtime/auditkey.h"
#include "runtime/servicekey.h"
#include "runtime/signalwatcher.h"
#include "security/crypto.h"
#include "security/devtls.h"
#include "storage/pgservicestore.h"
#include "storage/sqlcipherservicestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <utility>

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

bool isPostgres(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql://")) || database.startsWith(QLatin1String("postgres://"));
}

/** The store: PostgreSQL when database is a postgresql:// URI, else the SQLCipher file DATA_DIR/service.db with its key. */
Result<std::unique_ptr<ServiceStore>> openStore(const QString &database, const QString &dataDir, const QString &keyFile, const KeyRules &rules)
{
    if (isPostgres(database)) {
        auto pg = PgServiceStore::open(database);
        if (!pg)
            return pg.error();
        return std::unique_ptr<ServiceStore>(std::move(pg.value()));
    }
    auto key = loadServiceKey(keyFile, dataDir, rules);
    if (!key)
        return key.error();
    if (key->source == QLatin1String("generated"))
        out() << "Generated a development database key in " << key->path << " (mode 0600); give --db-key-file in production\n";
    if (!QDir().mkpath(dataDir))
        return Result<std::unique_ptr<ServiceStore>>::fail(ErrorCode::Io, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    auto file = SqlCipherServiceStore::open(QDir(dataDir).filePath(QStringLiteral("service.db")), key->raw);
    if (!file)
        return file.error();
    return std::unique_ptr<ServiceStore>(std::move(file.value()));
}

int runAdmin(const QStringList &args, const QString &database, const QString &dataDir, const QString &keyFile, bool devMode, const AdminOptions &options)
{
    QTextStream err(stderr);
    if (!AdminCommands::recognised(args)) {
        err << "samen-service: unknown admin command\n" << AdminCommands::usage() << "\n";
        return 2;
    }
    // The same key options and rules as the service; the key is never generated here: an admin command works on the store a service run created.
    auto store = openStore(database, dataDir, keyFile, KeyRules { devMode, false });
    if (!store) {
        err << "samen-service: " << store.error().message << "\n";
        return 1;
    }
    AdminCommands admin(*store.value(), out(), err);
    return admin.run(args, options, QDateTime::currentMSecsSinceEpoch());
}

} // namespace

int serviceMain(QCoreApplication &app)
{
    // A write past the file-size limit (RLIMIT_FSIZE) must fail as an error the store reports, not kill the service.
    std::signal(SIGXFSZ, SIG_IGN);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samen case service: the HTTPS API that devices sync with."));
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QStringLiteral("Address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one)."),
                                       QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), QStringLiteral("Folder for the service's data."), QStringLiteral("DIR"));
    const QCommandLineOption devTlsOpt(QStringLiteral("dev-tls"),
                                       QStringLiteral("Development only: create (once) and use a self-signed certificate and a database key in the data "
                                                      "folder. With admin: use that key."));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve."), QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("FILE"));
    const QCommandLineOption dbKeyOpt(QStringLiteral("db-key-file"),
                                      QStringLiteral("File holding the database key: 64 hex characters (or set SAMEN_SERVICE_DB_KEY)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("postgresql://... to keep the data in PostgreSQL (several instances may share it); default: the SQLCipher file in the data folder. "
                       "Or set SAMEN_SERVICE_DATABASE, which keeps a password out of the process list."),
        QStringLiteral("URI"));
    const QCommandLineOption auditKeyOpt(QStringLiteral("audit-key-file"),
                                         QStringLiteral("PEM Ed25519 private key that signs the audit chain's head, kept outside the data folder "
                                                        "(openssl genpkey -algorithm ed25519 -out FILE)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption headOpt(QStringLiteral("head"),
                                     QStringLiteral("admin audit verify: a signed head saved earlier (the JSON of GET /v1/audit/head or admin audit head)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption maxBodyOpt(
        QStringLiteral("max-body"),
        QStringLiteral("Largest request body in bytes, at least %1 (default %2).").arg(PushLimits::kMinBodyBytes).arg(PushLimits::kDefaultBodyBytes),
        QStringLiteral("BYTES"), QString::number(PushLimits::kDefaultBodyBytes));
    const QCommandLineOption signupOpt(QStringLiteral("allow-signup"), QStringLiteral("Let citizens enrol a device without a code (default with --dev-tls)."));
    const QCommandLineOption noSignupOpt(QStringLiteral("no-signup"), QStringLiteral("Require an enrolment code for every device."));
    const QCommandLineOption tokenLifetimeOpt(QStringLiteral("token-lifetime"), QStringLiteral("Bearer token lifetime in seconds (default 900)."),
                                              QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption enrolCodeLifetimeOpt(QStringLiteral("enrolment-code-lifetime"),
                                                  QStringLiteral("Seconds a code for a further device of an account stays valid (default 900)."),
                                                  QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption addressLimitOpt(QStringLiteral("rate-limit-address"),
                                             QStringLiteral("Requests a minute from one address (default 1200; 0 turns it off)."), QStringLiteral("N"),
                                             QStringLiteral("1200"));
    const QCommandLineOption deviceLimitOpt(QStringLiteral("rate-limit-device"),
                                            QStringLiteral("Requests a minute from one signed-in device (default 600; 0 turns it off)."), QStringLiteral("N"),
                                            QStringLiteral("600"));
    const QCommandLineOption sweepOpt(QStringLiteral("live-sweep"),
                                      QStringLiteral("Seconds between checks that close live sockets of devices revoked by an admin command (default 10)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption headerTimeoutOpt(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds for the TLS handshake and for a request's headers from their first byte; 408 after (default 20)."), QStringLiteral("SECONDS"),
        QStringLiteral("20"));
    const QCommandLineOption bodyTimeoutOpt(QStringLiteral("body-timeout"),
                                            QStringLiteral("Seconds for a request's whole body after its headers; 408 after (default 60)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption idleTimeoutOpt(QStringLiteral("idle-timeout"),
                                            QStringLiteral("Seconds a connection may stay open with no request under way (default 60)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption perAddressOpt(QStringLiteral("max-connections-per-address"),
                                           QStringLiteral("Open connections one client address may hold (default 64; 0 turns the cap off)."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption auditFlushOpt(
        QStringLiteral("audit-flush-ms"),
        QStringLiteral("Milliseconds the audit entries of reads (pulls, snapshots) are queued before one transaction writes them (default 200; "
                       "a crash loses at most this long's)."),
        QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption metricsTokenOpt(
        QStringLiteral("metrics-token-file"),
        QStringLiteral("File holding the token GET /metrics asks for (\"Authorization: Bearer TOKEN\", at least 32 characters on its first line); "
                       "without it /metrics needs none."),
        QStringLiteral("FILE"));
    const QCommandLineOption orgOpt(QStringLiteral("org"),
                                    QStringLiteral("admin professional add (and code, to tell two of one name apart): the organisation's id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("admin professional add: the professional's name."), QStringLiteral("NAME"));
    const QCommandLineOption codeHoursOpt(QStringLiteral("code-valid-hours"),
                                          QStringLiteral("admin professional add and code: hours the enrolment code stays valid (default 72)."),
                                          QStringLiteral("HOURS"), QStringLiteral("72"));
    parser.addOptions({ listenOpt,       dataDirOpt,     devTlsOpt,  certOpt,          keyOpt,         dbKeyOpt,         databaseOpt,
                        auditKeyOpt,     headOpt,        maxBodyOpt, signupOpt,        noSignupOpt,    tokenLifetimeOpt, enrolCodeLifetimeOpt,
                        addressLimitOpt, deviceLimitOpt, sweepOpt,   headerTimeoutOpt, bodyTimeoutOpt, idleTimeoutOpt,   perAddressOpt,
                        auditFlushOpt,   orgOpt,         nameOpt,    codeHoursOpt,     metricsTokenOpt });
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 QStringLiteral("Admin command instead of serving; it may run while the service runs: \"admin org add NAME\", "
                                                "\"admin professional add --org ID --name NAME\", \"admin professional code NAME_OR_ACCOUNT [--org ID]\", "
                                                "\"admin list\", \"admin revoke DEVICE_ID\", "
                                                "\"admin audit verify [--head FILE]\", \"admin audit head\"."),
                                 QStringLiteral("[admin ...]"));
    parser.process(app);

    if (!parser.isSet(dataDirOpt))
        return usageError(QStringLiteral("--data-dir is required"));
    const QString database = parser.isSet(databaseOpt) ? parser.value(databaseOpt) : qEnvironmentVariable("SAMEN_SERVICE_DATABASE");
    if (!database.isEmpty() && !isPostgres(database))
        return usageError(QStringLiteral("--database wants a postgresql:// URI"));
    if (!parser.positionalArguments().isEmpty()) {
        if (parser.positionalArguments().first() != QLatin1String("admin"))
            return usageError(QStringLiteral("unknown command \"%1\"; known: admin ...").arg(parser.positionalArguments().first().left(40)));
        AdminOptions options;
        options.organisationId = parser.value(orgOpt);
        options.name = parser.value(nameOpt);
        bool hoursOk = false;
        options.codeValidHours = parser.value(codeHoursOpt).toInt(&hoursOk);
        if (!hoursOk)
            options.codeValidHours = 0;
        options.headFile = parser.value(headOpt);
        // The head key is optional here: audit head needs it, audit verify --head uses it to tell whose signature it is.
        auto auditKey = loadAuditKey(parser.value(auditKeyOpt), parser.value(dataDirOpt), KeyRules { parser.isSet(devTlsOpt), false });
        if (auditKey)
            options.auditKey = auditKey.value();
        else if (parser.isSet(auditKeyOpt)) {
            QTextStream(stderr) << "samen-service: " << auditKey.error().message << "\n";
            return 1;
        }
        return runAdmin(parser.positionalArguments(), database, parser.value(dataDirOpt), parser.value(dbKeyOpt), parser.isSet(devTlsOpt), options);
    }

    ServiceConfig config;
    bool numbersOk = true;
    bool ok = false;
    config.maxBodyBytes = parser.value(maxBodyOpt).toLongLong(&ok);
    numbersOk = numbersOk && ok && config.maxBodyBytes >= PushLimits::kMinBodyBytes; // one largest operation must fit in a push
    config.tokenLifetimeMs = parser.value(tokenLifetimeOpt).toLongLong(&ok) * 1000;
    numbersOk = numbersOk && ok && config.tokenLifetimeMs >= 1000 && config.tokenLifetimeMs <= 24LL * 3600 * 1000;
    config.enrolmentCodeLifetimeMs = parser.value(enrolCodeLifetimeOpt).toLongLong(&ok) * 1000;
    numbersOk = numbersOk && ok && config.enrolmentCodeLifetimeMs >= 1000 && config.enrolmentCodeLifetimeMs <= 24LL * 3600 * 1000;
    config.rateLimitPerAddress = parser.value(addressLimitOpt).toInt(&ok);
    numbersOk = numbersOk && ok && config.rateLimitPerAddress >= 0;
    config.rateLimitPerDevice = parser.value(deviceLimitOpt).toInt(&ok);
    numbersOk = numbersOk && ok && config.rateLimitPerDevice >= 0;
    config.liveSweepMs = parser.value(sweepOpt).toInt(&ok) * 1000;
    numbersOk = numbersOk && ok && config.liveSweepMs >= 1000 && config.liveSweepMs <= 3600 * 1000;
    for (const auto &[option, ms] : { std::pair { &headerTimeoutOpt, &config.headerTimeoutMs }, std::pair { &bodyTimeoutOpt, &config.bodyTimeoutMs },
                                      std::pair { &idleTimeoutOpt, &config.idleTimeoutMs } }) {
        *ms = parser.value(*option).toInt(&ok) * 1000;
        numbersOk = numbersOk && ok && *ms >= 1000 && *ms <= 3600 * 1000;
    }
    config.maxConnectionsPerAddress = parser.value(perAddressOpt).toInt(&ok);
    numbersOk = numbersOk && ok && config.maxConnectionsPerAddress >= 0;
    config.auditFlushMs = parser.value(auditFlushOpt).toInt(&ok);
    numbersOk = numbersOk && ok && config.auditFlushMs >= 1 && config.auditFlushMs <= 3600 * 1000;
    if (!numbersOk)
        return usageError(
            QStringLiteral("--max-body wants at least 65536 bytes, --token-lifetime and --enrolment-code-lifetime 1 to 86400 seconds, rate limits "
                           "and --max-connections-per-address 0 or more, --live-sweep, --header-timeout, --body-timeout and --idle-timeout 1 to 3600 seconds, "
                           "--audit-flush-ms 1 to 3600000"));
    if (parser.isSet(metricsTokenOpt)) {
        QFile tokenFile(parser.value(metricsTokenOpt));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read the metrics token file %1: %2").arg(tokenFile.fileName(), tokenFile.errorString()));
        const QByteArray token = tokenFile.readLine(4096).trimmed();
        if (token.size() < 32 || token.contains(' '))
            return usageError(QStringLiteral("the metrics token (first line of %1) must be at least 32 characters without spaces").arg(tokenFile.fileName()));
        config.metricsTokenHash = Crypto::sha256(token);
    }
    if (parser.isSet(signupOpt) && parser.isSet(noSignupOpt))
        return usageError(QStringLiteral("give --allow-signup or --no-signup, not both"));
    config.allowSignup = parser.isSet(signupOpt) || (parser.isSet(devTlsOpt) && !parser.isSet(noSignupOpt));
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
        if (Status mode = checkKeyFileMode(parser.value(keyOpt), QStringLiteral("TLS private key")); !mode)
            tls = mode.error();
        else
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

    auto store = openStore(database, parser.value(dataDirOpt), parser.value(dbKeyOpt), KeyRules { parser.isSet(devTlsOpt), parser.isSet(devTlsOpt) });
    if (!store) {
        QTextStream(stderr) << "samen-service: " << store.error().message << "\n";
        return 1;
    }

    auto auditKey = loadAuditKey(parser.value(auditKeyOpt), parser.value(dataDirOpt), KeyRules { parser.isSet(devTlsOpt), parser.isSet(devTlsOpt) });
    if (!auditKey) {
        QTextStream(stderr) << "samen-service: " << auditKey.error().message << "\n";
        return 1;
    }

    CaseServer server(tls.value(), *store.value(), config, auditKey.value());
    const quint16 bound = server.listenOn(address, static_cast<quint16>(port));
    if (bound == 0) {
        QTextStream(stderr) << "samen-service: cannot listen on " << listen << " (in use, or not an address of this machine)\n";
        return 1;
    }
    // On PostgreSQL, changes other instances commit reach this instance's live sockets through one LISTEN connection.
    std::unique_ptr<PgListener> listener;
    if (auto *pg = dynamic_cast<PgServiceStore *>(store.value().get())) {
        listener = std::make_unique<PgListener>(database, pg->instanceId());
        LiveHub &hub = server.liveHub();
        // Signed-in tokens are cached only while the LISTEN connection hears every revocation (AuthApi::setCacheMark).
        AuthApi &auth = server.auth();
        auth.setCacheMark([l = listener.get()] { return l->generation(); });
        QObject::connect(listener.get(), &PgListener::notice, &hub, [&hub, &auth](const LiveNotice &n) {
            if (n.type == QLatin1String("revoked"))
                auth.forgetDevice(n.id);
            hub.hear(n);
        });
        QObject::connect(listener.get(), &PgListener::resync, &hub, [&hub] { hub.resyncAll(); });
        listener->start();
    }
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    out() << "Certificate SHA-256: " << tls->certificateSha256 << "\n"
          << "Public key pin (SPKI SHA-256): " << tls->spkiSha256 << "\n"
          << "Audit head key (Ed25519, base64): " << auditKey->publicKey().toBase64() << "\n"
          << "Self-signup: " << (config.allowSignup ? "on" : "off") << "\n"
          << "Store: " << (listener ? "PostgreSQL" : "SQLCipher") << "\n"
          << "Listening on: https://" << shownHost << ":" << bound << "\n";
    out().flush();

    const int rc = app.exec();
    out() << "Stopped.\n";
    out().flush();
    return rc;
}

} // namespace samen::service
