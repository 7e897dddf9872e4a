#include "network/invitationlink.h"

#include "store/planstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace samen {

namespace {

// Codes the service makes are 256-bit random base64url texts (Crypto::randomSecret); anything of
// that alphabet goes to the service, which says whether it knows it.
bool isCode(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{4,128}$"));
    return form.match(text).hasMatch();
}

Error invalid(const QString &message)
{
    return Error { ErrorCode::Validation, message };
}

} // namespace

InvitationLink::InvitationLink(QUrl service, QString pin, QString code, Kind kind)
    : m_service(std::move(service))
    , m_pin(std::move(pin))
    , m_code(std::move(code))
    , m_kind(kind)
{
}

InvitationLink InvitationLink::ofDevice(const SettingStore &store, const QString &code, Kind kind)
{
    const QString given = store.setting(QStringLiteral("sync.pin"));
    return InvitationLink(QUrl(store.setting(QStringLiteral("sync.service"))), given.isEmpty() ? store.setting(QStringLiteral("sync.seenPin")) : given, code,
                          kind);
}

QString InvitationLink::toString() const
{
    // Each value percent-encoded whole, so the service address cannot break the query apart.
    QString link = (m_kind == Kind::Device ? QStringLiteral("samen://device?service=") : QStringLiteral("samen://join?service="))
        + QString::fromLatin1(QUrl::toPercentEncoding(m_service.toString(QUrl::FullyEncoded)));
    if (!m_pin.isEmpty())
        link += QStringLiteral("&pin=") + QString::fromLatin1(QUrl::toPercentEncoding(m_pin));
    return link + QStringLiteral("&code=") + QString::fromLatin1(QUrl::toPercentEncoding(m_code));
}

QString InvitationLink::groupedPin(const QString &pin)
{
    QStringList groups;
    for (qsizetype i = 0; i < pin.size(); i += 4)
        groups.append(pin.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Result<InvitationLink> InvitationLink::parse(const QString &input)
{
    return parseAs(input, Kind::Join);
}

Result<InvitationLink> InvitationLink::parseDevice(const QString &input)
{
    return parseAs(input, Kind::Device);
}

Result<InvitationLink> InvitationLink::parseAs(const QString &input, Kind kind)
{
    const bool device = kind == Kind::Device;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(device ? QCoreApplication::translate("samen", "Paste the link from your other device, or type the code it shows.")
                              : QCoreApplication::translate("samen", "Type or paste the invitation code or link you were given."));
    if (isCode(text))
        return InvitationLink(QUrl(), QString(), text, kind);
    const QUrl url(text, QUrl::StrictMode);
    const QString host = device ? QStringLiteral("device") : QStringLiteral("join");
    if (device && url.isValid() && url.scheme() == QLatin1String("samen") && url.host() == QLatin1String("join"))
        return invalid(QCoreApplication::translate(
            "samen", "This is an invitation to someone's plan, not a code for your own next device. Go back and choose 'I was invited'."));
    if (!url.isValid() || url.scheme() != QLatin1String("samen") || url.host() != host)
        return invalid(device ? QCoreApplication::translate("samen", "This is not a code or link for a next device. Check that you copied all of it.")
                              : QCoreApplication::translate("samen", "This is not an invitation code or link. Check that you copied all of it."));
    const QUrlQuery query(url);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!isCode(code))
        return invalid(device ? QCoreApplication::translate("samen", "The link has no valid code in it. Check that you copied all of it.")
                              : QCoreApplication::translate("samen", "The invitation link has no valid code in it. Check that you copied all of it."));
    const QUrl service(query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (!service.isValid() || service.scheme() != QLatin1String("https") || service.host().isEmpty()
        || (!service.path().isEmpty() && service.path() != QLatin1String("/")) || service.hasQuery() || service.hasFragment() || !service.userInfo().isEmpty())
        return invalid(
            device ? QCoreApplication::translate("samen", "The link does not name a secure service address (https). Make a new code on your other device.")
                   : QCoreApplication::translate("samen", "The invitation link does not name a secure service address (https). Ask for a new link."));
    QString pin = query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded);
    pin.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
    pin = pin.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pin.isEmpty() && !hex.match(pin).hasMatch())
        return invalid(QCoreApplication::translate("samen", "The service's fingerprint in the link is not complete. Ask for a new link."));
    return InvitationLink(service, pin, code, kind);
}

} // namespace samen
