#pragma once

#include "cli/clicontext.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen::cli {

/**
 * The one goal or step a person means (items: {id, title, label}): its id, its title (TextHygiene::sameName), or
 * the start of exactly one title. Validation error in plain words, naming the candidates (their labels), when
 * the start fits several, or noneMessage (context "samen", %1 the typed text, isolated) when none fits.
 */
Result<QJsonObject> pickByTitle(const QList<QJsonObject> &items, const QString &typed, const char *noneMessage);

/** The plan's goals (steps: false) or steps (true) as pickByTitle takes them; a step's label names its goal. */
QList<QJsonObject> titled(CliContext &ctx, bool steps);

} // namespace samen::cli
