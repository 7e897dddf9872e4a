#pragma once

#include "cli/climain.h"
#include "cli/madefolders.h"
#include "core/result.h"
#include "store/caseloadfolder.h"
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
    /** On a caseload, a plan left with changes waiting is marked for the next round of all (CaseloadChanges::markDue). */
    ~CliContext();
    /** The plan a command on a professional's caseload is for (--plan PLAN_ID or the citizen's name); "" when not given. */
    void setPlanChoice(const QString &planOrName) { m_planChoice = planOrName; }
    const QString &planChoice() const { return m_planChoice; }

    const QStringList &args() const { return m_args; }
    bool json() const { return m_json; }
    const QString &dataDir() const { return m_dataDir; }

    /** Asks for the passphrase: SAMEN_PASSPHRASE, else an echo-free prompt on the terminal. */
    Result<QString> passphrase(const QString &prompt) const;
    /**
     * Opens the existing store and finds the plan; prints nothing. Every failure names
     * the next step for the device's state (see docs/running.md, "States of a device"):
     * no store or a store without a plan (init, join), damaged (repair).
     */
    Status openPlan();
    /**
     * On a professional's device the service revoked (CaseloadSync::isRevoked): Permission (reason "device-revoked") saying
     * so and how to connect again; ok otherwise, and on any other folder. Opens the caseload (asks the passphrase once).
     */
    Status refuseIfRevoked();
    /** The person typed the service's address in this command (connect, or --service): network errors then speak of the address. */
    void setAddressTyped(bool typed) { m_addressTyped = typed; }
    /**
     * Permission with `refusal` (a whole sentence: "Only the plan's owner can ...") when this device's member is not the
     * plan's owner (DeviceAccess); ok for the owner. Asked before anything is looked up, so a member hears why first
     * (review 6, #3). Needs the plan open.
     */
    Status requireOwner(const QString &refusal) const;
    /** True when the data folder is a professional's device (device.db: a caseload of several plans). */
    bool isCaseload() const;
    /** Opens device.db (passphrase as for a plan); no plan is opened. */
    Status openCaseload();
    /** Makes device.db in an empty folder with a new passphrase (connect --enrol-code). */
    Status createCaseload();
    CaseloadFolder &caseload() { return *m_caseload; }
    /** Hands the opened caseload over (to make a person's device of the folder instead: connect). */
    std::unique_ptr<CaseloadFolder> takeCaseload() { return std::move(m_caseload); }
    /** Where the device's identity is kept when it is not the plan's store: device.db on a caseload, else nullptr. */
    SettingStore *identity() { return m_caseload ? &m_caseload->device() : nullptr; }
    /**
     * Fails, with the next step, when the opened plan's content is not on this device: Permission when the member may
     * see no part of it (every domain withdrawn, ReadRule), NotFound when the joined plan has not arrived yet (the
     * owner has not let them in, or no sync since). The plan-content commands open with SAMEN_CLI_OPEN_PLAN_DATA.
     */
    Status requirePlanData();
    /** Takes over a store opened elsewhere (repair), as openPlan would. */
    void useStore(std::shared_ptr<PlanStore> store) { adopt(std::move(store)); }
    PlanStore &store() { return *m_store; }
    /** Closes the store (its files can then be deleted: samen-cli erase). */
    void closeStore()
    {
        m_clock.reset();
        m_store.reset();
        if (m_caseload)
            m_caseload->closePlans();
    }
    HlcClock &clock() { return *m_clock; }
    const QString &planId() const { return m_planId; }
    const QString &memberId() const { return m_memberId; }
    /** Makes a new store in the data folder with a new passphrase (asked or from the environment) and opens it. */
    Status createStore();
    /**
     * Whether the store is this command's own, made a moment ago for it: then a failing command (fail) deletes it
     * again, and the folders made for it, so the folder is as it was (join: until an enrolment used a one-time code).
     */
    void setNewStore(bool made) { m_newStore = made; }
    /** When the store is this command's own (setNewStore): deletes it and the folders made for it (fail does this). */
    void dropNewStore();
    /** Closes the store and deletes its file with its journals (samen.db, -wal, -shm, -journal). */
    void deleteStoreFiles();
    /** Takes away the folders createStore or createCaseload made for the data folder, where they are empty again. */
    void removeMadeFolders() const { m_madeFolders.removeIfEmpty(); }
    /**
     * For a device that is to receive a plan (join, or a person's next device): opens the
     * store, or makes one when there is none. True when it already holds a plan; a store
     * left without a plan by an earlier attempt is reused.
     */
    Result<bool> openOrCreateStore();
    /**
     * For a new plan (init, demo): makes a store, or opens one that holds no plan (left
     * by a join that did not finish, or by being removed from a plan) so the new plan
     * goes in it. Conflict when the store already holds a plan; Damaged with its next step.
     * A store made here that gets no plan (adoptNewPlan) is deleted again when the command
     * fails (fail): a failed init, demo or import leaves the folder as it was.
     */
    Status storeForNewPlan();
    /** Saves a new plan's ids as this device's plan (one transaction); a notice of an earlier removal is cleared. */
    Status adoptNewPlan(const QString &planId, const QString &memberId);

    /**
     * Prints a result: the JSON document, or the text lines. When the store met a
     * damaged page on the way (PlanStore::health), nothing is printed as done: the
     * command fails as damaged (exit 5) instead.
     */
    int done(const QJsonValue &json, const QString &text);
    /**
     * Prints an error in plain words on stderr (JSON on stdout with --json) and maps it
     * to an exit code. Any error of a command whose store met a damaged page is reported
     * as that damage, with its next step.
     */
    int fail(const Error &error);
    /** The damaged-store error with its next step (samen-cli repair). */
    static Error damagedError();
    /** The next steps of a device without a plan: start one, or join one with a code. */
    static QString noPlanNextSteps();
    /**
     * The name a device gets when --device-name is not given: this computer's host name with
     * "(command line)" in the person's language, so a device list shows which machine it is (never
     * the program's name). At most NameRule's device length; "Samen (command line)" without a host name.
     */
    static QString defaultDeviceName();
    int usage(const QString &message);
    /**
     * A samen-cli command to suggest, as it can be typed and works: on a caseload device of several plans,
     * with a plan open, "--plan NAME" (planAsTyped) goes first, as every plan command there needs it (review 4, R4-11); done()
     * and fail() add --data-dir when this is not the default folder (withCommandsAsTyped).
     * Words with spaces or shell characters are quoted (shellWord).
     */
    QString command(const QStringList &words) const;
    /**
     * The text with "--plan NAME" (planAsTyped) put into every samen-cli command it names that works on one plan
     * (goal list, member list, sync status, ...), when this is a caseload device with a plan open: a
     * message's next step then works as printed on a device of several plans (review 4, R4-11). done()
     * and fail() pass their text through it; other text is returned as it is.
     */
    QString withPlanInCommands(const QString &text) const;
    /**
     * The text with "--data-dir DIR" put into every samen-cli command it names, when this folder is not
     * the default one, so a suggested next step works as printed when pasted (review 5: "connect again
     * with ..." worked on another folder). A command for another folder names its own --data-dir
     * (NEW_FOLDER) and is left as it is. Applies withPlanInCommands first; done() and fail() pass their text through it.
     */
    QString withCommandsAsTyped(const QString &text) const;
    /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
    static QString shellWord(const QString &word);
    /** The open plan of a caseload as --plan's value in a suggested command, shell-quoted: CaseloadFolder::choiceFor. */
    QString planAsTyped() const;

private:
    void adopt(std::shared_ptr<PlanStore> store);
    /** Opens the caseload plan chosen with --plan (or its only plan); Usage listing the plans when the choice is missing. */
    Status openCaseloadPlan();
    QString m_dataDir;
    bool m_json = false;
    bool m_addressTyped = false; ///< setAddressTyped
    QStringList m_args;
    QString m_planChoice;
    std::unique_ptr<CaseloadFolder> m_caseload;
    std::shared_ptr<PlanStore> m_store;
    std::unique_ptr<HlcClock> m_clock;
    QString m_planId;
    QString m_memberId;
    bool m_newStore = false; ///< storeForNewPlan made the store in this run, and no plan is adopted into it yet
    MadeFolders m_madeFolders; ///< what createStore or createCaseload made for the data folder
};

/** Exit code for an error code: 3 validation, 4 wrong key, 5 damaged/foreign/too new, 2 usage, 1 other. */
int exitCodeFor(ErrorCode code);

} // namespace samen::cli
