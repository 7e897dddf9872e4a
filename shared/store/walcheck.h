#pragma once

#include <QString>

namespace samen::walcheck {

/**
 * True when the write-ahead log at walPath holds a frame that was changed after it
 * was written. SQLite reads a WAL frame by frame and stops, silently, at the first
 * frame whose checksum fails: that is how it rolls back a write cut off by a crash,
 * but it also drops every later, committed transaction when a byte of an earlier
 * frame (or of the WAL header) was flipped. Rule used here (from the WAL format,
 * https://sqlite.org/fileformat2.html#walformat): where the checksum chain breaks,
 * the frames after it (same salts) are checked with the broken frame's stored
 * checksum as the seed; when intact frames lead to a commit frame, a committed
 * transaction would be dropped: damage. A cut-off write leaves nothing intact after
 * it, and frames of a transaction that was rolled back never commit. A break in the
 * last committed transaction's commit frame looks exactly like a cut-off write and
 * is not reported (SQLite then drops that last transaction, as after a crash).
 * pageSize: the database's page size in bytes. A missing or empty WAL is not damaged.
 */
bool isDamaged(const QString &walPath, int pageSize);

} // namespace samen::walcheck
