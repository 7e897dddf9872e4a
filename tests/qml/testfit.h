#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QStringList>

/**
 * For the QML tests only (QML singleton TestFit, module Samen.Testing): what the screenshot
 * tour's FitCheck finds on an item that is shown, so a test can hold a page or component to the
 * same rule as the tour (words broken in two or running past their line, text cut short or
 * sticking out).
 */
class TestFit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    /** FitCheck::problems under `root`, one plain line each; empty when everything fits. */
    Q_INVOKABLE QStringList problems(QQuickItem *root) const;
    /** True while a page stack under `root` moves a page in or out (FitCheck::moving). */
    Q_INVOKABLE bool moving(QQuickItem *root) const;
};
