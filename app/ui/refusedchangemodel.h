#pragma once

#include "models/rowlistmodel.h"

#include <QQmlEngine>
#include <QStringList>

namespace samen {
class PlanStore;
struct Operation;
struct Refusal;
} // namespace samen

namespace samen::app {

/**
 * The changes the case service refused, for the person to retry or discard, in
 * plain translated words: one row per changed item and reason (a new goal is
 * several operations, refused together, but one change to the person). Roles:
 * id (the row's first operation id), opIds, what (which change), why (the
 * reason, explained by the app in the person's language from the refusal's
 * code and life domain, with what they can do; never the service's English),
 * code, and retryable
 * (false for forbidden and invalid changes, which sending again cannot help:
 * they can only be discarded; see Refusal::retryable).
 */
class RefusedChangeModel : public samen::app::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from SyncStatus.refusedChanges")
public:
    explicit RefusedChangeModel(QObject *parent = nullptr);

    /** Reads the refused operations from the store again (also after a language change). */
    void reload(const PlanStore &store);
    /** The operations of the row with this id (or of the row holding this operation id); empty when unknown. */
    QStringList opIdsOf(const QString &id) const;
    /** Every refused operation in the list (retryableOnly: of the rows that can be sent again). */
    QStringList allOpIds(bool retryableOnly = false) const;

    /** What a group of refused operations on one entity changed, in plain words ("A new goal: "Pay the rent""). */
    static QString describe(const PlanStore &store, const QList<Operation> &ops);
    /**
     * Why the service refused and what the person can do, explained by the app from the refusal's
     * code (Refusal::code) and the label of the life domain it was in ("" when plan-level or unknown);
     * never the service's own words.
     */
    static QString explain(const QString &code, const QString &domainLabel = {});
    /**
     * explain() for one group of refused operations as the store holds them (their refusal why, with
     * the life domain the device knows for it): a step given to someone who cannot see its life domain
     * (Refusal::kUnreachable, R4-13) names that person and the life domain, and says what the owner's
     * device can do (share it) or what a member's can (ask the owner); every other code as explain().
     */
    static QString explainGroup(const PlanStore &store, const QList<Operation> &ops, const Refusal &why);
};

} // namespace samen::app
