#pragma once

#include <QByteArray>
#include <QList>

namespace heron::imap {

// One address of an ENVELOPE. Fields are raw bytes as sent (RFC 2047 words are left for
// the MIME layer); NIL is a null QByteArray.
struct Address
{
    QByteArray name;
    QByteArray adl; // source route, obsolete
    QByteArray mailbox;
    QByteArray host;
    // RFC 5322 group ("undisclosed-recipients:;"): name holds the group's name and members its
    // addresses. IMAP sends groups as marker addresses; the parser folds them into this shape.
    bool isGroup = false;
    QList<Address> members;

    // Defaulted out of line: Qt's QList<Address> comparison cannot see through the recursion in-class.
    bool operator==(const Address &other) const;
};

// FETCH ENVELOPE (RFC 3501 7.4.2). A NIL address list is an empty list.
struct Envelope
{
    QByteArray date;
    QByteArray subject;
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QByteArray inReplyTo;
    QByteArray messageId;

    bool operator==(const Envelope &) const = default;
};

} // namespace heron::imap

// QList may move these with memcpy when it grows: none holds a pointer into itself, and
// each member type (Qt containers, std::optional, std::variant) is relocatable itself.
Q_DECLARE_TYPEINFO(heron::imap::Address, Q_RELOCATABLE_TYPE);
