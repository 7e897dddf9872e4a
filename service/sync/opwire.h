#pragma once

#include "storage/servicestore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace samen::service {

/**
 * An accepted operation on its way to a device (pull, snapshot), written from the text the
 * service stored without parsing it: the stored JSON is QJsonDocument's compact form of the
 * operation (keys in Qt's order), so splicing `"seq":N` in before the first key that sorts after
 * "seq" gives exactly the bytes that parsing it, inserting "seq" and serialising again gave
 * (tests/service/serviceopwire_test.cpp checks this against QJsonDocument). A text that is not
 * in that form (never written by this service) is parsed and serialised as before.
 */
class OpWire
{
public:
    /** What a read rule needs from the operation's text, and where "seq" goes; see read(). */
    struct Reading {
        QString entityId;
        qsizetype seqAt = -1; ///< byte offset in the text at which `"seq":N` (and a comma) is inserted
        bool seqLast = false; ///< true: seqAt is the closing brace, the comma goes before
    };

    /**
     * Reads the top level of a stored operation's text in one pass: its entityId and where "seq"
     * goes. Empty when the text is not one flat compact JSON object with plain ASCII keys and
     * an escape-free entityId (then appendWithSeq parses it).
     */
    static std::optional<Reading> read(QByteArrayView json);

    /** The operation's entityId: from reading, or by parsing json when it could not be read. */
    static QString entityId(QByteArrayView json, const std::optional<Reading> &reading);

    /** Appends the operation with "seq" to out: byte for byte QJsonDocument(op + {"seq": seq}).toJson(Compact). */
    static void appendWithSeq(QByteArray &out, const StoredOpText &op, const std::optional<Reading> &reading);

    /**
     * The compact JSON of object with members "ops" (whose text is opsArray, `[...]`) added, keys in
     * QJsonObject's order: what QJsonDocument gives for the whole object, without building it.
     * object must hold only keys other than "ops".
     */
    static QByteArray withOps(const QJsonObject &object, const QByteArray &opsArray);
};

} // namespace samen::service
