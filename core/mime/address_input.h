#pragma once

#include "mime/mailbox.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace heron::mime {

// Address lists as a person types them into To, Cc or Bcc ("Ann <ann@x.org>,
// bob@y.org; "Smith, Jo" <jo@z.org>"): split into entries at commas and
// semicolons outside quotes and angle brackets, each entry read as one
// mailbox and checked, so a typo is named instead of silently dropped.
class AddressInput
{
public:
    // The entries, trimmed, empty ones left out.
    static QStringList entries(const QString &text);
    // Where the last entry starts (after the last separator and its spaces),
    // for completing what is being typed.
    static qsizetype lastEntryStart(const QString &text);
    // The mailboxes of text; entries that are not one valid address go to *invalid as typed.
    static QList<Mailbox> parse(const QString &text, QStringList *invalid);
    // local@domain with no spaces or control characters, a domain of labels
    // ("localhost" or "example.org"), nothing else.
    static bool isValidAddress(const QString &address);
    // "Name <address>" (the name quoted when it needs to be), or the address alone.
    static QString format(const Mailbox &mailbox);
};

} // namespace heron::mime
