#pragma once

#include <QObject>

class QSocketNotifier;

namespace samen::service {

/** Turns SIGTERM and SIGINT into a Qt signal, so the service stops cleanly from the event loop. */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace samen::service
