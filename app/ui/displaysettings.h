#pragma once

#include <QObject>
#include <QQmlEngine>

namespace samen::app {

/**
 * How big the text is and which way the layout runs (QML singleton DisplaySettings, read by
 * Theme): the text scale (1.0 = 100 %, up to 2.0 = 200 %, WCAG 1.4.4) times the base size
 * (16 px unless the command line says otherwise), and whether the layout is mirrored for a
 * right-to-left language (Qt.application.layoutDirection). Built in main and handed to QML;
 * tests get a default one (16 px, 100 %, not persisted).
 */
class DisplaySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** 1.0 to 2.0; set from the settings page or --text-scale; kept in QSettings "textScale" when persisted. */
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    /** Body text in pixels: base size times textScale. */
    Q_PROPERTY(qreal bodyPixels READ bodyPixels NOTIFY textScaleChanged)
public:
    static constexpr qreal kMinScale = 1.0;
    static constexpr qreal kMaxScale = 2.0;
    static constexpr int kDefaultBasePixels = 16;

    /**
     * persist false: the scale is neither read from nor written to QSettings (tests, screenshots).
     * No default constructor: Qt 6.4 would build the QML singleton with it instead of calling create().
     */
    explicit DisplaySettings(bool persist, QObject *parent = nullptr);

    /** The instance main() built; a default one when there is none (QML tests). */
    static DisplaySettings *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(DisplaySettings *settings);

    qreal textScale() const { return m_textScale; }
    /** Clamped to kMinScale..kMaxScale; NaN is ignored. */
    void setTextScale(qreal scale);
    /** As setTextScale, for this run only: nothing is saved (--text-scale: a flag is not a setting, docs/running.md). */
    void setTextScaleForThisRun(qreal scale);
    qreal bodyPixels() const { return m_basePixels * m_textScale; }
    /** The size at 100 % (--font-size); 8 to 64 px. */
    void setBasePixels(int pixels);

    /**
     * A scale as typed on the command line: "2", "1.5", "200%" or "150 %"; 0.0 when it
     * is not a number from 1 to 2 (100 % to 200 %).
     */
    static qreal parseScale(const QString &text);

Q_SIGNALS:
    void textScaleChanged();

private:
    bool m_persist;
    qreal m_textScale = 1.0;
    int m_basePixels = kDefaultBasePixels;
};

} // namespace samen::app
