#pragma once

#include "ui/people/serviceprobe.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

Q_MOC_INCLUDE("ui/session.h")

namespace samen {
class CaseloadFolder;
class CaseloadSync;
} // namespace samen

namespace samen::app {

class Session;

/**
 * "I work with citizens" on first run: this device becomes a professional's, enrolled
 * under the account and organisation an administrator made (`samen-service admin`
 * prints the enrolment code). First `check` the service's address (ServiceProbe, as
 * the Connect page does): its check code (pin) is shown in groups of four to compare
 * with the one the administrator gave; when the certificate is not signed by an
 * authority this device trusts and no check code was typed, the person must confirm
 * the groups are the same. Then `enrol` with the code and this device's lock (a
 * passphrase or the system key store): the device's caseload is made (device.db) and
 * Session shows it. States: idle, checking, checked, enrolling, failed; every failure
 * a plain sentence in `message` (the service's own English only as `detail`), and a
 * failed enrolment leaves nothing on the device. A code the service does not know keeps
 * the check ("checked"; formError beside the code, codeRefused).
 */
class EnrolFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The app's Session (QML: session: Session). */
    Q_PROPERTY(samen::app::Session *session READ session WRITE setSession NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    /** The service's public key pin in 16 groups of 4 hex characters; empty before a check. */
    Q_PROPERTY(QStringList pinGroups READ pinGroups NOTIFY changed)
    /** True when the person must compare the check code and confirm it (not trusted by the system, none typed). */
    Q_PROPERTY(bool needsComparison READ needsComparison NOTIFY changed)
    /**
     * A mistake in the form after the check, in plain words, shown beside its field (review 5 of issue 14, #6: it showed
     * in the check's success colour); "" when none. The check's own words stay in message.
     */
    Q_PROPERTY(QString formError READ formError NOTIFY changed)
    /** Which field formError is about: "compare" (the check code), "code", "passphrase" or "" (the form as a whole). */
    Q_PROPERTY(QString formErrorField READ formErrorField NOTIFY changed)
public:
    explicit EnrolFlow(QObject *parent = nullptr);
    ~EnrolFlow() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString state() const { return m_state; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString formError() const { return m_formError; }
    QString formErrorField() const { return m_formErrorField; }
    QStringList pinGroups() const;
    bool needsComparison() const { return m_state == QLatin1String("checked") && !m_check.trustedBySystem && !m_pinTyped; }
    /** Seconds before an unanswered check fails (tests). */
    void setTimeoutSeconds(int seconds) { m_probe.setTimeoutSeconds(seconds); }

    /** Looks at the service; pin optional (spaces and colons allowed), and when given it must match. */
    Q_INVOKABLE void check(const QString &address, const QString &pin);
    /**
     * After a check: enrols this device with the administrator's code. passphrase for this
     * device's lock unless useKeychain; pinConfirmed: the person compared the check code.
     */
    Q_INVOKABLE void enrol(const QString &code, const QString &passphrase, bool useKeychain, bool pinConfirmed);
    /** Back to the form, forgetting the check. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();
    /** The service did not take the enrolment code: the page empties the code field and puts the focus there. */
    void codeRefused();

private:
    void setState(const QString &state, const QString &message = {}, const QString &detail = {});
    /** The enrolment itself, once the form is in order (see enrol). */
    void start(const QString &code, const QString &passphrase, bool useKeychain);
    /** A failed enrolment: removes what it made (discard), then says why; the service is looked for again. */
    void failAndDiscard(const QString &message, const QString &detail = {});
    /**
     * The service did not know the code: removes what the enrolment made (discard) and keeps the check, its words
     * and the form; the error shows beside the code field (review 15, F7: it went back to the address).
     */
    void refuseCode();
    /** Removes device.db, its key and key mode: nothing of a failed enrolment stays on the device. */
    void discard();

    QPointer<Session> m_session;
    QNetworkAccessManager m_network;
    ServiceProbe m_probe;
    ServiceCheck m_check;
    bool m_pinTyped = false;
    QString m_checkedMessage; ///< what the check said, shown again after a refused code
    QString m_state = QStringLiteral("idle");
    QString m_message;
    QString m_detail;
    QString m_formError;
    QString m_formErrorField;
    std::unique_ptr<CaseloadFolder> m_folder; ///< only while enrolling
    std::unique_ptr<CaseloadSync> m_sync; ///< only while enrolling; uses m_folder
};

} // namespace samen::app
