#pragma once

#include <QString>

namespace samen {

/**
 * The words people read for the plan's coded values, translated (context "samen"),
 * so the app and samen-cli say the same thing and nobody reads a code such as
 * "plan-created". An unknown value (from a newer device) is returned as it is.
 */
namespace statuswords {

/** A goal's status: open, in-progress, done, paused (schema.cpp). */
QString goal(const QString &status);
/** A timeline entry's kind: plan-created, step-done, step-reopened, goal-done, assessment, member-added, coordinator-handover, note, restored, meeting-planned,
 * meeting-held, agreement-made, agreement-evaluated. */
QString timeline(const QString &kind);
/**
 * A timeline entry's headline: the kind in words (timeline()), and for a coordinator handover
 * who the new coordinator is ("New coordinator: Ellen"; name is the member its refId names, ""
 * when not known, then the kind alone). The entry's text (the handover note) comes below it.
 */
QString timelineTitle(const QString &kind, const QString &name);
/** A meeting's status, lower case for inside a sentence: planned, held, cancelled. */
QString meeting(const QString &status);
/** An agreement's status, lower case for inside a sentence: open, done, dropped. */
QString agreement(const QString &status);
/** A member's kind: citizen (the plan's owner), network, professional. */
QString member(const QString &kind);
/** A circle of the people map (a member's "ring"), as a heading: inner, middle, outer ("Family and friends"). */
QString ring(const QString &ring);
/** What a grant lets a member do with a life domain, lower case for inside a sentence: read, write, none. */
QString access(const QString &access);
/** An invitation's status, lower case for inside a sentence: pending, accepted, expired, withdrawn. */
QString invitation(const QString &status);

} // namespace statuswords
} // namespace samen
