#include "ui/people/qrcode.h"

#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace samen::app {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)
} // namespace

Result<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return Result<QrCode>::fail(ErrorCode::Validation, QCoreApplication::translate("QrCode", "There is nothing to put in a QR code."));
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return Result<QrCode>::fail(ErrorCode::Validation,
                                    QCoreApplication::translate("QrCode", "This text is too long for a QR code. Share it as text instead."));
    QrCode out;
    out.m_size = code->width;
    out.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return out;
}

QImage QrCode::image(int moduleSize) const
{
    const int side = (m_size + 2 * kQuietZone) * moduleSize;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                p.drawRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize, moduleSize);
    return img;
}

} // namespace samen::app
