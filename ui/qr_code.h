#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

#include <optional>

namespace heron::ui {

// A QR code symbol (ISO/IEC 18004) made with libqrencode: the module matrix
// and an image of it. Text is encoded as 8-bit bytes, exactly as given (a
// device ID must come out of a phone's scanner unchanged, lowercase included),
// at error correction level M, in the smallest version it fits.
class QrCode
{
public:
    // nullopt when the text is empty or too long for any QR version.
    static std::optional<QrCode> encode(const QByteArray &text);

    int version() const { return m_version; }
    // Modules per side: 17 + 4 * version.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    int darkCount() const;

    // Black on white, moduleSize pixels per module, with the standard quiet
    // zone of 4 modules around it.
    QImage toImage(int moduleSize) const;

    static constexpr int kQuietZone = 4;

private:
    QrCode(int version, int size, QList<bool> modules);

    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules; // row by row
};

} // namespace heron::ui
