#pragma once

#include "network/networkshapes.h"

#include <QDate>
#include <QHash>
#include <QLocale>

namespace samen {

class StateReader;

/** One line of the access log in words: when (the newest entry it covers), who, and what. */
struct AccessLogLine {
    qint64 atMs = 0; ///< the newest entry the line covers
    QString time; ///< "14:14", in the person's locale
    QString text; ///< "Sam (friend) looked at Housing"
    QString actorMemberId;
    int entries = 1; ///< how many entries were folded into this line
};

/** The lines of one day, newest first, under a title: "Today", "Yesterday" or the date. */
struct AccessLogDay {
    QDate date;
    QString title;
    QList<AccessLogLine> lines;
};

/**
 * The service's access log in plain words, in the person's language: names from the
 * plan's members (isolated, TextHygiene::isolate), domains by their labels in the
 * plan's framework, never ids or codes. Lines are grouped by day, newest first; reads
 * of the same thing by the same person within 10 minutes of each other fold into one,
 * and so do one person's changes to the order of the life domains (one entry per
 * domain). A push's refused changes are said as refused, never as changes.
 * With the viewer set (the owner, who alone reads the log), the viewer's own reads and
 * the viewer's device keeping its copy of people, access and invitations in step with
 * the service (pushes of `member`, `grant` and `invitation` items) are left out: they
 * are not news to the owner, and the service's own entries already say each decision
 * ("Robin let Sam in", "Sam accepted an invitation"). See docs/architecture.md, "Access log".
 */
class AccessLogWords
{
public:
    /** Names and relations from the plan's `member` entities; domain labels from its framework. */
    AccessLogWords(const StateReader &plan, const QString &planId);

    /** Whose log this is (the owner's member id): their own routine entries are left out of days(); see the class comment. */
    void setViewer(const QString &memberId) { m_viewer = memberId; }
    /** True when days() leaves the entry out: the viewer's own read, or the viewer's device mirroring people and access. */
    bool isViewersRoutine(const AuditEntry &e) const;
    /** Adds or replaces a person's name (one the service knows and the plan does not yet, such as a join that waits). */
    void addPerson(const QString &memberId, const QString &name, const QString &relation);
    /** Adds the name an invitation was made for (invitee.name at the service), under the invitation's id. */
    void addInvitee(const QString &invitationId, const QString &name);
    /** Days of lines, newest first; memberFilter (a member id) keeps what that person did or what was done about them. */
    QList<AccessLogDay> days(const QList<AuditEntry> &entries, const QString &memberFilter = {}, const QDate &today = QDate::currentDate()) const;
    /** One entry as a sentence, e.g. "André changed a step in Money and debts". */
    QString sentence(const AuditEntry &entry, int times = 1) const;
    /** A network member's relation (partner, family, friend, neighbour, employer, volunteer) in words; "" for another. */
    static QString relationWord(const QString &relation);
    /** Whether the log's hash chain holds, as one sentence. */
    static QString chainSentence(const AuditLogPage &page);
    /** How a person is named: their name, with their relation in brackets when known ("Sam (friend)"); isolated. */
    QString person(const QString &memberId) const;
    /** The locale dates and times are written in: the one the translation names (Dutch under the Dutch translation). */
    static QLocale locale();

private:
    /** days() once the names of joiners who are gone again are known. */
    QList<AccessLogDay> daysOf(const QList<AuditEntry> &entries, const QString &memberFilter, const QDate &today) const;
    QString domain(const QString &key) const;
    /** The name an invitation was made for, isolated; "" when unknown. */
    QString invitee(const QString &invitationId) const;
    QString thing(const QString &entityType) const;
    QString access(const QString &who, const QString &whom, const AuditEntry &e) const;
    /** A push's line: what was accepted ("changed"), what was refused ("tried ...; this was not allowed"), or both. */
    QString write(const QString &who, const AuditEntry &e) const;
    static bool isRead(const AuditEntry &e);
    /** What makes two pushes one line: the same actor changing the order of the life domains (one entry per domain); "" for other entries. */
    static QString writeFoldKey(const AuditEntry &e);
    /** What makes two reads "the same": who, what kind of read, which domain. */
    static QString readKey(const AuditEntry &e);

    QString m_framework;
    QString m_viewer;
    QHash<QString, QString> m_names; ///< member id -> name
    QHash<QString, QString> m_relations; ///< member id -> relation code
    QHash<QString, QString> m_invitees; ///< invitation id -> the name it was made for
};

} // namespace samen
