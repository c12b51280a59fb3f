#pragma once

#include "qr_code.h"

#include <QWidget>

#include <optional>

namespace heron::ui {

// Shows a QrCode as large as the widget allows, whole modules only (a scanner
// needs sharp edges), black on white whatever the colour scheme.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Encodes text; an empty text (or one too long) shows nothing.
    void setText(const QByteArray &text);
    const std::optional<QrCode> &code() const { return m_code; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<QrCode> m_code;
};

} // namespace heron::ui
