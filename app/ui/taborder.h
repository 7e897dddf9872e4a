#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace samen::app {

/**
 * Keeps Tab in the order things show (QML singleton TabOrder). Qt Quick moves
 * keyboard focus through an item's children in the order they were made; a list
 * whose rows were moved (a life domain put higher) shows them in a new order but
 * would still Tab in the old one. QQuickItem::stackAfter changes that order
 * without changing the layout, and is not callable from QML, hence this.
 */
class TabOrder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit TabOrder(QObject *parent = nullptr);
    static TabOrder *create(QQmlEngine *, QJSEngine *) { return new TabOrder; }

    /**
     * items: sibling QQuickItems (same parent) in the order they show; afterwards
     * Tab visits them in that order. Null entries and items of another parent are
     * skipped.
     */
    Q_INVOKABLE void follow(const QVariantList &items) const;
};

} // namespace samen::app
