#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

namespace samen {

/**
 * The link that carries an invitation: samen://join?service=<https url>&pin=<64 hex,
 * SHA-256 of the service's public key>&code=<code>. Parsing also takes a bare code
 * (then service and pin are empty) and a pin written as the app shows it (groups of
 * four, spaces or colons). Errors are plain translated sentences.
 */
class InvitationLink
{
public:
    InvitationLink() = default;
    InvitationLink(QUrl service, QString pin, QString code);

    /** The link text; the pin in 64 lower-case hex digits (empty pin: left out). */
    QString toString() const;
    /** A link or a bare code; Validation error in plain words when it is neither. */
    static Result<InvitationLink> parse(const QString &text);
    /** A pin in groups of four hex digits, as a person compares it aloud: "ab12 cd34 ...". */
    static QString groupedPin(const QString &pin);

    const QUrl &service() const { return m_service; }
    const QString &pin() const { return m_pin; }
    const QString &code() const { return m_code; }
    /** True when the link names the service (a bare code does not). */
    bool hasService() const { return m_service.isValid() && !m_service.isEmpty(); }

private:
    QUrl m_service;
    QString m_pin;
    QString m_code;
};

} // namespace samen
