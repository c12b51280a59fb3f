#include "message_view.h"

#include "message_text_formatter.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

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

// A browser that shows only what it is given: no file, no network.
class OfflineBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("MessageHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);

    m_notice = new QLabel(tr("This message is HTML-only: it is shown as text, and no remote content is loaded. A "
                             "full HTML view comes in a later version."));
    m_notice->setObjectName(QStringLiteral("HtmlNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    m_body = new OfflineBrowser;
    m_body->setObjectName(QStringLiteral("MessageBody"));
    m_body->setOpenExternalLinks(true);
    m_body->setOpenLinks(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 1);
    showPlaceholder(tr("No message selected"));
}

void MessageView::showPlaceholder(const QString &text)
{
    m_header->clear();
    m_header->setVisible(false);
    m_notice->setVisible(false);
    m_body->setPlainText(text);
}

void MessageView::showError(const QString &text)
{
    m_notice->setVisible(false);
    m_body->setPlainText(text);
}

void MessageView::showMessage(const store::MessageRecord &message, const std::optional<QByteArray> &bytes)
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

    if (!bytes) {
        m_header->setText(html + QStringLiteral("</table>"));
        m_header->setVisible(true);
        m_notice->setVisible(false);
        m_body->setPlainText(tr("Loading the message from the server…"));
        return;
    }
    const MessageTextFormatter::Body body = MessageTextFormatter::body(*bytes);
    if (!body.attachments.isEmpty())
        html += row(tr("Attachments"), body.attachments.join(QStringLiteral(", ")).toHtmlEscaped());
    m_header->setText(html + QStringLiteral("</table>"));
    m_header->setVisible(true);
    m_notice->setVisible(body.fromHtml);
    m_body->setHtml(MessageTextFormatter::toHtml(body.text));
}

QString MessageView::bodyText() const
{
    return m_body->toPlainText();
}

QString MessageView::headerText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

bool MessageView::showsHtmlNotice() const
{
    return !m_notice->isHidden();
}

} // namespace heron::ui
