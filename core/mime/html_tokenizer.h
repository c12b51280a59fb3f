#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace heron::mime {

// A pull tokenizer for HTML as mail senders write it, after the HTML5
// tokenizer's states (data, tags, attributes, comments, raw text and RCDATA
// elements), without building a tree. Each character is looked at a bounded
// number of times, so a 10 MB body costs linear time and no backtracking.
//
// It does not decide anything: HtmlSanitizer reads the tokens and writes a
// canonical document of its own, so where this tokenizer and a browser
// disagree about hostile input, the browser still only sees what the
// sanitizer wrote.
class HtmlTokenizer
{
public:
    static constexpr int kMaxAttributes = 256; // per tag; further ones are dropped

    struct Attribute
    {
        QString name; // lowercase
        QString value; // character references decoded
    };

    struct Token
    {
        enum class Kind { Text, StartTag, EndTag, Comment, Doctype, End };
        Kind kind = Kind::End;
        QStringView text; // Text: the source as written (references not decoded); Comment/Doctype: the inside
        QString name; // tags: lowercase name
        QList<Attribute> attributes; // start tags: the first of each name, in order
        bool selfClosing = false;
        bool rawText = false; // Text: content of script, style, title, textarea, ...
        bool rcdata = false; // Text: of title or textarea (references count there)
    };

    explicit HtmlTokenizer(QStringView html);

    Token next();

    // Decodes character references (&amp; &#233; &#xE9; and the common named
    // ones) the way a browser does in text (inAttribute false) or in an
    // attribute value. Unknown names stay as written.
    static QString decodeReferences(QStringView text, bool inAttribute);

private:
    Token tag(qsizetype start);
    Token markupDeclaration(qsizetype start);
    Token rawTextUntilEnd();
    void readAttributes(Token &token);
    bool atRawTextEnd(qsizetype pos) const;

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // set after a start tag whose content is raw text
    bool m_plainText = false; // after <plaintext>: everything is text
};

} // namespace heron::mime
