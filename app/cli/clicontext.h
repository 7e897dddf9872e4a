#pragma once

#include "cli/climain.h"
#include "core/result.h"
#include "store/planstore.h"
#include "sync/hlcclock.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace samen::cli {

/**
 * What every samen-cli command needs: its arguments, the data folder, output in
 * text or JSON, and (once opened) the store, the current plan and this device's clock.
 */
class CliContext
{
public:
    CliContext(QString dataDir, bool json, QStringList args);

    const QStringList &args() const { return m_args; }
    bool json() const { return m_json; }
    const QString &dataDir() const { return m_dataDir; }

    /** Asks for the passphrase: SAMEN_PASSPHRASE, else an echo-free prompt on the terminal. */
    Result<QString> passphrase(const QString &prompt) const;
    /** Opens the existing store and finds the plan; prints nothing. */
    Status openPlan();
    PlanStore &store() { return *m_store; }
    HlcClock &clock() { return *m_clock; }
    const QString &planId() const { return m_planId; }
    const QString &memberId() const { return m_memberId; }
    /** Makes a new store in the data folder with a new passphrase (asked or from the environment) and opens it. */
    Status createStore();
    /**
     * For a device that is to receive a plan (join, or a person's next device): opens the
     * store, or makes one when there is none. True when it already holds a plan; a store
     * left without a plan by an earlier attempt is reused.
     */
    Result<bool> openOrCreateStore();

    /** Prints a result: the JSON document, or the text lines. */
    int done(const QJsonValue &json, const QString &text);
    /** Prints an error in plain words on stderr (JSON on stdout with --json) and maps it to an exit code. */
    int fail(const Error &error);
    int usage(const QString &message);

private:
    void adopt(std::unique_ptr<PlanStore> store);
    QString m_dataDir;
    bool m_json = false;
    QStringList m_args;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<HlcClock> m_clock;
    QString m_planId;
    QString m_memberId;
};

/** Exit code for an error code: 3 validation, 4 wrong key, 5 damaged/foreign/too new, 2 usage, 1 other. */
int exitCodeFor(ErrorCode code);

} // namespace samen::cli
