#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace samen::app {

class CaseloadSource;

/**
 * Whether a professional's caseload reaches the service, for its page (Session.caseload.reach; review 6, #6:
 * the list looked current while the service could not be reached). `offline` when the last round failed for the
 * network, with a calm sentence that nothing is lost and when the caseload was last up to date; tryAgain starts a
 * round now, past the backoff's wait (CaseloadSource::syncNow), as do the app coming to the front and the device
 * coming back online (QNetworkInformation, where the platform tells) while offline.
 * Read again by CaseloadController after every change of its source. UI thread.
 */
class CaseloadReach : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from Session.caseload.reach")
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /** What the page says while offline: no connection, nothing lost, last up to date when; "" when not offline. */
    Q_PROPERTY(QString sentence READ sentence NOTIFY changed)
    /** True from tryAgain until the round it asked for has ended. */
    Q_PROPERTY(bool trying READ trying NOTIFY changed)
public:
    CaseloadReach(CaseloadSource &source, QObject *parent);

    bool offline() const { return m_offline; }
    QString sentence() const;
    bool trying() const { return m_trying; }

    /** A round now (the backoff starts again from its first wait); `trying` until it ends. */
    Q_INVOKABLE void tryAgain();
    /** Reads again how the caseload's last round reached the service. */
    void update();

    /** "today at 14:05", "yesterday at 09:30", "3 November at 16:00": when `at` was, seen at `now`. */
    static QString when(const QDateTime &at, const QDateTime &now);

Q_SIGNALS:
    void changed();

private:
    CaseloadSource &m_source;
    bool m_offline = false;
    bool m_trying = false;
    QDateTime m_lastGood;
};

} // namespace samen::app
