#pragma once

#include "models/planmodels.h"

namespace samen::app {

/**
 * The people around the citizen, from the plan's `member` entities, for the People
 * page: everyone but the citizen, each on one of three rings (the member's `ring`
 * when set; otherwise partner, family and friends inner; employer, neighbours,
 * volunteers and others middle; professionals outer), with a position on the
 * picture (posX, posY: 0..1 of a square, the citizen at 0.5, 0.5) and the words a person
 * reads ("friend", "social worker, Welfare organisation"). Only current members
 * (PlanView::isCurrentMember) are rows; members whose `until` is today or earlier
 * (removed, or ended) are in `former` instead. Rows are ordered inner to outer, then
 * by name, which is also the order of the plain list for screen readers.
 * Roles: id, name, ring, ringName, kind, relationText, description, coordinator, posX, posY.
 */
class PeopleModel : public samen::app::PlanFollowingModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The citizen, drawn at the centre. */
    Q_PROPERTY(QString centreName READ centreName NOTIFY centreNameChanged)
    /**
     * Who helped before (their `until` is today or earlier), by name: each
     * {id, name, relationText, period ("1 March 2026 – 29 November 2026", or "until ..."
     * when no start is known), description (the sentence a screen reader says)}.
     */
    Q_PROPERTY(QVariantList former READ former NOTIFY formerChanged)
public:
    explicit PeopleModel(QObject *parent = nullptr);

    QString centreName() const { return m_centreName; }
    QVariantList former() const { return m_former; }
    /** A member's period in words: "since – until" in the long date format of the language, "until ..." without a start. */
    static QString periodText(const QJsonObject &member);
    /** The ring a member belongs on (see class): "inner", "middle" or "outer". */
    static QString ringOf(const QJsonObject &member);
    /** A ring in words ("Family and friends", ...). */
    Q_INVOKABLE static QString ringName(const QString &ring);
    /** What the member is to the citizen, in words: the relation, or role and organisation for a professional. */
    static QString relationText(const QJsonObject &member);
    /** Distance of a ring from the centre, as a fraction of the picture's side (inner 0.19, middle 0.32, outer 0.45). */
    Q_INVOKABLE static double ringRadius(const QString &ring);

Q_SIGNALS:
    void centreNameChanged();
    void formerChanged();

protected:
    void reload() override;

private:
    QString m_centreName;
    QVariantList m_former;
};

} // namespace samen::app
