#pragma once

#include "core/result.h"
#include "domain/memberaccess.h"
#include "sync/hlcclock.h"

#include <QDate>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

Q_MOC_INCLUDE("ui/syncstatus.h")

namespace samen {
class PlanStore;
class PlanView;
class PlanEditor;
class EditUndo;
struct Edit;
} // namespace samen

namespace samen::app {

class DomainListModel;
class MemberListModel;
class TimelineModel;
class SyncStatus;

/**
 * The unlocked plan as the UI sees it: read-only properties and models, and one
 * invokable per user action. Each action validates in the core, stores its
 * operations in one transaction, then refreshes the models; a failure leaves
 * everything as it was and sets lastError to a plain-language message.
 * Edits the member may not make (WriteRule, from the grants in DeviceAccess) are
 * refused the same way, so nothing is stored that the service would refuse.
 * Threading rule: lives on the UI thread with its store.
 */
class PlanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from Session.plan")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString story READ story NOTIFY changed)
    Q_PROPERTY(QStringList storyVersions READ storyVersions NOTIFY changed)
    Q_PROPERTY(QString coordinatorName READ coordinatorName NOTIFY changed)
    Q_PROPERTY(samen::app::DomainListModel *domains READ domains CONSTANT)
    Q_PROPERTY(samen::app::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(samen::app::MemberListModel *members READ members CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString memberId READ memberId CONSTANT)
    /** True on the owner's device: "My plan"; a member sees whose plan it is (title). */
    Q_PROPERTY(bool isOwner READ isOwner NOTIFY changed)
    /** "My plan" for the owner, "Robin's plan" for everyone else (the owner's name from the plan's members). */
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /** The owner's name as the plan's members give it; empty when this device does not hold it. */
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY changed)
    /**
     * Who the plan belongs to, to put inside a sentence a member reads ("Mensen om %1 heen"): the owner's name isolated
     * (U+2068/U+2069), or "the owner of the plan" when this device does not hold it (review 6, #4: pages spoke to the owner).
     */
    Q_PROPERTY(QString ownerInText READ ownerInText NOTIFY changed)
    /** Life domain key -> "read" or "write": what this member may do there (owner: every domain "write"); a key not in the map is not readable. */
    Q_PROPERTY(QVariantMap domainAccess READ domainAccess NOTIFY changed)
    /** False for a member who may read no part of the plan (all access withdrawn, or not granted yet). */
    Q_PROPERTY(bool hasAccess READ hasAccess NOTIFY changed)
    /** After joining with an invitation, before the owner let this member in: who invited them ("" otherwise, or when the name is not known). */
    Q_PROPERTY(QString waitingFor READ waitingFor NOTIFY changed)
    /** True while this member joined and is not let in yet (nothing of the plan is readable). */
    Q_PROPERTY(bool waitingToJoin READ waitingToJoin NOTIFY changed)
    /** The field of the form the last error is about ("title", "why", "due", "ownerId"), so the form shows it there; "" when none. */
    Q_PROPERTY(QString errorField READ errorField NOTIFY lastErrorChanged)
    /** What the last undoable change did, in words ("Goal deleted."); "" when there is nothing to undo. */
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    /** Whether the plan is in step with the case service (always shown). */
    Q_PROPERTY(samen::app::SyncStatus *sync READ sync CONSTANT)
public:
    /** store: the plan's own (a person's device), or shared with the caseload's sync (a professional's device, CaseloadFolder). */
    PlanController(std::shared_ptr<PlanStore> store, QString planId, QString memberId, QObject *parent = nullptr);
    ~PlanController() override;

    QString name() const;
    QString story() const;
    /** All concurrent versions of the story when two people changed it at once; empty otherwise. */
    QStringList storyVersions() const;
    QString coordinatorName() const;
    bool isOwner() const { return m_access.isOwner(); }
    QString title() const;
    QString ownerName() const;
    QString ownerInText() const;
    QVariantMap domainAccess() const;
    bool hasAccess() const { return m_access.readsAnything(); }
    bool waitingToJoin() const;
    QString waitingFor() const;
    /** What this device's member may do, as the device last learnt it (DeviceAccess). */
    const MemberAccess &access() const { return m_access; }
    /** True when this member may change the life domain domainKey. */
    Q_INVOKABLE bool canWrite(const QString &domainKey) const { return m_access.canWrite(domainKey); }
    DomainListModel *domains() const { return m_domains; }
    TimelineModel *timeline() const { return m_timeline; }
    MemberListModel *members() const { return m_members; }
    QString lastError() const { return m_lastError; }
    QString errorField() const { return m_errorField; }
    QString undoText() const;
    QString memberId() const { return m_memberId; }
    QString planId() const { return m_planId; }
    SyncStatus *sync() const { return m_sync.get(); }
    const PlanView *view() const { return m_view.get(); }
    /**
     * The plan's goals with their steps (PlanView::goals), read from the store once per
     * refresh and shared by every model that lists them (the domains, each goal list,
     * each step list): a plan of thousands of items was read again by each of them.
     */
    const QJsonArray &goals() const;
    PlanStore &store() { return *m_store; }
    /** Today, from the injectable clock (tests set it). */
    QDate today() const;
    void setToday(const QDate &date) { m_today = date; }

    Q_INVOKABLE bool setStory(const QString &text);
    Q_INVOKABLE bool moveDomain(const QString &key, int delta);
    Q_INVOKABLE bool assess(const QString &key, int score, const QString &note);
    /** Returns the new goal's id, or an empty string (see lastError). dueText: "YYYY-MM-DD" or empty. */
    Q_INVOKABLE QString addGoal(const QString &domainKey, const QString &title, const QString &why, const QString &dueText);
    Q_INVOKABLE bool setGoalStatus(const QString &goalId, const QString &status);
    Q_INVOKABLE QString addStep(const QString &goalId, const QString &title, const QString &ownerId, const QString &dueText);
    Q_INVOKABLE bool completeStep(const QString &stepId);
    /** Unticks a done step (PlanEditor::uncompleteStep); undoable for the owner (anyone else ticks it again). */
    Q_INVOKABLE bool uncompleteStep(const QString &stepId);
    /** Changes a goal: title, why, target date "YYYY-MM-DD" or "" (none); undoable. A bad field sets errorField. */
    Q_INVOKABLE bool editGoal(const QString &goalId, const QString &title, const QString &why, const QString &dueText);
    /** Deletes a goal with its steps; undoable ("Goal deleted."). */
    Q_INVOKABLE bool deleteGoal(const QString &goalId);
    /** Changes a step: title, who does it (member id, "" for nobody), date "YYYY-MM-DD" or ""; undoable. */
    Q_INVOKABLE bool editStep(const QString &stepId, const QString &title, const QString &ownerId, const QString &dueText);
    /** Deletes a step; undoable ("Step deleted."). */
    Q_INVOKABLE bool deleteStep(const QString &stepId);
    /** Undoes the last undoable change with new operations (EditUndo); false and lastError when it cannot. */
    Q_INVOKABLE bool undo();
    /** Forgets the last undoable change (the person closed the "Undo" bar). */
    Q_INVOKABLE void dismissUndo();
    /** One goal as a map (title, why, status, due, domainKey, ...); empty when unknown. */
    Q_INVOKABLE QVariantMap goal(const QString &goalId) const;
    /** One domain row (label, score, note, ...) by key; empty when unknown. */
    Q_INVOKABLE QVariantMap domain(const QString &key) const;
    Q_INVOKABLE void clearError();

    /** An editor on this plan as this device's member (feature controllers build their edits with it). */
    PlanEditor editor();
    /**
     * Applies one edit the way every action does: refused with lastError when it failed, or when
     * this member may not make it (WriteRule); else stored in one transaction, the models read
     * again and the change sent. Returns the edit's entity id, or "" (see lastError).
     */
    QString applyEdit(const Result<Edit> &edit);
    /** Sets lastError to a plain message (a feature controller's own check failed). */
    void fail(const QString &message);
    /** "2026-12-31", 31-12-2026, 31/12/2026 or 31.12.2026 to a date; empty text is no date; else a plain error. */
    static Result<std::optional<QDate>> parseDate(const QString &text);
    /**
     * How a feature controller or model follows the plan it is given (its `plan` property):
     * points `slot` at `plan`, moves `receiver`'s connections from the old plan to it, and
     * calls `onChange` whenever the plan changes. False (and nothing done) when `plan` is
     * already followed; the caller then emits nothing.
     */
    static bool follow(QObject *receiver, QPointer<PlanController> &slot, PlanController *plan, const std::function<void()> &onChange);

    /**
     * Reads the plan again into the models (after a change, or when the language changes
     * the domain names). When the store met a damaged page, or the plan is no longer on
     * this device (its owner removed this member), it says so (damaged, planRemoved)
     * instead of showing what could be read.
     */
    void refresh();

Q_SIGNALS:
    void changed();
    void lastErrorChanged();
    /** A change was stored on this device (it is sent soon). */
    void edited();
    void undoChanged();
    /** A step was completed: a small success to celebrate. */
    void stepCompleted(const QString &title);
    /** The store met a damaged page: nothing more is read from it or written to it (Session shows the damaged screen). */
    void damaged();
    /** The plan was deleted from this device because its owner removed this member; notice says so in plain words. */
    void planRemoved(const QString &notice);

private:
    QString apply(const Result<Edit> &edit) { return applyEdit(edit); }
    /** applyEdit, remembering how to undo it (label: what the person reads). */
    QString applyUndoable(const Result<Edit> &edit, const QString &label);
    /** False, with the message next to `field` in the form, when `value` breaks the schema's rule for it. */
    bool checkFormField(const QString &entityType, const QString &field, const QJsonValue &value);
    /** parseDate, or false with the message next to the date field. */
    bool checkFormDate(const QString &text, std::optional<QDate> &date);

    std::shared_ptr<PlanStore> m_store;
    QString m_planId;
    QString m_memberId;
    std::unique_ptr<HlcClock> m_clock;
    std::unique_ptr<PlanView> m_view;
    mutable std::optional<QJsonArray> m_goals; ///< goals(), until the next refresh
    DomainListModel *m_domains;
    TimelineModel *m_timeline;
    MemberListModel *m_members;
    QString m_lastError;
    QString m_errorField;
    std::unique_ptr<EditUndo> m_undo;
    QDate m_today;
    MemberAccess m_access;
    // Declared after m_store: it uses the store and goes first.
    std::unique_ptr<SyncStatus> m_sync;
};

} // namespace samen::app
