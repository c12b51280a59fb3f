#include "qr_code.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace heron::ui {

QrCode::QrCode(int version, int size, QList<bool> modules)
    : m_version(version)
    , m_size(size)
    , m_modules(std::move(modules))
{
}

std::optional<QrCode> QrCode::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Version 0: the smallest that holds the text.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    const int size = code->width;
    QList<bool> modules(qsizetype(size) * size);
    // libqrencode: one byte per module, bit 0 set for a dark one.
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 1) != 0;
    return QrCode(code->version, size, std::move(modules));
}

int QrCode::darkCount() const
{
    return int(std::count(m_modules.cbegin(), m_modules.cend(), true));
}

QImage QrCode::toImage(int moduleSize) const
{
    moduleSize = std::max(moduleSize, 1);
    const int side = (m_size + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((kQuietZone + x) * moduleSize + dx, (kQuietZone + y) * moduleSize + dy, 1);
            }
        }
    }
    return image;
}

} // namespace heron::ui
