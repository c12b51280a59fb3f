#pragma once

#include "store/message_record.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace heron::ui {

// The reading pane: a header block (From, To, Cc, Date, Subject, attachments)
// and the message's plain-text body, links clickable, quoted levels coloured.
// Nothing here touches the network: HTML mail is shown as its plain-text
// alternative, or as its text with the tags stripped (a full HTML view, with
// remote content blocked, comes later with QtWebEngine).
class MessageView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);

    // The header block; the body when bytes are given, else "loading".
    void showMessage(const store::MessageRecord &message, const std::optional<QByteArray> &bytes);
    void showPlaceholder(const QString &text);
    void showError(const QString &text);

    QString bodyText() const; // what the body pane shows, as plain text
    QString headerText() const; // the header block, as plain text
    bool showsHtmlNotice() const;

private:
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace heron::ui
