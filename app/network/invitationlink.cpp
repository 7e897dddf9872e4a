#include "network/invitationlink.h"

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

InvitationLink::InvitationLink(QUrl service, QString pin, QString code)
    : m_service(std::move(service))
    , m_pin(std::move(pin))
    , m_code(std::move(code))
{
}

QString InvitationLink::toString() const
{
    // Each value percent-encoded whole, so the service address cannot break the query apart.
    QString link = QStringLiteral("samen://join?service=") + QString::fromLatin1(QUrl::toPercentEncoding(m_service.toString(QUrl::FullyEncoded)));
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
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("samen", "Type or paste the invitation code or link you were given."));
    if (isCode(text))
        return InvitationLink(QUrl(), QString(), text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("samen") || url.host() != QLatin1String("join"))
        return invalid(QCoreApplication::translate("samen", "This is not an invitation code or link. Check that you copied all of it."));
    const QUrlQuery query(url);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!isCode(code))
        return invalid(QCoreApplication::translate("samen", "The invitation link has no valid code in it. Check that you copied all of it."));
    const QUrl service(query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (!service.isValid() || service.scheme() != QLatin1String("https") || service.host().isEmpty()
        || (!service.path().isEmpty() && service.path() != QLatin1String("/")) || service.hasQuery() || service.hasFragment() || !service.userInfo().isEmpty())
        return invalid(QCoreApplication::translate("samen", "The invitation link does not name a secure service address (https). Ask for a new link."));
    QString pin = query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded);
    pin.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
    pin = pin.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pin.isEmpty() && !hex.match(pin).hasMatch())
        return invalid(QCoreApplication::translate("samen", "The service's fingerprint in the link is not complete. Ask for a new link."));
    return InvitationLink(service, pin, code);
}

} // namespace samen
