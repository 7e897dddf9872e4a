#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

namespace samen {

class SettingStore;

/**
 * The link that carries an invitation: samen://join?service=<https url>&pin=<64 hex,
 * SHA-256 of the service's public key>&code=<code>; or, of the kind Device, the link a
 * person's first device shows for their next one: samen://device?... with the same
 * fields (code: a one-time enrolment code). Parsing also takes a bare code (then
 * service and pin are empty) and a pin written as the app shows it (groups of four,
 * spaces or colons). Errors are plain translated sentences.
 */
class InvitationLink
{
public:
    /** Join: an invitation to someone's plan (samen://join). Device: the person's next device (samen://device). */
    enum class Kind { Join, Device };

    InvitationLink() = default;
    InvitationLink(QUrl service, QString pin, QString code, Kind kind = Kind::Join);
    /**
     * The link this device gives for a code: the service it syncs with (sync.service) and that service's pin:
     * the one given at connect (sync.pin) or, after a connect that trusted a CA file or the system's CAs, the
     * key the verified service showed (sync.seenPin, kept by SyncHttp), so the joiner can check the service either way.
     */
    static InvitationLink ofDevice(const SettingStore &store, const QString &code, Kind kind = Kind::Join);

    /** The link text; the pin in 64 lower-case hex digits (empty pin: left out). */
    QString toString() const;
    /** A link or a bare code; Validation error in plain words when it is neither. */
    static Result<InvitationLink> parse(const QString &text);
    /** The same for a next-device link (samen://device) or its bare code; a join link is refused in plain words. */
    static Result<InvitationLink> parseDevice(const QString &text);
    /** A pin in groups of four hex digits, as a person compares it aloud: "ab12 cd34 ...". */
    static QString groupedPin(const QString &pin);

    const QUrl &service() const { return m_service; }
    const QString &pin() const { return m_pin; }
    const QString &code() const { return m_code; }
    Kind kind() const { return m_kind; }
    /** True when the link names the service (a bare code does not). */
    bool hasService() const { return m_service.isValid() && !m_service.isEmpty(); }

private:
    static Result<InvitationLink> parseAs(const QString &text, Kind kind);

    QUrl m_service;
    QString m_pin;
    QString m_code;
    Kind m_kind = Kind::Join;
};

} // namespace samen
