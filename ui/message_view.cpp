#include "message_view.h"

#include "attachment_bar.h"
#include "message_source_window.h"
#include "offline_text_browser.h"
#include "remote_content_banner.h"

#ifdef HERON_HAVE_WEBENGINE
#include "html_message_view.h"
#endif

#include <QApplication>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace heron::ui {

namespace {

QString addresses(const QList<store::AddressRecord> &list)
{
    QStringList parts;
    for (const store::AddressRecord &address : list) {
        parts << (address.name.isEmpty() ? address.address
                                         : QStringLiteral("%1 &lt;%2&gt;")
                                               .arg(address.name.toHtmlEscaped(), address.address.toHtmlEscaped()));
        if (address.name.isEmpty())
            parts.last() = parts.last().toHtmlEscaped();
    }
    return parts.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right: 8px;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString hostWithoutWww(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

// The web address a link's visible text names, when it names one ("https://x.example/", "x.example").
std::optional<QUrl> addressInText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')) || !trimmed.contains(QLatin1Char('.')))
        return std::nullopt;
    const bool hasScheme = trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    const QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
        return std::nullopt;
    return url;
}

// Chromium will not start as root with its sandbox on (it ends the process): there,
// unless the sandbox was switched off on purpose (tests), HTML goes to the fallback view.
bool webEngineUsable()
{
#ifdef HERON_HAVE_WEBENGINE
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        return qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") == 1
            || qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains(QLatin1String("--no-sandbox"));
    }
#endif
    return true;
#else
    return false;
#endif
}

bool opensInBrowser(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp");
}

} // namespace

void MessageView::prepareApplication()
{
#ifdef HERON_HAVE_WEBENGINE
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    HtmlMessageView::registerUrlScheme();
#endif
}

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("MessageHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);

    m_attachments = new AttachmentBar;
    connect(m_attachments, &AttachmentBar::messageOpenRequested, this, &MessageView::attachedMessageOpened);

    m_banner = new RemoteContentBanner;
    connect(m_banner, &RemoteContentBanner::allowOnce, this, [this] { allowRemote(false); });
    connect(m_banner, &RemoteContentBanner::allowSender, this, [this] { allowRemote(true); });

    m_text = new OfflineTextBrowser;
    m_text->setObjectName(QStringLiteral("MessageBody"));
    connect(m_text, &QTextBrowser::anchorClicked, this, &MessageView::openLink);
    connect(m_text, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) { showLinkTarget(url.toString()); });

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_text);

    // The real target of the link under the mouse, as plain text (never rich text).
    m_linkTarget = new QLabel;
    m_linkTarget->setObjectName(QStringLiteral("LinkTarget"));
    m_linkTarget->setTextFormat(Qt::PlainText);
    m_linkTarget->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_attachments);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_linkTarget);
    showPlaceholder(tr("No message selected"));
}

MessageView::~MessageView()
{
    cancelPreparation();
}

void MessageView::useProfile(const accounts::Profile &profile)
{
    m_allowList.emplace(profile);
}

void MessageView::showPlaceholder(const QString &text)
{
    cancelPreparation();
    m_source.clear();
    m_header->clear();
    m_header->setVisible(false);
    m_attachments->clear();
    showText(text, false);
}

void MessageView::showError(const QString &text)
{
    cancelPreparation();
    showText(text, false);
}

void MessageView::resetBody()
{
    m_banner->setVisible(false);
    m_showsHtml = false;
    m_links.clear();
    m_htmlSource.clear();
    m_htmlText.reset();
    m_text->setParts(nullptr);
}

void MessageView::showText(const QString &text, bool isHtml)
{
    resetBody();
    if (isHtml)
        m_text->setHtml(text);
    else
        m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
#ifdef HERON_HAVE_WEBENGINE
    if (m_html)
        m_html->clear(); // nothing of the last message stays loaded
#endif
}

void MessageView::showHeader(const store::MessageRecord &message)
{
    QString html = QStringLiteral("<table>");
    html += row(tr("From"), addresses(message.from));
    if (!message.to.isEmpty())
        html += row(tr("To"), addresses(message.to));
    if (!message.cc.isEmpty())
        html += row(tr("Cc"), addresses(message.cc));
    const QDateTime date = message.date.isValid() ? message.date : message.internalDate;
    if (date.isValid())
        html += row(tr("Date"), QLocale().toString(date.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    html += row(tr("Subject"),
                QStringLiteral("<b>%1</b>")
                    .arg((message.subject.isEmpty() ? tr("(no subject)") : message.subject).toHtmlEscaped()));
    m_header->setText(html + QStringLiteral("</table>"));
    m_header->setVisible(true);
}

void MessageView::showMessage(const store::MessageRecord &message, const std::optional<QByteArray> &bytes)
{
    cancelPreparation();
    m_message = message;
    m_sender = message.from.isEmpty() ? QString() : message.from.constFirst().address.trimmed().toLower();
    m_source = bytes.value_or(QByteArray());
    showHeader(message);
    m_attachments->clear();
    if (!bytes) {
        showText(tr("Loading the message from the server…"), false);
        return;
    }
#ifdef HERON_HAVE_WEBENGINE
    const QString prologue = HtmlMessageView::prologue();
#else
    const QString prologue = QStringLiteral("<meta charset=\"utf-8\">");
#endif
    if (bytes->size() <= kSynchronousLimit) {
        showBody(MessageTextFormatter::forDisplay(*bytes, prologue));
        return;
    }
    // A big message: parsed and sanitised on a worker thread, the window stays responsive.
    showText(tr("Preparing the message…"), false);
    m_preparing = new QFutureWatcher<MessageTextFormatter::Body>(this);
    connect(m_preparing, &QFutureWatcherBase::finished, this, [this, watcher = m_preparing] {
        if (watcher != m_preparing)
            return;
        const MessageTextFormatter::Body body = watcher->result();
        m_preparing = nullptr;
        watcher->deleteLater();
        showBody(body);
    });
    m_preparing->setFuture(
        QtConcurrent::run([bytes = *bytes, prologue] { return MessageTextFormatter::forDisplay(bytes, prologue); }));
}

bool MessageView::isPreparing() const
{
    return m_preparing != nullptr;
}

void MessageView::cancelPreparation()
{
    if (!m_preparing)
        return;
    // The worker runs to its end on its own copy of the bytes; its result is dropped.
    m_preparing->disconnect(this);
    m_preparing->deleteLater();
    m_preparing = nullptr;
}

void MessageView::showBody(const MessageTextFormatter::Body &body)
{
    m_attachments->setMessage(body.parts);
    if (body.isHtml)
        showHtml(body);
    else
        showText(MessageTextFormatter::toHtml(body.text), true);
}

void MessageView::showHtml(const MessageTextFormatter::Body &body)
{
    resetBody();
    m_showsHtml = true;
    m_links = body.html.links;
    m_htmlSource = body.html.html;
    const bool remoteAllowed = m_allowList && !m_sender.isEmpty() && m_allowList->allows(m_sender);
    if (body.html.hasRemoteContent && !remoteAllowed)
        m_banner->showFor(m_allowList ? m_sender : QString());
    if (webEngineUsable()) {
        ensureHtmlView();
        showInWebEngine(body, remoteAllowed);
        return;
    }
    // No web engine: the sanitised HTML as a QTextBrowser renders it; remote content never loads.
    m_banner->setVisible(false);
    m_text->setParts(body.parts);
    m_text->setHtml(body.html.html);
}

void MessageView::showInWebEngine(const MessageTextFormatter::Body &body, bool remoteAllowed)
{
#ifdef HERON_HAVE_WEBENGINE
    m_html->showDocument(body.html.html, body.parts, remoteAllowed);
    m_stack->setCurrentWidget(m_html);
#else
    Q_UNUSED(body)
    Q_UNUSED(remoteAllowed)
#endif
}

void MessageView::ensureHtmlView()
{
#ifdef HERON_HAVE_WEBENGINE
    if (m_html)
        return;
    m_html = new HtmlMessageView;
    m_stack->addWidget(m_html);
    connect(m_html, &HtmlMessageView::linkClicked, this, &MessageView::openLink);
    connect(m_html, &HtmlMessageView::linkHovered, this, &MessageView::showLinkTarget);
    // Remote content the sanitiser did not see and the interceptor stopped: offer it all the same.
    connect(m_html, &HtmlMessageView::remoteContentBlocked, this, [this] {
        if (m_showsHtml && !m_html->remoteAllowed() && m_banner->isHidden())
            m_banner->showFor(m_allowList ? m_sender : QString());
    });
#endif
}

void MessageView::allowRemote(bool always)
{
    if (always && m_allowList && !m_sender.isEmpty()) {
        QString error;
        if (!m_allowList->allow(m_sender, &error))
            QMessageBox::warning(this, tr("Remote content"), error);
    }
    m_banner->setVisible(false);
    emit remoteContentAllowed(m_sender, always);
#ifdef HERON_HAVE_WEBENGINE
    if (m_html && m_showsHtml)
        m_html->allowRemoteContent();
#endif
}

void MessageView::showLinkTarget(const QString &url)
{
    m_linkTarget->setText(url);
    m_linkTarget->setVisible(!url.isEmpty());
    emit linkHovered(url);
}

void MessageView::openLink(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0) {
        emit mailtoRequested(url);
        return;
    }
    if (!opensInBrowser(url))
        return;
    showLinkTarget(url.toString());
    // A link whose text shows one address and leads to another is the phishing classic: ask.
    for (const mime::HtmlSanitizer::Link &link : std::as_const(m_links)) {
        if (QUrl(link.href) != url)
            continue;
        const std::optional<QUrl> shown = addressInText(link.text);
        if (shown && hostWithoutWww(*shown) != hostWithoutWww(url)) {
            QMessageBox box(QMessageBox::Warning, tr("Open link"),
                            tr("The link text shows %1, but the link leads to %2.").arg(link.text, url.toString()),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("LinkMismatchConfirmation"));
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(tr("Open %1 in the browser?").arg(url.host()));
            QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != open)
                return;
        }
        break;
    }
    QDesktopServices::openUrl(url);
}

MessageSourceWindow *MessageView::showSource()
{
    if (m_source.isEmpty())
        return nullptr;
    auto *window = new MessageSourceWindow(m_source, m_message.subject, this);
    window->show();
    return window;
}

QString MessageView::bodyText() const
{
    if (!m_showsHtml)
        return m_text->toPlainText();
    if (!m_htmlText) // on demand: a 10 MB body as a QTextDocument is not free
        m_htmlText = MessageTextFormatter::stripTags(m_htmlSource);
    return *m_htmlText;
}

QString MessageView::headerText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

} // namespace heron::ui
