#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samen {

/** One life domain of a framework: a stable key and an English label marked for translation (context "samen"). */
struct LifeDomain {
    QString key;
    const char *label = nullptr; ///< QT_TRANSLATE_NOOP("samen", ...): translate with domainLabel()
};

/** The framework's domains in their default order; empty for an unknown framework. */
const QList<LifeDomain> &frameworkDomains(const QString &framework);

/** "default", "positive-health", "self-reliance". */
QStringList frameworkKeys();

/**
 * A framework's name in the person's language (context "samen"), as the first-run page offers it:
 * "default" -> "Samen's life domains", "positive-health" -> "Positive Health", "self-reliance" ->
 * "Care workers' list"; an unknown key (from a newer device) is returned as it is.
 */
QString frameworkName(const QString &framework);

/** The translated label of a domain, or the key itself when the framework does not know it. */
QString domainLabel(const QString &framework, const QString &key);

} // namespace samen
