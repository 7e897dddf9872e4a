#include "ui/displaysettings.h"

#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace samen::app {

namespace {
QPointer<DisplaySettings> g_instance;
const QString kScaleKey = QStringLiteral("textScale");
} // namespace

DisplaySettings::DisplaySettings(bool persist, QObject *parent)
    : QObject(parent)
    , m_persist(persist)
{
    if (m_persist) {
        const qreal saved = QSettings().value(kScaleKey, 1.0).toReal();
        m_textScale = std::isfinite(saved) ? std::clamp(saved, kMinScale, kMaxScale) : 1.0;
    }
}

DisplaySettings *DisplaySettings::create(QQmlEngine *, QJSEngine *)
{
    if (g_instance) {
        QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
        return g_instance;
    }
    return new DisplaySettings(false);
}

void DisplaySettings::setInstance(DisplaySettings *settings)
{
    g_instance = settings;
}

void DisplaySettings::setTextScale(qreal scale)
{
    if (!std::isfinite(scale))
        return;
    const qreal clamped = std::clamp(scale, kMinScale, kMaxScale);
    if (qFuzzyCompare(clamped, m_textScale))
        return;
    m_textScale = clamped;
    if (m_persist)
        QSettings().setValue(kScaleKey, m_textScale);
    Q_EMIT textScaleChanged();
}

void DisplaySettings::setTextScaleForThisRun(qreal scale)
{
    const bool persist = m_persist;
    m_persist = false;
    setTextScale(scale);
    m_persist = persist;
}

void DisplaySettings::setBasePixels(int pixels)
{
    const int clamped = std::clamp(pixels, 8, 64);
    if (clamped == m_basePixels)
        return;
    m_basePixels = clamped;
    Q_EMIT textScaleChanged();
}

qreal DisplaySettings::parseScale(const QString &text)
{
    QString t = text.trimmed();
    bool percent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        percent = true;
        t.chop(1);
        t = t.trimmed();
    }
    bool ok = false;
    qreal value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return 0.0;
    if (percent)
        value /= 100.0;
    return value >= kMinScale && value <= kMaxScale ? value : 0.0;
}

} // namespace samen::app
