#include "domain/frameworks.h"

#include <QCoreApplication>

namespace samen {

namespace {

const QList<LifeDomain> &defaultDomains()
{
    static const QList<LifeDomain> d {
        { QStringLiteral("housing"), QT_TRANSLATE_NOOP("samen", "Housing") },
        { QStringLiteral("money"), QT_TRANSLATE_NOOP("samen", "Money and debts") },
        { QStringLiteral("work"), QT_TRANSLATE_NOOP("samen", "Work and daytime activities") },
        { QStringLiteral("physical-health"), QT_TRANSLATE_NOOP("samen", "Physical health") },
        { QStringLiteral("mental-health"), QT_TRANSLATE_NOOP("samen", "Mental health") },
        { QStringLiteral("social"), QT_TRANSLATE_NOOP("samen", "Family and friends") },
        { QStringLiteral("meaning"), QT_TRANSLATE_NOOP("samen", "Meaning") },
        { QStringLiteral("daily-functioning"), QT_TRANSLATE_NOOP("samen", "Daily life") },
    };
    return d;
}

// The six dimensions of Positive Health (Huber et al.).
const QList<LifeDomain> &positiveHealthDomains()
{
    static const QList<LifeDomain> d {
        { QStringLiteral("bodily-functions"), QT_TRANSLATE_NOOP("samen", "Body") },
        { QStringLiteral("mental-wellbeing"), QT_TRANSLATE_NOOP("samen", "Mental well-being") },
        { QStringLiteral("meaning"), QT_TRANSLATE_NOOP("samen", "Meaning") },
        { QStringLiteral("quality-of-life"), QT_TRANSLATE_NOOP("samen", "Quality of life") },
        { QStringLiteral("participation"), QT_TRANSLATE_NOOP("samen", "Taking part") },
        { QStringLiteral("daily-functioning"), QT_TRANSLATE_NOOP("samen", "Daily life") },
    };
    return d;
}

// The domains of the self-reliance matrix (Zelfredzaamheid-Matrix).
const QList<LifeDomain> &selfRelianceDomains()
{
    static const QList<LifeDomain> d {
        { QStringLiteral("finances"), QT_TRANSLATE_NOOP("samen", "Money") },
        { QStringLiteral("daytime-activities"), QT_TRANSLATE_NOOP("samen", "Daytime activities") },
        { QStringLiteral("housing"), QT_TRANSLATE_NOOP("samen", "Housing") },
        { QStringLiteral("domestic-relations"), QT_TRANSLATE_NOOP("samen", "Relations at home") },
        { QStringLiteral("mental-health"), QT_TRANSLATE_NOOP("samen", "Mental health") },
        { QStringLiteral("physical-health"), QT_TRANSLATE_NOOP("samen", "Physical health") },
        { QStringLiteral("addiction"), QT_TRANSLATE_NOOP("samen", "Addiction") },
        { QStringLiteral("daily-living"), QT_TRANSLATE_NOOP("samen", "Daily care for yourself") },
        { QStringLiteral("social-network"), QT_TRANSLATE_NOOP("samen", "Social network") },
        { QStringLiteral("community-participation"), QT_TRANSLATE_NOOP("samen", "Taking part in society") },
        { QStringLiteral("justice"), QT_TRANSLATE_NOOP("samen", "Police and justice") },
    };
    return d;
}

} // namespace

const QList<LifeDomain> &frameworkDomains(const QString &framework)
{
    static const QList<LifeDomain> none;
    if (framework == QLatin1StringView("default"))
        return defaultDomains();
    if (framework == QLatin1StringView("positive-health"))
        return positiveHealthDomains();
    if (framework == QLatin1StringView("self-reliance"))
        return selfRelianceDomains();
    return none;
}

QStringList frameworkKeys()
{
    return { QStringLiteral("default"), QStringLiteral("positive-health"), QStringLiteral("self-reliance") };
}

QString frameworkName(const QString &framework)
{
    if (framework.isEmpty() || framework == QLatin1String("default")) // a plan made before frameworks had the default
        return QCoreApplication::translate("samen", "Samen's life domains");
    if (framework == QLatin1String("positive-health"))
        return QCoreApplication::translate("samen", "Positive Health");
    if (framework == QLatin1String("self-reliance"))
        return QCoreApplication::translate("samen", "Care workers' list");
    return framework;
}

QString domainLabel(const QString &framework, const QString &key)
{
    for (const LifeDomain &d : frameworkDomains(framework)) {
        if (d.key == key)
            return QCoreApplication::translate("samen", d.label);
    }
    return key;
}

} // namespace samen
