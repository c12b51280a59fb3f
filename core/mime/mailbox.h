#pragma once

#include <QString>

namespace heron::mime {

// One mailbox of an address list: "Name <local@domain>".
struct Mailbox
{
    QString name; // decoded display name; empty when there is none
    QString address; // local@domain with an IDN domain shown in Unicode; may be empty ("<>")

    bool operator==(const Mailbox &other) const = default;
};

} // namespace heron::mime
