#include "ui/taborder.h"

#include <QQuickItem>

namespace samen::app {

TabOrder::TabOrder(QObject *parent)
    : QObject(parent)
{
}

void TabOrder::follow(const QVariantList &items) const
{
    QQuickItem *previous = nullptr;
    for (const QVariant &value : items) {
        auto *item = qobject_cast<QQuickItem *>(value.value<QObject *>());
        if (!item)
            continue;
        if (previous && previous->parentItem() == item->parentItem())
            item->stackAfter(previous);
        previous = item;
    }
}

} // namespace samen::app
