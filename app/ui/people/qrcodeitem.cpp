#include "ui/people/qrcodeitem.h"

#include <QPainter>

#include <algorithm>

namespace samen::app {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setImplicitSize(240, 240);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code.reset();
    m_error.clear();
    if (!text.isEmpty()) {
        auto code = QrCode::encode(text);
        if (code)
            m_code = std::move(code).value();
        else
            m_error = code.error().message;
    }
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (!m_code)
        return;
    const int modules = m_code->size() + 8; // with the quiet zone of 4 on each side
    const int side = static_cast<int>(std::min(width(), height()));
    const int moduleSize = std::max(1, side / modules);
    const QImage img = m_code->image(moduleSize);
    const int x = (static_cast<int>(width()) - img.width()) / 2;
    const int y = (static_cast<int>(height()) - img.height()) / 2;
    painter->drawImage(x, y, img);
}

bool QrCodeItem::savePng(const QString &path) const
{
    return m_code && m_code->image(8).save(path, "PNG");
}

} // namespace samen::app
