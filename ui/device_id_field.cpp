#include "device_id_field.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace heron::ui {

namespace {

constexpr int kCopiedFeedbackMs = 2000;

} // namespace

DeviceIdField::DeviceIdField(QWidget *parent)
    : QWidget(parent)
{
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("DeviceToken"));
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setAccessibleName(tr("Device ID"));
    // Room for a whole UUID, so nobody copies half of it by hand.
    m_token->setMinimumWidth(
        QFontMetrics(m_token->font()).horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16);
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(QStringLiteral("CopyDeviceIdButton"));
    m_copy->setToolTip(tr("Copy the device ID to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &DeviceIdField::copy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_token, 1);
    layout->addWidget(m_copy);
    setToken(QString());
}

void DeviceIdField::setToken(const QString &token)
{
    m_token->setText(token);
    m_token->setCursorPosition(0);
    m_copy->setEnabled(!token.isEmpty());
}

QString DeviceIdField::token() const
{
    return m_token->text();
}

void DeviceIdField::copy()
{
    if (token().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(token());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(kCopiedFeedbackMs, m_copy, [button = m_copy] { button->setText(tr("&Copy")); });
}

} // namespace heron::ui
