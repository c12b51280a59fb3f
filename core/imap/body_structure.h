#pragma once

#include "imap/envelope.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace heron::imap {

// body-fld-param: attribute/value pairs in the order sent, duplicates kept.
using ParameterList = QList<std::pair<QByteArray, QByteArray>>;

struct BodyDisposition
{
    QByteArray type; // "attachment", "inline", ... as sent
    ParameterList parameters;

    bool operator==(const BodyDisposition &) const = default;
};

// FETCH BODYSTRUCTURE / BODY: the server's MIME tree, kept generic for the MIME layer.
// Strings are as sent (case included); NIL is a null QByteArray.
struct BodyStructure
{
    QByteArray type; // "MULTIPART" for a multipart
    QByteArray subtype;
    ParameterList parameters; // Content-Type parameters (multipart: extension data)
    QByteArray id;
    QByteArray description;
    QByteArray encoding;
    quint64 size = 0;
    std::optional<quint64> lines; // text/* and message/rfc822
    std::optional<Envelope> envelope; // message/rfc822 and message/global
    // Multipart: its parts. message/rfc822: one entry, the encapsulated message's body.
    QList<BodyStructure> parts;

    // Extension data (BODYSTRUCTURE only; absent fields stay empty).
    bool hasExtensionData = false;
    QByteArray md5;
    std::optional<BodyDisposition> disposition;
    QList<QByteArray> languages;
    QByteArray location;

    bool isMultipart() const;
    bool isMessage() const; // message/rfc822 or message/global with its envelope
    // First value of a Content-Type parameter, attribute compared case-insensitively.
    QByteArray parameter(QByteArrayView attribute) const;

    // Defaulted out of line: Qt's QList<BodyStructure> comparison cannot see through the recursion in-class.
    bool operator==(const BodyStructure &other) const;
};

} // namespace heron::imap

// QList may move these with memcpy when it grows: none holds a pointer into itself, and
// each member type (Qt containers, std::optional, std::variant) is relocatable itself.
Q_DECLARE_TYPEINFO(heron::imap::BodyStructure, Q_RELOCATABLE_TYPE);
