#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace samen {

/**
 * The words for a member's relation and kind in the person's language (context "samen"), for the app and
 * samen-cli alike, and back: what a person types (the word in their language or the plan's code, case and
 * surrounding spaces aside) to the code the plan stores (schema.cpp: member and invitation "relation", "kind").
 */
class MemberWords
{
public:
    /** The relation codes, in the order a person is offered them: friend, family, partner, neighbour, employer, volunteer, other. */
    static QStringList relationCodes();
    /** A relation in words, lower case for inside a sentence ("neighbour"; Dutch "buur"); "" for "" or an unknown code. */
    static QString relation(const QString &code);
    /** The same word with a capital, as a choice in a list ("Neighbour"). */
    static QString relationLabel(const QString &code);
    /** The kinds a person may give someone they add or invite: network, professional (the citizen is the plan's owner). */
    static QStringList kindCodes();
    /** A kind as a person types it ("network", "professional"; Dutch "netwerk", "hulpverlener"); "" for an unknown code. */
    static QString kind(const QString &code);
    /**
     * The relation code for what a person typed: a code or its word in their language; "" for nothing typed.
     * Validation error naming the words to choose from (no codes) for anything else.
     */
    static Result<QString> relationCode(const QString &typed);
    /** The same for a kind (network, professional); Validation error naming the words for anything else or nothing. */
    static Result<QString> kindCode(const QString &typed);
};

} // namespace samen
