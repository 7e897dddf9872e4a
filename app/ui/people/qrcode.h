#pragma once

#include "core/result.h"

#include <QImage>
#include <QString>
#include <QVector>

namespace samen::app {

/**
 * A QR code for a link or code (Debian's libqrencode, error correction level M,
 * 8-bit mode): the grid of modules, and an image of it with the quiet zone of
 * four modules the standard asks for (ISO/IEC 18004, 6.3.8), black on white.
 */
class QrCode
{
public:
    /** Encodes text (UTF-8). Validation error in plain words when it is empty or too long for a QR code. */
    static Result<QrCode> encode(const QString &text);

    /** Modules per side (21 for version 1 ... 177 for version 40). */
    int size() const { return m_size; }
    /** True when the module at column x, row y is dark. */
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    /** The code as an image: moduleSize pixels per module, plus the quiet zone (4 modules) on every side. */
    QImage image(int moduleSize) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace samen::app
