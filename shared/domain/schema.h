#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace samen {

/** What kind of value a field holds; decides validation and how it merges. */
enum class FieldKind {
    Text, ///< short text, last-writer-wins
    FreeText, ///< text people write (story, why, notes): concurrent edits become a conflict
    Integer, ///< whole number within [minimum, maximum]
    Boolean,
    Date, ///< "YYYY-MM-DD"
    DateTime, ///< ISO 8601 UTC, "YYYY-MM-DDTHH:MM:SSZ"
    Enum, ///< one of allowed
    Reference, ///< id of another entity in the same plan (UUID)
    SortKey, ///< fractional index (see sync/fractionalindex.h)
    StringList, ///< list of short strings (e.g. domain keys), each within maxLength
};

/** One field of an entity type: kind, limits and whether creating the entity needs it. */
struct FieldSpec {
    QString name;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    int maxLength = 200;
    qint64 minimum = 0;
    qint64 maximum = 0; ///< Integer: the largest value; StringList: the most items (0 = 100)
    QStringList allowed;
};

/** An entity type and its fields. */
struct EntitySpec {
    QString type;
    QList<FieldSpec> fields;
    const FieldSpec *field(const QString &name) const;
};

/** Every entity type Samen knows: plan, domain, assessment, goal, step, member, grant, invitation, meeting, agreement, timeline. */
const QList<EntitySpec> &entitySpecs();
const EntitySpec *entitySpec(const QString &type);

/** True for fields whose concurrent edits are kept side by side as a conflict. */
bool isFreeTextField(const QString &entityType, const QString &field);

/**
 * Checks one value for one field (the tombstone field "_deleted" takes a boolean).
 * The error message is plain language, names the field, and says what is allowed.
 */
Status validateField(const QString &entityType, const QString &field, const QJsonValue &value);

/** How a field is named in a sentence, in the person's language ("story", "reason why this matters"); the field's key when it has no name. */
QString fieldLabel(const QString &field);

/** The most points a meeting's agenda holds besides its life domains (meeting.agendaPoints). */
inline constexpr int kMaxAgendaPoints = 20;

/** The longest device name the service takes, in UTF-16 code units (service/auth/authapi.cpp, enrol). */
inline constexpr int kDeviceNameMaxLength = 80;
/**
 * Checks the name a device is enrolled under (shown in every device list of the account):
 * the one-line rules of names (TextHygiene: a visible character, no control or bidi
 * control character, well-formed) and at most kDeviceNameMaxLength UTF-16 code units,
 * as the service checks it. Validation error with a plain, translated message.
 */
Status validateDeviceName(const QString &name);

} // namespace samen
