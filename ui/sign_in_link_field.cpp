#include "sign_in_link_field.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace heron::ui {

namespace {

constexpr int kCopiedFeedbackMs = 2000;

} // namespace

SignInLinkField::SignInLinkField(QWidget *parent)
    : QWidget(parent)
{
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("SignInLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Sign-in page"));
    m_open = new QPushButton(tr("&Open Sign-In Page"));
    m_open->setObjectName(QStringLiteral("OpenSignInPageButton"));
    m_open->setToolTip(tr("Open the provider's sign-in page in your browser again"));
    connect(m_open, &QPushButton::clicked, this, &SignInLinkField::open);
    m_copy = new QPushButton(tr("Copy &Link"));
    m_copy->setObjectName(QStringLiteral("CopySignInLinkButton"));
    m_copy->setToolTip(tr("Copy the sign-in page's address, to open it in another browser"));
    connect(m_copy, &QPushButton::clicked, this, &SignInLinkField::copy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_copy);
    setUrl(QUrl());
}

void SignInLinkField::setUrl(const QUrl &url)
{
    m_url = url;
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    m_open->setEnabled(url.isValid());
    m_copy->setEnabled(url.isValid());
}

bool SignInLinkField::open()
{
    return m_url.isValid() && QDesktopServices::openUrl(m_url);
}

void SignInLinkField::copy()
{
    if (!m_url.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_link->text());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(kCopiedFeedbackMs, m_copy, [button = m_copy] { button->setText(tr("Copy &Link")); });
}

} // namespace heron::ui
