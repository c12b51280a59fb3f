#include "qr_code_widget.h"

#include <QPainter>

namespace heron::ui {

namespace {

constexpr int kPreferredModulePixels = 5;

} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QrCodeWidget::setText(const QByteArray &text)
{
    m_code = QrCode::encode(text);
    setAccessibleName(m_code ? tr("QR code of the device ID") : QString());
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = (m_code ? m_code->size() : 21) + 2 * QrCode::kQuietZone;
    return {modules * kPreferredModulePixels, modules * kPreferredModulePixels};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return sizeHint();
}

void QrCodeWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (!m_code)
        return;
    const int modules = m_code->size() + 2 * QrCode::kQuietZone;
    const int modulePixels = std::max(1, std::min(width(), height()) / modules);
    const QImage image = m_code->toImage(modulePixels);
    QPainter painter(this);
    painter.drawImage((width() - image.width()) / 2, (height() - image.height()) / 2, image);
}

} // namespace heron::ui
