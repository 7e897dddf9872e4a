#pragma once

#include "ui/people/qrcode.h"

#include <QQuickPaintedItem>

#include <optional>

namespace samen::app {

/**
 * Draws a QR code of `text` in QML (QrCodeItem { text: link }), as large as the item
 * allows with whole pixels per module, always black on white (scanners need the
 * contrast, whatever the theme). Give it an Accessible.name: the picture itself says nothing.
 */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /** False when text is empty or too long for a QR code (then nothing is drawn; see error). */
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    Q_PROPERTY(QString error READ error NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return m_code.has_value(); }
    QString error() const { return m_error; }
    void paint(QPainter *painter) override;

    /** Saves the code as a PNG (8 pixels per module), e.g. to share it; false when not valid or not written. */
    Q_INVOKABLE bool savePng(const QString &path) const;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    std::optional<QrCode> m_code;
    QString m_error;
};

} // namespace samen::app
