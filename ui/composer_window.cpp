#include "composer_window.h"

#include "address_completer.h"
#include "composer_body_edit.h"
#include "mime/address_input.h"
#include "mime/mailto_link.h"
#include "rich_text_document.h"

#include <QAction>
#include <QBuffer>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextList>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace heron::ui {

namespace {

QString joined(const QList<mime::Mailbox> &mailboxes)
{
    QStringList entries;
    for (const mime::Mailbox &mailbox : mailboxes)
        entries << mime::AddressInput::format(mailbox);
    return entries.join(QLatin1String(", "));
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

// The user's own lines: quoted ones ("> ...") speak of the original's attachments.
QString ownText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1Char('>')))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// The From chooser's items: the account's address (Qt::UserRole) and the identity it sends as.
constexpr int kAddressRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kAccountIndexRole = Qt::UserRole + 3;

// Thunderbird's default too: a crash or a lost laptop costs at most half a minute of writing.
constexpr int kAutosaveMs = 30'000;

} // namespace

ComposerWindow::ComposerWindow(const QList<accounts::Account> &accounts, store::MailCache &cache, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("ComposerWindow"));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);

    m_from = new QComboBox;
    m_from->setObjectName(QStringLiteral("FromChooser"));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const accounts::Account &account = m_accounts.at(i);
        QList<accounts::Identity> identities {{account.displayName, account.email}};
        identities << account.identities;
        for (const accounts::Identity &identity : std::as_const(identities)) {
            m_from->addItem(mime::AddressInput::format({identity.name, identity.email}), account.email);
            m_from->setItemData(m_from->count() - 1, identity.email, kAddressRole);
            m_from->setItemData(m_from->count() - 1, identity.name, kNameRole);
            m_from->setItemData(m_from->count() - 1, i, kAccountIndexRole);
        }
    }
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::swapSignature);
    m_to = addressField("ToField", cache);
    m_cc = addressField("CcField", cache);
    m_bcc = addressField("BccField", cache);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("SubjectField"));
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_subject, &QLineEdit::textEdited, this, &ComposerWindow::markModified);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("&Subject:"), m_subject);

    m_body = new ComposerBodyEdit;
    m_body->setObjectName(QStringLiteral("BodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QTextEdit::WidgetWidth);
    connect(m_body, &QTextEdit::textChanged, this, [this] {
        if (m_body->document()->isModified())
            markModified();
    });
    connect(m_body, &ComposerBodyEdit::filesDropped, this, &ComposerWindow::attachFiles);
    connect(m_body, &ComposerBodyEdit::imagePasted, this, &ComposerWindow::attachImage);

    m_attachmentList = new QListWidget;
    m_attachmentList->setObjectName(QStringLiteral("AttachmentList"));
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setMaximumHeight(72);
    m_removeAttachment = new QPushButton(tr("&Remove"));
    m_removeAttachment->setObjectName(QStringLiteral("RemoveAttachmentButton"));
    m_removeAttachment->setToolTip(tr("Remove the selected attachment"));
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] {
        if (m_attachmentList->currentRow() >= 0)
            removeAttachment(m_attachmentList->currentRow());
    });
    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachmentList, 1);
    attachmentRow->addWidget(m_removeAttachment, 0, Qt::AlignTop);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addLayout(attachmentRow);
    setCentralWidget(central);

    m_draftStatus = new QLabel;
    m_draftStatus->setObjectName(QStringLiteral("DraftStatus"));
    m_draftStatus->setTextFormat(Qt::PlainText); // the server's words, never HTML
    statusBar()->addWidget(m_draftStatus, 1);
    m_autosave = new QTimer(this);
    m_autosave->setObjectName(QStringLiteral("DraftAutosaveTimer"));
    m_autosave->setInterval(kAutosaveMs);
    m_autosave->setSingleShot(true);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_unsaved && !m_sending && isVisible())
            saveDraft();
    });

    createActions();
    createFormatActions();
    m_attachmentList->setVisible(false);
    m_removeAttachment->setVisible(false);
    updateTitle();
    resize(720, 560);
}

ComposerWindow::~ComposerWindow() = default;

QLineEdit *ComposerWindow::addressField(const char *objectName, store::MailCache &cache)
{
    auto *field = new QLineEdit;
    field->setObjectName(QLatin1String(objectName));
    field->setPlaceholderText(tr("name@example.org, …"));
    new AddressCompleter(cache, field);
    connect(field, &QLineEdit::textEdited, this, &ComposerWindow::markModified);
    return field;
}

void ComposerWindow::createActions()
{
    m_send = new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("SendAction"));
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_send->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_send, &QAction::triggered, this, &ComposerWindow::send);
    auto *attach = new QAction(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("&Attach…"), this);
    attach->setObjectName(QStringLiteral("AttachAction"));
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attach->setToolTip(tr("Attach files (or drop them on this window, or paste an image)"));
    connect(attach, &QAction::triggered, this, &ComposerWindow::attachChosenFiles);
    auto *saveDraftAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save as &Draft"), this);
    saveDraftAction->setObjectName(QStringLiteral("SaveDraftAction"));
    saveDraftAction->setShortcut(QKeySequence::Save);
    saveDraftAction->setToolTip(tr("Save the message in Drafts to finish it later (Ctrl+S)"));
    connect(saveDraftAction, &QAction::triggered, this, [this] {
        m_savedByUser = true;
        saveDraft();
    });
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu *menu = menuBar()->addMenu(tr("&Message"));
    menu->addAction(m_send);
    menu->addAction(attach);
    menu->addAction(saveDraftAction);
    menu->addSeparator();
    menu->addAction(close);

    QToolBar *toolBar = addToolBar(tr("Compose"));
    toolBar->setObjectName(QStringLiteral("ComposerToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_send);
    toolBar->addAction(attach);
    toolBar->addAction(saveDraftAction);
}

QAction *ComposerWindow::formatAction(const char *objectName, const QString &icon, const QString &text,
                                      const QKeySequence &shortcut, bool checkable)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setCheckable(checkable);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     shortcut.toString(QKeySequence::NativeText)));
    m_formatActions.append(action);
    return action;
}

void ComposerWindow::createFormatActions()
{
    m_richText = new QAction(tr("&Rich Text (HTML)"), this);
    m_richText->setObjectName(QStringLiteral("RichTextAction"));
    m_richText->setCheckable(true);
    m_richText->setToolTip(tr("Write with bold, italics, lists and links; the message goes out as HTML with a "
                              "plain-text version beside it"));
    connect(m_richText, &QAction::toggled, this, &ComposerWindow::richTextToggled);

    m_bold = formatAction("BoldAction", QStringLiteral("format-text-bold"), tr("&Bold"), QKeySequence::Bold, true);
    m_italic
        = formatAction("ItalicAction", QStringLiteral("format-text-italic"), tr("&Italic"), QKeySequence::Italic, true);
    m_underline = formatAction("UnderlineAction", QStringLiteral("format-text-underline"), tr("&Underline"),
                               QKeySequence::Underline, true);
    // Each switches one property of the text typed next, or of the selection.
    const std::pair<QAction *, void (*)(QTextCharFormat &, bool)> styles[] {
        {m_bold, [](QTextCharFormat &format, bool on) { format.setFontWeight(on ? QFont::Bold : QFont::Normal); }},
        {m_italic, [](QTextCharFormat &format, bool on) { format.setFontItalic(on); }},
        {m_underline, [](QTextCharFormat &format, bool on) { format.setFontUnderline(on); }},
    };
    for (const auto &[action, set] : styles) {
        connect(action, &QAction::triggered, this, [this, set = set](bool on) {
            QTextCharFormat format;
            set(format, on);
            m_body->mergeCurrentCharFormat(format);
        });
    }
    m_bullets = formatAction("BulletListAction", QStringLiteral("format-list-unordered"), tr("Bulleted Li&st"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    connect(m_bullets, &QAction::triggered, this, [this](bool on) { setListStyle(QTextListFormat::ListDisc, on); });
    m_numbers = formatAction("NumberedListAction", QStringLiteral("format-list-ordered"), tr("&Numbered List"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    connect(m_numbers, &QAction::triggered, this, [this](bool on) { setListStyle(QTextListFormat::ListDecimal, on); });
    QAction *link = formatAction("LinkAction", QStringLiteral("insert-link"), tr("&Link…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_K), false);
    connect(link, &QAction::triggered, this, &ComposerWindow::askForLink);
    QAction *plain = formatAction("RemoveFormattingAction", QStringLiteral("format-text-clear"),
                                  tr("Remove Te&xt Styles"), QKeySequence(Qt::CTRL | Qt::Key_Space), false);
    connect(plain, &QAction::triggered, this, [this] {
        QTextCursor cursor = m_body->textCursor();
        if (cursor.hasSelection())
            cursor.setCharFormat(QTextCharFormat());
        m_body->setCurrentCharFormat(QTextCharFormat());
    });

    QMenu *menu = menuBar()->addMenu(tr("F&ormat"));
    menu->addAction(m_richText);
    menu->addSeparator();
    menu->addActions(m_formatActions);
    addToolBarBreak();
    m_formatToolBar = addToolBar(tr("Formatting"));
    m_formatToolBar->setObjectName(QStringLiteral("FormatToolBar"));
    m_formatToolBar->addActions(m_formatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &ComposerWindow::updateFormatActions);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ComposerWindow::updateFormatActions);
    setRichText(false);
}

// The checked buttons follow the text at the cursor.
void ComposerWindow::updateFormatActions()
{
    const QTextCharFormat format = m_body->currentCharFormat();
    m_bold->setChecked(format.fontWeight() > QFont::Normal);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline() && !format.isAnchor());
    const QTextList *list = m_body->textCursor().currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
}

bool ComposerWindow::isRichText() const
{
    return m_body->isRichText();
}

void ComposerWindow::setRichText(bool rich)
{
    const QSignalBlocker blocker(m_richText);
    m_richText->setChecked(rich);
    if (!rich && isRichText())
        m_body->setPlainText(RichTextDocument::plainText(*m_body->document()));
    m_body->setRichText(rich);
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(rich);
    m_formatToolBar->setVisible(rich);
    updateFormatActions();
}

// The user's choice in the Format menu: leaving rich text asks before formatting turns into marks.
void ComposerWindow::richTextToggled(bool rich)
{
    if (!rich && RichTextDocument::hasFormatting(*m_body->document())) {
        QMessageBox box(QMessageBox::Question, tr("Plain text"),
                        tr("Switch this message to plain text? Its formatting is replaced by plain-text marks: "
                           "*bold*, /italic/, _underlined_, \"- \" before list items and a link's address after "
                           "its text."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("PlainTextConversionBox"));
        QPushButton *convert = box.addButton(tr("Switch to Plain Text"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != convert) {
            const QSignalBlocker blocker(m_richText);
            m_richText->setChecked(true);
            return;
        }
    }
    setRichText(rich);
    markModified(); // the message changes form: a draft is saved in the new one
}

void ComposerWindow::setListStyle(int style, bool on)
{
    QTextCursor cursor = m_body->textCursor();
    QTextList *list = cursor.currentList();
    if (on && list) {
        QTextListFormat format = list->format();
        format.setStyle(QTextListFormat::Style(style));
        list->setFormat(format);
    } else if (on) {
        cursor.createList(QTextListFormat::Style(style));
    } else if (list) {
        const int first = cursor.selectionStart();
        const int last = cursor.selectionEnd();
        for (QTextBlock block = m_body->document()->findBlock(first); block.isValid() && block.position() <= last;
             block = block.next()) {
            list->remove(block);
            QTextCursor blockCursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            blockCursor.setBlockFormat(format);
        }
    }
    updateFormatActions();
}

void ComposerWindow::askForLink()
{
    const QTextCharFormat current = m_body->currentCharFormat();
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Link"), tr("Web address or mail address:"), QLineEdit::Normal,
                                                current.anchorHref(), &ok)
                              .trimmed();
    if (!ok || typed.isEmpty())
        return;
    static const QRegularExpression mailAddress(QStringLiteral(R"(^[^\s@:/]+@[^\s@:/]+$)"));
    const QUrl url
        = mailAddress.match(typed).hasMatch() ? QUrl(QStringLiteral("mailto:") + typed) : QUrl::fromUserInput(typed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))) {
        QMessageBox::warning(this, tr("Link"),
                             tr("%1 is not a web page (http:, https:) or mail (mailto:) address, so it cannot "
                                "be a link in a message.")
                                 .arg(typed));
        return;
    }
    linkSelection(url);
}

void ComposerWindow::linkSelection(const QUrl &url)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.toString(QUrl::FullyEncoded));
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    QTextCursor cursor = m_body->textCursor();
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
        return;
    }
    const QString shown = url.scheme() == QLatin1String("mailto") ? url.path() : url.toDisplayString();
    cursor.insertText(shown, format);
    // What is typed after the link is not part of it.
    m_body->setCurrentCharFormat(QTextCharFormat());
}

void ComposerWindow::markModified()
{
    m_modified = true;
    m_unsaved = true;
    if (m_autosave->interval() > 0 && !m_autosave->isActive())
        m_autosave->start();
}

void ComposerWindow::setAutosaveInterval(int ms)
{
    m_autosave->stop();
    m_autosave->setInterval(ms);
    if (ms > 0 && m_unsaved)
        m_autosave->start();
}

void ComposerWindow::setFromAccount(const QString &email)
{
    for (int i = 0; i < m_from->count(); ++i) {
        if (accounts::Account::sameAddress(m_from->itemData(i, kAddressRole).toString(), email)) {
            m_from->setCurrentIndex(i);
            return;
        }
    }
}

QString ComposerWindow::fromAccount() const
{
    return m_from->currentData().toString();
}

mime::Mailbox ComposerWindow::fromAddress() const
{
    return {m_from->currentData(kNameRole).toString(), m_from->currentData(kAddressRole).toString()};
}

const accounts::Account *ComposerWindow::currentAccount() const
{
    const int index = m_from->currentIndex() < 0 ? -1 : m_from->currentData(kAccountIndexRole).toInt();
    return index >= 0 && index < m_accounts.size() ? &m_accounts.at(index) : nullptr;
}

void ComposerWindow::prefill(const mime::MessageBuilder &builder)
{
    setFromAccount(builder.from().address);
    m_to->setText(joined(builder.to()));
    m_cc->setText(joined(builder.cc()));
    m_bcc->setText(joined(builder.bcc()));
    m_subject->setText(builder.subject());
    if (builder.html().isEmpty()) {
        m_body->setPlainText(builder.text());
    } else {
        setRichText(true);
        m_body->setHtmlWithoutImages(builder.html());
    }
    m_body->document()->setModified(false);
    m_inReplyTo = builder.inReplyTo();
    m_references = builder.references();
    for (const mime::MessageBuilder::Attachment &attachment : builder.attachments())
        addAttachment(attachment);
    m_modified = false;
    m_unsaved = false;
    m_autosave->stop();
    // A reply is written above the quote.
    m_body->moveCursor(QTextCursor::Start);
    (m_to->text().isEmpty() ? static_cast<QWidget *>(m_to) : m_body)->setFocus();
}

void ComposerWindow::prefill(const mime::MailtoLink &link)
{
    m_to->setText(link.to);
    m_cc->setText(link.cc);
    m_bcc->setText(link.bcc);
    m_subject->setText(link.subject);
    m_body->setPlainText(link.body);
    m_body->document()->setModified(false);
    m_modified = false;
    m_unsaved = false;
    m_autosave->stop();
}

void ComposerWindow::reopenUnsent(const mime::MessageBuilder &message)
{
    prefill(message);
    m_messageId = message.messageId();
    // Not saved anywhere now: closing asks before it is lost.
    markModified();
}

void ComposerWindow::continueDraft(const mime::MessageBuilder &draft, quint32 draftUid)
{
    prefill(draft);
    m_messageId = draft.messageId();
    m_draftUid = draftUid;
    m_hasDraft = true;
    m_savedByUser = true; // the user kept this draft once already
    // The text goes on where it ended, not above a quote.
    m_body->moveCursor(QTextCursor::End);
}

QString ComposerWindow::signatureBlock() const
{
    const accounts::Account *account = currentAccount();
    if (!account || account->signature.isEmpty())
        return {};
    // "-- " with its trailing space: the separator mail programs recognise (RFC 3676 4.3).
    return QStringLiteral("-- \n") + account->signature;
}

void ComposerWindow::insertSignature(SignaturePlace place)
{
    m_signaturePlace = place; // a From with a signature chosen later puts it there
    const QString block = signatureBlock();
    if (block.isEmpty() || !m_signature.isEmpty())
        return;
    const QString text = m_body->toPlainText();
    if (place == SignaturePlace::AboveQuote && !text.isEmpty())
        editBodyQuietly(0, 0, QStringLiteral("\n\n") + block + QStringLiteral("\n\n"));
    else if (text.isEmpty())
        editBodyQuietly(0, 0, QStringLiteral("\n\n") + block); // room to write above it
    else // one blank line between the text and the separator
        editBodyQuietly(text.size(), 0,
                        (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n")) + block);
    m_signature = block;
    m_body->moveCursor(QTextCursor::Start);
}

// From changed: the old account's signature gives way to the new one's.
void ComposerWindow::swapSignature()
{
    if (m_signature.isEmpty()) {
        if (m_signaturePlace)
            insertSignature(*m_signaturePlace);
        return;
    }
    const QString block = signatureBlock();
    const QString text = m_body->toPlainText();
    const qsizetype at = text.lastIndexOf(m_signature);
    const qsizetype end = at + m_signature.size();
    // Only the block as Heron put it, ending a line: with anything added it is the user's.
    if (at < 0 || (end < text.size() && text.at(end) != QLatin1Char('\n'))) {
        m_signature.clear(); // the user edited it: theirs now
        m_signaturePlace.reset();
        return;
    }
    editBodyQuietly(at, m_signature.size(), block);
    m_signature = block;
}

// An edit that is Heron's, not the user's: the undo history keeps it, the unsaved state does not change.
void ComposerWindow::editBodyQuietly(qsizetype from, qsizetype length, const QString &text)
{
    const bool modified = m_modified;
    const bool unsaved = m_unsaved;
    const bool documentModified = m_body->document()->isModified();
    QTextCursor cursor(m_body->document());
    cursor.setPosition(int(from));
    cursor.setPosition(int(from + length), QTextCursor::KeepAnchor);
    cursor.insertText(text);
    m_body->document()->setModified(documentModified);
    m_modified = modified;
    m_unsaved = unsaved;
    if (!unsaved)
        m_autosave->stop();
}

bool ComposerWindow::attachFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be attached: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    addAttachment({QFileInfo(path).fileName(), file.readAll(), {}});
    return true;
}

void ComposerWindow::addAttachment(const mime::MessageBuilder::Attachment &attachment)
{
    m_attachments.append(attachment);
    auto *item = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("mail-attachment")),
        tr("%1 (%2)").arg(attachment.filename, QLocale().formattedDataSize(attachment.data.size())));
    item->setToolTip(attachment.filename);
    m_attachmentList->addItem(item);
    m_attachmentList->setVisible(true);
    m_removeAttachment->setVisible(true);
    markModified();
}

void ComposerWindow::removeAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    delete m_attachmentList->takeItem(index);
    m_attachmentList->setVisible(!m_attachments.isEmpty());
    m_removeAttachment->setVisible(!m_attachments.isEmpty());
    markModified();
}

void ComposerWindow::attachChosenFiles()
{
    attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach Files")));
}

void ComposerWindow::attachFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (!attachFile(path, &error))
            problems << error;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Attach Files"), problems.join(QLatin1Char('\n')));
}

void ComposerWindow::attachImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    addAttachment({QStringLiteral("image.png"), png, "image/png"});
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(files);
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().simplified();
    setWindowTitle(subject.isEmpty() ? tr("Write: (no subject)") : tr("Write: %1").arg(subject));
}

bool ComposerWindow::mentionsAttachment(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral(R"(\b(attach(ed|es|ing|ment|ments)?|enclosed|anhang|anh[aä]nge|angeh[aä]ngt|)"
                       R"(pi[eè]ces?[ -]jointes?|ci-joint(e|s|es)?)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return mention.match(ownText(text)).hasMatch();
}

bool ComposerWindow::confirmMissingAttachment()
{
    if (!m_attachments.isEmpty() || !mentionsAttachment(m_subject->text() + QLatin1Char('\n') + m_body->toPlainText()))
        return true;
    QMessageBox box(QMessageBox::Question, tr("No attachment"),
                    tr("The message speaks of an attachment, but nothing is attached."), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("MissingAttachmentBox"));
    box.setInformativeText(tr("Send it without one, or go back and attach it?"));
    QPushButton *sendAnyway = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == sendAnyway;
}

std::optional<mime::MessageBuilder> ComposerWindow::buildMessage()
{
    QStringList invalid;
    const QList<mime::Mailbox> to = mime::AddressInput::parse(m_to->text(), &invalid);
    const QList<mime::Mailbox> cc = mime::AddressInput::parse(m_cc->text(), &invalid);
    const QList<mime::Mailbox> bcc = mime::AddressInput::parse(m_bcc->text(), &invalid);
    QString problem;
    if (!invalid.isEmpty())
        problem = tr("These recipients are not valid addresses: %1\nAn address looks like name@example.org; "
                     "separate several with commas.")
                      .arg(invalid.join(QLatin1String(", ")));
    else if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty())
        problem = tr("Add at least one recipient in To, Cc or Bcc.");
    else if (m_from->currentIndex() < 0)
        problem = tr("There is no account to send from. Add one first.");
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Recipients"), problem, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("InvalidAddressBox"));
        box.exec();
        return std::nullopt;
    }
    return composedMessage(to, cc, bcc);
}

mime::MessageBuilder ComposerWindow::composedMessage(const QList<mime::Mailbox> &to, const QList<mime::Mailbox> &cc,
                                                     const QList<mime::Mailbox> &bcc)
{
    mime::MessageBuilder builder;
    builder.setFrom(fromAddress());
    builder.setTo(to);
    builder.setCc(cc);
    builder.setBcc(bcc);
    builder.setSubject(m_subject->text().simplified());
    if (isRichText()) {
        builder.setText(RichTextDocument::plainText(*m_body->document()));
        builder.setHtml(RichTextDocument::html(*m_body->document()));
    } else {
        builder.setText(m_body->toPlainText());
    }
    builder.setInReplyTo(m_inReplyTo);
    builder.setReferences(m_references);
    builder.setMessageId(ensureMessageId());
    for (const mime::MessageBuilder::Attachment &attachment : std::as_const(m_attachments))
        builder.addAttachment(attachment);
    return builder;
}

const QByteArray &ComposerWindow::ensureMessageId()
{
    if (m_messageId.isEmpty())
        m_messageId = mime::MessageBuilder::generateMessageId(fromAddress().address);
    return m_messageId;
}

void ComposerWindow::saveDraft(bool closeAfter)
{
    if (m_sending)
        return;
    if (m_from->currentIndex() < 0) {
        m_draftStatus->setText(tr("There is no account to keep the draft in. Add one first."));
        return;
    }
    // A draft may be unfinished: what is not an address yet is left out of its copy, not refused.
    QStringList unfinished;
    mime::MessageBuilder builder = composedMessage(mime::AddressInput::parse(m_to->text(), &unfinished),
                                                   mime::AddressInput::parse(m_cc->text(), &unfinished),
                                                   mime::AddressInput::parse(m_bcc->text(), &unfinished));
    builder.setBccInHeader(true);
    m_autosave->stop();
    m_unsaved = false;
    m_closeAfterSave = closeAfter;
    if (closeAfter)
        hide();
    m_draftStatus->setText(tr("Saving the draft…"));
    emit draftSaveRequested(fromAccount(), sync::OutgoingMessage::build(builder, fromAddress().address), m_draftUid);
}

void ComposerWindow::draftSaved(sync::MailEngine::DraftResult result, const QString &detail)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    switch (result) {
    case sync::MailEngine::DraftResult::SavedLocally:
        m_hasDraft = true;
        m_draftStatus->setText(tr("Draft saved on this computer at %1; putting it in Drafts…").arg(time));
        if (std::exchange(m_closeAfterSave, false)) {
            m_sent = true; // nothing left to ask about
            close();
        }
        return;
    case sync::MailEngine::DraftResult::SavedOnServer:
        m_draftStatus->setText(tr("Draft saved in Drafts at %1.").arg(time));
        return;
    case sync::MailEngine::DraftResult::ServerFailed:
        m_draftStatus->setText(
            tr("Draft saved on this computer only; Heron puts it in Drafts on the server at the next check for "
               "mail. %1")
                .arg(detail));
        return;
    case sync::MailEngine::DraftResult::NotSaved:
        break;
    }
    markModified();
    m_draftStatus->setText(tr("The draft could not be saved: %1").arg(detail));
    if (std::exchange(m_closeAfterSave, false)) {
        show();
        raise();
        QMessageBox box(QMessageBox::Warning, tr("Draft not saved"),
                        tr("The draft could not be saved, so the window stays open: %1").arg(detail), QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("DraftNotSavedBox"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ComposerWindow::send()
{
    if (m_sending)
        return;
    std::optional<mime::MessageBuilder> builder = buildMessage();
    if (!builder || !confirmMissingAttachment())
        return;
    const sync::OutgoingMessage message = sync::OutgoingMessage::build(*builder, fromAddress().address);
    m_sentMessageId = message.messageId;
    m_sending = true;
    m_autosave->stop();
    hide(); // closes for good once the outbox has it
    emit sendRequested(fromAccount(), message);
}

void ComposerWindow::sendAccepted()
{
    m_sent = true;
    close();
}

void ComposerWindow::sendFailed(const QString &error)
{
    m_sending = false;
    m_sentMessageId.clear();
    show();
    raise();
    QMessageBox box(QMessageBox::Warning, tr("Not sent"),
                    tr("The message could not be put in the outbox, so nothing was sent: %1").arg(error),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("SendFailedBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    const bool mayClose = m_sent || m_sending || !m_unsaved || askAboutUnsavedWork();
    event->setAccepted(mayClose);
    if (mayClose)
        m_autosave->stop();
}

bool ComposerWindow::askAboutUnsavedWork()
{
    QMessageBox box(QMessageBox::Question, tr("Unsent message"),
                    tr("This message has not been sent. Save it as a draft?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("UnsavedMessageBox"));
    box.setInformativeText(tr("A saved draft is in the Drafts folder, to finish later. Discarded text and "
                              "attachments cannot be brought back."));
    QPushButton *save = box.addButton(QMessageBox::Save);
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save) {
        saveDraft(true); // closes once the draft is stored
        return false;
    }
    if (box.clickedButton() != discard)
        return false;
    // An autosaved copy of a message the user never chose to keep goes with it.
    if (m_hasDraft && !m_savedByUser)
        emit draftDiscardRequested(fromAccount(), m_messageId, m_draftUid);
    return true;
}

} // namespace heron::ui
