#include "remote_content_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace heron::ui {

RemoteContentBanner::RemoteContentBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("RemoteContentBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_text = new QLabel(tr("Remote content blocked"));
    m_text->setObjectName(QStringLiteral("RemoteContentText"));
    m_text->setToolTip(tr("Images and style sheets on other servers were not loaded, so the sender cannot tell "
                          "that you opened this message."));
    m_once = new QPushButton(tr("Allow once"));
    m_once->setObjectName(QStringLiteral("AllowRemoteOnceButton"));
    m_always = new QPushButton;
    m_always->setObjectName(QStringLiteral("AllowRemoteSenderButton"));

    connect(m_once, &QPushButton::clicked, this, &RemoteContentBanner::allowOnce);
    connect(m_always, &QPushButton::clicked, this, &RemoteContentBanner::allowSender);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_once);
    layout->addWidget(m_always);
    setVisible(false);
}

void RemoteContentBanner::showFor(const QString &sender)
{
    m_always->setText(tr("Always allow for %1").arg(sender));
    m_always->setVisible(!sender.isEmpty());
    setVisible(true);
}

} // namespace heron::ui
