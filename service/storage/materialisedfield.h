#pragma once

#include "storage/servicestore.h"
#include "sync/hlc.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace samen::service {

/**
 * The current state of one field of one entity of a plan, kept by the store as operations are
 * accepted, so a snapshot reads the plan's state instead of merging its whole history. It is
 * what samen::mergeField gives for the field's operations (shared/sync/fieldmerge.cpp), built
 * one operation at a time in any order: the last writer by (hlc, author, opId); for free-text
 * fields every value no operation of the field names in its "base" (the last writer when a
 * malformed base cycle leaves none). Stored as compact JSON text (toText/fromText).
 */
class MaterialisedField
{
public:
    /** The state kept in the store's text form; an empty or unreadable text is the state of a field with no operations. */
    static MaterialisedField fromText(const QString &text);
    QString toText() const;

    /** Which field of which entity an operation is on: (entity id, field), the key of its state. */
    static QPair<QString, QString> keyOf(const StoredOp &op);

    /**
     * Folds one accepted operation (op.seq set) into the state of its field; the field is free text
     * when isFreeTextField(op.entityType, op.field). Each opId is folded at most once (opIds are
     * unique per plan). Fields a stored body lacks (tests store bare bodies) count as empty.
     */
    void apply(const StoredOp &op);

    /** The sequence numbers of the operations that make up the field now (what a snapshot sends), ascending; empty before any operation. */
    QList<qint64> heads() const;

private:
    /** What of an operation the state keeps: where it is, and its place in the last-writer-wins order. */
    struct Entry {
        qint64 seq = 0;
        QString opId;
        Hlc hlc;
        QString author;
    };
    static bool less(const Entry &a, const Entry &b);

    bool m_any = false;
    Entry m_last; ///< the last writer of every operation folded in
    QList<Entry> m_heads; ///< free text: the values not replaced (only seq and opId kept)
    QStringList m_pending; ///< free text: ids named in a base before (or without) their operation arriving
};

} // namespace samen::service
